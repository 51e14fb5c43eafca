"""Document -> RDF: identity, the ontology's terms, provenance, facts() back.

``sample_document()`` is shared by the other RDF test modules.
"""

from __future__ import annotations

import pytest
from rdflib import Literal, URIRef

from kgraph.document import Document, Entity, Relation, Sentence
from kgraph.errors import KGraphError
from kgraph.rdf import article_iri, entities, entity_iri, facts, slug, to_rdf
from kgraph.vocab import DCTERMS, KG, NIF, ORG, PROV, RDF, SCHEMA, SKOS, TIME, XSD

SENTENCES = [
    "Ngày 30/6/2021, tại Hà Nội, Ban Tổ chức Trung ương tổ chức Hội nghị sơ kết công tác "
    "tổ chức xây dựng Đảng 6 tháng đầu năm 2021.",
    "Đồng chí Mai Văn Chính, Ủy viên Trung ương Đảng, Phó Trưởng ban Thường trực Ban Tổ chức "
    "Trung ương chủ trì Hội nghị.",
    "Dự Hội nghị có đồng chí Nguyễn Văn Hùng, nguyên Bí thư Tỉnh ủy Kon Tum.",
    "Các đại biểu đánh giá việc thực hiện Hướng dẫn số 17-HD/BTCTW ngày 5-10-2018 của Ban Tổ "
    "chức Trung ương và Nghị quyết Đại hội XIII.",
    "Ban Tổ chức Trung ương là cơ quan tham mưu của Ban Chấp hành Trung ương Đảng.",
]
TITLE = "Ban Tổ chức Trung ương sơ kết công tác 6 tháng đầu năm"


def sample_document(doc_id: str = "btctw-so-ket-2021", published: str | None = "2021-06-30") -> Document:
    """A hand-built article with every entity type and every predicate."""
    text = TITLE + "\n\n" + " ".join(SENTENCES)
    spans, offset = [Sentence(0, len(TITLE))], len(TITLE) + 2
    for sentence in SENTENCES:
        spans.append(Sentence(offset, offset + len(sentence)))
        offset += len(sentence) + 1
    s = {i + 1: (span.start, span.end) for i, span in enumerate(spans[1:])}
    entities_ = [
        Entity("p1", "Person", "Mai Văn Chính", "Person:mai văn chính"),
        Entity("p2", "Person", "Nguyễn Văn Hùng", "Person:nguyễn văn hùng"),
        Entity("o1", "Organization", "Ban Tổ chức Trung ương", "Organization:ban tổ chức trung ương",
               aliases=["BTCTW", "Ban Tổ chức TW"]),
        Entity("o2", "Organization", "Ban Chấp hành Trung ương Đảng",
               "Organization:ban chấp hành trung ương đảng", aliases=["Trung ương Đảng"]),
        Entity("o3", "Organization", "Tỉnh ủy Kon Tum", "Organization:tỉnh ủy kon tum"),
        Entity("v1", "Event", "Hội nghị sơ kết công tác tổ chức xây dựng Đảng 6 tháng đầu năm 2021",
               "Event:hội nghị sơ kết công tác tổ chức xây dựng đảng 6 tháng đầu năm 2021",
               attrs={"date": "2021-06-30"}),
        Entity("v2", "Event", "Đại hội XIII", "Event:đại hội xiii", attrs={"legislature": "XIII"}),
        Entity("d1", "Document", "Hướng dẫn số 17-HD/BTCTW", "Document:17-HD/BTCTW:2018",
               aliases=["17-HD/BTCTW"],
               attrs={"date": "2018-10-05", "number": "17-HD/BTCTW", "doc_type": "Hướng dẫn",
                      "type_code": "HD", "issuer_codes": ["BTCTW"], "year": "2018"}),
        Entity("d2", "Document", "Nghị quyết Đại hội XIII", "Document:nghị quyết đại hội xiii"),
        Entity("l1", "Location", "Hà Nội", "Location:hà nội"),
    ]
    relations = [
        Relation("p1", "holds_position", "o1", *s[2], role="Phó Trưởng ban Thường trực"),
        Relation("p1", "holds_position", "o2", *s[2], role="Ủy viên"),
        Relation("p2", "holds_position", "o3", *s[3], role="Bí thư", attrs={"former": True}),
        Relation("o1", "organized", "v1", *s[1]),
        Relation("v1", "held_in", "l1", *s[1]),
        Relation("p1", "participated_in", "v1", *s[2]),
        Relation("p2", "participated_in", "v1", *s[3]),
        Relation("o1", "issued", "d1", *s[4]),
        Relation("d2", "adopted_at", "v2", *s[4]),
        Relation("o1", "part_of", "o2", *s[5]),
    ]
    metadata = {"title": TITLE, "source": "https://example.vn/tin/btctw-so-ket-2021"}
    if published:
        metadata["published"] = published
    return Document(text=text, doc_id=doc_id, metadata=metadata, sentences=spans,
                    entities=entities_, relations=relations)


def iri(doc: Document, entity_id: str) -> URIRef:
    return entity_iri(doc.entity(entity_id))


