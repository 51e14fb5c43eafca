"""Questions people ask of the graph, as plain functions taking ``G`` first.

``G`` is the MultiDiGraph of :func:`kgraph.views.to_networkx`. An entity is
given by IRI or by name: :func:`find_entity` accepts the label or an alias,
compared as the scorer compares names (case, punctuation and tone-mark
placement do not matter), and refuses a name that fits several entities.
Directions follow the GUIDE: Person -> Organization for posts, Person or
Organization -> Event for participation.
"""

from __future__ import annotations

import difflib
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from itertools import combinations
from typing import Any, NamedTuple

import networkx as nx

from kgraph.document import ENTITY_TYPES, PREDICATES
from kgraph.errors import KGraphError
from kgraph.normalize import match_key

__all__ = [
    "EntityLookupError",
    "Official",
    "Post",
    "Actor",
    "Together",
    "find_entity",
    "officials_of",
    "posts_of",
    "central_actors",
    "co_participants",
    "ego_network",
    "summary",
    "format_summary",
]

MEASURES = ("pagerank", "degree", "betweenness")


class EntityLookupError(KGraphError, LookupError):
    """No entity, or more than one, answers to the name given."""


class Official(NamedTuple):
    """A person holding a post in a body (``roles`` as reported)."""

    person: str
    name: str
    roles: tuple[str, ...]
    org: str
    org_name: str
    former: bool
    articles: tuple[str, ...]


class Post(NamedTuple):
    """One report of a post: the role, the body, and the article that reported it."""

    role: str | None
    org: str
    org_name: str
    former: bool
    date: str | None
    article: str | None


class Actor(NamedTuple):
    """An entity and its centrality score."""

    node: str
    name: str
    type: str | None
    score: float


class Together(NamedTuple):
    """Two participants and the events both attended."""

    a: str
    a_name: str
    b: str
    b_name: str
    events: tuple[str, ...]
    event_names: tuple[str, ...]


def _label(G: nx.MultiDiGraph, node: str) -> str:
    return G.nodes[node].get("label") or str(node)


def _check_type(type: str | None) -> None:
    if type is not None and type not in ENTITY_TYPES:
        raise KGraphError(f"unknown entity type {type!r}; expected one of {', '.join(ENTITY_TYPES)}")


def _unmarked(text: str) -> str:
    """match_key without any diacritic: what a name typed on a keyboard without Vietnamese gives."""
    stripped = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return match_key(stripped.replace("đ", "d").replace("Đ", "D"))


def find_entity(G: nx.MultiDiGraph, ref: str, *, type: str | None = None) -> str:
    """The node an IRI, name or alias refers to.

    Names compare case-blind and wherever the tone mark is placed; a name
    typed without any diacritic ("mai van chinh") matches whatever the marks.
    Raises :class:`EntityLookupError` when nothing matches (with the closest
    names) or when several entities share the name (with their IRIs): give
    the IRI, or a ``type``, to choose.

    Examples
    --------
    >>> from kgraph.views.networkx_view import example_graph
    >>> G = example_graph()
    >>> find_entity(G, "tỉnh uỷ gia lai")
    'https://w3id.org/kgraph/id/organization/tinh-uy-gia-lai'
    >>> find_entity(G, "12-HD/TU")  # an alias
    'https://w3id.org/kgraph/id/document/12-hd-tu'
    >>> find_entity(G, "TRAN VAN NAM")  # typed without diacritics
    'https://w3id.org/kgraph/id/person/tran-van-nam'
    >>> find_entity(G, "Trần Văn Năm")
    Traceback (most recent call last):
    ...
    kgraph.views.analysis.EntityLookupError: no entity named 'Trần Văn Năm'; did you mean: Trần Văn Nam?
    """
    _check_type(type)
    if ref in G and (type is None or G.nodes[ref].get("type") == type):
        return ref
    key = match_key(ref)
    nodes = [n for n, t in G.nodes(data="type") if type is None or t == type]
    found = [n for n in nodes if match_key(_label(G, n)) == key]
    if not found:
        found = [n for n in nodes if any(match_key(a) == key for a in G.nodes[n].get("aliases") or ())]
    if not found and ref.isascii():
        bare = _unmarked(ref)
        found = [n for n in nodes if _unmarked(_label(G, n)) == bare]
        if not found:
            found = [n for n in nodes if any(_unmarked(a) == bare for a in G.nodes[n].get("aliases") or ())]
    if len(found) == 1:
        return found[0]
    if found:
        listed = "; ".join(f"{n} ({_label(G, n)}, {G.nodes[n].get('type')})" for n in sorted(found))
        raise EntityLookupError(f"{len(found)} entities are named {ref!r}: {listed}; pass the IRI or a type")
    close = difflib.get_close_matches(ref, sorted({_label(G, n) for n in nodes}), n=3, cutoff=0.6)
    hint = f"; did you mean: {', '.join(close)}?" if close else ""
    what = f"{type} " if type else ""
    raise EntityLookupError(f"no {what}entity named {ref!r}{hint}")


