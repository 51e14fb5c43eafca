"""Cross-article merge rules: one node for the same official, body, document, event; homonyms kept apart."""

from __future__ import annotations

from pathlib import Path

import pytest

from kgraph.cli import main
from kgraph.graph import build, build_store
from kgraph.merge import local_place, merge_report

PERSON = "https://w3id.org/kgraph/ontology#Person"
DOCUMENT = "https://w3id.org/kgraph/ontology#Document"
EVENT = "https://w3id.org/kgraph/ontology#Event"
ORGANIZATION = "https://w3id.org/kgraph/ontology#Organization"

# Two people named Nguyễn Văn Hùng: one leads Gia Lai's Party committee, the other Cà Mau's government,
# reported two months apart; a Party resolution numbered 05-NQ/TU in 2024 in each province.
ARTICLES = {
    "a": ("2024-03-01", "Sáng 1/3, Tỉnh ủy Gia Lai tổ chức Hội nghị tổng kết công tác dân vận năm 2023. "
                        "Đồng chí Nguyễn Văn Hùng, Bí thư Tỉnh ủy Gia Lai, chủ trì hội nghị. Hội nghị quán triệt "
                        "Nghị quyết số 05-NQ/TU ngày 3/2/2024 của Tỉnh ủy Gia Lai."),
    "b": ("2024-05-02", "Chiều 2/5, UBND tỉnh Cà Mau tổ chức Hội nghị triển khai công tác chuyển đổi số. "
                        "Đồng chí Nguyễn Văn Hùng, Chủ tịch UBND tỉnh Cà Mau, phát biểu chỉ đạo. Các sở thực hiện "
                        "Nghị quyết số 05-NQ/TU ngày 10/1/2024 của Tỉnh ủy Cà Mau."),
    "c": ("2024-06-20", "Ngày 20/6, đồng chí Nguyễn Văn Hùng, Chủ tịch UBND tỉnh Cà Mau, làm việc với Sở Y tế "
                        "tỉnh Cà Mau. Đồng chí Lê Minh Khải, Phó Trưởng ban Ban Tổ chức Trung ương, dự buổi làm việc."),
    "d": ("2024-06-25", "Ngày 25/6, Ban Tổ chức Trung ương tổ chức Hội nghị tổng kết công tác dân vận năm 2023 "
                        "tại Hà Nội. Đồng chí Lê Minh Khải, Phó Trưởng ban Ban Tổ chức Trung ương, dự hội nghị. "
                        "Đồng chí Nguyễn Văn Hùng, Bí thư Tỉnh ủy Gia Lai, phát biểu."),
}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("merge")
    rows = ["doc\tsource\ttitle\tpublished"]
    for stem, (published, text) in ARTICLES.items():
        (folder / f"{stem}.txt").write_text(text, encoding="utf-8")
        rows.append(f"{stem}\tgenerated\t{stem}\t{published}")
    (folder / "SOURCES.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return folder


def _nodes(store, cls: str, label: str) -> dict[str, set[str]]:
    """Node IRI -> the articles that name it, for nodes of a class with a label."""
    rows = store.query(f"""SELECT ?e ?g WHERE {{ ?e a <{cls}> ; <http://www.w3.org/2004/02/skos/core#prefLabel> ?l .
                           FILTER (STR(?l) = "{label}") GRAPH ?g {{ ?e a <{cls}> }} }}""")
    found: dict[str, set[str]] = {}
    for row in rows:
        found.setdefault(row["e"], set()).add(row["g"].rsplit("/", 1)[-1])
    return found


@pytest.fixture(scope="module")
def store(corpus):
    return build_store([corpus]).store


def test_merge_same_official_body_and_event_across_articles_is_one_node(store):
    assert list(_nodes(store, PERSON, "Lê Minh Khải").values()) == [{"c", "d"}]
    assert list(_nodes(store, ORGANIZATION, "Ban Tổ chức Trung ương").values()) == [{"c", "d"}]
    assert list(_nodes(store, ORGANIZATION, "Tỉnh ủy Gia Lai").values()) == [{"a", "d"}]
    assert list(_nodes(store, EVENT, "Hội nghị tổng kết công tác dân vận năm 2023").values()) == [{"a", "d"}]


def test_merge_keeps_homonyms_with_posts_in_other_provinces_apart(store):
    people = _nodes(store, PERSON, "Nguyễn Văn Hùng")
    assert sorted(people.values(), key=sorted) == [{"a", "d"}, {"b", "c"}]
    cà_mau = next(iri for iri, articles in people.items() if articles == {"b", "c"})
    assert cà_mau.endswith("-ca-mau") and cà_mau[: -len("-ca-mau")] in people


def test_merge_party_document_numbers_include_the_issuer(store):
    documents = _nodes(store, DOCUMENT, "Nghị quyết số 05-NQ/TU")
    assert sorted(documents.values(), key=sorted) == [{"a"}, {"b"}]
    issuers = store.query("""SELECT ?d ?issuer WHERE { ?d <https://w3id.org/kgraph/ontology#issuedBy> ?b .
                             ?b <http://www.w3.org/2004/02/skos/core#prefLabel> ?l BIND(STR(?l) AS ?issuer) }""")
    by_document = {row["d"]: row["issuer"] for row in issuers if row["d"] in documents}
    assert sorted(by_document.values()) == ["Tỉnh ủy Cà Mau", "Tỉnh ủy Gia Lai"]


def test_merge_rules_hold_in_the_in_memory_graph_too(corpus, store):
    kg = build([corpus])
    assert sorted(kg.splits) == sorted(store.splits())
    assert len(kg.splits) == 2


def test_merge_homonyms_reported_at_any_time_apart_merge_when_a_year_apart(tmp_path):
    texts = {"x": ("2019-01-10", "Đồng chí Trần Quốc Bảo, Bí thư Tỉnh ủy Nghệ An, dự hội nghị."),
             "y": ("2024-01-10", "Đồng chí Trần Quốc Bảo, Bí thư Tỉnh ủy Hà Tĩnh, dự hội nghị.")}
    rows = ["doc\tsource\ttitle\tpublished"]
    for stem, (published, text) in texts.items():
        (tmp_path / f"{stem}.txt").write_text(text, encoding="utf-8")
        rows.append(f"{stem}\tgenerated\t{stem}\t{published}")
    (tmp_path / "SOURCES.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    store = build_store([tmp_path]).store
    # five years apart: an official moved from one province to another, one node
    assert list(_nodes(store, PERSON, "Trần Quốc Bảo").values()) == [{"x", "y"}]


def test_local_place_reads_the_province_of_a_local_body():
    assert local_place("Ủy ban nhân dân tỉnh Cà Mau") == "Cà Mau"
    assert local_place("Ban Tổ chức Trung ương") is None


def test_merge_report_lists_merges_and_kept_apart(store):
    report = merge_report(store.entity_rows())
    assert report["merged"]["Person"]["in_several_articles"] == 3
    assert {(item["type"], item["label"]) for item in report["apart"]} == {
        ("Person", "Nguyễn Văn Hùng"), ("Document", "Nghị quyết số 05-NQ/TU")}


def test_cli_stats_merges_on_store_and_file(corpus, tmp_path, capsys):
    assert main(["build", str(corpus), "-o", str(tmp_path / "out"), "--store", str(tmp_path / "store"), "-q",
                 "--format", "nq"]) == 0
    capsys.readouterr()
    assert main(["stats", str(tmp_path / "store"), "--merges"]) == 0
    from_store = capsys.readouterr().out
    assert "Kept apart (possible homonyms): 2" in from_store and "Nguyễn Văn Hùng" in from_store
    assert main(["stats", str(tmp_path / "out" / "graph.nq"), "--merges"]) == 0
    assert "Kept apart (possible homonyms): 2" in capsys.readouterr().out
