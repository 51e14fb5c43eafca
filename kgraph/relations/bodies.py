"""Bodies (``part_of``): units named after their body, parents the gazetteer knows where the
text names them, and hierarchy the text states ("của Quốc hội", "X - Y")."""

from __future__ import annotations

import re
from functools import lru_cache

from kgraph.document import Sentence
from kgraph.gazetteer import body_by_name, party_organization_heads
from kgraph.normalize import search_form
from kgraph.recognize.phrases import with_first_letters
from kgraph.relations.context import RelationContext
from kgraph.resources import read_lines

__all__ = ["part_of", "stated_part_of", "bodies_directly_under", "enumerated_units", "peers"]

def part_of(ctx: RelationContext) -> None:
    gazetteer = body_by_name()
    for mention in ctx.doc.mentions:
        if mention.type != "Organization" or not mention.entity:
            continue
        sentence = ctx.doc.sentence_of(mention.start) or Sentence(mention.start, mention.end)
        if mention.attrs.get("part_of"):
            if mention.attrs.get("prefix") in _party_organizations():
                continue  # "Đảng ủy Bộ Ngoại giao" leads the ministry's Party members; it is no unit of it
            if "inner_span" not in mention.attrs:  # a unit of a body the text implies ("Ban Thường vụ" of Tỉnh ủy X)
                ctx.add(mention.entity, "part_of", ctx.body_named(mention.attrs["part_of"]).id, sentence)
                continue
            span = tuple(mention.attrs["inner_span"])
            inner = [m for m in ctx.mentions_within(*span) if m.type == "Organization" and m.entity
                     and (m.start, m.end) == span]
            if inner:
                ctx.add(mention.entity, "part_of", inner[0].entity, sentence)
            continue
        if mention.source == "named_bodies" and not mention.name.casefold().startswith(party_organization_heads()):
            # "Phòng Cảnh sát hình sự Công an tỉnh Đồng Nai": a unit named with the body it belongs to
            inner = [m for m in ctx.mentions_within(mention.start + 1, mention.end) if m.type == "Organization"
                     and m.entity and m.end == mention.end and m.entity != mention.entity]
            if inner:
                ctx.add(mention.entity, "part_of", max(inner, key=lambda m: m.end - m.start).entity, sentence)
                continue
        if mention.source == "named_bodies" and mention.name.startswith(_BARE_UNIT) and ctx.headline_body \
                and ctx.headline_body != mention.entity and not ctx.headline_name.startswith(_BARE_UNIT) \
                and not _parent_named_after(ctx, mention):
            # "Trưởng Phòng Hồ sơ nghiệp vụ" in an article headed "Công an tỉnh X điều động ...": a unit named
            # alone is one of the body the article is about
            ctx.add(mention.entity, "part_of", ctx.headline_body, sentence)
            continue
        body = gazetteer.get(mention.name)
        # a gazetteer parent counts where the text says it: "Văn phòng Chính phủ", "Ủy ban Pháp luật của Quốc hội"
        surface = ctx.text[mention.start : mention.end]
        if body is not None and body.parent and (body.parent in mention.name or body.parent in surface):
            ctx.add(mention.entity, "part_of", ctx.body_named(body.parent).id, sentence)


# the lowest units, named alone in an article about their body
_BARE_UNIT = ("Phòng ",)


def _parent_named_after(ctx: RelationContext, unit) -> bool:
    """"Phòng Tổ chức - Cán bộ, Ban Tổ chức Tỉnh ủy X": a body right after the unit and a comma or "của"."""
    gap = re.match(r"\s*,\s*|\s+của\s+", ctx.text[unit.end : unit.end + 8])
    return gap is not None and any(m.type == "Organization" and m.start == unit.end + gap.end()
                                   for m in ctx.mentions_at(unit.end + gap.end()))


@lru_cache(maxsize=None)
def _party_organizations() -> frozenset[str]:
    return frozenset(read_lines("party_organizations.txt"))


@lru_cache(maxsize=None)
def _unit_heads() -> tuple[str, ...]:
    """Words that open a unit's name, a military formation's among them ("Sư đoàn 330, Quân khu 9")."""
    return read_lines("unit_heads.txt") + read_lines("military_unit_heads.txt")