def _parts(G: nx.MultiDiGraph, org: str) -> list[str]:
    """The body and every body that is (transitively) part of it."""
    seen, stack = [org], [org]
    while stack:
        body = stack.pop()
        for part, _, key in G.in_edges(body, keys=True):
            if key == "part_of" and part not in seen:
                seen.append(part)
                stack.append(part)
    return seen


def officials_of(G: nx.MultiDiGraph, org: str, *, former: bool = True, parts: bool = False) -> list[Official]:
    """The people holding posts in a body, with their roles, sorted by name.

    ``former=False`` leaves out posts reported only as former ("nguyên ...");
    ``parts=True`` adds the officials of the bodies that are part of it
    (the Organization Board of a provincial committee, for instance).

    Examples
    --------
    >>> from kgraph.views.networkx_view import example_graph
    >>> G = example_graph()
    >>> for o in officials_of(G, "Ban Tổ chức Tỉnh ủy Gia Lai"):
    ...     print(o.name, o.roles, "former" if o.former else "current")
    Lê Thị Hoa ('Trưởng ban',) current
    Phạm Quốc Bảo ('Trưởng ban',) former
    >>> [(o.name, o.roles) for o in officials_of(G, "Tỉnh ủy Gia Lai", former=False)]
    [('Lê Thị Hoa', ('Ủy viên Ban Thường vụ',)), ('Trần Văn Nam', ('Bí thư',))]
    >>> len(officials_of(G, "Tỉnh ủy Gia Lai", parts=True))
    4
    """
    body = find_entity(G, org)
    found = []
    for unit in _parts(G, body) if parts else [body]:
        for person, _, key, data in G.in_edges(unit, keys=True, data=True):
            if key != "holds_position" or (data.get("former") and not former):
                continue
            roles = tuple(data.get("roles") or ([data["role"]] if data.get("role") else []))
            found.append(Official(person, _label(G, person), roles, unit, _label(G, unit),
                                  bool(data.get("former")), tuple(data.get("articles") or ())))
    return sorted(found, key=lambda o: (match_key(o.name), o.person, o.org != body, o.org_name))


def posts_of(G: nx.MultiDiGraph, person: str) -> list[Post]:
    """Every reported post of a person, one per (body, role, article), oldest report first.

    ``date`` is the reporting article's publication date where the graph
    knows it (``G.graph["articles"]``); undated reports come last.

    Examples
    --------
    >>> from kgraph.views.networkx_view import example_graph
    >>> G = example_graph()
    >>> for p in posts_of(G, "Trần Văn Nam"):
    ...     print(p.date, p.role, "-", p.org_name)
    2024-03-02 Bí thư - Tỉnh ủy Gia Lai
    2024-05-10 Bí thư - Tỉnh ủy Gia Lai
    """
    node = find_entity(G, person)
    meta = G.graph.get("articles") or {}
    posts = set()
    for _, org, key, data in G.out_edges(node, keys=True, data=True):
        if key != "holds_position":
            continue
        evidence = data.get("evidence") or []
        if not evidence:
            posts.add(Post(data.get("role"), org, _label(G, org), bool(data.get("former")), None, None))
        for item in evidence:
            article = item.get("article")
            when = (meta.get(article) or {}).get("date") if article else None
            posts.add(Post(item.get("role", data.get("role")), org, _label(G, org),
                           bool(item.get("former", data.get("former"))), when, article))
    return sorted(posts, key=lambda p: (p.date is None, p.date or "", p.article or "", p.org_name, p.role or ""))


def _undirected(G: nx.MultiDiGraph) -> dict[str, dict[str, int]]:
    """Neighbours with the number of relations between them, ignoring direction."""
    adjacency: dict[str, dict[str, int]] = {node: {} for node in G}
    for u, v in G.edges():
        if u != v:
            adjacency[u][v] = adjacency[u].get(v, 0) + 1
            adjacency[v][u] = adjacency[v].get(u, 0) + 1
    return adjacency


