"""Organizations: central bodies, productive local bodies, and their units.

Three sources, one grammar:

* the body gazetteer (``organizations.tsv``): Bộ Chính trị, Bộ Ngoại giao, TTXVN;
* local bodies, a head from ``local_bodies.tsv`` plus a place: "Tỉnh ủy Gia
  Lai", "UBND tỉnh", "Sở KH&CN tỉnh Bình Định". A head without a place takes
  the article's own province or city ("Tỉnh ủy" in a provincial paper);
* units named after their body, a prefix from ``org_prefixes.txt`` applied
  leftwards as often as it occurs: "Ban Thường vụ" + "Đảng ủy" + "Sở Xây dựng
  TP HCM". Each unit is a mention of its own, nested around its body, with
  ``attrs["part_of"]`` naming the body.

"Đảng" alone names the Communist Party ("Nhà nước" alone is left out: annotators
disagree on it); a trailing "khóa XIII" is the body's
term (an attribute, not part of its name).
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from kgraph.normalize import UPPER
from kgraph.document import Document, Mention
from kgraph.gazetteer import admin_words, bodies, local_heads, org_prefixes, place_by_name, surnames
from kgraph.recognize.places import match_place_at
from kgraph.resources import read_lines

__all__ = ["recognize_organizations", "default_places"]

PARTY = "Đảng Cộng sản Việt Nam"

_COMMITTEE_BY_LEVEL = {
    "province": "Tỉnh ủy",
    "city": "Thành ủy",
    "district": None,  # Huyện ủy or Quận ủy: decided by the admin word
    "town": "Thị ủy",
    "commune": "Đảng ủy",
}
_TERM = re.compile(r"\s*,?\s*(?:khóa|nhiệm kỳ khóa)\s+([IVXLCDM]+|\d+)\b")
_PARTY = re.compile(r"(?<![\w])Đảng(?![\w])(?!\s+(?:ủy|bộ|đoàn|viên|Cộng|ban|phái)\b)")
_CAPITALIZED = re.compile(rf"(?:{UPPER}[\w-]*|\d+)(?:\s+(?:{UPPER}[\w-]*|\d+)){{0,3}}")


@lru_cache(maxsize=None)
def _admin_at_start() -> re.Pattern[str]:
    words = sorted(admin_words(), key=len, reverse=True)
    return re.compile(r"(" + "|".join(re.escape(w) for w in words) + r")(?:\s+|(?<=\.)|(?=[,.;:)\]]|$))")


@lru_cache(maxsize=None)
def _prefix_tail() -> re.Pattern[str]:
    forms = set()
    for prefix in org_prefixes()._table.values():  # noqa: SLF001 - read-only view of the data
        for phrase, _ in prefix:
            forms.update({phrase, phrase[0] + phrase[1:].lower()})
    alternation = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    return re.compile(rf"(?:^|(?<=[\s(,;:\"']))({alternation})\s+$")


@lru_cache(maxsize=None)
def _prefix_canonical() -> dict[str, str]:
    out = {}
    for entries in org_prefixes()._table.values():  # noqa: SLF001
        for phrase, _ in entries:
            out[phrase.lower()] = phrase
    return out


def default_places(doc: Document) -> dict[str, str]:
    """The article's own province and city: the most mentioned ones.

    A provincial paper writes "Tỉnh ủy" and "UBND tỉnh" without the name;
    these defaults complete such names.
    """
    counts: dict[str, Counter[str]] = {"province": Counter(), "city": Counter()}
    gazetteer = place_by_name()
    for mention in doc.mentions:
        if mention.type == "Organization" and mention.attrs.get("place"):
            place = gazetteer.get(mention.attrs["place"])  # "Tỉnh ủy Quảng Ngãi" names its province too
        elif mention.type == "Location":
            place = gazetteer.get(mention.name)
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


def _place_after(text: str, pos: int, local: frozenset[str] = frozenset()) -> tuple[int, str | None, str | None, str | None]:
    """Parse "[admin word] [place]" at ``pos``: (end, level, admin word, place name).

    ``local`` holds the article's own communes and districts ("xã Trần Đề"
    elsewhere lets "Huyện ủy Trần Đề" be read).
    """
    i = pos
    while i < len(text) and text[i] == " ":
        i += 1
    term = re.match(r"khóa [IVXLC]+ ", text[i:])
    if term:  # "Đoàn đại biểu Quốc hội khóa XV tỉnh Thái Bình"
        i += term.end()
    level = admin = None
    whole = match_place_at(text, i)  # "Thành phố Hồ Chí Minh" is a name, not "thành phố" + "Hồ Chí Minh"
    if whole is not None and whole[1].name.split()[0] in ("Thành", "Quận", "Huyện", "Thị"):
        end, place = whole
        level = "city" if place.kind in ("municipality", "city") else "district"
        admin = {"Thành": "thành phố", "Quận": "quận", "Huyện": "huyện", "Thị": "thị xã"}[place.name.split()[0]]
        return end, level, admin, place.name
    match = _admin_at_start().match(text, i)
    if match:
        level, admin = admin_words()[match.group(1)]
        i = match.end()
    found = match_place_at(text, i)
    if found is not None:
        end, place = found
        return end, level, admin, place.name
    for name in local:
        if text.startswith(name, i) and not text[i + len(name) : i + len(name) + 1].isalnum():
            return i + len(name), level, admin, name
    if admin is not None:
        if re.match(r"\s*,\s*(?:thành phố|tỉnh|huyện|quận|xã|phường)\b", text[match.end(1) :]):
            return pos, None, None, None  # "Công an tỉnh, thành phố": every province, no one body
        unknown = _CAPITALIZED.match(text, i)
        if unknown and (unknown.group().split()[0] in surnames() or " ".join(unknown.group().split()[:2]) in surnames()):
            unknown = None  # "Chủ tịch UBND tỉnh Phạm Anh Tuấn": a person follows
        if unknown:
            name = unknown.group()
            if name[0].isdigit():
                name = f"{admin.capitalize()} {name}"
            return unknown.end(), level, admin, name
        # the admin word alone ("UBND tỉnh"): the place comes from context
        return match.end(1), level, admin, None
    return pos, None, None, None


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


def _local_bodies(doc: Document, defaults: dict[str, str]) -> list[Mention]:
    text = doc.search_text
    local = frozenset(m.name for m in doc.mentions if m.type == "Location" and m.attrs.get("local"))
    out = []
    for match in local_heads().finditer(text):
        head = match.payload
        end, level, admin, place = _place_after(text, match.end, local)
        if place is None:
            if head.style == "bare" and not head.levels:
                continue  # "Báo" needs its place
            if level is None:
                if head.style != "bare" and head.kind != "department":
                    continue  # "UBND" alone: which one? ("Sở KH&CN" alone is the province's)
                level_word = head.levels[0]
                level = admin_words()[level_word][0]
                if head.kind == "department" and level not in defaults:
                    level = "city"  # a department of a centrally-run city
            place = defaults.get(level)
            end = end if end > match.end else match.end
            if place is None:
                # the article never names its province: keep the form it uses, scoped to the article
                if head.style == "admin" and admin is None and head.kind != "department":
                    continue
                name = head.head if head.style == "bare" or admin is None else f"{head.head} {admin}"
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


def _complete_from_named(mentions: list[Mention]) -> list[Mention]:
    """"Đảng bộ xã" after "Đảng bộ xã Phong Hải": the one commune body of that kind the article names."""
    for mention in mentions:
        if not mention.attrs.get("key"):
            continue
        named = {m.name for m in mentions if not m.attrs.get("key") and m.name.startswith(mention.name + " ")}
        if len(named) == 1:
            mention.name = named.pop()
            mention.attrs.pop("key")
            mention.attrs["place"] = next(m.attrs.get("place") for m in mentions if m.name == mention.name)
    return mentions


def _central_bodies(doc: Document) -> list[Mention]:
    return [
        Mention(m.start, m.end, "Organization", m.payload.name, "bodies",
                {"category": m.payload.category, "parent": m.payload.parent})
        for m in bodies().finditer(doc.search_text)
    ]


def _longest_first(mentions: list[Mention]) -> list[Mention]:
    kept: list[Mention] = []
    for mention in sorted(mentions, key=lambda m: (-(m.end - m.start), m.start)):
        if not any(mention.overlaps(k) for k in kept):
            kept.append(mention)
    return sorted(kept, key=lambda m: m.start)


def _compose_units(doc: Document, base: list[Mention]) -> list[Mention]:
    text = doc.search_text
    pattern = _prefix_tail()
    canonical = _prefix_canonical()
    out = []
    frontier = list(base)
    while frontier:
        inner = frontier.pop()
        window = text[max(0, inner.start - 45) : inner.start]
        match = pattern.search(window)
        if match is None:
            continue
        start = inner.start - len(window) + match.start(1)
        if any(m.start == start and m.end == inner.end for m in out):
            continue
        prefix = canonical.get(match.group(1).lower(), match.group(1))
        if prefix.endswith("Thường trực") and _after_title(text, start):
            continue  # "Phó Bí thư Thường trực Tỉnh ủy": a qualifier of the title
        if _is_title(f"{prefix} {text[inner.start : inner.end]}"):
            continue  # "Thường trực Ban Bí thư" is a post
        if prefix == "Ban Chấp hành" and inner.attrs.get("kind") == "party_committee":
            continue  # "Ban Chấp hành Tỉnh ủy X" is the committee itself
        unit = Mention(start, inner.end, "Organization", f"{prefix} {inner.name}", "units",
                       {"part_of": inner.name, "prefix": prefix, "inner_start": inner.start,
                        "inner_span": (inner.start, inner.end)})
        if inner.attrs.get("key"):  # a unit of an article-scoped body is article-scoped too
            unit.attrs["key"] = f"{unit.name.casefold()}@{doc.doc_id}"
        out.append(unit)
        frontier.append(unit)
    return out


_BARE_UNIT = re.compile(r"(?<![\w])(Ban Thường vụ|Ban thường vụ|Ủy ban Kiểm tra|Ủy ban kiểm tra|Ban Chấp hành|Ban chấp hành|"
                        r"Thường trực)(?=\s*[,.;:()]|\s+[^\W\d_A-ZĐ])")


def _bare_units(doc: Document, mentions: list[Mention]) -> list[Mention]:
    """A unit named without its body ("Ủy viên Ban Thường vụ gồm ...") is the unit of the body just named.

    The candidates are the bodies whose units the article names in full, else its local bodies;
    the nearest one before the bare unit is taken.
    """
    text = doc.search_text
    # the body meant is one the article names units of ("Ban Chấp hành LĐLĐ tỉnh X"), else a local body
    with_units = {m.attrs["part_of"] for m in mentions if m.source == "units"}
    bases = sorted((m for m in mentions if m.source != "units" and m.name != PARTY
                    and (m.name in with_units or m.source == "local_bodies")), key=lambda m: m.end)
    if any(m.name in with_units for m in bases):
        bases = [m for m in bases if m.name in with_units]
    out = []
    for match in _BARE_UNIT.finditer(text):
        if any(m.start <= match.start() < m.end for m in mentions):
            continue
        if match.group(1) == "Thường trực" and _after_title(text, match.start()):
            continue
        before = [m for m in bases if m.end <= match.start() and match.start() - m.end <= 400]
        if not before:
            continue
        inner = before[-1]
        prefix = _prefix_canonical().get(match.group(1).lower(), match.group(1))
        if prefix == "Ban Chấp hành" and inner.attrs.get("kind") == "party_committee":
            continue  # the committee itself
        unit = Mention(match.start(), match.end(), "Organization", f"{prefix} {inner.name}", "units",
                       {"part_of": inner.name, "prefix": prefix, "inner_span": (inner.start, inner.end)})
        if inner.attrs.get("key"):
            unit.attrs["key"] = f"{unit.name.casefold()}@{doc.doc_id}"
        out.append(unit)
    return out


def _is_title(phrase: str) -> bool:
    from kgraph.gazetteer import titles

    return any(m.start == 0 and m.end == len(phrase) for m in titles().find_all(phrase))


def _after_title(text: str, start: int) -> bool:
    from kgraph.gazetteer import titles

    window = text[max(0, start - 40) : start].rstrip()
    return any(m.end == len(window) for m in titles().find_all(window))


def _with_terms(doc: Document, mentions: list[Mention]) -> None:
    for mention in mentions:
        match = _TERM.match(doc.search_text, mention.end)
        if match:
            mention.attrs["term"] = match.group(1)


def _named_once(doc: Document, pattern: re.Pattern[str], name: str, taken: list[Mention]) -> list[Mention]:
    out = []
    for match in pattern.finditer(doc.search_text):
        if any(m.start <= match.start() < m.end for m in taken):
            continue
        out.append(Mention(match.start(), match.end(), "Organization", name, "bodies", {}))
    return out


_TITLE_HEAD = re.compile(r"(?<=[Tt]rưởng )(ban|đoàn)(?= [^\W\d_])")


def _title_cased_heads(text: str) -> str:
    """"Trưởng ban Tổ chức Trung ương" reads as "Trưởng Ban Tổ chức Trung ương" (same length)."""
    return _TITLE_HEAD.sub(lambda m: m.group(1).capitalize(), text)


def recognize_organizations(doc: Document) -> Document:
    """Pipeline component: Organization mentions (run after places)."""
    defaults = default_places(doc)
    original = doc.search_text
    doc.search_text = _title_cased_heads(original)
    try:
        _recognize(doc, defaults)
    finally:
        doc.search_text = original
    return doc


@lru_cache(maxsize=None)
def _named_body_parts() -> tuple[re.Pattern[str], frozenset[str]]:
    heads = "|".join(re.escape(h) for h in sorted(read_lines("org_heads.txt"), key=len, reverse=True))
    head = re.compile(rf"(?<![\w])(?:{heads}) (?={UPPER})")
    stops = set()
    for name in ("function_words.txt", "event_stop_words.txt", "organize_cues.txt", "participation_cues.txt"):
        stops.update(w.lower() for w in read_lines(name))
    return head, frozenset(stops)


def _named_bodies(doc: Document, taken: list[Mention]) -> list[Mention]:
    """Bodies the gazetteer lacks, named by a head and a capitalized name ("Vụ Quản lý khoa học")."""
    text = doc.search_text
    head, stops = _named_body_parts()
    out = []
    venues = {m.start for m in doc.mentions if m.type == "Location"}
    family = surnames()
    for match in head.finditer(text):
        if match.start() in venues or any(m.start <= match.start() < m.end for m in taken):
            continue  # "Trung tâm Hội nghị tỉnh" is a venue
        end, words = match.end(), 0
        for word in re.finditer(r"[^\W_]+(?:[&'-][^\W_]+)*", text[match.end() : match.end() + 120]):
            gap = text[end : match.end() + word.start()]
            if gap.strip() or "\n" in gap or words >= 10:
                break
            token = word.group()
            following = text[match.end() + word.end() :].lstrip(" ").split(" ", 1)[0]
            two = f"{token} {following}".lower()
            if token == "và" and following[:1].islower():
                end, words = match.end() + word.end(), words + 1  # "Nghiên cứu và ứng dụng ..."
                continue
            if words and (token.lower() in stops or two in stops):
                break
            if words and token in family and following[:1].isupper():
                break  # a person's name follows the body's ("... Việt Nam Trần Anh Tuấn")
            end, words = match.end() + word.end(), words + 1
        if words:
            name = text[match.start() : end]
            out.append(Mention(match.start(), end, "Organization", name, "named_bodies", {}))
    return out


def _recognize(doc: Document, defaults: dict[str, str]) -> None:
    base = _longest_first(_central_bodies(doc) + _local_bodies(doc, defaults))
    base += _named_bodies(doc, base)
    units = _compose_units(doc, base)
    mentions = base + units
    mentions += _bare_units(doc, mentions)
    _with_terms(doc, mentions)
    taken = mentions + [m for m in doc.mentions if m.type != "Location"]
    mentions += _named_once(doc, _PARTY, PARTY, taken)
    doc.mentions.extend(mentions)
