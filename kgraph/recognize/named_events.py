"""Events named by a head word: "Hội nghị ...", "Lễ ...", "buổi làm việc với ...".

A named conference is an event head (``event_heads.tsv``) followed by a
descriptor, up to where the clause moves on
(:mod:`~kgraph.recognize.event_boundaries`). A bare "Hội nghị" is a reference to
a conference named earlier: ``attrs["ref"]``; the resolver links it. A
headline that opens with a head names the article's own event whole.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kgraph.document import Document, Mention
from kgraph.gazetteer import titles
from kgraph.normalize import LOWER, UPPER
from kgraph.recognize.event_boundaries import (
    DATE_INSIDE,
    comma_end,
    ends_with,
    followers,
    function_words,
    manner_words,
    name_end,
    named_by_place,
    opens_an_event,
    stop_word,
    through_place,
)
from kgraph.recognize.party_grammar import ORDINAL
from kgraph.recognize.phrases import alternation as phrase_alternation
from kgraph.recognize.phrases import word_alternation
from kgraph.recognize.places import admin_before
from kgraph.resources import read_lines, read_tsv
from kgraph.segment import headline_cut, headline_start
from kgraph.spans import SpanIndex

__all__ = ["named_events", "body_meetings", "visit_heads", "is_visit", "headline_end", "act_of"]


@lru_cache(maxsize=None)
def _heads() -> re.Pattern[str]:
    heads = sorted((row["head"] for row in read_tsv("event_heads.tsv")), key=len, reverse=True)
    # a trie (~3x faster over an article than a flat list), each first letter opening a branch: faster again
    return re.compile(rf"{word_alternation(heads, ignore_case=True)}(?![\w])")


@lru_cache(maxsize=None)
def _act_heads() -> dict[str, str]:
    """Heads that name the act themselves: "yes" (in any case), "opened" (lowercase only after an opener) or
    "part" (before the event it is a part of)."""
    return {row["head"].lower(): row["names_act"] for row in read_tsv("event_heads.tsv")
            if row.get("names_act") in ("yes", "opened", "part")}


_HAD_A = re.compile(r"(?<![\w])có(?: cuộc| buổi)? $")


@lru_cache(maxsize=None)
def _meeting_verb_partner() -> re.Pattern[str]:
    """A meeting of two sides in ``event_verbs.tsv`` ("hội đàm với": named "giữa" both), perhaps with how they
    meet, then "với"."""
    verbs = {row["verb"][: -len(" với")] for row in read_tsv("event_verbs.tsv")
             if row["verb"].endswith(" với") and "giữa {subject}" in row["name"]}
    # lowercase, as the verb is written ("có buổi Hội đàm với" names its event as a title)
    return re.compile(rf"(?:cuộc |buổi )?(?:{'|'.join(re.escape(v) for v in verbs)})(?:\s+(?:{manner_words()}))*\s+với\s")


def _told_by_a_verb(text: str, start: int) -> bool:
    """"đã có cuộc hội kiến quan trọng với B": a meeting verb after "có cuộc" with whom they meet."""
    return bool(_HAD_A.search(text, max(0, start - 10), start)) and bool(_meeting_verb_partner().match(text, start))


@lru_cache(maxsize=None)
def _rank_meeting() -> re.Pattern[str]:
    """"Hội nghị Bộ trưởng Kinh tế ASEAN": the rank of those who meet names the meeting (``meeting_ranks.txt``)."""
    return re.compile(rf"(?:{phrase_alternation(read_lines('meeting_ranks.txt'))}) ")


def _opened(text: str, start: int) -> bool:
    """A verb that holds an event stands right before ``start`` ("tổ chức gặp mặt", "có buổi làm việc")."""
    return ends_with("event_openers.txt", text, start)


@lru_cache(maxsize=None)
def act_series() -> re.Pattern[str]:
    """The verbs that go on a visit or a meeting after a comma (``act_series.txt``): ", động viên", ", tặng quà"."""
    verbs = "|".join(re.escape(v) for v in sorted(read_lines("act_series.txt"), key=len, reverse=True))
    return re.compile(rf"(?:\s*,\s*(?:{verbs})(?![\w]))+")


@lru_cache(maxsize=None)
def _descriptors() -> tuple[str, ...]:
    return read_lines("event_descriptors.txt")


@lru_cache(maxsize=None)
def _descriptor_starts() -> tuple[str, ...]:
    """A descriptor and the space or comma after it, for one ``str.startswith``."""
    return tuple(d + sep for d in _descriptors() for sep in (" ", ","))


_DATE_INSIDE = re.compile(DATE_INSIDE)
# dates or years in brackets: "(3-2-1930 - 3-2-2025)", "(1965-2025)", "(19/8/1945 - 19/8/2024)"
_YEARS_IN_BRACKETS = re.compile(r"\s*\((?:\s*\d{1,4}(?:[/.\-]\d{1,2}(?:[/.\-]\d{2,4})?)?\s*[-–]?)+\s*\)")
_THIS_ONE = re.compile(r"\s+(?:lần này|này|nói trên|trên)(?![\w])")


def _rest(text: str, pos: int) -> str:
    """The text after a head, as far as any test reads it: the white space, then 1000 characters.

    A slice to the end of the article would make each head cost the article's length.
    """
    start = pos
    while pos < len(text) and text[pos].isspace():
        pos += 1
    return text[start : pos + 1000]


@lru_cache(maxsize=None)
def _session_words() -> frozenset[str]:
    """Words that go on naming a session after "Kỳ họp" ("chuyên đề", "bất thường"); others describe it."""
    return frozenset(read_lines("session_words.txt"))


# the verbs that hold, chair or attend an event right before its lowercase head: "tổ chức lễ báo công ...",
# "chủ trì lễ đón ...", "dự lễ khởi công ..."
_ORGANIZED_HERE = re.compile(r"(?<![\w])(?:tổ chức|tiến hành|triển khai|chủ trì|dự|tham dự)\s+$")
_ORDINAL_NEXT = re.compile(rf"{ORDINAL}(?![\w])")
# a title of a few words, capitalized first, before its number: "Truyền hình toàn quốc lần thứ 42"
# (two sides joined by a spaced dash: "Việt Nam - Nhật Bản lần thứ 3")
_TITLE_NUMBERED = re.compile(rf"{UPPER}\w*(?:\s+(?:[-–]\s+(?={UPPER}))?(?:\([^()\s]{{2,12}}\)|[^\W\d_]+)){{0,6}}\s+{ORDINAL}")
# ... or before its year: "Quốc phòng quốc tế Việt Nam 2024", "Kinh tế Việt Nam 2024"
_TITLE_OF_A_YEAR = re.compile(rf"{UPPER}\w*(?:\s+(?:[-–]\s+(?={UPPER}))?[^\W\d_]+){{0,6}}\s+(?:19|20)\d\d(?![\w/.-]\d)")
# what follows a lowercase name when bodies organized the event: "... do Ban X, Bộ Y tổ chức"
_ORGANIZED_BY_AFTER = re.compile(r"[^,.;:()\n]{3,80}?\sdo\s(?:[^.;:\n]|\.(?=\w)){3,160}?\s(?:phối hợp\s+)?tổ chức(?![\w])")
# a title in title case: two capitalized words ("Kinh tế Mekong": a capital, lowercase words, a capital)
_TITLE_CASE = re.compile(rf"{UPPER}\w*(?:\s+{LOWER}\w*){{0,2}}\s+{UPPER}")


# the capitalized run of a title: lowercase words only between capitals ("Kinh tế Mekong"), sides by a dash
_TITLE_RUN = re.compile(rf"{UPPER}[\w-]*(?:(?:\s+{LOWER}\w*){{0,2}}\s+{UPPER}[\w-]*|\s*[-–]\s*{UPPER}[\w-]*)*")
_ENDS_NUMBERED = re.compile(r"(?:\d|(?<![\w])[IVXLC]+)\W*\Z")


_CLASSIFIED = re.compile(r"(?:[Cc]uộc|[Bb]uổi)\s")  # a head with its classifier: a noun, not the verb


def _placed_next(text: str, pos: int, places: dict[int, int]) -> bool:
    """Whether a place the article names opens at ``pos``, perhaps after its unit's word ("huyện Đông Anh")."""
    return pos in places or any(pos < start <= pos + 16 and (admin := admin_before(text, start)) is not None
                                and admin[0] == pos for start in places)