def central_actors(G: nx.MultiDiGraph, type: str | None = None, measure: str = "pagerank", k: int = 10,
                   *, sample: int | None = None) -> list[Actor]:
    """The ``k`` most central entities (of one ``type``, or all), best first.

    Direction is ignored: a body with many officials and a person at many
    events are both central. ``degree`` counts relations; ``pagerank`` weighs
    neighbours by their own rank (parallel relations count once each);
    ``betweenness`` is exact unless ``sample`` pivots are given (faster on
    large graphs, seeded so runs repeat). Scores are computed over the whole
    graph, then filtered by type.

    Examples
    --------
    >>> from kgraph.views.networkx_view import example_graph
    >>> G = example_graph()
    >>> [(a.name, a.score) for a in central_actors(G, "Person", measure="degree", k=2)]
    [('Lê Thị Hoa', 3.0), ('Trần Văn Nam', 3.0)]
    >>> central_actors(G, measure="pagerank", k=1)[0].name
    'Tỉnh ủy Gia Lai'
    >>> [a.name for a in central_actors(G, "Event", measure="betweenness", k=1)]
    ['Hội nghị tổng kết công tác tổ chức xây dựng Đảng năm 2023']
    """
    _check_type(type)
    if measure not in MEASURES:
        raise KGraphError(f"unknown centrality measure {measure!r}; expected one of {', '.join(MEASURES)}")
    if measure == "degree":
        scores = {node: float(degree) for node, degree in G.degree()}
    else:
        adjacency = _undirected(G)
        simple = nx.Graph()
        simple.add_nodes_from(adjacency)
        simple.add_weighted_edges_from((u, v, w) for u, nbrs in adjacency.items() for v, w in nbrs.items())
        if measure == "pagerank":
            scores = nx.pagerank(simple, weight="weight", tol=1e-10) if len(simple) else {}
        else:
            pivots = sample if sample is not None and sample < len(simple) else None
            scores = nx.betweenness_centrality(simple, k=pivots, seed=0 if pivots else None)
    ranked = sorted(
        (Actor(node, _label(G, node), G.nodes[node].get("type"), score) for node, score in scores.items()
         if type is None or G.nodes[node].get("type") == type),
        key=lambda a: (-a.score, match_key(a.name), a.node),
    )
    return ranked[:k]


def co_participants(G: nx.MultiDiGraph, node: str | None = None, *, min_events: int = 1,
                    type: str | None = None) -> list[Together]:
    """Pairs of participants who attended the same events, most shared events first.

    With ``node``, only the pairs that include it (it comes first in each
    pair). ``type`` keeps participants of one type (Person, Organization).

    Examples
    --------
    >>> from kgraph.views.networkx_view import example_graph
    >>> G = example_graph()
    >>> for t in co_participants(G, type="Person"):
    ...     print(t.a_name, "+", t.b_name, len(t.events))
    Lê Thị Hoa + Trần Văn Nam 1
    Phạm Quốc Bảo + Trần Văn Nam 1
    >>> [t.b_name for t in co_participants(G, "Phạm Quốc Bảo")]
    ['Trần Văn Nam']
    """
    _check_type(type)
    focus = find_entity(G, node) if node is not None else None
    shared: dict[tuple[str, str], set[str]] = defaultdict(set)
    for event in G:
        people = sorted({
            u for u, _, key in G.in_edges(event, keys=True)
            if key == "participated_in" and (type is None or G.nodes[u].get("type") == type)
        })
        for a, b in combinations(people, 2):
            if focus is None or focus in (a, b):
                shared[(a, b)].add(event)
    pairs = []
    for (a, b), events in shared.items():
        if len(events) < min_events:
            continue
        if focus is not None and b == focus:
            a, b = b, a
        elif focus is None and match_key(_label(G, b)) < match_key(_label(G, a)):
            a, b = b, a
        ordered = tuple(sorted(events, key=lambda e: (G.nodes[e].get("date") or "", _label(G, e))))
        pairs.append(Together(a, _label(G, a), b, _label(G, b), ordered, tuple(_label(G, e) for e in ordered)))
    return sorted(pairs, key=lambda t: (-len(t.events), match_key(t.a_name), match_key(t.b_name)))


def ego_network(G: nx.MultiDiGraph, node: str, k: int = 1) -> nx.MultiDiGraph:
    """The entities within ``k`` relations of ``node`` (either direction), as a new graph.

    Examples
    --------
    >>> from kgraph.views.networkx_view import example_graph
    >>> G = example_graph()
    >>> sorted(G.nodes[n]["label"] for n in ego_network(G, "Pleiku", k=1))
    ['Hội nghị tổng kết công tác tổ chức xây dựng Đảng năm 2023', 'Pleiku']
    >>> ego_network(G, "Pleiku", k=2).number_of_nodes()
    5
    """
    if not isinstance(k, int) or isinstance(k, bool) or k < 0:
        raise KGraphError(f"k must be a whole number of hops (0 or more), not {k!r}")
    start = find_entity(G, node)
    seen = {start}
    frontier = [start]
    for _ in range(k):
        nxt = []
        for u in frontier:
            for v in (*G.successors(u), *G.predecessors(u)):
                if v not in seen:
                    seen.add(v)
                    nxt.append(v)
        frontier = nxt
    return G.subgraph(seen).copy()


