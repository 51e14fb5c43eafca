"""Meetings an article reports with a verb and no name: "A hội đàm với B", "A tiếp B".

Diplomatic and working news often names its event only by the verb ("Chủ
tịch nước Lương Cường hội đàm với Tổng thống Chile ...", "Bí thư Tỉnh ủy làm
việc với Ban Thường vụ ..."). The subject is who meets (a person, or a post
title as headlines write it, or a body) and the object whom they meet, up to where the
clause moves on (a date, "tại", "về", a comma). The meeting is named by the
template of ``event_verbs.tsv``, the clause is an alias, and the subject takes
part (``attrs["subjects_attend"]``); a body whose meeting the template names
("Cuộc họp của {subject}") holds it (``attrs["subjects_hold"]``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from kgraph.document import Document, Mention
from kgraph.gazetteer import honorifics, titles
from kgraph.normalize import LOWER, UPPER
from kgraph.recognize.credits import credit_start
from kgraph.recognize.event_boundaries import (
    INVITATION,
    honorific_then_name,
    manner_words,
    named_by_place,
    opens_a_clause,
    opens_a_title,
    subject_gap_words,
    through_place,
)
from kgraph.recognize.events import clause_end, date_events
from kgraph.recognize.named_events import headline_end
from kgraph.recognize.phrases import alternation, first_letters
from kgraph.resources import read_lines, read_tsv
from kgraph.spans import SpanIndex

__all__ = ["recognize_meeting_verbs"]

# what may stand between who meets and the verb: adverbs, or a visit that the meeting goes with
# ("Tổng Bí thư X đã đến thăm, làm việc với ...")
_LEADERS_OF = r"(?:lãnh đạo\s+)?"  # "làm việc với lãnh đạo tỉnh X": the province's leaders are its partner
_GAP_WORDS = ("đã", "vừa", "cũng", "sẽ", "sắp", "có cuộc", "đến thăm,", "thăm,", "đến thăm và", "đến")
_GAP = rf"(?:\s+(?:{'|'.join(_GAP_WORDS)}))*"


@lru_cache(maxsize=None)
def _verbs() -> tuple[re.Pattern[str], dict[str, tuple[str, str]]]:
    rows = {row["verb"]: (row["name"], row["object"]) for row in read_tsv("event_verbs.tsv")
            if row["object"] in ("named", "topic", "place")}
    # "hội kiến thân mật với": how they meet may stand before "với"
    named, topic, place = ("|".join(re.escape(v).replace(r"\ với", rf"(?:\s+(?:{manner_words()}))*\s+với")
                                    for v in sorted(rows, key=len, reverse=True) if rows[v][1] == kind)
                           for kind in ("named", "topic", "place"))
    # whom they meet opens with a capital, an honorific ("tiếp ông X") or a province's word ("làm việc với (lãnh đạo) tỉnh X"); what the meeting is about may not,
    # or may follow a comma ("họp xem xét, thi hành kỷ luật ..."); a visit goes to a place, perhaps after "tới"/"đến" (checked against the places found)
    # a look-ahead for the first letters of the words after a space: re passes over most spaces at once
    # or a guest named by what they are before their body ("tiếp tỷ phú sáng lập Tập đoàn X": ``guest_nouns.txt``)
    guests = rf"(?:{alternation(read_lines('guest_nouns.txt'))})(?:\s+{LOWER}[\w]*){{0,3}}\s+{UPPER}"
    return re.compile(rf"(?=\s+{first_letters([*rows, *_GAP_WORDS])}){_GAP}\s+(?:(?P<named>{named})\s+(?={UPPER}|{_LEADERS_OF}(?:tỉnh|thành phố)\s+{UPPER}|{honorific_then_name().pattern}|{guests})|(?P<topic>{topic})(?:\s+(?=\S)|(?=,))"
                      rf"|(?P<place>{place})\s+(?=\S))"), rows


@lru_cache(maxsize=None)
def _manner() -> re.Pattern[str]:
    """How two sides meet, before "với": cut to find the verb's template."""
    return re.compile(rf"(?:\s+(?:{manner_words()}))+(?=\s+với$)")


_WISHED = re.compile(r"(?<![\w])(?:được|mong muốn|mong|muốn|mong được)\s$")
_INVITED = re.compile(INVITATION)  # "mời B sang thăm Việt Nam" in the clause: an invitation, no visit made
_TOWARDS = re.compile(r"(?:(?:tới|đến)\s+)?(?:nước\s+)?")


