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
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from kgraph.document import Document
from kgraph.errors import InputError, KGraphError
from kgraph.outputs import atomic_write
from kgraph.rdf import union
from kgraph.vocab import PREFIXES, RDF, RDFS

__all__ = ["FORMATS", "FORMAT_ALIASES", "NETWORK_FORMATS", "QUAD_FORMATS", "format_key", "export", "load",
           "document_json", "write_ontology", "write_oxigraph", "write_jsonld", "jsonld_parts"]

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
    if hasattr(kg, "dump") and hasattr(kg, "article_graphs"):  # a kgraph.store.ArticleStore
        return kg.dump(path, format=format)
    graph = _dataset_of(kg)
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # a temporary file renamed into place: a kill never leaves a cut graph file
        atomic_write(path, lambda tmp: write_oxigraph(graph, tmp, format))
    except OSError as e:
        raise KGraphError(f"cannot write {path}: {e.strerror or e}") from e
    return path


def _ox_term(term: Any, ox: Any) -> Any:
    from rdflib import BNode, Literal, URIRef

    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)) if term.datatype else None)
    raise KGraphError(f"cannot write the RDF term {term!r}")


def _ox_quads(graph: Graph, ox: Any, quads: bool) -> Iterable[Any]:
    """The source's quads (named graphs kept) or the union's triples, as pyoxigraph terms."""
    convert: dict[Any, Any] = {}

    def term(t: Any) -> Any:
        found = convert.get(t)
        if found is None:
            found = convert[t] = _ox_term(t, ox)
        return found

    if not quads:
        for s, p, o in union(graph).triples((None, None, None)):
            yield ox.Triple(term(s), term(p), term(o))
        return
    if not isinstance(graph, ConjunctiveGraph):
        for s, p, o in graph:
            yield ox.Quad(term(s), term(p), term(o), ox.DefaultGraph())
        return
    for context in (graph.graphs() if isinstance(graph, Dataset) else graph.contexts()):
        name = context.identifier
        target = ox.DefaultGraph() if name == DATASET_DEFAULT_GRAPH_ID else term(name)
        for s, p, o in context.triples((None, None, None)):
            yield ox.Quad(term(s), term(p), term(o), target)


def _prefixes_of(graph: Graph) -> dict[str, str]:
    """kgraph's prefixes plus the source's own, leaving out rdflib's generated ``nsN`` ones."""
    prefixes = {prefix: str(namespace) for prefix, namespace in PREFIXES.items()}
    prefixes.update(rdf=str(RDF), rdfs=str(RDFS))
    for prefix, namespace in graph.namespaces():
        if prefix and prefix not in prefixes and not (prefix.startswith("ns") and prefix[2:].isdigit()):
            prefixes[prefix] = str(namespace)
    return prefixes


_OX_FORMATS = {"ttl": "TURTLE", "nt": "N_TRIPLES", "nq": "N_QUADS", "trig": "TRIG", "jsonld": "JSON_LD",
               "rdf": "RDF_XML"}


def write_oxigraph(graph: Graph, path: str | Path, format: str = "ttl") -> Path:
    """Write an rdflib graph or dataset with Oxigraph's serializers (one to two orders faster than rdflib's).

    Triple formats get the union of the graphs, quad formats keep the named
    graphs; JSON-LD is compacted with kgraph's prefixes (see :func:`compact_jsonld`).
    """
    from kgraph.store import _pyoxigraph

    ox = _pyoxigraph()
    path = Path(path)
    prefixes = _prefixes_of(graph)
    quads = format in QUAD_FORMATS
    if format == "jsonld":
        by_graph: dict[Any, list] = {}  # in the source's order: the same graph writes the same bytes
        for quad in _ox_quads(graph, ox, True):
            by_graph.setdefault(quad.graph_name, []).append(quad)
        chunks = ((None if isinstance(name, ox.DefaultGraph) else name.value,
                   ox.serialize([ox.Quad(q.subject, q.predicate, q.object) for q in items], format=ox.RdfFormat.JSON_LD))
                  for name, items in by_graph.items())
        write_jsonld(path, chunks, prefixes)
        return path
    with open(path, "wb") as out:
        ox.serialize(_ox_quads(graph, ox, quads), out, getattr(ox.RdfFormat, _OX_FORMATS[format]),
                     prefixes=prefixes if format not in ("nt", "nq") else None)
    return path


