"""From mentions to entities: settle overlaps, then group what names one thing.

Two steps, two components:

* :func:`settle_mentions` keeps nested mentions where nesting is meaningful
  ("Ban Thường vụ Tỉnh ủy X" around "Tỉnh ủy X"; "Đại hội XIII" inside
  "Nghị quyết Đại hội XIII") and drops the rest: a place inside a body's
  name, a name the gazetteer reads as a place, crossing spans.
* :func:`resolve_entities` groups mentions by identity: the canonical name,
  a document's number, an event's number; links "đồng chí Chính" to "Mai Văn
  Chính", "Nghị quyết 18" to "Nghị quyết số 18-NQ/TW", a bare "Hội nghị" to
  the conference named before it.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from functools import lru_cache

from kgraph.document import Document, Entity, Mention
from kgraph.gazetteer import place_by_name
from kgraph.normalize import match_key
from kgraph.recognize.described_documents import told_subject
from kgraph.recognize.named_events import act_of, headline_end, is_visit, visit_heads
from kgraph.recognize.party_grammar import ROMAN, TERM_WORD
from kgraph.spans import SpanIndex

__all__ = ["settle_mentions", "resolve_entities", "entity_key"]

_PRIORITY = {"Document": 5, "Event": 4, "Organization": 3, "Location": 2, "Person": 1}
_NESTABLE = {
    ("Organization", "Organization"), ("Event", "Organization"), ("Event", "Location"), ("Document", "Organization"),
    ("Document", "Event"), ("Event", "Document"), ("Event", "Event"), ("Event", "Person"),
    ("Document", "Person"), ("Document", "Document"),
}
_TERM_TAIL = re.compile(rf"{TERM_WORD}(?:{ROMAN}|\d+)$")


def _rank(m: Mention) -> float:
    if m.type == "Person" and m.attrs.get("cued"):
        return 2.5  # a titled name beats a place with the same words
    return _PRIORITY[m.type]


def settle_mentions(doc: Document) -> Document:
    """Pipeline component: resolve overlapping mentions."""
    ordered = sorted(doc.mentions, key=lambda m: (-(m.end - m.start), -_rank(m), m.start))
    kept: list[Mention] = []
    index = SpanIndex()  # the kept mentions by position: each check reads only its neighbours
    for mention in ordered:
        ok = True
        for other in index.overlapping(mention.start, mention.end):
            if not mention.overlaps(other):
                continue
            inside = other.start <= mention.start and mention.end <= other.end
            same = inside and other.start == mention.start and other.end == mention.end
            if same:  # two readings of one span: the longer-ranked type (or the first reading) stands
                ok = False
                break
            if inside and other.type == "Document" and mention.type == "Organization" \
                    and _in_number(doc.search_text, mention.start, mention.end):
                ok = False  # "13/HD-MTTQ-BTT": an issuer code inside a document's number, no mention of the body
                break
            if inside and (other.type, mention.type) in _NESTABLE:
                continue
            if inside and other.type == "Organization" and mention.type == "Location" \
                    and other.attrs.get("place") == mention.name and _below_a_province(mention.name):
                continue  # "Chi bộ thôn Làng Tát", "Đảng bộ xã Cốc Lầu": a commune or village the body is named after
            ok = False
            break
        if ok:
            kept.append(mention)
            index.add(mention)
    doc.mentions = sorted(kept, key=lambda m: (m.start, -(m.end - m.start)))
    return doc


def _below_a_province(name: str) -> bool:
    """A commune or village (annotators list it as a place of the article), not a province or city (which
    they list only where the article names it apart from its bodies)."""
    place = place_by_name().get(name)
    return place is None or place.kind not in ("province", "municipality", "city", "country")


def _in_number(text: str, start: int, end: int) -> bool:
    """Whether ``start``-``end`` lies inside a token with a slash (a document number such as "13/HD-MTTQ")."""
    left = max(text.rfind(" ", 0, start), text.rfind("\n", 0, start)) + 1
    right = min((i for i in (text.find(" ", end), text.find("\n", end)) if i >= 0), default=len(text))
    return "/" in text[left:right]


def entity_key(type_: str, name: str) -> str:
    """Article-independent identity of an entity named ``name``."""
    base = _TERM_TAIL.sub("", name) if type_ == "Organization" else name
    base = _DASH.sub(" - ", base)  # "Hoa tiêu Hàng hải – TKV", "... - TKV", "...-TKV": one name
    return f"{type_}:{base.casefold()}"


_DASH = re.compile(r"\s*[-–—]\s*")


def _syllable_f1(a: str, b: str) -> float:
    x, y = match_key(a).split(), match_key(b).split()
    if not x or not y:
        return 0.0
    common = sum(min(x.count(w), y.count(w)) for w in set(x))
    if common == 0:
        return 0.0
    p, r = common / len(x), common / len(y)
    return 2 * p * r / (p + r)


class _Groups:
    """Mentions grouped under identity keys, in first-seen order."""

    def __init__(self) -> None:
        self.order: list[str] = []
        self.members: dict[str, list[int]] = defaultdict(list)
        self.type: dict[str, str] = {}
        self._ends: dict[int, list[int]] | None = None  # mention indexes by end offset
        self._years: dict[tuple[str, str], str] | None = None  # (number, field) -> year, see document_year

    def ending_before_paren(self, doc: Document, offset: int) -> list[Mention]:
        """Mentions, in document order, that end before the "(" (and white space) right before ``offset``."""
        if self._ends is None:
            self._ends = defaultdict(list)
            for i, m in enumerate(doc.mentions):
                self._ends[m.end].append(i)
        text, j = doc.search_text, offset
        while j > 0 and text[j - 1].isspace():
            j -= 1
        if j == 0 or text[j - 1] != "(":
            return []
        j -= 1
        while j > 0 and text[j - 1].isspace():
            j -= 1
        return [doc.mentions[i] for i in sorted(i for end in range(j, offset + 1) for i in self._ends.get(end, ()))]

    def document_year(self, doc: Document, number: str) -> str:
        """:func:`_document_year`, from an index of the article's numbers built once (not a scan a call)."""
        if self._years is None:
            self._years = {}
            for field in ("year", "date", "term"):
                for mention in doc.mentions:
                    number_of = mention.attrs.get("normalized")
                    if mention.type == "Document" and number_of and mention.attrs.get(field):
                        value = mention.attrs[field]
                        self._years.setdefault((number_of, field), str(value)[:4] if field != "term" else str(value))
        for field in ("year", "date", "term"):
            if (number, field) in self._years:
                return self._years[(number, field)]
        return ""

    def add(self, key: str, type_: str, index: int) -> None:
        if key not in self.members:
            self.order.append(key)
            self.type[key] = type_
        self.members[key].append(index)


