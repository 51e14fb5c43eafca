"""Bodies of a village: "Chi bộ thôn Kho Vàng", "Ban Công tác Mặt trận thôn Đoài".

Below the commune, the Party, the Front and the mass organizations each have a
unit in every village (thôn, bản, ấp, tổ dân phố: ``village_words.txt``). Its
name is a head of ``village_bodies.tsv``, a village word and the village's name
(capitalized words, perhaps a number: "Cổ Phúc 2", "tổ dân phố 5"). It is part
of its family's body in the commune (``attrs["part_of"]``) when the article names
that body: the commune written right after it (", xã Cốc Lầu"), else the one
commune the article's bodies name.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kgraph.document import Document, Mention
from kgraph.gazetteer import admin_words
from kgraph.normalize import UPPER
from kgraph.recognize.local_bodies import communes
from kgraph.recognize.phrases import with_first_letters
from kgraph.recognize.places import before_a_person
from kgraph.resources import read_lines, read_tsv, split_list

__all__ = ["village_bodies"]

@lru_cache(maxsize=None)
def _commune_after() -> re.Pattern[str]:
    """", xã Cốc Lầu" after a village's name: the commune's admin word (``admin_words.tsv``) and name."""
    words = "|".join(re.escape(w) for w, (level, _) in admin_words().items() if level == "commune" and w.islower())
    return re.compile(rf",?\s+({words})\s+({UPPER}[\w-]*(?: {UPPER}[\w-]*){{0,3}})")


@lru_cache(maxsize=None)
def _pattern() -> tuple[re.Pattern[str], dict[str, tuple[str, str]]]:
    """One pattern for every head and village word; each written head -> (head, commune body)."""
    heads: dict[str, tuple[str, str]] = {}
    for row in read_tsv("village_bodies.tsv"):
        for form in (row["head"], *split_list(row.get("aliases", ""))):
            heads[form] = (row["head"], row["commune_body"])
    words = sorted(read_lines("village_words.txt"), key=len, reverse=True)
    head_alt = "|".join(re.escape(h) for h in sorted(heads, key=len, reverse=True))
    word_alt = "|".join(re.escape(w) for w in words)
    name = rf"{UPPER}[\w-]*(?: {UPPER}[\w-]*){{0,3}}(?: \d+[A-Za-z]?)?|\d+[A-Za-z]?"
    return re.compile(with_first_letters(rf"(?<![\w])({head_alt}) ((?i:{word_alt}))(?: ({name}))?(?![\w])")), heads


def _villages(doc: Document) -> dict[str, set[str]]:
    """The villages the article names, by their word: "thôn" -> {"Đoài"}."""
    words = sorted(read_lines("village_words.txt"), key=len, reverse=True)
    found: dict[str, set[str]] = {}
    for m in doc.mentions:
        if m.type != "Location":
            continue
        written = doc.search_text[m.start : m.end]
        word = next((w for w in words if written.lower().startswith(w.lower() + " ")), None)
        if word is not None:
            found.setdefault(word.lower(), set()).add(m.name)
    return found


def village_bodies(doc: Document, bodies: list[Mention]) -> list[Mention]:
    """The village bodies of the article; ``bodies`` are the bodies found so far (for the commune)."""
    text = doc.search_text
    pattern, heads = _pattern()
    out = []
    in_communes = sorted(communes(bodies))
    only = {place for _word, place in in_communes}
    named = {m.name for m in bodies}  # a parent the article names: no body is made up for a village's unit
    villages = None
    for match in pattern.finditer(text):
        head, commune_body = heads[match.group(1)]
        word = match.group(2).lower()
        if match.group(3) is None:
            # "Ban công tác Mặt trận thôn phối hợp ...": the one village of that word the article names (not "các
            # chi bộ thôn, bản": the units of every village)
            if not match.group(1)[0].isupper():
                continue
            villages = _villages(doc) if villages is None else villages
            if len(villages.get(word, ())) != 1:
                continue
            village, end = next(iter(villages[word])), match.end(2)
        else:
            village = before_a_person(text, match.start(3), match.group(3))
            end = match.start(3) + len(village)
        if not village:
            continue
        attrs: dict[str, object] = {"kind": "village", "place": village}
        stated = _commune_after().match(text, end)
        places = [(stated.group(1), stated.group(2))] if stated else in_communes if len(only) == 1 else []
        parents = [f"{commune_body} {w} {p}" for w, p in places if f"{commune_body} {w} {p}" in named]
        if parents:
            attrs["part_of"] = parents[0]
        out.append(Mention(match.start(), end, "Organization", f"{head} {word} {village}", "village_bodies",
                           attrs))
    return out
