"""Locations: provinces, cities, districts, regions, countries and venues.

A place is found by the gazetteer; an administrative word right before it
("tỉnh", "TP", "huyện") joins the mention, so "tỉnh Gia Lai" becomes the
alias of the place "Gia Lai", as the GUIDE asks.
"""

from __future__ import annotations

import re

from kgraph.document import Document, Mention
from kgraph.gazetteer import Place, admin_words, places

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
    window = text[start : start + 80]
    for match in places().finditer(window):
        if match.start == 0:
            return start + match.end, match.payload
        break
    return None


def recognize_places(doc: Document) -> Document:
    """Pipeline component: Location mentions from the place gazetteer."""
    text = doc.search_text
    for match in places().finditer(text):
        place = match.payload
        start = match.start
        admin = admin_before(text, start)
        if admin is not None and place.kind not in ("country", "region", "venue", "city_foreign"):
            start = admin[0]
        doc.mentions.append(
            Mention(start, match.end, "Location", place.name, "places", {"kind": place.kind})
        )
    return doc