@lru_cache(maxsize=None)
def _state_form() -> re.Pattern[str]:
    """A state's formal name before its country (``state_forms.txt``): "Cộng hòa", "Vương quốc"."""
    forms = "|".join(re.escape(w) for w in sorted(read_lines("state_forms.txt"), key=len, reverse=True))
    return re.compile(rf"(?:{forms})\s+")


def _destination(text: str, pos: int, places: dict[int, Mention]) -> Mention | None:
    """The place a visit goes to from ``pos``: after "tới", "nước", and perhaps a state's formal name that the
    place's mention may or may not take in ("Vương quốc Campuchia", "Cộng hòa Singapore")."""
    at = _TOWARDS.match(text, pos).end()
    form = _state_form().match(text, at)
    return places.get(at) or (places.get(form.end()) if form else None)


# a list's next item: "thăm chính thức Singapore và Nhật Bản" (every country it goes to), "làm việc với lãnh đạo
# Tỉnh ủy, UBND tỉnh X" (every body it meets)
_LIST_STEP = re.compile(r"\s*(?:,\s*và|,|và)\s*")
# "Đoàn đại biểu ... do Phó Chủ tịch X làm Trưởng đoàn đã thăm ...": the delegation travels, led by X
_LED_BY = re.compile(r"\s+do\s+.*$")
# "... làm Trưởng đoàn đã", "... dẫn đầu": a clause that ends by saying who leads a delegation, named before "do"
_LEAD_ENDS = re.compile(r"(?:làm [Tt]rưởng đoàn|dẫn đầu)(?:\s+(?:đã|vừa|sẽ|đang))?$")
_DELEGATION_LED = re.compile(r"(?<![\w])((?:Đoàn|đoàn)[^,;:]{3,120}?)\s+do\s")
# "Bí thư A dẫn đầu đoàn lãnh đạo của thành phố làm việc với ...": the delegation A leads meets
_LEADS_A_DELEGATION = re.compile(r"\s+dẫn đầu\s+((?:[Đđ]oàn)\s.+)$")


_AT = re.compile(r"\s+tại\s+")
_OF = re.compile(r"\s+(?:của|thuộc)\s+")
_ABOUT = re.compile(r"\s+về\s+")


def _envoy_name_end(text: str, end: int, people: SpanIndex, places: dict[int, Mention]) -> int:
    """"tiếp Đại sứ Nhật Bản tại Việt Nam Ito Naoki": "tại" + a place + a name goes on with whom they meet."""
    at = _AT.match(text, end)
    place = places.get(at.end()) if at else None
    if place is None:
        # "tiếp Đại sứ Hàn Quốc tại Việt Nam Choi Young Sam" read with the embassy: its envoy's name goes on
        mission = [m for m in people.containing(end - 1) if m.type == "Organization" and m.end == end
                   and m.name.startswith(("Đại sứ quán", "Tổng Lãnh sự quán"))]
        named = [m for m in people.overlapping(end, end + 2) if m.type == "Person" and m.start <= end + 1]
        return named[0].end if mission and named else end
    named = [m for m in people.overlapping(place.end, place.end + 2) if m.type == "Person" and m.start <= place.end + 1]
    return named[0].end if named else end


_TITLE_CHAIN_GAP = re.compile(r"[^.;:()\n]{0,120}")


def _visitor(text: str, clause_start: int, person: Mention) -> str:
    """Who makes a visit: the last person before the verb with the title right before them ("... chủ trì
    lễ đón Thủ tướng Trung Quốc Lý Cường thăm chính thức Việt Nam": the Chinese premier visits)."""
    window = text[max(clause_start, person.start - 60) : person.start]
    posts = list(titles().find_all(window))
    if not posts:
        return text[person.start : person.end]
    last = posts[-1]  # and the longest title around it: "Tổng Bí thư", not its "Bí thư"
    if _a_verb().search(window, last.end):  # "Thường trực Ban Bí thư đã tiếp đồng chí D. Raja": the host's title
        return text[person.start : person.end]
    first = min((t for t in posts if t.start <= last.start and t.end >= last.end), key=lambda t: t.start)
    start = person.start - len(window) + first.start
    return text[start : person.end]


