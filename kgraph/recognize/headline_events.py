"""The article's own meeting, named by its headline.

Many reports never name the meeting they cover: the headline says what it did
("Thông qua Dự thảo báo cáo kết quả kiểm tra đối với X", "Bộ Chính trị triển
khai kiểm tra đối với Y") and the text only points at it ("chủ trì hội nghị",
"Dự hội nghị có ..."). Where the text points at a meeting of one kind at least
twice and names none of that kind, the meeting is that head plus the headline's
predicate: "Hội nghị thông qua Dự thảo báo cáo ...". The predicate must open
with what a meeting does (``event_descriptors.txt``), so a headline about
something else ("Ông A giữ chức ...") names nothing.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from kgraph.document import Document, Mention
from kgraph.recognize.named_events import headline_end
from kgraph.resources import read_lines, read_tsv

__all__ = ["headline_event"]


@lru_cache(maxsize=None)
def _meeting_heads() -> frozenset[str]:
    """Heads of kind "meeting" (``event_heads.tsv``), lowercase: "hội nghị", "buổi làm việc"."""
    return frozenset(row["head"].lower() for row in read_tsv("event_heads.tsv") if row["kind"] == "meeting")


@lru_cache(maxsize=None)
def _acts() -> re.Pattern[str]:
    """What a meeting does, first words of the headline's predicate: "thông qua", "triển khai"."""
    words = sorted(read_lines("event_descriptors.txt"), key=len, reverse=True)
    return re.compile(rf"(?i:{'|'.join(re.escape(w) for w in words)})(?![\w])")


def _headline(doc: Document) -> tuple[int, int] | None:
    """The headline (:func:`~kgraph.recognize.named_events.headline_end`), when it is one description: no
    quotation and no "X: ..." (whose words are someone's, not the act's)."""
    text = doc.search_text
    start = len(text) - len(text.lstrip())
    end = headline_end(doc, start)
    if end is None or re.search(r"[:;\"“]", text[start:end]):
        return None
    return start, end


def _predicate_start(doc: Document, start: int, end: int) -> int | None:
    """Where the headline's predicate opens: at its start, or after the body or person that opens it
    ("Bộ Chính trị triển khai ..."). None when no act of a meeting opens it."""
    text = doc.search_text
    pos = start
    subjects = [m for m in doc.mentions if m.start == start and m.end < end and m.type in ("Organization", "Person")]
    if subjects:
        pos = max(m.end for m in subjects)
        pos += len(text[pos:end]) - len(text[pos:end].lstrip())
        if not text[pos : pos + 1].islower():
            return None
    return pos if _acts().match(text, pos, end) else None


def headline_event(doc: Document, events: list[Mention]) -> list[Mention]:
    """The meeting the headline describes, when the text points at it and names no meeting of its kind."""
    span = _headline(doc)
    if span is None:
        return []
    kinds = Counter(str(m.attrs.get("kind")) for m in events
                    if m.attrs.get("ref") and str(m.attrs.get("kind")) in _meeting_heads())
    named = [m.name.lower() for m in events if not m.attrs.get("ref")]
    pointed = [k for k, n in kinds.most_common() if n >= 2 and not any(name.startswith(k) for name in named)]
    if not pointed:
        return []
    start = _predicate_start(doc, *span)
    if start is None or any(m.start <= start < m.end for m in events):
        return []
    text = doc.search_text
    predicate = text[start : span[1]]
    name = f"{pointed[0][0].upper()}{pointed[0][1:]} {predicate[0].lower()}{predicate[1:]}"
    return [Mention(start, span[1], "Event", name, "events", {"kind": pointed[0], "aliases": [], "headline": True})]
