"""The networkx view: every fact an edge keyed by predicate, evidence kept, articles merged."""

from __future__ import annotations

import networkx as nx
import pytest

from kgraph.document import Document, Entity, Relation, Sentence
from kgraph.errors import KGraphError
from kgraph.graph import KnowledgeGraph
from kgraph.rdf import article_iri, entity_iri
from kgraph.views import add_fact, to_networkx

ARTICLE_1 = (
    "Sáng 2/3, tại Hà Nội, Ban Tổ chức Trung ương tổ chức Hội nghị tổng kết công tác tổ chức xây dựng Đảng "
    "năm 2023. Đồng chí Nguyễn Văn Hùng, Ủy viên Trung ương Đảng, Phó Trưởng Ban Tổ chức Trung ương, chủ trì "
    "hội nghị. Hội nghị quán triệt Hướng dẫn số 25-HD/BTCTW của Ban Tổ chức Trung ương."
)
ARTICLE_2 = (
    "Ngày 10/6, Ban Tổ chức Trung ương tổ chức Hội nghị giao ban công tác tổ chức xây dựng Đảng quý II năm 2024. "
    "Đồng chí Nguyễn Văn Hùng, Phó Trưởng Ban Tổ chức Trung ương, phát biểu tại hội nghị. Dự hội nghị có đồng "
    "chí Trần Thị Lan, nguyên Vụ trưởng Vụ Tổ chức cán bộ, Ban Tổ chức Trung ương. Các đại biểu thảo luận việc "
    "thực hiện Nghị quyết Đại hội XIII."
)

ENTITIES = {  # id: (type, name, aliases, attrs)
    "hung": ("Person", "Nguyễn Văn Hùng", [], {}),
    "lan": ("Person", "Trần Thị Lan", [], {}),
    "btctw": ("Organization", "Ban Tổ chức Trung ương", ["BTCTW"], {}),
    "bchtw": ("Organization", "Ban Chấp hành Trung ương Đảng", [], {}),
    "vu": ("Organization", "Vụ Tổ chức cán bộ", [], {}),
    "tongket": ("Event", "Hội nghị tổng kết công tác tổ chức xây dựng Đảng năm 2023", [], {"date": "2024-03-02"}),
    "giaoban": ("Event", "Hội nghị giao ban công tác tổ chức xây dựng Đảng quý II năm 2024", [],
                {"date": "2024-06-10"}),
    "daihoi": ("Event", "Đại hội XIII", [], {}),
    "hanoi": ("Location", "Hà Nội", [], {}),
    "hd25": ("Document", "Hướng dẫn số 25-HD/BTCTW", ["25-HD/BTCTW"], {"date": "2023-12-20"}),
    "nq": ("Document", "Nghị quyết Đại hội XIII", [], {}),
}


def _document(doc_id: str, text: str, published: str, ids: list[str], relations: list[tuple]) -> Document:
    doc = Document(text, doc_id, metadata={"published": published, "title": text.split(".")[0]})
    start = 0
    for part in text.split(". "):
        end = start + len(part) + (1 if not part.endswith(".") else 0)
        doc.sentences.append(Sentence(start, min(end, len(text))))
        start = end + 1
    for ident in ids:
        type_, name, aliases, attrs = ENTITIES[ident]
        doc.entities.append(Entity(ident, type_, name, "", list(aliases), dict(attrs)))
    for subject, predicate, object_, cue, role, former in relations:
        at = text.index(cue)
        doc.relations.append(Relation(subject, predicate, object_, at, at + len(cue), role=role,
                                      attrs={"former": True} if former else {}))
    return doc


def _documents() -> tuple[Document, Document]:
    first = _document("bao-1", ARTICLE_1, "2024-03-02",
                      ["hung", "btctw", "bchtw", "tongket", "hanoi", "hd25"], [
                          ("hung", "holds_position", "btctw", "Phó Trưởng Ban Tổ chức", "Phó Trưởng ban", False),
                          ("hung", "holds_position", "bchtw", "Ủy viên Trung ương Đảng", "Ủy viên", False),
                          ("btctw", "organized", "tongket", "Ban Tổ chức Trung ương tổ chức Hội nghị", None, False),
                          ("hung", "participated_in", "tongket", "chủ trì", None, False),
                          ("tongket", "held_in", "hanoi", "tại Hà Nội", None, False),
                          ("btctw", "issued", "hd25", "Hướng dẫn số 25-HD/BTCTW", None, False),
                      ])
    second = _document("bao-2", ARTICLE_2, "2024-06-10",
                       ["hung", "lan", "btctw", "vu", "giaoban", "daihoi", "nq"], [
                           ("hung", "holds_position", "btctw", "Phó Trưởng Ban Tổ chức", "Phó Trưởng ban", False),
                           ("lan", "holds_position", "vu", "nguyên Vụ trưởng", "Vụ trưởng", True),
                           ("vu", "part_of", "btctw", "Vụ Tổ chức cán bộ, Ban", None, False),
                           ("btctw", "organized", "giaoban", "Ban Tổ chức Trung ương tổ chức Hội nghị", None, False),
                           ("hung", "participated_in", "giaoban", "phát biểu tại", None, False),
                           ("lan", "participated_in", "giaoban", "Dự hội nghị", None, False),
                           ("nq", "adopted_at", "daihoi", "Nghị quyết Đại hội XIII", None, False),
                       ])
    return first, second


