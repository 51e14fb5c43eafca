"""The graph as one self-contained, offline HTML page.

The page inlines everything it needs: vis-network (the copy pyvis ships in
its package), the page's script and style, and the graph as JSON. A
Content-Security-Policy lets only those two scripts run (by hash) and forbids
every network request, so an article that contains ``<script>`` or
``<img onerror=...>`` in a name or sentence shows it as text: the page puts
article text in the DOM with ``textContent`` or draws it on the canvas, never
as HTML.

pyvis's own template is not used: it links Bootstrap from a CDN whatever
``cdn_resources`` says, and its physics needs about a minute for 1,000 nodes.
Here the page computes a force layout once, before the first draw (Barnes-Hut,
per connected component, the components packed to the window), and physics
stays off; pass ``pos`` to use a layout of your own. The first view is meant to
be read: the most connected entities are named at a readable size (more names
as you zoom in, never drawn over each other), entities without relations wait
behind a toggle, and the top people and bodies are listed beside the graph.
:func:`kgraph.views.to_pyvis` gives the same graph as a pyvis Network instead.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
from collections.abc import Iterable, Mapping
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import networkx as nx

from kgraph.document import ENTITY_TYPES
from kgraph.errors import KGraphError

__all__ = ["render_html", "generate_html", "page_data"]

_PLACEHOLDER = re.compile(r"\{\{(TITLE|CSP|VERSION|CSS|DATA|VIS_JS|APP_JS)\}\}")


def _asset(name: str) -> str:
    return resources.files("kgraph.data").joinpath("html", name).read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def _vis_js() -> str:
    """vis-network's standalone build from the installed pyvis (newest version it ships)."""
    try:
        lib = resources.files("pyvis").joinpath("lib")
        candidates = [d for d in lib.iterdir() if d.name.startswith("vis-") and d.joinpath("vis-network.min.js").is_file()]
    except (ModuleNotFoundError, FileNotFoundError, NotADirectoryError) as e:
        raise KGraphError("the HTML view needs pyvis's bundled vis-network: pip install 'pyvis>=0.3.2'") from e
    if not candidates:
        raise KGraphError("pyvis ships no lib/vis-*/vis-network.min.js here: reinstall pyvis>=0.3.2")

    def version(d) -> tuple[int, ...]:
        return tuple(int(p) for p in re.findall(r"\d+", d.name))

    text = max(candidates, key=version).joinpath("vis-network.min.js").read_text(encoding="utf-8")
    # No source map request: the page never asks for anything outside itself.
    return re.sub(r"\n?//# sourceMappingURL=\S*\s*$", "\n", text)


