"""Vietnamese date expressions to ISO 8601, with the year from context.

News writes "Ngày 30/6", "Sáng 16/4", "ngày 5-10-2018", "ngày 22.12.2024",
"ngày 18 tháng 1 năm 2025", "hôm 4/6", "ngày 20-22/6": the day and month are
in the text, the year often only in the article's date or its other dates.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date
from functools import lru_cache

__all__ = ["DATE", "parse_date", "context_year", "find_dates"]

_DAY_WORDS = r"(?:[Nn]gày|[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa|[Đđ]êm|[Hh]ôm)"
DATE = re.compile(
    r"(?=[NnSsCcTtĐđHh])"  # the first letters of _DAY_WORDS: re skips other positions at once
    + _DAY_WORDS
    + r"\s+(?P<d>\d{1,2})(?:\s*-\s*(?P<d2>\d{1,2}))?"
    + r"(?:[/.\-](?P<m>\d{1,2})(?:[/.\-](?P<y>\d{4}))?"
    + r"|\s+tháng\s+(?P<m2>\d{1,2})(?:\s+năm\s+(?P<y2>\d{4}))?)"
)
# (each branch reads its first digit before it looks behind that digit: re scans for "1" and "2" itself, several
# times faster than a look-ahead lets it)
_YEAR = re.compile(r"((?:1(?<![\d/.\-]1)9[5-9]|2(?<![\d/.\-]2)0[0-4])\d)(?![\d/.\-]\d)")


def parse_date(match: re.Match[str], default_year: int | None) -> str | None:
    """ISO date of a :data:`DATE` match, or None when the year is unknown or invalid."""
    day = int(match.group("d"))
    month = int(match.group("m") or match.group("m2"))
    year_text = match.group("y") or match.group("y2")
    year = int(year_text) if year_text else default_year
    if year is None:
        return None
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def find_dates(text: str, default_year: int | None) -> list[tuple[int, int, str]]:
    """Every date expression in ``text`` with its ISO form."""
    out = []
    for match in DATE.finditer(text):
        iso = parse_date(match, default_year)
        if iso:
            out.append((match.start(), match.end(), iso))
    return out


@lru_cache(maxsize=8)
def context_year(text: str, published: str | None = None) -> int | None:
    """The article's year: from its publication date, else its most cited year (cached: the recognizers and the
    relation patterns ask it of the same article).

    >>> context_year("6 tháng đầu năm 2021 ... nhiệm kỳ 2016-2021, năm 2021", None)
    2021
    """
    if published:
        match = re.match(r"(\d{4})", published)
        if match:
            return int(match.group(1))
    years = Counter(int(y) for y in _YEAR.findall(text))
    if not years:
        return None
    return years.most_common(1)[0][0]