@lru_cache(maxsize=None)
def _a_verb() -> re.Pattern[str]:
    """A meeting verb of ``event_verbs.tsv`` or a word of tense ("đã tiếp", "đang thăm"), as a whole word."""
    verbs = {row["verb"].removesuffix(" với") for row in read_tsv("event_verbs.tsv")} | {"đã", "đang", "vừa", "sẽ"}
    return re.compile(rf"(?<![\w])(?:{'|'.join(re.escape(v) for v in sorted(verbs, key=len, reverse=True))})(?![\w])")


# a guest received as "ông"/"bà"/"ngài" (a businessman, a foreign official) is named with their post; a Party
# comrade ("đồng chí X, Ủy viên ...") is named alone, as annotators write the reception
_GUEST_HONORIFICS = ("ông ", "bà ", "Ngài ", "ngài ")


def _appositive_end(text: str, end: int, limit: int, people: SpanIndex) -> int:
    """"tiếp ông Hồng Thiên Chúc, Chủ tịch Tập đoàn Texhong": a guest introduced as "ông"/"bà" is named
    with the post that follows in apposition, up to the body it ends with."""
    after = re.match(r",\s+", text[end : end + 3])
    if after is None:
        return end
    start = end + after.end()
    if not opens_a_title(text, start):
        return end
    bodies = sorted((m for m in people.overlapping(start, min(limit, start + 120)) if m.type == "Organization"
                     and m.start >= start and not re.search(r"[,;.()]", text[start : m.start])),
                    key=lambda m: m.start)
    return bodies[0].end if bodies else end


def _titled_name_end(text: str, start: int, end: int, limit: int, people: SpanIndex) -> int:
    """"tiếp Tổng Bí thư, Chủ tịch nước Lào Thongloun Sisoulith": a title chain whose first comma ended the
    clause goes on to the name it introduces."""
    if not opens_a_title(text, start):
        return end
    gap = _TITLE_CHAIN_GAP.match(text, start, limit)
    found = people.overlapping(end, gap.end())
    bodies = [m for m in found if m.type == "Organization"]
    named = sorted((m for m in found if m.type == "Person" and m.start >= end
                    and not any(b.start <= m.start < b.end for b in bodies)),  # "Chủ tịch Nhóm Nghị sĩ ...": a body's words
                   key=lambda m: m.start)
    return named[0].end if named else end


_ACT_VERB = re.compile(rf"(?:\s+{LOWER}[^\W\d_]*)+$")
_FIRST_ACT = re.compile(rf"\s+(?:đã|vừa|sẽ)(?:\s+{LOWER}[^\W\d_]*){{1,3}}\s+và\s*")  # "đã đến chào và"


def _first_act_start(text: str, start: int, verb: int, events: SpanIndex, people: SpanIndex) -> int:
    """Where the subject ends when the verb is a second act joined by "và" ("A chủ trì lễ đón chính thức và
    hội đàm với B"): before the first act's event and the verb that holds it, or after the person or body
    when the first act is a verb alone ("Thủ tướng A đã đến chào và có cuộc hội kiến với B"); else at the verb."""
    if not re.search(r"\svà\s*$", text[start:verb]):
        return verb
    acts = [m for m in events.overlapping(start, verb)
            if m.start >= start and not text[m.end : verb].strip(" ,").removesuffix("và").strip()]
    if not acts:
        doers = [m for m in people.overlapping(start, verb) if m.start >= start]
        last = max((m.end for m in doers), default=None)
        if last is not None and _FIRST_ACT.fullmatch(text, last, verb):
            return last
        return verb
    before = min(acts, key=lambda m: m.start).start
    words_end = before  # "đã có buổi tiếp và ...": the verb that holds the act ends at "có", not at the space
    while words_end > start and text[words_end - 1].isspace():
        words_end -= 1
    held = _ACT_VERB.search(text, start, words_end)
    return held.start() if held else before


def _named_before(text: str, sentence_start: int, clause_start: int, people: SpanIndex) -> Mention | None:
    """The person named right before the comma that opens a title in apposition ("Đại tướng A, Bộ trưởng ...")."""
    comma = clause_start - 1
    if comma <= sentence_start or text[comma] != ",":
        return None
    named = [m for m in people.overlapping(sentence_start, comma) if m.type == "Person" and m.end == comma]
    return named[0] if named else None


