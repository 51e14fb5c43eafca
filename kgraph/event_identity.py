"""Which event a mention names: the identity keys of events.

A reference ("Hội nghị", "buổi lễ") is the event the article names before it;
a numbered event is its number; a visit is told from another by who and
where; a meeting by its act and its sides; an event told again in other words
(in the headline and the lead, by "buổi"/"cuộc" and fewer words, by its head
and number alone) is the one told first.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kgraph.document import Document, Mention
from kgraph.gazetteer import admin_words
from kgraph.mention_groups import MentionGroups, entity_key, syllable_f1
from kgraph.normalize import match_key
from kgraph.recognize.event_boundaries import named_by_place, told_of
from kgraph.recognize.named_events import act_of, headline_end, is_visit, visit_heads
from kgraph.recognize.party_grammar import ORDINAL_WORDS, ordinal_number
from kgraph.resources import read_lines
from kgraph.segment import headline_start

__all__ = ["event_key"]


def event_key(doc: Document, index: int, groups: MentionGroups) -> str | None:
    mention = doc.mentions[index]
    if _counted_alone(mention) and (referred := _referred(doc, mention, groups)):
        return referred  # "Quang cảnh buổi tiếp xúc cử tri.": the act counted alone is one the article names
    if mention.attrs.get("ref"):
        return _referred(doc, mention, groups)
    if mention.attrs.get("key"):
        return f"Event:{mention.attrs['key']}"
    # "Kỳ họp thứ 22 (kỳ họp chuyên đề lần thứ 14)": one session, two names
    for other in groups.ending_before_paren(doc, mention.start):
        if other.type == "Event" and other.entity is None and other is not mention and other.end <= mention.start \
                and re.fullmatch(r"\s*\(\s*", doc.search_text[other.end : mention.start]):
            found = [k for k in groups.order if doc.mentions.index(other) in groups.members[k]]
            if found:
                return found[0]
    if is_visit(mention):  # a visit is told from another by who and where
        return _same_visit(doc, mention, groups) or entity_key("Event", mention.name)
    same = _same_meeting(doc, mention, groups) or _headline_retold(doc, mention, groups)
    if same is not None:
        return same
    for key in groups.order:  # the same conference spelled twice
        if groups.type[key] != "Event":
            continue
        first = doc.mentions[groups.members[key][0]]
        if first.attrs.get("key") or first.attrs.get("ref"):
            continue
        # any named mention of it: the headline may name it short, the lead in full ("Lễ mở ký Công ước Hà Nội",
        # then "Lễ mở ký và Hội nghị cấp cao Công ước của Liên hợp quốc về ...", "... Công ước Liên hợp quốc ...")
        named = [doc.mentions[i] for i in groups.members[key]
                 if not doc.mentions[i].attrs.get("ref") and not _counted_alone(doc.mentions[i])]
        # "... khu vực phía Bắc ..." and "... khu vực miền Trung và miền Nam": two consultations, however alike
        # their short forms ("hội nghị lấy ý kiến các bộ", "... các tỉnh")
        apart = all(_proper_words_clash(member.name, mention.name) for member in named)
        if any(_numbered_otherwise(match_key(member.name), match_key(mention.name)) for member in named):
            continue  # "Hội nghị WEF ASEAN 2017" and "Hội nghị WEF ASEAN năm 2018", however alike their short forms
        for x in (form for member in named for form in _event_forms(member)):
            for y in _event_forms(mention):
                a, b = match_key(x), match_key(y)
                if a.startswith(b) or b.startswith(a):
                    return key
                if a.endswith(" " + b) or b.endswith(" " + a):
                    continue  # "Lễ khai mạc Triển lãm X", "Phiên khai mạc Kỳ họp thứ 8": a part of that event
                if _same_but_where(x, y):
                    return key  # "Ngày hội Đại đoàn kết toàn dân tộc xã X", "... năm 2025", "... thôn Y, xã X"
                if _numbered_otherwise(a, b):
                    continue  # "Hội nghị Quân chính toàn quân năm 2020" and "... năm 2022", "lần thứ tư" and "lần thứ năm"
                if not apart and syllable_f1(x, y) >= 0.8:
                    return key
    retold = _retold(doc, mention, groups) or _numbered_alone(doc, mention, groups)
    return retold or entity_key("Event", mention.name)


def _all_named_by_place(doc: Document, keys: list[str], groups: MentionGroups) -> bool:
    return all(named_by_place(str(doc.mentions[groups.members[k][0]].attrs.get("kind", ""))) for k in keys)


def _counted_alone(mention: Mention) -> bool:
    """An act counted by "buổi"/"cuộc" and named by nothing else ("Quang cảnh buổi tiếp xúc cử tri."): it points
    at an event of its kind the article names, as a reference does."""
    return mention.name.casefold() == str(mention.attrs.get("kind", "")).casefold() \
        and mention.name.casefold().startswith(("buổi ", "cuộc "))


def _referred(doc: Document, mention: Mention, groups: MentionGroups) -> str | None:
    """The event a reference points at ("Tại hội nghị, ...", "buổi lễ"): one of its kind the article names."""
    head = mention.attrs.get("kind", "")
    # "buổi lễ" -> "Lễ ...", "cuộc gặp mặt" -> "Gặp mặt ..."
    heads = (head, head.split(" ", 1)[1]) if head.startswith(("buổi ", "cuộc ")) else (head,)
    events = [k for k in groups.order if groups.type[k] == "Event"
              and doc.mentions[groups.members[k][0]].name.lower().startswith(heads)]
    # one named before it, or later but attended there: "Tại hội nghị, ..." is no plenum the article names
    # only as what is prepared for ("chuẩn bị cho Hội nghị Trung ương 10")
    events = [k for k in events if min(doc.mentions[i].start for i in groups.members[k]) < mention.start
              or not all(_told_of(doc, doc.mentions[i]) for i in groups.members[k])]
    keyed = [k for k in events if doc.mentions[groups.members[k][0]].attrs.get("key")]
    # a conference the article names first; else its plenum or session ("Hội nghị" of a plenum article)
    named = [k for k in events if k not in keyed] or [k for k in keyed if not k.startswith("Event:party-")]
    if head == "đại hội":
        named = events
    if not named:
        return None
    # several of one kind ("tiếp xúc cử tri" in two places): the one named last before it
    first = {k: min(doc.mentions[i].start for i in groups.members[k]) for k in named}
    before = [k for k in named if first[k] < mention.start]
    return max(before, key=first.get) if before and _all_named_by_place(doc, named, groups) else named[0]


_NUMBER_ALONE = re.compile(r"(?P<head>\w+(?: \w+)?) (?P<number>(?:lần )?thứ [\w]+)", re.IGNORECASE)


def _told_of(doc: Document, mention: Mention) -> bool:
    return bool(told_of().search(doc.search_text, max(0, mention.start - 16), mention.start))


def _numbered_alone(doc: Document, mention: Mention, groups: MentionGroups) -> str | None:
    """"Tỉnh ủy X tổ chức Hội nghị lần thứ 25" in an article headed "Hội nghị Ban Chấp hành Đảng bộ tỉnh X lần
    thứ 25": an event named by its head and number alone is the one event of that head with that number."""
    alone = _NUMBER_ALONE.fullmatch(mention.name)
    if alone is None:
        return None
    head, number = match_key(alone["head"]), f" {match_key(alone['number'])} "
    found = [key for key in groups.order if groups.type[key] == "Event"
             and match_key(doc.mentions[groups.members[key][0]].name).startswith(head + " ")
             and number in f" {match_key(doc.mentions[groups.members[key][0]].name)} "]
    return found[0] if len(found) == 1 else None