def test_slug_folds_tones_and_d_bar():
    assert slug("Đảng ủy Khối Doanh nghiệp Trung ương") == "dang-uy-khoi-doanh-nghiep-trung-uong"
    assert slug("Nghị quyết số 18-NQ/TW") == "nghi-quyet-so-18-nq-tw"


def test_entity_iri_differs_for_names_differing_only_by_tone():
    chinh = entity_iri(Entity("a", "Person", "Mai Văn Chính", "Person:mai văn chính"))
    chinh_plain = entity_iri(Entity("b", "Person", "Mai Văn Chinh", "Person:mai văn chinh"))
    assert str(chinh).startswith("https://w3id.org/kgraph/id/person/mai-van-chinh-")
    assert str(chinh_plain).startswith("https://w3id.org/kgraph/id/person/mai-van-chinh-")
    assert chinh != chinh_plain


def test_entity_iri_is_deterministic_and_independent_of_surface_name():
    one = entity_iri(Entity("e1", "Document", "Nghị quyết số 18-NQ/TW", "Document:18-NQ/TW:2022"))
    two = entity_iri(Entity("e9", "Document", "Nghị quyết 18-NQ/TW", "Document:18-NQ/TW:2022"))
    older = entity_iri(Entity("e1", "Document", "Nghị quyết số 18-NQ/TW", "Document:18-NQ/TW:2017"))
    assert one == two
    assert one != older
    assert str(one).startswith("https://w3id.org/kgraph/id/document/18-nq-tw-2022-")


def test_entity_iri_uses_configured_base():
    entity = Entity("e1", "Location", "Hà Nội", "Location:hà nội")
    assert str(entity_iri(entity, "http://example.org/kg/")).startswith("http://example.org/kg/location/ha-noi-")


def test_article_iri_names_the_graph():
    doc = sample_document()
    graph = to_rdf(doc)
    assert graph.identifier == article_iri("btctw-so-ket-2021")
    assert str(graph.identifier) == "https://w3id.org/kgraph/id/article/btctw-so-ket-2021"


def test_to_rdf_types_and_labels_entities():
    doc = sample_document()
    g = to_rdf(doc)
    chinh, btctw = iri(doc, "p1"), iri(doc, "o1")
    assert (chinh, RDF.type, KG.Person) in g
    assert (chinh, SKOS.prefLabel, Literal("Mai Văn Chính", lang="vi")) in g
    assert (btctw, RDF.type, KG.Organization) in g
    assert set(g.objects(btctw, SKOS.altLabel)) == {Literal("BTCTW", lang="vi"), Literal("Ban Tổ chức TW", lang="vi")}
    assert g.value(btctw, KG.entityKey) == Literal("Organization:ban tổ chức trung ương")


def test_to_rdf_membership_has_person_body_role_and_report_date():
    doc = sample_document()
    g = to_rdf(doc)
    chinh, btctw = iri(doc, "p1"), iri(doc, "o1")
    memberships = [m for m in g.subjects(ORG.member, chinh) if g.value(m, ORG.organization) == btctw]
    assert len(memberships) == 1
    membership = memberships[0]
    assert (membership, RDF.type, ORG.Membership) in g
    assert g.value(g.value(membership, ORG.role), SKOS.prefLabel) == Literal("Phó Trưởng ban Thường trực", lang="vi")
    interval = g.value(membership, ORG.memberDuring)
    assert (interval, RDF.type, TIME.Interval) in g
    assert g.value(interval, KG.reportedOn) == Literal("2021-06-30", datatype=XSD.date)
    assert g.value(interval, KG.former) is None
    assert (chinh, ORG.memberOf, btctw) in g


def test_to_rdf_marks_former_post_on_its_interval():
    doc = sample_document()
    g = to_rdf(doc)
    membership = next(g.subjects(ORG.member, iri(doc, "p2")))
    assert g.value(g.value(membership, ORG.memberDuring), KG.former) == Literal(True)


def test_to_rdf_event_organizer_place_and_date():
    doc = sample_document()
    g = to_rdf(doc)
    event = iri(doc, "v1")
    assert (event, SCHEMA.organizer, iri(doc, "o1")) in g
    assert (event, SCHEMA.location, iri(doc, "l1")) in g
    assert (event, SCHEMA.attendee, iri(doc, "p1")) in g
    assert g.value(event, SCHEMA.startDate) == Literal("2021-06-30", datatype=XSD.date)


def test_to_rdf_document_number_issuer_and_date():
    doc = sample_document()
    g = to_rdf(doc)
    guidance = iri(doc, "d1")
    assert (guidance, KG.issuedBy, iri(doc, "o1")) in g
    assert g.value(guidance, KG.documentNumber) == Literal("17-HD/BTCTW")
    assert g.value(guidance, KG.documentType) == Literal("Hướng dẫn", lang="vi")
    assert g.value(guidance, KG.issuerCode) == Literal("BTCTW")
    assert g.value(guidance, KG.year) == Literal("2018", datatype=XSD.gYear)
    assert g.value(guidance, DCTERMS.issued) == Literal("2018-10-05", datatype=XSD.date)
    assert (iri(doc, "d2"), KG.adoptedAt, iri(doc, "v2")) in g
    assert (iri(doc, "o1"), ORG.subOrganizationOf, iri(doc, "o2")) in g


