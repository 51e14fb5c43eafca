"""A Document as RDF, and RDF back as GUIDE-direction facts.

The ontology (``ontologies/kgraph.ttl``) explains the model; in short: entities
get deterministic IRIs from their resolver key, a post is an ``org:Membership``,
every other fact is a direct triple plus an ``rdf:Statement`` that records
where it came from, and provenance points at NIF sentence strings
``{article}#char={start},{end}``. :func:`to_rdf` writes one article's graph,
:func:`facts` reads any such graph (or the union of many) back as
:class:`Fact` objects in the GUIDE's subject -> object direction, which is
what the networkx view and other consumers build on.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
import warnings
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime

from rdflib import ConjunctiveGraph, Graph, Literal, URIRef
from rdflib.term import Node

from kgraph.document import Document, Entity, Relation
from kgraph.errors import KGraphError
from kgraph.iris import is_web_iri
from kgraph.normalize import match_key, nfc, search_form, xml_safe
from kgraph.vocab import (
    DCTERMS,
    DEFAULT_BASE,
    FOAF,
    GEO,
    KG,
    NIF,
    ORG,
    PROV,
    RDF,
    RDFS,
    SCHEMA,
    SKOS,
    TIME,
    XSD,
    bind_prefixes,
    ontology_file,
)

__all__ = [
    "Evidence",
    "Fact",
    "EntityNode",
    "CLASSES",
    "ALSO_TYPED",
    "PROPERTIES",
    "UNIT_TYPES",
    "slug",
    "entity_iri",
    "article_iri",
    "to_rdf",
    "union",
    "facts",
    "entities",
    "validate",
]

#: Entity type -> the ontology class it is typed with.
CLASSES = {
    "Person": KG.Person,
    "Organization": KG.Organization,
    "Document": KG.Document,
    "Event": KG.Event,
    "Location": KG.Location,
}
_TYPES = {cls: name for name, cls in CLASSES.items()}

#: Entity type -> the classes of reused vocabularies it is also typed with,
#: written out as rdf:type triples so that ``?s a foaf:Person`` works in any
#: store without RDFS inference (the ontology declares them as superclasses).
ALSO_TYPED = {
    "Person": (FOAF.Person, SCHEMA.Person),
    "Organization": (ORG.FormalOrganization, ORG.Organization, FOAF.Organization, SCHEMA.Organization),
    "Document": (FOAF.Document, SCHEMA.CreativeWork),
    "Event": (SCHEMA.Event,),
    "Location": (SCHEMA.Place,),
}

#: GUIDE predicate -> (RDF property, True when RDF runs object -> subject).
#: ``holds_position`` is a membership node, not a property: see :func:`to_rdf`.
PROPERTIES = {
    "organized": (SCHEMA.organizer, True),
    "participated_in": (SCHEMA.attendee, True),
    "held_in": (SCHEMA.location, False),
    "issued": (KG.issuedBy, True),
    "adopted_at": (KG.adoptedAt, False),
    "part_of": (ORG.subOrganizationOf, False),
}
_PREDICATES = {prop: (name, inverse) for name, (prop, inverse) in PROPERTIES.items()}

#: A place's unit type (kgraph.admin_units) -> its concept in kg:AdministrativeUnitTypes.
UNIT_TYPES = {
    "province": KG.Province,
    "municipality": KG.Municipality,
    "city": KG.ProvincialCity,
    "town": KG.Town,
    "district": KG.District,
    "ward": KG.Ward,
    "commune": KG.Commune,
    "township": KG.Township,
    "special_zone": KG.SpecialZone,
}


@dataclass(frozen=True)
class Evidence:
    """Where a fact was read: the article, the sentence and its offsets."""

    article: URIRef | None
    sentence_text: str
    start: int
    end: int


@dataclass
class Fact:
    """One fact in the GUIDE's direction (``subject predicate object``).

    ``role`` is set for ``holds_position``; ``former`` is what the most recent
    dated report says (any report, when none is dated). ``evidence`` lists
    every sentence that states the fact, sorted by article and offset.
    """

    subject: URIRef
    predicate: str
    object: URIRef
    role: str | None = None
    former: bool = False
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class EntityNode:
    """An entity as the graph describes it (for labels and types in views)."""

    iri: URIRef
    type: str
    label: str
    aliases: list[str] = field(default_factory=list)
    key: str | None = None


# ---------------------------------------------------------------- identity


def slug(text: str, max_length: int = 60) -> str:
    """ASCII, lowercase, dash-separated form of a name, for readable IRIs.

    Tones are dropped and đ becomes d, so slugs collide for "Chính" and
    "Chinh": IRIs add a hash of the exact key to keep them apart.

    >>> slug("Ban Tổ chức Trung ương")
    'ban-to-chuc-trung-uong'
    >>> slug("18-NQ/TW")
    '18-nq-tw'
    """
    folded = nfc(text).replace("đ", "d").replace("Đ", "D")
    stripped = "".join(
        c for c in unicodedata.normalize("NFD", folded) if not unicodedata.combining(c)
    )
    ascii_text = stripped.encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")[:max_length].rstrip("-")


def _hash(*parts: str, length: int = 8) -> str:
    joined = "\x1f".join(nfc(part) for part in parts)
    return hashlib.sha1(joined.encode("utf-8")).hexdigest()[:length]


def _key(entity: Entity) -> str:
    """The resolver's key; ``Type:match key of the name`` when it gave none."""
    return entity.key or f"{entity.type}:{match_key(entity.name)}"


