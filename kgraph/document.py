"""The one object that flows through the pipeline.

A :class:`Document` owns the article text; sentences, mentions and relation
evidence are character spans into it (never copied substrings that drift).
Entities are what the article talks about, each backed by one or more mentions.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Any

from kgraph.errors import KGraphError
from kgraph.normalize import OffsetMap

__all__ = [
    "ENTITY_TYPES",
    "PREDICATES",
    "Sentence",
    "Mention",
    "Entity",
    "Relation",
    "Document",
]

ENTITY_TYPES = ("Person", "Organization", "Document", "Event", "Location")

PREDICATES = (
    "holds_position",
    "organized",
    "participated_in",
    "held_in",
    "issued",
    "adopted_at",
    "part_of",
)


@dataclass(frozen=True)
class Sentence:
    """A sentence as a span of the document text."""

    start: int
    end: int


@dataclass
class Mention:
    """A typed span of the text that names an entity.

    ``name`` is the canonical name the recognizer proposes (from a gazetteer or
    a grammar), ``attrs`` carries decoded facts (a document's number, type,
    issuer code, a date). ``source`` names the recognizer, for error analysis.
    """

    start: int
    end: int
    type: str
    name: str
    source: str
    attrs: dict[str, Any] = field(default_factory=dict)
    entity: str | None = None  # id of the entity it was resolved to

    def overlaps(self, other: Mention) -> bool:
        return self.start < other.end and other.start < self.end


@dataclass
class Entity:
    """One real-world thing the article mentions, with its names.

    ``key`` is the article-independent identity (type plus canonical name, or a
    document's number and year), used to merge entities across articles and to
    mint IRIs.
    """

    id: str
    type: str
    name: str
    key: str
    aliases: list[str] = field(default_factory=list)
    attrs: dict[str, Any] = field(default_factory=dict)
    mentions: list[int] = field(default_factory=list)  # indexes into Document.mentions


@dataclass
class Relation:
    """A fact between two entities, with the sentence it came from.

    ``start``/``end`` is the evidence span (the sentence, or the clause the
    pattern matched); ``attrs`` holds qualifiers such as ``former``.
    """

    subject: str
    predicate: str
    object: str
    start: int
    end: int
    role: str | None = None
    attrs: dict[str, Any] = field(default_factory=dict)

    @property
    def triple(self) -> tuple[str, str, str]:
        return (self.subject, self.predicate, self.object)


@dataclass
class Document:
    """An article and everything the pipeline learned from it."""

    text: str
    doc_id: str
    metadata: dict[str, Any] = field(default_factory=dict)
    search_text: str = ""  # same length as ``text``: modern tone marks, plain quotes
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    #: offsets of ``text`` back to the input as read (before NFC, a byte order mark counted): see original_span
    offsets: OffsetMap = field(default_factory=OffsetMap)

    def span_text(self, start: int, end: int) -> str:
        return self.text[start:end]

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """A span of ``text`` (every offset kgraph returns) as character offsets into the input file.

        ``text`` is NFC; the file may be NFD or start with a byte order mark.
        The result indexes the file's characters as ``raw.decode(encoding)``
        gives them, with ``encoding`` from ``metadata.get("encoding", "utf-8")``
        (a byte order mark is then the first character). An HTML page has no such
        offsets: its text was extracted from the markup.
        """
        if self.metadata.get("format") == "html":
            raise KGraphError(f"{self.doc_id} was read from HTML; its offsets refer to the extracted text only")
        return self.offsets(start), self.offsets(end)

    def sentence_of(self, offset: int) -> Sentence | None:
        """The sentence containing a character offset (a bisect when sentences are in order)."""
        starts = self._sentence_starts()
        if starts is not None:
            i = bisect_right(starts, offset) - 1
            if i >= 0 and self.sentences[i].start <= offset < self.sentences[i].end:
                return self.sentences[i]
            return None
        for sentence in self.sentences:
            if sentence.start <= offset < sentence.end:
                return sentence
        return None

    def _sentence_starts(self) -> list[int] | None:
        """Sentence starts, cached while ``sentences`` is the same list; None unless sorted and disjoint."""
        sentences = self.sentences
        key = (id(sentences), len(sentences), sentences[0] if sentences else None, sentences[-1] if sentences else None)
        cached = self.__dict__.get("_starts_cache")
        if cached is None or cached[0] != key:
            ordered = all(a.end <= b.start for a, b in zip(sentences, sentences[1:]))
            cached = (key, [s.start for s in sentences] if ordered else None)
            self.__dict__["_starts_cache"] = cached
        return cached[1]

    def entity(self, entity_id: str) -> Entity:
        for entity in self.entities:
            if entity.id == entity_id:
                return entity
        raise KeyError(entity_id)

    def entities_of_type(self, type_: str) -> list[Entity]:
        return [e for e in self.entities if e.type == type_]
