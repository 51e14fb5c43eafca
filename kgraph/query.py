"""SPARQL over a knowledge graph or a saved graph file, rows as plain dicts.

The default graph of every query is the union of the articles' graphs, so a
query written without ``GRAPH`` sees everything; ``GRAPH ?g { ... }`` still
reaches one article's graph in a quad file or a KnowledgeGraph. Ready-made
queries live in ``examples/queries/*.rq``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rdflib import Graph

from kgraph.errors import InputError, KGraphError
from kgraph.export import load
from kgraph.rdf import union

__all__ = ["query", "read_query", "QUERIES_DIR"]

#: Where the ready queries live in a source checkout.
def _queries_dir() -> Path:
    """``examples/queries/``, shipped in the package as ``kgraph.queries``."""
    from kgraph.resources import package_folder

    return package_folder("kgraph.queries", "examples/queries")


QUERIES_DIR = _queries_dir()


def read_query(sparql: str | Path) -> str:
    """The query text: ``sparql`` itself, or the contents of a ``.rq`` file it names."""
    if isinstance(sparql, Path) or (str(sparql).endswith((".rq", ".sparql")) and "\n" not in str(sparql)):
        path = Path(sparql)
        try:
            return path.read_text(encoding="utf-8")
        except OSError as e:
            raise InputError(f"cannot read query file {path}: {e.strerror or e}") from e
    return str(sparql)


def _graph_of(source: Any) -> Graph:
    if isinstance(source, (str, Path)):
        return load(source)
    dataset = getattr(source, "dataset", None)
    if isinstance(dataset, Graph):
        return dataset
    if isinstance(source, Graph):
        return union(source) if not getattr(source, "default_union", True) else source
    raise KGraphError(f"cannot query a {type(source).__name__}: give a KnowledgeGraph, an rdflib graph or a file path")


def _text(term: Any) -> str:
    return str(term)


def query(graph_or_path: Any, sparql: str | Path) -> list[dict[str, str]]:
    """Run SPARQL and return rows as ``{variable: value}`` (unbound variables left out).

    ``graph_or_path``: a KnowledgeGraph, an rdflib graph or dataset, or the path
    of a saved graph (any format of :data:`kgraph.export.FORMATS`).
    ``sparql``: query text or a ``.rq`` file. SELECT gives one dict per row;
    ASK gives ``[{"ask": "true"}]`` or ``[{"ask": "false"}]``; CONSTRUCT and
    DESCRIBE give one ``{"subject", "predicate", "object"}`` per triple.
    Values are IRIs and literals' lexical forms, as strings.
    """
    graph = _graph_of(graph_or_path)
    text = read_query(sparql)
    try:
        result = graph.query(text)
    except Exception as e:  # rdflib raises pyparsing and other errors for bad SPARQL
        message = str(e).splitlines()[0] if str(e) else type(e).__name__
        raise KGraphError(f"invalid SPARQL: {message}") from e
    if result.type == "ASK":
        return [{"ask": "true" if result.askAnswer else "false"}]
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        return [{"subject": _text(s), "predicate": _text(p), "object": _text(o)} for s, p, o in result]
    variables = [str(v) for v in result.vars or ()]
    rows = []
    for row in result:
        rows.append({name: _text(value) for name, value in zip(variables, row) if value is not None})
    return rows
