"""Events a body holds without naming their head: "Tỉnh ủy X tổ chức công bố các quyết định ...".

The act after "tổ chức" (``organized_acts.tsv``) opens the event's name, which
runs as far as a named event's descriptor would
(:func:`~kgraph.recognize.event_boundaries.name_end`); the head its kind takes
("Lễ", "Hội nghị") is put before it: "Lễ công bố các quyết định ...".
"""

from __future__ import annotations

import re
from functools import lru_cache

from kgraph.document import Document, Mention
from kgraph.recognize.boundaries import word_cut_short
from kgraph.recognize.event_boundaries import name_end
from kgraph.recognize.phrases import with_first_letters
from kgraph.resources import read_tsv
from kgraph.segment import headline_cut, headline_start
from kgraph.spans import SpanIndex

__all__ = ["organized_acts"]


@lru_cache(maxsize=None)
def _acts() -> tuple[re.Pattern[str], dict[str, str]]:
    heads = {row["act"]: row["head"] for row in read_tsv("organized_acts.tsv")}
    words = "|".join(re.escape(a) for a in sorted(heads, key=len, reverse=True))
    return re.compile(with_first_letters(rf"(?<![\w])(?:tổ chức|chủ trì)\s+({words})(?![\w])")), heads


def organized_acts(doc: Document, taken: list[Mention]) -> list[Mention]:
    text = doc.search_text
    pattern, heads = _acts()
    taken_at = SpanIndex(taken)
    names_next = frozenset(m.start for m in doc.mentions if m.type in ("Organization", "Location"))
    spans = SpanIndex(m for m in doc.mentions if m.type == "Organization")
    cut = headline_cut(text)
    out = []
    for match in pattern.finditer(text):
        start = match.start(1)
        if taken_at.overlapping(start, match.end(1)):
            continue
        if _in_headline(doc, start) and any(not m.attrs.get("ref") and m.start >= start for m in _lead_events(doc, taken)):
            continue  # "Chủ tịch Quốc hội chủ trì họp về dự án Luật ...", then "Tiếp tục phiên họp thứ 32, ...": the
            # meeting the lead names is the headline's
        end = name_end(text, match.end(1), names_next, spans)
        words = text[start:end].split()
        if len(words) < 3 or len(words) > 40:
            continue  # "tổ chức tổng kết." names nothing; a whole paragraph is no name
        head = heads[match.group(1)]
        described = text[start:end]
        if end == cut:  # "chủ trì họp về điều hành chính sách tài ...": the headline's last word, whole
            described = " ".join(filter(None, (described, word_cut_short(text, end, text.find("\n", end)))))
        out.append(Mention(start, end, "Event", f"{head} {described}", "events",
                           {"kind": head.lower(), "aliases": [described]}))
    return out


def _in_headline(doc: Document, at: int) -> bool:
    """Whether ``at`` lies in the article's headline, a line of its own."""
    start = headline_start(doc.search_text)
    end = doc.search_text.find("\n", start)
    return start <= at < end


def _lead_events(doc: Document, taken: list[Mention]) -> list[Mention]:
    """The events the headline and the three sentences after it name."""
    start = headline_start(doc.search_text)
    after = [s for s in doc.sentences if s.start > start][:3]
    end = after[-1].end if after else len(doc.search_text)
    return [m for m in taken if m.type == "Event" and start <= m.start < end]
