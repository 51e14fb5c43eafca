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

__all__ = ["FORMATS", "FORMAT_ALIASES", "NETWORK_FORMATS", "QUAD_FORMATS", "format_key", "export", "load",
           "document_json", "write_ontology"]

#: File extension -> rdflib format name.
FORMATS = {
    "ttl": "turtle",
    "nt": "nt",
    "nq": "nquads",
    "trig": "trig",
    "jsonld": "json-ld",
    "rdf": "xml",
}
#: Every accepted format name -> its key in :data:`FORMATS`: the short keys,
#: rdflib's own names and the W3C spellings. One table for export, load and the CLI.
FORMAT_ALIASES = {
    "ttl": "ttl", "turtle": "ttl",
    "nt": "nt", "ntriples": "nt", "n-triples": "nt",
    "nq": "nq", "nquads": "nq", "n-quads": "nq",
    "trig": "trig",
    "jsonld": "jsonld", "json-ld": "jsonld",
    "rdf": "rdf", "xml": "rdf",
}
#: Formats for network tools (Gephi, Cytoscape, yEd), written from the networkx view.
NETWORK_FORMATS = ("graphml", "gexf")
#: The extensions whose format keeps named graphs.
QUAD_FORMATS = frozenset({"nq", "trig", "jsonld"})


def format_key(name: str) -> str:
    """The :data:`FORMATS` key of a format name (``turtle`` -> ``ttl``, ``json-ld`` -> ``jsonld``)."""
    key = FORMAT_ALIASES.get(str(name).strip().lower())
    if key is None:
        raise KGraphError(f"unknown RDF format {name!r}; choose from {', '.join(FORMATS)} "
                          "(or rdflib's names: turtle, ntriples, nquads, json-ld, xml)")
    return key


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
    graphs. rdflib's names (``turtle``, ``json-ld``, ...) are accepted too
    (:data:`FORMAT_ALIASES`). ``graphml`` and ``gexf`` write the networkx view
    for network tools (:mod:`kgraph.views.network_files`). Returns the path written.
    """
    if str(format).strip().lower() in NETWORK_FORMATS:
        from kgraph.views.network_files import write_network

        return write_network(kg, path, str(format).strip().lower())
    format = format_key(format)
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


def load(path: str | Path, format: str | None = None) -> Dataset:
    """Read a saved graph back, its format taken from the file extension unless ``format`` names it.

    Returns a dataset whose default graph is the union of its graphs, so the
    same SPARQL runs on a triple file and on a quad file. ``format`` takes any
    name of :data:`FORMAT_ALIASES`.
    """
    if format is None:
        path, ext = graph_file(path, FORMATS)
    else:
        ext, path = format_key(format), Path(path)
        if not path.is_file():
            raise InputError(f"no such file: {path}")
    dataset = Dataset(default_union=True)
    try:
        dataset.parse(str(path), format=FORMATS[ext])
    except Exception as e:  # rdflib raises many parser-specific types
        raise InputError(f"{path} is not valid {FORMATS[ext]}: {e}") from e
    return dataset


def _span(document: Document, start: int, end: int) -> dict[str, Any]:
    return {"start": start, "end": end, "text": document.text[start:end]}


def document_json(document: Document, base: str | None = None) -> dict[str, Any]:
    """One article in the GUIDE's JSON schema (what ``kgraph extract`` prints).

    Beyond the GUIDE's keys (which ``kgraph evaluate`` scores), each entity has
    its ``iri`` in the graph (minted under ``base``, the default base when
    None) and its ``mentions`` as character offsets into the article text, and
    each relation its ``evidence`` span: ``{"start", "end", "text"}`` with
    ``text == document.text[start:end]``, as spaCy users expect.
    """
    from kgraph.rdf import entity_iri
    from kgraph.vocab import DEFAULT_BASE

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
        item["iri"] = str(entity_iri(entity, base or DEFAULT_BASE))
        spans = sorted({(document.mentions[i].start, document.mentions[i].end) for i in entity.mentions
                        if 0 <= i < len(document.mentions)})
        item["mentions"] = [_span(document, start, end) for start, end in spans]
        entities.append(item)
    relations = []
    for relation in document.relations:
        item = {"subject": relation.subject, "predicate": relation.predicate, "object": relation.object}
        if relation.predicate == "holds_position" and relation.role:
            item["role"] = relation.role
        if relation.attrs.get("former"):
            item["former"] = True
        item["evidence"] = _span(document, relation.start, relation.end)
        relations.append(item)
    return {"doc_id": document.doc_id, "entities": entities, "relations": relations}


def write_ontology(outdir: str | Path) -> dict[str, Path]:
    """Copy the ontology and its SHACL shapes into ``outdir`` as ``ontology.ttl`` and ``shapes.ttl``.

    So a folder handed to a triple store or a reasoner carries its vocabulary:
    load ``ontology.ttl`` beside the data for RDFS/OWL inference, or validate
    with ``pyshacl -s shapes.ttl graph.ttl``.
    """
    import shutil

    from kgraph.vocab import ontology_file

    outdir = Path(outdir)
    written = {}
    try:
        outdir.mkdir(parents=True, exist_ok=True)
        for kind, source, name in (("ontology", "kgraph.ttl", "ontology.ttl"), ("shapes", "shapes.ttl", "shapes.ttl")):
            written[kind] = Path(shutil.copyfile(ontology_file(source), outdir / name))
    except OSError as e:
        raise KGraphError(f"cannot write the ontology into {outdir}: {e.strerror or e}") from e
    return written
