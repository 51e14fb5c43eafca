"""The package's domain knowledge, loaded once on first use.

Each function turns one data file of ``kgraph/data/`` into the structure the
recognizers need (a :class:`PhraseMatcher` or a set) and caches it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kgraph.normalize import search_form
from kgraph.recognize.phrases import PhraseMatcher
from kgraph.resources import read_lines, read_tsv, split_list

__all__ = [
    "Place",
    "Body",
    "LocalHead",
    "Title",
    "places",
    "place_by_name",
    "bodies",
    "body_by_name",
    "local_heads",
    "org_prefixes",
    "titles",
    "surnames",
    "honorifics",
    "admin_words",
]


@dataclass(frozen=True)
class Place:
    name: str
    kind: str  # province, municipality, city, town, district, region, country, city_foreign, province_foreign, venue
    parent: str = ""
    period: str = "both"


NOT_A_PLACE = Place("", "none")


@dataclass(frozen=True)
class Body:
    name: str
    category: str
    parent: str = ""


@dataclass(frozen=True)
class LocalHead:
    """The head of a productive local body name ("Tỉnh ủy", "UBND", "Sở Y tế")."""

    head: str
    style: str  # "bare": Tỉnh ủy Gia Lai; "admin": Ủy ban nhân dân tỉnh Gia Lai
    levels: tuple[str, ...]  # admin words it combines with
    kind: str  # committee, government, council, department, police, delegation, ...


@dataclass(frozen=True)
class Title:
    """A post title; ``implied_body`` is the body it names when none follows."""

    title: str
    implied_body: str
    role: str  # the GUIDE's role string for this title
    absorbs_head: str  # "ban"/"đoàn": "Trưởng" + "Ban X" -> role "Trưởng ban"


@lru_cache(maxsize=None)
def places() -> PhraseMatcher[Place]:
    matcher: PhraseMatcher[Place] = PhraseMatcher()
    for row in read_tsv("locations.tsv"):
        place = Place(search_form(row["name"]), row["kind"], row.get("parent", ""), row.get("period", "both"))
        for form in [row["name"], *split_list(row.get("aliases", ""))]:
            matcher.add(search_form(form), place)
    for row in read_tsv("venues.tsv"):
        place = Place(search_form(row["name"]), "venue", row.get("parent", ""))
        for form in [row["name"], *split_list(row.get("aliases", ""))]:
            matcher.add(search_form(form), place)
    for phrase in read_lines("not_places.txt"):
        matcher.add(search_form(phrase), NOT_A_PLACE)  # a longer match that blocks a false place
    return matcher


@lru_cache(maxsize=None)
def place_by_name() -> dict[str, Place]:
    out: dict[str, Place] = {}
    for row in read_tsv("locations.tsv"):
        name = search_form(row["name"])
        out.setdefault(name, Place(name, row["kind"], row.get("parent", ""), row.get("period", "both")))
    return out


@lru_cache(maxsize=None)
def bodies() -> PhraseMatcher[Body]:
    matcher: PhraseMatcher[Body] = PhraseMatcher()
    for row in read_tsv("organizations.tsv"):
        body = Body(search_form(row["name"]), row["category"], search_form(row.get("parent", "")))
        forms = [row["name"], *split_list(row.get("aliases", ""))]
        # "Ủy ban Tư pháp của Quốc hội" is written "Ủy ban Tư pháp Quốc hội" too
        forms += [f.replace(" của ", " ", 1) for f in forms if f.endswith(f" của {row.get('parent', '')}")
                  and row.get("parent")]
        # "Ủy ban Khoa học Công nghệ và Môi trường": the commas of a name's list are often left out
        forms += [f.replace(", ", " ") for f in forms if ", " in f]
        if row["category"] == "mass":  # "Hội LHTN VN", "UBTƯ MTTQ VN": a mass organization's country written short
            forms += _country_short(forms)
        if row["category"] == "ministry":
            forms += _dashed(forms)
        for form in forms:
            for variant in short_forms(search_form(form)):
                matcher.add(variant, body)
    return matcher


def _dashed(forms: list[str]) -> list[str]:
    """"Sở Tài nguyên - Môi trường", "Bộ Kế hoạch - Đầu tư": a ministry's or department's two fields joined by a
    dash instead of "và"."""
    return [f"{a} - {b}" for a, b in (form.split(" và ", 1) for form in forms if form.count(" và ") == 1)
            if b[:1].isupper() and " - " not in a]


def _country_short(forms: list[str]) -> list[str]:
    """The forms that end with "Việt Nam" written with "VN" ("Hội LHTN Việt Nam" -> "Hội LHTN VN")."""
    return [form[: -len("Việt Nam")] + "VN" for form in forms if form.endswith(" Việt Nam")]


def short_forms(name: str) -> list[str]:
    """A name and its spellings with the usual short words ("Trung ương" -> "TW", "T.Ư")."""
    forms = [name]
    for row in read_tsv("name_abbreviations.tsv"):
        word = search_form(row["word"])
        for form in list(forms):
            if word in form:
                forms.extend(form.replace(word, short) for short in split_list(row["short"]))
    return forms


def congress_body(words: str) -> str | None:
    """The body whose congress the words of a congress's name point at: a body's name or alias ("Đoàn TNCS Hồ
    Chí Minh toàn quốc"), or a bare word for one (``congress_bodies.tsv``: "Đoàn"), "toàn quốc" aside."""
    words = re.sub(r"\s*(?<!\w)toàn quốc(?!\w)", "", search_form(words), flags=re.IGNORECASE).strip()
    return _congress_bodies().get(words.casefold())


@lru_cache(maxsize=None)
def _congress_bodies() -> dict[str, str]:
    """Every form of a body's name, case-folded (a congress's identity is), and the bare words for one."""
    out = {}
    for row in read_tsv("organizations.tsv"):
        for form in [row["name"], *split_list(row.get("aliases", ""))]:
            for variant in short_forms(search_form(form)):
                out.setdefault(variant.casefold(), search_form(row["name"]))
    out.update({search_form(row["word"]).casefold(): search_form(row["body"]) for row in read_tsv("congress_bodies.tsv")})
    return out


@lru_cache(maxsize=None)
def body_by_name() -> dict[str, Body]:
    return {
        search_form(row["name"]): Body(search_form(row["name"]), row["category"], search_form(row.get("parent", "")))
        for row in read_tsv("organizations.tsv")
    }


@lru_cache(maxsize=None)
def local_heads() -> PhraseMatcher[LocalHead]:
    matcher: PhraseMatcher[LocalHead] = PhraseMatcher()
    for row in read_tsv("local_bodies.tsv"):
        head = LocalHead(search_form(row["head"]), row["style"], tuple(split_list(row["levels"])), row["kind"])
        forms = [row["head"], *split_list(row.get("aliases", ""))]
        if row["kind"] == "mass":  # "Hội LHPN Việt Nam tỉnh X", "Hội LHTN VN tỉnh Y": a branch named with the country
            forms += [f"{form} Việt Nam" for form in forms if not form.endswith("Việt Nam")]
            forms += _country_short(forms)
        forms += _dashed(forms)
        for form in forms:
            matcher.add(search_form(form), head)
    return matcher


@lru_cache(maxsize=None)
def party_committee_heads() -> dict[str, str]:
    """The Party committee of a place by the admin word that names the place ("tỉnh" -> "Tỉnh ủy", "xã" ->
    "Đảng ủy xã"), from the committees of ``local_bodies.tsv``."""
    out: dict[str, str] = {}
    for row in read_tsv("local_bodies.tsv"):
        if row["kind"] != "party_committee":
            continue
        levels = split_list(row["levels"])
        if row["style"] == "bare":
            out.setdefault(levels[0], row["head"])  # "Tỉnh ủy" + place
        else:
            for level in levels:
                out.setdefault(level, f"{row['head']} {level}")  # "Đảng ủy xã" + place
    return out


@lru_cache(maxsize=None)
def org_prefixes() -> PhraseMatcher[str]:
    """Units named after the body they belong to ("Ban Thường vụ" + "Tỉnh ủy X")."""
    short = [(search_form(row["short"]), search_form(row["prefix"])) for row in read_tsv("org_prefix_abbreviations.tsv")]
    return PhraseMatcher([*((search_form(p), search_form(p)) for p in read_lines("org_prefixes.txt")), *short])


@lru_cache(maxsize=None)
def _title_rows() -> tuple[Title, ...]:
    return tuple(
        Title(
            search_form(row["title"]),
            search_form(row.get("implied_body", "")),
            search_form(row.get("role") or row["title"]),
            row.get("absorbs_head", ""),
        )
        for row in read_tsv("titles.tsv")
    )


@lru_cache(maxsize=None)
def titles() -> PhraseMatcher[Title]:
    return PhraseMatcher((title.title, title) for title in _title_rows())


@lru_cache(maxsize=None)
def lowercase_titles() -> PhraseMatcher[Title]:
    """The titles written in lower case, as news often does before a body ("phó giám đốc Công an tỉnh");
    not the abbreviations ("UV", "TBT")."""
    return PhraseMatcher((title.title.lower(), title) for title in _title_rows()
                         if any(c.islower() for c in title.title))


@lru_cache(maxsize=None)
def _foreign_implied_bodies() -> dict[tuple[str, str, str], str]:
    return {(row["implied"], row["country"], row.get("role") or ""): row["body"]
            for row in read_tsv("foreign_implied_bodies.tsv")}


def foreign_implied_body(implied: str, country: str, role: str = "") -> str | None:
    """The body a title implying ``implied`` names when an official of ``country`` holds it as ``role``
    (``foreign_implied_bodies.tsv``): "Chính phủ" of Campuchia is "Chính phủ Campuchia"; the General Secretary
    of Laos's ruling party leads "Đảng Nhân dân Cách mạng Lào"."""
    rows = _foreign_implied_bodies()
    body = next((rows[k] for k in ((implied, country, role), (implied, country, ""), (implied, "*", role),
                                   (implied, "*", "")) if k in rows), None)
    return body.format(country=country) if body else None


@lru_cache(maxsize=None)
def party_organization_heads() -> tuple[str, ...]:
    """How the Party's organizations inside a body open their names, lowercase with a space after
    (``party_organizations.txt``): "đảng ủy ", "ban cán sự đảng "; compare a name's ``casefold()``."""
    return tuple(f"{h.casefold()} " for h in read_lines("party_organizations.txt"))


@lru_cache(maxsize=None)
def short_name_cue() -> re.Pattern[str]:
    """A word that calls a person by the given name ("ông", "anh", "đồng chí": ``short_name_cues.txt``) ending the
    text searched: "ông Hưng", and "anh Đức", which is no country."""
    words = "|".join(re.escape(w) for w in sorted(read_lines("short_name_cues.txt"), key=len, reverse=True))
    return re.compile(rf"(?:^|(?<=[\s(,;:\"']))(?:{words})\s+$", re.IGNORECASE)


@lru_cache(maxsize=None)
def sentence_openers() -> frozenset[str]:
    """Capitalized words that open a sentence and are no part of a name or a place (``sentence_openers.txt``)."""
    return frozenset(read_lines("sentence_openers.txt"))


@lru_cache(maxsize=None)
def surnames() -> frozenset[str]:
    return frozenset(search_form(s) for s in read_lines("surnames.txt"))


@lru_cache(maxsize=None)
def honorifics() -> PhraseMatcher[str]:
    return PhraseMatcher((search_form(h), search_form(h)) for h in read_lines("honorifics.txt"))


@lru_cache(maxsize=None)
def admin_words() -> dict[str, tuple[str, str]]:
    """Admin-unit words as written ("TP.", "tỉnh") -> (level, canonical lowercase word)."""
    out = {}
    for row in read_tsv("admin_words.tsv"):
        for form in [row["word"], *split_list(row.get("aliases", ""))]:
            out[search_form(form)] = (row["level"], search_form(row["word"]))
    return out


@lru_cache(maxsize=None)
def state_form_before() -> re.Pattern[str]:
    """A state's formal name right before its country (``state_forms.txt``): "Cộng hòa", "Liên bang"."""
    forms = "|".join(re.escape(w) for w in sorted(read_lines("state_forms.txt"), key=len, reverse=True))
    return re.compile(rf"(?<![\w])(?:{forms})\s+$")
