"""KnowledgeGraph: one named graph per article, merging, replacing; build()."""

from __future__ import annotations

import sys
import types

import pytest
from rdflib import Literal

from kgraph.document import Document, Entity, Relation, Sentence
from kgraph.errors import InputError
from kgraph.graph import KnowledgeGraph, build
from kgraph.rdf import article_iri, entity_iri, facts
from kgraph.sources import read_sources
from kgraph.vocab import RDFS, SKOS

try:
    from test_rdf import sample_document
except ImportError:  # tests/ became a package
    from tests.test_rdf import sample_document


def second_article(name: str = "Mai Văn Chính", published: str = "2023-03-01", former: bool = False) -> Document:
    text = f"Đồng chí {name}, Phó Trưởng ban Thường trực Ban Tổ chức Trung ương, làm việc tại Gia Lai."
    entities = [
        Entity("p1", "Person", name, "Person:mai văn chính"),
        Entity("o1", "Organization", "Ban Tổ chức Trung ương", "Organization:ban tổ chức trung ương"),
        Entity("l1", "Location", "Gia Lai", "Location:gia lai"),
    ]
    relations = [Relation("p1", "holds_position", "o1", 0, len(text), role="Phó Trưởng ban Thường trực",
                          attrs={"former": former})]
    return Document(text=text, doc_id="gia-lai-2023", metadata={"published": published},
                    sentences=[Sentence(0, len(text))], entities=entities, relations=relations)


def chinh() -> object:
    return entity_iri(Entity("p1", "Person", "Mai Văn Chính", "Person:mai văn chính"))


def test_knowledge_graph_keeps_one_named_graph_per_article():
    kg = KnowledgeGraph()
    kg.add(sample_document())
    kg.add(second_article())
    names = {g.identifier for g in kg.dataset.graphs() if len(g)}
    assert names == {article_iri("btctw-so-ket-2021"), article_iri("gia-lai-2023")}
    assert set(kg.documents) == {"btctw-so-ket-2021", "gia-lai-2023"}


def test_knowledge_graph_merges_same_entity_across_articles():
    kg = KnowledgeGraph()
    kg.add(sample_document())
    kg.add(second_article())
    posts = [f for f in facts(kg.graph) if f.subject == chinh() and f.role == "Phó Trưởng ban Thường trực"]
    assert len(posts) == 1
    assert {e.article for e in posts[0].evidence} == {article_iri("btctw-so-ket-2021"), article_iri("gia-lai-2023")}
    assert set(kg.graph.objects(chinh(), SKOS.prefLabel)) == {Literal("Mai Văn Chính", lang="vi")}


def test_knowledge_graph_readding_article_replaces_its_graph():
    kg = KnowledgeGraph()
    kg.add(sample_document())
    before = len(kg)
    doc = sample_document()
    doc.relations = [r for r in doc.relations if r.predicate != "held_in"]
    kg.add(doc)
    assert not any(f.predicate == "held_in" for f in facts(kg.graph))
    assert len(kg) < before
    kg.add(sample_document())
    assert len(kg) == before


def test_knowledge_graph_keeps_one_pref_label_when_articles_spell_a_name_differently():
    kg = KnowledgeGraph()
    kg.add(sample_document())
    kg.add(second_article(name="Mai Văn CHÍNH"))
    assert set(kg.graph.objects(chinh(), SKOS.prefLabel)) == {Literal("Mai Văn Chính", lang="vi")}
    assert Literal("Mai Văn CHÍNH", lang="vi") in set(kg.graph.objects(chinh(), SKOS.altLabel))
    kg.remove("btctw-so-ket-2021")
    assert set(kg.graph.objects(chinh(), SKOS.prefLabel)) == {Literal("Mai Văn CHÍNH", lang="vi")}
    assert set(kg.graph.objects(chinh(), RDFS.label)) == {Literal("Mai Văn CHÍNH", lang="vi")}


