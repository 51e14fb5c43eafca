"""From mentions to entities: settle overlaps, then group what names one thing.

Two steps, two components:

* :func:`settle_mentions` keeps nested mentions where nesting is meaningful
  ("Ban Thường vụ Tỉnh ủy X" around "Tỉnh ủy X"; "Đại hội XIII" inside
  "Nghị quyết Đại hội XIII") and drops the rest: a place inside a body's
  name, a name the gazetteer reads as a place, crossing spans.
* :func:`resolve_entities` groups mentions by identity: the canonical name,
  a document's number, an event's number; links "đồng chí Chính" to "Mai Văn
  Chính", "Nghị quyết 18" to "Nghị quyết số 18-NQ/TW", a bare "Hội nghị" to
  the conference named before it. Which event or document a mention names is
  decided in :mod:`kgraph.event_identity` and :mod:`kgraph.document_identity`,
  on the groups of :mod:`kgraph.mention_groups`.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from functools import lru_cache

from kgraph.document import Document, Entity, Mention
from kgraph.document_identity import document_key
from kgraph.event_identity import event_key
from kgraph.gazetteer import Place, bodies, place_by_name, places, surnames
from kgraph.mention_groups import MentionGroups, entity_key
from kgraph.segment import page_furniture
from kgraph.spans import SpanIndex

__all__ = ["settle_mentions", "resolve_entities", "entity_key"]

_PRIORITY = {"Document": 5, "Event": 4, "Organization": 3, "Location": 2, "Person": 1}
_NESTABLE = {
    ("Organization", "Organization"), ("Event", "Organization"), ("Event", "Location"), ("Document", "Organization"),
    ("Document", "Event"), ("Event", "Document"), ("Event", "Event"), ("Event", "Person"),
    ("Document", "Person"), ("Document", "Document"),
}


def _rank(m: Mention) -> float:
    if m.type == "Person" and m.attrs.get("cued"):
        return 2.5  # a titled name beats a place with the same words
    return _PRIORITY[m.type]


def settle_mentions(doc: Document) -> Document:
    """Pipeline component: resolve overlapping mentions."""
    furniture = page_furniture(doc.search_text)  # a page's tags and source line name no one in the news
    mentions = [m for m in doc.mentions if not any(s <= m.start and m.end <= e for s, e in furniture)]
    _events_through_their_documents(doc.search_text, mentions)
    ordered = sorted(mentions, key=lambda m: (-(m.end - m.start), -_rank(m), m.start))
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
            if inside and other.type == "Location" and mention.type == "Organization" \
                    and other.attrs.get("headquarters") and mention.start > other.start:
                continue  # "Trụ sở Ban Đối ngoại Trung ương": the body its headquarters is named after
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


def _events_through_their_documents(text: str, mentions: list[Mention]) -> None:
    """An event whose name opens a document's that runs on past it ("Lễ công bố Quyết định của Bộ X về việc bổ
    nhiệm, điều động 3 cán bộ ..." cut at the comma): the ceremony is named through the document it announces."""
    documents = [m for m in mentions if m.type == "Document"]
    for event in (m for m in mentions if m.type == "Event" and not m.attrs.get("ref")):
        longer = [d for d in documents if event.start < d.start < event.end < d.end]
        if longer:
            event.end = max(d.end for d in longer)
            event.name = event.name[:1] + text[event.start + 1 : event.end]


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


def _without_marks(name: str) -> str:
    """A name without its diacritics ("António" -> "Antonio"; "đ" stays, no plain spelling drops it)."""
    return "".join(c for c in unicodedata.normalize("NFD", name) if not unicodedata.combining(c))


_INITIALS = re.compile(r"(?:\w\. ?)+")


def _by_initials(doc: Document, mention: Mention) -> str | None:
    """The full name a name with initials abbreviates ("D. Medvedev": "Dmitry Medvedev"), if the article has
    exactly one: the same last words, a given name for each initial."""
    initials = _INITIALS.match(mention.name)
    if initials is None:
        return None
    letters = [c for c in initials.group() if c.isalpha()]
    rest = mention.name[initials.end() :].split()
    full = {m.name for m in doc.mentions if m.type == "Person" and m is not mention
            and not _INITIALS.match(m.name) and (words := m.name.split())[len(letters) :] == rest
            and len(words) == len(letters) + len(rest) and all(w[0] == c for w, c in zip(words, letters))}
    return full.pop() if len(full) == 1 else None


def _foreign_part_of(doc: Document, mention: Mention, groups: MentionGroups) -> str | None:
    """"Manuel Tovar" and "Manuel Tovar Rivera", "Lula da Silva" and "Luiz Inácio Lula da Silva": a foreign
    name of two words or more written inside another of the article is that person (a Vietnamese name, which
    a family name opens, is not: "Nguyễn Văn" is no one)."""
    words = mention.name.split()
    if len(words) < 2 or words[0] in surnames():
        return None
    for key in groups.order:
        other = doc.mentions[groups.members[key][0]]
        if groups.type[key] != "Person" or other.name == mention.name or other.name.split()[0] in surnames():
            continue
        if f" {mention.name} " in f" {other.name} " or f" {other.name} " in f" {mention.name} ":
            return key
    return None