def _without_marks(name: str) -> str:
    """A name without its diacritics ("António" -> "Antonio"; "đ" stays, no plain spelling drops it)."""
    return "".join(c for c in unicodedata.normalize("NFD", name) if not unicodedata.combining(c))


def _person_key(doc: Document, index: int, groups: _Groups) -> str | None:
    mention = doc.mentions[index]
    if not mention.attrs.get("short"):
        bare = _without_marks(mention.name)
        for key in groups.order:  # "Antonio Guterres" after "António Guterres": a foreign name spelled plainly
            first = doc.mentions[groups.members[key][0]]
            if groups.type[key] == "Person" and first.name != mention.name and _without_marks(first.name) == bare \
                    and (bare == mention.name or bare == first.name) and len(bare.split()) > 1:
                return key
        return entity_key("Person", mention.name)
    given = mention.name.casefold()
    best = None
    for key in groups.order:
        if groups.type[key] != "Person":
            continue
        first = doc.mentions[groups.members[key][0]]
        if first.name.split()[-1].casefold() == given and first.start < mention.start:
            best = key  # the latest full name before the short one
    if best is None:  # a full name may come later ("ông Hiếu" in a headline)
        for other in doc.mentions:
            if other.type == "Person" and not other.attrs.get("short") and other.name.split()[-1].casefold() == given:
                return entity_key("Person", other.name)
    return best