def test_to_rdf_document_number_prefers_the_full_normalized_number():
    doc = sample_document()
    doc.entity("d1").attrs.update({"number": "17", "normalized": "17-HD/BTCTW"})
    doc.entity("v2").attrs = {"term": "XIII"}
    g = to_rdf(doc)
    assert g.value(iri(doc, "d1"), KG.documentNumber) == Literal("17-HD/BTCTW")
    assert g.value(iri(doc, "v2"), KG.legislature) == Literal("XIII")


def test_to_rdf_article_metadata():
    doc = sample_document()
    g = to_rdf(doc)
    article = article_iri(doc.doc_id)
    assert (article, RDF.type, SCHEMA.NewsArticle) in g
    assert g.value(article, DCTERMS.identifier) == Literal("btctw-so-ket-2021")
    assert g.value(article, DCTERMS.title) == Literal(TITLE, lang="vi")
    assert g.value(article, DCTERMS.source) == URIRef("https://example.vn/tin/btctw-so-ket-2021")
    assert g.value(article, SCHEMA.datePublished) == Literal("2021-06-30", datatype=XSD.date)
    assert (article, SCHEMA.mentions, iri(doc, "l1")) in g


def test_to_rdf_statement_points_at_sentence_with_offsets():
    doc = sample_document()
    g = to_rdf(doc)
    event, btctw = iri(doc, "v1"), iri(doc, "o1")
    statement = next(g.subjects(RDF.object, btctw))
    assert g.value(statement, RDF.subject) == event
    assert g.value(statement, RDF.predicate) == SCHEMA.organizer
    sentence = g.value(statement, PROV.wasDerivedFrom)
    first = doc.sentences[1]
    assert str(sentence) == f"{article_iri(doc.doc_id)}#char={first.start},{first.end}"
    assert (sentence, RDF.type, NIF.Sentence) in g
    assert str(g.value(sentence, NIF.anchorOf)) == SENTENCES[0]
    assert int(g.value(sentence, NIF.beginIndex)) == first.start
    context = g.value(sentence, NIF.referenceContext)
    assert str(g.value(context, NIF.isString)) == doc.text
    assert g.value(context, NIF.sourceUrl) == article_iri(doc.doc_id)


def test_to_rdf_rejects_unknown_predicate():
    doc = sample_document()
    doc.relations.append(Relation("p1", "married_to", "p2", 0, 5))
    with pytest.raises(KGraphError, match="married_to"):
        to_rdf(doc)


def test_to_rdf_rejects_relation_to_missing_entity():
    doc = sample_document()
    doc.relations.append(Relation("p1", "participated_in", "v9", 0, 5))
    with pytest.raises(KGraphError, match="v9"):
        to_rdf(doc)


def test_to_rdf_leaves_out_non_iso_date_with_warning():
    doc = sample_document()
    doc.entity("v1").attrs["date"] = "30/6"
    with pytest.warns(UserWarning, match="30/6"):
        g = to_rdf(doc)
    assert g.value(iri(doc, "v1"), SCHEMA.startDate) is None


def test_facts_reads_back_every_relation_in_guide_direction():
    doc = sample_document()
    got = {(f.subject, f.predicate, f.object, f.role, f.former) for f in facts(to_rdf(doc))}
    expected = {
        (iri(doc, r.subject), r.predicate, iri(doc, r.object), r.role, bool(r.attrs.get("former")))
        for r in doc.relations
    }
    assert got == expected


def test_facts_evidence_gives_article_sentence_and_offsets():
    doc = sample_document()
    fact = next(f for f in facts(to_rdf(doc)) if f.predicate == "held_in")
    assert len(fact.evidence) == 1
    evidence = fact.evidence[0]
    assert evidence.article == article_iri(doc.doc_id)
    assert evidence.sentence_text == SENTENCES[0]
    assert doc.text[evidence.start:evidence.end] == SENTENCES[0]


def test_facts_roleless_post_is_a_bare_member_of_link():
    doc = sample_document()
    third = doc.sentences[3]
    doc.relations.append(Relation("p2", "holds_position", "o2", third.start, third.end))
    got = [f for f in facts(to_rdf(doc)) if f.subject == iri(doc, "p2") and f.object == iri(doc, "o2")]
    assert [(f.predicate, f.role, len(f.evidence)) for f in got] == [("holds_position", None, 1)]


def test_entities_lists_labels_and_types():
    doc = sample_document()
    nodes = {node.iri: node for node in entities(to_rdf(doc))}
    btctw = nodes[iri(doc, "o1")]
    assert (btctw.type, btctw.label) == ("Organization", "Ban Tổ chức Trung ương")
    assert btctw.aliases == ["BTCTW", "Ban Tổ chức TW"]
    assert len(nodes) == len(doc.entities)
