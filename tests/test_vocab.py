"""The vocabulary module and the ontology file must not drift apart."""

from __future__ import annotations

import pytest
from rdflib import Graph, URIRef

from kgraph.vocab import KG, ONTOLOGY_IRI, OWL, RDF, RDFS, ontology_file


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ontology_file("kgraph.ttl"), format="turtle")


def _defined(ontology: Graph) -> set[str]:
    namespace = str(KG._NS)
    return {str(s)[len(namespace):] for s in ontology.subjects() if isinstance(s, URIRef) and str(s).startswith(namespace)}


def test_vocab_kg_lists_exactly_the_ontology_terms(ontology):
    in_code = set(KG.__annotations__)
    in_file = _defined(ontology)
    assert in_code - in_file == set(), "terms in kgraph/vocab.py but not in ontologies/kgraph.ttl"
    assert in_file - in_code == set(), "terms in ontologies/kgraph.ttl but not in kgraph/vocab.py"


def test_vocab_misspelt_term_fails():
    with pytest.raises(AttributeError):
        KG.isuedBy  # noqa: B018


def test_vocab_every_term_has_english_and_vietnamese_label_and_comment(ontology):
    for name in KG.__annotations__:
        term = KG[name] if hasattr(KG, "__getitem__") else getattr(KG, name)
        for prop in (RDFS.label, RDFS.comment):
            languages = {literal.language for literal in ontology.objects(term, prop)}
            assert {"en", "vi"} <= languages, f"{name} lacks an en/vi {prop}"


def test_vocab_minted_classes_extend_reused_vocabularies(ontology):
    for cls in ontology.subjects(RDF.type, OWL.Class):
        parents = set(ontology.objects(cls, RDFS.subClassOf))
        assert parents and not any(str(p).startswith(str(KG._NS)) for p in parents), cls


def test_vocab_ontology_header_has_version_and_labels(ontology):
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in ontology
    assert ontology.value(ONTOLOGY_IRI, OWL.versionInfo) is not None
    assert {lit.language for lit in ontology.objects(ONTOLOGY_IRI, RDFS.comment)} == {"en", "vi"}