def _iri_pattern(prefixes: dict[str, str]) -> tuple[Any, dict[str, str]]:
    """A pattern finding IRIs under a known namespace as they open a JSON string, not a literal's value."""
    import re

    by_namespace = {namespace: prefix for prefix, namespace in prefixes.items()}
    if all(ns.startswith("http") for ns in by_namespace):
        # the same matches, found several times faster: the pattern opens with the literal '"http' (a fast scan)
        # instead of trying every namespace at every quote; group 1 is the namespace without its "http"
        rest = {ns[4:]: prefix for ns, prefix in by_namespace.items()}
        names = "|".join(re.escape(ns) for ns in sorted(rest, key=len, reverse=True))
        return re.compile(rf'"http(?<!"@value":"http)(?<!\\"http)({names})(?!//)(?=[^"])'), rest
    names = "|".join(re.escape(ns) for ns in sorted(by_namespace, key=len, reverse=True))
    # an unescaped quote opens a JSON string; only "@value" strings are literals, everything else is an IRI
    return re.compile(rf'(?<!"@value":)(?<!\\)"({names})(?!//)(?=[^"])'), by_namespace


def write_jsonld(path: Path, chunks: Iterable[tuple[str | None, bytes]], prefixes: dict[str, str]) -> None:
    """Compact JSON-LD from Oxigraph's expanded output, one named graph at a time.

    ``chunks`` are (graph IRI or None for the default graph, expanded
    JSON-LD of its triples). IRIs under a known prefix become ``prefix:name``
    and one ``@context`` declares the prefixes, as rdflib's compact output did;
    the rewriting is textual (each graph's JSON is never parsed), which keeps
    it as fast as the serializer.
    """
    import json

    pattern, by_namespace = _iri_pattern(prefixes)

    def compact(text: str) -> str:
        return pattern.sub(lambda m: f'"{by_namespace[m.group(1)]}:', text)

    with open(path, "w", encoding="utf-8") as out:
        out.write('{\n  "@context": ' + json.dumps(prefixes, ensure_ascii=False, indent=4).replace("\n", "\n  "))
        out.write(',\n  "@graph": [')
        first = True
        for name, data in chunks:
            nodes = compact(data.decode("utf-8").strip())
            if name is None:
                inner = nodes.strip()[1:-1].strip()  # the default graph's nodes go straight into @graph
                if not inner:
                    continue
                item = inner
            else:
                item = f'{{"@id": {compact(json.dumps(name, ensure_ascii=False))}, "@graph": {nodes}}}'
            out.write(("\n    " if first else ",\n    ") + item)
            first = False
        out.write("\n  ]\n}\n")



def jsonld_parts(prefixes: dict[str, str]) -> tuple[str, Any, str]:
    """What :func:`write_jsonld` writes, in parts: the opening, a function giving one graph's item, the end.

    The item function takes (graph IRI or None, Oxigraph's expanded JSON-LD
    of the graph's triples) and returns the item's text; items are joined
    with ``",\n    "`` after ``"\n    "``. For writers that prepare items
    ahead (:mod:`kgraph.store_text`); the same text as :func:`write_jsonld`.
    """
    import json

    pattern, by_namespace = _iri_pattern(prefixes)
    replacement = {namespace: f'"{prefix}:' for namespace, prefix in by_namespace.items()}

    def compact(text: str) -> str:
        return pattern.sub(lambda m: replacement[m.group(1)], text)

    def item(name: str | None, data: bytes) -> str:
        nodes = compact(data.decode("utf-8").strip())
        if name is None:
            return nodes.strip()[1:-1].strip()
        return f'{{"@id": {compact(json.dumps(name, ensure_ascii=False))}, "@graph": {nodes}}}'

    opening = ('{\n  "@context": ' + json.dumps(prefixes, ensure_ascii=False, indent=4).replace("\n", "\n  ")
               + ',\n  "@graph": [')
    return opening, item, "\n  ]\n}\n"


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
    None) and its ``mentions`` as character offsets into the article text, a
    Location that is a Vietnamese administrative unit its ``place`` (unit type,
    current province, coordinates: :mod:`kgraph.admin_units`), and
    each relation its ``evidence`` span: ``{"start", "end", "text"}`` with
    ``text == document.text[start:end]``, as spaCy users expect.
    """
    from kgraph.rdf import entity_iri
    from kgraph.vocab import DEFAULT_BASE

    places = _places(document)
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
        if entity.id in places:
            item["place"] = places[entity.id]
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


def _places(document: Document) -> dict[str, dict[str, Any]]:
    """A Location's administrative unit as JSON (``place``: unit_type, current_province, lat, long, code)."""
    from kgraph.admin_units import document_places

    published = document.metadata.get("published")
    out = {}
    for entity_id, facts in document_places(document.entities, str(published) if published else None).items():
        place = {"unit_type": facts.unit, "current_province": facts.current_province,
                 "lat": facts.lat, "long": facts.long, "code": facts.code}
        out[entity_id] = {key: value for key, value in place.items() if value is not None}
    return out


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
