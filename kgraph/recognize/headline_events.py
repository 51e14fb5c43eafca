"""The article's own meeting or act, named by its headline.

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
from kgraph.gazetteer import admin_words, titles
from kgraph.recognize.delegations import DELEGATION_HEAD, hosts_listed
from kgraph.recognize.event_boundaries import abbreviation_before, name_end
from kgraph.recognize.named_events import act_series, headline_end
from kgraph.resources import read_lines, read_tsv
from kgraph.segment import headline_cut, headline_start
from kgraph.spans import SpanIndex

__all__ = ["headline_event", "headline_act", "headline_ceremony", "delegation_act"]


@lru_cache(maxsize=None)
def _meeting_heads() -> frozenset[str]:
    """Heads of kind "meeting" (``event_heads.tsv``), lowercase: "hội nghị", "buổi làm việc"."""
    return frozenset(row["head"].lower() for row in read_tsv("event_heads.tsv") if row["kind"] == "meeting")


@lru_cache(maxsize=None)
def _acts() -> re.Pattern[str]:
    """What a meeting does, first words of the headline's predicate: "thông qua", "triển khai"."""
    words = sorted(read_lines("event_descriptors.txt"), key=len, reverse=True)
    return re.compile(rf"(?i:{'|'.join(re.escape(w) for w in words)})(?![\w])")


def _cut_headline(doc: Document) -> tuple[int, int] | None:
    """A one-line headline cut short ("Bí thư Thị ủy X thăm, chúc Tết các cơ quan, đơn vị làm ..."), without
    its trailing dots: it still says who did what, but no longer names all of it."""
    text = doc.search_text
    start, cut = headline_start(text), headline_cut(text)
    if cut is None or cut - start > 220 or re.search(r"[:;\"“]", text[start:cut]):
        return None
    return start, cut


def _headline(doc: Document) -> tuple[int, int] | None:
    """The headline (:func:`~kgraph.recognize.named_events.headline_end`), when it is one description: no
    quotation and no "X: ..." (whose words are someone's, not the act's)."""
    text = doc.search_text
    start = headline_start(text)
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


_AT_PLACE = re.compile(r"\s+tại\s+")
_CEREMONY_REFS = frozenset({"lễ", "buổi lễ"})


def headline_ceremony(doc: Document, events: list[Mention]) -> list[Mention]:
    """"Tham dự buổi lễ có ..." under the headline "Thành phố Hải Phòng tặng 10 ngôi nhà tình nghĩa cho tỉnh Nghệ
    An": a ceremony the text points at and names nowhere is the headline's act, "Lễ tặng 10 ngôi nhà ..."."""
    span = _headline(doc)
    if span is None or not any(m.attrs.get("ref") and m.attrs.get("kind") in _CEREMONY_REFS for m in events) \
            or any(not m.attrs.get("ref") and m.name.lower().startswith(("lễ", "buổi lễ")) for m in events):
        return []
    text = doc.search_text
    start, end = span
    subjects = [m for m in doc.mentions if m.start == start and m.end < end
                and m.type in ("Organization", "Person", "Location")]
    if not subjects:
        return []
    pos = max(m.end for m in subjects)
    pos += len(text[pos:end]) - len(text[pos:end].lstrip())
    predicate = text[pos:end].rstrip(" .:")
    if not predicate[:1].islower() or len(predicate.split()) < 3 or any(m.start <= pos < m.end for m in events):
        return []
    return [Mention(pos, pos + len(predicate), "Event", f"Lễ {predicate}", "events",
                    {"kind": "lễ", "aliases": [text[start:end].rstrip(" .:")], "told": True, "headline": True})]


@lru_cache(maxsize=None)
def _headline_acts() -> re.Pattern[str]:
    """Acts reported as the article's event without a head (``headline_acts.txt``): "viếng", "chúc mừng"."""
    words = sorted(read_lines("headline_acts.txt"), key=len, reverse=True)
    return re.compile(rf"(?<![\w])(?i:{'|'.join(re.escape(w) for w in words)})(?![\w])")


