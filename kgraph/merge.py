"""Cross-article identity: which nodes of two articles are one entity, and which stay apart.

An entity's IRI comes from its resolver key (:func:`kgraph.rdf.entity_iri`),
so across articles the rules are:

- **Officials, bodies, places**: the same name (tone marks, case and spacing
  normalized) is the same node. "Đồng chí Mai Văn Chính" in two articles is
  one person; "Ban Tổ chức Trung ương" and its abbreviation resolve to one body.
- **Events**: the same canonical key (a congress or plenum by body and number,
  "Đại hội ... lần thứ XX") or the same full name with its year is one node.
- **Documents**: the number as printed, plus the year of the document (its own
  year, a date the article gives, or the term). Party numbers restart each
  term, so "18-NQ/TW" of 2017 and of 2022 are two documents. Local issuer
  codes (``TU``, ``HU``, ``ĐU``...) are shared by every province: when the
  same number and year arrive from an article whose issuer is a local body
  of another province than the stored one, the document stays apart
  (number + issuer + year).
- **Homonyms**: two people who share a name but whose posts conflict stay
  apart: when an article gives a person a post in a local body of province A
  while the stored node of that name holds posts only in other provinces,
  reported within a year of each other (or undated), the article's person
  becomes a separate node, ``{iri}-{province slug}``, and later articles with
  the same name and a post in A join that node. A person with no local post
  (a central official) merges by name.

:func:`separate` applies the last two rules to one article's triples before
it is added to a :class:`~kgraph.graph.KnowledgeGraph` or an
:class:`~kgraph.store.ArticleStore`; each split is recorded so that
``kgraph stats --merges`` can list the possible homonyms.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

__all__ = ["ArticleView", "Split", "separate", "local_place", "LOCAL_ISSUER_CODES", "merge_report", "format_merges"]

_KG = "https://w3id.org/kgraph/ontology#"
_ORG = "http://www.w3.org/ns/org#"
_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_SKOS_PREF = "http://www.w3.org/2004/02/skos/core#prefLabel"
_DCT_DATE = "http://purl.org/dc/terms/date"
_NEWS = "https://schema.org/NewsArticle"

#: Issuer codes that every province's (district's, commune's) body uses alike.
LOCAL_ISSUER_CODES = frozenset({"TU", "TƯ", "HU", "ĐU", "QU", "TXU", "TPU", "BTV", "UBND", "HĐND"})


@lru_cache(maxsize=None)
def _provinces() -> tuple[tuple[str, str], ...]:
    """(lowercased name or alias, name) of provinces and centrally run cities, longest first."""
    from kgraph.resources import read_tsv, split_list

    found = []
    for row in read_tsv("locations.tsv"):
        if row.get("kind") in ("province", "municipality"):
            for form in [row["name"], *split_list(row.get("aliases", ""))]:
                found.append((form.lower(), row["name"]))
    return tuple(sorted(found, key=lambda item: -len(item[0])))


_LOCAL_BODY = re.compile(r"(tỉnh ủy|thành ủy|ubnd|ủy ban nhân dân|hđnd|hội đồng nhân dân|đảng bộ|"
                         r"mặt trận|sở |công an|đoàn đại biểu quốc hội|tỉnh|thành phố)", re.IGNORECASE)


def local_place(label: str) -> str | None:
    """The province a local body's name ends with ("Ban Tổ chức Tỉnh ủy Nghệ An" -> "Nghệ An"), else None.

    >>> local_place("Ban Tổ chức Tỉnh ủy Nghệ An")
    'Nghệ An'
    >>> local_place("Ban Tổ chức Trung ương") is None
    True
    """
    text = " ".join(label.split()).lower()
    if not _LOCAL_BODY.search(text):
        return None
    for form, name in _provinces():
        if text.endswith(" " + form):
            return name
    return None


@dataclass
class Split:
    """One node kept apart: ``new`` instead of ``old``, and why."""

    old: str
    new: str
    reason: str
    joined: bool = False  # True when the article joins a node split off before


@dataclass
class ArticleView:
    """What the rules read from one article's triples (terms as strings)."""

    published: date | None = None
    persons: set[str] = field(default_factory=set)
    documents: set[str] = field(default_factory=set)
    posts: dict[str, set[str]] = field(default_factory=dict)  # person -> provinces of local posts
    issuers: dict[str, set[str]] = field(default_factory=dict)  # document -> provinces of local issuers
    codes: dict[str, set[str]] = field(default_factory=dict)  # document -> issuer codes

    @classmethod
    def of(cls, triples: Iterable[tuple[str, str, str]]) -> ArticleView:
        view = cls()
        labels: dict[str, str] = {}
        member: dict[str, str] = {}
        body_of: dict[str, str] = {}
        issued: list[tuple[str, str]] = []
        for s, p, o in triples:
            if p == _RDF_TYPE:
                if o == _KG + "Person":
                    view.persons.add(s)
                elif o == _KG + "Document":
                    view.documents.add(s)
            elif p == _SKOS_PREF:
                labels[s] = o
            elif p == _ORG + "member":
                member[s] = o
            elif p == _ORG + "organization":
                body_of[s] = o
            elif p == _KG + "issuedBy":
                issued.append((s, o))
            elif p == _KG + "issuerCode":
                view.codes.setdefault(s, set()).add(o)
            elif p == _DCT_DATE:
                view.published = _date(o)
        for membership, person in member.items():
            place = local_place(labels.get(body_of.get(membership, ""), ""))
            if place:
                view.posts.setdefault(person, set()).add(place)
        for document, body in issued:
            place = local_place(labels.get(body, ""))
            if place:
                view.issuers.setdefault(document, set()).add(place)
        return view


