"""What a document recognizer proposes: a span, a name and its attributes, with a priority.

:mod:`~kgraph.recognize.documents` (numbers, short references, citations) and
:mod:`~kgraph.recognize.document_titles` (laws and standing documents by their
title) propose candidates alike; the first keeps the best of overlapping ones.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

__all__ = ["Candidate", "capitalize", "clean", "unique"]


@dataclass
class Candidate:
    start: int
    end: int
    name: str
    attrs: dict[str, Any]
    priority: int


def clean(text: str) -> str:
    return " ".join(text.split())


def capitalize(text: str) -> str:
    return text[:1].upper() + text[1:]


def unique(items: list[str]) -> list[str]:
    seen: list[str] = []
    for item in items:
        if item and item not in seen:
            seen.append(item)
    return seen
