"""The store's N-Triples, N-Quads and RDF/XML kept as text (kgraph.store_text): the same graphs as rdflib writes."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from helpers import flat_union, write_articles
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic

from kgraph.export import load
from kgraph.graph import build, build_store
from kgraph.rdf import article_iri
from kgraph.store import ArticleStore

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

KEPT = ["nt", "nq", "rdf", "jsonld"]
RDFLIB = {"nt": "nt", "nq": "nquads", "rdf": "xml", "jsonld": "json-ld"}

ARTICLES = {
    "bai-a": "Sáng 14/3, Tỉnh ủy Nghệ An tổ chức Hội nghị quán triệt nghị quyết tại thành phố Vinh. "
             "Đồng chí Nguyễn Đức Trung, Phó Bí thư Tỉnh ủy Nghệ An, chủ trì hội nghị.",
    "bai-b": "Tỉnh ủy Nghệ An ban hành Chỉ thị số 21-CT/TU về công tác phòng, chống tham nhũng. "
             "Đồng chí Nguyễn Đức Trung, Phó Bí thư Tỉnh ủy Nghệ An, ký chỉ thị.",
    "bai-c": "Chiều 2/8, Ban Dân vận Trung ương tổ chức Hội thảo \"Dân vận khéo\" tại Hà Nội. "
             "Đồng chí Bùi Thị Minh Hoài, Trưởng ban Dân vận Trung ương, phát biểu khai mạc.",
}


def _corpus(folder: Path, articles: dict[str, str] = ARTICLES, seed: bool = True) -> Path:
    return write_articles(folder, articles, seed)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return _corpus(tmp_path_factory.mktemp("corpus"))


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    from corpus import write_corpus

    return write_corpus(tmp_path_factory.mktemp("generated"), 30)


def _text_files(store: ArticleStore) -> list[str]:
    return sorted(p.name for p in store._text.folder.iterdir())


def _same_as_rdflib(written: Path, ext: str, kg_dataset: Dataset, graphs: set) -> None:
    """What the store wrote against what rdflib's own serializer writes from the same graph."""
    back = load(written)
    rdflib_written = Dataset(default_union=True)
    rdflib_written.parse(data=kg_dataset.serialize(format=RDFLIB[ext]), format=RDFLIB[ext])
    assert isomorphic(flat_union(back), flat_union(rdflib_written))
    if ext in ("nq", "jsonld"):
        assert {g.identifier for g in back.graphs() if len(g)} == graphs
        for name in graphs:
            assert isomorphic(back.graph(name), kg_dataset.graph(name))


@pytest.mark.parametrize("ext", KEPT)
def test_kept_text_writes_the_same_graph_as_rdflib_on_the_seed(corpus, tmp_path, ext):
    kg = build([corpus])
    store = build_store([corpus], ArticleStore(tmp_path / "store", batch=2)).store  # several batches appended
    assert store._text.valid and "union.nt" in _text_files(store)
    names = {article_iri(doc_id) for doc_id in kg.documents}
    _same_as_rdflib(store.dump(tmp_path / f"graph.{ext}", format=ext), ext, kg.dataset, names)


@pytest.mark.parametrize("ext", KEPT)
def test_kept_text_equals_the_store_indexes_dump_on_generated_articles(generated, tmp_path, ext):
    store = build_store([generated], ArticleStore(batch=7)).store
    kept = load(store.dump(tmp_path / f"kept.{ext}", format=ext))
    store._text.drop()  # from now on the store writes from its indexes (Oxigraph's dump)
    native = load(store.dump(tmp_path / f"native.{ext}", format=ext))
    assert set(kept.quads((None, None, None, None))) == set(native.quads((None, None, None, None)))
    assert len(flat_union(kept)) == len(store) > 1000
    dataset = store.to_rdflib()  # rdflib's serializer on the same graph
    names = {URIRef(name) for name in store.article_graphs()}
    _same_as_rdflib(tmp_path / f"kept.{ext}", ext, dataset, names)


def test_kept_union_states_each_triple_once(generated, tmp_path):
    store = build_store([generated], ArticleStore(batch=5)).store
    lines = store.dump(tmp_path / "union.nt", format="nt").read_text(encoding="utf-8").splitlines()
    assert len(lines) == len(set(lines)) == len(store)
    quads = store.dump(tmp_path / "articles.nq", format="nq").read_text(encoding="utf-8").splitlines()
    assert len(quads) > len(lines)  # shared triples once per article that states them


