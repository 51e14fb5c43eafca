"""The graph in an embedded Oxigraph store (pyoxigraph), for corpora that outgrow memory.

The dataset goes in as N-Quads through Oxigraph's bulk loader, so each
article keeps its named graph. :func:`store_query` runs SPARQL with the
default graph as the union of all graphs (``use_default_graph_as_union``),
the same semantics :func:`kgraph.query.query` gives in rdflib, so the ready
queries in ``examples/queries/`` answer alike in both. Needs the ``store``
extra (pyoxigraph).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from kgraph.errors import InputError, KGraphError
from kgraph.export import graph_file

__all__ = ["open_store", "load_store", "store_query"]


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
    """Run SPARQL on an Oxigraph store; rows shaped as in :func:`kgraph.query.query`."""
    pyoxigraph = _pyoxigraph()
    from kgraph.query import read_query

    text = read_query(sparql)
    try:
        result = store.query(text, use_default_graph_as_union=True)
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
