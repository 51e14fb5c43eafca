"""The extraction pipeline: components that take a Document and return it.

Like spaCy's ``Language``, a :class:`Pipeline` passes one Document through
its components in order and refuses a component that returns anything else.
:func:`extract` runs the default pipeline on one article.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from functools import lru_cache
from typing import Any

from kgraph.document import Document
from kgraph.errors import InputError, PipelineError
from kgraph.normalize import OffsetMap, nfc_with_offsets, search_form, xml_safe

__all__ = ["Pipeline", "default_pipeline", "extract", "normalize_text"]

Component = Callable[[Document], Document]


def normalize_text(doc: Document) -> Document:
    """Pipeline component: NFC text plus its same-length search form.

    Characters XML 1.0 forbids become spaces (same length), so every export
    holds the text; ``doc.offsets`` maps the NFC text back to the input.
    """
    text, offsets = nfc_with_offsets(doc.text)
    doc.text = xml_safe(text)
    doc.offsets = OffsetMap(offsets.points, int(doc.metadata.get("bom", 0)))
    doc.search_text = search_form(doc.text)
    if len(doc.search_text) != len(doc.text):  # pragma: no cover - guarded by search_form's contract
        raise PipelineError("normalization changed the text's length; offsets would drift")
    return doc


class Pipeline:
    """An ordered list of named components."""

    def __init__(self, components: Iterable[tuple[str, Component]]) -> None:
        self.components = list(components)

    @property
    def names(self) -> list[str]:
        return [name for name, _ in self.components]

    def __call__(self, doc: Document) -> Document:
        for name, component in self.components:
            result = component(doc)
            if not isinstance(result, Document):
                raise PipelineError(
                    f"component {name!r} returned {type(result).__name__}, not a Document; "
                    "a component must return the Document it was given"
                )
            doc = result
        return doc

    def pipe(self, docs: Iterable[Document]) -> Iterator[Document]:
        for doc in docs:
            yield self(doc)


@lru_cache(maxsize=1)
def default_pipeline() -> Pipeline:
    """The standard components, imported on first use (keeps ``import kgraph`` cheap)."""
    from kgraph.recognize.described_documents import recognize_described_documents
    from kgraph.recognize.documents import recognize_documents
    from kgraph.recognize.events import recognize_events
    from kgraph.recognize.meeting_verbs import recognize_meeting_verbs
    from kgraph.recognize.organizations import recognize_organizations
    from kgraph.recognize.persons import recognize_persons
    from kgraph.recognize.places import recognize_places
    from kgraph.relations import extract_relations
    from kgraph.resolve import resolve_entities, settle_mentions
    from kgraph.segment import segment

    return Pipeline(
        [
            ("normalize", normalize_text),
            ("segment", segment),
            ("places", recognize_places),
            ("organizations", recognize_organizations),
            ("persons", recognize_persons),
            ("documents", recognize_documents),
            ("described_documents", recognize_described_documents),
            ("events", recognize_events),
            ("meeting_verbs", recognize_meeting_verbs),
            ("settle", settle_mentions),
            ("resolve", resolve_entities),
            ("relations", extract_relations),
        ]
    )


def extract(text: str, doc_id: str = "doc", metadata: Mapping[str, Any] | None = None) -> Document:
    """Extract entities and relations from one article.

    Raises :class:`~kgraph.errors.InputError` for text that is not a string
    or holds no words.
    """
    if not isinstance(text, str):
        raise InputError(f"expected the article as str, got {type(text).__name__}")
    if not text.strip():
        raise InputError(f"article {doc_id!r} is empty")
    doc = Document(text=text, doc_id=doc_id, metadata=dict(metadata or {}))
    return default_pipeline()(doc)