def _json_for_script(data: Any) -> str:
    """JSON that cannot end its ``<script>`` element or open an HTML comment."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return (text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def _script_hash(source: str) -> str:
    digest = hashlib.sha256(source.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def _edges(G: nx.Graph) -> Iterable[tuple[Any, Any, Any, dict]]:
    if G.is_multigraph():
        yield from G.edges(keys=True, data=True)
    else:
        for u, v, data in G.edges(data=True):
            yield u, v, None, data


def page_data(G: nx.Graph, *, title: str = "", focus: Any = None,
              pos: Mapping[Any, tuple[float, float]] | None = None) -> dict[str, Any]:
    """The JSON the page reads: nodes, edges, articles and sentences (shared by index).

    Works on any networkx graph; attributes missing from the kgraph schema
    get defaults (label: the node key, type: none, no evidence).
    """
    meta = G.graph.get("articles") or {}
    order = list(G.nodes)
    index = {node: i for i, node in enumerate(order)}
    articles: list[dict[str, Any]] = []
    article_index: dict[str, int] = {}
    sentences: list[str] = []
    sentence_index: dict[str, int] = {}

    def article(ref: Any) -> int:
        key = str(ref)
        if key not in article_index:
            info = meta.get(ref) or meta.get(key) or {}
            article_index[key] = len(articles)
            articles.append({"iri": key, "id": info.get("id") or key.rstrip("/").rsplit("/", 1)[-1],
                             "title": info.get("title"), "date": info.get("date")})
        return article_index[key]

    def sentence(text: str) -> int:
        if text not in sentence_index:
            sentence_index[text] = len(sentences)
            sentences.append(text)
        return sentence_index[text]

    nodes = []
    for node in order:
        data = G.nodes[node]
        item: dict[str, Any] = {
            "iri": str(node),
            "label": str(data.get("label") or node),
            "type": data.get("type"),
            "aliases": [str(a) for a in data.get("aliases") or ()],
            "date": str(data["date"]) if data.get("date") else None,
            "articles": [article(a) for a in data.get("articles") or ()],
        }
        if pos is not None:
            if node not in pos:
                raise KGraphError(f"pos has no position for node {node!r}: give one for every node, or none")
            x, y = pos[node]
            item["x"], item["y"] = float(x), float(y)
        nodes.append(item)
    edges = []
    for u, v, key, data in _edges(G):
        predicate = data.get("predicate") or (key if isinstance(key, str) else None) or data.get("label") or ""
        roles = [str(r) for r in data.get("roles") or ()]
        if data.get("role") and str(data["role"]) not in roles:
            roles.insert(0, str(data["role"]))
        elif data.get("role"):  # the edge's main role first
            roles.remove(str(data["role"]))
            roles.insert(0, str(data["role"]))
        evidence = []
        for item in data.get("evidence") or ():
            text = str(item.get("sentence") or "")
            if text or item.get("article"):  # -1: the article is not known
                evidence.append([article(item["article"]) if item.get("article") else -1, sentence(text)])
        edges.append({"from": index[u], "to": index[v], "predicate": str(predicate), "roles": roles,
                      "former": bool(data.get("former")), "evidence": evidence})
    return {
        "title": title,
        "focus": index.get(focus) if focus is not None else None,
        "articles": articles,
        "sentences": sentences,
        "nodes": nodes,
        "edges": edges,
    }


def _select(G: nx.Graph, focus: Any, k: int, types: Iterable[str] | None) -> tuple[nx.Graph, Any]:
    from kgraph.views.analysis import ego_network, find_entity

    node = None
    if focus is not None:
        node = find_entity(G, focus)
        G = ego_network(G, node, k) if isinstance(G, nx.MultiDiGraph) else nx.ego_graph(G, node, k, undirected=True)
    if types is not None:
        canonical = {t.casefold(): t for t in ENTITY_TYPES}  # "person" and "PERSON" name Person
        wanted = [canonical.get(t.strip().casefold(), t) for t in ([types] if isinstance(types, str) else types)]
        unknown = [t for t in wanted if t not in ENTITY_TYPES]
        if unknown:
            raise KGraphError(f"unknown entity type(s) {', '.join(map(repr, unknown))}; "
                              f"expected some of {', '.join(ENTITY_TYPES)}")
        keep = [n for n, t in G.nodes(data="type") if t in wanted or n == node]
        G = G.subgraph(keep)
    return G, node


def generate_html(G: nx.Graph, *, title: str = "Knowledge graph", focus: str | None = None, k: int = 1,
                  types: Iterable[str] | None = None, pos: Mapping[Any, tuple[float, float]] | None = None) -> str:
    """The page for ``G`` as a string; see :func:`render_html` for the arguments.

    Examples
    --------
    >>> from kgraph.views.networkx_view import example_graph
    >>> page = generate_html(example_graph(), title="Gia Lai <2024>")
    >>> "<title>Gia Lai &lt;2024&gt;</title>" in page, "https://" in page.split("<body>")[0]
    (True, False)
    """
    if not isinstance(G, nx.Graph):
        raise KGraphError(
            f"render_html needs a networkx graph, not {type(G).__name__}; "
            "convert a KnowledgeGraph with kgraph.views.to_networkx(kg) first"
        )
    G, node = _select(G, focus, k, types)
    from kgraph import __version__

    app_js, vis_js = _asset("graph.js"), _vis_js()
    for name, source in (("vis-network", vis_js), ("graph.js", app_js)):
        if "</script" in source.lower():
            raise KGraphError(f"{name} contains '</script' and cannot be inlined")
    csp = "; ".join([
        "default-src 'none'",
        f"script-src {_script_hash(vis_js)} {_script_hash(app_js)}",
        "style-src 'unsafe-inline'",
        "img-src data: blob:",
        "font-src data:",
        "connect-src 'none'",
        "base-uri 'none'",
        "form-action 'none'",
    ])
    values = {
        "TITLE": html.escape(title),
        "CSP": html.escape(csp),
        "VERSION": html.escape(__version__),
        "CSS": _asset("graph.css"),
        "DATA": _json_for_script(page_data(G, title=title, focus=node, pos=pos)),
        "VIS_JS": vis_js,
        "APP_JS": app_js,
    }
    return _PLACEHOLDER.sub(lambda m: values[m.group(1)], _asset("graph.html"))


def render_html(G: nx.Graph, path: str | Path, *, title: str = "Knowledge graph", focus: str | None = None,
                k: int = 1, types: Iterable[str] | None = None,
                pos: Mapping[Any, tuple[float, float]] | None = None) -> Path:
    """Write ``G`` as one offline HTML page and return its path.

    ``focus`` (an IRI or a name, see :func:`kgraph.views.analysis.find_entity`)
    keeps only the entities within ``k`` relations of it and selects it;
    ``types`` keeps only entities of those types (the focus always stays).
    ``pos`` maps every node to an ``(x, y)`` to use instead of the page's
    layout. Nodes are coloured and shaped by type (legend with filters),
    sized by number of relations; edges are labelled with predicate and role;
    hovering shows the evidence sentences and their articles, clicking shows
    everything known about a node or edge.

    Examples
    --------
    >>> import tempfile
    >>> from kgraph.views.networkx_view import example_graph
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     out = render_html(example_graph(), Path(tmp) / "graph.html", focus="Pleiku", k=1)
    ...     out.name, out.stat().st_size > 400_000
    ('graph.html', True)
    """
    text = generate_html(G, title=title, focus=focus, k=k, types=types, pos=pos)
    path = Path(path)
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as e:
        raise KGraphError(f"cannot write {path}: {e.strerror or e}") from e
    return path
