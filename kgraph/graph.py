"""Many articles in one RDF dataset: one named graph per article.

:class:`KnowledgeGraph` only stores: adding a Document writes its graph (see
:mod:`kgraph.rdf`), re-adding a ``doc_id`` replaces it. Exports, queries and
views are functions over it (:mod:`kgraph.export`, :mod:`kgraph.query`, ...).
:func:`build` reads paths or texts and runs the extraction pipeline.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from rdflib import Dataset, Graph, Literal, URIRef

from kgraph.document import Document
from kgraph.iris import check_base
from kgraph.rdf import article_iri, to_rdf
from kgraph.sources import Skipped, scan_sources
from kgraph.vocab import DEFAULT_BASE, RDFS, SKOS, bind_prefixes

__all__ = ["KnowledgeGraph", "build", "extract_all"]


class KnowledgeGraph:
    """An rdflib :class:`~rdflib.Dataset` with one named graph per article.

    The same entity in two articles has one IRI, so the union (``.graph``)
    merges them. SKOS allows one ``skos:prefLabel`` per language: when two
    articles name an entity differently, the first article added keeps its
    name as the preferred label and later ones record theirs as
    ``skos:altLabel`` (each keeps ``rdfs:label`` with its own name).
    """

    def __init__(self, base: str = DEFAULT_BASE) -> None:
        self.base = base
        self.dataset = Dataset(default_union=True)
        bind_prefixes(self.dataset, base)
        self.documents: dict[str, Document] = {}
        self.skipped: list[Skipped] = []  # inputs build() left out, each with its reason

    @property
    def graph(self) -> Dataset:
        """The union of all articles' graphs (the dataset, queried as one graph)."""
        return self.dataset

    def article(self, doc_id: str) -> Graph:
        """The named graph of one article."""
        return self.dataset.graph(article_iri(doc_id, self.base))

    def add(self, document: Document) -> URIRef:
        """Add (or replace) one article; returns the IRI naming its graph."""
        name = article_iri(document.doc_id, self.base)
        if document.doc_id in self.documents or name in {g.identifier for g in self.dataset.graphs()}:
            self.remove(document.doc_id)
        fresh = to_rdf(document, self.base)
        target = self.dataset.graph(name)
        for subject, label in list(fresh.subject_objects(SKOS.prefLabel)):
            existing = set(self.dataset.objects(subject, SKOS.prefLabel))
            same_language = {x for x in existing if getattr(x, "language", None) == label.language}
            if same_language and label not in same_language:
                fresh.remove((subject, SKOS.prefLabel, label))
                fresh.add((subject, SKOS.altLabel, label))
        for triple in fresh:
            target.add(triple)
        self.documents[document.doc_id] = document
        return name

    def remove(self, doc_id: str) -> None:
        """Drop one article's graph; entities it alone named lose nothing else's labels."""
        name = article_iri(doc_id, self.base)
        removed = self.dataset.graph(name)
        named = set(removed.subjects(SKOS.prefLabel, None))
        self.dataset.remove_graph(name)
        self.documents.pop(doc_id, None)
        for subject in named:  # another article may now hold the only names left
            if (subject, SKOS.prefLabel, None) in self.dataset:
                continue
            for graph in self.dataset.graphs():
                label = graph.value(subject, RDFS.label)
                if isinstance(label, Literal):
                    graph.remove((subject, SKOS.altLabel, label))
                    graph.add((subject, SKOS.prefLabel, label))
                    break

    def __len__(self) -> int:
        """Number of distinct triples in the union of the articles' graphs."""
        return len(set(self.dataset.triples((None, None, None))))

    def __contains__(self, doc_id: object) -> bool:
        return doc_id in self.documents

    def __repr__(self) -> str:
        return f"<KnowledgeGraph {len(self.documents)} articles, {len(self)} triples>"

    def _repr_html_(self) -> str:
        """Jupyter shows the graph's page inline (see :mod:`kgraph.views.notebook`)."""
        from kgraph.views.notebook import repr_html

        return repr_html(self)


def _extract_item(item: tuple[str, str, dict]) -> Document:
    from kgraph.pipeline import extract  # the pipeline loads its data on use

    text, doc_id, metadata = item
    return extract(text, doc_id=doc_id, metadata=metadata)


def extract_all(items: list[tuple[str, str, dict]], *, jobs: int = 1) -> Iterator[Document]:
    """Extract articles in order; with ``jobs > 1``, in that many worker processes.

    Extraction is per article and shares nothing, so processes scale it over
    cores; the graph is merged in the calling process.
    """
    if jobs <= 1 or len(items) < 2:
        yield from map(_extract_item, items)
        return
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=jobs) as pool:
        yield from pool.map(_extract_item, items, chunksize=max(1, len(items) // (jobs * 8)))


def build(sources: Iterable[str | Path] | str | Path, *, base: str = DEFAULT_BASE,
          progress: bool = False, jobs: int = 1, on_error: str = "raise") -> KnowledgeGraph:
    """Extract every input article and merge them into one :class:`KnowledgeGraph`.

    ``sources`` are paths (``.txt`` files or folders of them) or article
    texts; see :func:`read_sources`. ``jobs`` worker processes extract in
    parallel (the result is the same). With ``progress=True`` and several
    inputs, a progress bar goes to stderr. ``on_error="skip"`` leaves out the
    inputs that cannot be read as articles and lists them, with the reason, in
    the result's ``skipped``; ``"raise"`` raises at the first.
    """
    check_base(base)
    items, skipped = scan_sources(sources, on_error=on_error)
    kg = KnowledgeGraph(base=base)
    documents = extract_all(items, jobs=jobs)
    if progress and len(items) > 1:
        from tqdm import tqdm

        documents = tqdm(documents, total=len(items), desc="articles", unit="article")
    for document in documents:
        kg.add(document)
    kg.skipped = skipped
    return kg