def _retold(doc: Document, mention: Mention, groups: MentionGroups) -> str | None:
    """"buổi lễ trao quyết định" after "Lễ công bố và trao Quyết định bổ nhiệm ...": an event counted by
    "buổi"/"cuộc" whose words after its head stand together in the one earlier event named by its act ("Lễ
    ...") is that event."""
    kind = str(mention.attrs.get("kind", "")).lower()
    act = act_of(kind)
    if act == kind:
        return None  # told by its own head, not counted as one "buổi" or "cuộc" of an act
    words = match_key(mention.name).split()[len(kind.split()):]
    if len(words) < 2:
        return None
    named = [key for key in groups.order if groups.type[key] == "Event"
             and not doc.mentions[groups.members[key][0]].attrs.get("ref")]
    found = [key for key in named if match_key(doc.mentions[groups.members[key][0]].name).startswith(f"{match_key(act)} ")]
    if len(found) == 1:
        name = f" {match_key(doc.mentions[groups.members[found[0]][0]].name)} "
        return found[0] if f" {' '.join(words)} " in name else None
    if found:
        return None
    if act != "lễ":
        return None
    # "buổi lễ công bố quy hoạch" after "Hội nghị Công bố Quy hoạch X": a ceremony told by its act is the one
    # event (no visit) whose name holds that act
    holding = [key for key in named if not is_visit(doc.mentions[groups.members[key][0]])
               and f" {' '.join(words)} " in f" {match_key(doc.mentions[groups.members[key][0]].name)} "]
    return holding[0] if len(holding) == 1 else None


