"""Locations: provinces, cities, districts, communes, regions, countries and venues.

A place is found by the gazetteer; an administrative word right before it
("tỉnh", "TP", "huyện") joins the mention, so "tỉnh Gia Lai" becomes the
alias of the place "Gia Lai", as the GUIDE asks. Communes and districts are
too many for a hand-made list: a lowercase admin word and a capitalized name
("xã Phong Hải", "phường 5") name one, and the units of both maps (before and
after 2025, from ``vietnamadminunits`` through :mod:`kgraph.admin_units`) cut
a name that runs on ("xã Hạ Bằng Phường …"), continue a list ("phường Thanh
Xuân Trung và Nhân Chính") and name a bare district or commune after "tại",
"ở", "đến", "thăm". The admin word gives the place its unit type (``kind``: ward, commune,
township, district …). Venues open with a head from ``venue_heads.txt``
("Trung tâm Hội nghị tỉnh", "Hội trường Diên Hồng").
"""

from __future__ import annotations

import re
from functools import lru_cache

from kgraph.admin_units import is_unit, unit_of_word, units_named
from kgraph.document import Document, Mention
from kgraph.gazetteer import Place, admin_words, places, sentence_openers, short_name_cue, state_form_before, surnames
from kgraph.normalize import LOWER, UPPER, search_form
from kgraph.recognize.boundaries import end_on_a_whole_word
from kgraph.recognize.credits import opens_a_credit
from kgraph.recognize.phrases import alternation, with_first_letters, word_alternation
from kgraph.resources import read_lines

__all__ = ["recognize_places", "admin_before", "before_a_person", "match_place_at"]

_ADMIN_TAIL = None


def _admin_tail() -> re.Pattern[str]:
    global _ADMIN_TAIL
    if _ADMIN_TAIL is None:
        words = sorted(admin_words(), key=len, reverse=True)
        _ADMIN_TAIL = re.compile(with_first_letters(rf"(?:^|(?<=[\s(,;:]))({alternation(words)})\s*$"))  # a trie
    return _ADMIN_TAIL


def admin_before(text: str, start: int) -> tuple[int, str] | None:
    """The admin word ending right before ``start``: (its start, its level).

    The word is separated by white space ("tỉnh Gia Lai") or ends in a dot
    ("TP.HCM").
    """
    window = text[max(0, start - 30) : start]
    match = _admin_tail().search(window)
    if match is None:
        return None
    if match.end(1) == len(window) and not match.group(1).endswith("."):
        return None
    level, _word = admin_words()[match.group(1)]
    return start - len(window) + match.start(1), level


def match_place_at(text: str, start: int) -> tuple[int, Place] | None:
    """A gazetteer place starting exactly at ``start`` (its end and the place)."""
    match = places().match_prefix(text[start : start + 80])
    if match is not None and match.payload.kind != "none":
        return start + match.end, match.payload
    return None


# a capitalized word; a capital right after a lowercase letter opens a sentence glued to it ("Kiến XươngTại ...")
_WORD = rf"{UPPER}(?:{LOWER}|[\d_'-]|(?<!{LOWER}){UPPER})*"
_NAME = rf"{_WORD}(?: {_WORD}){{0,3}}"
_NAME_END = rf"(?!{LOWER}|[\d_'-]|(?<!{LOWER}){UPPER})"  # where a _NAME may end
_LOCAL_PLACE = re.compile(with_first_letters(
    rf"(?<![\w])(xã|phường|thị trấn|huyện|quận|thị xã|đặc khu|thôn|xóm|ấp|bản|khu phố|tổ dân phố"
    rf"|Xã|Phường|Thị trấn|Huyện|Quận|Thị xã|Đặc khu|thành phố|Thành phố|TP\.?) ({_NAME}{_NAME_END}|\d+(?![\w]))"
))


@lru_cache(maxsize=None)
def _venue() -> re.Pattern[str]:
    heads = read_lines("venue_heads.txt")
    # news often writes a head in title case ("Nghĩa Trang Liệt sĩ X", "Nhà Văn hóa Y"): the same head
    heads = sorted({*heads, *(" ".join(w[:1].upper() + w[1:] for w in h.split(" ")) for h in heads if h[:1].isupper())})
    units = "tỉnh|thành phố|huyện|quận|xã|phường|thôn|xóm|ấp|bản|khu phố"
    # a venue's own name may bridge lowercase words between capitalized ones: "Công viên Văn hóa Tràng An"
    # ("Đền Trung lên Đền Thượng": a way from one venue to another, no word between them bridges)
    # (and a number may end it: "Nghĩa trang liệt sĩ Quốc gia Đồi 82")
    name = (rf"{UPPER}[\w'-]*(?:(?: (?!và |của |tại |với |ở |cùng |lên |xuống |đến |tới |sang |rồi |qua |về |từ )"
            rf"{LOWER}[\w'-]*){{0,3}} {UPPER}[\w'-]*)*(?: \d+(?![\w/.,-]\d))?")
    # a head alone ("tại công viên", "Bảo tàng") names no particular place
    return re.compile(rf"({word_alternation(heads)})(?: (?:{units})(?: (?P<place>{_NAME}))?| {name})(?![\w])")


