"""The ready queries in examples/queries/ give the expected answers."""

from __future__ import annotations

from pathlib import Path

import pytest

from kgraph.errors import InputError, KGraphError
from kgraph.export import export
from kgraph.graph import KnowledgeGraph
from kgraph.query import QUERIES_DIR, query, read_query

try:
    from test_graph import second_article
    from test_rdf import SENTENCES, sample_document
except ImportError:  # tests/ became a package
    from tests.test_graph import second_article
    from tests.test_rdf import SENTENCES, sample_document

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def kg() -> KnowledgeGraph:
    graph = KnowledgeGraph()
    graph.add(sample_document())
    graph.add(second_article(former=True))
    return graph


def ready(name: str) -> Path:
    return QUERIES_DIR / f"{name}.rq"


def test_query_officials_of_body_lists_people_with_roles(kg):
    rows = query(kg, ready("officials_of_body"))
    assert [(r["name"], r["role"], r["former"]) for r in rows] == [
        ("Mai Văn Chính", "Phó Trưởng ban Thường trực", "true"),
    ]


def test_query_officials_of_body_matches_alias_after_edit(kg):
    sparql = read_query(ready("officials_of_body")).replace('"Ban Tổ chức Trung ương"', '"tỉnh ủy kon tum"')
    rows = query(kg, sparql)
    assert [(r["name"], r["role"], r["former"]) for r in rows] == [("Nguyễn Văn Hùng", "Bí thư", "true")]


def test_query_person_posts_over_time_orders_reports_by_date(kg):
    rows = query(kg, ready("person_posts_over_time"))
    assert [(r["bodyName"], r["role"], r.get("reportedOn"), r["former"]) for r in rows] == [
        ("Ban Chấp hành Trung ương Đảng", "Ủy viên", "2021-06-30", "false"),
        ("Ban Tổ chức Trung ương", "Phó Trưởng ban Thường trực", "2021-06-30", "false"),
        ("Ban Tổ chức Trung ương", "Phó Trưởng ban Thường trực", "2023-03-01", "true"),
    ]


def test_query_events_by_organizer_gives_date_and_place(kg):
    rows = query(kg, ready("events_by_organizer"))
    assert [(r["eventName"], r["date"], r["placeName"]) for r in rows] == [
        ("Hội nghị sơ kết công tác tổ chức xây dựng Đảng 6 tháng đầu năm 2021", "2021-06-30", "Hà Nội"),
    ]


def test_query_documents_by_issuer(kg):
    rows = query(kg, ready("documents_by_issuer"))
    assert [(r["documentName"], r["number"], r["type"], r["issued"]) for r in rows] == [
        ("Hướng dẫn số 17-HD/BTCTW", "17-HD/BTCTW", "Hướng dẫn", "2018-10-05"),
    ]


def test_query_provenance_reaches_article_sentence_and_offsets(kg):
    rows = query(kg, ready("provenance"))
    doc = sample_document()
    organized = [r for r in rows if r["predicate"] == "https://schema.org/organizer"]
    assert len(organized) == 1
    row = organized[0]
    assert row["article"] == "https://w3id.org/kgraph/id/article/btctw-so-ket-2021"
    assert row["sentence"] == SENTENCES[0]
    assert doc.text[int(row["begin"]):int(row["end"])] == SENTENCES[0]
    posts = [(r["identifier"], r["role"]) for r in rows
             if r["subjectName"] == "Mai Văn Chính" and r["objectName"] == "Ban Tổ chức Trung ương"]
    assert posts == [("btctw-so-ket-2021", "Phó Trưởng ban Thường trực"),
                     ("gia-lai-2023", "Phó Trưởng ban Thường trực")]
    assert len(rows) == len(doc.relations) + 1


@pytest.mark.parametrize("ext", ["ttl", "nq", "jsonld"])
def test_query_runs_on_saved_files_like_on_the_graph(kg, tmp_path, ext):
    path = export(kg, tmp_path / f"graph.{ext}", format=ext)
    for name in ("officials_of_body", "events_by_organizer", "provenance"):
        assert query(path, ready(name)) == query(kg, ready(name)), name


def test_query_ask_and_construct(kg):
    assert query(kg, "ASK { ?s a <https://w3id.org/kgraph/ontology#Event> }") == [{"ask": "true"}]
    rows = query(kg, "CONSTRUCT { ?e <urn:x> ?d } WHERE { ?e <https://schema.org/startDate> ?d }")
    assert [r["object"] for r in rows] == ["2021-06-30"]


def test_query_reports_bad_sparql_and_missing_files(kg, tmp_path):
    with pytest.raises(KGraphError, match="invalid SPARQL"):
        query(kg, "SELEKT ?x WHERE { ?x ?y ?z }")
    with pytest.raises(InputError):
        query(tmp_path / "missing.ttl", "SELECT * WHERE { ?s ?p ?o }")
    with pytest.raises(InputError, match="query file"):
        query(kg, tmp_path / "missing.rq")


@pytest.fixture(scope="module")
def seed_kg() -> KnowledgeGraph:
    from kgraph.graph import build

    return build([ROOT / "seeds"])


def test_query_seed_officials_of_btctw(seed_kg):
    rows = query(seed_kg, ready("officials_of_body"))
    assert ("Mai Văn Chính", "Phó Trưởng ban Thường trực") in {(r["name"], r["role"]) for r in rows}


def test_query_seed_conference_organized_by_btctw(seed_kg):
    rows = query(seed_kg, ready("events_by_organizer"))
    assert any(r.get("date") == "2021-06-30" and r.get("placeName") == "Hà Nội" for r in rows), rows


def test_query_seed_provenance_points_into_the_seed_text(seed_kg):
    rows = query(seed_kg, ready("provenance"))
    text = next(iter(seed_kg.documents.values())).text
    assert rows
    for row in rows:
        assert text[int(row["begin"]):int(row["end"])] == row["sentence"]