def _act_in_headline(doc: Document, start: int, end: int) -> tuple[list[re.Match[str]], int] | None:
    """The act the headline reports, with the acts done with it right after ("thăm chúc mừng ...", "thăm, chúc
    Tết ...": the lead may retell any of them), and where its series opens: at the headline's start, or right
    after the body or person who does it ("Chủ tịch UBND tỉnh X viếng ...", "Lãnh đạo TP X thăm, kiểm tra ...")."""
    text = doc.search_text
    found = list(_headline_acts().finditer(text, start, end))
    for i, act in enumerate(found):
        acts = [act]
        while i + len(acts) < len(found) and _SERIES_GLUE.fullmatch(text, acts[-1].end(), found[i + len(acts)].start()):
            acts.append(found[i + len(acts)])
        series = _series_start(text, act.start(), start)
        if series == start:
            return acts, series
        before = text[start:series].rstrip()
        # a body or person, the leaders of a place ("Lãnh đạo TP Bảo Lộc thăm ..."), or a post as headlines write
        # it ("Tổng Bí thư chúc Tết ...")
        doers = ("Organization", "Person", "Location") if _LEADERS.match(before) else ("Organization", "Person")
        doer = any(m.end == start + len(before) and m.start >= start and m.type in doers
                   for m in doc.mentions) or _is_title(before) or bool(_local_leaders().fullmatch(before))
        if doer and text[series].islower():
            return acts, series
        return None  # the first act after anything else ("... sau khi thăm ...") is no report of one
    return None


@lru_cache(maxsize=None)
def _series_before() -> re.Pattern[str]:
    """Acts done together, right before another (``act_series.txt``): "thăm, chúc Tết và " before "kiểm tra",
    "thăm " before "chúc mừng"."""
    verbs = "|".join(re.escape(v) for v in sorted(read_lines("act_series.txt"), key=len, reverse=True))
    return re.compile(rf"(?<![\w])(?:(?:{verbs})(?:\s*,\s*|\s+và\s+|\s+))+$", re.IGNORECASE)


def _series_start(text: str, pos: int, floor: int) -> int:
    """Where the series of acts that ends with the act at ``pos`` opens (``pos`` when it stands alone)."""
    series = _series_before().search(text, max(floor, pos - 60), pos)
    return series.start() if series else pos


_LEADERS = re.compile(r"(?:Các đồng chí |Các )?[Ll]ãnh đạo ")
_SERIES_GLUE = re.compile(r"\s*,\s*|\s+và\s+|\s+")


@lru_cache(maxsize=None)
def _local_leaders() -> re.Pattern[str]:
    """"Các đồng chí lãnh đạo tỉnh": the leaders of the article's own province or city (``admin_words.tsv``)."""
    words = "|".join(re.escape(w) for w in sorted(admin_words(), key=len, reverse=True))
    return re.compile(rf"{_LEADERS.pattern}(?:{words})")


def _is_title(phrase: str) -> bool:
    return any(t.start == 0 and t.end == len(phrase) for t in titles().find_all(phrase))


@lru_cache(maxsize=None)
def _act_noun() -> re.Pattern[str]:
    """A word that makes the act a thing ("lời chúc mừng": ``act_nouns.txt``), right before it."""
    words = "|".join(re.escape(w) for w in sorted(read_lines("act_nouns.txt"), key=len, reverse=True))
    return re.compile(rf"(?<![\w])(?i:{words})\s+$")


def _post_before(text: str, start: int, pos: int) -> bool:
    """Whether a post alone does the act at ``pos`` ("Phó Chủ tịch nước dâng hương tại ..."): the holder the
    headline named, as captions and leads refer to them."""
    before = text[start:pos].rstrip()
    before = re.sub(r"^(?:[Đđ]ồng chí|[Ôô]ng|[Bb]à)\s+", "", before)
    return bool(before) and _is_title(before)


def _retold(doc: Document, act: str, after: int, events: SpanIndex) -> re.Match[str] | None:
    """The act again in one of the three sentences after the headline, after who does it and outside
    any event the text names ("... Hồ Văn Mừng dẫn đầu đoàn công tác đến viếng, dâng hương tại ...")."""
    text = doc.search_text
    doers = [m for m in doc.mentions if m.type in ("Person", "Organization") and m.start >= after]
    lead = [s for s in doc.sentences if s.start >= after][:3]
    for sentence in lead:
        for again in _headline_acts().finditer(text, sentence.start, sentence.end):
            if again.group().lower() == act.lower() and not events.overlapping(again.start(), again.end()) \
                    and not _act_noun().search(text, max(sentence.start, again.start() - 12), again.start()) \
                    and (any(sentence.start <= m.start and m.end <= again.start() for m in doers)
                         or _post_before(text, sentence.start, again.start())):
                return again
    return None


