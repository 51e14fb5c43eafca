"""The build's scaling path: bulk-loaded on-disk stores, the page's view read from the store, native exports."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from helpers import SEED, write_articles
from rdflib import Dataset, Literal, URIRef
from rdflib.compare import isomorphic

from kgraph.export import load
from kgraph.graph import build, build_store
from kgraph.rdf import article_iri
from kgraph.store import META_GRAPH, ArticleStore

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

BEGIN = URIRef("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#beginIndex")
NON_NEGATIVE = URIRef("http://www.w3.org/2001/XMLSchema#nonNegativeInteger")

ARTICLES = {
    "tin-1": "Sáng 12/4, Tỉnh ủy Bình Định tổ chức Hội nghị sơ kết công tác kiểm tra. "
             "Đồng chí Hồ Quốc Dũng, Bí thư Tỉnh ủy Bình Định, chủ trì hội nghị.",
    "tin-2": "Tỉnh ủy Bình Định ban hành Kết luận số 45-KL/TU về công tác cán bộ. "
             "Đồng chí Hồ Quốc Dũng, Bí thư Tỉnh ủy Bình Định, ký kết luận.",
    "tin-3": "Chiều 20/5, Ban Tuyên giáo Trung ương tổ chức Hội nghị tập huấn tại Đà Nẵng. "
             "Đồng chí Phan Xuân Thủy, Phó Trưởng ban Tuyên giáo Trung ương, phát biểu khai mạc.",
}


def _corpus(folder: Path) -> Path:
    return write_articles(folder, ARTICLES)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return _corpus(tmp_path_factory.mktemp("corpus"))


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    from corpus import write_corpus

    return write_corpus(tmp_path_factory.mktemp("generated"), 40)


def _quads(store) -> set[str]:
    return {str(q) for q in store}


def test_bulk_loaded_disk_store_holds_the_same_quads_as_the_memory_store(generated, tmp_path):
    in_memory = build_store([generated]).store
    on_disk = build_store([generated], ArticleStore(tmp_path / "store", batch=7)).store  # several bulk loads
    assert _quads(on_disk.store) == _quads(in_memory.store)
    assert _quads(on_disk.union) == _quads(in_memory.union)
    assert len(on_disk) == len(in_memory) > 1000
    assert on_disk.documents() == in_memory.documents()
    assert on_disk.splits() == in_memory.splits()


def test_bulk_loaded_store_rerun_is_idempotent_and_replaces_a_changed_article(tmp_path):
    corpus = _corpus(tmp_path / "corpus")
    folder = tmp_path / "store"
    first = build_store([corpus], folder)
    before = _quads(first.store.store), _quads(first.store.union)
    del first
    again = build_store([corpus], folder)
    assert again.added == [] and sorted(again.unchanged) == sorted([*ARTICLES, SEED.stem])
    assert (_quads(again.store.store), _quads(again.store.union)) == before
    del again
    (corpus / "tin-3.txt").write_text(ARTICLES["tin-3"].replace("Đà Nẵng", "Huế"), encoding="utf-8")
    third = build_store([corpus], folder)
    assert third.added == ["tin-3"]
    expected = build([corpus])
    assert isomorphic(third.store.to_rdflib().graph(article_iri("tin-3")), expected.article("tin-3"))


def _same_view(got, expected) -> None:
    assert got.graph == expected.graph
    assert list(got.nodes(data=True)) == list(expected.nodes(data=True))
    assert list(got.edges(keys=True, data=True)) == list(expected.edges(keys=True, data=True))


def test_page_view_read_from_the_store_equals_the_rdflib_view(corpus):
    from kgraph.views import to_networkx

    kg = build([corpus])
    store = build_store([corpus]).store
    view = to_networkx(store)
    _same_view(view, to_networkx(kg))
    assert any(d["predicate"] == "holds_position" and d["evidence"] for _, _, d in view.edges(data=True))
    assert {d["type"] for _, d in view.nodes(data=True)} >= {"Person", "Organization", "Event", "Document"}


def test_page_view_read_from_the_store_equals_the_rdflib_view_on_a_generated_corpus(generated):
    from kgraph.views import to_networkx

    store = build_store([generated]).store
    expected = to_networkx(store.union_graph())
    got = to_networkx(store)
    # where articles give one document different dates, rdflib's pick is arbitrary; the store's is the earliest
    for node, data in expected.nodes(data=True):
        if data["date"] != got.nodes[node]["date"]:
            data["date"] = got.nodes[node]["date"]
    _same_view(got, expected)
    assert got.number_of_edges() > 100


@pytest.mark.parametrize("where", ["memory", "disk"])
def test_ready_queries_give_rdflibs_rows_in_its_order_on_a_generated_corpus(generated, tmp_path, where):
    """The queries as shipped, on the store's union and on rdflib over the same articles' graphs."""
    from kgraph.query import QUERIES_DIR, query

    store = build_store([generated], None if where == "memory" else ArticleStore(tmp_path / "store")).store
    dataset = store.to_rdflib()
    for path in sorted(QUERIES_DIR.glob("*.rq")):
        expected = query(dataset, path, timeout=None, limit=None)
        got = store.query(path)
        assert sorted(map(_row, got)) == sorted(map(_row, expected)), path.stem
        keys = re.search(r"^ORDER BY (.+)$", path.read_text(encoding="utf-8"), re.MULTILINE).group(1).split()
        assert [_keys(row, keys) for row in got] == [_keys(row, keys) for row in expected], path.stem
        if path.stem == "provenance":  # many facts, several articles, posts and statements
            assert len(got) > 300 and len({row["identifier"] for row in got}) > 20
            assert {row["predicate"] for row in got} >= {"http://www.w3.org/ns/org#memberOf",
                                                          "https://schema.org/organizer"}


def _row(row: dict) -> tuple:
    return tuple(sorted(row.items()))


def _keys(row: dict, keys: list[str]) -> tuple:
    return tuple(row.get(key.lstrip("?"), "") for key in keys)


@pytest.mark.parametrize("ext", ["nt", "nq", "rdf", "jsonld"])
def test_native_exports_keep_offsets_typed_and_each_article_graph(corpus, tmp_path, ext):
    kg = build([corpus])
    store = build_store([corpus], ArticleStore(tmp_path / "store")).store
    written = load(store.dump(tmp_path / f"graph.{ext}", format=ext))
    offsets = [o for _, _, o in written.triples((None, BEGIN, None))]
    assert offsets and all(isinstance(o, Literal) and o.datatype == NON_NEGATIVE for o in offsets)
    if ext in ("nq", "jsonld"):
        names = {g.identifier for g in written.graphs() if len(g)}
        assert URIRef(META_GRAPH) not in names
        assert names == {article_iri(doc_id) for doc_id in kg.documents}
        for doc_id in kg.documents:
            assert isomorphic(written.graph(article_iri(doc_id)), kg.article(doc_id))
    else:
        flat = Dataset()
        for triple in kg.dataset.triples((None, None, None)):
            flat.add(triple)
        assert set(written.triples((None, None, None))) == set(flat.triples((None, None, None)))


def test_cli_build_without_store_leaves_no_temporary_store(corpus, tmp_path, monkeypatch):
    import tempfile

    from kgraph.cli import main

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    assert main(["build", str(corpus), "-o", str(tmp_path / "out"), "-q", "--format", "ttl,nq"]) == 0
    assert not any(p.name.startswith("kgraph-store-") for p in (tmp_path / "tmp").iterdir())
    docs = sorted(p.stem for p in (tmp_path / "out" / "docs").glob("*.json"))
    assert docs == sorted([*ARTICLES, SEED.stem])
    page = (tmp_path / "out" / "graph.html").read_text(encoding="utf-8")
    assert "Hồ Quốc Dũng" in page and re.search(r"Bí thư", page)


def test_temporary_store_without_article_graphs_holds_the_same_union_and_refuses_quad_formats(corpus, tmp_path):
    from kgraph.errors import KGraphError
    from kgraph.views import to_networkx

    full = build_store([corpus], ArticleStore.temporary()).store
    lean = build_store([corpus], ArticleStore.temporary(keep_graphs=False)).store
    assert _quads(lean.union) == _quads(full.union)
    assert lean.article_graphs() == [] and lean.documents() == full.documents()
    _same_view(to_networkx(lean), to_networkx(full))
    with pytest.raises(KGraphError, match="per-article graphs"):
        lean.dump(tmp_path / "graph.nq", format="nq")
    folders = [lean.path, full.path]
    lean.close()
    full.close()
    assert not any(folder.exists() for folder in folders)

