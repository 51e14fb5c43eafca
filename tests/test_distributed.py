"""Past one machine: extraction on a Dask cluster, graphs pushed to a real Oxigraph server."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from helpers import flat_union
from rdflib.compare import isomorphic

from kgraph.graph import build_store, extract_results
from kgraph.query import QUERIES_DIR
from kgraph.store import remote_query

try:
    from test_store_build import ARTICLES, _corpus, _rows
except ImportError:  # tests/ became a package
    from tests.test_store_build import ARTICLES, _corpus, _rows

READY = sorted(QUERIES_DIR.glob("*.rq"))


@pytest.fixture(scope="module")
def dask_client():
    distributed = pytest.importorskip("dask.distributed")
    cluster = distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False,
                                       dashboard_address=None)
    client = distributed.Client(cluster)
    yield client
    client.close()
    cluster.close()


def test_dask_extraction_gives_the_serial_graph(tmp_path, dask_client):
    folder = _corpus(tmp_path)
    serial = build_store([folder])
    on_dask = build_store([folder], dask_scheduler=dask_client)
    assert on_dask.added == serial.added == ["bai-1", "bai-2", "bai-3"]
    assert isomorphic(flat_union(on_dask.store.to_rdflib()), flat_union(serial.store.to_rdflib()))
    assert on_dask.documents == serial.documents


def test_dask_by_scheduler_address_isolates_a_failing_article(dask_client):
    address = dask_client.scheduler.address
    results = list(extract_results([(ARTICLES["bai-1"], "bai-1", {}), (None, "hong", {})], dask_scheduler=address))
    assert [r.doc_id for r in results] == ["bai-1", "hong"]
    assert results[0].error is None and results[0].ntriples
    assert results[1].error and not results[1].ntriples


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def oxigraph_server(tmp_path):
    binary = shutil.which("oxigraph") or str(Path(sys.executable).parent / "oxigraph")
    if not Path(binary).exists():
        pytest.skip("the oxigraph server (PyPI package 'oxigraph') is not installed")
    port = _free_port()
    process = subprocess.Popen([binary, "serve", "--location", str(tmp_path / "server"), "--bind",
                                f"127.0.0.1:{port}", "--union-default-graph"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            urllib.request.urlopen(f"{url}/query?query=ASK%7B%7D", timeout=2).read()
            break
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                pytest.fail(f"oxigraph serve did not start: {process.stderr.read().decode()[-500:]}")
            time.sleep(0.2)
    yield url
    process.terminate()
    process.wait(timeout=10)


def _count(url: str) -> int:
    return int(remote_query(f"{url}/query", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")[0]["n"])


def test_sparql_endpoint_round_trip_replaces_never_duplicates(tmp_path, oxigraph_server):
    url = oxigraph_server
    folder = _corpus(tmp_path / "corpus")
    first = build_store([folder], sparql_endpoint=f"{url}/store")
    graphs = {r["g"] for r in remote_query(f"{url}/query", "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")}
    assert graphs == set(first.store.article_graphs())
    quads = _count(url)
    assert quads == sum(len(first.store.graph_ntriples(doc_id).splitlines()) for doc_id in first.added)
    for path in READY:
        assert _rows(remote_query(f"{url}/query", path)) == _rows(first.store.query(path)), path.name
    assert remote_query(f"{url}/query", QUERIES_DIR / "officials_of_body.rq")
    again = build_store([folder], sparql_endpoint=f"{url}/store")  # a fresh store: every article is pushed again
    assert again.added == first.added
    assert _count(url) == quads