def _people_named(doc: Document, name: str) -> frozenset[str]:
    """The people of the article whose full names stand in an event's name."""
    return frozenset(m.name for m in doc.mentions if m.type == "Person" and not m.attrs.get("short")
                     and len(m.name.split()) >= 2 and m.name in name)


def _same_meeting(doc: Document, mention: Mention, groups: MentionGroups) -> str | None:
    """A meeting of two sides named again in other words ("A hội đàm với B", then "Tại cuộc hội đàm giữa
    đồng chí A với đồng chí B"): the same act between the same two or more people is one event."""
    act = act_of(str(mention.attrs.get("kind", "")))
    if act == _MET:  # "Phó Thủ tướng đã gặp đồng chí B" in an article of one "hội kiến": that meeting told again
        meetings = [key for key in groups.order if groups.type[key] == "Event"
                    and not doc.mentions[groups.members[key][0]].attrs.get("ref")
                    and act_of(str(doc.mentions[groups.members[key][0]].attrs.get("kind", ""))) in _MEETINGS]
        if len(meetings) == 1:
            return meetings[0]
    people = _people_named(doc, mention.name)
    if not act or len(people) < 2:
        return None
    for key in groups.order:
        first = doc.mentions[groups.members[key][0]]
        if groups.type[key] == "Event" and not first.attrs.get("ref") \
                and act_of(str(first.attrs.get("kind", ""))) == act \
                and _people_named(doc, first.name) == people:
            return key
    return None


_MET = "gặp"
_MEETINGS = frozenset({"hội kiến", "hội đàm", "tiếp", "làm việc"})  # acts whose meeting "gặp" may tell again


def _headline_retold(doc: Document, mention: Mention, groups: MentionGroups) -> str | None:
    """"Chủ tịch Quốc hội tiếp Trưởng Đại diện UNICEF" as the headline, then "Chủ tịch Quốc hội Trần Thanh Mẫn
    đã tiếp bà X, Trưởng Đại diện ..." in the lead: the act the headline tells and the lead tells again is one
    event, when neither tells another of that act."""
    act = act_of(str(mention.attrs.get("kind", "")))
    zones = _headline_and_lead(doc)
    if not act or zones is None or not zones[0] <= mention.start < zones[2]:
        return None
    title_end = zones[1]
    found = [key for key in groups.order if groups.type[key] == "Event"
             and _same_act(act_of(str(doc.mentions[groups.members[key][0]].attrs.get("kind", ""))), act)
             and not doc.mentions[groups.members[key][0]].attrs.get("ref")
             and zones[0] <= doc.mentions[groups.members[key][0]].start < zones[2]]
    if len(found) != 1:
        return None
    first = doc.mentions[groups.members[found[0]][0]]
    return found[0] if (first.start < title_end) != (mention.start < title_end) else None


