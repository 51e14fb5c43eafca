"""Locations: provinces, cities, districts, communes, regions, countries and venues.

A place is found by the gazetteer; an administrative word right before it
("tỉnh", "TP", "huyện") joins the mention, so "tỉnh Gia Lai" becomes the
alias of the place "Gia Lai", as the GUIDE asks. Communes and districts are
too many (and, since 2025, too new) for a list: a lowercase admin word and a
capitalized name ("xã Phong Hải", "phường 5") name one. Venues open with a
head from ``venue_heads.txt`` ("Trung tâm Hội nghị tỉnh", "Hội trường Diên Hồng").
"""

from __future__ import annotations

import re
from functools import lru_cache

from kgraph.document import Document, Mention
from kgraph.gazetteer import Place, admin_words, places
from kgraph.normalize import LOWER, UPPER
from kgraph.resources import read_lines

__all__ = ["recognize_places", "admin_before", "match_place_at"]

_ADMIN_TAIL = None


def _admin_tail() -> re.Pattern[str]:
    global _ADMIN_TAIL
    if _ADMIN_TAIL is None:
        words = sorted(admin_words(), key=len, reverse=True)
        alternation = "|".join(re.escape(w) for w in words)
        _ADMIN_TAIL = re.compile(rf"(?:^|(?<=[\s(,;:]))({alternation})\s*$")
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


_NAME = rf"{UPPER}[\w'-]*(?: {UPPER}[\w'-]*){{0,3}}"
_LOCAL_PLACE = re.compile(
    rf"(?<![\w])(xã|phường|thị trấn|huyện|quận|thị xã|đặc khu|thôn|ấp|bản|khu phố|tổ dân phố) ({_NAME}|\d+)(?![\w])"
)


@lru_cache(maxsize=None)
def _venue() -> re.Pattern[str]:
    heads = "|".join(re.escape(h) for h in sorted(read_lines("venue_heads.txt"), key=len, reverse=True))
    units = "tỉnh|thành phố|huyện|quận|xã|phường|thôn|ấp|bản|khu phố"
    # a venue's own name may bridge lowercase words between capitalized ones: "Công viên Văn hóa Tràng An"
    name = rf"{UPPER}[\w'-]*(?:(?: (?!và |của |tại |với |ở |cùng ){LOWER}[\w'-]*){{0,2}} {UPPER}[\w'-]*)*"
    # a head alone ("tại công viên", "Bảo tàng") names no particular place
    return re.compile(rf"(?<![\w])(?:{heads})(?: (?:{units})(?: {_NAME})?| {name})(?![\w])")


@lru_cache(maxsize=None)
def direction() -> re.Pattern[str]:
    """A direction after a place's name, which makes another place ("Thanh Xuân Bắc")."""
    words = "|".join(re.escape(w) for w in read_lines("place_directions.txt"))
    return re.compile(rf" (?:{words})(?![\w])")
_LIST_ITEM = re.compile(rf"(?:, | và )({_NAME})(?![\w])")


def _local_places(doc: Document, taken: list[tuple[int, int]]) -> None:
    text = doc.search_text
    for match in _LOCAL_PLACE.finditer(text):
        if any(s <= match.start(2) < e for s, e in taken):
            continue
        name = match.group(2)
        if len(name) > 1 and name.isupper():
            continue  # "xã NTM" (nông thôn mới): an abbreviation, not a commune's name
        if name.isdigit():
            name = f"{match.group(1).capitalize()} {name}"  # "quận 2" -> "Quận 2"
        level = admin_words().get(match.group(1), ("village", ""))[0]
        doc.mentions.append(Mention(match.start(), match.end(), "Location", name, "places",
                                    {"kind": level, "local": True}))
        if text[max(0, match.start() - 4) : match.start()] == "các ":  # "các xã A, B và C"
            end = match.end()
            while item := _LIST_ITEM.match(text, end):
                doc.mentions.append(Mention(item.start(1), item.end(1), "Location", item.group(1), "places",
                                            {"kind": level, "local": True}))
                end = item.end()


def _venues(doc: Document) -> None:
    for match in _venue().finditer(doc.search_text):
        if re.search(r" (?:Tỉnh|Thành|Huyện|Quận|Thị|Đảng|UBND|HĐND|Ủy)\b", match.group()):
            continue  # "Hội trường Thành ủy": a body's hall, named after the body
        doc.mentions.append(Mention(match.start(), match.end(), "Location", match.group(), "places",
                                    {"kind": "venue"}))


@lru_cache(maxsize=None)
def _not_place_cue() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in sorted(read_lines("not_place_cues.txt"), key=len, reverse=True))
    return re.compile(rf"(?<![\w])(?:{words}) $")


def _inside_a_name_or_war(text: str, start: int) -> bool:
    """A country's name that is part of a person's name ("Trần Đức Quận", a byline "VGP/Nhật Bắc")
    or names a war's adversary ("kháng chiến chống Mỹ")."""
    before = text[max(0, start - 25) : start]
    if before.endswith("/") or re.search(rf"{UPPER}[\w'-]* $", before):
        return True
    return bool(_not_place_cue().search(before))


def recognize_places(doc: Document) -> Document:
    """Pipeline component: Location mentions from the gazetteer, admin words and venue heads."""
    text = doc.search_text
    taken = []
    for match in places().finditer(text):
        if direction().match(text, match.end) and admin_before(text, match.start) is not None:
            continue  # "phường Thanh Xuân Bắc" is a ward of its own, not "Thanh Xuân": read as a local place
        taken.append((match.start, match.end))
        if match.payload.kind == "none":
            continue
        place = match.payload
        if place.kind == "country" and _inside_a_name_or_war(text, match.start):
            continue
        start = match.start
        admin = admin_before(text, start)
        if admin is not None and place.kind not in ("country", "region", "venue", "city_foreign"):
            start = admin[0]
        doc.mentions.append(
            Mention(start, match.end, "Location", place.name, "places", {"kind": place.kind})
        )
    _local_places(doc, taken)
    _venues(doc)
    return doc
