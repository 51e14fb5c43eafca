"""Mentions grouped under identity keys: what the resolver's keyers share.

An entity's key is its type and canonical name (:func:`entity_key`), or an
identity a keyer finds (a document's number, an event's number, an earlier
mention it refers to). :class:`MentionGroups` holds the groups in first-seen
order; :func:`syllable_f1` compares two names as the scorer does.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

from kgraph.document import Document, Mention
from kgraph.normalize import match_key
from kgraph.recognize.party_grammar import ROMAN, TERM_WORD

__all__ = ["entity_key", "syllable_f1", "MentionGroups"]

_TERM_TAIL = re.compile(rf"{TERM_WORD}(?:{ROMAN}|\d+)$")


@lru_cache(maxsize=1 << 16)
def entity_key(type_: str, name: str) -> str:
    """Article-independent identity of an entity named ``name`` (cached: the resolver and the relation patterns
    ask for the same few names again and again)."""
    base = _TERM_TAIL.sub("", name) if type_ == "Organization" else name
    base = _DASH.sub(" - ", base)  # "Hoa tiêu Hàng hải – TKV", "... - TKV", "...-TKV": one name
    if type_ == "Organization":  # "Cục Thuế thành phố Hà Nội" is "Cục Thuế Hà Nội": no province shares the name
        base = _municipality_word().sub("", base)
    return f"{type_}:{base.casefold()}"


_DASH = re.compile(r"\s*[-–—]\s*")


@lru_cache(maxsize=None)
def _municipality_word() -> re.Pattern[str]:
    """"thành phố " before a centrally-run city's name (``locations.tsv``: municipality), which names it alone."""
    from kgraph.resources import read_tsv

    names = [row["name"] for row in read_tsv("locations.tsv") if row["kind"] == "municipality"
             and not row["name"].startswith("Thành phố")]
    return re.compile(rf"(?<![\w])(?:[Tt]hành phố|TP\.?) (?=(?:{'|'.join(map(re.escape, names))})(?![\w]))")


def syllable_f1(a: str, b: str) -> float:
    """F1 of the two names' syllables (the scorer's fuzzy match of events and documents)."""
    x, y = match_key(a).split(), match_key(b).split()
    if not x or not y:
        return 0.0
    common = sum(min(x.count(w), y.count(w)) for w in set(x))
    if common == 0:
        return 0.0
    p, r = common / len(x), common / len(y)
    return 2 * p * r / (p + r)


class MentionGroups:
    """Mentions grouped under identity keys, in first-seen order."""

    def __init__(self) -> None:
        self.order: list[str] = []
        self.members: dict[str, list[int]] = defaultdict(list)
        self.type: dict[str, str] = {}
        self._ends: dict[int, list[int]] | None = None  # mention indexes by end offset
        self._years: dict[tuple[str, str], str] | None = None  # (number, field) -> year, see document_year

    def ending_before_paren(self, doc: Document, offset: int) -> list[Mention]:
        """Mentions, in document order, that end before the "(" (and white space) right before ``offset``."""
        if self._ends is None:
            self._ends = defaultdict(list)
            for i, m in enumerate(doc.mentions):
                self._ends[m.end].append(i)
        text, j = doc.search_text, offset
        while j > 0 and text[j - 1].isspace():
            j -= 1
        if j == 0 or text[j - 1] != "(":
            return []
        j -= 1
        while j > 0 and text[j - 1].isspace():
            j -= 1
        return [doc.mentions[i] for i in sorted(i for end in range(j, offset + 1) for i in self._ends.get(end, ()))]

    def document_year(self, doc: Document, number: str) -> str:
        """The year that makes a number an identity (Party numbers restart each term): the number's own year
        ("15/2020/NĐ-CP"), else the year of a date the article gives any mention of it, else its term; empty
        when the article gives none. From an index of the article's numbers built once, not a scan a call."""
        if self._years is None:
            self._years = {}
            for field in ("year", "date", "term"):
                for mention in doc.mentions:
                    number_of = mention.attrs.get("normalized")
                    if mention.type == "Document" and number_of and mention.attrs.get(field):
                        value = mention.attrs[field]
                        self._years.setdefault((number_of, field), str(value)[:4] if field != "term" else str(value))
        for field in ("year", "date", "term"):
            if (number, field) in self._years:
                return self._years[(number, field)]
        return ""

    def add(self, key: str, type_: str, index: int) -> None:
        if key not in self.members:
            self.order.append(key)
            self.type[key] = type_
        self.members[key].append(index)