def peers(a, b) -> bool:
    """Two local bodies of one place ("Huyện ủy X", "UBND huyện X"): listed side by side, neither contains the other."""
    return a.source == b.source == "local_bodies" and a.attrs.get("place") is not None \
        and a.attrs.get("place") == b.attrs.get("place")


# "Ban Chỉ đạo Trung ương, Ban Tuyên giáo Trung ương": a national body listed beside another, no unit of it
_NATIONAL = re.compile(r"(?:Trung ương|quốc gia)$")


def stated_part_of(ctx: RelationContext, sentence: Sentence) -> None:
    """"Ủy ban Pháp luật của Quốc hội", "Vụ Văn nghệ thuộc Ban Tuyên giáo Trung ương", "Học viện Chính trị khu
    vực IV - Học viện Chính trị quốc gia ..."."""
    text = ctx.text
    orgs = sorted(ctx.mentions_in(sentence, "Organization", top=True), key=lambda m: m.start)
    dashes = [bool(re.fullmatch(r"\s+[-–]\s+", text[a.end : b.start])) for a, b in zip(orgs, orgs[1:])]
    for i, (child, parent) in enumerate(zip(orgs, orgs[1:])):
        gap = text[child.end : parent.start]
        unit = child.name.startswith(_unit_heads())
        if re.fullmatch(r"\s+[-–]\s+", gap) and peers(child, parent):
            continue  # "Huyện ủy - HĐND - UBND huyện X": the place's bodies listed, none part of another
        if dashes[i] and ((i and dashes[i - 1]) or (i + 1 < len(dashes) and dashes[i + 1]) or _elsewhere(child, parent)):
            continue  # "Chính phủ - Ủy ban A - Hội đồng B": a list; or bodies the gazetteer places apart
        if re.fullmatch(r"\s+-\s+", gap) or (re.fullmatch(r"\s+(?:của|(?:trực )?thuộc)\s+", gap) and unit):
            ctx.add(child.entity, "part_of", parent.entity, sentence)
        elif unit and child.source == "named_bodies" and re.fullmatch(r"\s*[,(]\s*", gap) and _ministry_level(parent) \
                and (re.fullmatch(r"\s*\(\s*", gap) or not _starts_a_list(text, parent.end)) \
                and not _NATIONAL.search(child.name):
            # "Cục Tổ chức cán bộ, Bộ Công an", "Cục CSGT (Bộ Công an)": the unit and the ministry it belongs to
            ctx.add(child.entity, "part_of", parent.entity, sentence)
        elif child.attrs.get("parent") and child.attrs["parent"] == parent.name \
                and re.fullmatch(r"\s*[,(]\s*|\s+[-–]\s+|\s+(?:của|(?:trực )?thuộc)\s+", gap) \
                and not ("," in gap and _starts_a_list(text, parent.end)):
            # "Bộ Tư lệnh Cảnh sát cơ động (Bộ Công an)": a body the gazetteer places under the body named next to it
            ctx.add(child.entity, "part_of", parent.entity, sentence)


# "A, B và C là các tổ chức chính trị - xã hội trực thuộc X", "Báo Y trực thuộc Z": the bodies before are under X
_DIRECTLY_UNDER = re.compile(r"(?<![\w])trực thuộc\s+")
_SUBJECT_GAP = re.compile(r"\s+(?:(?:đều\s+)?là\s+(?:các|những|một|cơ quan|tổ chức|đơn vị)[^,;.:()]{0,60}?\s+)?")
_LISTED = re.compile(r"\s*(?:,|và|,\s*và)\s*")


def bodies_directly_under(ctx: RelationContext, sentence: Sentence) -> None:
    """"Công đoàn Việt Nam, Hội Nông dân Việt Nam ... là các tổ chức chính trị - xã hội trực thuộc MTTQ Việt
    Nam": each body listed as the subject of "trực thuộc" is part of the body after it."""
    text = ctx.text
    orgs = sorted(ctx.mentions_in(sentence, "Organization", top=True), key=lambda m: m.start)
    for verb in _DIRECTLY_UNDER.finditer(text, sentence.start, sentence.end):
        parent = next((o for o in orgs if o.start == verb.end() and o.entity), None)
        before = [o for o in orgs if o.end <= verb.start() and o.entity]
        if parent is None or not before or not _SUBJECT_GAP.fullmatch(text, before[-1].end, verb.start()):
            continue
        chain = [before[-1]]
        for body in reversed(before[:-1]):
            if not _LISTED.fullmatch(text, body.end, chain[-1].start):
                break
            chain.append(body)
        for body in chain:
            if body.entity != parent.entity:
                ctx.add(body.entity, "part_of", parent.entity, sentence)


