"""The networkx view read straight from an Oxigraph :class:`~kgraph.store.ArticleStore`.

:func:`kgraph.views.to_networkx` on an rdflib graph first needs every triple
as rdflib objects (about 700 bytes each: a gigabyte at 10,000 articles) to
read a few predicates. Here the same view (same nodes, attributes and edges,
see :mod:`kgraph.views.networkx_view`) is built from the store's union graph
one predicate at a time, holding only plain strings for the predicates the
view reads, so a build's page costs memory in proportion to the view, not to
the corpus's triples.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import networkx as nx

__all__ = ["store_networkx"]

_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_RDFS = "http://www.w3.org/2000/01/rdf-schema#"
_SKOS = "http://www.w3.org/2004/02/skos/core#"
_ORG = "http://www.w3.org/ns/org#"
_PROV = "http://www.w3.org/ns/prov#"
_NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
_DCT = "http://purl.org/dc/terms/"
_SCHEMA = "https://schema.org/"
_KG = "https://w3id.org/kgraph/ontology#"


def store_networkx(store: Any) -> nx.MultiDiGraph:
    """The MultiDiGraph :func:`~kgraph.views.to_networkx` gives, read from an ArticleStore's union graph."""
    from kgraph.rdf import CLASSES, PROPERTIES
    from kgraph.views.networkx_view import add_fact

    store.commit()
    ox = store._ox
    union, default = store.union, ox.DefaultGraph()

    def pairs(predicate: str) -> Any:
        for quad in union.quads_for_pattern(None, ox.NamedNode(predicate), None, default):
            yield quad.subject, quad.object

    def of_type(cls: str) -> list[Any]:
        return [q.subject for q in union.quads_for_pattern(None, ox.NamedNode(_RDF + "type"), ox.NamedNode(cls),
                                                           default)]

    def values(predicate: str) -> dict[Any, list[Any]]:
        found: dict[Any, list[Any]] = defaultdict(list)
        for s, o in pairs(predicate):
            found[s].append(o)
        return found

    def one(found: dict[Any, list[Any]], node: Any) -> Any:
        items = found.get(node)
        return min(items, key=str) if items else None

    def iri(term: Any) -> bool:
        return isinstance(term, ox.NamedNode)

    G = nx.MultiDiGraph()
    # articles
    articles = {}
    fields = {name: values(_DCT + name) for name in ("identifier", "title", "date", "source")}
    for article in of_type(_SCHEMA + "NewsArticle"):
        def text(name: str, article: Any = article) -> str | None:
            value = one(fields[name], article)
            return value.value if value is not None else None

        articles[article.value] = {"id": text("identifier") or article.value.rsplit("/", 1)[-1],
                                   "title": text("title"), "date": text("date"), "source": text("source")}
    G.graph["articles"] = dict(sorted(articles.items()))

    # entities
    mentions: dict[str, set[str]] = defaultdict(set)
    for article, entity in pairs(_SCHEMA + "mentions"):
        mentions[entity.value].add(article.value)
    pref, alt, rdfs_label = values(_SKOS + "prefLabel"), values(_SKOS + "altLabel"), values(_RDFS + "label")
    dates = {"Event": values(_SCHEMA + "startDate"), "Document": values(_DCT + "issued")}
    nodes: dict[str, tuple] = {}
    for type_name, cls in CLASSES.items():
        for node in of_type(str(cls)):
            if not iri(node) or node.value in nodes:
                continue
            labels = sorted(x.value for x in pref.get(node, ()))
            names = labels or sorted(x.value for x in rdfs_label.get(node, ()))
            label = names[0] if names else node.value
            others = {x.value for x in alt.get(node, ())} | {x.value for x in rdfs_label.get(node, ())}
            when = one(dates[type_name], node) if type_name in dates else None
            nodes[node.value] = (type_name, label, sorted(others - {label}), when.value if when is not None else None)
    for key in sorted(nodes):
        type_name, label, aliases, when = nodes[key]
        G.add_node(key, label=label, type=type_name, aliases=aliases, articles=sorted(mentions.get(key, ())),
                   date=when)
    del nodes, mentions, alt, rdfs_label, dates

    # evidence: fact node -> sentences it was derived from
    begin, end = values(_NIF + "beginIndex"), values(_NIF + "endIndex")
    anchor, context = values(_NIF + "anchorOf"), values(_NIF + "referenceContext")
    source_url = values(_NIF + "sourceUrl")
    derived = values(_PROV + "wasDerivedFrom")

    def evidence(node: Any) -> set[tuple]:
        found = set()
        for source in derived.get(node, ()):
            b, e = one(begin, source), one(end, source)
            if b is None or e is None:
                continue
            ctx = one(context, source)
            article = one(source_url, ctx) if ctx is not None else None
            text = one(anchor, source)
            found.add((article.value if article is not None else None, text.value if text is not None else "",
                       int(b.value), int(e.value)))
        return found

    facts: list[tuple] = []  # (subject, predicate, object, role, former, evidence)
    member, organization = values(_ORG + "member"), values(_ORG + "organization")
    role_of, during = values(_ORG + "role"), values(_ORG + "memberDuring")
    reported, former_of = values(_KG + "reportedOn"), values(_KG + "former")
    explained = set()
    for membership in sorted(set(of_type(_ORG + "Membership")), key=str):
        person, body = one(member, membership), one(organization, membership)
        if not iri(person) or not iri(body):
            continue
        role_node = one(role_of, membership)
        role = one(pref, role_node) if role_node is not None else None
        reports = []
        for interval in during.get(membership, ()):
            when, was = one(reported, interval), one(former_of, interval)
            reports.append((when.value if when is not None else "", was is not None and was.value in ("true", "1")))
        dated = [report for report in reports if report[0]]
        former = max(dated)[1] if dated else any(was for _, was in reports)
        explained.add((person.value, body.value))
        facts.append((person.value, "holds_position", body.value, role.value if role is not None else None, former,
                      evidence(membership)))
    del member, organization, role_of, during, reported, former_of

    statements: dict[tuple, list[Any]] = defaultdict(list)
    subj, pred_, obj = values(_RDF + "subject"), values(_RDF + "predicate"), values(_RDF + "object")
    for statement in of_type(_RDF + "Statement"):
        key = tuple(None if x is None else x.value for x in (one(subj, statement), one(pred_, statement),
                                                             one(obj, statement)))
        statements[key].append(statement)
    del subj, pred_, obj

    def evidence_of(s: str, p: str, o: str) -> set[tuple]:
        return {e for st in statements.get((s, p, o), ()) for e in evidence(st)}

    for s, o in pairs(_ORG + "memberOf"):
        if iri(s) and iri(o) and (s.value, o.value) not in explained:
            facts.append((s.value, "holds_position", o.value, None, False, evidence_of(s.value, _ORG + "memberOf",
                                                                                       o.value)))
    for name, (prop, inverse) in PROPERTIES.items():
        for s, o in pairs(str(prop)):
            if not iri(s) or not iri(o):
                continue
            subject, object_ = (o, s) if inverse else (s, o)
            facts.append((subject.value, name, object_.value, None, False, evidence_of(s.value, str(prop), o.value)))
    facts.sort(key=lambda f: (f[0], f[1], f[2], f[3] or ""))
    node_articles: dict[str, set[str]] = {}
    for subject, predicate, object_, role, former, found in facts:
        items = [{"article": article, "sentence": sentence, "start": start, "end": stop}
                 for article, sentence, start, stop in sorted(found, key=lambda e: (str(e[0]), e[2], e[3]))]
        add_fact(G, subject, predicate, object_, role=role, former=former, evidence=items, node_articles=node_articles)
    for node, found in node_articles.items():  # once per node, as add_fact would have left them
        attrs = G.nodes[node]
        attrs["articles"] = sorted(found.union(attrs.get("articles") or ()))
    return G
