"""Every RDF format round-trips; the per-article JSON follows the GUIDE."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

from kgraph.errors import InputError, KGraphError
from kgraph.export import FORMATS, QUAD_FORMATS, document_json, export, load
from kgraph.graph import KnowledgeGraph
from kgraph.rdf import union

try:
    from test_graph import second_article
    from test_rdf import sample_document
except ImportError:  # tests/ became a package
    from tests.test_graph import second_article
    from tests.test_rdf import sample_document


@pytest.fixture(scope="module")
def kg() -> KnowledgeGraph:
    graph = KnowledgeGraph()
    graph.add(sample_document())
    graph.add(second_article())
    return graph


def _flat(graph) -> Graph:
    flat = Graph()
    for triple in union(graph).triples((None, None, None)):
        flat.add(triple)
    return flat


@pytest.mark.parametrize("ext", sorted(FORMATS))
def test_export_round_trips_the_union(kg, tmp_path, ext):
    path = export(kg, tmp_path / f"graph.{ext}", format=ext)
    assert path.stat().st_size > 0
    assert isomorphic(_flat(load(path)), _flat(kg.dataset))


@pytest.mark.parametrize("ext", sorted(QUAD_FORMATS))
def test_export_quad_formats_keep_named_graphs(kg, tmp_path, ext):
    back = load(export(kg, tmp_path / f"graph.{ext}", format=ext))
    written = {g.identifier: g for g in kg.dataset.graphs() if len(g)}
    read = {g.identifier: g for g in back.graphs() if len(g)}
    assert set(read) == set(written)
    for name, graph in written.items():
        assert isomorphic(read[name], graph), name


def test_export_turtle_uses_prefixes(kg, tmp_path):
    text = export(kg, tmp_path / "graph.ttl").read_text(encoding="utf-8")
    assert "@prefix kg: <https://w3id.org/kgraph/ontology#>" in text
    assert '"Mai Văn Chính"@vi' in text


def test_export_jsonld_is_compact_with_the_kgraph_prefixes(kg, tmp_path):
    text = export(kg, tmp_path / "graph.jsonld", format="jsonld").read_text(encoding="utf-8")
    assert '"kg": "https://w3id.org/kgraph/ontology#"' in text
    assert '"org:member"' in text


def test_export_rejects_unknown_format(kg, tmp_path):
    with pytest.raises(KGraphError, match="choose from"):
        export(kg, tmp_path / "graph.owl", format="owl")


def test_load_rejects_unknown_extension_and_bad_content(tmp_path):
    with pytest.raises(InputError, match="extension"):
        load(tmp_path / "graph.csv")
    bad = tmp_path / "graph.ttl"
    bad.write_text("this is not turtle <", encoding="utf-8")
    with pytest.raises(InputError, match="not valid turtle"):
        load(bad)


def test_document_json_follows_the_guide_schema():
    data = document_json(sample_document())
    assert data["doc_id"] == "btctw-so-ket-2021"
    event = next(e for e in data["entities"] if e["id"] == "v1")
    assert event["date"] == "2021-06-30"
    o1 = next(e for e in data["entities"] if e["id"] == "o1")
    assert o1["iri"].startswith("https://w3id.org/kgraph/id/organization/") and o1.pop("mentions") == []
    assert o1 == {
        "id": "o1", "type": "Organization", "name": "Ban Tổ chức Trung ương", "aliases": ["BTCTW", "Ban Tổ chức TW"],
        "iri": o1["iri"],
    }
    assert "date" not in next(e for e in data["entities"] if e["id"] == "p1")
    evidence = data["relations"][0].pop("evidence")
    assert data["relations"][0] == {"subject": "p1", "predicate": "holds_position", "object": "o1",
                                    "role": "Phó Trưởng ban Thường trực"}
    assert evidence["text"].startswith("Đồng chí Mai Văn Chính")
    assert data["relations"][2]["former"] is True
    del data["relations"][3]["evidence"]
    assert data["relations"][3] == {"subject": "o1", "predicate": "organized", "object": "v1"}


ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "gold" / "dev"


@pytest.fixture(scope="module")
def real_kg() -> KnowledgeGraph:
    from kgraph.graph import build

    sources = [ROOT / "seeds"] + ([DEV] if DEV.is_dir() else [])
    return build(sources)


@pytest.mark.parametrize("ext", sorted(FORMATS))
def test_export_round_trips_real_articles(real_kg, tmp_path, ext):
    back = load(export(real_kg, tmp_path / f"graph.{ext}", format=ext))
    assert isomorphic(_flat(back), _flat(real_kg.dataset))
    if ext in QUAD_FORMATS:
        assert {g.identifier for g in back.graphs() if len(g)} == {g.identifier for g in real_kg.dataset.graphs() if len(g)}