def _articles_of(G: nx.MultiDiGraph) -> set[str]:
    articles = set(G.graph.get("articles") or ())
    for _, data in G.nodes(data=True):
        articles.update(data.get("articles") or ())
    return articles


def summary(G: nx.MultiDiGraph, top: int = 5) -> dict[str, Any]:
    """Counts by type and predicate, components, and the ``top`` actors of each type.

    The result is plain JSON-ready data; :func:`format_summary` prints it.
    Top actors are ranked by their number of relations (entities without
    relations are not actors).

    Examples
    --------
    >>> from kgraph.views.networkx_view import example_graph
    >>> s = summary(example_graph(), top=1)
    >>> s["entities"], s["relations"], s["articles"], s["types"]["Person"], s["predicates"]["holds_position"]
    (9, 13, 2, 3, 4)
    >>> s["top_actors"]["Organization"]
    [{'node': 'https://w3id.org/kgraph/id/organization/tinh-uy-gia-lai', 'name': 'Tỉnh ủy Gia Lai', 'relations': 5}]
    """
    types = Counter(data.get("type") or "Other" for _, data in G.nodes(data=True))
    predicates = Counter(key for _, _, key in G.edges(keys=True))
    type_order = [t for t in (*ENTITY_TYPES, *sorted(set(types) - set(ENTITY_TYPES)))]
    predicate_order = [p for p in (*PREDICATES, *sorted(set(predicates) - set(PREDICATES)))]
    components = sorted((len(c) for c in nx.weakly_connected_components(G)), reverse=True)
    degree = dict(G.degree())
    leaders: dict[str, list[dict[str, Any]]] = {}
    for type_name in type_order:
        members = [n for n, d in G.nodes(data=True) if (d.get("type") or "Other") == type_name and degree[n]]
        members.sort(key=lambda n: (-degree[n], match_key(_label(G, n)), n))
        if members:
            leaders[type_name] = [{"node": n, "name": _label(G, n), "relations": degree[n]} for n in members[:top]]
    return {
        "entities": G.number_of_nodes(),
        "relations": G.number_of_edges(),
        "articles": len(_articles_of(G)),
        "types": {t: types[t] for t in type_order if types.get(t)},
        "predicates": {p: predicates[p] for p in predicate_order if predicates.get(p)},
        "components": len(components),
        "largest_component": components[0] if components else 0,
        "top_actors": leaders,
    }


def _rows(items: Iterable[tuple[str, Any]], indent: str = "  ") -> list[str]:
    items = list(items)
    width = max((len(name) for name, _ in items), default=0)
    return [f"{indent}{name:<{width}}  {value}" for name, value in items]


def _shorten(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _count(number: int, one: str, many: str | None = None) -> str:
    return f"{number} {one if number == 1 else many or one + 's'}"


def format_summary(summary: dict[str, Any]) -> str:
    """The text ``kgraph stats`` prints for a :func:`summary`.

    Examples
    --------
    >>> from kgraph.views.networkx_view import example_graph
    >>> print(format_summary(summary(example_graph(), top=2)))  # doctest: +NORMALIZE_WHITESPACE
    9 entities, 13 relations from 2 articles; 1 connected component (largest: 9 entities)
    <BLANKLINE>
    Entities by type
      Person        3
      Organization  2
      Document      1
      Event         2
      Location      1
    <BLANKLINE>
    Relations by predicate
      holds_position   4
      organized        2
      participated_in  4
      held_in          1
      issued           1
      part_of          1
    <BLANKLINE>
    Top actors (number of relations)
      Person        Lê Thị Hoa (3), Trần Văn Nam (3)
      Organization  Tỉnh ủy Gia Lai (5), Ban Tổ chức Tỉnh ủy Gia Lai (4)
      Document      Hướng dẫn số 12-HD/TU (1)
      Event         Hội nghị tổng kết công tác tổ chức xây dựng Đảng năm 2023 (4), Hội nghị Tỉnh ủy Gia Lai lần thứ 15 (3)
      Location      Pleiku (1)
    """
    s = summary
    components = s.get("components", 0)
    lines = [
        f"{_count(s['entities'], 'entity', 'entities')}, {_count(s['relations'], 'relation')} from "
        f"{_count(s['articles'], 'article')}; {_count(components, 'connected component')} "
        f"(largest: {_count(s.get('largest_component', 0), 'entity', 'entities')})",
    ]
    if s["types"]:
        lines += ["", "Entities by type", *_rows(s["types"].items())]
    if s["predicates"]:
        lines += ["", "Relations by predicate", *_rows(s["predicates"].items())]
    if s.get("top_actors"):
        ranked = [
            (type_name, ", ".join(f"{_shorten(a['name'])} ({a['relations']})" for a in actors))
            for type_name, actors in s["top_actors"].items() if actors
        ]
        lines += ["", "Top actors (number of relations)", *_rows(ranked)]
    return "\n".join(lines)
