"""Per-article JSON: IRIs, mention offsets and relation evidence, still scored alike by `kgraph evaluate`."""

from __future__ import annotations

import json

import pytest
from helpers import SEED
from rdflib import URIRef

import kgraph
from kgraph.cli import main
from kgraph.evaluate import evaluate
from kgraph.export import document_json, load
from kgraph.graph import KnowledgeGraph
from kgraph.vocab import SKOS

TEXT = ("Chiều 14/5, tại Đà Nẵng, Ban Tuyên giáo Trung ương tổ chức Hội nghị báo cáo viên toàn quốc. "
        "Đồng chí Nguyễn Trọng Nghĩa, Bí thư Trung ương Đảng, Trưởng Ban Tuyên giáo Trung ương chủ trì Hội nghị.")
FIRST, SECOND = TEXT.split(". ", 1)


@pytest.fixture(scope="module")
def doc():
    return kgraph.extract(TEXT, doc_id="tuyen-giao")


def by_name(data):
    return {e["name"]: e for e in data["entities"]}


def test_entity_mentions_are_offsets_into_the_text(doc):
    data = document_json(doc)
    body = by_name(data)["Ban Tuyên giáo Trung ương"]
    assert body["mentions"] == [
        {"start": TEXT.index("Ban Tuyên giáo"), "end": TEXT.index("Ban Tuyên giáo") + 25,
         "text": "Ban Tuyên giáo Trung ương"},
        {"start": TEXT.rindex("Ban Tuyên giáo"), "end": TEXT.rindex("Ban Tuyên giáo") + 25,
         "text": "Ban Tuyên giáo Trung ương"},
    ]
    event = by_name(data)["Hội nghị báo cáo viên toàn quốc"]
    assert [m["text"] for m in event["mentions"]] == ["Hội nghị báo cáo viên toàn quốc", "Hội nghị"]
    for entity in data["entities"]:
        for m in entity["mentions"]:
            assert TEXT[m["start"]:m["end"]] == m["text"]


def test_relation_evidence_is_the_sentence_with_offsets(doc):
    data = document_json(doc)
    names = {e["id"]: e["name"] for e in data["entities"]}
    evidence = {(names[r["subject"]], r["predicate"], names[r["object"]]): r["evidence"] for r in data["relations"]}
    assert evidence["Ban Tuyên giáo Trung ương", "organized", "Hội nghị báo cáo viên toàn quốc"] == \
        {"start": 0, "end": len(FIRST) + 1, "text": FIRST + "."}
    person = evidence["Nguyễn Trọng Nghĩa", "holds_position", "Ban Tuyên giáo Trung ương"]
    assert person == {"start": len(FIRST) + 2, "end": len(TEXT), "text": SECOND}


def test_entity_iris_are_the_graph_nodes(doc):
    kg = KnowledgeGraph()
    kg.add(doc)
    for entity in document_json(doc)["entities"]:
        labels = {str(x) for x in kg.dataset.objects(URIRef(entity["iri"]), SKOS.prefLabel)}
        assert labels == {entity["name"]}, entity


def test_iris_follow_the_base(doc):
    data = document_json(doc, base="https://example.org/vn/")
    assert all(e["iri"].startswith("https://example.org/vn/") for e in data["entities"])


def test_build_writes_json_whose_iris_are_in_the_graph_under_its_base(tmp_path):
    out = tmp_path / "out"
    assert main(["build", str(SEED), "-o", str(out), "-q", "--base", "https://example.org/vn/"]) == 0
    [path] = (out / "docs").glob("*.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    subjects = {str(s) for s in load(out / "graph.ttl").subjects()}
    assert data["entities"] and all(e["iri"] in subjects for e in data["entities"])
    text = SEED.read_text(encoding="utf-8")
    spans = [m for e in data["entities"] for m in e["mentions"]] + [r["evidence"] for r in data["relations"]]
    assert spans and all(text[s["start"]:s["end"]] == s["text"] for s in spans)


def test_evaluate_scores_the_extended_json_like_the_guide_json(doc):
    full = document_json(doc)
    plain = json.loads(json.dumps(full))
    for entity in plain["entities"]:
        del entity["iri"], entity["mentions"]
    for relation in plain["relations"]:
        del relation["evidence"]
    gold = json.loads(json.dumps(plain))
    gold["entities"] = [e for e in gold["entities"] if e["type"] != "Location"]
    gold["relations"] = [r for r in gold["relations"] if r["predicate"] != "held_in"]
    with_extra, without = evaluate([(gold, full)]).to_dict(), evaluate([(gold, plain)]).to_dict()
    assert with_extra == without
    assert with_extra["entities"]["recall"] == 1.0 and with_extra["entities"]["precision"] < 1.0
    assert evaluate([(full, full)]).to_dict()["relations"]["f1"] == 1.0
