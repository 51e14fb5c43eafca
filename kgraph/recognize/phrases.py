"""Fast dictionary lookup of multi-word phrases in a text, by word tokens.

Gazetteers (bodies, places, titles) hold thousands of phrases; a regular
expression alternation over all of them is slow and hard to debug. Here both
the phrases and the text are cut into word tokens, and a dictionary keyed by
token tuples finds the longest phrase at each word, walking a word trie so
that a position costs one lookup unless a phrase starts there. Separators between the
words of a match may be spaces, dots, hyphens or "&" ("TP.HCM" = "TP HCM"),
a comma only where the phrase has one,
never a line break. Case: a phrase written in capitals (an
abbreviation such as "UBND") must match exactly; otherwise the first letter's
case must agree and the rest may differ ("Phó bí thư" finds "Phó Bí thư").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Generic, TypeVar

__all__ = ["PhraseMatcher", "PhraseMatch", "word_spans"]

T = TypeVar("T")

_WORD = re.compile(r"[^\W_]+")
_JOINERS = re.compile(r"^[ \t.\-&'/,]{1,3}$")


def word_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the word tokens of ``text``."""
    return [m.span() for m in _WORD.finditer(text)]


@dataclass(frozen=True)
class PhraseMatch(Generic[T]):
    start: int
    end: int
    payload: T
    phrase: str


class PhraseMatcher(Generic[T]):
    """Longest-match lookup of phrases; each phrase carries a payload."""

    def __init__(self, entries: Iterable[tuple[str, T]] = ()) -> None:
        self._table: dict[tuple[str, ...], list[tuple[str, T]]] = {}
        self._max_len = 0
        # a word trie over the same phrases: at each position only the words that
        # continue some phrase are looked at (the key None holds a phrase's candidates)
        self._trie: dict = {}
        for phrase, payload in entries:
            self.add(phrase, payload)

    def add(self, phrase: str, payload: T) -> None:
        key = tuple(w.lower() for w in _WORD.findall(phrase))
        if not key:
            return
        candidates = self._table.setdefault(key, [])
        candidates.append((phrase, payload))
        self._max_len = max(self._max_len, len(key))
        node = self._trie
        for word in key:
            node = node.setdefault(word, {})
        node[None] = candidates

    def __len__(self) -> int:
        return len(self._table)

    def finditer(self, text: str, spans: list[tuple[int, int]] | None = None) -> Iterator[PhraseMatch[T]]:
        """Longest matches, left to right, not overlapping one another."""
        spans = word_spans(text) if spans is None else spans
        words = _lowered_words(text, spans)
        root = self._trie
        i = 0
        for start in [k for k, word in enumerate(words) if word in root]:  # positions where a phrase may start
            if start < i:
                continue
            found = self._longest_at(text, spans, words, start)
            if found is not None:
                length, match = found
                yield match
                i = start + length

    def find_all(self, text: str, spans: list[tuple[int, int]] | None = None) -> list[PhraseMatch[T]]:
        """Every match, including ones that start inside another (for nesting)."""
        spans = word_spans(text) if spans is None else spans
        words = _lowered_words(text, spans)
        root = self._trie
        out = []
        for i in [k for k, word in enumerate(words) if word in root]:
            found = self._longest_at(text, spans, words, i)
            if found is not None:
                out.append(found[1])
        return out

    def _longest_at(self, text, spans, words, i):
        node = self._trie.get(words[i])
        if node is None:
            return None
        # walk the trie while the gaps are joiners; a gap that is not ends every longer phrase too
        ends = [(1, node[None])] if None in node else []
        j = i + 1
        while j < len(spans):
            child = node.get(words[j])
            if child is None or not _JOINERS.match(text[spans[j - 1][1] : spans[j][0]]):
                break
            node = child
            j += 1
            if None in node:
                ends.append((j - i, node[None]))
        for n, candidates in reversed(ends):
            start, end = spans[i][0], spans[i + n - 1][1]
            surface = text[start:end]
            commas = _comma_gaps(surface)
            for phrase, payload in candidates:
                if _case_agrees(phrase, surface) and _comma_gaps(phrase) == commas:
                    return n, PhraseMatch(start, end, payload, phrase)
        return None


def _lowered_words(text: str, spans: list[tuple[int, int]]) -> list[str]:
    """Each word span of ``text`` in lower case (one ``lower()`` of the text when that keeps offsets)."""
    lowered = text.lower()
    if len(lowered) == len(text) and "Σ" not in text:  # no letter changes length; no context-dependent sigma
        return [lowered[s:e] for s, e in spans]
    return [text[s:e].lower() for s, e in spans]


def _comma_gaps(text: str) -> tuple[bool, ...]:
    """Which gaps between words hold a comma: a comma matches only a comma."""
    words = list(_WORD.finditer(text))
    return tuple("," in text[a.end() : b.start()] for a, b in zip(words, words[1:]))


def _case_agrees(phrase: str, surface: str) -> bool:
    letters = [c for c in phrase if c.isalpha()]
    if len(letters) > 1 and all(c.isupper() for c in letters):
        return [c for c in surface if c.isalpha()] == letters
    return phrase[:1].isupper() == surface[:1].isupper()
