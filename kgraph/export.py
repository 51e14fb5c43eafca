"""Writing the graph in every RDF format, reading it back, and the per-article JSON.

One verb, :func:`export`, for every format. The triple formats (Turtle,
N-Triples, RDF/XML) hold the union of the articles' graphs; the quad formats
(N-Quads, TriG, JSON-LD) keep one named graph per article.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from rdflib import ConjunctiveGraph, Dataset, Graph

from kgraph.document import Document
from kgraph.errors import InputError, KGraphError
from kgraph.outputs import atomic_write
from kgraph.rdf import union
from kgraph.vocab import PREFIXES, RDF, RDFS, bind_prefixes

__all__ = ["FORMATS", "QUAD_FORMATS", "export", "load", "document_json"]

#: File extension -> rdflib format name.
FORMATS = {
    "ttl": "turtle",
    "nt": "nt",
    "nq": "nquads",
    "trig": "trig",
    "jsonld": "json-ld",
    "rdf": "xml",
}
#: The extensions whose format keeps named graphs.
QUAD_FORMATS = frozenset({"nq", "trig", "jsonld"})


def _dataset_of(source: Any) -> Graph:
    if isinstance(source, Graph):
        return source
    dataset = getattr(source, "dataset", None)
    if isinstance(dataset, Graph):
        return dataset
    raise KGraphError(f"cannot export a {type(source).__name__}: give a KnowledgeGraph or an rdflib graph")


def _flat(graph: Graph) -> Graph:
    """A plain graph with the union's triples and the source's prefixes."""
    merged = union(graph)
    flat = Graph()
    bind_prefixes(flat)
    for prefix, namespace in graph.namespaces():
        flat.bind(prefix, namespace, override=False)
    for triple in merged.triples((None, None, None)):
        flat.add(triple)
    return flat


def _named_only(graph: Graph) -> Graph:
    """The dataset to write as quads: a plain graph becomes the default graph."""
    if isinstance(graph, ConjunctiveGraph):
        return graph
    dataset = Dataset()
    for prefix, namespace in graph.namespaces():
        dataset.bind(prefix, namespace)
    for triple in graph:
        dataset.add(triple)
    return dataset


def _jsonld_context() -> dict[str, str]:
    """Prefixes for compact JSON-LD (``"org:member"`` rather than full IRIs)."""
    context = {prefix: str(namespace) for prefix, namespace in PREFIXES.items()}
    context.update(rdf=str(RDF), rdfs=str(RDFS))
    return context


def export(kg: Any, path: str | Path, format: str = "ttl") -> Path:
    """Write a KnowledgeGraph (or an rdflib graph or dataset) to ``path``.

    ``format`` is one of :data:`FORMATS`' keys: ``ttl``, ``nt``, ``rdf`` write
    the union of all articles; ``nq``, ``trig``, ``jsonld`` keep the named
    graphs. Returns the path written.
    """
    if format not in FORMATS:
        raise KGraphError(f"unknown RDF format {format!r}; choose from {', '.join(FORMATS)}")
    graph = _dataset_of(kg)
    path = Path(path)
    data = _named_only(graph) if format in QUAD_FORMATS else _flat(graph)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        options = {"context": _jsonld_context(), "auto_compact": True} if format == "jsonld" else {}
        # a temporary file renamed into place: a kill never leaves a cut graph file
        atomic_write(path, lambda tmp: data.serialize(destination=str(tmp), format=FORMATS[format],
                                                      encoding="utf-8", **options))
    except OSError as e:
        raise KGraphError(f"cannot write {path}: {e.strerror or e}") from e
    return path


def graph_file(path: str | Path, known: Iterable[str]) -> tuple[Path, str]:
    """A saved graph's path and its format key (its extension); a clear error when either is wrong."""
    path = Path(path)
    ext = path.suffix.lstrip(".").lower()
    if ext not in known:
        raise InputError(f"{path}: unknown RDF file extension; expected one of {', '.join('.' + e for e in known)}")
    if not path.is_file():
        raise InputError(f"no such file: {path}")
    return path, ext


def load(path: str | Path) -> Dataset:
    """Read a saved graph back, its format taken from the file extension.

    Returns a dataset whose default graph is the union of its graphs, so the
    same SPARQL runs on a triple file and on a quad file.
    """
    path, ext = graph_file(path, FORMATS)
    dataset = Dataset(default_union=True)
    try:
        dataset.parse(str(path), format=FORMATS[ext])
    except Exception as e:  # rdflib raises many parser-specific types
        raise InputError(f"{path} is not valid {FORMATS[ext]}: {e}") from e
    return dataset


def document_json(document: Document) -> dict[str, Any]:
    """One article in the GUIDE's JSON schema (what ``kgraph extract`` prints)."""
    entities = []
    for entity in document.entities:
        item: dict[str, Any] = {
            "id": entity.id,
            "type": entity.type,
            "name": entity.name,
            "aliases": list(entity.aliases),
        }
        if entity.attrs.get("date"):
            item["date"] = str(entity.attrs["date"])
        entities.append(item)
    relations = []
    for relation in document.relations:
        item = {"subject": relation.subject, "predicate": relation.predicate, "object": relation.object}
        if relation.predicate == "holds_position" and relation.role:
            item["role"] = relation.role
        if relation.attrs.get("former"):
            item["former"] = True
        relations.append(item)
    return {"doc_id": document.doc_id, "entities": entities, "relations": relations}
