"""Document numbers: the three official grammars, decoded into type, number, issuer and year.

Vietnamese documents are numbered by three official grammars, and the number
alone says who issued the document and what kind it is:

* Party (Hướng dẫn 36-HD/VPTW): ``N-TYPE/ISSUER`` as in ``18-NQ/TW``;
* state legal documents (Luật Ban hành văn bản quy phạm pháp luật):
  ``N/YEAR/TYPE-ISSUER`` or ``N/YEAR/QH15`` as in ``15/2020/NĐ-CP``;
* administrative documents (Nghị định 30/2020/NĐ-CP): ``N/TYPE-ISSUER`` as in
  ``123/QĐ-TTg``.

The codes are data (``document_types.tsv``, ``issuer_codes.tsv``); the same code
can mean different types in the Party and the state. :mod:`~kgraph.recognize.documents`
finds the numbers in an article with :func:`find_numbers` and names the documents.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from kgraph.normalize import search_form
from kgraph.recognize.phrases import word_alternation
from kgraph.resources import read_tsv, split_list

__all__ = ["DocumentNumber", "TypeWord", "parse_number", "find_numbers", "date_after", "type_words",
           "named_table", "named_pattern", "alternation"]


@dataclass(frozen=True)
class DocumentNumber:
    """What a document number says by itself.

    ``issuers`` holds the bodies the codes name unambiguously; a local code
    ("TU", "UBND") names a body whose place is in the article, and its name
    pattern ("Tỉnh ủy {province}") goes to ``issuer_patterns`` instead.
    """

    number: str
    type_code: str | None
    type_name: str | None
    issuer_codes: tuple[str, ...]
    issuers: tuple[str, ...]
    year: int | None
    legislature: str | None
    system: str  # "party" | "legal" | "administrative"
    normalized: str
    issuer_patterns: tuple[str, ...] = ()


# --------------------------------------------------------------------------
# Data tables (read on first use)


@dataclass(frozen=True)
class TypeWord:
    word: str  # canonical spelling, e.g. "Chương trình hành động"
    code: str | None
    systems: tuple[str, ...]
    short_ref: bool

    @property
    def generic(self) -> bool:
        return "generic" in self.systems


@lru_cache(maxsize=None)
def _type_rows() -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    return tuple(
        (row["code"], row["name"], tuple(split_list(row["system"])))
        for row in read_tsv("document_types.tsv")
    )


@lru_cache(maxsize=None)
def _type_codes() -> frozenset[str]:
    return frozenset(code for code, _, _ in _type_rows() if code)


def _canonical_code(code: str, known: frozenset[str]) -> str | None:
    """The table's spelling of a code, tolerating case slips ("QĐI")."""
    if code in known:
        return code
    folded = [k for k in known if k.casefold() == code.casefold()]
    return folded[0] if len(folded) == 1 else None


def _type_name(code: str | None, system: str) -> str | None:
    """The type a code stands for in a numbering system (first row wins)."""
    if not code:
        return None
    fallback = None
    for row_code, name, systems in _type_rows():
        if row_code != code:
            continue
        if system in systems:
            return name
        fallback = fallback or name
    return fallback


@lru_cache(maxsize=None)
def type_words() -> dict[str, TypeWord]:
    words: dict[str, TypeWord] = {}
    for row in read_tsv("document_types.tsv"):
        key = row["name"].casefold()
        if key not in words:
            words[key] = TypeWord(
                word=row["name"],
                code=row["code"] or None,
                systems=tuple(split_list(row["system"])),
                short_ref=row.get("short_ref", "").lower() == "yes",
            )
    return words


def alternation(phrases: list[str]) -> str:
    phrases = sorted(set(phrases), key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(part) for part in p.split()) for p in phrases)


@lru_cache(maxsize=None)
def _issuer_table() -> dict[str, tuple[tuple[str, str], ...]]:
    table: dict[str, list[tuple[str, str]]] = {}
    for row in read_tsv("issuer_codes.tsv"):
        table.setdefault(row["code"], []).append((row["organization"], row["system"]))
    return {code: tuple(rows) for code, rows in table.items()}


_TERM_SUFFIX = re.compile(r"(?P<base>.*?[^\d])(?P<term>\d{2})")