@lru_cache(maxsize=None)
def _titled_heads() -> frozenset[str]:
    """Heads whose capitalized title alone names one event (``titled_event_heads.txt``: "Diễn đàn", "Hội thảo")."""
    return frozenset(head.lower() for head in read_lines("titled_event_heads.txt"))


# "(tại) cuộc gặp của ông A với Tổng thống B": whose meeting, then whom it meets
_OF_THEN_WITH = re.compile(r"của\s+[^,.;:()\n]{2,60}?\s+với\s")
_NUMBERED_OF = re.compile(r"(?:lần )?thứ (?:[^\W\d_]+(?: \w+)?|\d+),? (?:của )?")


# lowercase heads that a body's name may follow directly: "tại cuộc họp Ban Chỉ đạo ..."
_BODY_MEETINGS = ("cuộc họp",)
# a meeting's lowercase topic and its period, then the body whose meeting it is ("kinh tế - xã hội tháng 7 của ")
_TOPIC_OF = re.compile(rf"(?:{LOWER}+(?: [-–] | ))*?{LOWER}+(?: tháng \d{{1,2}}| quý [IV\d]+| năm \d{{4}})? của ")
# what makes a body's meeting one meeting: "thường kỳ", "chuyên đề", its number or month
_REGULAR = re.compile(r"\s+(?:thường kỳ|chuyên đề|lần thứ|thứ\s+\w+|tháng\s+\d)")
# "chủ trì họp Ban Chỉ đạo ...": the verb "họp" with the body that meets, a meeting named "Cuộc họp" + the body
_CHAIRS_A_BODY_MEETING = re.compile(rf"{word_alternation(['Chủ trì', 'chủ trì', 'Dự', 'dự', 'Tham dự', 'tham dự'])}"
                                    r"\s+(họp)\s+")