@lru_cache(maxsize=None)
def _meeting_verb() -> re.Pattern[str]:
    """A meeting verb of ``event_verbs.tsv`` ("làm việc", "tiếp", "hội đàm"), without its "với"."""
    verbs = {re.sub(r"\s+với$", "", row["verb"]) for row in read_tsv("event_verbs.tsv")}
    return re.compile(rf"(?:{_SERIES_GLUE.pattern})(?:{'|'.join(re.escape(v) for v in sorted(verbs, key=len, reverse=True))})(?![\w])")


def _meeting_follows(doc: Document, acts: list[re.Match[str]]) -> bool:
    """Whether the headline's acts are a meeting or a visit that the meeting verbs name: a meeting verb comes
    right after them ("thăm, làm việc với ..."), or a meeting verb alone goes to a place, a body or a titled
    person ("thăm Lào", "thăm Hòa thượng X", "gặp mặt Đoàn X"), where a visit to or a meeting with people ("thăm,
    động viên cán bộ ...", "gặp mặt các nữ đại biểu ...") is the act itself."""
    text = doc.search_text
    end = acts[-1].end()
    if _meeting_verb().match(text, end):
        return True
    return len(acts) == 1 and acts[0].group().lower() in _meeting_verbs() and text[end : end + 2].strip()[:1].isupper()


@lru_cache(maxsize=None)
def _meeting_verbs() -> frozenset[str]:
    """The meeting verbs of ``event_verbs.tsv`` without their "với" ("thăm", "gặp mặt", "làm việc")."""
    return frozenset(re.sub(r"\s+với$", "", row["verb"]).lower() for row in read_tsv("event_verbs.tsv"))


def headline_act(doc: Document, events: list[Mention]) -> list[Mention]:
    """The act the headline reports and the lead retells, as the article's event: "Chủ tịch UBND tỉnh X
    viếng, dâng hương tại đền thờ ..." names "Viếng, dâng hương tại đền thờ ...". The retelling in the lead
    is a mention too, whose people before the act take part (``subjects_attend`` up to ``doers_end``)."""
    span = _headline(doc)
    cut = span is None
    span = span or _cut_headline(doc)  # a cut headline: the lead's retelling names the act
    if span is None or any(not m.attrs.get("ref") for m in events if m.start < span[1]):
        return []
    found = _act_in_headline(doc, *span)
    if found is None:
        return []
    acts, act_start = found
    if _meeting_follows(doc, acts):
        return []  # "A thăm, làm việc với B", "A thăm Lào": a meeting or a visit the meeting verbs name
    taken = SpanIndex(m for m in events if not m.attrs.get("ref"))
    act, again = next(((a, r) for a in acts if (r := _retold(doc, a.group(), span[1], taken))), (acts[0], None))
    if again is None or taken.overlapping(span[1], again.start()):
        return []  # the lead names the event before it retells the act ("tổ chức Lễ công bố ... và trao ...")
    if cut and any(taken.overlapping(s.start, s.end) for s in [s for s in doc.sentences if s.start >= span[1]][:4]):
        return []  # a cut headline names its act in part: a meeting the lead names is the event
    text = doc.search_text
    # the acts done with it, before it ("đã tới thăm, chúc Tết và kiểm tra ...") and after it ("dâng hương tưởng
    # niệm, tri ân ..."), name it too
    again_start = _series_start(text, again.start(), doc.sentence_of(again.start()).start)
    orgs = SpanIndex(m for m in doc.mentions if m.type == "Organization")
    names_next = frozenset(m.start for m in doc.mentions if m.type in ("Organization", "Location"))
    # the headline's words, retold from the act on ("dâng hương tại đền thờ nữ ..." and "... dâng hương tại đền
    # thờ nữ Anh hùng liệt sĩ X ở huyện Y"), are part of the name the lead goes on with
    words = text[act.start() : span[1]].rstrip(" .…")
    same = len(words.split()) > 2 and text.startswith(words, again.start())
    if same:  # where it was done, and its address after a comma ("..., xã Dạ Trạch"), ends it
        bodies_next = frozenset(m.start for m in doc.mentions if m.type == "Organization")
        end = name_end(text, again.start() + len(words), bodies_next, orgs)
    else:
        end = name_end(text, again.end(), names_next, orgs)
    while series := act_series().match(text, end):
        end = name_end(text, series.end(), names_next, orgs)
    at = _AT_PLACE.match(text, end)
    place = next((m for m in doc.mentions if at and m.type == "Location" and m.start == at.end()), None)
    if place is not None and len(text[again_start:end].split()) < 3:
        end = place.end  # "dâng hương tại Đền thờ Triệu Việt Vương": a short act is named by where it was done
    retold = text[again_start:end].rstrip(" ,")
    predicate = retold if cut else text[act_start : span[1]].rstrip(" .:")
    if len(predicate.split()) < 3:
        return []
    name = f"{predicate[0].upper()}{predicate[1:]}"
    kind = act.group().lower()
    attrs = {"kind": kind, "aliases": [retold], "headline": True}
    # who does the act in the headline takes part ("Phó Chủ tịch nước X dâng hương ..."), as in the lead
    headline = {**attrs, "subjects_attend": True, "subject_bodies": [], "doers_end": act_start}
    # a cut headline's words are no name of the act ("chúc mừng Lễ Phật đản 2024 - Báo Công an")
    return [Mention(act_start, span[1] if cut else act_start + len(predicate), "Event", name, "events",
                    {**headline, "told": True} if cut else headline),
            Mention(again_start, again_start + len(retold), "Event", name, "events",
                    {**attrs, "subjects_attend": True, "subject_bodies": [], "doers_end": again_start})]