NT = """\
<https://w3id.org/kgraph/id/person/tran-van-a> <http://www.w3.org/2004/02/skos/core#prefLabel> "Trần Văn A"@vi .
<https://w3id.org/kgraph/id/person/tran-van-a> <http://www.w3.org/2004/02/skos/core#altLabel> "Tran Van A"@en .
<https://w3id.org/kgraph/id/person/tran-van-a> <http://example.org/vocab/ghiChu> "Câu có \\"ngoặc kép\\", gạch \\\\ chéo,\\nxuống dòng,\\ttab và <&> trong XML" .
<https://w3id.org/kgraph/id/article/x> <http://purl.org/dc/terms/date> "2024-05-19"^^<http://www.w3.org/2001/XMLSchema#date> .
<https://w3id.org/kgraph/id/article/x#char=0,12> <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#beginIndex> "0"^^<http://www.w3.org/2001/XMLSchema#nonNegativeInteger> .
<https://w3id.org/kgraph/id/article/x#char=0,12> <http://example.org/vocab/diem> "7.5"^^<http://example.org/vocab/thang-diem> .
<https://w3id.org/kgraph/id/article/x> <http://example.org/vocab/nguon> _:nguon .
_:nguon <http://www.w3.org/2000/01/rdf-schema#label> "Báo Nhân Dân" .
"""


@pytest.mark.parametrize("ext", KEPT)
def test_kept_text_keeps_escapes_language_tags_datatypes_and_blank_nodes(tmp_path, ext):
    store = ArticleStore(tmp_path / "store")
    store.add_ntriples("x", NT, "h1")
    written = load(store.dump(tmp_path / f"graph.{ext}", format=ext))
    assert store._text.valid
    expected = Graph().parse(data=NT, format="nt")
    assert isomorphic(flat_union(written), expected)
    note = next(o for _, _, o in written.triples((None, URIRef("http://example.org/vocab/ghiChu"), None)))
    assert str(note) == 'Câu có "ngoặc kép", gạch \\ chéo,\nxuống dòng,\ttab và <&> trong XML'
    label = next(o for _, _, o in written.triples((None, URIRef("http://www.w3.org/2004/02/skos/core#altLabel"), None)))
    assert label == Literal("Tran Van A", lang="en")
    assert any(isinstance(s, BNode) for s, _, _ in written.triples((None, None, None)))


def test_reopened_store_appends_to_its_text_and_writes_every_article(tmp_path):
    folder = _corpus(tmp_path / "corpus", dict(list(ARTICLES.items())[:2]), seed=False)
    first = build_store([folder], tmp_path / "store").store
    assert first._text.valid
    del first
    (folder / "bai-c.txt").write_text(ARTICLES["bai-c"], encoding="utf-8")
    again = build_store([folder], tmp_path / "store")
    assert again.added == ["bai-c"] and again.store._text.valid
    kg = build([folder])
    names = {article_iri(doc_id) for doc_id in kg.documents}
    for ext in KEPT:
        _same_as_rdflib(again.store.dump(tmp_path / f"graph.{ext}", format=ext), ext, kg.dataset, names)


def test_replaced_article_drops_the_text_and_the_indexes_write_the_new_graph(tmp_path):
    folder = _corpus(tmp_path / "corpus", seed=False)
    store = build_store([folder], tmp_path / "store").store
    (folder / "bai-b.txt").write_text("Tỉnh ủy Nghệ An ban hành Chỉ thị số 21-CT/TU về công tác cán bộ.",
                                      encoding="utf-8")
    again = build_store([folder], store)
    assert again.added == ["bai-b"] and not store._text.valid and _text_files(store) == []
    kg = build([folder])
    names = {article_iri(doc_id) for doc_id in kg.documents}
    for ext in KEPT:
        _same_as_rdflib(store.dump(tmp_path / f"graph.{ext}", format=ext), ext, kg.dataset, names)
    del store, again
    reopened = ArticleStore(tmp_path / "store")
    _same_as_rdflib(reopened.dump(tmp_path / "again.nt", format="nt"), "nt", kg.dataset, names)
    assert not reopened._text.valid  # stale once, stale for good: the indexes write from now on


