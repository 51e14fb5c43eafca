"""The networkx view as GraphML and GEXF, the files Gephi, Cytoscape and yEd open.

Both formats hold only scalar attributes, so :func:`flat_graph` turns the
view's lists into ``"; "``-joined strings, ``None`` into ``""`` and the
evidence list into its count (``weight``) and first sentence; XML 1.0 cannot
carry most control characters, so they are dropped.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import networkx as nx

from kgraph.errors import KGraphError

__all__ = ["WRITERS", "flat_graph", "write_network"]

#: Network file formats: name -> networkx writer.
WRITERS = {"graphml": nx.write_graphml, "gexf": nx.write_gexf}

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
SEPARATOR = "; "


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple, set)):
        return SEPARATOR.join(_text(v) for v in value)
    return _NOT_XML.sub("", str(value))


def flat_graph(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy of the networkx view with only string, integer and boolean attributes.

    Nodes: ``label``, ``type``, ``aliases``, ``articles``, ``date``. Edges (keyed
    by predicate, as in the view): ``label`` and ``predicate`` (the predicate),
    ``role``, ``roles``, ``former``, ``articles``, ``weight`` (number of
    evidence sentences) and ``sentence`` (the first one).
    """
    flat = nx.MultiDiGraph(name=_text(G.graph.get("name", "kgraph")))
    for node, data in G.nodes(data=True):
        flat.add_node(_text(node), **{key: _text(data.get(key))
                                      for key in ("label", "type", "aliases", "articles", "date")})
    for u, v, key, data in G.edges(keys=True, data=True):
        evidence = data.get("evidence") or []
        flat.add_edge(_text(u), _text(v), key=_text(key), label=_text(data.get("predicate", key)),
                      predicate=_text(data.get("predicate", key)), role=_text(data.get("role")),
                      roles=_text(data.get("roles")), former=bool(data.get("former")),
                      articles=_text(data.get("articles")), weight=len(evidence),
                      sentence=_text(evidence[0].get("sentence")) if evidence else "")
    return flat


def write_network(source: Any, path: str | Path, format: str) -> Path:
    """Write a KnowledgeGraph, rdflib graph or networkx view as GraphML or GEXF."""
    if format not in WRITERS:
        raise KGraphError(f"unknown network format {format!r}; choose from {', '.join(WRITERS)}")
    if not isinstance(source, nx.Graph):
        from kgraph.views.networkx_view import to_networkx

        source = to_networkx(source)
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        WRITERS[format](flat_graph(source), str(path))
    except OSError as e:
        raise KGraphError(f"cannot write {path}: {e.strerror or e}") from e
    return path