@lru_cache(maxsize=None)
def _meets_in_session() -> re.Pattern[str]:
    """"Ủy ban Thường vụ Quốc hội hôm nay họp phiên thứ 54": the body's numbered session, "Phiên họp thứ 54 của
    ..."; between the body and the verb, the words of ``subject_gap_words.txt``."""
    words = "|".join(re.escape(w) for w in sorted(read_lines("subject_gap_words.txt"), key=len, reverse=True))
    return re.compile(rf"\s+(?:(?:{words})\s+)*họp phiên (thứ \w+)(?![\w])")
# "họp Thường trực Chính phủ về tình hình kinh tế - xã hội": what the meeting is about names it too
_ABOUT = re.compile(r"\s+về\s+(?=\w)")


@lru_cache(maxsize=None)
def visit_heads() -> tuple[str, ...]:
    """The heads of kind "visit" in ``event_heads.tsv``, lowercase ("chuyến thăm", "chuyến công tác"): an event
    whose kind starts with one is a visit (made by its visitor, held where it goes)."""
    return tuple(row["head"].lower() for row in read_tsv("event_heads.tsv") if row["kind"] == "visit")


_TOLD_AS = re.compile(r"^(?:cuộc|buổi)\s+")


def act_of(kind: str) -> str:
    """The act an event's head names, however the article counts it: "cuộc hội đàm", "buổi làm việc"
    -> "hội đàm", "làm việc"."""
    return _TOLD_AS.sub("", kind.lower())


def is_visit(event: Mention) -> bool:
    return str(event.attrs.get("kind", "")).startswith(visit_heads())

# how a visit is made, before where it goes: "chuyến thăm chính thức Lào", "chuyến thăm cấp Nhà nước tới ..."
_VISIT_MANNER = re.compile(r"(?:\s+(?:chính thức|cấp [Nn]hà nước|hữu nghị|cấp cao|và làm việc|,\s*làm việc|làm việc))+")
_TOWARDS = re.compile(r"\s+(?:tới|đến|sang|tại)\s+(?:(?:tỉnh|thành phố|nước|Thủ đô|thủ đô)\s+)?")


def _destination_end(text: str, end: int, places: dict[int, int]) -> int:
    """A visit's name goes on to where it goes: "chuyến thăm ... của Tổng Bí thư X tới Campuchia"."""
    towards = _TOWARDS.match(text, end)
    return places.get(towards.end(), end) if towards else end


_OF_VISITOR = re.compile(r"\s+của\s+[^,;:.()\n]{0,60}$")


def _visitor_end(text: str, end: int, people: list[tuple[int, int]]) -> int:
    """Where "của" + the visitor's title and name end, right after ``end``; else ``end``."""
    for start, stop in people:
        if end < start <= end + 70 and _OF_VISITOR.match(text[end:start]):
            return stop
    return end


def body_meetings(doc: Document, taken: list[Mention]) -> list[Mention]:
    """"chủ trì họp Ban Chỉ đạo X (về ...)": a meeting of the body, named "Cuộc họp Ban Chỉ đạo X (về ...)";
    "X họp phiên thứ 54": its session, "Phiên họp thứ 54 của X". The body holds either."""
    text = doc.search_text
    starts = {m.start: m for m in doc.mentions if m.type == "Organization"}
    taken_at = SpanIndex(taken)
    names_next = frozenset(m.start for m in doc.mentions if m.type in ("Organization", "Location"))
    spans = SpanIndex(m for m in doc.mentions if m.type == "Organization")
    out = []
    for verb in _CHAIRS_A_BODY_MEETING.finditer(text):
        body = starts.get(verb.end())
        if body is None or taken_at.overlapping(verb.start(1), body.end):
            continue
        end = name_end(text, body.end, names_next, spans) if _ABOUT.match(text, body.end) else body.end
        name = f"Cuộc họp {text[body.start : end]}"
        out.append(Mention(verb.start(1), end, "Event", name, "events",
                           {"kind": "cuộc họp", "aliases": [text[verb.start(1) : end], text[verb.start(1) : body.end]],
                            "holder_span": (body.start, body.end)}))
    for body in doc.mentions:
        session = _meets_in_session().match(text, body.end) if body.type == "Organization" else None
        if session is None or taken_at.overlapping(body.start, session.end()) \
                or any(o.type == "Organization" and o.start <= body.start and body.end < o.end for o in doc.mentions):
            continue
        name = f"Phiên họp {session.group(1)} của {text[body.start : body.end]}"
        out.append(Mention(body.start, session.end(), "Event", name, "events",
                           {"kind": "phiên họp", "aliases": [text[body.start : session.end()]],
                            "holder_span": (body.start, body.end)}))
    return out