def _event_key(doc: Document, index: int, groups: _Groups) -> str | None:
    mention = doc.mentions[index]
    if mention.attrs.get("ref"):
        head = mention.attrs.get("kind", "")
        heads = (head, head[len("buổi "):]) if head.startswith("buổi ") else (head,)  # "buổi lễ" -> "Lễ ..."
        events = [k for k in groups.order if groups.type[k] == "Event"
                  and doc.mentions[groups.members[k][0]].name.lower().startswith(heads)]
        keyed = [k for k in events if doc.mentions[groups.members[k][0]].attrs.get("key")]
        # a conference the article names first; else its plenum or session ("Hội nghị" of a plenum article)
        named = [k for k in events if k not in keyed] or [k for k in keyed if not k.startswith("Event:party-")]
        if head == "đại hội":
            named = events
        return named[0] if named else None
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
        for x in _event_forms(first):
            for y in _event_forms(mention):
                a, b = match_key(x), match_key(y)
                if a.startswith(b) or b.startswith(a) or _syllable_f1(x, y) >= 0.8:
                    return key
    retold = _retold(doc, mention, groups) or _numbered_alone(doc, mention, groups)
    return retold or entity_key("Event", mention.name)


_NUMBER_ALONE = re.compile(r"(?P<head>\w+(?: \w+)?) (?P<number>(?:lần )?thứ [\w]+)", re.IGNORECASE)


def _numbered_alone(doc: Document, mention: Mention, groups: _Groups) -> str | None:
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


def _retold(doc: Document, mention: Mention, groups: _Groups) -> str | None:
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
    found = [key for key in groups.order if groups.type[key] == "Event"
             and not doc.mentions[groups.members[key][0]].attrs.get("ref")
             and match_key(doc.mentions[groups.members[key][0]].name).startswith(f"{match_key(act)} ")]
    if len(found) != 1:
        return None
    name = f" {match_key(doc.mentions[groups.members[found[0]][0]].name)} "
    return found[0] if f" {' '.join(words)} " in name else None


def _people_named(doc: Document, name: str) -> frozenset[str]:
    """The people of the article whose full names stand in an event's name."""
    return frozenset(m.name for m in doc.mentions if m.type == "Person" and not m.attrs.get("short")
                     and len(m.name.split()) >= 2 and m.name in name)


def _same_meeting(doc: Document, mention: Mention, groups: _Groups) -> str | None:
    """A meeting of two sides named again in other words ("A hội đàm với B", then "Tại cuộc hội đàm giữa
    đồng chí A với đồng chí B"): the same act between the same two or more people is one event."""
    act = act_of(str(mention.attrs.get("kind", "")))
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


def _headline_retold(doc: Document, mention: Mention, groups: _Groups) -> str | None:
    """"Chủ tịch Quốc hội tiếp Trưởng Đại diện UNICEF" as the headline, then "Chủ tịch Quốc hội Trần Thanh Mẫn
    đã tiếp bà X, Trưởng Đại diện ..." in the lead: the act the headline tells and the lead tells again is one
    event, when neither tells another of that act."""
    act = act_of(str(mention.attrs.get("kind", "")))
    zones = _headline_and_lead(doc)
    if not act or zones is None or not zones[0] <= mention.start < zones[2]:
        return None
    headline_end = zones[1]
    found = [key for key in groups.order if groups.type[key] == "Event"
             and act_of(str(doc.mentions[groups.members[key][0]].attrs.get("kind", ""))) == act
             and not doc.mentions[groups.members[key][0]].attrs.get("ref")
             and zones[0] <= doc.mentions[groups.members[key][0]].start < zones[2]]
    if len(found) != 1:
        return None
    first = doc.mentions[groups.members[found[0]][0]]
    return found[0] if (first.start < headline_end) != (mention.start < headline_end) else None


def _headline_and_lead(doc: Document) -> tuple[int, int, int] | None:
    """Where the headline starts and ends, and where the lead's second sentence ends."""
    text = doc.search_text
    start = len(text) - len(text.lstrip())
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


def _same_visit(doc: Document, mention: Mention, groups: _Groups) -> str | None:
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


def _event_forms(mention: Mention) -> list[str]:
    """An event's name and the aliases that name it with the same head ("Buổi làm việc của A với B" is also
    "Buổi làm việc với B"), to tell the same event spelled twice."""
    head = mention.name.split(" ", 1)[0].casefold()
    return [mention.name] + [a for a in mention.attrs.get("aliases", ())
                             if a != mention.name and a.split(" ", 1)[0].casefold() == head and len(a.split()) >= 3]


