"""Local bodies: a head from ``local_bodies.tsv`` plus a place.

"Tỉnh ủy Gia Lai", "UBND tỉnh", "Sở KH&CN tỉnh Bình Định", "Đảng bộ xã Phong
Hải". A head without a place takes the article's own province or city (a
provincial paper writes "Tỉnh ủy" and "UBND tỉnh"); where the article names
none, the body keeps the article's form and an identity scoped to the article.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from functools import lru_cache

from kgraph.admin_units import province_of_unit
from kgraph.document import Document, Mention
from kgraph.gazetteer import Place, admin_words, local_heads, place_by_name, places, sentence_openers, surnames
from kgraph.normalize import LOWER, UPPER
from kgraph.recognize.delegations import DELEGATION_HEAD, companions_open, hosts_named
from kgraph.recognize.party_grammar import ROMAN
from kgraph.recognize.phrases import alternation
from kgraph.recognize.places import direction, match_place_at
from kgraph.resources import read_lines

__all__ = ["local_bodies", "default_places", "communes"]

_COMMITTEE_BY_LEVEL = {
    "province": "Tỉnh ủy",
    "city": "Thành ủy",
    "district": None,  # Huyện ủy or Quận ủy: decided by the admin word
    "town": "Thị ủy",
    "commune": "Đảng ủy",
}


# a place's name is on one line: "nguyên Phó Chủ tịch UBND tỉnh" ending a line is followed by a byline, not a place
_CAPITALIZED = re.compile(rf"(?:{UPPER}[\w-]*|\d+)(?:[ \t]+(?:{UPPER}[\w-]*|\d+)){{0,3}}")


@lru_cache(maxsize=None)
def _admin_at_start() -> re.Pattern[str]:
    words = sorted(admin_words(), key=len, reverse=True)
    return re.compile(r"(" + "|".join(re.escape(w) for w in words) + r")(?:[ \t]+|(?<=\.)|(?=[,.;:)\]\n]|$))")


def default_places(doc: Document) -> dict[str, str]:
    """The article's own province and city: the most mentioned ones.

    A provincial paper writes "Tỉnh ủy" and "UBND tỉnh" without the name;
    these defaults complete such names.
    """
    counts: dict[str, Counter[str]] = {"province": Counter(), "city": Counter()}
    gazetteer = place_by_name()
    text = doc.search_text
    for mention in doc.mentions:
        if mention.type == "Organization" and mention.attrs.get("place"):
            place = gazetteer.get(mention.attrs["place"])  # "Tỉnh ủy Quảng Ngãi" names its province too
        elif mention.type == "Location":
            if _battle_before().search(text, max(0, mention.start - 40), mention.start):
                continue  # "Chiến thắng Điện Biên Phủ" names a battle, not where the article is
            place = gazetteer.get(mention.name) or _unit_province(mention)
        else:
            continue
        if place is None:
            continue
        if place.kind == "province":
            counts["province"][place.name] += 1
        elif place.kind in ("city", "town", "district") and place.parent in gazetteer:
            parent = gazetteer[place.parent]  # "Quy Nhơn" speaks of Bình Định
            counts["province" if parent.kind == "province" else "city"][parent.name] += 1
        if place.kind in ("municipality", "city"):
            counts["city"][place.name] += 1
    out = {}
    for level, counter in counts.items():
        if counter:
            out[level] = counter.most_common(1)[0][0]
    return out


@lru_cache(maxsize=None)
def _battle_before() -> re.Pattern[str]:
    """A battle or campaign named after its place ("Chiến thắng lịch sử Điện Biên Phủ"): ``battle_words.txt``,
    perhaps a lowercase word or two, then the place."""
    return re.compile(rf"(?<![\w])(?:{alternation(read_lines('battle_words.txt'))})(?: {LOWER}\w*){{0,2}} $")


def _unit_province(mention: Mention) -> Place | None:
    """The province a district or commune the gazetteer lacks lies in ("huyện Thạch An"), when the reference
    data tells one (:func:`~kgraph.admin_units.province_of_unit`)."""
    kind = mention.attrs.get("kind")
    if not mention.attrs.get("local") or kind not in ("district", "town", "commune", "ward", "township"):
        return None
    province = province_of_unit(mention.name, kind)
    return place_by_name().get(province) if province else None


_TERM_AT = re.compile(rf"[Kk]hóa {ROMAN} ")
_EVERY_PLACE = re.compile(r"\s*,\s*(?:thành phố|tỉnh|huyện|quận|xã|phường)\b")


def _place_after(text: str, pos: int, local: frozenset[str] = frozenset()) -> tuple[int, str | None, str | None, str | None]:
    """Parse "[admin word] [place]" at ``pos``: (end, level, admin word, place name).

    ``local`` holds the article's own communes and districts ("xã Trần Đề"
    elsewhere lets "Huyện ủy Trần Đề" be read).
    """
    i = pos
    while i < len(text) and text[i] == " ":
        i += 1
    term = _TERM_AT.match(text, i)
    if term:  # "Đoàn đại biểu Quốc hội khóa XV tỉnh Thái Bình"
        i = term.end()
    level = admin = None
    # "Thành phố Hồ Chí Minh" (also written "thành phố Hồ Chí Minh") is a name, not "thành phố" + "Hồ Chí Minh"
    whole = match_place_at((text[i : i + 1].upper() + text[i + 1 : i + 80])[:80], 0)  # a window, not a copy
    if whole is not None and whole[1].name.split()[0] in ("Thành", "Quận", "Huyện", "Thị"):
        end, place = whole
        end += i
        level = "city" if place.kind in ("municipality", "city") else "district"
        admin = {"Thành": "thành phố", "Quận": "quận", "Huyện": "huyện", "Thị": "thị xã"}[place.name.split()[0]]
        return end, level, admin, place.name
    match = _admin_at_start().match(text, i)
    if match:
        level, admin = admin_words()[match.group(1)]
        i = match.end()
    found = match_place_at(text, i)
    if found is not None and admin is not None and direction().match(text, found[0]):
        found = None  # "phường Thanh Xuân Bắc": a ward of its own, read below as a capitalized name
    if found is not None and found[1].kind == "country":
        found = None  # "MTTQ Việt Nam tỉnh": the country belongs to the body's name, no local place
    if found is not None:
        end, place = found
        return end, level, admin, place.name
    for name in sorted(local, key=lambda n: (-len(n), n)):  # longest first, the same on every run
        if text.startswith(name, i) and not text[i + len(name) : i + len(name) + 1].isalnum():
            return i + len(name), level, admin, name
    if admin is not None:
        if _EVERY_PLACE.match(text, match.end(1)):
            return pos, None, None, None  # "Công an tỉnh, thành phố": every province, no one body
        unknown = _CAPITALIZED.match(text, i)
        if unknown and (unknown.group().split()[0] in surnames() or " ".join(unknown.group().split()[:2]) in surnames()
                        or unknown.group().split()[0] in sentence_openers()):
            unknown = None  # "Chủ tịch UBND tỉnh Phạm Anh Tuấn": a person follows; "UBND TP.Ở cương vị mới": a sentence
        if unknown and level in ("province", "city") and not unknown.group()[0].isdigit():
            # provinces and cities are a closed list: "UBND TP Văn Hữu Chiến" names a person after the body
            unit = _unit_after(text, unknown.start(), admin)
            if unit is None:
                return match.end(1), level, admin, None
            return unit[0], level, admin, unit[1]
        if unknown:
            name = unknown.group()
            if name[0].isdigit():
                name = f"{admin.capitalize()} {name}"
            return unknown.end(), level, admin, name
        # the admin word alone ("UBND tỉnh"): the place comes from context
        return match.end(1), level, admin, None
    return pos, None, None, None


_LIST_SEP = re.compile(r"\s*(?:,|và|,\s*và)\s*|\s+[-–]\s+")


def _shared_suffixes(text: str, matches: list, local: frozenset[str]) -> dict[int, tuple]:
    """"Tỉnh ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam tỉnh Quảng Trị": heads listed before the last one share
    its admin word and place. Index of each such head -> (level, admin word, place or None)."""
    out: dict[int, tuple] = {}
    k = 0
    while k < len(matches):
        j = k
        while j + 1 < len(matches) and _LIST_SEP.fullmatch(text, matches[j].end, matches[j + 1].start):
            j += 1
        if j > k:
            _, level, admin, place = _place_after(text, matches[j].end, local)
            if admin is not None:
                for i in range(k, j):
                    head = matches[i].payload
                    if head.style != "bare" or admin in head.levels:
                        out[i] = (level, admin, place)
        k = j + 1
    return out


def _unit_after(text: str, pos: int, word: str) -> tuple[int, str] | None:
    """The administrative unit of the level ``word`` names ("huyện") written right after ``pos``."""
    from kgraph.admin_units import is_unit

    run = _CAPITALIZED.match(text, pos + 1 if text[pos : pos + 1] == " " else pos)
    if run is None or run.group()[0].isdigit():
        return None
    words = run.group().split()
    for n in range(len(words), 0, -1):
        name = " ".join(words[:n])
        if is_unit(name, word):
            return run.start() + len(name), name
    return None


def _local_name(head, level, admin, place) -> str:
    if head.style == "bare":
        return f"{head.head} {place}"
    if place[:1].isupper() and place.split()[0].lower() in {"thành", "quận", "huyện", "thị", "phường", "xã"}:
        return f"{head.head} {place}"  # "Thành phố Hồ Chí Minh", "Quận 2" carry their own admin word
    return f"{head.head} {admin} {place}"


def _default_admin(level: str, place: str) -> str:
    kind = place_by_name().get(place)
    if kind is not None and kind.kind in ("municipality", "city"):
        return "thành phố"
    return {"province": "tỉnh", "city": "thành phố", "town": "thị xã"}.get(level, "tỉnh")


def _item_province(doc: Document, at: int) -> str | None:
    """The one province named in the ';'-separated item of a list around ``at`` ("...; Bí thư Tỉnh ủy, Trưởng
    Đoàn đại biểu Quốc hội tỉnh Bắc Ninh Nguyễn Anh Tuấn; ..."): a bare "Tỉnh ủy" there is that province's."""
    text = doc.search_text
    sentence = doc.sentence_of(at)
    if sentence is None:
        return None
    start = max(sentence.start, text.rfind(";", sentence.start, at) + 1, text.rfind(":", sentence.start, at) + 1)
    end = text.find(";", at, sentence.end)
    if start == sentence.start and end < 0:
        return None  # no list: the article's province stands
    found = {m.payload.name for m in places().finditer(text[start : end if end >= 0 else sentence.end])
             if m.payload.kind in ("province", "municipality")}
    return found.pop() if len(found) == 1 else None


def _named_just_before(doc: Document, found: list[Mention], at: int, bare: str) -> str | None:
    """The province of a body written the same way earlier in the sentence: "Đoàn Công an tỉnh Luông Nậm Thà do
    Đại tá A, Phó Giám đốc Công an tỉnh làm Trưởng đoàn" speaks of that province's police, not the article's."""
    sentence = doc.sentence_of(at)
    gazetteer = place_by_name()
    for mention in reversed(found):
        if sentence is None or mention.start < sentence.start:
            return None
        place = gazetteer.get(mention.attrs.get("place") or "")
        if mention.end <= at and place is not None and place.kind in _PROVINCE_KINDS \
                and doc.search_text.startswith(bare + " ", mention.start):
            return place.name
    return None


_PROVINCE_KINDS = ("province", "municipality", "province_foreign")

# "đoàn công tác của tỉnh Khánh Hòa do đồng chí A, Bí thư Tỉnh ủy làm Trưởng đoàn": a visiting province's delegation
# (then the sentences that go on naming its members, "Cùng dự có ...", until the hosts: "Tiếp đoàn có ...")
_DELEGATION_OF = re.compile(rf"{DELEGATION_HEAD}(?: của)? (?:tỉnh|thành phố|TP\.?) ")


def _delegation_province(doc: Document, at: int) -> str | None:
    """The province whose delegation the text is naming at ``at``: a bare "Tỉnh ủy" or "HĐND tỉnh" among its
    members is that province's, not the host article's, in the sentence that names the delegation and the
    sentences that go on listing who came with it."""
    text = doc.search_text
    sentence = doc.sentence_of(at)
    if sentence is None:
        return None
    index = doc.sentences.index(sentence)
    start = sentence.start
    while index > 0 and companions_open().match(text, doc.sentences[index].start) \
            and "\n" not in text[doc.sentences[index - 1].end : doc.sentences[index].start]:
        index -= 1
        start = doc.sentences[index].start
    found = None
    for delegation in _DELEGATION_OF.finditer(text, start, at):
        place = places().match_prefix(text[delegation.end() : delegation.end() + 40])
        if place is not None and place.payload.kind in ("province", "municipality"):
            found = (delegation.end(), place.payload.name)
    if found is None or hosts_named().search(text, found[0], at):
        return None
    return found[1]


_NATIONAL = re.compile(r"\s+(?:[Qq]uốc gia|Trung ương)(?![\w])")


def local_bodies(doc: Document, defaults: dict[str, str]) -> list[Mention]:
    text = doc.search_text
    local = frozenset(m.name for m in doc.mentions if m.type == "Location" and m.attrs.get("local"))
    out = []
    matches = list(local_heads().finditer(text))
    shared = _shared_suffixes(text, matches, local)
    for k, match in enumerate(matches):
        head = match.payload
        if k in shared:
            end, (level, admin, place) = match.end, shared[k]
        else:
            end, level, admin, place = _place_after(text, match.end, local)
        if head.style == "bare" and head.levels and admin is None \
                and (place is None or admin_words()[head.levels[0]][0] not in ("province", "city")):
            unit = _unit_after(text, match.end, head.levels[0])
            # "Huyện ủy Quỳnh Lưu": a district the hand-made gazetteer lacks; "Huyện ủy Điện Biên Đông": a district
            # whose name runs on past the province's
            if unit is not None and (place is None or unit[0] > end):
                end, place = unit
                admin, level = head.levels[0], admin_words()[head.levels[0]][0]
        if admin is None and text[match.start : match.end] in _only_with_admin_word():
            continue  # "Ủy ban tỉnh Lâm Đồng" is its People's Committee; "Ủy ban" alone is any committee
        if place is None and text[match.start : match.end].islower():
            continue  # "huyện ủy huyện Tuần Giáo" is one committee; "các huyện ủy" are all of them
        if place is None and _NATIONAL.match(text, match.end):
            continue  # "Ban An toàn giao thông Quốc gia": the national body of that name, no province's
        if place is None:
            if head.style == "bare" and not head.levels:
                continue  # "Báo" needs its place
            if level is None:
                if head.style != "bare" and head.kind != "department":
                    # "UBND" alone: which one? Only the one the article names in full, if there is one
                    out.append(Mention(match.start, match.end, "Organization", head.head, "local_bodies",
                                       {"kind": head.kind, "key": f"{head.head.casefold()}@{doc.doc_id}",
                                        "needs_place": True}))
                    continue
                level_word = head.levels[0]
                level = admin_words()[level_word][0]
                if head.kind == "department" and level not in defaults:
                    level = "city"  # a department of a centrally-run city
            place = _item_province(doc, match.start) if level in ("province", "city") else None
            if level in ("province", "city"):
                place = place or _delegation_province(doc, match.start)
            if level in ("province", "city"):
                place = place or _named_just_before(doc, out, match.start, text[match.start : end])
            place = place or defaults.get(level)
            end = end if end > match.end else match.end
            if place is None:
                # the article never names its province: keep the form it uses, scoped to the article
                if head.style == "admin" and admin is None and head.kind != "department":
                    continue
                name = head.head if head.style == "bare" or admin is None else f"{head.head} {admin}"
                if head.kind == "party_committee_alias" and admin is not None:
                    # "Ban Chấp hành Đảng bộ phường" is "Đảng ủy phường", completed from the one the article names
                    committee = _COMMITTEE_BY_LEVEL.get(level or "province") or (
                        "Quận ủy" if admin == "quận" else "Huyện ủy")
                    name = f"Đảng ủy {admin}" if committee == "Đảng ủy" else committee
                out.append(Mention(match.start, end, "Organization", name, "local_bodies",
                                   {"kind": head.kind, "key": f"{name.casefold()}@{doc.doc_id}"}))
                continue
            admin = admin or _default_admin(level, place)
        elif admin is None:
            if head.style == "admin":
                known = place_by_name().get(place)
                if known is None:
                    continue
                level = "province" if known.kind == "province" else "city"
                admin = _default_admin(level, place)
        if head.levels and admin is not None and admin not in head.levels and head.style == "admin":
            continue
        if head.kind == "party_committee_alias":
            committee = _COMMITTEE_BY_LEVEL.get(level or "province") or (
                "Quận ủy" if admin == "quận" else "Huyện ủy"
            )
            name = f"{committee} {place}" if committee != "Đảng ủy" else f"Đảng ủy {admin} {place}"
        else:
            name = _local_name(head, level, admin, place)
        out.append(Mention(match.start, end, "Organization", name, "local_bodies", {"kind": head.kind, "place": place}))
    return _complete_from_named(out)


def communes(mentions: list[Mention]) -> set[tuple[str, str]]:
    """The (admin word, name) of each commune or ward the article's named local bodies sit in."""
    words = {admin for level, admin in admin_words().values() if level == "commune"}
    out = set()
    for mention in mentions:
        place = mention.attrs.get("place")
        if place and not mention.attrs.get("key"):
            out.update((word, place) for word in words if mention.name.endswith(f" {word} {place}"))
    return out


@lru_cache(maxsize=None)
def _only_with_admin_word() -> frozenset[str]:
    return frozenset(read_lines("aliases_with_admin_word.txt"))


def _complete_from_named(mentions: list[Mention]) -> list[Mention]:
    """"Đảng bộ xã" or "Đảng ủy" after "Đảng bộ xã Phong Hải": the one body of that kind the article names.

    A bare head that names no such body ("UBND" alone) is dropped.
    """
    # the names of unkeyed mentions, sorted: a renamed mention takes one of them, so the list holds
    names = sorted({m.name for m in mentions if not m.attrs.get("key")})
    for mention in mentions:
        if not mention.attrs.get("key"):
            continue
        prefix = mention.name + " "
        first = bisect_left(names, prefix)
        named = {n for n in names[first : first + 2] if n.startswith(prefix)}  # one, or more than one
        if not named and mention.name.startswith("Đảng ủy "):
            # "Đảng ủy xã" in an article about "Đảng bộ xã Tân Lập": the committee of that Party organization
            organization = "Đảng bộ " + mention.name[len("Đảng ủy "):] + " "
            first = bisect_left(names, organization)
            named = {"Đảng ủy " + n[len("Đảng bộ "):] for n in names[first : first + 2] if n.startswith(organization)}
            if not named:
                # "Đảng ủy xã" where the article's local bodies all name one commune ("UBND xã Phong Hải",
                # "Ủy ban MTTQ xã Phong Hải"): that commune's Party committee
                admin = mention.name[len("Đảng ủy "):]
                named = {f"Đảng ủy {word} {place}" for word, place in communes(mentions) if word == admin}
            if len(named) == 1:
                mention.name = named.pop()
                mention.attrs.pop("key")
                mention.attrs.pop("needs_place", None)
                mention.attrs["place"] = mention.name.split(" ", 3)[-1]
            continue
        if len(named) == 1:
            mention.name = named.pop()
            mention.attrs.pop("key")
            mention.attrs.pop("needs_place", None)
            mention.attrs["place"] = next(m.attrs.get("place") for m in mentions if m.name == mention.name)
            continue
        admin = mention.name.rsplit(" ", 1)[-1]
        # "HĐND xã", "Ủy ban MTTQ xã" where the article's local bodies all name one commune: that commune's body
        place = {p for word, p in communes(mentions) if word == admin and not mention.name.startswith("Đảng bộ ")}
        if len(place) == 1:
            mention.attrs["place"] = place.pop()
            mention.name = f"{mention.name} {mention.attrs['place']}"
            mention.attrs.pop("key")
            mention.attrs.pop("needs_place", None)
    return [m for m in mentions if not m.attrs.get("needs_place")]