def _person_key(doc: Document, index: int, groups: MentionGroups) -> str | None:
    mention = doc.mentions[index]
    if not mention.attrs.get("short"):
        initialed = _by_initials(doc, mention)
        if initialed is not None:  # "D. Medvedev" for "Dmitry Medvedev"
            return entity_key("Person", initialed)
        foreign = _foreign_part_of(doc, mention, groups)
        if foreign is not None:
            return foreign
        bare = _without_marks(mention.name)
        for key in groups.order:  # "Antonio Guterres" after "António Guterres": a foreign name spelled plainly
            first = doc.mentions[groups.members[key][0]]
            if groups.type[key] == "Person" and first.name != mention.name and _without_marks(first.name) == bare \
                    and (bare == mention.name or bare == first.name) and len(bare.split()) > 1:
                return key
        return entity_key("Person", mention.name)
    given = mention.name.casefold()
    best, latest = None, -1
    for key in groups.order:
        if groups.type[key] != "Person":
            continue
        # the full name written last before the short one ("ông Đỗ Trọng Hưng ... Ông Hưng"), however early
        # another person of the same given name was first named
        full = [doc.mentions[i] for i in groups.members[key] if not doc.mentions[i].attrs.get("short")]
        starts = [m.start for m in full if m.name.split()[-1].casefold() == given and m.start < mention.start]
        if starts and max(starts) > latest:
            best, latest = key, max(starts)
    if best is None:  # a full name may come later ("ông Hiếu" in a headline)
        for other in doc.mentions:
            if other.type == "Person" and not other.attrs.get("short") and other.name.split()[-1].casefold() == given:
                return entity_key("Person", other.name)
    return best


def resolve_entities(doc: Document) -> Document:
    """Pipeline component: build ``doc.entities`` from ``doc.mentions``."""
    groups = MentionGroups()
    keyers = {"Person": _person_key, "Event": event_key, "Document": document_key}
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
    _merge_without_parent(doc, groups)
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


def _merge_unnumbered_session(doc: Document, groups: MentionGroups) -> None:
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


def _merge_same_titles(doc: Document, groups: MentionGroups) -> None:
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


def _merge_bare_heads(doc: Document, groups: MentionGroups) -> None:
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


def _national(words: list[str]) -> bool:
    """A body's name that names the country or is a body the gazetteer knows (a national one)."""
    name = " ".join(words)
    match = bodies().match_prefix(name)
    return name.endswith((" Việt Nam", " VN")) or (match is not None and match.end == len(name))


def _place_written(form: str) -> Place | None:
    """The place a whole phrase names by one of its written forms ("Bà Rịa-Vũng Tàu")."""
    match = places().match_prefix(form)
    return match.payload if match is not None and match.end == len(form) else None


def _merge_without_province(doc: Document, groups: MentionGroups) -> None:
    """"Bệnh viện A Thái Nguyên", then "Bệnh viện A": a body named again without the province that ends its
    name is the same body, when the article names one such body (a province, not a country: "Bộ Quốc phòng
    Mỹ" is not "Bộ Quốc phòng")."""
    provinces = place_by_name()
    by_name = {doc.mentions[groups.members[k][0]].name: k for k in groups.order if groups.type[k] == "Organization"}
    shorter: dict[str, list[str]] = defaultdict(list)
    for name, key in by_name.items():
        words = name.split(" ")
        for cut in range(2, len(words) - 1):
            # "Trung tâm A tỉnh Bà Rịa-Vũng Tàu", then "Trung tâm A": the province's word goes with it
            # ("Hội LHTN Việt Nam tỉnh X" is a branch of "Hội LHTN Việt Nam", a national body: never that one)
            at = cut + 1 if words[cut] == "tỉnh" and not _national(words[:cut]) else cut
            place = provinces.get(" ".join(words[at:])) or _place_written(" ".join(words[at:]))
            if place is not None and place.kind in _PROVINCE_KINDS and " ".join(words[:cut]) in by_name:
                shorter[" ".join(words[:cut])].append(key)
    for name, fuller in shorter.items():
        key = by_name[name]
        if len(fuller) == 1 and key in groups.members and fuller[0] in groups.members:
            groups.members[fuller[0]].extend(groups.members.pop(key))
            groups.order.remove(key)


def _merge_without_parent(doc: Document, groups: MentionGroups) -> None:
    """"Cục Tổ chức cán bộ Bộ Công an", then "Cục Tổ chức Cán bộ, Bộ Công an": a unit named without the
    body whose name ends its fuller name (in any case) is that unit, when the article names one such unit;
    "Đại học X" after "Trường Đại học X" is that school."""
    names = {doc.mentions[groups.members[k][0]].name.casefold(): k for k in groups.order
             if groups.type[k] == "Organization"}
    # a parent may end the fuller name in a short form ("Cục Công tác phía Nam Bộ KH&CN")
    written = {doc.search_text[doc.mentions[i].start : doc.mentions[i].end].casefold()
               for k in groups.order if groups.type[k] == "Organization" for i in groups.members[k]}
    shorter: dict[str, list[str]] = defaultdict(list)
    for name, key in names.items():
        words = name.split(" ")
        for cut in range(2, len(words) - 1):
            parent = " ".join(words[cut:])
            if (parent in names or parent in written) and " ".join(words[:cut]) in names:
                shorter[" ".join(words[:cut])].append(key)
        if words[0] == "trường" and " ".join(words[1:]) in names:  # "Trường Đại học X", then "Đại học X"
            shorter[" ".join(words[1:])].append(key)
    for name, fuller in shorter.items():
        key = names[name]
        if len(fuller) == 1 and key in groups.members and fuller[0] in groups.members:
            full_name = doc.mentions[groups.members[fuller[0]][0]].name
            for i in groups.members[key]:  # the unit is named in full, whichever form the article gives first
                doc.mentions[i].name = full_name
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
        if not (m.attrs.get("ref") or m.attrs.get("told")):
            # a bare "Hội nghị" is how the article points, and "Sáng 30/11" when it tells of a sitting: no names
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