def _document_year(doc: Document, number: str) -> str:
    """The year that makes a number an identity: Party numbers restart each term ("18-NQ/TW").

    The number's own year ("15/2020/NĐ-CP"), else the year of a date the article
    gives any mention of it, else its term; empty when the article gives none.
    """
    for field in ("year", "date", "term"):
        for mention in doc.mentions:
            if mention.type == "Document" and mention.attrs.get("normalized") == number and mention.attrs.get(field):
                return str(mention.attrs[field])[:4] if field != "term" else str(mention.attrs[field])
    return ""


_NUMBER_AFTER = re.compile(r"\s+số\s+")


def _document_key(doc: Document, index: int, groups: _Groups) -> str | None:
    mention = doc.mentions[index]
    attrs = mention.attrs
    if attrs.get("number") and attrs.get("normalized"):
        return f"Document:{attrs['normalized']}:{groups.document_year(doc, attrs['normalized'])}"
    if attrs.get("short_number"):
        short = str(attrs["short_number"])
        for other in doc.mentions:
            o = other.attrs
            if other.type == "Document" and o.get("normalized") and str(o.get("number")) == short:
                if not attrs.get("doc_type") or attrs.get("doc_type") == o.get("doc_type"):
                    return f"Document:{o['normalized']}:{_document_year(doc, o['normalized'])}"
        return entity_key("Document", mention.name)
    # "Luật Tổ chức Tòa án nhân dân số 81/2025/QH15": a title and the number right after it are one law
    after = _NUMBER_AFTER.match(doc.search_text, mention.end)
    if after:
        for other in doc.mentions:
            if other.type == "Document" and other.start == after.end() and other.attrs.get("normalized") \
                    and not any(o.type == "Document" and o.start < mention.start and o.end == mention.end
                                for o in doc.mentions):  # the whole title, not a law it amends
                number = other.attrs["normalized"]
                mention.attrs.setdefault("surface_forms", []).append(doc.search_text[mention.start : other.end])
                return f"Document:{number}:{groups.document_year(doc, number)}"
    # "Luật sửa đổi ... Luật Tổ chức Tòa án nhân dân" after "... số 81/2025/QH15": one law, with and without its number
    title = mention.name.casefold() + " số "
    numbered = {o.attrs["normalized"] for o in doc.mentions if o.type == "Document" and o.attrs.get("normalized")
                and o.attrs.get("number") and o.name.casefold().startswith(title)}
    if len(numbered) == 1:
        number = numbered.pop()
        return f"Document:{number}:{groups.document_year(doc, number)}"
    if attrs.get("form") == "described":
        return _same_described(doc, mention, groups) or entity_key("Document", mention.name)
    return entity_key("Document", mention.name)


_ISSUER_AND_ABOUT = re.compile(r"^(?:của .+? về |về )")


def _subject(mention: Mention) -> str:
    """What a described document is about: its name without the type word, the issuer and "về"."""
    rest = mention.name[len(str(mention.attrs.get("doc_type", ""))) :].strip()
    return _ISSUER_AND_ABOUT.sub("", rest)


def _same_described(doc: Document, mention: Mention, groups: _Groups) -> str | None:
    """"Nghị quyết của Quốc hội về thí điểm một số cơ chế ..." and later "Nghị quyết thí điểm cơ chế ...":
    one document of the same type described twice, the subjects nearly the same words. A numbered document
    the article describes where it names it ("Nghị quyết số 176/2025/QH15 về cơ cấu tổ chức của Chính phủ")
    is the one a later "Nghị quyết về cơ cấu tổ chức ..." means."""
    subject = _subject(mention)
    for key in groups.order:
        first = doc.mentions[groups.members[key][0]]
        if groups.type[key] != "Document" or first.attrs.get("doc_type") != mention.attrs.get("doc_type"):
            continue
        if first.attrs.get("form") == "described" and _syllable_f1(_subject(first), subject) >= 0.85:
            return key
        told = [_told(doc, doc.mentions[i]) for i in groups.members[key] if doc.mentions[i].attrs.get("number")]
        if any(t and (_syllable_f1(t, subject) >= 0.85 or match_key(t).startswith(match_key(subject) + " "))
               for t in told) and len(subject.split()) >= 2:
            return key
    return None




def _told(doc: Document, mention: Mention) -> str:
    """What the article says a numbered document is about where it names it ("... số 176/2025/QH15 về X")."""
    return told_subject(doc.search_text, mention.end).strip()[len("về "):]


