"""The graph in an embedded Oxigraph store (pyoxigraph), for corpora that outgrow memory.

The dataset goes in as N-Quads through Oxigraph's bulk loader, so each
article keeps its named graph. :func:`store_query` runs SPARQL with the
default graph as the union of all graphs (``use_default_graph_as_union``),
the same semantics :func:`kgraph.query.query` gives in rdflib, so the ready
queries in ``examples/queries/`` answer alike in both. Needs the ``store``
extra (pyoxigraph).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from kgraph.errors import InputError, KGraphError
from kgraph.export import graph_file

__all__ = ["open_store", "load_store", "store_query", "remote_query", "ArticleStore", "META_GRAPH"]


def _pyoxigraph():
    try:
        import pyoxigraph
    except ImportError as e:  # pragma: no cover - depends on the environment
        raise KGraphError("the Oxigraph store needs pyoxigraph: pip install 'kgraph[store]'") from e
    return pyoxigraph


def open_store(path: str | Path | None = None) -> Any:
    """An Oxigraph store: in memory, or on disk at ``path`` (created if missing)."""
    pyoxigraph = _pyoxigraph()
    if path is None:
        return pyoxigraph.Store()
    try:
        return pyoxigraph.Store(str(path))
    except OSError as e:
        raise KGraphError(f"cannot open Oxigraph store at {path}: {e}") from e


_FILE_FORMATS = {"ttl": "TURTLE", "nt": "N_TRIPLES", "nq": "N_QUADS", "trig": "TRIG",
                 "jsonld": "JSON_LD", "rdf": "RDF_XML"}


def load_store(source: Any, store: Any = None) -> Any:
    """Bulk-load a KnowledgeGraph, an rdflib graph or dataset, or a saved graph file.

    Returns the store (a new in-memory one unless ``store`` is given).
    A triple file (ttl, nt, rdf) lands in the default graph; quads keep their graphs.
    """
    pyoxigraph = _pyoxigraph()
    store = open_store() if store is None else store
    if isinstance(source, (str, Path)):
        path, ext = graph_file(source, _FILE_FORMATS)
        try:
            store.bulk_load(path=str(path), format=getattr(pyoxigraph.RdfFormat, _FILE_FORMATS[ext]))
        except (SyntaxError, ValueError) as e:
            raise InputError(f"{path}: Oxigraph cannot parse it: {e}") from e
        return store
    dataset = getattr(source, "dataset", source)
    try:
        data = dataset.serialize(format="nquads", encoding="utf-8")
    except Exception as e:
        raise KGraphError(f"cannot serialize a {type(source).__name__} as N-Quads: {e}") from e
    store.bulk_load(input=data, format=pyoxigraph.RdfFormat.N_QUADS)
    return store


def _text(term: Any) -> str:
    return term.value if hasattr(term, "value") else str(term)


def store_query(store: Any, sparql: str | Path) -> list[dict[str, str]]:
    """Run SPARQL on an Oxigraph store; rows shaped as in :func:`kgraph.query.query`.

    On a plain store the default graph is the union of its graphs; on an
    :class:`ArticleStore` it is the store's own union graph (each triple once).
    """
    if isinstance(store, ArticleStore):
        return store.query(sparql)
    return _rows(store, sparql, union=True)


def _rows(store: Any, sparql: str | Path, union: bool) -> list[dict[str, str]]:
    pyoxigraph = _pyoxigraph()
    from kgraph.query import read_query

    text = read_query(sparql)
    try:
        result = store.query(text, use_default_graph_as_union=union)
    except SyntaxError as e:
        raise KGraphError(f"invalid SPARQL: {e}") from e
    if isinstance(result, pyoxigraph.QueryBoolean):
        return [{"ask": "true" if bool(result) else "false"}]
    if isinstance(result, pyoxigraph.QueryTriples):
        return [{"subject": _text(t.subject), "predicate": _text(t.predicate), "object": _text(t.object)}
                for t in result]
    variables = [v.value for v in result.variables]
    rows = []
    for solution in result:
        row = {}
        for name in variables:
            value = solution[name]
            if value is not None:
                row[name] = _text(value)
        rows.append(row)
    return rows


# ---------------------------------------------------------------- the article store


#: The named graph holding each article's content hash (kept out of exports and queries).
META_GRAPH = "urn:kgraph:store"
_HASH = "urn:kgraph:contentHash"
_SKOS = "http://www.w3.org/2004/02/skos/core#"
_RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
_NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
_XSD = "http://www.w3.org/2001/XMLSchema#"


def _prefixes(base: str) -> dict[str, str]:
    from kgraph.vocab import PREFIXES

    prefixes = {prefix: str(namespace) for prefix, namespace in PREFIXES.items()}
    prefixes.update(rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#", rdfs="http://www.w3.org/2000/01/rdf-schema#",
                    kgid=base)
    return prefixes


class ArticleStore:
    """An Oxigraph store that grows with the corpus: one named graph per article.

    The default graph holds the union of the articles' graphs with every
    triple once, kept up to date on each add and remove; queries run on it
    (not on Oxigraph's union view, where a triple shared by N articles is
    seen N times and joins blow up). Adding an article replaces its graph,
    the union and the labels in one SPARQL update, that is one transaction.
    Each article's content hash sits in :data:`META_GRAPH`, so a re-run can
    skip articles that did not change. Labels follow
    :class:`kgraph.graph.KnowledgeGraph`: the first article to name an entity
    keeps its name as ``skos:prefLabel``, later different names become
    ``skos:altLabel``.
    """

    def __init__(self, path: str | Path | None = None, base: str | None = None) -> None:
        from kgraph.vocab import DEFAULT_BASE

        self.path = Path(path) if path is not None else None
        self.base = base or DEFAULT_BASE
        self.store = open_store(path)
        self._ox = _pyoxigraph()

    # ------------------------------------------------------------ articles
    def _name(self, doc_id: str) -> str:
        from kgraph.rdf import article_iri

        return str(article_iri(doc_id, self.base))

    def hashes(self) -> dict[str, str]:
        """Content hash by article graph IRI."""
        ox = self._ox
        return {q.subject.value: q.object.value
                for q in self.store.quads_for_pattern(None, ox.NamedNode(_HASH), None, ox.NamedNode(META_GRAPH))}

    def content_hash(self, doc_id: str) -> str | None:
        """The hash stored with an article, or None when the store does not hold it."""
        ox = self._ox
        for quad in self.store.quads_for_pattern(ox.NamedNode(self._name(doc_id)), ox.NamedNode(_HASH), None,
                                                 ox.NamedNode(META_GRAPH)):
            return quad.object.value
        return None

    def article_graphs(self) -> list[str]:
        """The IRIs of the articles' named graphs, sorted."""
        return sorted(g.value for g in self.store.named_graphs() if g.value != META_GRAPH)

    def __contains__(self, doc_id: object) -> bool:
        return isinstance(doc_id, str) and self.content_hash(doc_id) is not None

    def __len__(self) -> int:
        """Number of distinct triples (the union graph)."""
        ox = self._ox
        return sum(1 for _ in self.store.quads_for_pattern(None, None, None, ox.DefaultGraph()))

    def add_ntriples(self, doc_id: str, ntriples: str, content_hash: str = "") -> str:
        """Add or replace one article from its graph as N-Triples text; returns the graph IRI.

        A new article goes in with one ``extend`` (its graph, its triples in
        the union, its hash); a stored one is replaced by one SPARQL update.
        Either is one transaction.
        """
        ox = self._ox
        g = self._name(doc_id)
        if self.content_hash(doc_id) is not None or self.store.contains_named_graph(ox.NamedNode(g)):
            self._replace(doc_id, g, ntriples, content_hash)
            return g
        try:
            triples = [q.triple for q in ox.parse(ntriples.encode("utf-8"), format=ox.RdfFormat.N_TRIPLES)]
        except SyntaxError as e:
            raise KGraphError(f"cannot store article {doc_id}: its N-Triples do not parse: {e}") from e
        pref, alt = ox.NamedNode(_SKOS + "prefLabel"), ox.NamedNode(_SKOS + "altLabel")
        default, name = ox.DefaultGraph(), ox.NamedNode(g)
        quads = []
        for t in triples:
            if t.predicate == pref and self._named_otherwise(t.subject, t.object):
                t = ox.Triple(t.subject, alt, t.object)  # a later article's name for a known entity
            quads.append(ox.Quad(t.subject, t.predicate, t.object, name))
            quads.append(ox.Quad(t.subject, t.predicate, t.object, default))
        quads.append(ox.Quad(name, ox.NamedNode(_HASH), ox.Literal(content_hash), ox.NamedNode(META_GRAPH)))
        try:
            self.store.extend(quads)
        except OSError as e:
            raise KGraphError(f"cannot store article {doc_id}: {e}") from e
        return g

    def _named_otherwise(self, subject: Any, label: Any) -> bool:
        """Whether the union already gives ``subject`` another preferred name in ``label``'s language."""
        ox = self._ox
        for quad in self.store.quads_for_pattern(subject, ox.NamedNode(_SKOS + "prefLabel"), None, ox.DefaultGraph()):
            other = quad.object
            if other != label and getattr(other, "language", None) == getattr(label, "language", None):
                return True
        return False

    def _replace(self, doc_id: str, g: str, ntriples: str, content_hash: str) -> None:
        hash_literal = content_hash.replace("\\", "\\\\").replace('"', '\\"')
        parts = [self._drop_update(g),
                 f"INSERT DATA {{ GRAPH <{g}> {{\n{ntriples}\n}} "
                 f"GRAPH <{META_GRAPH}> {{ <{g}> <{_HASH}> \"{hash_literal}\" }} }}",
                 # a later article's different name for a known entity is an alternative label
                 f"""DELETE {{ GRAPH <{g}> {{ ?s <{_SKOS}prefLabel> ?label }} }}
INSERT {{ GRAPH <{g}> {{ ?s <{_SKOS}altLabel> ?label }} }}
WHERE {{ GRAPH <{g}> {{ ?s <{_SKOS}prefLabel> ?label }}
        ?s <{_SKOS}prefLabel> ?other . FILTER (?other != ?label && LANG(?other) = LANG(?label)) }}""",
                 f"INSERT {{ ?s ?p ?o }} WHERE {{ GRAPH <{g}> {{ ?s ?p ?o }} }}"]
        self._update(" ;\n".join(parts), doc_id)
        self._promote_labels()

    def remove(self, doc_id: str) -> None:
        """Drop one article: its graph, its hash, and the union's triples no other article holds."""
        g = self._name(doc_id)
        self._update(self._drop_update(g), doc_id)
        self._promote_labels()

    @staticmethod
    def _drop_update(g: str) -> str:
        return (f"DELETE {{ ?s ?p ?o }} WHERE {{ GRAPH <{g}> {{ ?s ?p ?o }} "
                f"FILTER NOT EXISTS {{ GRAPH ?other {{ ?s ?p ?o }} FILTER (?other != <{g}>) }} }} ;\n"
                f"DROP SILENT GRAPH <{g}> ;\n"
                f"DELETE WHERE {{ GRAPH <{META_GRAPH}> {{ <{g}> ?p ?o }} }}")

    def _promote_labels(self) -> None:
        """Entities left without a preferred name take one article's own name (as KnowledgeGraph does)."""
        rows = self.store.query(f"""SELECT ?s ?label (MIN(STR(?g)) AS ?graph) WHERE {{
            GRAPH ?g {{ ?s <{_SKOS}altLabel> ?label ; <{_RDFS_LABEL}> ?label }}
            FILTER NOT EXISTS {{ ?s <{_SKOS}prefLabel> ?any }} }} GROUP BY ?s ?label""")
        chosen: dict[str, tuple[str, Any]] = {}
        for row in rows:
            s, graph = row["s"], row["graph"].value
            if s.value not in chosen or graph < chosen[s.value][0]:
                chosen[s.value] = (graph, row["label"])
        ox = self._ox
        for s, (graph, label) in chosen.items():
            subject, name = ox.NamedNode(s), ox.NamedNode(graph)
            self.store.remove(ox.Quad(subject, ox.NamedNode(_SKOS + "altLabel"), label, name))
            self.store.add(ox.Quad(subject, ox.NamedNode(_SKOS + "prefLabel"), label, name))
            self.store.add(ox.Quad(subject, ox.NamedNode(_SKOS + "prefLabel"), label, ox.DefaultGraph()))
            self._sync_union(subject, ox.NamedNode(_SKOS + "altLabel"), label)

    def _sync_union(self, subject: Any, predicate: Any, obj: Any) -> None:
        """Keep ``(s, p, o)`` in the union graph exactly when some article's graph holds it."""
        ox = self._ox
        held = any(q.graph_name != ox.DefaultGraph() and q.graph_name.value != META_GRAPH
                   for q in self.store.quads_for_pattern(subject, predicate, obj, None))
        quad = ox.Quad(subject, predicate, obj, ox.DefaultGraph())
        if held:
            self.store.add(quad)
        else:
            self.store.remove(quad)

    def _update(self, sparql: str, doc_id: str) -> None:
        try:
            self.store.update(sparql)
        except (SyntaxError, ValueError, OSError) as e:
            raise KGraphError(f"cannot store article {doc_id}: {e}") from e

    # ------------------------------------------------------------ reading
    def query(self, sparql: str | Path) -> list[dict[str, str]]:
        """SPARQL over the union graph (each triple once); rows as in :func:`kgraph.query.query`."""
        return _rows(self.store, sparql, union=False)

    def _graph_quads(self, name: str | None, triples: bool = False) -> Iterator[Any]:
        """One graph's quads (the union when ``name`` is None), offsets typed as kgraph wrote them.

        Oxigraph's storage keeps integers as ``xsd:integer``; NIF offsets are
        ``xsd:nonNegativeInteger`` in kgraph's graphs (and its SHACL shapes),
        so they get their datatype back on the way out.
        """
        ox = self._ox
        graph = ox.DefaultGraph() if name is None else ox.NamedNode(name)
        offsets = {_NIF + "beginIndex", _NIF + "endIndex"}
        non_negative = ox.NamedNode(_XSD + "nonNegativeInteger")
        for quad in self.store.quads_for_pattern(None, None, None, graph):
            obj = quad.object
            if quad.predicate.value in offsets and isinstance(obj, ox.Literal):
                obj = ox.Literal(obj.value, datatype=non_negative)
                yield (ox.Triple(quad.subject, quad.predicate, obj) if triples
                       else ox.Quad(quad.subject, quad.predicate, obj, quad.graph_name))
            else:
                yield quad.triple if triples else quad

    def dump(self, path: str | Path, format: str = "ttl") -> Path:
        """Write the store with Oxigraph's serializers: the union for triple formats, articles' graphs for quads."""
        from kgraph.export import FORMATS, QUAD_FORMATS

        if format not in FORMATS:
            raise KGraphError(f"unknown RDF format {format!r}; choose from {', '.join(FORMATS)}")
        ox = self._ox
        path = Path(path)
        rdf_format = getattr(ox.RdfFormat, _FILE_FORMATS[format])
        prefixes = _prefixes(self.base) if format not in ("nt", "nq") else None
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            if format == "jsonld":
                from kgraph.export import write_jsonld

                chunks = ((name, ox.serialize(self._graph_quads(name, triples=True), format=ox.RdfFormat.JSON_LD))
                          for name in self.article_graphs())
                write_jsonld(path, chunks, _prefixes(self.base))
                return path
            if format in QUAD_FORMATS:
                quads = (q for name in self.article_graphs() for q in self._graph_quads(name))
            else:
                quads = self._graph_quads(None, triples=True)
            with open(path, "wb") as out:
                ox.serialize(quads, out, rdf_format, prefixes=prefixes)
        except OSError as e:
            raise KGraphError(f"cannot write {path}: {e.strerror or e}") from e
        return path

    def to_rdflib(self) -> Any:
        """The articles' graphs as an rdflib Dataset (default graph = union) for views and rdflib users."""
        from rdflib import Dataset

        ox = self._ox
        dataset = Dataset(default_union=True)
        quads = (q for name in self.article_graphs() for q in self._graph_quads(name))
        dataset.parse(data=ox.serialize(quads, format=ox.RdfFormat.N_QUADS).decode("utf-8"), format="nquads")
        return dataset

    def graph_ntriples(self, doc_id: str) -> str:
        """One article's stored graph (labels as merged) as N-Triples text."""
        ox = self._ox
        return ox.serialize(self._graph_quads(self._name(doc_id), triples=True),
                            format=ox.RdfFormat.N_TRIPLES).decode("utf-8")

    def union_graph(self) -> Any:
        """The union as a plain rdflib Graph for the views, without the articles' full texts.

        Built term by term from the store (no parsing); ``nif:isString`` (each
        article's whole text) is left out, since views read sentences only.
        """
        from rdflib import BNode, Graph, Literal, URIRef

        from kgraph.vocab import bind_prefixes

        ox = self._ox
        graph = Graph()
        bind_prefixes(graph, self.base)
        terms: dict[Any, Any] = {}

        def term(t: Any) -> Any:
            found = terms.get(t)
            if found is None:
                if isinstance(t, ox.NamedNode):
                    found = URIRef(t.value)
                elif isinstance(t, ox.BlankNode):
                    found = BNode(t.value)
                elif t.language:
                    found = Literal(t.value, lang=t.language)
                elif t.datatype.value == _XSD + "string":
                    found = Literal(t.value)
                else:
                    found = Literal(t.value, datatype=URIRef(t.datatype.value))
                terms[t] = found
            return found

        skip = _NIF + "isString"
        add = graph.add
        for quad in self._graph_quads(None):
            if quad.predicate.value != skip:
                add((term(quad.subject), term(quad.predicate), term(quad.object)))
        return graph

    def flush(self) -> None:
        """Write pending changes to disk (a no-op in memory)."""
        if self.path is not None:
            self.store.flush()

    def __repr__(self) -> str:
        where = str(self.path) if self.path else "memory"
        return f"<ArticleStore {len(self.article_graphs())} articles in {where}>"


def remote_query(endpoint: str, sparql: str | Path, timeout: float = 60) -> list[dict[str, str]]:
    """Run SPARQL on a SPARQL 1.1 endpoint over HTTP; rows shaped as in :func:`kgraph.query.query`."""
    import json
    import urllib.error
    import urllib.parse
    import urllib.request

    from kgraph.query import read_query

    body = urllib.parse.urlencode({"query": read_query(sparql)}).encode("utf-8")
    request = urllib.request.Request(endpoint, data=body, method="POST", headers={
        "Content-Type": "application/x-www-form-urlencoded", "Accept": "application/sparql-results+json"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            data = json.loads(response.read().decode("utf-8"))
    except urllib.error.HTTPError as e:
        raise KGraphError(f"{endpoint} refused the query: {e.code} {e.read().decode('utf-8', 'replace')[:200]}") from e
    except (urllib.error.URLError, OSError) as e:
        raise KGraphError(f"cannot reach {endpoint}: {getattr(e, 'reason', e)}") from e
    if "boolean" in data:
        return [{"ask": "true" if data["boolean"] else "false"}]
    return [{name: cell["value"] for name, cell in row.items()} for row in data["results"]["bindings"]]