def _elsewhere(child, parent) -> bool:
    """The gazetteer knows where ``child`` belongs, and it is not under ``parent`` (a body it knows as top
    level, "Chính phủ", is under no other body it knows)."""
    known = body_by_name()
    body = known.get(search_form(child.name))
    if body is None or not body.parent:
        return body is not None and search_form(parent.name) in known
    target, seen = search_form(parent.name), set()
    while body is not None and body.parent and body.name not in seen:
        if body.parent == target:
            return False
        seen.add(body.name)
        body = known.get(body.parent)
    return True


def _ministry_level(mention) -> bool:
    """A body whose units are named "Cục", "Vụ", "Viện" ...: a ministry, a central agency, an academy, a
    court, the national press ("Vụ Quản lý khoa học, Học viện Chính trị quốc gia Hồ Chí Minh")."""
    return mention.attrs.get("category") in ("ministry", "party_central", "agency", "legislature", "academy", "state",
                                             "judiciary", "police", "military", "media", "mass") \
        or mention.name.startswith(("Bộ ", "Ban ", "Văn phòng ", "Ủy ban "))


def _starts_a_list(text: str, end: int) -> bool:
    """"Cục A, Bộ B, Bộ C": bodies in a list, not a unit and its ministry."""
    return bool(re.match(r"\s*(?:,|và)\s", text[end : end + 6]))


_ENUMERATION = re.compile(with_first_letters(
    r"(?:[Tt]ổ chức bộ máy|[Cc]ơ cấu tổ chức|[Bb]ộ máy giúp việc|[Cc]ác đơn vị trực thuộc|[Cc]ác đơn vị)"
    r"[^\n:.]{0,80}?\bgồm\b[^\n:.]{0,40}(?::|\.\s*Cụ thể(?:\s+(?:là|gồm|như sau))?\s*:)"
))
_ITEM = re.compile(r"\s*(?:\(\d{1,2}\)|\d{1,2}[.)]|[-+•–])?\s*")


def enumerated_units(ctx: RelationContext) -> None:
    """"Tổ chức bộ máy của Cơ quan X gồm: (1) Vụ A; (2) Vụ B ...": each body listed is part of X, whatever its
    head ("cơ cấu tổ chức của Chính phủ gồm 14 Bộ ... Cụ thể là: Bộ Quốc phòng; ...").

    The list is the rest of the sentence, or the item lines that follow it ("(1) ...", "2.", "- ...").
    """
    text = ctx.text
    orgs = sorted((m for m in ctx.doc.mentions if m.type == "Organization" and m.entity), key=lambda m: m.start)
    for match in _ENUMERATION.finditer(text):
        owners = [m for m in orgs if match.start() <= m.start and m.end <= match.end()]
        if not owners:
            continue
        owner = max(owners, key=lambda m: (m.end - m.start, -m.start))
        pos = match.end()
        line_end = text.find("\n", pos)
        lines = [(pos, line_end if line_end >= 0 else len(text))]
        while line_end >= 0:  # the item lines after it
            start = line_end + 1
            line_end = text.find("\n", start)
            stop = line_end if line_end >= 0 else len(text)
            line = text[start:stop]
            if not line.strip():
                continue
            if not re.match(r"\s*(?:\(\d{1,2}\)|\d{1,2}[.)]|[-+•–])\s", line):
                break
            lines.append((start, stop))
        for start, stop in lines:
            for item_start in [start] + [start + m.end() for m in re.finditer(r"[;,]| và ", text[start:stop])]:
                at = _ITEM.match(text, item_start).end()
                unit = next((m for m in orgs if m.start == at), None)
                if unit is not None and unit.entity != owner.entity:
                    sentence = ctx.doc.sentence_of(unit.start) or Sentence(unit.start, unit.end)
                    ctx.add(unit.entity, "part_of", owner.entity, sentence)
