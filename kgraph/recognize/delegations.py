"""Delegations named by their number: "Đoàn kiểm tra số 1348 của Bộ Chính trị".

A body sends a numbered delegation to inspect, supervise or work with another, and the article then
calls it by its kind alone ("Đoàn Kiểm tra", "Trưởng Đoàn kiểm tra"). Where the article names one
numbered delegation of a kind, each mention of that kind is it; where it names two, only the
numbered mentions are read. The body that sent it ("của Bộ Chính trị") completes its name.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kgraph.document import Document, Mention
from kgraph.recognize.phrases import with_first_letters
from kgraph.resources import read_lines

__all__ = ["numbered_delegations"]


@lru_cache(maxsize=None)
def _delegation() -> re.Pattern[str]:
    kinds = "|".join(re.escape(k) for k in sorted(read_lines("delegation_kinds.txt"), key=len, reverse=True))
    return re.compile(with_first_letters(rf"(?<![\w])(?P<head>Đoàn|Tổ) (?P<kind>(?i:{kinds}))(?: số (?P<number>\d+))?(?![\w])"))


_OF = re.compile(r" (?:của|thuộc) ")


def numbered_delegations(doc: Document, bodies: list[Mention]) -> list[Mention]:
    """The mentions of the article's numbered delegations, given the bodies found so far."""
    text = doc.search_text
    starts = {m.start: m for m in bodies}
    found = [m for m in _delegation().finditer(text) if not text[m.start() - 1 : m.start()].isalpha()]
    out = []
    for head, kind in {(m["head"], m["kind"].lower()) for m in found}:
        same = [m for m in found if (m["head"], m["kind"].lower()) == (head, kind)]
        numbers = {m["number"] for m in same if m["number"]}
        if not numbers:
            continue
        for number in numbers:
            owners = [starts[of.end()].name for m in same if m["number"] in (number, None)
                      and (of := _OF.match(text, m.end())) and of.end() in starts]
            name = f"{head} {kind[0].upper()}{kind[1:]} số {number}" + (f" của {owners[0]}" if owners else "")
            for m in same:
                if m["number"] == number or (m["number"] is None and len(numbers) == 1):
                    out.append(Mention(m.start(), m.end(), "Organization", name, "delegations",
                                       {"kind": "delegation"}))
    return sorted(out, key=lambda m: m.start)
