"""Building into the Oxigraph article store: same graph as rdflib, idempotent, incremental, isolated failures."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import flat_union
from rdflib import Dataset
from rdflib.compare import isomorphic

from kgraph.export import FORMATS, QUAD_FORMATS, export, load
from kgraph.graph import build, build_store, extract_results
from kgraph.query import QUERIES_DIR, query
from kgraph.rdf import article_iri
from kgraph.store import ArticleStore

READY = sorted(QUERIES_DIR.glob("*.rq"))

ARTICLES = {
    "bai-1": "Sáng 3/3, Ban Tổ chức Trung ương tổ chức Hội nghị tổng kết công tác cán bộ tại Hà Nội. "
             "Đồng chí Mai Văn Chính, Phó Trưởng ban Thường trực Ban Tổ chức Trung ương, chủ trì hội nghị.",
    "bai-2": "Ban Tổ chức Trung ương ban hành Hướng dẫn số 12-HD/BTCTW về công tác cán bộ. "
             "Đồng chí Mai Văn Chính, Phó Trưởng ban Thường trực Ban Tổ chức Trung ương, ký hướng dẫn.",
    "bai-3": "Ngày 5/6, Tỉnh ủy Quảng Trị tổ chức Hội nghị sơ kết công tác dân vận. "
             "Đồng chí Lê Quang Tùng, Bí thư Tỉnh ủy Quảng Trị, phát biểu chỉ đạo.",
}


def _corpus(folder: Path, articles: dict[str, str] = ARTICLES) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for stem, text in articles.items():
        (folder / f"{stem}.txt").write_text(text, encoding="utf-8")
    return folder


def _rows(rows):
    return sorted(tuple(sorted(row.items())) for row in rows)


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    folder = _corpus(tmp_path_factory.mktemp("corpus"))
    return folder, build([folder]), build_store([folder])


def test_store_build_holds_the_same_graphs_as_rdflib(built):
    _, kg, result = built
    assert result.added == ["bai-1", "bai-2", "bai-3"] and not result.failures
    back = result.store.to_rdflib()
    for doc_id in kg.documents:
        name = article_iri(doc_id)
        assert isomorphic(back.graph(name), kg.article(doc_id))
    assert len(result.store) == len(kg)


@pytest.mark.parametrize("path", READY, ids=lambda p: p.stem)
def test_store_build_answers_ready_queries_like_rdflib(built, path):
    _, kg, result = built
    assert _rows(result.store.query(path)) == _rows(query(kg, path))


def test_store_build_ready_queries_are_not_empty(built):
    _, kg, result = built
    assert result.store.query(QUERIES_DIR / "officials_of_body.rq")
    assert result.store.query(QUERIES_DIR / "documents_by_issuer.rq")


@pytest.mark.parametrize("ext", sorted(FORMATS))
def test_oxigraph_export_writes_the_same_triples_as_rdflib(built, tmp_path, ext):
    _, kg, result = built
    from_store = load(result.store.dump(tmp_path / f"store.{ext}", format=ext))
    from_kg = load(export(kg, tmp_path / f"kg.{ext}", format=ext))
    rdflib_written = Dataset(default_union=True)
    rdflib_format = {"ttl": "turtle", "nt": "nt", "nq": "nquads", "trig": "trig", "jsonld": "json-ld", "rdf": "xml"}
    data = kg.dataset.serialize(format=rdflib_format[ext])
    rdflib_written.parse(data=data, format=rdflib_format[ext])
    for written in (from_store, from_kg):
        assert isomorphic(flat_union(written), flat_union(rdflib_written))
        if ext in QUAD_FORMATS:
            assert {g.identifier for g in written.graphs() if len(g)} == {article_iri(d) for d in ARTICLES}


def test_store_build_second_run_changes_nothing_and_new_article_alone_is_extracted(tmp_path):
    folder = _corpus(tmp_path / "corpus")
    first = build_store([folder], tmp_path / "store")
    size, hashes = len(first.store), first.store.hashes()
    del first
    again = build_store([folder], tmp_path / "store")
    assert again.added == [] and again.unchanged == ["bai-1", "bai-2", "bai-3"]
    assert len(again.store) == size and again.store.hashes() == hashes
    del again
    (folder / "bai-4.txt").write_text("Đồng chí Lê Quang Tùng, Bí thư Tỉnh ủy Quảng Trị, dự lễ khánh thành "
                                       "cầu tại huyện Hướng Hóa.", encoding="utf-8")
    more = build_store([folder], tmp_path / "store")
    assert more.added == ["bai-4"] and more.unchanged == ["bai-1", "bai-2", "bai-3"]
    assert len(more.store.article_graphs()) == 4


def test_store_build_replaces_a_changed_article_and_keeps_shared_triples(tmp_path):
    folder = _corpus(tmp_path / "corpus")
    result = build_store([folder])
    people = "SELECT ?name WHERE { ?p a <https://w3id.org/kgraph/ontology#Person> ; " \
             "<http://www.w3.org/2004/02/skos/core#prefLabel> ?label BIND(STR(?label) AS ?name) }"
    assert {r["name"] for r in result.store.query(people)} == {"Mai Văn Chính", "Lê Quang Tùng"}
    (folder / "bai-3.txt").write_text("Ngày 5/6, Tỉnh ủy Quảng Trị tổ chức Hội nghị sơ kết công tác dân vận.",
                                      encoding="utf-8")
    (folder / "bai-1.txt").write_text("Ban Tổ chức Trung ương tổ chức hội nghị tại Hà Nội.", encoding="utf-8")
    again = build_store([folder], result.store)
    assert again.added == ["bai-1", "bai-3"] and again.unchanged == ["bai-2"]
    # Mai Văn Chính is still named by bai-2; Lê Quang Tùng is gone with the old bai-3
    assert {r["name"] for r in again.store.query(people)} == {"Mai Văn Chính"}
    expected = build([folder])
    assert len(again.store) == len(expected)
    assert isomorphic(flat_union(again.store.to_rdflib()), flat_union(expected.dataset))


def test_article_store_remove_drops_only_triples_no_other_article_holds():
    store = ArticleStore()
    kg = build(list(ARTICLES.values()))
    for doc_id in kg.documents:
        store.add_ntriples(doc_id, kg.article(doc_id).serialize(format="nt"), "h")
    first = next(iter(kg.documents))
    store.remove(first)
    kg.remove(first)
    assert len(store) == len(kg)
    assert isomorphic(flat_union(store.to_rdflib()), flat_union(kg.dataset))


def test_extraction_isolates_a_failing_article_in_every_mode():
    good = (ARTICLES["bai-3"], "bai-3", {})
    bad = (None, "hong", {})  # not a text: extraction raises
    for jobs in (1, 2):
        results = list(extract_results([good, bad, good], jobs=jobs))
        assert [r.doc_id for r in results] == ["bai-3", "hong", "bai-3"]
        assert results[1].error and "hong" not in results[1].error
        assert results[0].error is None and results[0].ntriples == results[2].ntriples


def test_store_build_in_worker_processes_equals_serial(tmp_path):
    folder = _corpus(tmp_path)
    serial, parallel = build_store([folder]), build_store([folder], jobs=2)
    assert parallel.added == serial.added
    assert isomorphic(flat_union(serial.store.to_rdflib()), flat_union(parallel.store.to_rdflib()))
    assert parallel.documents == serial.documents


def test_store_export_passes_the_shacl_shapes(built, tmp_path):
    pytest.importorskip("pyshacl")
    from kgraph.rdf import validate

    _, _, result = built
    conforms, report = validate(load(result.store.dump(tmp_path / "graph.trig", format="trig")))
    assert conforms, report


def test_store_union_graph_gives_the_same_networkx_view(built):
    from kgraph.views import to_networkx

    _, kg, result = built
    expected, got = to_networkx(kg), to_networkx(result.store.union_graph())
    assert dict(got.nodes(data=True)) == dict(expected.nodes(data=True))
    assert sorted(got.edges(keys=True, data=True), key=str) == sorted(expected.edges(keys=True, data=True), key=str)
    assert any(d["predicate"] == "holds_position" for _, _, d in got.edges(data=True))


def test_cli_build_with_store_rerun_skips_and_still_writes_everything(tmp_path, capsys):
    import json

    from kgraph.cli import main

    folder = _corpus(tmp_path / "corpus")
    args = ["build", str(folder), "--store", str(tmp_path / "store"), "-q", "--format", "ttl,nq"]
    assert main(args + ["-o", str(tmp_path / "one")]) == 0
    assert main(args + ["-o", str(tmp_path / "two")]) == 0
    assert "3 unchanged article(s) kept from the store" in capsys.readouterr().err
    for name in ("graph.ttl", "graph.nq"):
        assert isomorphic(flat_union(load(tmp_path / "one" / name)), flat_union(load(tmp_path / "two" / name)))
    docs = sorted(p.name for p in (tmp_path / "two" / "docs").glob("*.json"))
    assert docs == ["bai-1.json", "bai-2.json", "bai-3.json"]
    assert json.loads((tmp_path / "two" / "docs" / "bai-1.json").read_text(encoding="utf-8")) == \
        json.loads((tmp_path / "one" / "docs" / "bai-1.json").read_text(encoding="utf-8"))
    assert main(["query", str(tmp_path / "store"), "@" + str(QUERIES_DIR / "officials_of_body.rq"), "--json"]) == 0
    assert "Mai Văn Chính" in capsys.readouterr().out
    assert main(["viz", str(tmp_path / "store"), "-o", str(tmp_path / "viz.html")]) == 0
    assert "Mai Văn Chính" in (tmp_path / "viz.html").read_text(encoding="utf-8")
    assert main(["query", str(tmp_path / "corpus"), "SELECT * WHERE { ?s ?p ?o }"]) == 2


def test_store_query_refuses_service_and_honours_the_row_limit(built):
    from kgraph.query import QueryRefused

    _, _, result = built
    with pytest.raises(QueryRefused):
        result.store.query("SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }")
    cut = result.store.run_query("SELECT ?s WHERE { ?s ?p ?o }", limit=5)
    assert cut.truncated and len(cut.rows) == 5
    whole = result.store.run_query(QUERIES_DIR / "officials_of_body.rq", limit=0)
    assert not whole.truncated and {str(row["name"]) for row in whole.rows} == {"Mai Văn Chính"}