def entity_iri(entity: Entity, base: str = DEFAULT_BASE) -> URIRef:
    """``{base}{type}/{slug of key}-{hash8 of key}``: stable across runs and articles.

    >>> from kgraph.document import Entity
    >>> entity_iri(Entity("e1", "Person", "Mai Văn Chính", "Person:mai văn chính"))
    rdflib.term.URIRef('https://w3id.org/kgraph/id/person/mai-van-chinh-92457adb')
    """
    key = _key(entity)
    prefix = f"{entity.type}:"
    readable = slug(key[len(prefix):] if key.startswith(prefix) else key)
    readable = readable or entity.type.lower()
    return URIRef(f"{base}{entity.type.lower()}/{readable}-{_hash(key)}")


def article_iri(doc_id: str, base: str = DEFAULT_BASE) -> URIRef:
    """``{base}article/{doc_id}``; a hash is added when the id is not already a slug.

    The article IRI also names the article's graph in a dataset.

    >>> article_iri("seed")
    rdflib.term.URIRef('https://w3id.org/kgraph/id/article/seed')
    """
    readable = slug(doc_id, max_length=120)
    if readable != doc_id:
        readable = f"{readable or 'doc'}-{_hash(doc_id)}"
    return URIRef(f"{base}article/{readable}")


def _role_iri(role: str, base: str) -> URIRef:
    return URIRef(f"{base}role/{slug(role) or 'role'}-{_hash(match_key(role))}")


# ---------------------------------------------------------------- literals


def _date_literal(value: object) -> Literal | None:
    """An ISO date (or year-month, or year) as a typed literal; None if not ISO."""
    if isinstance(value, datetime):
        return Literal(value.date().isoformat(), datatype=XSD.date)
    if isinstance(value, date):
        return Literal(value.isoformat(), datatype=XSD.date)
    text = str(value).strip()
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            date.fromisoformat(text)
            return Literal(text, datatype=XSD.date)
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}T.+", text):
            return Literal(datetime.fromisoformat(text).date().isoformat(), datatype=XSD.date)
    except ValueError:
        return None
    if re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", text):
        return Literal(text, datatype=XSD.gYearMonth)
    if re.fullmatch(r"\d{4}", text):
        return Literal(text, datatype=XSD.gYear)
    return None


def _checked_date(value: object, what: str) -> Literal | None:
    literal = _date_literal(value)
    if literal is None:
        warnings.warn(f"{what}: {value!r} is not an ISO 8601 date; left out of the graph", stacklevel=3)
    return literal


def _decimal(value: float) -> Literal:
    """An xsd:decimal in canonical form ("108.434", "14"), as Oxigraph stores it: the same graph in both."""
    text = f"{value:.4f}".rstrip("0").rstrip(".")
    return Literal("0" if text in ("-0", "") else text, datatype=XSD.decimal)


def _vi(text: str) -> Literal:
    return Literal(xml_safe(nfc(text)).strip(), lang="vi")  # XML 1.0 has no control characters: every format holds it


# ---------------------------------------------------------------- Document -> RDF