# "Đoàn công tác của tỉnh X do đồng chí A làm trưởng đoàn đã đến thăm hỏi, động viên, trao ...": what it came to do
_CAME_TO = re.compile(rf"{DELEGATION_HEAD}(?: của)? [^.;:\n]{{0,200}}?\s(?:đã\s+)?(?:đến|tới)\s+")
# where what it came to do ends: where or when it was done, a clause's end
_CLAUSE_END = re.compile(r"\s(?:tại|vào|nhân dịp)\s|[;:]|\.(?!\d)")


def delegation_act(doc: Document, events: list[Mention]) -> list[Mention]:
    """The act a delegation came to do, told in the lead ("Đoàn công tác của tỉnh X do đồng chí A làm trưởng đoàn
    đã đến thăm hỏi, động viên, trao hỗ trợ ... cho Y"), as the article's event where its hosts are named
    ("Tiếp đoàn có ...") and the article names no event before it: whoever led the delegation, came with it
    ("Cùng dự có ...") or received it takes part."""
    text = doc.search_text
    headline = text.find("\n", headline_start(text))
    if headline < 0 or not hosts_listed().search(text, headline):
        return []
    for sentence in [s for s in doc.sentences if s.start > headline][:3]:
        came = _CAME_TO.search(text, sentence.start, sentence.end)
        act = came.end() if came and _acts_opening().match(text, came.end()) else None
        if act is None:
            continue
        if any(not m.attrs.get("ref") and m.start < sentence.end for m in events):
            return []  # the lead names the event itself
        # what it came to do runs to the end of the clause: "... trao hỗ trợ 1,5 tỷ đồng cho tỉnh Y khắc phục ..."
        ends = (e.start() for e in _CLAUSE_END.finditer(text, act, sentence.end)
                if not (e.group() == "." and abbreviation_before(text, e.start())))  # "TP. Đà Nẵng" goes on
        told = text[act : next(ends, sentence.end)].rstrip(" ,.")
        if len(told.split()) < 3:
            return []
        return [Mention(act, act + len(told), "Event", f"{told[0].upper()}{told[1:]}", "events",
                        {"kind": "delegation", "aliases": [], "subjects_attend": True, "subject_bodies": [],
                         "doers_end": act})]
    return []


@lru_cache(maxsize=None)
def _acts_opening() -> re.Pattern[str]:
    """A series of acts that opens a delegation's errand (``act_series.txt`` or "trao"): "thăm hỏi, động viên"."""
    verbs = "|".join(re.escape(v) for v in sorted([*read_lines("act_series.txt"), "trao"], key=len, reverse=True))
    return re.compile(rf"(?i:{verbs})(?![\w])")