def resolve_entities(doc: Document) -> Document:
    """Pipeline component: build ``doc.entities`` from ``doc.mentions``."""
    groups = _Groups()
    keyers = {"Person": _person_key, "Event": _event_key, "Document": _document_key}
    # full names and named events first, so short references can find them
    order = sorted(range(len(doc.mentions)), key=lambda i: (
        bool(doc.mentions[i].attrs.get("short") or doc.mentions[i].attrs.get("ref")
             or doc.mentions[i].attrs.get("short_number")), doc.mentions[i].start))
    for index in order:
        mention = doc.mentions[index]
        keyer = keyers.get(mention.type)
        if keyer:
            key = keyer(doc, index, groups)
        elif mention.attrs.get("key"):  # an identity only this article can give ("Tỉnh ủy" of an unnamed province)
            key = f"{mention.type}:{mention.attrs['key']}"
        else:
            key = entity_key(mention.type, mention.name)
        if key is None:
            continue
        groups.add(key, mention.type, index)
    _merge_bare_heads(doc, groups)
    _merge_without_province(doc, groups)
    _merge_same_titles(doc, groups)
    _merge_unnumbered_session(doc, groups)
    doc.entities = []
    for number, key in enumerate(sorted(groups.order, key=lambda k: min(doc.mentions[i].start for i in groups.members[k])), 1):
        members = sorted(groups.members[key], key=lambda i: doc.mentions[i].start)
        entity = _entity(doc, f"e{number}", key, groups.type[key], members)
        for i in members:
            doc.mentions[i].entity = entity.id
        doc.entities.append(entity)
    return doc


# "Công ty", "Đảng ủy Công ty": an institution named by its kind alone, after the article has named it in full
@lru_cache(maxsize=None)
def _bare_head() -> re.Pattern[str]:
    """A body's kind alone ("Công ty", ``kind_heads.txt``), perhaps after a unit ("Đảng ủy Công ty")."""
    from kgraph.resources import read_lines

    units = "|".join(re.escape(u) for u in sorted(read_lines("org_prefixes.txt"), key=len, reverse=True))
    heads = "|".join(re.escape(h) for h in sorted(read_lines("kind_heads.txt"), key=len, reverse=True))
    return re.compile(rf"(?:(?P<unit>{units}) )?(?P<head>{heads})")


_UNNUMBERED_SESSION = re.compile(r"(?i)kỳ họp (?!.*\bthứ\b)")


def _merge_unnumbered_session(doc: Document, groups: _Groups) -> None:
    """"Kỳ họp chuyên đề HĐND TP.HCM" in an article that numbers one session ("kỳ họp thứ 5 (chuyên đề)"):
    the session it numbers."""
    numbered = {k for k in groups.order if groups.type[k] == "Event"
                and any(doc.mentions[i].attrs.get("kind") == "session" and doc.mentions[i].attrs.get("number")
                        for i in groups.members[k])}
    if len(numbered) != 1:
        return
    (session,) = numbered
    for key in list(groups.order):
        first = doc.mentions[groups.members[key][0]]
        if groups.type[key] == "Event" and key != session and not first.attrs.get("key") \
                and first.attrs.get("kind") == "kỳ họp" and _UNNUMBERED_SESSION.match(first.name):
            groups.members[session].extend(groups.members.pop(key))
            groups.order.remove(key)


def _merge_same_titles(doc: Document, groups: _Groups) -> None:
    """A document named by one title twice, once with its number and once without, is one document."""
    by_title: dict[str, str] = {}
    for key in list(groups.order):
        if groups.type[key] != "Document":
            continue
        first = doc.mentions[min(groups.members[key], key=lambda i: doc.mentions[i].start)]
        title = first.name.casefold()
        seen = by_title.get(title)
        if seen is None:
            by_title[title] = key
        elif not (_numbered(seen) and _numbered(key)):
            keep, drop = (seen, key) if _numbered(seen) or not _numbered(key) else (key, seen)
            groups.members[keep].extend(groups.members.pop(drop))
            groups.order.remove(drop)
            by_title[title] = keep


def _numbered(key: str) -> bool:
    return key.count(":") >= 2  # "Document:81/2025/QH15:2025"