class _Writer:
    """Writes one Document into one graph (helper state for :func:`to_rdf`)."""

    def __init__(self, document: Document, base: str) -> None:
        self.doc = document
        self.base = base
        self.article = article_iri(document.doc_id, base)
        self.graph = Graph(identifier=self.article)
        bind_prefixes(self.graph, base)
        self.iris: dict[str, URIRef] = {}
        self.keys: dict[str, str] = {}
        published = document.metadata.get("published")
        self.published = _date_literal(published) if published else None
        self.places: dict | None = None  # the article's Locations as administrative units, on first need

    def write(self) -> Graph:
        self._article()
        for entity in self.doc.entities:
            self._entity(entity)
        for relation in self.doc.relations:
            self._relation(relation)
        return self.graph

    def _article(self) -> None:
        g, a, meta = self.graph, self.article, self.doc.metadata
        g.add((a, RDF.type, SCHEMA.NewsArticle))
        g.add((a, DCTERMS.identifier, Literal(self.doc.doc_id)))
        if meta.get("title"):
            g.add((a, DCTERMS.title, _vi(str(meta["title"]))))
        source = meta.get("source")
        if source:
            source = str(source)
            # a source that is not a valid http(s) IRI ("báo in", "https://x/a b") stays a text
            g.add((a, DCTERMS.source, URIRef(source) if is_web_iri(source) else Literal(xml_safe(source))))
        if meta.get("published"):
            published = _checked_date(meta["published"], f"article {self.doc.doc_id} published")
            if published is not None:
                g.add((a, DCTERMS.date, published))
                g.add((a, SCHEMA.datePublished, published))
        context = self._context()
        g.add((context, NIF.sourceUrl, a))

    def _context(self) -> URIRef:
        context = URIRef(f"{self.article}#char=0,{len(self.doc.text)}")
        if (context, RDF.type, NIF.Context) not in self.graph:
            g = self.graph
            g.add((context, RDF.type, NIF.String))
            g.add((context, RDF.type, NIF.Context))
            g.add((context, NIF.beginIndex, Literal(0, datatype=XSD.nonNegativeInteger)))
            g.add((context, NIF.endIndex, Literal(len(self.doc.text), datatype=XSD.nonNegativeInteger)))
            g.add((context, NIF.isString, Literal(self.doc.text)))
        return context

    def _entity(self, entity: Entity) -> None:
        if entity.type not in CLASSES:
            raise KGraphError(
                f"entity {entity.id} of {self.doc.doc_id} has type {entity.type!r}; "
                f"expected one of {', '.join(CLASSES)}"
            )
        g = self.graph
        iri = entity_iri(entity, self.base)
        self.iris[entity.id] = iri
        self.keys[entity.id] = _key(entity)
        name = _vi(entity.name)
        g.add((iri, RDF.type, CLASSES[entity.type]))
        for cls in ALSO_TYPED[entity.type]:
            g.add((iri, RDF.type, cls))
        g.add((iri, RDFS.label, name))
        if (iri, SKOS.prefLabel, None) in g and (iri, SKOS.prefLabel, name) not in g:
            g.add((iri, SKOS.altLabel, name))  # two entities of one key: one preferred name
        else:
            g.add((iri, SKOS.prefLabel, name))
        for alias in entity.aliases:
            if nfc(alias).strip() and nfc(alias).strip() != str(name):
                g.add((iri, SKOS.altLabel, _vi(alias)))
        g.add((iri, KG.entityKey, Literal(nfc(_key(entity)))))
        g.add((self.article, SCHEMA.mentions, iri))
        self._attributes(iri, entity)

    def _place(self, iri: URIRef, entity: Entity) -> None:
        """A Vietnamese administrative unit's type, current province and coordinates (kgraph.admin_units)."""
        if self.places is None:
            from kgraph.admin_units import document_places

            published = self.doc.metadata.get("published")
            self.places = document_places(self.doc.entities, str(published) if published else None)
        facts = self.places.get(entity.id)
        if facts is None:
            return
        g = self.graph
        if facts.unit in UNIT_TYPES:
            g.add((iri, KG.unitType, UNIT_TYPES[facts.unit]))
        if facts.current_province:  # a province of today's map is its own: "all places in X now" holds X
            from kgraph.resolve import entity_key

            name = facts.current_province
            province = entity_iri(Entity("", "Location", name, entity_key("Location", name)), self.base)
            g.add((iri, KG.currentProvince, province))
            g.add((province, RDFS.label, _vi(name)))  # readable without the province's own article
        if facts.lat is not None and facts.long is not None:
            g.add((iri, GEO.lat, _decimal(facts.lat)))
            g.add((iri, GEO.long, _decimal(facts.long)))
        if facts.code:
            g.add((iri, KG.adminUnitCode, Literal(facts.code)))

    def _attributes(self, iri: URIRef, entity: Entity) -> None:
        """Dates, terms and a document's numbering, from the recognizers' attrs.

        Read: ``date`` (Event, Document), ``legislature`` or ``term``, and for
        documents ``normalized`` (the full number; ``number`` when absent),
        ``doc_type``, ``type_code``, ``issuer_codes``, ``year``.
        """
        g, attrs = self.graph, entity.attrs
        if entity.type == "Location":
            self._place(iri, entity)
        if attrs.get("date") and entity.type in ("Event", "Document"):
            when = _checked_date(attrs["date"], f"{entity.type} {entity.name!r} date")
            if when is not None:
                g.add((iri, SCHEMA.startDate if entity.type == "Event" else DCTERMS.issued, when))
        term = attrs.get("legislature") or attrs.get("term")
        if term:
            g.add((iri, KG.legislature, Literal(str(term))))
        if entity.type != "Document":
            return
        number = attrs.get("normalized") or attrs.get("number")  # the full number, as printed
        if number:
            g.add((iri, KG.documentNumber, Literal(str(number))))
        if attrs.get("doc_type"):
            g.add((iri, KG.documentType, _vi(str(attrs["doc_type"]))))
        if attrs.get("type_code"):
            g.add((iri, KG.documentTypeCode, Literal(str(attrs["type_code"]))))
        for code in attrs.get("issuer_codes") or ():
            g.add((iri, KG.issuerCode, Literal(str(code))))
        if attrs.get("year"):
            year = str(attrs["year"]).strip()
            if re.fullmatch(r"\d{4}", year):
                g.add((iri, KG.year, Literal(year, datatype=XSD.gYear)))

    def _sentence(self, relation: Relation) -> URIRef:
        """The NIF node of the sentence holding the evidence (or the span itself)."""
        start, end, kind = relation.start, relation.end, NIF.Phrase
        sentence = self.doc.sentence_of(start)
        if sentence is not None and sentence.start <= start and end <= sentence.end:
            start, end, kind = sentence.start, sentence.end, NIF.Sentence
        if not 0 <= start <= end <= len(self.doc.text):
            raise KGraphError(
                f"relation {relation.triple} of {self.doc.doc_id} has evidence span "
                f"{relation.start}-{relation.end} outside the text (length {len(self.doc.text)})"
            )
        node = URIRef(f"{self.article}#char={start},{end}")
        g = self.graph
        if (node, NIF.anchorOf, None) not in g:
            g.add((node, RDF.type, NIF.String))
            g.add((node, RDF.type, kind))
            g.add((node, NIF.beginIndex, Literal(start, datatype=XSD.nonNegativeInteger)))
            g.add((node, NIF.endIndex, Literal(end, datatype=XSD.nonNegativeInteger)))
            g.add((node, NIF.anchorOf, Literal(self.doc.text[start:end])))
            g.add((node, NIF.referenceContext, self._context()))
        return node

    def _relation(self, relation: Relation) -> None:
        if relation.predicate != "holds_position" and relation.predicate not in PROPERTIES:
            raise KGraphError(
                f"relation {relation.triple} of {self.doc.doc_id}: unknown predicate "
                f"{relation.predicate!r}; kgraph.rdf.PROPERTIES lists the known ones"
            )
        for end_id in (relation.subject, relation.object):
            if end_id not in self.iris:
                raise KGraphError(
                    f"relation {relation.triple} of {self.doc.doc_id} names entity {end_id!r}, "
                    "which the document does not define"
                )
        sentence = self._sentence(relation)
        if relation.predicate == "holds_position" and relation.role and relation.role.strip():
            self._membership(relation, sentence)
            return
        if relation.predicate == "holds_position":  # no role: the bare ORG shortcut
            prop, inverse = ORG.memberOf, False
        else:
            prop, inverse = PROPERTIES[relation.predicate]
        subject, object_ = self.iris[relation.subject], self.iris[relation.object]
        skey, okey = self.keys[relation.subject], self.keys[relation.object]
        if inverse:
            subject, object_, skey, okey = object_, subject, okey, skey
        g = self.graph
        g.add((subject, prop, object_))
        statement = URIRef(f"{self.base}statement/{_hash(skey, str(prop), okey, length=16)}")
        g.add((statement, RDF.type, RDF.Statement))
        g.add((statement, RDF.subject, subject))
        g.add((statement, RDF.predicate, prop))
        g.add((statement, RDF.object, object_))
        g.add((statement, PROV.wasDerivedFrom, sentence))

    def _membership(self, relation: Relation, sentence: URIRef) -> None:
        g, base = self.graph, self.base
        role = search_form(relation.role or "").strip()
        person, body = self.iris[relation.subject], self.iris[relation.object]
        pkey, okey = self.keys[relation.subject], self.keys[relation.object]
        membership = URIRef(f"{base}membership/{_hash(pkey, okey, match_key(role), length=16)}")
        role_node = _role_iri(role, base)
        g.add((membership, RDF.type, ORG.Membership))
        g.add((membership, ORG.member, person))
        g.add((membership, ORG.organization, body))
        g.add((membership, ORG.role, role_node))
        g.add((membership, PROV.wasDerivedFrom, sentence))
        g.add((role_node, RDF.type, ORG.Role))
        g.add((role_node, SKOS.prefLabel, Literal(role, lang="vi")))
        g.add((role_node, RDFS.label, Literal(role, lang="vi")))
        g.add((person, ORG.memberOf, body))
        interval = URIRef(f"{base}interval/{_hash(str(membership), str(self.article), length=16)}")
        g.add((membership, ORG.memberDuring, interval))
        g.add((interval, RDF.type, TIME.Interval))
        g.add((interval, PROV.wasDerivedFrom, self.article))
        if self.published is not None and self.published.datatype == XSD.date:
            g.add((interval, KG.reportedOn, self.published))
        if relation.attrs.get("former"):
            g.add((interval, KG.former, Literal(True)))