_MANY = re.compile(r"(?<![\w])(?:[Cc]ác|[Nn]hững|[Hh]àng (?:chục|trăm|nghìn|ngàn)|[Nn]hiều|[Mm]ột số|[Mm]ỗi|\d+)\s+$")


_LISTS_WHO = re.compile(r"(?:có|gồm)(?![\w])")  # "Dự hội nghị có ...": those present follow


# what a headline says of the event it opens with: its name ends there
_TITLE_PREDICATE = re.compile(r"\s+(?:diễn ra|sẽ|đã|được tổ chức|bế mạc|khai mạc|thành công)(?![\w])")
# after a post at a head: a field perhaps, then the group whose post-holders meet, by its abbreviation ("G20", "ASEAN")
_POST_OF_A_GROUP = re.compile(r"(?:\s+[^\W\d_]+){0,2}?\s+[A-Z][A-Z0-9+]{1,9}(?![\w])")
# after a post at a head: its body or place, then whom the holder meets ("Thủ tướng Chính phủ với doanh nghiệp")
_POST_WITH = re.compile(r"(?:\s+[^\s,.;:()]+){0,5}?\s+với\s+\S")
# a capitalized title's first words before its first side: "Doanh nghiệp " in "Diễn đàn Doanh nghiệp Việt Nam - Ấn Độ"
_TITLE_WORDS = re.compile(rf"(?:{UPPER}\w*\s+(?:[^\W\d_]+\s+){{0,2}})?")
_SIDES_DASH = re.compile(r"\s+[-–]\s+")


def _two_sides(text: str, pos: int, places: dict[int, int], names_next: frozenset[int]) -> bool:
    """Whether a capitalized title at ``pos`` joins a place and another place or body by a spaced dash ("Việt
    Nam - Ấn Độ", "Trung Quốc - ASEAN"): a bilateral event's own name."""
    words = _TITLE_WORDS.match(text, pos)
    for start in [pos] + [pos + w.end() for w in re.finditer(r"\S+\s+", text[pos : words.end()])]:
        dash = _SIDES_DASH.match(text, places[start]) if start in places else None
        if dash and dash.end() in names_next:
            return True
    return False