def _merge_bare_heads(doc: Document, groups: _Groups) -> None:
    """A body named by its kind alone is the one body of that kind the article names in full, if only one:
    "Đảng ủy Công ty" is "Đảng ủy Công ty cổ phần X" or, without it, the committee of "Công ty cổ phần X"."""
    def fuller(name: str, key: str) -> list[str]:
        return [k for k in groups.order if k != key and groups.type[k] == "Organization"
                and doc.mentions[groups.members[k][0]].name.startswith(name + " ")]

    for key in list(groups.order):
        if groups.type[key] != "Organization":
            continue
        bare = _bare_head().fullmatch(doc.mentions[groups.members[key][0]].name)
        if not bare:
            continue
        target = fuller(bare.group(), key)
        if not target and bare["unit"]:
            owner = fuller(bare["head"], key)
            if len(owner) == 1:
                name = f"{bare['unit']} {doc.mentions[groups.members[owner[0]][0]].name}"
                for i in groups.members[key]:
                    doc.mentions[i].name = name
                renamed = entity_key("Organization", name)
                if renamed not in groups.members:
                    groups.add(renamed, "Organization", groups.members[key][0])
                    groups.members[renamed] = []
                target = [renamed]
        if len(target) == 1:
            groups.members[target[0]].extend(groups.members.pop(key))
            groups.order.remove(key)


_PROVINCE_KINDS = ("province", "municipality")


def _merge_without_province(doc: Document, groups: _Groups) -> None:
    """"Bệnh viện A Thái Nguyên", then "Bệnh viện A": a body named again without the province that ends its
    name is the same body, when the article names one such body (a province, not a country: "Bộ Quốc phòng
    Mỹ" is not "Bộ Quốc phòng")."""
    provinces = place_by_name()
    by_name = {doc.mentions[groups.members[k][0]].name: k for k in groups.order if groups.type[k] == "Organization"}
    shorter: dict[str, list[str]] = defaultdict(list)
    for name, key in by_name.items():
        words = name.split(" ")
        for cut in range(2, len(words) - 1):
            place = provinces.get(" ".join(words[cut:]))
            if place is not None and place.kind in _PROVINCE_KINDS and " ".join(words[:cut]) in by_name:
                shorter[" ".join(words[:cut])].append(key)
    for name, fuller in shorter.items():
        key = by_name[name]
        if len(fuller) == 1 and key in groups.members and fuller[0] in groups.members:
            groups.members[fuller[0]].extend(groups.members.pop(key))
            groups.order.remove(key)


def _entity(doc: Document, entity_id: str, key: str, type_: str, members: list[int]) -> Entity:
    mentions = [doc.mentions[i] for i in members]
    full = [m for m in mentions if not (m.attrs.get("short") or m.attrs.get("ref") or m.attrs.get("short_number"))]
    if type_ == "Event" and full:
        # a named event, or a congress spelled several ways: its fullest name; a plenum's name is made, not read
        fullest = not full[0].attrs.get("key") or full[0].attrs.get("kind") == "congress"
        name = max((m.name for m in full), key=len) if fullest else full[0].name
    else:
        name = (full or mentions)[0].name
    forms: list[str] = []
    for m in mentions:
        if not m.attrs.get("ref"):  # a bare "Hội nghị" is how the article points, not a name
            forms.append(doc.search_text[m.start : m.end])
        forms.extend(m.attrs.get("aliases", ()))
        forms.extend(m.attrs.get("surface_forms", ()))
        if m.name != name:
            forms.append(m.name)
    seen = {name}
    aliases = []
    for form in forms:
        form = " ".join(form.split())
        if type_ == "Organization" and form[:1].islower() and name[:1].isupper():
            form = form[0].upper() + form[1:]  # "Trưởng ban Tổ chức ..." gives the body "Ban Tổ chức ..."
        if form and form not in seen:
            seen.add(form)
            aliases.append(form)
    attrs: dict = {}
    for m in full + [m for m in mentions if m not in full]:  # a name's facts before a reference's
        for field in ("date", "number", "doc_type", "type_code", "issuer_codes", "issuers", "year",
                      "legislature", "normalized", "term", "kind", "category", "parent", "place", "system"):
            value = m.attrs.get(field)
            if value not in (None, "", (), []) and field not in attrs:
                attrs[field] = list(value) if isinstance(value, tuple) else value
    return Entity(entity_id, type_, name, key, aliases, attrs, members)