def to_rdf(document: Document, base: str = DEFAULT_BASE) -> Graph:
    """One article as an RDF graph named by its article IRI.

    Raises :class:`~kgraph.errors.KGraphError` when the document breaks its own
    contract (unknown type or predicate, a relation naming a missing entity,
    evidence outside the text). Dates that are not ISO 8601 are left out with
    a warning rather than written as untyped strings.
    """
    return _Writer(document, base).write()


# ---------------------------------------------------------------- RDF -> facts


def union(graph: Graph) -> Graph:
    """A graph whose triples are the union of all graphs of a dataset.

    A plain graph, or a dataset built with ``default_union=True``, is returned
    as it is; otherwise the quads are copied into one graph.
    """
    if isinstance(graph, ConjunctiveGraph) and not graph.default_union:
        merged = Graph()
        for prefix, namespace in graph.namespaces():
            merged.bind(prefix, namespace, override=False)
        for s, p, o, _ in graph.quads((None, None, None, None)):
            merged.add((s, p, o))
        return merged
    return graph


def _evidence(g: Graph, node: Node) -> list[Evidence]:
    found = set()
    for source in g.objects(node, PROV.wasDerivedFrom):
        begin = g.value(source, NIF.beginIndex)
        end = g.value(source, NIF.endIndex)
        if begin is None or end is None:
            continue
        context = g.value(source, NIF.referenceContext)
        article = g.value(context, NIF.sourceUrl) if context is not None else None
        text = g.value(source, NIF.anchorOf)
        found.add(Evidence(article, str(text) if text is not None else "", int(begin), int(end)))
    return sorted(found, key=lambda e: (str(e.article), e.start, e.end))


