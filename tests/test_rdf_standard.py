"""RDF that standard tools read without setup: reused classes as explicit types, the union in Oxigraph."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from helpers import SEED
from rdflib import Graph, URIRef

from kgraph.cli import main
from kgraph.export import export
from kgraph.graph import KnowledgeGraph, build
from kgraph.rdf import ALSO_TYPED, CLASSES, validate
from kgraph.vocab import RDFS, ontology_file

try:
    from test_rdf import sample_document
except ImportError:  # tests/ became a package
    from tests.test_rdf import sample_document

PREFIXES = """PREFIX foaf: <http://xmlns.com/foaf/0.1/>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX schema: <https://schema.org/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
"""


@pytest.fixture(scope="module")
def kg() -> KnowledgeGraph:
    graph = KnowledgeGraph()
    graph.add(sample_document())
    return graph


@pytest.fixture(scope="module")
def store(kg, tmp_path_factory) -> ox.Store:
    path = export(kg, tmp_path_factory.mktemp("trig") / "graph.trig", format="trig")
    store = ox.Store()
    store.load(path=str(path), format=ox.RdfFormat.TRIG)
    return store


def names(solutions, var="name"):
    return sorted(s[var].value for s in solutions)


def test_every_reused_class_is_a_declared_superclass_in_the_ontology():
    ontology = Graph().parse(ontology_file(), format="turtle")
    for type_name, cls in CLASSES.items():
        declared = set(ontology.objects(cls, RDFS.subClassOf))
        assert declared == set(ALSO_TYPED[type_name]), type_name


def test_oxigraph_plain_foaf_person_query_over_the_union(store):
    solutions = store.query(PREFIXES + "SELECT ?s WHERE { ?s a foaf:Person }", use_default_graph_as_union=True)
    people = {s["s"].value for s in solutions}
    assert len(people) == 2 and all("/person/" in iri for iri in people)


@pytest.mark.parametrize("cls, expected", [
    ("foaf:Person", ["Mai Văn Chính", "Nguyễn Văn Hùng"]),
    ("org:Organization", ["Ban Chấp hành Trung ương Đảng", "Ban Tổ chức Trung ương", "Tỉnh ủy Kon Tum"]),
    ("org:FormalOrganization", ["Ban Chấp hành Trung ương Đảng", "Ban Tổ chức Trung ương", "Tỉnh ủy Kon Tum"]),
    ("schema:Event", ["Hội nghị sơ kết công tác tổ chức xây dựng Đảng 6 tháng đầu năm 2021", "Đại hội XIII"]),
    ("schema:Place", ["Hà Nội"]),
    ("foaf:Document", ["Hướng dẫn số 17-HD/BTCTW", "Nghị quyết Đại hội XIII"]),
    ("schema:CreativeWork", ["Hướng dẫn số 17-HD/BTCTW", "Nghị quyết Đại hội XIII"]),
])
def test_oxigraph_reused_classes_find_every_entity(store, cls, expected):
    sparql = PREFIXES + f"SELECT ?name WHERE {{ ?s a {cls} ; skos:prefLabel ?name }}"
    assert names(store.query(sparql, use_default_graph_as_union=True)) == sorted(expected)


def test_oxigraph_union_ways_agree(store):
    """Three documented ways to reach the articles' named graphs from one query."""
    plain = PREFIXES + "SELECT ?name WHERE { ?s a foaf:Person ; skos:prefLabel ?name }"
    portable = PREFIXES + "SELECT DISTINCT ?name WHERE { GRAPH ?g { ?s a foaf:Person ; skos:prefLabel ?name } }"
    assert names(store.query(plain)) == []  # the store's own default graph is empty: the data is in named graphs
    union = names(store.query(plain, use_default_graph_as_union=True))
    assert union == ["Mai Văn Chính", "Nguyễn Văn Hùng"]
    assert names(store.query(portable)) == union
    graphs = list(store.named_graphs())
    assert names(store.query(plain, default_graph=graphs)) == union


def test_kgraph_query_sees_reused_classes_too(kg):
    from kgraph.query import query

    rows = query(kg, PREFIXES + "SELECT ?name WHERE { ?s a schema:Place ; skos:prefLabel ?name }")
    assert rows == [{"name": "Hà Nội"}]


def test_typed_graph_still_passes_the_shapes():
    conforms, report = validate(build([SEED]).dataset)
    assert conforms, report


def test_build_with_ontology_writes_it_beside_the_data(tmp_path):
    out = tmp_path / "out"
    assert main(["build", str(SEED), "-o", str(out), "-q", "--with-ontology"]) == 0
    ontology = Graph().parse(out / "ontology.ttl", format="turtle")
    assert (URIRef("https://w3id.org/kgraph/ontology#Person"), RDFS.subClassOf,
            URIRef("http://xmlns.com/foaf/0.1/Person")) in ontology
    shapes = Graph().parse(out / "shapes.ttl", format="turtle")
    assert len(shapes) > 50
    assert main(["build", str(SEED), "-o", str(tmp_path / "plain"), "-q"]) == 0
    assert not (tmp_path / "plain" / "ontology.ttl").exists()