def _issuer(code: str, family: str) -> tuple[bool, str, str | None, set[str]]:
    """(known, organization, legislature, systems) of an issuer code.

    ``family`` is "party" or "state" and picks between rows that share a code.
    A trailing term number ("QH15", "UBTVQH14") is the legislature.
    """
    table = _issuer_table()
    code = code.replace("&", "")  # "BGD&ĐT" is the code BGDĐT
    base, legislature = code, None
    if code not in table:
        match = _TERM_SUFFIX.fullmatch(code)
        if match and match["base"] in table:
            base = match["base"]
            if base.endswith("QH"):
                legislature = f"QH{match['term']}"
        else:
            found = _canonical_code(code, frozenset(table))
            if found is None:
                return False, "", None, set()
            base = found
    rows = table[base]
    chosen = next((r for r in rows if r[1] == family), rows[0])
    return True, chosen[0], legislature, {r[1] for r in rows}


@dataclass(frozen=True)
class _Named:
    name: str
    doc_type: str


@lru_cache(maxsize=None)
def named_table() -> dict[str, _Named]:
    table: dict[str, _Named] = {}
    for row in read_tsv("named_documents.tsv"):
        entry = _Named(row["name"], row["doc_type"])
        for form in [row["name"], *split_list(row["aliases"])]:
            table.setdefault(" ".join(form.split()).casefold(), entry)
    return table


@lru_cache(maxsize=None)
def named_pattern() -> re.Pattern[str]:
    # a trie of the names, each first letter opening a branch: re skips to those, and tries each name's words once
    names = word_alternation(named_table(), ignore_case=True, space=r"\s+")
    return re.compile(rf"{names}(?!\w)")


# --------------------------------------------------------------------------
# Number grammar

# "T.Ư", "TƯ": Trung ương as some papers write TW; "BGD&ĐT": a code written with its "&"
_CODE = r"(?:T\.Ư|[A-ZĐ](?:[A-Za-zĐđƯư]|&(?=[A-ZĐ]))*\d*)"
# the number: a digit with no word character, slash, dot or hyphen before it, looked behind after the digit (so
# that re skips to digits itself), and up to five more
_NUMBER = r"(?P<n>\d(?<![\w/.-].)\d{0,5})"
_END = r"(?![\w/])"
_CENTRAL = re.compile(r"T\.?Ư")  # "64-KL/T.Ư" = "64-KL/TW"
_LEGAL = re.compile(
    rf"{_NUMBER}\s?/\s?(?P<y>(?:19|20)\d\d)\s?/\s?(?P<p>{_CODE}(?:-{_CODE})*){_END}"
)
_PARTY = re.compile(
    rf"{_NUMBER}\s?-\s?(?P<t>{_CODE})\s?/\s?(?P<p>{_CODE}(?:-{_CODE})*){_END}"
)
_ADMIN = re.compile(rf"{_NUMBER}\s?/\s?(?P<p>{_CODE}(?:-{_CODE})*){_END}")


def _build(
    number: str,
    type_code: str | None,
    codes: list[str],
    year: int | None,
    system: str,
    type_name: str | None = None,
) -> DocumentNumber:
    family = "party" if system == "party" else "state"
    issuers: list[str] = []
    patterns: list[str] = []
    legislature = None
    for code in codes:
        _, org, term, _ = _issuer(code, family)
        legislature = legislature or term
        target = patterns if "{" in org else issuers
        if org and org not in target:
            target.append(org)
    type_name = type_name or _type_name(type_code, system)
    parts = "-".join(([type_code] if type_code else []) + codes)
    if system == "party":
        normalized = f"{number}-{type_code}/{'-'.join(codes)}"
    elif system == "legal":
        normalized = f"{number}/{year}/{parts}"
    else:
        normalized = f"{number}/{parts}"
    return DocumentNumber(
        number=number,
        type_code=type_code,
        type_name=type_name,
        issuer_codes=tuple(codes),
        issuers=tuple(issuers),
        year=year,
        legislature=legislature,
        system=system,
        normalized=normalized,
        issuer_patterns=tuple(patterns),
    )