_PROVINCE_WORD = re.compile(rf"\s*{_LEADERS_OF}(?P<word>tỉnh|thành phố|TP\.?)\s+")  # "với (lãnh đạo) tỉnh X"


def _province_partner(text: str, start: int, end: int, places: dict[int, Mention]) -> bool:
    """"làm việc với tỉnh Hòa Bình", "... với TP Hà Nội", "... với lãnh đạo tỉnh X": a province or city named with
    its word is a partner (its authorities), as a body would be."""
    word = _PROVINCE_WORD.match(text, start, end)
    if word is None:
        return False
    place = places.get(word.end()) or places.get(word.start("word"))
    return place is not None and place.attrs.get("kind") in ("province", "municipality", "city")


@lru_cache(maxsize=None)
def _heads_of(kind: str) -> frozenset[str]:
    """The event heads of one kind in ``event_heads.tsv`` ("ceremony": "lễ kỷ niệm", "lễ trao", ...)."""
    return frozenset(row["head"].lower() for row in read_tsv("event_heads.tsv") if row["kind"] == kind)


@lru_cache(maxsize=None)
def _adverbs() -> re.Pattern[str]:
    """Between a body and the verb it meets by: nothing, a comma, "đã" ("Bộ Chính trị đã họp xem xét ...")."""
    return re.compile(rf"[\s,]*(?:(?:{subject_gap_words()})\s+)*")


def _visits_someone(text: str, start: int, end: int, people: SpanIndex) -> bool:
    """Whom a visit goes to opens with a body, a person, or a title ("Đức Pháp chủ ..."), not with a verb or a
    common noun ("thăm, tặng quà các gia đình ...")."""
    if not text[start : start + 1].isupper():
        return False
    opening = re.sub(r"^Đức\s+", "", text[start : min(end, start + 60)])  # "Đức Pháp chủ": a title, honoured
    return any(m.start == start for m in people.overlapping(start, start + 1)) \
        or any(t.start == 0 for t in titles().find_all(opening)) or honorifics().match_prefix(opening) is not None


@lru_cache(maxsize=None)
def _welcome() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in sorted(read_lines("welcome_words.txt"), key=len, reverse=True))
    return re.compile(rf"(?<![\w])(?i:{words})\s")


def _welcomed(subject: str) -> bool:
    """"(Bộ trưởng A) chào mừng Đại sứ X đến làm việc với ...": a guest welcomed to the meeting told already
    (``welcome_words.txt``)."""
    return _welcome().search(subject) is not None


_SET_OFF = re.compile(r"\s*lên đường\s*")  # "..., lên đường thăm X": the clause only sets off
_LEFT = re.compile(r"\s(?:đã\s+)?rời\s")  # "A rời Hà Nội, ...": who left, before "rời"