def test_text_not_covering_every_stored_article_is_not_used(tmp_path):
    folder = _corpus(tmp_path / "corpus", seed=False)
    store = build_store([folder], ArticleStore(tmp_path / "store", batch=1)).store
    state_file = store._text.folder / "state.json"
    del store
    state = json.loads(state_file.read_text(encoding="utf-8"))
    state["articles"] -= 1  # as if the run was cut between storing a batch and appending its text
    state_file.write_text(json.dumps(state), encoding="utf-8")
    reopened = ArticleStore(tmp_path / "store")
    kg = build([folder])
    names = {article_iri(doc_id) for doc_id in kg.documents}
    for ext in KEPT:
        _same_as_rdflib(reopened.dump(tmp_path / f"graph.{ext}", format=ext), ext, kg.dataset, names)
    assert not reopened._text.valid


def _rows(rows):
    return sorted(tuple(sorted(row.items())) for row in rows)


PEOPLE = ("SELECT ?name WHERE { ?p a <https://w3id.org/kgraph/ontology#Person> ; "
          "<http://www.w3.org/2004/02/skos/core#prefLabel> ?label BIND(STR(?label) AS ?name) }")


@pytest.mark.parametrize("stale", [False, True], ids=["from-kept-text", "from-the-dump"])
def test_union_held_in_memory_answers_like_the_disk_and_rdflib_until_an_article_is_added(tmp_path, stale):
    from kgraph.query import QUERIES_DIR, query

    folder = _corpus(tmp_path / "corpus", dict(list(ARTICLES.items())[:2]))
    store = build_store([folder], tmp_path / "store").store
    if stale:
        store._text.drop()
    kg = build([folder])
    ready = sorted(QUERIES_DIR.glob("*.rq"))
    on_disk = {path.stem: _rows(store.query(path)) for path in ready}
    store.hold_union_in_memory()
    assert store._union_copy is not None
    for path in ready:
        assert _rows(store.query(path)) == on_disk[path.stem] == _rows(query(kg, path)), path.stem
    people = {r["name"] for r in store.query(PEOPLE)}
    assert people == {r["name"] for r in query(kg, PEOPLE)} and "Nguyễn Đức Trung" in people
    assert "Bùi Thị Minh Hoài" not in people
    (folder / "bai-c.txt").write_text(ARTICLES["bai-c"], encoding="utf-8")
    build_store([folder], store)
    assert store._union_copy is None  # dropped with the change: the new article is seen
    assert "Bùi Thị Minh Hoài" in {r["name"] for r in store.query(PEOPLE)}


def test_store_without_kept_text_writes_the_same_files_from_its_indexes(corpus, tmp_path):
    kept = build_store([corpus], ArticleStore(tmp_path / "kept")).store
    lean = build_store([corpus], ArticleStore(tmp_path / "lean", keep_text=False)).store
    assert not (tmp_path / "lean" / "text").exists() and not lean._text.valid
    for ext in KEPT:
        a = load(kept.dump(tmp_path / f"kept.{ext}", format=ext))
        b = load(lean.dump(tmp_path / f"lean.{ext}", format=ext))
        assert set(a.quads((None, None, None, None))) == set(b.quads((None, None, None, None)))


def test_store_keeps_only_the_formats_asked_and_writes_the_others_from_its_indexes(corpus, tmp_path):
    full = build_store([corpus], ArticleStore(tmp_path / "full")).store
    only_rdf = build_store([corpus], ArticleStore(tmp_path / "rdf", keep_text=["rdf"])).store
    assert sorted(p.name for p in (tmp_path / "rdf" / "text").glob("union.*")) == ["union.nt", "union.rdf-body"]
    assert not (tmp_path / "rdf" / "text" / "articles.nq").exists()
    for ext in KEPT:
        a = load(full.dump(tmp_path / f"full.{ext}", format=ext))
        b = load(only_rdf.dump(tmp_path / f"rdf.{ext}", format=ext))
        assert set(a.quads((None, None, None, None))) == set(b.quads((None, None, None, None)))


def test_cli_build_keeps_the_text_of_the_formats_it_writes(corpus, tmp_path):
    from kgraph.cli import main

    kg = build([corpus])
    assert main(["build", str(corpus), "-o", str(tmp_path / "out"), "-q", "--format", "nt,rdf,nq,jsonld,ttl"]) == 0
    names = {article_iri(doc_id) for doc_id in kg.documents}
    for ext in KEPT:
        _same_as_rdflib(tmp_path / "out" / f"graph.{ext}", ext, kg.dataset, names)