def _former(g: Graph, membership: Node) -> bool:
    reports = []
    for interval in g.objects(membership, ORG.memberDuring):
        reported = g.value(interval, KG.reportedOn)
        former = g.value(interval, KG.former)
        reports.append((str(reported) if reported is not None else "", bool(former and former.toPython() is True)))
    dated = [report for report in reports if report[0]]
    if dated:
        return max(dated)[1]
    return any(former for _, former in reports)


def facts(graph: Graph) -> Iterator[Fact]:
    """The GUIDE-direction facts of a graph or dataset (the union of its graphs).

    ``holds_position`` comes from ``org:Membership`` nodes (and from bare
    ``org:memberOf`` links that no membership explains, with ``role=None``);
    the other predicates from their properties in :data:`PROPERTIES`, turned
    back to the GUIDE's direction. Facts come sorted, one per distinct
    (subject, predicate, object, role), with every evidence sentence.
    """
    g = union(graph)
    found: list[Fact] = []
    explained = set()
    for membership in sorted(set(g.subjects(RDF.type, ORG.Membership))):
        person = g.value(membership, ORG.member)
        body = g.value(membership, ORG.organization)
        if not isinstance(person, URIRef) or not isinstance(body, URIRef):
            continue
        role_node = g.value(membership, ORG.role)
        role = g.value(role_node, SKOS.prefLabel) if role_node is not None else None
        explained.add((person, body))
        found.append(Fact(person, "holds_position", body, str(role) if role is not None else None,
                          _former(g, membership), _evidence(g, membership)))

    statements: dict[tuple[Node, Node, Node], list[Node]] = defaultdict(list)
    for statement in g.subjects(RDF.type, RDF.Statement):
        key = (g.value(statement, RDF.subject), g.value(statement, RDF.predicate), g.value(statement, RDF.object))
        statements[key].append(statement)

    def evidence_of(s: Node, p: Node, o: Node) -> list[Evidence]:
        items = {e for st in statements.get((s, p, o), ()) for e in _evidence(g, st)}
        return sorted(items, key=lambda e: (str(e.article), e.start, e.end))

    for s, o in g.subject_objects(ORG.memberOf):
        if (s, o) not in explained and isinstance(s, URIRef) and isinstance(o, URIRef):
            found.append(Fact(s, "holds_position", o, None, False, evidence_of(s, ORG.memberOf, o)))
    for prop, (name, inverse) in _PREDICATES.items():
        for s, o in g.subject_objects(prop):
            if not isinstance(s, URIRef) or not isinstance(o, URIRef):
                continue
            subject, object_ = (o, s) if inverse else (s, o)
            found.append(Fact(subject, name, object_, None, False, evidence_of(s, prop, o)))
    found.sort(key=lambda f: (str(f.subject), f.predicate, str(f.object), f.role or ""))
    yield from found


