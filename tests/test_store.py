"""Oxigraph holds the same graph and gives the ready queries the same answers."""

from __future__ import annotations

import pytest

pytest.importorskip("pyoxigraph")

from kgraph.errors import InputError, KGraphError  # noqa: E402
from kgraph.export import export  # noqa: E402
from kgraph.graph import KnowledgeGraph  # noqa: E402
from kgraph.query import QUERIES_DIR, query  # noqa: E402
from kgraph.store import load_store, open_store, store_query  # noqa: E402

try:
    from test_graph import second_article
    from test_rdf import sample_document
except ImportError:  # tests/ became a package
    from tests.test_graph import second_article
    from tests.test_rdf import sample_document

READY = sorted(QUERIES_DIR.glob("*.rq"))


@pytest.fixture(scope="module")
def kg() -> KnowledgeGraph:
    graph = KnowledgeGraph()
    graph.add(sample_document())
    graph.add(second_article(former=True))
    return graph


def _rows(rows):
    return sorted(tuple(sorted(row.items())) for row in rows)


def test_store_ready_queries_exist():
    assert {path.stem for path in READY} >= {
        "officials_of_body", "person_posts_over_time", "events_by_organizer", "documents_by_issuer", "provenance",
    }


@pytest.mark.parametrize("path", READY, ids=lambda p: p.stem)
def test_store_ready_query_answers_match_rdflib(kg, path):
    store = load_store(kg)
    expected = query(kg, path)
    assert expected, f"{path.name} gives no rows on the sample: the comparison would prove nothing"
    assert _rows(store_query(store, path)) == _rows(expected)


def test_store_keeps_one_named_graph_per_article(kg):
    store = load_store(kg)
    names = {row["g"] for row in store_query(store, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")}
    assert names == {"https://w3id.org/kgraph/id/article/btctw-so-ket-2021",
                     "https://w3id.org/kgraph/id/article/gia-lai-2023"}
    assert len(store) == sum(len(g) for g in kg.dataset.graphs())


@pytest.mark.parametrize("ext", ["ttl", "nt", "nq", "trig", "jsonld", "rdf"])
def test_store_loads_saved_files(kg, tmp_path, ext):
    store = load_store(export(kg, tmp_path / f"graph.{ext}", format=ext))
    officials = QUERIES_DIR / "officials_of_body.rq"
    assert _rows(store_query(store, officials)) == _rows(query(kg, officials))


def test_store_on_disk_persists(kg, tmp_path):
    store = load_store(kg, open_store(tmp_path / "oxigraph"))
    count = len(store)
    del store
    assert len(open_store(tmp_path / "oxigraph")) == count


def test_store_reports_bad_input(kg, tmp_path):
    with pytest.raises(InputError):
        load_store(tmp_path / "missing.nq")
    with pytest.raises(KGraphError, match="invalid SPARQL"):
        store_query(load_store(kg), "SELEKT ?x WHERE { ?x ?y ?z }")


def _order_keys(path, rows):
    """Each row's ORDER BY values, in the order the rows came (ties may come in any order)."""
    import re

    keys = re.search(r"^ORDER BY (.+)$", path.read_text(encoding="utf-8"), re.MULTILINE).group(1).split()
    return [tuple(row.get(key.lstrip("?"), "") for key in keys) for row in rows]


@pytest.fixture(scope="module")
def seed_kg() -> KnowledgeGraph:
    from kgraph.graph import build

    try:
        from helpers import SEED
    except ImportError:  # tests/ became a package
        from tests.helpers import SEED
    return build([SEED])


@pytest.mark.parametrize("path", READY, ids=lambda p: p.stem)
def test_store_ready_query_gives_rdflibs_rows_in_its_order_on_the_seed(seed_kg, path):
    from kgraph.store import ArticleStore

    expected = query(seed_kg, path)
    article_store = ArticleStore(keep_text=False)
    for doc_id in seed_kg.documents:
        article_store.add_ntriples(doc_id, seed_kg.article(doc_id).serialize(format="nt"))
    for got in (store_query(load_store(seed_kg), path), article_store.query(path)):
        assert _rows(got) == _rows(expected)
        assert _order_keys(path, got) == _order_keys(path, expected)
    if path.stem == "provenance":
        assert len(expected) >= 5 and len({row["sentence"] for row in expected}) >= 3