def test_knowledge_graph_former_follows_the_latest_report():
    kg = KnowledgeGraph()
    kg.add(sample_document())  # 2021: current
    kg.add(second_article(former=True))  # 2023: former
    post = next(f for f in facts(kg.graph) if f.subject == chinh() and f.role == "Phó Trưởng ban Thường trực")
    assert post.former is True
    kg.add(second_article(former=True, published="2020-01-01"))  # now the older report
    post = next(f for f in facts(kg.graph) if f.subject == chinh() and f.role == "Phó Trưởng ban Thường trực")
    assert post.former is False


@pytest.fixture
def fake_pipeline(monkeypatch):
    """Stands in for kgraph.pipeline so build() is tested on its own."""
    calls = []

    def extract(text, doc_id, metadata):
        calls.append((doc_id, metadata))
        return Document(text=text, doc_id=doc_id, metadata=metadata,
                        entities=[Entity("l1", "Location", "Hà Nội", "Location:hà nội")])

    module = types.ModuleType("kgraph.pipeline")
    module.extract = extract
    monkeypatch.setitem(sys.modules, "kgraph.pipeline", module)
    return calls


def test_build_reads_folders_and_texts(tmp_path, fake_pipeline):
    (tmp_path / "b-bai.txt").write_text("Hội nghị tại Hà Nội\n\nNội dung.", encoding="utf-8")
    (tmp_path / "a-bai.txt").write_text("\n  Tiêu đề bài A  \nNội dung.", encoding="utf-8")
    (tmp_path / "ghi-chu.md").write_text("không đọc", encoding="utf-8")
    kg = build([tmp_path, "Ban Tổ chức Trung ương họp tại Hà Nội."])
    ids = [call[0] for call in fake_pipeline]
    assert ids[:2] == ["a-bai", "b-bai"]
    assert ids[2].startswith("text-")
    assert fake_pipeline[0][1] == {"source": str(tmp_path / "a-bai.txt"), "title": "Tiêu đề bài A"}
    assert len(kg.documents) == 3


def test_read_sources_rejects_missing_file():
    with pytest.raises(InputError, match="no such file"):
        read_sources(["khong-co/bai.txt"])


def test_read_sources_rejects_non_utf8(tmp_path):
    path = tmp_path / "bai.txt"
    path.write_bytes(b"Caf\xe9 \x81\x8d")  # neither UTF-8 nor Windows-1258 (0x81 is unassigned there)
    with pytest.raises(InputError, match="not UTF-8"):
        read_sources([path])


def test_read_sources_rejects_empty_file_and_empty_folder(tmp_path):
    (tmp_path / "rong.txt").write_text("  \n", encoding="utf-8")
    with pytest.raises(InputError, match="empty"):
        read_sources([tmp_path / "rong.txt"])
    (tmp_path / "sub").mkdir()
    with pytest.raises(InputError, match="holds no .txt"):
        read_sources([tmp_path / "sub"])


def test_build_in_worker_processes_gives_the_same_graph(tmp_path):
    from rdflib.compare import isomorphic

    from kgraph.graph import build

    texts = [
        "Sáng 3/3, Tỉnh ủy Quảng Trị tổ chức Hội nghị tổng kết công tác dân vận. Bí thư Tỉnh ủy Lê Quang Tùng dự.",
        "Thủ tướng Phạm Minh Chính chủ trì phiên họp Chính phủ thường kỳ tại Hà Nội.",
        "Ban Tổ chức Trung ương ban hành Hướng dẫn số 12-HD/BTCTW về công tác cán bộ.",
    ]
    for i, text in enumerate(texts):
        (tmp_path / f"a{i}.txt").write_text(text, encoding="utf-8")
    serial = build([tmp_path], jobs=1)
    parallel = build([tmp_path], jobs=2)
    assert list(serial.documents) == list(parallel.documents) == ["a0", "a1", "a2"]
    for doc_id in serial.documents:
        assert isomorphic(serial.article(doc_id), parallel.article(doc_id))
