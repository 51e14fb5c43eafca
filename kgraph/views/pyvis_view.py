"""The graph as a configured :class:`pyvis.network.Network`, for users who customise pyvis.

:func:`kgraph.views.render_html` stays the fast page; this gives pyvis users the
same picture in pyvis's own object: positions computed here (a spring layout per
connected component, the components packed in rows), physics off, the page's
colours and shapes by type, and tooltips as plain text (vis-network shows a
string ``title`` as text, so markup in a name stays inert). Add nodes, call
``set_options`` or ``show_buttons`` and ``.show("graph.html")`` as usual.

The Network renders with a small template of its own: pyvis's template links
Bootstrap (and, with ``cdn_resources="local"``, vis-network) from a CDN, which
this project's pages never do. vis-network is inlined from pyvis's package.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

import networkx as nx

from kgraph.errors import KGraphError

__all__ = ["to_pyvis", "TYPE_STYLE", "layout_positions"]

#: Colour and vis-network shape per entity type: the same as the HTML page (graph.js, TYPES).
TYPE_STYLE: dict[str, tuple[str, str]] = {
    "Person": ("#0072B2", "dot"),
    "Organization": ("#D55E00", "square"),
    "Document": ("#009E73", "triangle"),
    "Event": ("#E69F00", "diamond"),
    "Location": ("#CC79A7", "hexagon"),
}
_OTHER = ("#8c8c8c", "dot")
_EDGE_COLOR = "#9aa5b1"


def layout_positions(G: nx.Graph, *, spacing: float = 110.0, seed: int = 0) -> dict[Any, tuple[float, float]]:
    """Canvas positions for every node: a spring layout per component, packed in rows.

    Deterministic for a given ``seed``. Components are laid out apart so a
    small one is not thrown to the rim of a big one, largest first.
    """
    undirected = G.to_undirected(as_view=True) if G.is_directed() else G
    parts = sorted((sorted(c, key=str) for c in nx.connected_components(undirected)), key=lambda c: (-len(c), str(c[0])))
    placed: list[tuple[list[Any], dict[Any, tuple[float, float]], float, float]] = []
    for members in parts:
        if len(members) == 1:
            local = {members[0]: (0.0, 0.0)}
        else:
            raw = nx.spring_layout(undirected.subgraph(members), seed=seed, scale=1.0)
            radius = spacing * math.sqrt(len(members)) / 1.6
            local = {node: (float(x) * radius, float(y) * radius) for node, (x, y) in raw.items()}
        xs = [p[0] for p in local.values()]
        ys = [p[1] for p in local.values()]
        x0, y0 = min(xs), min(ys)
        local = {node: (x - x0, y - y0) for node, (x, y) in local.items()}
        placed.append((members, local, max(xs) - x0 + spacing, max(ys) - y0 + spacing))
    total = sum(w * h for _, _, w, h in placed)
    row_width = max([math.sqrt(total * 1.6)] + [w for _, _, w, _ in placed])
    pos: dict[Any, tuple[float, float]] = {}
    cx = cy = row_height = 0.0
    for _, local, w, h in placed:
        if cx > 0 and cx + w > row_width:
            cx, cy, row_height = 0.0, cy + row_height, 0.0
        for node, (x, y) in local.items():
            pos[node] = (cx + x, cy + y)
        cx += w
        row_height = max(row_height, h)
    return pos


def _node_title(G: nx.Graph, node: Any) -> str:
    data = G.nodes[node]
    lines = [f"{data.get('label') or node} ({data.get('type') or 'entity'})"]
    if data.get("aliases"):
        lines.append("Also: " + ", ".join(map(str, data["aliases"])))
    if data.get("date"):
        lines.append(f"Date: {data['date']}")
    degree = G.degree(node)
    lines.append(f"{degree} relation{'' if degree == 1 else 's'}")
    lines.append(str(node))
    return "\n".join(lines)


def _edge_text(data: Mapping[str, Any], key: Any) -> str:
    predicate = str(data.get("predicate") or (key if isinstance(key, str) else "") or data.get("label") or "")
    roles = [str(r) for r in data.get("roles") or ()] or ([str(data["role"])] if data.get("role") else [])
    text = predicate + (": " + " / ".join(roles) if roles else "")
    return text + (" (former)" if data.get("former") else "")


def _edge_title(G: nx.Graph, u: Any, v: Any, data: Mapping[str, Any], key: Any) -> str:
    names = (G.nodes[u].get("label") or u, G.nodes[v].get("label") or v)
    lines = [f"{names[0]} → {_edge_text(data, key)} → {names[1]}"]
    articles = G.graph.get("articles") or {}
    for item in list(data.get("evidence") or ())[:5]:
        sentence = str(item.get("sentence") or "")
        info = articles.get(item.get("article")) or {}
        source = info.get("title") or info.get("id") or ""
        lines.append(f"“{sentence}”" + (f" — {source}" if source else ""))
    return "\n".join(lines)


def to_pyvis(G: nx.Graph, *, title: str = "", height: str = "750px", width: str = "100%",
             pos: Mapping[Any, tuple[float, float]] | None = None):
    """A :class:`pyvis.network.Network` of ``G``: positioned, physics off, styled like the page.

    ``pos`` maps every node to ``(x, y)`` (default :func:`layout_positions`).
    Node ids are the node keys as strings (the IRIs for a kgraph view).

    Examples
    --------
    >>> from kgraph.views.networkx_view import example_graph
    >>> net = to_pyvis(example_graph(), title="Gia Lai")
    >>> len(net.nodes), len(net.edges), net.options.physics.enabled
    (9, 13, False)
    >>> import re
    >>> page = net.generate_html()
    >>> "<title>Gia Lai</title>" in page, re.search(r"<(script|link)[^>]*(src|href)=", page)  # all inline
    (True, None)
    """
    if not isinstance(G, nx.Graph):
        raise KGraphError(f"to_pyvis needs a networkx graph, not {type(G).__name__}; "
                          "convert a KnowledgeGraph with kgraph.views.to_networkx(kg) first")
    from jinja2 import ChoiceLoader, DictLoader, Environment, FileSystemLoader
    from pyvis.network import Network

    from kgraph.views.html import _asset

    positions = layout_positions(G) if pos is None else pos
    missing = [node for node in G if node not in positions]
    if missing:
        raise KGraphError(f"pos has no position for node {missing[0]!r}: give one for every node, or none")
    net = Network(height=height, width=width, directed=G.is_directed(), heading=title, cdn_resources="in_line")
    degree = dict(G.degree())
    top = max(degree.values(), default=0) or 1
    for node, data in G.nodes(data=True):
        color, shape = TYPE_STYLE.get(data.get("type"), _OTHER)
        x, y = positions[node]
        net.add_node(str(node), label=str(data.get("label") or node), shape=shape, title=_node_title(G, node),
                     color={"background": color, "border": color, "highlight": {"background": color, "border": "#111"}},
                     x=float(x), y=float(y), size=8 + 20 * math.sqrt(degree[node] / top), physics=False)
    edges = G.edges(keys=True, data=True) if G.is_multigraph() else ((u, v, None, d) for u, v, d in G.edges(data=True))
    for u, v, key, data in edges:
        net.add_edge(str(u), str(v), label=_edge_text(data, key), title=_edge_title(G, u, v, data, key),
                     color=_EDGE_COLOR, dashes=bool(data.get("former")), arrows="to" if G.is_directed() else "")
    net.toggle_physics(False)
    net.options.edges.smooth.enabled = False
    # An offline template (no CDN); pyvis's own templates stay reachable for its vis-network copy.
    net.templateEnv = Environment(loader=ChoiceLoader([DictLoader({"kgraph-pyvis.html": _asset("pyvis.html")}),
                                                       FileSystemLoader(net.template_dir)]), autoescape=False)
    net.path = "kgraph-pyvis.html"
    net.template = net.templateEnv.get_template(net.path)  # what .show(..., notebook=True) renders
    return net