def named_events(doc: Document, taken: list[Mention]) -> list[Mention]:
    text = doc.search_text
    bodies = frozenset(m.start for m in doc.mentions if m.type == "Organization")
    # where bodies and places start: after a comma they go on naming the event ("..., TP.HCM sau kỳ họp ...")
    names_next = bodies | frozenset(m.start for m in doc.mentions if m.type == "Location")
    spans = SpanIndex(m for m in doc.mentions if m.type == "Organization")
    places = {m.start: m.end for m in doc.mentions if m.type == "Location"}
    people = sorted((m.start, m.end) for m in doc.mentions if m.type == "Person")
    out = []
    taken_at = SpanIndex(taken)
    venues = SpanIndex(m for m in doc.mentions if m.type == "Location" and m.attrs.get("kind") == "venue")
    for m in _heads().finditer(text):
        if taken_at.containing(m.start()):
            continue
        if re.search(r"(?:Trung tâm|Cung|Nhà)\s+$", text[max(0, m.start() - 12) : m.start()]) \
                or any(v.start < m.start() for v in venues.containing(m.start())):
            continue  # "Trung tâm Hội nghị tỉnh", "Trung tâm Văn hóa - Triển lãm tỉnh X" are venues
        if _MANY.search(text, max(0, m.start() - 16), m.start()):
            continue  # "các kỳ họp chuyên đề", "hàng trăm hội nghị phổ biến", "3 hội nghị": meetings in general
        if re.search(r"\d+\s+năm\s+$", text[max(0, m.start() - 12) : m.start()]):
            continue  # "20 năm Ngày hội Toàn dân ...": an anniversary of a day, not an event held
        head = m.group()
        if head.lower().startswith("lễ") and re.search(r"(?<![\w])[Nn]ghi\s+$", text[max(0, m.start() - 6) : m.start()]):
            continue  # "thực hiện nghi lễ dâng hương": a rite performed at the event, not one held
        rest = _rest(text, m.end())
        capital = head[0].isupper()
        after = rest.lstrip(" ")
        if _act_heads().get(head.lower()) == "part" and not opens_an_event(after, 0):
            continue  # "Phiên bế mạc Hội nghị X": a part of an event the name goes on to; "phiên khai mạc liên quan": none
        # after a capitalized head the descriptor may be capitalized too: "Hội nghị Tuyên dương các tổ chức ..."
        starts_descriptor = after.startswith(_descriptor_starts()) \
            or (capital and after[:1].isupper() and (after[:1].lower() + after[1:80]).startswith(_descriptor_starts()))
        # a head that names the act itself ("Lễ công bố", "Hội nghị sơ kết") needs no descriptor
        act = _act_heads().get(head.lower())
        if act == "opened" and _told_by_a_verb(text, m.start()):
            continue  # "A đã có cuộc hội kiến thân mật với B": meeting_verbs names it from both sides
        if act == "opened" and not capital and not _opened(text, m.start()) and not (head.islower() and after.startswith("giữa ")) \
                and not (_after_cue(text, m.start()) and (after.startswith("với ") or _OF_THEN_WITH.match(after))):
            # "đến thăm, gặp mặt gia đình": the verb, not an event ("tại buổi làm việc với B" is one, and so is
            # "cuộc điện đàm giữa A và B": both sides name it)
            act = None
        starts_descriptor = starts_descriptor or act is not None
        lowercase_organized = not capital and not starts_descriptor \
            and bool(_ORGANIZED_HERE.search(text, max(0, m.start() - 14), m.start())) \
            and bool(re.match(r"[^\W\d_]", after)) and after.split(" ", 1)[0] not in function_words()
        of_body = re.match(r"của\s+", after)
        if not capital and not starts_descriptor and of_body \
                and m.end() + len(rest) - len(after) + of_body.end() in bodies \
                and _ORGANIZED_HERE.search(text, max(0, m.start() - 14), m.start()):
            lowercase_organized = True  # "Thủ tướng chủ trì cuộc họp của Ban Thường vụ ...": that body's meeting
        body_next = m.end() + len(rest) - len(after)
        if capital and not starts_descriptor and of_body and body_next + of_body.end() in bodies:
            starts_descriptor = True  # "Hội nghị của Thường trực Chính phủ làm việc với ...": that body's, named
        if not capital and not starts_descriptor and head.lower() in _BODY_MEETINGS \
                and body_next in bodies and _after_cue(text, m.start()):
            lowercase_organized = True  # "Tại cuộc họp Ban Chỉ đạo quốc gia ...": that body's meeting
        if not capital and re.match(r'"[^"\n]{3,200}"', after):
            starts_descriptor = True  # "phát biểu tại hội thảo "Những giải pháp ..."": the title names it
        if not capital and not starts_descriptor and head.lower() in ("phiên họp", "cuộc họp") and body_next in bodies:
            body_end = max(o.end for o in spans.containing(body_next) if o.start == body_next)
            if _REGULAR.match(text, body_end):
                starts_descriptor = True  # "trong phiên họp Chính phủ thường kỳ tháng 1-2026": one session
        topic = _TOPIC_OF.match(after) if not capital and not starts_descriptor else None
        if topic and head.lower() in ("phiên họp", "cuộc họp") and _after_cue(text, m.start()) \
                and body_next + topic.end() in bodies:
            starts_descriptor = True  # "Tại phiên họp kinh tế - xã hội tháng 7 của UBND TP": that body's meeting
        if not capital and not starts_descriptor and _after_cue(text, m.start()) \
                and _ORGANIZED_BY_AFTER.match(text, m.end()) and after[:1].islower() \
                and after.split(" ", 1)[0] not in function_words():
            lowercase_organized = True  # "tại cuộc gặp mặt lãnh đạo các cơ quan báo chí do Ban X tổ chức": one, named
        if lowercase_organized:
            starts_descriptor = True  # "Tỉnh đoàn X tổ chức lễ báo công dâng Bác": the event organized, named
        numbered = _NUMBERED_OF.match(after)
        if numbered and m.end() + len(rest) - len(after) + numbered.end() in bodies:
            starts_descriptor = True  # "tại phiên họp thứ nhất của Ban Chỉ đạo ...": that body's numbered meeting
        if capital and _ORDINAL_NEXT.match(after):
            starts_descriptor = True  # "Ủy ban MTTQ tỉnh X tổ chức Hội nghị lần thứ 16": a body's numbered conference
        post = titles().match_prefix(after) if capital else None
        if post is not None and _POST_WITH.match(after, post.end):
            starts_descriptor = True  # "Hội nghị Thủ tướng Chính phủ với doanh nghiệp": a post-holder meets a group
        if post is not None and _POST_OF_A_GROUP.match(after, post.end):
            starts_descriptor = True  # "Hội nghị Ngoại trưởng G20", "... Bộ trưởng Kinh tế ASEAN": the group's post-holders meet
        if capital and _two_sides(text, body_next, places, names_next):
            starts_descriptor = True  # "Diễn đàn Doanh nghiệp Việt Nam - Ấn Độ": the two sides it brings together
        titled_only = capital and not starts_descriptor and head.lower() in _titled_heads() \
            and m.start() not in bodies and bool(_TITLE_CASE.match(after) or (after[:1].isupper() and body_next in names_next))
        starts_descriptor = starts_descriptor or titled_only  # "Diễn đàn Kinh tế Mekong": a title names one
        if capital and (_TITLE_NUMBERED.match(after)
                        or (_TITLE_OF_A_YEAR.match(after) and not head.lower().startswith("lễ"))):
            # "Liên hoan Truyền hình toàn quốc lần thứ 42", "Triển lãm Quốc phòng quốc tế Việt Nam 2024": a numbered or
            # dated event's own title ("Lễ Phật đản 2024" is a feast, not one event held)
            starts_descriptor = True
        if not capital and not starts_descriptor and named_by_place(head) and _CLASSIFIED.match(head) \
                and _placed_next(text, body_next, places):
            # "tại cuộc tiếp xúc cử tri huyện Đông Anh": one of several, named by its place (the verb alone,
            # "Đoàn ĐBQH tỉnh X tiếp xúc cử tri huyện Y", is meeting_verbs')
            starts_descriptor = True
        if not capital and not starts_descriptor:
            if _after_cue(text, m.start()) and _is_reference(rest):
                # "chủ trì phiên họp", "phát biểu tại hội nghị": the meeting the article is about
                out.append(Mention(m.start(), m.end(), "Event", head, "events", {"ref": True, "kind": head.lower()}))
            continue
        if _LISTS_WHO.match(after) and _after_cue(text, m.start()) and len(head.split()) < 4:
            # "Dự lễ bế mạc có các đồng chí: ...": who was at the article's event, whose head names its act
            out.append(Mention(m.start(), m.end(), "Event", head, "events", {"ref": True, "kind": head.lower()}))
            continue
        quoted_title = after.startswith('"')  # Hội nghị "Hà Nội 2020 - Hợp tác đầu tư"
        two_words = " ".join(after.split(" ", 2)[:2])
        manner = _VISIT_MANNER.match(text, m.end()) if head.lower() in visit_heads() else None
        if act == "opened" or head.lower() in visit_heads():
            # "buổi gặp mặt, động viên Đoàn ...", "chuyến thăm, tặng quà, động viên ...": one act, named whole
            manner = act_series().match(text, manner.end() if manner else m.end()) or manner
        if two_words and stop_word().match(" " + two_words + " ") and manner is None \
                and not (act == "opened" and re.match(r"(?:với|giữa) ", after)) \
                and not (act == "yes" and capital and after.startswith("cho ")):
            # "Hội nghị dự kiến diễn ra ...": a reference ("Lễ trao Quyết định cho 2 sĩ quan ...": the act, and
            # whom it is for)
            starts_descriptor = False
        if not starts_descriptor and not quoted_title:
            # "Hội nghị Ban Chấp hành Đảng bộ tỉnh", "Lễ ..." with a lowercase start
            nxt = after.split(" ", 1)[0].strip(",.;:") if after else ""
            opens_body = m.end() + len(rest) - len(after) in bodies  # "Phiên họp Chính phủ chuyên đề ..."
            if head.lower() == "kỳ họp" and nxt[:1].islower() and nxt not in _session_words():
                # "Do thời gian diễn ra Kỳ họp ngắn, ...": the session the article is about, described
                out.append(Mention(m.start(), m.end(), "Event", head, "events", {"ref": True, "kind": head.lower()}))
                continue
            if not nxt or nxt in function_words() or not (nxt[0].islower() or nxt in ("Ban", "Thường") or opens_body
                                                           or (capital and _rank_meeting().match(after))):
                if capital and _is_reference(rest):
                    out.append(Mention(m.start(), m.end(), "Event", head, "events",
                                       {"ref": True, "kind": head.lower()}))
                continue
        title_end = headline_end(doc, m.start())
        told = _TITLE_PREDICATE.search(text, m.end(), title_end) if title_end is not None else None
        if told is not None and len(text[m.end() : told.start()].split()) >= 2:
            title_end = told.start()  # "Hội nghị Thủ tướng Chính phủ với doanh nghiệp diễn ra vào ngày 17/5"
        if title_end is not None:  # a headline that opens with an event's head names that event whole
            out.append(Mention(m.start(), title_end, "Event", text[m.start() : title_end].rstrip(" .:"), "events",
                               {"kind": head.lower(), "aliases": [], "title": True}))
            continue
        quoted = re.match(r'\s*"([^"\n]{3,200})"', rest)
        partner = re.match(r"\s+(?:với|giữa)\s", rest) if act == "opened" else None
        # "cuộc gặp của ông A với Tổng thống B": whose meeting, then the partner
        whose = _OF_THEN_WITH.match(after) if act == "opened" and partner is None else None
        # "buổi làm việc với Ban Thường vụ Tỉnh ủy ...", "hội đàm giữa ...": the partner is part of the name
        # (name_end reads "giữa" itself: the second side after "với"/"và" goes on with the name)
        name_from = m.end() + (partner.end() if partner.group().strip() == "với" else partner.start()) if partner \
            else m.end() + len(rest) - len(after) + whose.end() if whose else manner.end() if manner else m.end()
        end = m.end() + quoted.end() if quoted else name_end(text, name_from, names_next, spans)  # Hội nghị "Hà Nội 2020 - ..."
        if (partner or whose) and end == name_from:
            end = m.end()
        if titled_only and not _ENDS_NUMBERED.search(text, m.end(), end):
            # "Hội chợ Mùa Thu mang ý nghĩa ...": with no number or year to end on, the title ends with its capitals
            end = min(end, _TITLE_RUN.match(text, body_next).end())
        if named_by_place(head):  # "buổi tiếp xúc cử tri ... tại huyện Gia Bình, tỉnh Bắc Ninh": one of several
            end = through_place(text, end, places)
        if head.lower() in visit_heads():
            going = _destination_end(text, end, places)
            if going > end:  # "... đến Việt Nam của Tổng thống X": the name goes on to the visitor
                end = _visitor_end(text, going, people)
        closing = text[m.start() : end].rstrip()
        if closing.endswith(("'", "’")) and closing.count(closing[-1]) == 1:
            end = m.start() + len(closing) - 1  # "trao giải 'Liên hoan Chèo 2025'": the quote closes around the name
        # the date is the event's, not its name's: "vào sáng 27/5 về ...", "kỷ niệm 95 năm ... (3-2-1930 - 3-2-2025)"
        # (the years in brackets stay in an alias)
        dated = _DATE_INSIDE.sub("", text[m.start() : end].strip())
        name = _YEARS_IN_BRACKETS.sub("", dated)
        this_one = _THIS_ONE.match(text, end) or _THIS_ONE.fullmatch(text, m.end(), end)  # "... lần này", "cuộc gặp này"
        if this_one or any(t.attrs.get("key") and t.name.casefold().startswith(name.casefold() + " ") for t in taken):
            # "Kỳ họp chuyên đề lần này": a reference to the session named before; "Ban Tổ chức Đại hội Thi đua
            # yêu nước tỉnh" after "Đại hội Thi đua yêu nước tỉnh An Giang lần thứ I": the numbered one, cut short
            out.append(Mention(m.start(), end, "Event", head, "events", {"ref": True, "kind": head.lower()}))
            continue
        if end - m.end() <= 1 and len(head.split()) < 4 and (_after_cue(text, m.start()) or _is_reference(rest)):
            # "Dự buổi gặp mặt có ...", "Tại buổi làm việc, ...": the head alone refers to the article's event
            out.append(Mention(m.start(), m.end(), "Event", head, "events", {"ref": True, "kind": head.lower()}))
            continue
        if len(name.split()) < 3:
            continue
        aliases = [name, dated] if dated != name else [name]
        short = comma_end(text, m.end())
        if m.end() < short < end:
            aliases.append(text[m.start() : short])
        of = name.find(" của ")
        if of > 0:
            aliases.append(name[:of])
        about = name.find(" về ")
        if about > 0 and act == "opened":  # "Buổi làm việc với X về kết quả ...": also "Buổi làm việc với X"
            aliases.append(name[:about])
        attrs = {"kind": head.lower(), "aliases": aliases}
        if lowercase_organized:
            attrs["lowercase_organized"] = True
        if re.search(r"(?<![\w])có(?: cuộc| buổi)?\s+$", text[max(0, m.start() - 12) : m.start()]):
            attrs["subjects_attend"] = True  # "Thủ tướng X đã có buổi làm việc với ...": X takes part
        out.append(Mention(m.start(), end, "Event", name[0].upper() + name[1:], "events", attrs))
    # a lowercase name read only from "tổ chức": where the article names an event of that kind in form
    # ("... tổ chức hội nghị tập huấn ...", then "Hội nghị tập huấn chuyên môn, ..."), that one is meant
    formal = {m.attrs["kind"] for m in out if not m.attrs.get("ref") and not m.attrs.get("lowercase_organized")
              and text[m.start].isupper()}
    # "Lễ mở ký và Hội nghị cấp cao ...": one event of a short act and a meeting; the meeting read again inside
    # it after "và" is that event, not a second one
    joined = [m for m in out if any(o is not m and o.start < m.start and m.end <= o.end
                                    and text.endswith(" và ", o.start, m.start) for o in out)]
    out = [m for m in out if m not in joined
           and not (m.attrs.pop("lowercase_organized", False) and m.attrs["kind"] in formal)]
    out += _numbered_again(doc, out + taken)
    return out + _anniversary_named_apart(doc, out + taken, names_next, spans)