@lru_cache(maxsize=None)
def direction() -> re.Pattern[str]:
    """A direction after a place's name, which makes another place ("Thanh Xuân Bắc")."""
    words = "|".join(re.escape(w) for w in read_lines("place_directions.txt"))
    return re.compile(rf" (?:{words})(?![\w])")
_LIST_ITEM = re.compile(rf"(?:, | và )({_NAME}){_NAME_END}")


_ADMIN_IN_NAME = re.compile(r" (?:Phường|Xã|Thị trấn|Thị xã|Huyện|Quận|Tỉnh|Thành phố|Đặc khu)(?![\w])")


def unit_kind(word: str, default: str = "village") -> str:
    """The unit type an admin word gives the place after it ("phường" -> ward, "huyện" -> district)."""
    units = unit_of_word(word)
    return units[0] if len(units) == 1 else default


def _cut_name(name: str, word: str) -> str:
    """The unit's name in a capitalized run: up to a capitalized admin word ("Hạ Bằng Phường Thanh"),
    and the longest known unit of the word's type when the whole run is none ("Sơn Hà Nguyễn")."""
    inner = _ADMIN_IN_NAME.search(name)
    if inner:
        name = name[: inner.start()]
    types = unit_of_word(word)
    if not types or units_named(name, types):
        return name
    syllables = name.split(" ")
    for size in range(len(syllables) - 1, 1, -1):
        if units_named(" ".join(syllables[:size]), types):
            return " ".join(syllables[:size])
    return name


def _person_shaped(name: str) -> bool:
    """A name of three or four syllables that opens with a family name ("Lê Minh Lực")."""
    syllables = name.split(" ")
    return 3 <= len(syllables) <= 4 and syllables[0] in surnames()


def before_a_person(text: str, start: int, name: str) -> str:
    """The village's name without the person written right after it ("ấp Phú Mỹ Đỗ Văn Châu", "xã Sơn Hà Nguyễn Văn A"): it ends
    before a family name that a capitalized given name follows."""
    family = surnames()
    words = name.split(" ")
    for i in range(1, len(words)):
        if words[i] in family and _NEXT_CAPITAL.match(text, start + len(" ".join(words[: i + 1]))):
            return " ".join(words[:i])
    return name


_NEXT_CAPITAL = re.compile(rf" {UPPER}")


def _local_places(doc: Document, taken: list[tuple[int, int]]) -> None:
    text = doc.search_text
    position = 0
    while match := _LOCAL_PLACE.search(text, position):
        position = match.end()
        if any(s <= match.start(2) < e for s, e in taken):
            continue
        word, name = match.group(1), match.group(2)
        if len(name) > 1 and name.isupper():
            continue  # "xã NTM" (nông thôn mới): an abbreviation, not a commune's name
        # a capitalized word opens a sentence or a name, "thành phố" a slogan ("thành phố Xanh"):
        # after them only a known unit is a place
        strict = word[0].isupper() or word == "thành phố"
        if name.isdigit() and word.casefold() in ("thành phố", "tp", "tp."):
            continue
        if name.isdigit():
            name = f"{word.capitalize()} {name}"  # "quận 2" -> "Quận 2"
            end = match.end()
        else:
            name = _cut_name(name, word)
            if not is_unit(name, word):
                name = before_a_person(text, match.start(2), name)
            end = position = match.start(2) + len(name)  # "xã A Phường B": B is read next
            if not is_unit(name, word) and (strict or _person_shaped(name) or name.split(" ")[0] in sentence_openers()):
                continue  # "Bí thư Đảng ủy xã Lê Minh Lực": no commune has that name; a person follows
                # "của quận, huyện Theo ông A": a sentence run on after the unit's word, no unit
        word = word.casefold()
        level = unit_kind(word, admin_words().get(word, ("village", ""))[0])
        if word in ("thành phố", "tp", "tp."):
            level = min({u.unit for u in units_named(name, unit_of_word(word))} or {"city"})  # city before municipality
        doc.mentions.append(Mention(match.start(), end, "Location", name, "places",
                                    {"kind": level, "local": True}))
        listed = text[max(0, match.start() - 4) : match.start()] == "các "  # "các xã A, B và C"
        while item := _LIST_ITEM.match(text, end):
            name = item.group(1) if listed else _cut_name(item.group(1), word)
            if not listed and not is_unit(name, word):
                break  # "phường A và B": B continues the list only when it is a unit of that type
            doc.mentions.append(Mention(item.start(1), item.start(1) + len(name), "Location", name, "places",
                                        {"kind": level, "local": True}))
            end = item.start(1) + len(name)


