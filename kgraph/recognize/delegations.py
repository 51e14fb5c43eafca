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
from kgraph.resources import read_lines, read_tsv

__all__ = ["numbered_delegations", "DELEGATION_HEAD", "hosts_named", "companions_open", "hosts_listed"]

#: A delegation by its head word: "đoàn", "Đoàn công tác", "đoàn đại biểu", "đoàn lãnh đạo".
DELEGATION_HEAD = r"(?<![\w])(?i:đoàn)(?: (?:công tác|đại biểu|lãnh đạo|cán bộ))?"


def _cues(role: str, names_hosts: bool = False) -> list[str]:
    return [row["cue"] for row in read_tsv("delegation_cues.tsv")
            if row["role"] == role and (not names_hosts or row.get("names_hosts") == "yes")]


@lru_cache(maxsize=None)
def hosts_named() -> re.Pattern[str]:
    """Where a report starts naming a delegation's hosts (``delegation_cues.tsv``): "tiếp đoàn", "về phía"."""
    cues = "|".join(re.escape(c) for c in sorted(_cues("host"), key=len, reverse=True))
    return re.compile(rf"(?<![\w])(?i:{cues})(?![\w])")


@lru_cache(maxsize=None)
def hosts_listed() -> re.Pattern[str]:
    """The hosts of a visit listed ("Tiếp đoàn có ...", "Đón đoàn công tác có ..."): a delegation was received."""
    cues = "|".join(re.escape(c).replace("đoàn", r"đoàn(?: công tác)?")
                    for c in sorted(_cues("host", names_hosts=True), key=len, reverse=True))
    return re.compile(rf"(?<![\w])(?i:{cues}) có(?![\w])")


@lru_cache(maxsize=None)
def companions_open() -> re.Pattern[str]:
    """A sentence that goes on naming who came with a delegation, from its start ("Cùng dự có ...")."""
    cues = "|".join(re.escape(c[0].upper() + c[1:]) for c in sorted(_cues("companion"), key=len, reverse=True))
    return re.compile(rf"(?:{cues})(?![\w])")


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