def recognize_meeting_verbs(doc: Document) -> Document:
    """Pipeline component: an Event for each "subject verb object" meeting clause (run after persons)."""
    text = doc.search_text
    pattern, templates = _verbs()
    people = SpanIndex(m for m in doc.mentions if m.type in ("Person", "Organization"))
    places = {m.start: m for m in doc.mentions if m.type == "Location"}
    events = SpanIndex(m for m in doc.mentions if m.type == "Event")
    bodies_at = {m.start: m for m in doc.mentions if m.type == "Organization"}
    found = []
    for sentence in doc.sentences:
        # a headline's commas are its title chain's ("Phó Bí thư Đảng ủy MTTQ, các đoàn thể Trung ương A thăm ..."),
        # not a clause's
        in_headline = headline_end(doc, sentence.start) is not None
        chain = None  # the subject of the sentence's last act, which acts listed after a semicolon share
        chain_acts: list[Mention] = []
        for verb in pattern.finditer(text, sentence.start, sentence.end):
            if _WISHED.search(text, max(sentence.start, verb.start() - 12), verb.start() + 1):
                continue  # "rất vui mừng được làm việc với ...": glad to meet, no meeting reported
            semicolon = text.rfind(";", sentence.start, verb.start())
            # "A đã hội đàm với B; hội kiến với C; gặp D": each act after a semicolon is A's, with its own partner
            chained = chain is not None and semicolon >= 0 and not text[semicolon + 1 : verb.start()].strip()
            comma = sentence.start if in_headline else text.rfind(",", sentence.start, verb.start()) + 1
            clause_start = max(sentence.start, comma, text.rfind(":", sentence.start, verb.start()) + 1)
            if chained:
                clause_start, subject_end = chain
            elif _INVITED.search(text, clause_start, verb.start()):
                continue
            else:
                subject_end = _first_act_start(text, clause_start, verb.start(), events, people)
            if _SET_OFF.fullmatch(text, clause_start, verb.start()) and clause_start > sentence.start:
                # "A và Phu nhân rời Hà Nội, lên đường thăm chính thức X": who left sets off on the visit
                before = max(sentence.start, text.rfind(",", sentence.start, clause_start - 1) + 1)
                left = _LEFT.search(text, before, clause_start)
                if left is not None:
                    clause_start, subject_end = before, left.start()
            subject = text[clause_start:subject_end].strip()
            subject = re.sub(r"^(?:(?:Sáng|Chiều|Tối|Trưa|Ngày|sáng|chiều|tối|trưa|ngày)\s+[\d/.]+\s*)?", "", subject)
            doers = (clause_start, subject_end)
            who = [m for m in people.overlapping(*doers) if m.type == "Person"]
            titled = any(t.end == len(subject) or t.start == 0 for t in titles().find_all(subject))
            named = _named_before(text, sentence.start, clause_start, people) if titled and not who else None
            if named is not None:  # "Đại tướng A, Bộ trưởng Bộ Quốc phòng hội đàm với ...": A meets
                subject = _visitor(text, sentence.start, named)
            # "Ban Thường vụ Tỉnh ủy X làm việc với ...": a body that ends right before the verb meets too, also
            # when it is the body of the host's post ("Chủ tịch UBND tỉnh X tiếp ...": the annotators' reading)
            body = [m for m in people.overlapping(*doers) if m.type == "Organization"
                    and _adverbs().fullmatch(text, m.end, subject_end if chained else verb.start())]
            # "Đoàn kiểm tra của Bộ Chính trị làm việc ...": the delegation meets, not the body that sent it
            body = [next((d for d in people.overlapping(clause_start, m.start) if d.type == "Organization"
                          and _OF.fullmatch(text, d.end, m.start)), m) for m in body]
            group = next(g for g in ("named", "topic", "place") if verb.group(g))
            said = verb.group(group)
            # the verb as the data file writes it: no manner words, one space between words
            template, kind = templates[" ".join(_manner().sub("", said).split())]
            visitors = (clause_start, verb.start())  # "Đoàn X do Y dẫn đầu": Y travels with the delegation
            led = _LEAD_ENDS.search(subject)
            delegation = _DELEGATION_LED.search(text, sentence.start, clause_start) if led else None
            if delegation:  # "Đoàn đại biểu X do đồng chí A, ..., Trưởng Ban Y làm Trưởng đoàn đã thăm ...": the delegation
                subject, visitors = delegation.group(1), (delegation.start(1), verb.start())
            leads = _LEADS_A_DELEGATION.search(subject)
            if leads and not delegation:
                subject = leads.group(1)
            if subject.startswith(("Đoàn", "đoàn")):
                subject = _LED_BY.sub("", subject)
            elif template.startswith("Chuyến thăm") and who:
                # "A cảm ơn B đã tiếp; bày tỏ vui mừng sang thăm X": after a semicolon the clause is A's again
                before = [m for m in who if m.end <= semicolon] if semicolon > clause_start else []
                visitor = min(before, key=lambda m: m.start) if before else max(who, key=lambda m: m.end)
                subject = _visitor(text, clause_start, visitor)
            if not subject or len(subject.split()) > 20 or not (who or titled or body) or _welcomed(subject):
                continue
            obj_start = verb.end()
            obj_end = clause_end(text, obj_start)
            obj_end = credit_start(text, obj_start, obj_end) or obj_end  # "... Lưu Ninh - Ảnh: VGP/Trần Mạnh"
            if kind == "place":  # "thăm Campuchia", "thăm tới Lào": the visit goes as far as the place
                place = _destination(text, obj_start, places)
                if place is None and in_headline and said == "thăm" and _visits_someone(text, obj_start, obj_end, people):
                    # a headline's visit to a body or a titled person ("Chánh án A thăm Đức Pháp chủ GHPGVN"): the
                    # article's event, named as a visit to whom
                    kind = "named"
                elif place is None:
                    continue
                else:
                    obj_end = place.end
                    while (more := _LIST_STEP.match(text, obj_end)) and places.get(more.end()) is not None:
                        obj_end = places[more.end()].end
            about = _ABOUT.search(text, obj_start, obj_end) if kind == "named" else None
            if about:  # "làm việc với Ban Thường vụ Tỉnh ủy X về tình hình ...": whom they meet ends before the topic
                obj_end = about.start()
            # a name the clause's end falls inside goes on to its end ("kỳ họp thứ 5, Quốc hội khóa 15")
            obj_end = max([obj_end] + [m.end for m in people.containing(obj_end) if m.start < obj_end]
                          + [m.end for m in events.containing(obj_end) if m.start < obj_end])
            obj_end = _envoy_name_end(text, obj_end, people, places)
            while kind == "named" and (more := _LIST_STEP.match(text, obj_end)) and more.end() in bodies_at \
                    and obj_end > obj_start and bodies_at[more.end()].end <= sentence.end \
                    and not opens_a_clause().match(text, bodies_at[more.end()].end):
                obj_end = bodies_at[more.end()].end
            if kind == "named" and not people.overlapping(obj_start, obj_end):
                obj_end = _titled_name_end(text, obj_start, obj_end, sentence.end, people)
            if kind == "named" and text.startswith(_GUEST_HONORIFICS, obj_start):
                obj_end = _appositive_end(text, obj_end, sentence.end, people)
            if named_by_place(said):  # "tiếp xúc cử tri tại xã X, thành phố Y": one of several, named by where
                obj_end = through_place(text, obj_end, {start: m.end for start, m in places.items()})
            obj = text[obj_start:obj_end].strip()
            for cut in people.containing(obj_end - 1):  # a name a cut headline ends in ("... Tập"): written whole
                if cut.type == "Person" and cut.end == obj_end and cut.start >= obj_start \
                        and cut.name.startswith(text[cut.start:obj_end] + " "):
                    obj = text[obj_start : cut.start] + cut.name
            if (not obj and "{object}" in template) or len(obj.split()) > 20 \
                    or (kind == "named" and not people.overlapping(obj_start, obj_end)
                        and not _province_partner(text, obj_start, obj_end, places)
                        # a headline names whom one meets by the post alone ("Thủ tướng tiếp Thống đốc tỉnh X")
                        and not (in_headline and titles().match_prefix(obj) is not None)):
                continue  # "Bộ Chính trị đã họp xem xét, ...": a body's meeting needs no object
            if events.overlapping(verb.start(group), obj_end) and kind == "named":
                continue  # "... hội đàm với ... tại Hội nghị ...": the event has a name already
            if named_by_place(said) and any(e.start < verb.start(group) and obj_end <= e.end
                                            for e in events.containing(verb.start(group))):
                continue  # "đã có buổi tiếp xúc cử tri ... tại huyện X": the clause is an event's name already
            name = template.format(subject=subject, object=obj)
            clause = f"{subject} {said} {obj}"
            aliases = [clause]
            headline = headline_end(doc, clause_start)
            if headline is not None and headline > obj_end and re.fullmatch(r",\s*[^,;:]{2,40}", text[obj_end:headline]):
                # "A hội kiến Bí thư Khu ủy Quảng Tây, Trung Quốc": the headline, its country, names the meeting too
                aliases.append(text[clause_start:headline].strip())
            if "của {subject} " in template:  # "Buổi làm việc của A với B" is also "Buổi làm việc với B"
                aliases.append(template.replace("của {subject} ", "").format(object=obj))
            head = re.sub(r"\s+(?:với|giữa|của)$", "", template.split("{", 1)[0].strip())
            visit = template.startswith("Chuyến thăm")
            if visit and not subject.startswith(("Đoàn", "đoàn")):
                at = text.find(subject, clause_start, verb.start())
                visitors = (at, at + len(subject))
            act = Mention(verb.start(group), obj_end, "Event", name[0].upper() + name[1:], "meeting_verbs",
                                 {"kind": head.lower(), "aliases": [*aliases, head.lower()],
                                  # a visit is made by the visitor alone, not by everyone the sentence names
                                  "subjects_attend": not visit, "visitors": visitors if visit else None,
                                  "subject_bodies": [(m.start, m.end) for m in body], "doers_span": doers,
                                  # "Cuộc họp của {subject}": the body that meets holds its own meeting
                                  "subjects_hold": "{object}" not in template and template.endswith("của {subject}")})
            found.append(act)
            chain, chain_acts = doers, [*chain_acts, act] if chained else [act]
            if chained:  # who takes part in each act of a chain: its subject and its own partner
                for member in chain_acts:
                    member.attrs["takers"] = [chain_acts[0].attrs["doers_span"], (member.start, member.end)]
    found.extend(_mutual_meetings(doc, people, events))
    # "... trao Huân chương Lao động cho ..." in an article about its "Lễ kỷ niệm ... và đón nhận Huân chương":
    # the award is part of the ceremony the article names, not an event of its own
    # likewise "Ban Chấp hành Đảng bộ tỉnh họp cho ý kiến ..." in an article that names its "Hội nghị"
    kinds = {str(m.attrs.get("kind", "")) for m in doc.mentions if m.type == "Event" and not m.attrs.get("ref")}
    ceremonies = bool(kinds & _heads_of("ceremony"))
    meetings = bool(kinds & (_heads_of("meeting") | _heads_of("session") | {"session"}))
    found = [m for m in found if not (ceremonies and m.name.startswith("Lễ "))
             and not (meetings and m.name.startswith("Cuộc họp"))]
    date_events(doc, found)
    doc.mentions.extend(found)
    return doc