_BARE_CUE = re.compile(rf"{word_alternation(['tại', 'ở', 'đến', 'thăm'])} ({_NAME}){_NAME_END}")


def _bare_units(doc: Document, taken: list[tuple[int, int]]) -> None:
    """A district's or commune's name without its admin word, where "tại", "ở", "đến", "thăm" make it a place.

    Many wards bear a person's name ("Trần Phú", "Lê Lợi"): a name that opens
    with a surname needs its admin word.
    """
    text = doc.search_text
    for match in _BARE_CUE.finditer(text):
        if any(s < match.end(1) and match.start(1) < e for s, e in taken):
            continue
        name = match.group(1)
        if search_form(name.split(" ")[0]) in surnames():
            continue
        units = units_named(name, ("district", "town", "city", "ward", "commune", "township", "special_zone"))
        if not units:
            continue
        # a bare name most often means the larger unit: "tại Ba Vì" is the district before the commune
        kinds = [k for k in ("district", "town", "city") if any(u.unit == k for u in units)]
        kinds = kinds or sorted({u.unit for u in units})
        doc.mentions.append(Mention(match.start(1), match.end(1), "Location", name, "places",
                                    {"kind": kinds[0] if len(kinds) == 1 else "admin_unit", "local": True}))


_BODY_IN_VENUE = re.compile(r" (?:(?:Tỉnh|Thành|Huyện|Quận|Thị|Đảng) (?:ủy|uỷ|Ủy|Uỷ)|UBND|HĐND|Ủy ban|Uỷ ban)(?![\w])")


def _venues(doc: Document) -> None:
    text = doc.search_text
    for match in _venue().finditer(text):
        if _BODY_IN_VENUE.search(match.group()):
            continue  # "Hội trường Thành ủy": a body's hall, named after the body ("Nghĩa trang Thành Cổ" is none)
        # "Nhà tưởng niệm Anh hùng liệt sĩ ...": a name ends on a whole word, not on the "Anh" of "Anh hùng"
        end = end_on_a_whole_word(text, match.start(), match.end(), match.end(1))
        if end is None:
            continue
        known = match_place_at(text, match.start("place")) if match["place"] else None
        if known is not None and known[0] < end and known[1].kind in ("province", "municipality"):
            end = known[0]  # "tại Nghĩa trang liệt sĩ tỉnh Đồng Nai Lễ truy điệu ...": the venue ends with its place
        doc.mentions.append(Mention(match.start(), end, "Location", text[match.start() : end], "places",
                                    {"kind": "venue"}))


@lru_cache(maxsize=None)
def _not_place_cue() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in sorted(read_lines("not_place_cues.txt"), key=len, reverse=True))
    return re.compile(rf"(?<![\w])(?:{words}) $")


@lru_cache(maxsize=None)
def _not_place_follower() -> re.Pattern[str]:
    """"Đức Phật", "Đức Pháp chủ": a country's short name as an honorific (``not_place_followers.txt``)."""
    words = "|".join(re.escape(w) for w in sorted(read_lines("not_place_followers.txt"), key=len, reverse=True))
    return re.compile(rf" (?:{words})(?![\w])")


def _starts_a_title(text: str, start: int, end: int) -> bool:
    """"Pháp chủ": a country's short name that is the first word of a longer title."""
    from kgraph.gazetteer import titles

    for found in titles().finditer(text[start : start + 40]):
        return found.start == 0 and found.end > end - start
    return False


def _inside_a_name_or_war(text: str, start: int) -> bool:
    """A country's name that is part of a person's name ("Trần Đức Quận", a byline "VGP/Nhật Bắc", "anh Đức")
    or names a war's adversary ("kháng chiến chống Mỹ")."""
    before = text[max(0, start - 25) : start]
    if before.endswith("/") or re.search(rf"{UPPER}[\w'-]* $", before):
        return True
    return bool(_not_place_cue().search(before) or short_name_cue().search(before))



