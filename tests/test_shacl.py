"""The SHACL shapes accept what kgraph writes and reject broken graphs."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Literal

from kgraph.document import Entity
from kgraph.graph import KnowledgeGraph
from kgraph.rdf import entity_iri, to_rdf, validate
from kgraph.vocab import ORG, SCHEMA, SKOS, XSD

try:
    from test_graph import second_article
    from test_rdf import sample_document
except ImportError:  # tests/ became a package
    from tests.test_graph import second_article
    from tests.test_rdf import sample_document

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "gold" / "dev"


def event_iri():
    doc = sample_document()
    return entity_iri(doc.entity("v1"))


def test_validate_accepts_a_written_article():
    conforms, report = validate(to_rdf(sample_document()))
    assert conforms, report


def test_validate_accepts_merged_articles_with_differently_spelt_names():
    kg = KnowledgeGraph()
    kg.add(sample_document())
    kg.add(second_article(name="Mai Văn CHÍNH"))
    conforms, report = validate(kg.dataset)
    assert conforms, report


def test_validate_rejects_membership_without_member():
    graph = to_rdf(sample_document())
    membership = next(graph.subjects(ORG.member, None))
    graph.remove((membership, ORG.member, None))
    conforms, report = validate(graph)
    assert not conforms
    assert "->org:member" in report


def test_validate_rejects_event_date_that_is_not_a_date():
    graph = to_rdf(sample_document())
    event = event_iri()
    graph.remove((event, SCHEMA.startDate, None))
    graph.add((event, SCHEMA.startDate, Literal("30/6")))
    conforms, report = validate(graph)
    assert not conforms
    assert "startDate" in report


def test_validate_rejects_ill_formed_typed_date():
    graph = to_rdf(sample_document())
    event = event_iri()
    graph.remove((event, SCHEMA.startDate, None))
    graph.add((event, SCHEMA.startDate, Literal("2021-13-45", datatype=XSD.date)))
    assert validate(graph)[0] is False


def test_validate_rejects_entity_with_two_preferred_names():
    graph = to_rdf(sample_document())
    person = entity_iri(Entity("p1", "Person", "Mai Văn Chính", "Person:mai văn chính"))
    graph.add((person, SKOS.prefLabel, Literal("Mai Văn Chinh", lang="vi")))
    conforms, report = validate(graph)
    assert not conforms
    assert "prefLabel" in report


def test_validate_accepts_the_seed_article():
    from kgraph.graph import build

    kg = build([ROOT / "seeds"])
    conforms, report = validate(kg.dataset)
    assert conforms, report


@pytest.mark.skipif(not DEV.is_dir(), reason="the shared dev set is not beside this checkout")
def test_validate_accepts_every_dev_article():
    from kgraph.graph import build

    kg = build([DEV])
    assert len(kg.documents) == len(list(DEV.glob("*.txt")))
    conforms, report = validate(kg.dataset)
    assert conforms, report
    for doc_id, document in kg.documents.items():  # each article's graph on its own
        conforms, report = validate(to_rdf(document))
        assert conforms, f"{doc_id}: {report}"
