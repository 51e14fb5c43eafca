"""Photo and story credits ("(Ảnh: Nguyễn Dương)", "Tin, ảnh: Văn Đảm"): the names in them are the
photographer's or reporter's, no actor in the news, and a country word in them ("Ảnh: Đức Hiếu") is no
place. The openers are a data file, ``credit_openers.txt``."""

from __future__ import annotations

import re
from functools import lru_cache

from kgraph.resources import read_lines

__all__ = ["opens_a_credit", "is_credit", "credit_start"]


@lru_cache(maxsize=None)
def _opener() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in sorted(read_lines("credit_openers.txt"), key=len, reverse=True))
    # perhaps the agency before a slash: "Ảnh: VGP/Trần Mạnh", "Ảnh: TTXVN/Lâm Khánh"
    return re.compile(rf"(?<![\w])(?i:{words})\s*:\s*(?:[A-ZĐ][A-ZĐa-z.]{{1,11}}\s*/\s*)?$")


def opens_a_credit(text: str, start: int) -> bool:
    """Whether a credit opener ends right before ``start``."""
    return bool(_opener().search(text, max(0, start - 24), start))


def is_credit(text: str, start: int, end: int) -> bool:
    """A name right after a credit opener that ends the credit: a bracket, a slash, a dash or the line's end."""
    return opens_a_credit(text, start) and bool(re.match(r"\s*(?:[)/\n]|-\s|$)", text[end : end + 3]))


@lru_cache(maxsize=None)
def _opener_inside() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in sorted(read_lines("credit_openers.txt"), key=len, reverse=True))
    return re.compile(rf"\s*[-–(]?\s*(?<![\w])(?i:{words})\s*:")


def credit_start(text: str, start: int, end: int) -> int | None:
    """Where a credit opens between ``start`` and ``end`` ("... Lưu Ninh - Ảnh: VGP/Trần Mạnh"), or None."""
    found = _opener_inside().search(text, start, end)
    return found.start() if found else None