_HOME = "Việt Nam"


_NEXT_LOWER = re.compile(rf" ({LOWER}\w*)")


@lru_cache(maxsize=4096)
def _words(phrase: str) -> tuple[str, ...]:
    from underthesea import word_tokenize  # lazily: importing kgraph stays cheap

    return tuple(word_tokenize(phrase))


def _runs_into_a_word(text: str, start: int, end: int) -> bool:
    """Whether a place of one syllable makes one word with the lowercase syllable after it, by underthesea's
    word segmentation: "Vinh quang" (glory), not the city of Vinh ("tại Vinh cùng ...")."""
    following = _NEXT_LOWER.match(text, end)
    if following is None or " " in text[start:end]:
        return False  # a name of two syllables or more is itself a word ("Đống Đa lịch sử")
    last = text[start:end].split()[-1]
    joined = f"{last} {following.group(1)}"
    return any(word == joined or word.endswith(" " + joined) for word in _words(f"{text[start:end]} {following.group(1)}"))


def recognize_places(doc: Document) -> Document:
    """Pipeline component: Location mentions from the gazetteer, admin words and venue heads."""
    text = doc.search_text
    taken = []
    for match in places().finditer(text):
        if direction().match(text, match.end) and admin_before(text, match.start) is not None:
            continue  # "phường Thanh Xuân Bắc" is a ward of its own, not "Thanh Xuân": read as a local place
        if match.payload.kind == "country" and admin_before(text, match.start) is not None:
            continue  # "xã Đức Long", "phường Lào Cai": an admin word names a unit at home, never a country
        taken.append((match.start, match.end))
        if match.payload.kind == "none":
            continue
        if admin_before(text, match.start) is None and _runs_into_a_word(text, match.start, match.end):
            continue  # "Chương trình "Vinh quang Việt Nam"": "Vinh quang" (glory) is one word, no city
        place = match.payload
        if place.kind == "country" and (_inside_a_name_or_war(text, match.start) or opens_a_credit(text, match.start)
                                        or _not_place_follower().match(text, match.end)
                                        or _starts_a_title(text, match.start, match.end)):
            continue
        start, kind = match.start, place.kind
        if place.kind == "country":  # "Liên bang Thụy Sĩ", "Vương quốc Campuchia": the state's formal name
            form = state_form_before().search(text, max(0, start - 40), start)
            start = form.start() if form else start
        admin = admin_before(text, start)
        if admin is not None and place.kind not in ("country", "region", "venue", "city_foreign", "province_foreign"):
            start = admin[0]
            kind = unit_kind(text[start : match.start].strip().rstrip(".").casefold(), kind)
            if place.kind == "province" and text[start : match.start].strip().rstrip(".").casefold() in ("thành phố", "tp") \
                    and units_named(place.name, ("city",)):
                # "thành phố Tuyên Quang", "TP Kon Tum": the provincial capital, another place than the province
                doc.mentions.append(Mention(start, match.end, "Location", f"Thành phố {place.name}", "places",
                                            {"kind": "city"}))
                continue
            if kind in ("municipality", "city") or place.kind == "municipality":
                kind = place.kind  # "thành phố Đà Nẵng": the gazetteer's unit
        doc.mentions.append(
            Mention(start, match.end, "Location", place.name, "places", {"kind": kind})
        )
    _own_country_at_home(doc)
    _local_places(doc, taken)
    _bare_units(doc, taken + [(m.start, m.end) for m in doc.mentions])
    _venues(doc)
    return doc


def _own_country_at_home(doc: Document) -> None:
    """"Việt Nam" is a place the article is about only beside another country ("hợp tác giữa Việt Nam và Lào");
    in home news ("nghệ sĩ nổi tiếng của Việt Nam", "lực lượng Đặc công Việt Nam") it qualifies, it is no place
    of the story."""
    if any(m.type == "Location" and m.attrs.get("kind") == "country" and m.name != _HOME for m in doc.mentions):
        return
    text = doc.search_text
    if any(m.type == "Location" and m.name == _HOME and _IN_A_PLACE.search(text, max(0, m.start - 6), m.start)
           for m in doc.mentions):
        return  # "những thành tựu 40 năm qua ở Việt Nam": where things happen
    doc.mentions[:] = [m for m in doc.mentions if not (m.type == "Location" and m.name == _HOME)]


_IN_A_PLACE = re.compile(r"(?<![\w])(?:ở|tại)\s+$")