# a session by its number, then the clause moves on (no holder named after it)
_NUMBERED_BARE = re.compile(r"(?<![\w])(?:[Pp]hiên họp|[Kk]ỳ họp) thứ (?:\d+|[^\W\d_]+)"
                            r"(?=\s*[,.;:]|\s+(?:sáng|chiều|tối|ngày|hôm|tại|này|vừa)(?![\w]))")


def _numbered_again(doc: Document, events: list[Mention]) -> list[Mention]:
    """"Tiếp tục phiên họp thứ 32, sáng 22/4, tại Nhà Quốc hội, ...": a session by its number alone, where the
    article names the session of that number in full once ("Phiên họp thứ 32 của Ủy ban Thường vụ Quốc hội")."""
    text = doc.search_text
    taken = SpanIndex(events)
    out = []
    for m in _NUMBERED_BARE.finditer(text):
        if taken.overlapping(m.start(), m.end()):
            continue
        bare = m.group().casefold()
        full = {e.name for e in events if not e.attrs.get("ref") and e.name.casefold().startswith(bare + " ")}
        if len(full) == 1:
            out.append(Mention(m.start(), m.end(), "Event", full.pop(), "events", {"kind": bare.split(" thứ")[0]}))
    return out


_ANNIVERSARY = re.compile(r"(?<![\w])kỷ niệm \d+ năm (?=\S)")