def _date(text: str | None) -> date | None:
    try:
        return date.fromisoformat(str(text)[:10]) if text else None
    except ValueError:
        return None


def _same_time(a: date | None, b: date | None) -> bool:
    return a is None or b is None or abs((a - b).days) <= 365


def _slug_iri(iri: str, place: str) -> str:
    from kgraph.rdf import slug

    return f"{iri}-{slug(place)}"


def separate(view: ArticleView, *, exists: Callable[[str], bool],
             stored_posts: Callable[[str], list[tuple[str, date | None]]],
             stored_issuers: Callable[[str], set[str]]) -> list[Split]:
    """The nodes of one article that must stay apart from the stored nodes of the same IRI.

    ``exists(iri)`` says whether the store holds a node; ``stored_posts(person)``
    gives (province, report date) of its local posts; ``stored_issuers(document)``
    the provinces of its local issuers.
    """
    splits = []
    for person in sorted(view.persons):
        places = view.posts.get(person)
        if not places or len(places) > 1:
            continue
        place = next(iter(places))
        own = _slug_iri(person, place)
        if exists(own):
            splits.append(Split(person, own, f"same name, post in {place}", joined=True))
            continue
        posts = stored_posts(person)
        if not posts or any(p == place for p, _ in posts):
            continue
        if any(_same_time(view.published, when) for _, when in posts):
            others = ", ".join(sorted({p for p, _ in posts}))
            splits.append(Split(person, own, f"same name, post in {place} while the stored one holds posts in {others}"))
    for document in sorted(view.documents):
        places = view.issuers.get(document)
        codes = view.codes.get(document, set())
        if not places or len(places) > 1 or not codes & LOCAL_ISSUER_CODES:
            continue
        place = next(iter(places))
        own = _slug_iri(document, place)
        if exists(own):
            splits.append(Split(document, own, f"same number, issued in {place}", joined=True))
            continue
        stored = stored_issuers(document)
        if stored and place not in stored:
            splits.append(Split(document, own, f"same number and year, issued in {place}, not in "
                                               f"{', '.join(sorted(stored))}"))
    return splits


_TYPES = ("Person", "Organization", "Document", "Event", "Location")


def merge_report(nodes: Iterable[tuple[str, str, str, str]], top: int = 10) -> dict:
    """Merges and possible homonyms from (entity IRI, type, label, article graph) rows.

    ``merged``: per type, how many nodes more than one article names, and the
    ``top`` most shared; ``apart``: nodes that share a label with a node whose
    IRI they extend (``{iri}-{slug}``: kept apart by the rules above).
    """
    articles: dict[str, set[str]] = {}
    info: dict[str, tuple[str, str]] = {}
    for iri, type_, label, graph in nodes:
        articles.setdefault(iri, set()).add(graph)
        if iri not in info or label < info[iri][1]:
            info[iri] = (type_, label)
    merged = {}
    for type_ in _TYPES:
        shared = sorted(((len(articles[iri]), info[iri][1], iri) for iri in articles
                         if info[iri][0] == type_ and len(articles[iri]) > 1), key=lambda x: (-x[0], x[1]))
        total = sum(1 for iri in articles if info[iri][0] == type_)
        merged[type_] = {"nodes": total, "in_several_articles": len(shared),
                         "top": [{"label": label, "articles": n, "iri": iri} for n, label, iri in shared[:top]]}
    apart = []
    for iri, (type_, label) in sorted(info.items()):
        head, _, tail = iri.rpartition("-")
        while head and tail:
            if head in info and info[head][1] == label:
                apart.append({"type": type_, "label": label, "iri": iri, "apart_from": head,
                              "articles": len(articles[iri]), "other_articles": len(articles[head])})
                break
            head, _, tail = head.rpartition("-")
    return {"merged": merged, "apart": apart}


def format_merges(report: dict) -> str:
    """The report of :func:`merge_report` as text."""
    lines = ["Merged across articles (nodes named by more than one article)"]
    for type_, item in report["merged"].items():
        if not item["nodes"]:
            continue
        top = ", ".join(f"{t['label']} ({t['articles']})" for t in item["top"][:5])
        lines.append(f"  {type_:<13}{item['in_several_articles']} of {item['nodes']}" + (f": {top}" if top else ""))
    lines.append(f"Kept apart (possible homonyms): {len(report['apart'])}")
    for item in report["apart"]:
        lines.append(f"  {item['type']:<13}{item['label']}: {item['iri']} ({item['articles']} article(s)) "
                     f"apart from {item['apart_from']} ({item['other_articles']} article(s))")
    return "\n".join(lines)
