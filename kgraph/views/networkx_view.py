"""The knowledge graph as a networkx ``MultiDiGraph`` that loses no predicate.

Common rdflib-to-networkx conversions keep one edge per node pair and drop the
predicate; here every fact is an edge keyed by its GUIDE predicate, in the
GUIDE's direction (Person -> Organization for ``holds_position``), carrying
its role(s), whether the post is former, and the evidence sentences.

Schema
------
Nodes are keyed by entity IRI (a string) with attributes ``label``, ``type``
(Person, Organization, Document, Event, Location), ``aliases`` (list),
``articles`` (sorted article IRIs) and ``date`` (ISO string or None).
Edges are keyed by predicate, one per (subject, object, predicate), with
``predicate``, ``role`` (the best-attested role or None), ``roles`` (every
role seen for the pair), ``former`` (true when every report says former),
``evidence`` (dicts with ``article``, ``sentence``, ``start``, ``end`` and the
``role``/``former`` of the report) and ``articles``. ``G.graph["articles"]``
maps each article IRI to its ``id``, ``title``, ``date`` and ``source``.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import networkx as nx

from kgraph.errors import KGraphError

__all__ = ["to_networkx", "add_fact", "example_graph"]


def _rdf_graph(source: Any):
    from rdflib import Graph

    graph = getattr(source, "dataset", source)
    if not isinstance(graph, Graph):
        raise KGraphError(
            f"to_networkx needs a KnowledgeGraph or an rdflib Graph/Dataset, not {type(source).__name__}; "
            "load a saved graph with kgraph.export.load(path) first"
        )
    return graph


def _articles(g) -> dict[str, dict[str, str | None]]:
    from kgraph.vocab import DCTERMS, RDF, SCHEMA

    found = {}
    for article in g.subjects(RDF.type, SCHEMA.NewsArticle):
        def text(prop, article=article):
            value = g.value(article, prop)
            return str(value) if value is not None else None

        found[str(article)] = {
            "id": text(DCTERMS.identifier) or str(article).rsplit("/", 1)[-1],
            "title": text(DCTERMS.title),
            "date": text(DCTERMS.date),
            "source": text(DCTERMS.source),
        }
    return dict(sorted(found.items()))


def add_fact(G: nx.MultiDiGraph, subject: str, predicate: str, object: str, *, role: str | None = None,
             former: bool = False, evidence: list[dict[str, Any]] | tuple = (),
             node_articles: dict[str, set[str]] | None = None) -> None:
    """Add one fact to ``G`` under the schema, merging with the edge already there.

    The same (subject, object, predicate) read twice (two articles, or two
    roles of one post) stays one edge: evidence is appended, roles collected,
    and the edge is ``former`` only while every report of it is. Missing end
    nodes are added with the IRI as label and no type. With
    ``node_articles``, the end nodes' articles are collected there (node ->
    set) for the caller to store once, instead of re-sorted on every fact:
    a body named in thousands of articles would cost quadratic time.

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> add_fact(G, "p", "holds_position", "o", role="Bí thư",
    ...          evidence=[{"article": "a1", "sentence": "…", "start": 0, "end": 1}])
    >>> add_fact(G, "p", "holds_position", "o", role="Chủ tịch", former=True,
    ...          evidence=[{"article": "a2", "sentence": "…", "start": 5, "end": 9}])
    >>> edge = G.edges["p", "o", "holds_position"]
    >>> edge["roles"], edge["former"], edge["articles"], G.number_of_edges()
    (['Bí thư', 'Chủ tịch'], False, ['a1', 'a2'], 1)
    """
    for node in (subject, object):
        if node not in G:
            G.add_node(node, label=node, type=None, aliases=[], articles=[], date=None)
    items = [{**item, "role": item.get("role", role), "former": item.get("former", former)} for item in evidence]
    if G.has_edge(subject, object, predicate):
        data = G.edges[subject, object, predicate]
        seen = {(e.get("article"), e.get("start"), e.get("end"), e.get("role")) for e in data["evidence"]}
        for item in items:
            if (item.get("article"), item.get("start"), item.get("end"), item.get("role")) not in seen:
                data["evidence"].append(item)
        if role and role not in data["roles"]:
            data["roles"].append(role)
        data["former"] = data["former"] and former
    else:
        G.add_edge(subject, object, key=predicate, predicate=predicate, role=role,
                   roles=[role] if role else [], former=former, evidence=items, articles=[])
        data = G.edges[subject, object, predicate]
    data["articles"] = sorted({str(e["article"]) for e in data["evidence"] if e.get("article")})
    # The edge's role: the best-attested one; a current report outweighs a former one.
    support: Counter = Counter()
    for item in data["evidence"]:
        if item.get("role"):
            support[item["role"]] += 1 if item.get("former") else 2
    roles = data["roles"]
    data["role"] = max(roles, key=lambda r: (support[r], -roles.index(r))) if roles else None
    for node in (subject, object):
        if node_articles is not None:
            node_articles.setdefault(node, set()).update(data["articles"])
            continue
        articles = set(G.nodes[node].get("articles") or ()) | set(data["articles"])
        G.nodes[node]["articles"] = sorted(articles)


def to_networkx(source: Any) -> nx.MultiDiGraph:
    """A :class:`~kgraph.graph.KnowledgeGraph` (or rdflib Graph/Dataset, or ArticleStore) as a MultiDiGraph.

    Reads entities (labels, types, aliases, dates, the articles that mention
    them) and the GUIDE-direction facts of :func:`kgraph.rdf.facts`; see the
    module docstring for the schema.

    Examples
    --------
    >>> from kgraph.document import Document, Entity, Relation
    >>> from kgraph.graph import KnowledgeGraph
    >>> text = "Đồng chí Trần Văn Nam, Bí thư Tỉnh ủy Kon Tum, dự hội nghị."
    >>> doc = Document(text, "bai-1", metadata={"published": "2024-03-02"})
    >>> doc.entities = [Entity("e1", "Person", "Trần Văn Nam", "Person:trần văn nam"),
    ...                 Entity("e2", "Organization", "Tỉnh ủy Kon Tum", "Organization:tỉnh ủy kon tum")]
    >>> doc.relations = [Relation("e1", "holds_position", "e2", 0, len(text), role="Bí thư")]
    >>> kg = KnowledgeGraph()
    >>> _ = kg.add(doc)
    >>> G = to_networkx(kg)
    >>> [(G.nodes[u]["label"], k, G.nodes[v]["label"], d["role"]) for u, v, k, d in G.edges(keys=True, data=True)]
    [('Trần Văn Nam', 'holds_position', 'Tỉnh ủy Kon Tum', 'Bí thư')]
    >>> G.edges[next(iter(G.edges(keys=True)))]["evidence"][0]["sentence"] == text
    True
    """
    from kgraph import rdf
    from kgraph.vocab import DCTERMS, SCHEMA

    if hasattr(source, "union") and hasattr(source, "article_graphs"):  # a kgraph.store.ArticleStore
        from kgraph.views.store_view import store_networkx

        return store_networkx(source)
    g = rdf.union(_rdf_graph(source))
    G = nx.MultiDiGraph()
    G.graph["articles"] = _articles(g)
    mentions: dict[str, set[str]] = {}
    for article, entity in g.subject_objects(SCHEMA.mentions):
        mentions.setdefault(str(entity), set()).add(str(article))
    for entity in rdf.entities(g):
        date_prop = {"Event": SCHEMA.startDate, "Document": DCTERMS.issued}.get(entity.type)
        when = g.value(entity.iri, date_prop) if date_prop is not None else None
        G.add_node(str(entity.iri), label=entity.label, type=entity.type, aliases=list(entity.aliases),
                   articles=sorted(mentions.get(str(entity.iri), ())),
                   date=str(when) if when is not None else None)
    node_articles: dict[str, set[str]] = {}
    for fact in rdf.facts(g):
        evidence = [
            {"article": str(e.article) if e.article is not None else None, "sentence": e.sentence_text,
             "start": e.start, "end": e.end}
            for e in fact.evidence
        ]
        add_fact(G, str(fact.subject), fact.predicate, str(fact.object), role=fact.role,
                 former=fact.former, evidence=evidence, node_articles=node_articles)
    for node, found in node_articles.items():
        G.nodes[node]["articles"] = sorted(found.union(G.nodes[node].get("articles") or ()))
    return G


_A1 = "https://w3id.org/kgraph/id/article/vi-du-1"
_A2 = "https://w3id.org/kgraph/id/article/vi-du-2"
_ID = "https://w3id.org/kgraph/id/"
# Two short invented reports (names are fictional): (article, sentence) by key.
_SENTENCES = {
    "s1": (_A1, "Sáng 2/3, tại thành phố Pleiku, Ban Tổ chức Tỉnh ủy Gia Lai tổ chức Hội nghị tổng kết "
                "công tác tổ chức xây dựng Đảng năm 2023."),
    "s2": (_A1, "Đồng chí Trần Văn Nam, Bí thư Tỉnh ủy Gia Lai, dự và chỉ đạo hội nghị."),
    "s3": (_A1, "Đồng chí Lê Thị Hoa, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy, "
                "trình bày báo cáo và quán triệt Hướng dẫn số 12-HD/TU của Tỉnh ủy."),
    "s4": (_A2, "Ngày 10/5, Tỉnh ủy Gia Lai tổ chức Hội nghị Tỉnh ủy lần thứ 15 dưới sự chủ trì của "
                "đồng chí Trần Văn Nam, Bí thư Tỉnh ủy."),
    "s5": (_A2, "Dự hội nghị có đồng chí Phạm Quốc Bảo, nguyên Trưởng Ban Tổ chức Tỉnh ủy."),
}
_NODES = [  # key, type, label, aliases, date
    ("person/tran-van-nam", "Person", "Trần Văn Nam", [], None),
    ("person/le-thi-hoa", "Person", "Lê Thị Hoa", [], None),
    ("person/pham-quoc-bao", "Person", "Phạm Quốc Bảo", [], None),
    ("organization/tinh-uy-gia-lai", "Organization", "Tỉnh ủy Gia Lai", ["Tỉnh ủy"], None),
    ("organization/ban-to-chuc-tinh-uy-gia-lai", "Organization", "Ban Tổ chức Tỉnh ủy Gia Lai",
     ["Ban Tổ chức Tỉnh ủy"], None),
    ("event/hoi-nghi-tong-ket-2023", "Event",
     "Hội nghị tổng kết công tác tổ chức xây dựng Đảng năm 2023", [], "2024-03-02"),
    ("event/hoi-nghi-tinh-uy-lan-15", "Event", "Hội nghị Tỉnh ủy Gia Lai lần thứ 15", [], "2024-05-10"),
    ("location/pleiku", "Location", "Pleiku", ["thành phố Pleiku"], None),
    ("document/12-hd-tu", "Document", "Hướng dẫn số 12-HD/TU", ["12-HD/TU"], None),
]
_FACTS = [  # subject, predicate, object, role, former, sentence keys
    ("person/tran-van-nam", "holds_position", "organization/tinh-uy-gia-lai", "Bí thư", False, ("s2", "s4")),
    ("person/le-thi-hoa", "holds_position", "organization/tinh-uy-gia-lai", "Ủy viên Ban Thường vụ", False,
     ("s3",)),
    ("person/le-thi-hoa", "holds_position", "organization/ban-to-chuc-tinh-uy-gia-lai", "Trưởng ban", False,
     ("s3",)),
    ("person/pham-quoc-bao", "holds_position", "organization/ban-to-chuc-tinh-uy-gia-lai", "Trưởng ban", True,
     ("s5",)),
    ("organization/ban-to-chuc-tinh-uy-gia-lai", "part_of", "organization/tinh-uy-gia-lai", None, False, ("s3",)),
    ("organization/ban-to-chuc-tinh-uy-gia-lai", "organized", "event/hoi-nghi-tong-ket-2023", None, False, ("s1",)),
    ("event/hoi-nghi-tong-ket-2023", "held_in", "location/pleiku", None, False, ("s1",)),
    ("person/tran-van-nam", "participated_in", "event/hoi-nghi-tong-ket-2023", None, False, ("s2",)),
    ("person/le-thi-hoa", "participated_in", "event/hoi-nghi-tong-ket-2023", None, False, ("s3",)),
    ("organization/tinh-uy-gia-lai", "issued", "document/12-hd-tu", None, False, ("s3",)),
    ("organization/tinh-uy-gia-lai", "organized", "event/hoi-nghi-tinh-uy-lan-15", None, False, ("s4",)),
    ("person/tran-van-nam", "participated_in", "event/hoi-nghi-tinh-uy-lan-15", None, False, ("s4",)),
    ("person/pham-quoc-bao", "participated_in", "event/hoi-nghi-tinh-uy-lan-15", None, False, ("s5",)),
]


def example_graph() -> nx.MultiDiGraph:
    """A nine-entity graph of two invented reports, for examples and docs.

    Examples
    --------
    >>> G = example_graph()
    >>> G.number_of_nodes(), G.number_of_edges()
    (9, 13)
    >>> G.nodes["https://w3id.org/kgraph/id/person/tran-van-nam"]["label"]
    'Trần Văn Nam'
    """
    G = nx.MultiDiGraph()
    G.graph["articles"] = {
        _A1: {"id": "vi-du-1", "title": "Gia Lai tổng kết công tác xây dựng Đảng năm 2023",
              "date": "2024-03-02", "source": None},
        _A2: {"id": "vi-du-2", "title": "Hội nghị Tỉnh ủy Gia Lai lần thứ 15", "date": "2024-05-10",
              "source": None},
    }
    for key, type_, label, aliases, when in _NODES:
        G.add_node(_ID + key, label=label, type=type_, aliases=list(aliases), articles=[], date=when)
    for subject, predicate, object_, role, former, sentences in _FACTS:
        evidence = []
        for name in sentences:
            article, sentence = _SENTENCES[name]
            start = sum(len(text) + 1 for key, (a, text) in _SENTENCES.items() if a == article and key < name)
            evidence.append({"article": article, "sentence": sentence, "start": start, "end": start + len(sentence)})
        add_fact(G, _ID + subject, predicate, _ID + object_, role=role, former=former, evidence=evidence)
    return G