def _decode(kind: str, match: re.Match[str], typed: bool = False) -> DocumentNumber | None:
    number = match["n"]
    parts = [_CENTRAL.sub("TW", part) for part in match["p"].split("-")]
    types = _type_codes()
    if kind == "party":
        type_code = _canonical_code(match["t"], types) or match["t"]
        return _build(number, type_code, parts, None, "party")
    first = _canonical_code(parts[0], types) if len(parts) > 1 else None
    type_code, codes = (first, parts[1:]) if first else (None, parts)
    if kind == "legal":
        return _build(number, type_code, codes, int(match["y"]), "legal")
    known = [_issuer(code, "state") for code in codes]
    if type_code is None and not known[0][0]:
        # codes no table knows ("văn bản số 3561/TTKQH-TT", "Quyết định số 1638/QĐNSTƯ"): a number only after
        # a type word and "số", and then one that names no issuer
        return _build(number, None, codes, None, "administrative") if typed else None
    if all(k[0] and k[3] == {"party"} for k in known):
        # "18/NQ-TW" is a slip for the Party's "18-NQ/TW".
        return _build(number, type_code, codes, None, "party") if type_code else None
    # A letter (công văn) carries no type code: "N/ISSUER-UNIT".
    letter = None if type_code else _type_name("CV", "administrative")
    return _build(number, type_code, codes, None, "administrative", type_name=letter)


def find_numbers(text: str, typed_at: Callable[[int], bool] | None = None) -> list[tuple[int, int, DocumentNumber]]:
    """Every document number in the text, the year-bearing grammar first.

    ``typed_at(start)`` says whether the text names a document type right before
    a number: there an administrative number whose codes no table knows is one too.
    """
    found: list[tuple[int, int, DocumentNumber]] = []
    for kind, pattern in (("legal", _LEGAL), ("party", _PARTY), ("administrative", _ADMIN)):
        for match in pattern.finditer(text):
            start, end = match.span()
            if any(start < e and s < end for s, e, _ in found):
                continue
            parsed = _decode(kind, match, typed=typed_at is not None and typed_at(start))
            if parsed is not None:
                found.append((start, end, parsed))
    return sorted(found, key=lambda item: item[0])


def parse_number(code: str) -> DocumentNumber | None:
    """Decode a document number; ``None`` when it follows none of the grammars.

    >>> parse_number("17-HD/BTCTW").issuers
    ('Ban Tổ chức Trung ương',)
    >>> n = parse_number("70/2025/UBTVQH15")
    >>> (n.year, n.legislature, n.system, n.issuers)
    (2025, 'QH15', 'legal', ('Ủy ban Thường vụ Quốc hội',))
    >>> parse_number("18-NQ/TW").issuers
    ()
    """
    text = " ".join(search_form(code).split())
    for kind, pattern in (("legal", _LEGAL), ("party", _PARTY), ("administrative", _ADMIN)):
        match = pattern.fullmatch(text)
        if match:
            return _decode(kind, match)
    return None


# --------------------------------------------------------------------------
# Dates written after a number

_DATE = (
    r"(?:(?P<d>\d{1,2})\s*(?P<sep>[-/.])\s*(?P<m>\d{1,2})(?:\s*(?P=sep)\s*(?P<y>\d{4}))?"
    r"|(?P<d2>\d{1,2})\s+tháng\s+(?P<m2>\d{1,2})(?:\s*,?\s*năm\s+(?P<y2>\d{4}))?)(?!\d)"
)
_DATE_AFTER = re.compile(
    rf"\s*,?\s*(?:(?:được\s+)?(?:ban\s+hành|ký)\s+)?ngày\s+{_DATE}", re.IGNORECASE
)
# "Nghị quyết số 57-NQ/TW của Bộ Chính trị ngày 22/12/2024": the date after the issuer.
_DATE_AFTER_ISSUER = re.compile(
    rf"\s+của\s+(?:[^\W\d_]+\s+){{1,8}}?ngày\s+{_DATE}", re.IGNORECASE
)


def date_after(text: str, pos: int) -> tuple[dict[str, str], int]:
    """The date written right after ``pos`` as attrs, and where it ends."""
    for pattern in (_DATE_AFTER, _DATE_AFTER_ISSUER):
        match = pattern.match(text, pos)
        if not match:
            continue
        day = int(match["d"] or match["d2"])
        month = int(match["m"] or match["m2"])
        year = match["y"] or match["y2"]
        if not (1 <= day <= 31 and 1 <= month <= 12):
            continue
        if year:
            return {"date": f"{int(year):04d}-{month:02d}-{day:02d}"}, match.end()
        return {"date_partial": f"--{month:02d}-{day:02d}"}, match.end()
    return {}, pos
