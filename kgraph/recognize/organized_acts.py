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
    # "Bộ Chính trị đã công bố quyết định ...", "... vừa trao quyết định ...": a decision announced or handed over
    # is a ceremony held, with or without "tổ chức"
    return re.compile(with_first_letters(rf"(?<![\w])(?:(?:tổ chức|chủ trì)\s+({words})"
                                         rf"|(?:đã|vừa)\s+((?:công bố|trao)\s+(?:các\s+)?[Qq]uyết định))(?![\w])")), heads


def organized_acts(doc: Document, taken: list[Mention]) -> list[Mention]:
    text = doc.search_text
    pattern, heads = _acts()
    taken_at = SpanIndex(taken)
    names_next = frozenset(m.start for m in doc.mentions if m.type in ("Organization", "Location"))
    spans = SpanIndex(m for m in doc.mentions if m.type == "Organization")
    cut = headline_cut(text)
    out = []
    lead, announced = _lead_end(doc), False
    for match in pattern.finditer(text):
        group = 1 if match.group(1) else 2
        start = match.start(group)
        if group == 2 and (start > lead or announced or _in_headline(doc, start)
                           or any(not m.attrs.get("ref") for m in _lead_events(doc, taken))
                           or any(not m.attrs.get("ref") and "quyết định" in m.name.lower() for m in taken)
                           or _at_an_event(doc, taken, start)):
            # a decision announced later on or again, where the article names the event ("tổ chức Lễ công bố
            # và trao quyết định ..."), or at another one ("Tại buổi kiểm tra, Đoàn đã công bố ..."), is told of
            continue
        if taken_at.overlapping(start, match.end(group)):
            continue
        if _in_headline(doc, start) and any(not m.attrs.get("ref") and m.start >= start for m in _lead_events(doc, taken)):
            continue  # "Chủ tịch Quốc hội chủ trì họp về dự án Luật ...", then "Tiếp tục phiên họp thứ 32, ...": the
            # meeting the lead names is the headline's
        end = name_end(text, match.end(group), names_next, spans)
        words = text[start:end].split()
        if len(words) < 3 or len(words) > 40:
            continue  # "tổ chức tổng kết." names nothing; a whole paragraph is no name
        act = match.group(1) if group == 1 else ("công bố" if match.group(2).startswith("công bố") else "trao quyết định")
        head = (_referred_head(taken, end) if group == 2 else None) or heads[act]
        described = text[start:end]
        if end == cut:  # "chủ trì họp về điều hành chính sách tài ...": the headline's last word, whole
            described = " ".join(filter(None, (described, word_cut_short(text, end, text.find("\n", end)))))
        out.append(Mention(start, end, "Event", f"{head} {described}", "events",
                           {"kind": head.lower(), "aliases": [described]}))
        announced = announced or group == 2
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


def _lead_end(doc: Document) -> int:
    """Where the lead ends: the third sentence after the headline."""
    start = headline_start(doc.search_text)
    after = [s for s in doc.sentences if s.start > start][:3]
    return after[-1].end if after else len(doc.search_text)


def _referred_head(taken: list[Mention], after: int) -> str | None:
    """The head the text refers back with next ("Tại hội nghị, ..."): a ceremony announced is the conference
    the text goes on to call it."""
    refs = sorted((m for m in taken if m.attrs.get("ref") and m.start >= after), key=lambda m: m.start)
    kind = str(refs[0].attrs.get("kind", "")) if refs else ""
    return "Hội nghị" if kind == "hội nghị" else None


_AT_A_GATHERING = re.compile(r"\s*(?:Cũng\s+)?[Tt]ại\s+(?:các\s+)?[^\W\d_A-ZĐ]")  # "Tại buổi kiểm tra, ..."


def _at_an_event(doc: Document, taken: list[Mention], at: int) -> bool:
    """Whether the sentence of ``at`` names an event before it or opens at one ("Tại buổi kiểm tra, ...")."""
    sentence = doc.sentence_of(at)
    return sentence is not None and (any(m.type == "Event" and sentence.start <= m.start < at for m in taken)
                                     or bool(_AT_A_GATHERING.match(doc.search_text, sentence.start, at)))