def _same_act(a: str, b: str) -> bool:
    """"hội nghị" and "hội nghị trực tuyến": one act, one of them told more closely; "họp" and "phiên họp":
    a meeting and the sitting it is counted as."""
    a, b = _SITTING.sub("", a), _SITTING.sub("", b)
    return a == b or a.startswith(b + " ") or b.startswith(a + " ")


_SITTING = re.compile(r"^(?:phiên|kỳ) (?=họp\b)")


def _headline_and_lead(doc: Document) -> tuple[int, int, int] | None:
    """Where the headline starts and ends, and where the lead's second sentence ends."""
    text = doc.search_text
    start = headline_start(text)
    end = headline_end(doc, start)
    if end is None:
        return None
    body = [s for s in doc.sentences if s.start >= end]
    return start, end, body[min(1, len(body) - 1)].end if body else end


def _visit_parties(doc: Document, mention: Mention) -> tuple[set[str], set[str]]:
    """Who makes a visit and where it goes, as the visit's name states them (names of the people and
    places inside it)."""
    visitors = mention.attrs.get("visitors") or (mention.start, mention.start)  # "Thủ tướng X thăm ...": before the verb
    inside = [m for m in doc.mentions if m is not mention and m.type in ("Person", "Location")
              and (mention.start <= m.start and m.end <= mention.end or visitors[0] <= m.start and m.end <= visitors[1])]
    return ({m.name.casefold() for m in inside if m.type == "Person"},
            {m.name.casefold() for m in inside if m.type == "Location"})


def _same_visit(doc: Document, mention: Mention, groups: MentionGroups) -> str | None:
    """A visit named again ("chuyến thăm cấp Nhà nước tới Campuchia", then "Chuyến thăm Campuchia của Tổng
    Bí thư X", then "chuyến thăm"): one visit unless the two names give different visitors or different
    destinations (an article may report a visit here and a delegation's trip there)."""
    kind = str(mention.attrs.get("kind", ""))
    head = next(v for v in visit_heads() if kind.startswith(v))
    people, places = _visit_parties(doc, mention)
    for key in groups.order:
        first = doc.mentions[groups.members[key][0]]
        if groups.type[key] != "Event" or not str(first.attrs.get("kind", "")).startswith(head):
            continue
        their_people, their_places = set(), set()  # what every name of that visit so far states
        for member in groups.members[key]:
            named_people, named_places = _visit_parties(doc, doc.mentions[member])
            their_people |= named_people
            their_places |= named_places
        if not (people and their_people and not people & their_people) \
                and not (places and their_places and not places & their_places):
            return key  # no visitor and no destination that differ: one visit
    return None


# on match_key's spelling: "thứ tư" is "thư2 tư"; a digit right after letters is a tone mark ("hôi5"), no number
_NUMBER = re.compile(r"(?<![\w])\d+(?![\w])|(?<=thư2 )\S+|\b[ivxl]+\b")


@lru_cache(maxsize=None)
def _where_at_end() -> re.Pattern[str]:
    """A place or a year that ends an event's name: ", xã Thiên Lộc", " tại thôn Đoài", " năm 2025" (the units'
    words of ``admin_words.tsv`` and ``village_words.txt``)."""
    words = {w for w in admin_words() if w[:1].islower()} | set(read_lines("village_words.txt")) | {"TP", "TP."}
    units = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?:,\s*|\s+)(?:(?:tại|ở)\s+)?(?P<place>(?:{units})\s+(?:[A-ZĐ][\w-]*|\d+)"
                      rf"(?:\s+(?:[A-ZĐ][\w-]*|\d+))*)$|\s+năm\s+(?P<year>\d{{4}})$")


def _where_and_when(name: str) -> tuple[str, frozenset[str], frozenset[str]]:
    """An event's name without the places and the year that end it, and those places and years."""
    places, years = set(), set()
    while (end := _where_at_end().search(name)) is not None:
        if end.group("place"):
            places.add(match_key(end.group("place")))
        else:
            years.add(end.group("year"))
        name = name[: end.start()]
    return match_key(name), frozenset(places), frozenset(years)