def entities(graph: Graph) -> Iterator[EntityNode]:
    """Every node typed with a kgraph entity class, with its labels, sorted by IRI."""
    g = union(graph)
    seen: dict[URIRef, EntityNode] = {}
    for cls, type_name in _TYPES.items():
        for iri in g.subjects(RDF.type, cls):
            if not isinstance(iri, URIRef) or iri in seen:
                continue
            labels = sorted(str(label) for label in g.objects(iri, SKOS.prefLabel))
            names = labels or sorted(str(label) for label in g.objects(iri, RDFS.label))
            label = names[0] if names else str(iri)
            others = {str(x) for x in g.objects(iri, SKOS.altLabel)}
            others |= {str(x) for x in g.objects(iri, RDFS.label)}
            key = g.value(iri, KG.entityKey)
            seen[iri] = EntityNode(iri, type_name, label, sorted(others - {label}),
                                   str(key) if key is not None else None)
    for iri in sorted(seen):
        yield seen[iri]


# ---------------------------------------------------------------- validation


def validate(graph: Graph) -> tuple[bool, str]:
    """Check a graph (a dataset: the union of its graphs) against ``shapes.ttl``.

    Returns pyshacl's verdict and its report text. Needs the ``validate``
    extra (pyshacl).
    """
    try:
        import pyshacl
    except ImportError as e:  # pragma: no cover - depends on the environment
        raise KGraphError("validation needs pyshacl: pip install 'kgraph[validate]'") from e
    shapes_path = ontology_file("shapes.ttl")
    if not shapes_path.exists():
        raise KGraphError(f"SHACL shapes not found at {shapes_path}")
    shapes = Graph().parse(shapes_path, format="turtle")
    data = union(graph)
    if isinstance(data, ConjunctiveGraph):  # a default-union dataset: validate a flat copy
        flat = Graph()
        for s, p, o in data.triples((None, None, None)):
            flat.add((s, p, o))
        data = flat
    conforms, _, text = pyshacl.validate(data, shacl_graph=shapes, inference="none")
    return bool(conforms), str(text)