@pytest.fixture(scope="module")
def graph() -> nx.MultiDiGraph:
    kg = KnowledgeGraph()
    for doc in _documents():
        kg.add(doc)
    return to_networkx(kg)


def iri(ident: str) -> str:
    type_, name, aliases, attrs = ENTITIES[ident]
    return str(entity_iri(Entity(ident, type_, name, "", aliases, attrs)))


def test_to_networkx_keeps_every_predicate_as_an_edge_key_in_guide_direction(graph):
    edges = {(u, k, v) for u, v, k in graph.edges(keys=True)}
    assert edges == {
        (iri("hung"), "holds_position", iri("btctw")),
        (iri("hung"), "holds_position", iri("bchtw")),
        (iri("lan"), "holds_position", iri("vu")),
        (iri("vu"), "part_of", iri("btctw")),
        (iri("btctw"), "organized", iri("tongket")),
        (iri("btctw"), "organized", iri("giaoban")),
        (iri("hung"), "participated_in", iri("tongket")),
        (iri("hung"), "participated_in", iri("giaoban")),
        (iri("lan"), "participated_in", iri("giaoban")),
        (iri("tongket"), "held_in", iri("hanoi")),
        (iri("btctw"), "issued", iri("hd25")),
        (iri("nq"), "adopted_at", iri("daihoi")),
    }
    assert all(data["predicate"] == key for _, _, key, data in graph.edges(keys=True, data=True))


def test_to_networkx_merges_one_fact_from_two_articles_into_one_edge(graph):
    edge = graph.edges[iri("hung"), iri("btctw"), "holds_position"]
    assert edge["role"] == "Phó Trưởng ban"
    assert edge["roles"] == ["Phó Trưởng ban"]
    assert edge["articles"] == [str(article_iri("bao-1")), str(article_iri("bao-2"))]
    assert [e["article"] for e in edge["evidence"]] == edge["articles"]
    first = edge["evidence"][0]
    assert first["sentence"] == ARTICLE_1[first["start"]:first["end"]]
    assert "Phó Trưởng Ban Tổ chức Trung ương" in first["sentence"]


def test_to_networkx_marks_a_former_post(graph):
    edge = graph.edges[iri("lan"), iri("vu"), "holds_position"]
    assert edge["former"] is True and edge["role"] == "Vụ trưởng"
    assert graph.edges[iri("hung"), iri("bchtw"), "holds_position"]["former"] is False


def test_to_networkx_node_attributes_follow_the_schema(graph):
    btctw = graph.nodes[iri("btctw")]
    assert btctw["label"] == "Ban Tổ chức Trung ương"
    assert btctw["type"] == "Organization"
    assert btctw["aliases"] == ["BTCTW"]
    assert btctw["articles"] == [str(article_iri("bao-1")), str(article_iri("bao-2"))]
    assert btctw["date"] is None
    assert graph.nodes[iri("tongket")]["date"] == "2024-03-02"
    assert graph.nodes[iri("hd25")]["date"] == "2023-12-20"
    assert graph.nodes[iri("lan")]["articles"] == [str(article_iri("bao-2"))]


def test_to_networkx_records_article_metadata(graph):
    meta = graph.graph["articles"][str(article_iri("bao-2"))]
    assert meta["id"] == "bao-2"
    assert meta["date"] == "2024-06-10"
    assert meta["title"] == "Ngày 10/6, Ban Tổ chức Trung ương tổ chức Hội nghị giao ban công tác tổ chức xây dựng Đảng quý II năm 2024"


def test_to_networkx_reads_a_plain_rdflib_graph_like_the_dataset(graph):
    kg = KnowledgeGraph()
    for doc in _documents():
        kg.add(doc)
    from kgraph.rdf import union

    flat = to_networkx(union(kg.dataset))
    assert set(flat.edges(keys=True)) == set(graph.edges(keys=True))


def test_to_networkx_rejects_what_is_not_a_graph():
    with pytest.raises(KGraphError, match="kgraph.export.load"):
        to_networkx("graph.ttl")


def test_add_fact_adds_missing_ends_and_prefers_the_current_best_attested_role():
    G = nx.MultiDiGraph()
    ev = [{"article": "a1", "sentence": "…", "start": 0, "end": 1}]
    add_fact(G, "p", "holds_position", "o", role="Chủ tịch", former=True, evidence=ev)
    add_fact(G, "p", "holds_position", "o", role="Bí thư", evidence=[{**ev[0], "article": "a2"}])
    data = G.edges["p", "o", "holds_position"]
    assert data["role"] == "Bí thư"
    assert data["roles"] == ["Chủ tịch", "Bí thư"]
    assert data["former"] is False
    assert [e["role"] for e in data["evidence"]] == ["Chủ tịch", "Bí thư"]
    assert G.nodes["p"] == {"label": "p", "type": None, "aliases": [], "articles": ["a1", "a2"], "date": None}


def test_add_fact_does_not_duplicate_the_same_evidence():
    G = nx.MultiDiGraph()
    ev = [{"article": "a1", "sentence": "Câu.", "start": 0, "end": 4}]
    add_fact(G, "o", "organized", "e", evidence=ev)
    add_fact(G, "o", "organized", "e", evidence=ev)
    assert len(G.edges["o", "e", "organized"]["evidence"]) == 1
    assert G.number_of_edges() == 1
