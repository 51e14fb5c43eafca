"""Vietnam's administrative units before and after 2025: what a place is, where it lies now, where it is.

The units come from ``vietnamadminunits`` (the 63-province map, the 34-province
map of 2025-07-01 and the mapping between them) through
``data/admin_units.tsv``, which ``scripts/admin_units.py`` generates. The
places recognizer asks which names are units of a level ("xã Sơn Hà");
the RDF writer asks what a Location of an article is: its unit type, its
current province when one can be told, and its coordinates when exactly one
unit fits. A name shared by many units ("Phường 1", "Sơn Hà") is narrowed by
the article's date (the map of its time) and the provinces the article names.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from kgraph.errors import KGraphError
from kgraph.normalize import match_key
from kgraph.resources import read_lines, read_tsv

__all__ = ["Unit", "PlaceFacts", "UNIT_TYPES", "units_named", "unit_of_word", "is_unit", "place_facts",
           "document_places", "province_of_unit"]

#: unit type -> (English label, Vietnamese word), in order of level.
UNIT_TYPES = {
    "province": ("province", "tỉnh"),
    "municipality": ("centrally-run city", "thành phố trực thuộc Trung ương"),
    "city": ("provincial city", "thành phố"),
    "town": ("town", "thị xã"),
    "district": ("district", "quận, huyện"),
    "ward": ("ward", "phường"),
    "commune": ("commune", "xã"),
    "township": ("township", "thị trấn"),
    "special_zone": ("special zone", "đặc khu"),
}

#: The admin word before a name -> the unit types it may name.
_WORD_UNITS = {
    "tỉnh": ("province",),
    "thành phố": ("municipality", "city"),
    "tp": ("municipality", "city"),
    "tp.": ("municipality", "city"),
    "quận": ("district",),
    "huyện": ("district",),
    "thị xã": ("town",),
    "phường": ("ward",),
    "xã": ("commune",),
    "thị trấn": ("township",),
    "đặc khu": ("special_zone",),
}

_REORGANIZED = "2025-07-01"
_COLUMNS = ("name", "unit", "period", "province", "current", "lat", "long", "code")  # Nghị quyết 202/2025/QH15: the 34-province map


@dataclass(frozen=True)
class Unit:
    """One administrative unit of one map (``period``: pre2025, post2025 or both)."""

    name: str
    unit: str
    period: str
    province: str
    current: str
    lat: float | None
    long: float | None
    code: str


@dataclass(frozen=True)
class PlaceFacts:
    """What the reference data tells of a Location; None where it cannot tell one answer."""

    unit: str | None
    current_province: str | None
    lat: float | None = None
    long: float | None = None
    code: str | None = None


@lru_cache(maxsize=None)
def _units() -> dict[str, tuple[Unit, ...]]:
    lines = read_lines("admin_units.tsv")  # 12,000 rows: split by hand, keyed once per distinct name
    if lines[0].split("\t") != list(_COLUMNS):
        raise KGraphError(f"kgraph/data/admin_units.tsv: the header is not {_COLUMNS}; "
                          "regenerate it with python scripts/admin_units.py")
    grouped: dict[str, list[Unit]] = defaultdict(list)
    keys: dict[str, str] = {}
    for line in lines[1:]:
        name, unit, period, province, current, lat, long, code = (line.split("\t") + [""] * 8)[:8]
        key = keys.get(name) or keys.setdefault(name, match_key(name))
        grouped[key].append(Unit(name, unit, period, province, current, float(lat) if lat else None,
                                 float(long) if long else None, code))
    return {key: tuple(units) for key, units in grouped.items()}


def units_named(name: str, units: tuple[str, ...] | None = None) -> tuple[Unit, ...]:
    """The units called ``name`` (bare, any spelling of case and tone placement), of the given types."""
    found = _units().get(match_key(name), ())
    return found if units is None else tuple(u for u in found if u.unit in units)


def unit_of_word(word: str) -> tuple[str, ...]:
    """The unit types an admin word names ("xã" -> commune, "thành phố" -> municipality or city)."""
    return _WORD_UNITS.get(word.strip().casefold(), ())


def is_unit(name: str, word: str) -> bool:
    """Whether ``word name`` ("phường Nhân Chính") names a unit on either map."""
    return bool(units_named(name, unit_of_word(word)))


@lru_cache(maxsize=None)
def _unchanged_provinces() -> frozenset[str]:
    """Provinces the 2025 reorganization left as they were (Cao Bằng, Nghệ An): on both maps, and no older
    province merged into them."""
    provinces = [u for units in _units().values() for u in units if u.unit in ("province", "municipality")]
    merged_into = {u.current for u in provinces if u.period == "pre2025"}
    return frozenset(u.name for u in provinces if u.period == "both" and u.name not in merged_into)


def province_of_unit(name: str, unit: str) -> str | None:
    """The province a district or commune called ``name`` lies in, when every unit of that name and type
    lies in one, on the map of its time: a unit on both maps only in a province the reorganization left
    unchanged (a commune of Bắc Ninh today may have been one of Bắc Giang)."""
    provinces = set()
    for found in units_named(name, (unit,)):
        if found.period == "both" and found.province not in _unchanged_provinces():
            return None
        provinces.add(found.province)
    return provinces.pop() if len(provinces) == 1 else None


def place_facts(name: str, kind: str | None, when: str | None = None,
                provinces: frozenset[str] = frozenset()) -> PlaceFacts | None:
    """The unit type, current province and coordinates of the place ``name`` of type ``kind``.

    ``when`` (an ISO date) picks the map of the article's time (undated: both
    maps); ``provinces``
    (names the article uses) keeps the units that lie in one of them. The
    current province is given when every remaining unit lies in one; the
    coordinates and code when one unit remains. None for a place that is not
    a Vietnamese unit (a country, a region, a venue).
    """
    if kind is None:  # an entity from elsewhere, without the recognizer's kind: a province's name only
        kinds = {u.unit for u in units_named(name, ("province", "municipality"))}
        kind = kinds.pop() if len(kinds) == 1 else None
    if kind not in UNIT_TYPES:
        return None
    types = (kind,) if kind != "city" else ("city", "municipality")
    candidates = units_named(name, types)
    if not candidates:
        return PlaceFacts(kind, _older_province(name) if kind == "province" else None)
    wanted = {match_key(p) for p in provinces}
    inside = [u for u in candidates if match_key(u.province) in wanted or match_key(u.current) in wanted]
    candidates = tuple(inside) or candidates
    if when:  # an undated article may speak of either map
        after = str(when)[:10] >= _REORGANIZED
        of_time = [u for u in candidates if u.period == "both" or u.period == ("post2025" if after else "pre2025")]
        candidates = tuple(of_time) or candidates
    currents = {u.current for u in candidates}
    current = currents.pop() if len(currents) == 1 else None
    if len(candidates) == 1:
        (one,) = candidates
        return PlaceFacts(one.unit, current, one.lat, one.long, one.code or None)
    units = {u.unit for u in candidates}
    return PlaceFacts(units.pop() if len(units) == 1 else kind, current)


@lru_cache(maxsize=None)
def _older_provinces() -> dict[str, str]:
    """Provinces older than the library's map, from the hand list: Thừa Thiên Huế -> Huế."""
    return {match_key(row["name"]): row["merged_into"] for row in read_tsv("locations.tsv")
            if row["kind"] == "province" and row["merged_into"] and not units_named(row["name"])}


def _older_province(name: str) -> str | None:
    return _older_provinces().get(match_key(name))


def document_places(entities, when: str | None = None) -> dict[str, PlaceFacts]:
    """``place_facts`` of every Location among ``entities`` (of one article), by entity id.

    The provinces and centrally-run cities the article names narrow the
    units of its other places ("xã Sơn Hà, tỉnh Quảng Ngãi").
    """
    locations = [e for e in entities if e.type == "Location"]
    provinces = frozenset(e.name for e in locations if e.attrs.get("kind") in ("province", "municipality"))
    out = {}
    for entity in locations:
        name = entity.name
        if entity.attrs.get("kind") == "city" and name.startswith("Thành phố "):
            name = name[len("Thành phố "):]  # a provincial capital named apart from its province
        facts = place_facts(name, entity.attrs.get("kind"), when, provinces - {name})
        if facts is not None:
            out[entity.id] = facts
    return out