def _anniversary_named_apart(doc: Document, events: list[Mention], names_next: frozenset[int],
                             spans: SpanIndex) -> list[Mention]:
    """"Lễ kỷ niệm được tổ chức tại ... với sự tham dự của ...", and elsewhere "... nhân kỷ niệm 120 năm ngày
    sinh Mẹ X": an article that points at its ceremony bare and names it nowhere holds the ceremony of the
    first anniversary it names."""
    if not any(m.attrs.get("ref") and m.attrs.get("kind") == "lễ kỷ niệm" for m in events) \
            or any(not m.attrs.get("ref") and m.name.lower().startswith("lễ kỷ niệm") for m in events):
        return []
    text = doc.search_text
    taken = SpanIndex(events)
    start = headline_start(text)
    if headline_cut(text) is not None:
        start = text.find("\n", start)  # a headline cut short names the anniversary in part
    for m in _ANNIVERSARY.finditer(text, start):
        if taken.containing(m.start()):
            continue
        end = name_end(text, m.end(), names_next, spans)
        name = _YEARS_IN_BRACKETS.sub("", text[m.start() : end].strip())
        if len(name.split()) < 5:
            continue
        return [Mention(m.start(), end, "Event", f"Lễ {name}", "events",
                        {"kind": "lễ kỷ niệm", "aliases": [name], "told": True})]
    return []


def headline_end(doc: Document, start: int) -> int | None:
    """Where the article's headline ends, when ``start`` opens it ("Gặp mặt nguyên cán bộ, nhân viên ...").

    The headline is the first line, when the text goes on after it and it is short and unpunctuated.
    """
    text = doc.search_text
    if start != headline_start(text):
        return None
    end = text.find("\n", start)
    if end < 0 or end - start > 200 or not text[end:].strip():
        return None
    line = text[start:end].rstrip()
    if line.endswith((".", "!", "?")) or ". " in line:
        return None
    return start + len(line)


def _after_cue(text: str, start: int) -> bool:
    """A participation cue or "tại" right before ``start`` ("phát biểu tại hội nghị")."""
    return ends_with("participation_cues.txt", text, start, ("tại", "Tại"))


def _is_reference(rest: str) -> bool:
    """A bare head used as a reference: "Tại Hội nghị, ...", "Hội nghị đã ..."."""
    nxt = rest.lstrip(" ").split(" ", 1)[0]
    return (not nxt or nxt[0] in ",.;:)" or nxt in function_words()
            or bool(re.match(rf"\s*(?:{followers()})(?![\w])", rest)))
