"""Events a body holds without naming their head: "Tỉnh ủy X tổ chức công bố các quyết định ...".

The act after "tổ chức" or "chủ trì" (``organized_acts.tsv``) opens the event's
name, which runs as far as a named event's descriptor would
(:func:`~kgraph.recognize.event_boundaries.name_end`); the head its kind takes
("Lễ", "Hội nghị") is put before it: "Lễ công bố các quyết định ...". A lead
that says a decision was announced or handed over ("Bộ Chính trị đã công bố
quyết định ...") tells the article's ceremony the same way, when the article
names no such event itself.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kgraph.document import Document, Mention
from kgraph.recognize.boundaries import word_cut_short
from kgraph.recognize.event_boundaries import name_end
from kgraph.recognize.named_events import is_visit
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


# "Bộ Chính trị đã công bố quyết định ...", "... vừa trao quyết định ...": the act group is a key of organized_acts.tsv
_ANNOUNCED = re.compile(r"(?<![\w])(?:đã|vừa)\s+(?:(?P<announce>công bố)|(?P<hand>trao))\s+(?:các\s+)?[Qq]uyết định(?![\w])")


def organized_acts(doc: Document, taken: list[Mention]) -> list[Mention]:
    held = _held_acts(doc, taken)
    held += _titled_programmes(doc, taken + held)
    return held + _announced_decision(doc, taken + held)


# "tổ chức Chương trình "Vinh quang Việt Nam ..."": a programme held under its own title (a programme of work,
# "Chương trình mục tiêu quốc gia ...", has no quoted title nor anyone holding or attending it)
_TITLED_PROGRAMME = re.compile(r'(?<![\w])(?:tổ chức|dự|tham dự)\s+([Cc]hương trình\s+"[^"\n]{3,150}")')


def _titled_programmes(doc: Document, taken: list[Mention]) -> list[Mention]:
    """"X tổ chức Chương trình "Y"": the programme, named by its title, is the event held."""
    taken_at = SpanIndex(taken)
    out = []
    for match in _TITLED_PROGRAMME.finditer(doc.search_text):
        if not taken_at.overlapping(match.start(1), match.end(1)):
            name = match.group(1)
            out.append(Mention(match.start(1), match.end(1), "Event", name[0].upper() + name[1:], "events",
                               {"kind": "chương trình", "aliases": []}))
    return out


def _held_acts(doc: Document, taken: list[Mention]) -> list[Mention]:
    """"X tổ chức công bố ...", "X chủ trì họp về ...": the act held, named with its kind's head."""
    text = doc.search_text
    pattern, heads = _acts()
    taken_at = SpanIndex(taken)
    out = []
    for match in pattern.finditer(text):
        start = match.start(1)
        if taken_at.overlapping(start, match.end(1)):
            continue
        if _in_headline(doc, start) and any(not m.attrs.get("ref") and m.start >= start for m in _lead_events(doc, taken)):
            continue  # "Chủ tịch Quốc hội chủ trì họp về dự án Luật ...", then "Tiếp tục phiên họp thứ 32, ...": the
            # meeting the lead names is the headline's
        event = _named_act(doc, start, match.end(1), heads[match.group(1)])
        if event is not None:
            out.append(event)
    return out


def _announced_decision(doc: Document, taken: list[Mention]) -> list[Mention]:
    """The first decision the lead says was announced or handed over, as the article's ceremony: named with the
    head the text then refers to it by ("Tại hội nghị, ..." makes it "Hội nghị công bố quyết định ..."). Not in the
    headline, not where the article names an event in its lead or one of decisions anywhere ("tổ chức Lễ công bố
    và trao quyết định ..."), and not when the act happens at another event ("Tại buổi kiểm tra, Đoàn đã công bố
    ...")."""
    # (a visit the lead names is another act: "có chuyến thăm Bảo tàng X", then "đã trao quyết định ...")
    if any(not m.attrs.get("ref") and not is_visit(m) for m in _lead_events(doc, taken)) \
            or any(not m.attrs.get("ref") and "quyết định" in m.name.lower() for m in taken):
        return []
    text = doc.search_text
    taken_at = SpanIndex(taken)
    _, heads = _acts()
    for match in _ANNOUNCED.finditer(text, 0, _lead_end(doc)):
        start = match.start("announce") if match.group("announce") else match.start("hand")
        if _in_headline(doc, start) or _at_an_event(doc, taken, start) or taken_at.overlapping(start, match.end()):
            continue
        act = "công bố" if match.group("announce") else "trao quyết định"
        event = _named_act(doc, start, match.end(), heads[act])
        if event is not None:
            head = _referred_head(taken, event.end) or heads[act]
            return [_named_act(doc, start, match.end(), head)]
    return []


def _named_act(doc: Document, start: int, act_end: int, head: str) -> Mention | None:
    """The event an act opens at ``start``, named "<head> <the act's words>", or None when those words are too
    few or too many to be a name."""
    text = doc.search_text
    names_next = frozenset(m.start for m in doc.mentions if m.type in ("Organization", "Location"))
    end = name_end(text, act_end, names_next, SpanIndex(m for m in doc.mentions if m.type == "Organization"))
    words = text[start:end].split()
    if len(words) < 3 or len(words) > 40:
        return None  # "tổ chức tổng kết." names nothing; a whole paragraph is no name
    described = text[start:end]
    if end == headline_cut(text):  # "chủ trì họp về điều hành chính sách tài ...": the headline's last word, whole
        described = " ".join(filter(None, (described, word_cut_short(text, end, text.find("\n", end)))))
    return Mention(start, end, "Event", f"{head} {described}", "events", {"kind": head.lower(), "aliases": [described]})


def _in_headline(doc: Document, at: int) -> bool:
    """Whether ``at`` lies in the article's headline, a line of its own."""
    start = headline_start(doc.search_text)
    end = doc.search_text.find("\n", start)
    return start <= at < end


def _lead_end(doc: Document) -> int:
    """Where the lead ends: the third sentence after the headline."""
    start = headline_start(doc.search_text)
    after = [s for s in doc.sentences if s.start > start][:3]
    return after[-1].end if after else len(doc.search_text)


def _lead_events(doc: Document, taken: list[Mention]) -> list[Mention]:
    """The events the headline and the three sentences after it name."""
    start, end = headline_start(doc.search_text), _lead_end(doc)
    return [m for m in taken if m.type == "Event" and start <= m.start < end]


def _referred_head(taken: list[Mention], after: int) -> str | None:
    """The head the text refers back with next ("Tại hội nghị, ..."): a ceremony announced is the conference
    the text goes on to call it."""
    refs = sorted((m for m in taken if m.attrs.get("ref") and m.start >= after), key=lambda m: m.start)
    return "Hội nghị" if refs and refs[0].attrs.get("kind") == "hội nghị" else None


_AT_A_GATHERING = re.compile(r"\s*(?:Cũng\s+)?[Tt]ại\s+(?:các\s+)?[^\W\d_A-ZĐ]")  # "Tại buổi kiểm tra, ..."


def _at_an_event(doc: Document, taken: list[Mention], at: int) -> bool:
    """Whether the sentence of ``at`` names an event before it or opens at one ("Tại buổi kiểm tra, ...")."""
    sentence = doc.sentence_of(at)
    return sentence is not None and (any(m.type == "Event" and sentence.start <= m.start < at for m in taken)
                                     or bool(_AT_A_GATHERING.match(doc.search_text, sentence.start, at)))
