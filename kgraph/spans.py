"""Spans bucketed by position: the ones overlapping a range, found without scanning them all.

Recognizers keep "the mentions taken so far" and ask, for each new candidate,
whether one of them overlaps it. A list scan makes that quadratic in the
article's length; :class:`SpanIndex` answers from the few buckets the range
touches.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Protocol, TypeVar

__all__ = ["SpanIndex"]


class _Span(Protocol):
    start: int
    end: int


S = TypeVar("S", bound=_Span)


class SpanIndex:
    """Objects with ``start``/``end`` offsets, bucketed by ``width`` characters.

    >>> from kgraph.document import Sentence
    >>> index = SpanIndex([Sentence(0, 10), Sentence(100, 300)])
    >>> index.overlapping(5, 6)
    [Sentence(start=0, end=10)]
    >>> index.containing(250)
    [Sentence(start=100, end=300)]
    """

    def __init__(self, spans: Iterable[S] = (), width: int = 64) -> None:
        self.width = width
        self._buckets: dict[int, list] = defaultdict(list)
        for span in spans:
            self.add(span)

    def _range(self, start: int, end: int) -> range:
        return range(start // self.width, max(start, end - 1) // self.width + 1)

    def add(self, span: S) -> None:
        first, last = span.start // self.width, max(span.start, span.end - 1) // self.width  # = _range()
        if first == last:  # most spans sit in one bucket
            self._buckets[first].append(span)
            return
        for bucket in range(first, last + 1):
            self._buckets[bucket].append(span)

    def overlapping(self, start: int, end: int) -> list:
        """Spans that overlap ``start``-``end`` (as :meth:`Mention.overlaps` means it), each once."""
        seen: dict[int, object] = {}
        for bucket in self._range(start, end):
            for span in self._buckets.get(bucket, ()):
                if span.start < end and start < span.end:
                    seen.setdefault(id(span), span)
        return list(seen.values())

    def containing(self, offset: int) -> list:
        """Spans with ``start <= offset < end``."""
        return [s for s in self._buckets.get(offset // self.width, ()) if s.start <= offset < s.end]