@lru_cache(maxsize=None)
def _mutual() -> tuple[re.Pattern[str], dict[str, str]]:
    """"A và B hội đàm", "A và B ngày 26/3 hội đàm tại ...": two sides that meet, the verb after both, no
    "với" (the "mutual" verbs of ``event_verbs.tsv``)."""
    rows = {row["verb"]: row["name"] for row in read_tsv("event_verbs.tsv") if row["object"] == "mutual"}
    verbs = "|".join(re.escape(v) for v in sorted(rows, key=len, reverse=True))
    return re.compile(rf"\s({verbs})(?=\s*(?:[,.;:]|$)|\s+(?:tại|trực tuyến|qua)\s)"), rows


_AND = re.compile(r"\s+và\s+")
_DATE_BEFORE_VERB = re.compile(r"\s+(?:(?:sáng|chiều|tối|trưa|ngày|hôm)\s+(?:nay|qua|[\d/.-]+)\s*)+$")


def _mutual_meetings(doc: Document, people: SpanIndex, events: SpanIndex) -> list[Mention]:
    """"Thủ tướng A và Thủ tướng nước X B hội đàm": a meeting between the two sides named before the verb,
    named as annotators name talks ("Hội đàm giữa A và B")."""
    text = doc.search_text
    pattern, templates = _mutual()
    out = []
    for sentence in doc.sentences:
        for verb in pattern.finditer(text, sentence.start, sentence.end):
            clause_start = max(sentence.start, text.rfind(",", sentence.start, verb.start()) + 1,
                               text.rfind(":", sentence.start, verb.start()) + 1)
            persons = sorted((m for m in people.overlapping(clause_start, verb.start()) if m.type == "Person"),
                             key=lambda m: m.start)
            if len(persons) != 2 or events.overlapping(clause_start, verb.end()):
                continue
            joint = _AND.search(text, persons[0].end, persons[1].start)
            if joint is None or text[persons[1].end : verb.start()].strip() \
                    and not _DATE_BEFORE_VERB.fullmatch(text, persons[1].end, verb.start()):
                continue  # the second side must end the subject, perhaps before a date
            # the first side from its title on ("Hà Nội - Thủ tướng A và ...": the dateline is no part of it)
            window = text[clause_start : persons[0].start]
            posts = [t for t in titles().find_all(window) if not window[t.end :].strip(" ").count(" - ")]
            left = text[clause_start + (posts[-1].start if posts else len(window)) : joint.start()].strip()
            right = text[joint.end() : persons[1].end].strip()
            head = verb.group(1)
            name = templates[head].format(subject=left, object=right)
            out.append(Mention(verb.start(1), verb.end(1), "Event", name, "meeting_verbs",
                               {"kind": head, "aliases": [f"{left} và {right} {head}"], "subjects_attend": True,
                                "subject_bodies": []}))
    return out
