"""Units named after the body they belong to ("Ban Thường vụ Tỉnh ủy Gia Lai").

A prefix from ``org_prefixes.txt`` applies leftwards as often as it occurs:
"Ban Thường vụ" + "Đảng ủy" + "Sở Xây dựng TP HCM". Each unit is a mention of
its own, nested around its body, with ``attrs["part_of"]`` naming the body. A
unit named without its body ("Ủy viên Ban Thường vụ gồm ...") belongs to the
body just named whose units the article names in full.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kgraph.document import Document, Mention
from kgraph.gazetteer import (
    admin_words,
    bodies,
    body_by_name,
    lowercase_titles,
    org_prefixes,
    party_committee_heads,
    titles,
)
from kgraph.normalize import LOWER, search_form
from kgraph.recognize.local_bodies import communes
from kgraph.recognize.party_grammar import ASSEMBLY
from kgraph.recognize.phrases import alternation as phrase_alternation
from kgraph.recognize.phrases import with_first_letters
from kgraph.resources import read_lines

__all__ = ["compose_units", "bare_units", "PARTY"]

PARTY = "Đảng Cộng sản Việt Nam"

@lru_cache(maxsize=None)
def _prefix_tail() -> re.Pattern[str]:
    forms = set()
    for prefix in org_prefixes()._table.values():  # noqa: SLF001 - read-only view of the data
        for phrase, _ in prefix:
            forms.update(_spellings(phrase))
    alternation = phrase_alternation(forms)  # a trie, searched in a window before every body
    # "Ủy ban Kiểm tra (UBKT) Tỉnh ủy X": the prefix's short form in brackets may come between
    return re.compile(with_first_letters(rf"(?:^|(?<=[\s(,;:\"']))({alternation})(?:\s+\([^()\s]{{2,10}}\))?\s+$"))


_OFFICE_IN_TITLE = re.compile(r"(?<![\w])(?i:chánh)\s+(văn phòng)\s+$")


def _spellings(phrase: str) -> set[str]:
    """"Đảng bộ cơ quan" is also written "Đảng bộ Cơ quan", "Đảng Bộ cơ quan": any later word capitalized or not."""
    first, *rest = phrase.split(" ")
    forms = {first}
    for word in rest:
        forms = {f"{f} {w}" for f in forms for w in {word, word.lower(), word[0].upper() + word[1:]}}
    return forms


@lru_cache(maxsize=None)
def _prefix_canonical() -> dict[str, str]:
    out = {}
    for entries in org_prefixes()._table.values():  # noqa: SLF001
        for phrase, prefix in entries:
            out[phrase.lower()] = prefix  # "UBKT" -> "Ủy ban Kiểm tra"
    return out


def compose_units(doc: Document, base: list[Mention]) -> list[Mention]:
    text = doc.search_text
    pattern = _prefix_tail()
    canonical = _prefix_canonical()
    out = []
    frontier = list(base)
    while frontier:
        inner = frontier.pop()
        window = text[max(0, inner.start - 45) : inner.start]
        # "Phó chánh văn phòng Bộ Công an": the office a title names in lower case is the body's Văn phòng
        match = pattern.search(window) or _OFFICE_IN_TITLE.search(window)
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
        if prefix == "Ban Chấp hành" and (inner.source == "local_bodies" and inner.attrs.get("kind") != "mass"
                                          or _is_committee(inner)):
            continue  # "Ban Chấp hành Tỉnh ủy X": the body itself; "Ban Chấp hành Hội Nông dân tỉnh X" is its unit
        if prefix == "Thường vụ":  # "Ủy viên Thường vụ Tỉnh ủy X" is a member of its Ban Thường vụ
            if ASSEMBLY.match(inner.name):
                continue  # "Thường vụ Quốc hội": an assembly's standing committee is an Ủy ban, not a Ban
            prefix = "Ban Thường vụ"
        if prefix == "Cơ quan" and not inner.name.startswith(_APPARATUS_OF):
            continue  # "Cơ quan Tạp chí Cộng sản" is the journal itself; "Cơ quan Ủy ban Kiểm tra" is its apparatus
        name, prefix = _unit_name(prefix, inner.name)
        part_of = inner.name
        known = bodies().match_prefix(f"{prefix} {text[inner.start : inner.end]}")
        if known is not None and known.end == len(prefix) + 1 + inner.end - inner.start:
            # "chánh văn phòng Trung ương Đảng": a unit the gazetteer knows by name ("Văn phòng Trung ương Đảng")
            name, part_of = known.payload.name, known.payload.parent or inner.name
        unit = Mention(start, inner.end, "Organization", name, "units",
                       {"part_of": part_of, "prefix": prefix, "inner_start": inner.start,
                        "inner_span": (inner.start, inner.end)})
        if inner.attrs.get("key"):  # a unit of an article-scoped body is article-scoped too
            unit.attrs["key"] = f"{unit.name.casefold()}@{doc.doc_id}"
        out.append(unit)
        frontier.append(unit)
    return out


_BARE_UNIT = re.compile(with_first_letters(r"(?<![\w])(Ban Thường vụ|Ban thường vụ|Ủy ban Kiểm tra|Ủy ban kiểm tra|Ban Chấp hành|Ban chấp hành|"
                        r"Thường trực|BTV|BCH|Ban Xây dựng Đảng|Ban Tuyên giáo và Dân vận|(?<=Ủy viên )Thường vụ)(?=\s*[,.;:()]|\s+" + LOWER + ")"
                        r"|(?<![\w])(Đảng ủy)(?=\s*,)"  # "Bí thư Đảng ủy, Tổng Giám đốc TTXVN": the agency's Party committee
                        # "Bí thư Ban cán sự đảng, Bộ trưởng Bộ X", "Bí thư Đảng đoàn, Chủ tịch Hội X"
                        r"|(?<![\w])(Ban cán sự [đĐ]ảng|Đảng [đĐ]oàn)(?=\s*,)"))
_SHORT_UNITS = {"BTV": "Ban Thường vụ", "BCH": "Ban Chấp hành", "Thường vụ": "Ban Thường vụ"}  # "UV BTV", "UVBCH Đảng bộ tỉnh"
# "Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Tỉnh ủy X": one comma, then a title and a unit of the body meant
_NEXT_POST = re.compile(r"\s*(?:,|và)\s*(?:(?:Ban Thường vụ|Ban Chấp hành|Ủy ban Kiểm tra|BTV|BCH)\s*(?:,|và)\s*)*"
                        r"(?:giữ chức\s+|làm\s+|nguyên\s+|cựu\s+)?(?P<title>[^,;.:()\n]{2,45}?)\s$")


def _parent_ahead(text: str, end: int, mentions: list[Mention], any_body: bool = False) -> Mention | None:
    """The body a bare unit belongs to when the next post of the chain names it ("Ủy viên Ban Thường vụ,
    Trưởng Ban Tổ chức Tỉnh ủy Nghệ An": the Standing Board of Tỉnh ủy Nghệ An)."""
    following = sorted((m for m in mentions if end < m.start <= end + 90), key=lambda m: (m.start, m.start - m.end))
    for mention in following[:1]:
        post = _NEXT_POST.fullmatch(text, end, mention.start)
        if not post or not _is_title(post["title"]):
            return None
        inner = mention.attrs.get("inner_span")
        if mention.source == "units" and inner:
            parent = [m for m in mentions if (m.start, m.end) == tuple(inner)]
            return parent[0] if parent else None
        return mention if any_body or mention.source == "local_bodies" or _is_committee(mention) else None
    return None


def bare_units(doc: Document, mentions: list[Mention]) -> list[Mention]:
    """A unit named without its body ("Ủy viên Ban Thường vụ gồm ...") is the unit of the body just named.

    The candidates are the bodies whose units the article names in full, else its local bodies;
    the nearest one before the bare unit is taken.
    """
    text = doc.search_text
    # the body meant is one the article names units of ("Ban Chấp hành LĐLĐ tỉnh X"), else a local body
    with_units = {m.attrs["part_of"] for m in mentions if m.source == "units"}
    party_bodies = [m for m in mentions if m.source == "units" and m.name.startswith(("Đảng bộ ", "Đảng ủy "))]
    bases = sorted((m for m in mentions if m.source != "units" and m.name != PARTY
                    and (m.name in with_units or m.source == "local_bodies")), key=lambda m: m.end)
    if any(m.name in with_units for m in bases):
        bases = [m for m in bases if m.name in with_units]
    if any(m.source == "local_bodies" for m in bases):
        bases = [m for m in bases if m.source == "local_bodies"]  # a provincial paper's bare units are local
    if party_bodies:  # "Đại hội Đảng bộ X ... đã bầu Ban Chấp hành": the units of a Party body named nearby
        bases = sorted([m for m in bases if m.source == "local_bodies"] + party_bodies, key=lambda m: m.end)
    out = []
    for match in _BARE_UNIT.finditer(text):
        if any(m.start <= match.start() < m.end for m in mentions):
            continue
        word = match.group(1) or match.group(2) or match.group(3)
        if word == "Thường trực" and _after_title(text, match.start()):
            continue
        prefix = _prefix_canonical().get(_SHORT_UNITS.get(word, word).lower(), word)
        ahead = _parent_ahead(text, match.end(), mentions, any_body=word in ("Đảng ủy", match.group(3)))
        if word == match.group(3):  # a body's Party board is that of the body the next post names, else the one
            # the article named just before ("Ban cán sự đảng Bộ X nhiệm kỳ ... Ông A - ủy viên Ban cán sự đảng, ...")
            board = "Đảng đoàn" if word.lower() == "đảng đoàn" else "Ban cán sự đảng"
            if ahead is None or _is_committee(ahead) or _is_place_committee(ahead.name):
                ahead = next((m for m in sorted(mentions, key=lambda m: -m.end) if m.end <= match.start()
                              and match.start() - m.end <= 600 and m.name.startswith(f"{board} ")), None)
                name = ahead.name if ahead is not None else None
            else:
                name = f"{board} {ahead.name}"
            if name:
                out.append(Mention(match.start(), match.end(), "Organization", name, "units", {"prefix": board}))
            continue
        before = [m for m in bases if m.end <= match.start() and match.start() - m.end <= 400]
        if ahead is None and not before:
            continue
        if prefix == "Đảng ủy":
            known = f"Đảng ủy {ahead.name}" if ahead is not None else ""
            if search_form(known) in body_by_name():  # "Bí thư Đảng ủy, Thủ tướng Chính phủ": the central body's own committee
                out.append(Mention(match.start(), match.end(), "Organization", known, "units", {"prefix": prefix}))
                continue
            if ahead is None or _is_committee(ahead) or _is_place_committee(ahead.name) \
                    or not any(w[:1].isupper() for w in ahead.name.split()[1:]):
                # a bare Party committee is read from a body the next post names in full, else from the one
                # commune the article's local bodies name ("Ủy viên Ban Thường vụ Đảng ủy," in a commune's news)
                commune = communes(mentions)
                if ahead is None and len(commune) == 1:
                    word, place = commune.pop()
                    out.append(Mention(match.start(), match.end(), "Organization", f"Đảng ủy {word} {place}",
                                       "local_bodies", {"kind": "party_committee", "place": place}))
                continue
            commune = _commune_committee(ahead, mentions)
            if commune is not None:
                # "Bí thư Đảng ủy, Chủ tịch UBND xã X", "Ủy viên Ban Thường vụ Đảng ủy, Chủ tịch Ủy ban MTTQ xã":
                # a commune's bodies have no Party committee of their own; the commune's is meant (a province's
                # People's Committee has one of its own)
                out.append(Mention(match.start(), match.end(), "Organization", commune[0],
                                   "local_bodies", {"kind": "party_committee", "place": commune[1]}))
                continue
        inner = ahead or before[-1]
        if prefix in _party_committee_units() and not _is_committee(inner) and not _is_place_committee(inner.name):
            inner = _party_committee_of(inner, before)
            if inner is None:
                continue
        committee = _place_committee(ahead.name) if ahead is not None and prefix == "Ban Thường vụ" else None
        if committee:  # "Ủy viên Ban Thường vụ, Chủ tịch UBND tỉnh X": a council has no standing board; the
            # province's Party committee has
            unit = Mention(match.start(), match.end(), "Organization", f"{prefix} {committee}", "units",
                           {"part_of": committee, "prefix": prefix})
            out.append(unit)
            continue
        if prefix == "Ban Thường vụ" and _state_body(inner):
            # "trình Ban Thường vụ, Ban Giám đốc CATP": a police force or a department has no standing board;
            # its Party committee has
            committee = f"Đảng ủy {inner.name}"
            out.append(Mention(match.start(), match.end(), "Organization", f"{prefix} {committee}", "units",
                               {"part_of": committee, "prefix": prefix}))
            continue
        if prefix == "Ban Chấp hành" and (inner.source == "local_bodies" or _is_committee(inner)):
            if ahead is not None:  # "Ủy viên Ban Chấp hành, Ban Thường vụ, Bí thư Tỉnh ủy X": the committee itself
                out.append(Mention(match.start(), match.end(), "Organization", inner.name, "units",
                                   {"place": inner.attrs.get("place")}))
            continue  # the body itself
        name, prefix = _unit_name(prefix, inner.name)
        unit = Mention(match.start(), match.end(), "Organization", name, "units", {"part_of": inner.name, "prefix": prefix})
        if not inner.attrs.get("implied"):  # an implied committee is found by name, not in the text
            unit.attrs["inner_span"] = (inner.start, inner.end)
        if inner.attrs.get("key"):
            unit.attrs["key"] = f"{unit.name.casefold()}@{doc.doc_id}"
        out.append(unit)
    return out


@lru_cache(maxsize=None)
def _party_committee_units() -> frozenset[str]:
    return frozenset(read_lines("party_committee_units.txt"))


def _party_committee_of(body: Mention, before: list[Mention]) -> Mention | None:
    """The Party committee a Party-only unit named near ``body`` belongs to: the committee of the place
    whose People's Committee or Front ``body`` is, else the nearest Party committee named before."""
    committee = _place_committee(body.name)
    if committee is not None:
        return Mention(body.start, body.end, "Organization", committee, "units", {"implied": True})
    committees = [m for m in before if _is_committee(m) or _is_place_committee(m.name)]
    return committees[-1] if committees else None


_STATE_KINDS = frozenset({"police", "military", "department", "judiciary", "ministry", "agency"})


def _state_body(mention: Mention) -> bool:
    """A police force, an army command, a department, a court, a ministry: a body led by a Party committee of
    its own, with no standing board (a mass organization has one)."""
    return (mention.attrs.get("kind") or mention.attrs.get("category")) in _STATE_KINDS


def _is_place_committee(name: str) -> bool:
    """"Tỉnh ủy X", "Huyện ủy Y": a place's own Party committee."""
    return name.startswith(tuple(head + " " for head in party_committee_heads().values()))


_APPARATUS_OF = ("Ủy ban ", "Ban ", "Hội đồng ", "Đảng ủy ", "Văn phòng ")


_GOVERNMENT_OF = re.compile(r"(?:Ủy ban nhân dân|Hội đồng nhân dân|Ủy ban Mặt trận Tổ quốc Việt Nam) "
                            r"(?P<admin>tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|đặc khu) (?P<place>.+)")


_COMMUNE_BODY = re.compile(r".+? (?P<admin>xã|phường|thị trấn|đặc khu)(?: (?P<place>.+))?")


def _commune_committee(body: Mention, mentions: list[Mention]) -> tuple[str, str | None] | None:
    """The commune's Party committee (its name and place) when ``body`` is a local body of a commune: named
    with the commune ("UBND xã X"), or with the bare admin word and the one commune the article names."""
    match = _COMMUNE_BODY.fullmatch(body.name) if body.source == "local_bodies" else None
    if match is None or admin_words()[match["admin"]][0] != "commune":
        return None
    place = match["place"]
    if place is None:
        named = {p for word, p in communes(mentions) if word == match["admin"]}
        place = named.pop() if len(named) == 1 else None
    return (f"Đảng ủy {match['admin']} {place}" if place else f"Đảng ủy {match['admin']}"), place


def _place_committee(body: str) -> str | None:
    """The Party committee of the place whose People's Committee, Council or Front ``body`` is."""
    match = _GOVERNMENT_OF.fullmatch(body)
    head = party_committee_heads().get(match["admin"]) if match else None
    return f"{head} {match['place']}" if head else None


def _unit_name(prefix: str, body: str) -> tuple[str, str]:
    """A unit's name and prefix: "Ban Chấp hành Đảng bộ X" is the Party committee "Đảng ủy X"."""
    if prefix == "Ban Chấp hành" and body.startswith("Đảng bộ "):
        return "Đảng ủy " + body[len("Đảng bộ "):], "Đảng ủy"
    if body.startswith("Đảng bộ ") and prefix in ("Ban Thường vụ", "Thường trực", "Ủy ban Kiểm tra"):
        return f"{prefix} Đảng ủy {body[len('Đảng bộ '):]}", prefix  # a Party body's units are its committee's
    return f"{prefix} {body}", prefix


def _is_committee(mention: Mention) -> bool:
    """A Party committee ("Đảng ủy X"): its Ban Chấp hành is the committee itself."""
    return mention.name.startswith("Đảng ủy ")


def _is_title(phrase: str) -> bool:
    """A title as written, or in the lower case news often writes it in ("bộ trưởng Bộ X")."""
    return any(m.start == 0 and m.end == len(phrase) for m in titles().find_all(phrase)) \
        or any(m.start == 0 and m.end == len(phrase) for m in lowercase_titles().find_all(phrase))


def _after_title(text: str, start: int) -> bool:
    window = text[max(0, start - 40) : start].rstrip()
    return any(m.end == len(window) for m in titles().find_all(window))