# a number on match_key's spelling, where a digit after letters is a tone mark: "lần thứ 30", "thư2 tư", "xv"
_WHOLE_NUMBER = re.compile(r"(?<![\w])\d+(?![\w])|thư2 |\b[ivxl]+\b")


def _same_but_where(x: str, y: str) -> bool:
    """Two names of one event that differ only by where and when they say it was, where neither says another
    place or year: "Ngày hội Đại đoàn kết toàn dân tộc xã X" and "Ngày hội Đại đoàn kết thôn Y, xã X" (a
    village of the commune), "Ngày hội Đại đoàn kết toàn dân tộc năm 2025". The name left must be a title of
    four words at least, one the start of the other."""
    (a, places_a, years_a), (b, places_b, years_b) = _where_and_when(x), _where_and_when(y)
    if (a, places_a, years_a) == (b, places_b, years_b) or min(len(a.split()), len(b.split())) < 4:
        return False
    if not (a == b or a.startswith(b + " ") or b.startswith(a + " ")):
        return False
    if _WHOLE_NUMBER.search(max(a, b, key=len)[len(min(a, b, key=len)) :]):
        return False  # "Lễ trao giải X lần thứ 30" beside "Lễ trao giải X năm 2021": numbered otherwise
    return (places_a <= places_b or places_b <= places_a) and not (years_a and years_b and years_a != years_b)


def _proper_words_clash(x: str, y: str) -> bool:
    """Whether each name has a capitalized word past its head that the other lacks: the places, bodies or
    people that tell two events of one kind apart ("phía Bắc" and "miền Trung")."""
    a, b = ({match_key(w) for w in name.split()[1:] if w[:1].isupper()} for name in (x, y))
    return bool(a - b) and bool(b - a)


def _numbered_otherwise(a: str, b: str) -> bool:
    """Whether two names (match_key's spelling) give their event other years or other ordinals; a year only
    one of them says ("... lần thứ nhất" and "... lần thứ nhất năm 2016") is no other number."""
    years_a, years_b = ({n for n in _numbers(key) if _A_YEAR.fullmatch(n)} for key in (a, b))
    rest_a, rest_b = _numbers(a) - years_a, _numbers(b) - years_b
    return bool(years_a and years_b and years_a != years_b) or bool(rest_a and rest_b and rest_a != rest_b)


_A_YEAR = re.compile(r"(?:19|20)\d\d")


def _numbers(key: str) -> frozenset[str]:
    """The numbers that tell one event of a series from another: years, ordinals ("lần thứ tư"), Roman numerals;
    each as its value, so that "lần thứ nhất", "lần thứ I" and "lần thứ 1" are one number."""
    return frozenset(str(_value(token)) for token in _NUMBER.findall(key))


def _value(token: str) -> int | str:
    """A number of ``_NUMBER`` (on match_key's spelling) as an integer where it is one."""
    if token.isdigit():
        return int(token)
    return _ordinal_words().get(token) or ordinal_number(token) or token


@lru_cache(maxsize=None)
def _ordinal_words() -> dict[str, int]:
    """The ordinal words on match_key's spelling ("tư" -> 4, "nhất" -> 1)."""
    return {match_key(word): number for word, number in ORDINAL_WORDS.items()}


def _event_forms(mention: Mention) -> list[str]:
    """An event's name and the aliases that name it with the same head ("Buổi làm việc của A với B" is also
    "Buổi làm việc với B"), to tell the same event spelled twice."""
    head = mention.name.split(" ", 1)[0].casefold()
    # the head alone ("tiếp xúc cử tri") names no one event
    kind = str(mention.attrs.get("kind", "")).casefold()
    return [mention.name] + [a for a in mention.attrs.get("aliases", ())
                             if a != mention.name and a.split(" ", 1)[0].casefold() == head and len(a.split()) >= 3
                             and a.casefold() != kind]
