"""International instruments named by title: treaties, charters, conventions, joint statements.

Diplomatic news cites them without a number: "Hiến chương Liên Hợp Quốc",
"Công ước Liên Hợp Quốc về Luật Biển năm 1982", "Hiệp định Thương mại tự do
Việt Nam - Chile", "Tuyên bố chung Việt Nam - Chile". A head from
``international_instruments.txt`` and a capitalized title make one. The title
runs through capitalized words, a few lowercase ones between them, "về" or
"và" before a capitalized word (a convention on a law, two parts of one name)
and a dash between two parties; it stops at a comma, a clause word or the
end of the capitalized run, and a trailing year belongs to it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kgraph.normalize import UPPER
from kgraph.recognize.boundaries import inside_a_word, trim_clause_tail
from kgraph.recognize.phrases import alternation, first_letters
from kgraph.resources import read_lines, read_tsv

__all__ = ["treaty_spans"]

_NEXT = re.compile(r"(?P<sep>\s+[-–]\s+|\s+)(?P<w>[^\W_]+)")
_YEAR = re.compile(r"(?:\s+năm)?\s+((?:19|20)\d\d)(?!\d)")
_MAX_WORDS = 14
_MAX_LOWER_RUN = 4


@lru_cache(maxsize=None)
def _heads() -> re.Pattern[str]:
    heads = read_lines("international_instruments.txt")
    # "Công ước của Liên Hợp Quốc về Luật Biển": "của" may stand between the head and the title
    return re.compile(rf"{first_letters(heads)}(?<![\w])(?P<head>{alternation(heads)})\s+(?:của\s+)?(?={UPPER})")


@lru_cache(maxsize=None)
def _stops() -> frozenset[str]:
    """The words that end a law's title end a treaty's too (``law_title_stops.tsv``)."""
    return frozenset(row["text"] for row in read_tsv("law_title_stops.tsv") if row["kind"] == "word")


def _title_end(text: str, start: int) -> int:
    """End of the title that starts with the capitalized word at ``start``."""
    first = re.compile(r"[^\W_]+").match(text, start)
    end, words, lower_run = first.end(), 1, 0
    last_capital = end
    while words < _MAX_WORDS:
        match = _NEXT.match(text, end)
        if not match or "\n" in match["sep"]:
            break
        word = match["w"]
        capital = word[0].isupper()
        if "-" in match["sep"] or "–" in match["sep"]:
            if not capital:
                break
        elif not capital:
            if word.isdigit():
                break
            if word in ("về", "và"):
                after = _NEXT.match(text, match.end())
                if not (after and after["w"][0].isupper() and "\n" not in after["sep"]) \
                        or _heads().match(text, after.start("w")):
                    break  # "... và Công ước ...": a second instrument
            elif lower_run >= _MAX_LOWER_RUN or (word in _stops() and not inside_a_word(text, start, match.start("w"))):
                break
        end, words = match.end(), words + 1
        lower_run = 0 if capital else lower_run + 1
        if capital:
            last_capital = end
    if end != last_capital:  # a lowercase tail: keep it unless the tagger reads a clause there
        kept = trim_clause_tail(text[start:end], text[end : end + 40])
        end = start + len(kept)
    return end


def treaty_spans(text: str) -> list[tuple[int, int, str, str, int | None]]:
    """(start, end, name, head, year) of every instrument named by title in ``text``."""
    out = []
    for match in _heads().finditer(text):
        end = _title_end(text, match.end())
        name = " ".join(text[match.start() : end].split())
        year = None
        suffix = _YEAR.match(text, end)
        if suffix:
            year = int(suffix.group(1))
            name, end = f"{name} năm {year}", suffix.end()
        out.append((match.start(), end, name, match["head"], year))
    return out
