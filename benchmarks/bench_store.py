"""Loading, exports and the ready queries on the Oxigraph store, in memory and on disk, against rdflib.

Usage: python benchmarks/bench_store.py [--articles 1000 2000] [--formats nt,nq,rdf,jsonld,trig,ttl]
                                        [--no-exports] [--no-queries] [--rdflib-formats nt,nq,rdf,jsonld]

The corpus (``benchmarks/corpus.py``) is extracted once (``-j 2``); the
workers' N-Triples are then loaded into an in-memory ArticleStore and into an
on-disk one (``--store DIR``: bulk-loaded), each timed, and once more into
a memory store that keeps no text beside it (``keep_text=False``: what
keeping the N-Triples, N-Quads, RDF/XML and JSON-LD text costs the load).
Every format is written from both stores (``memory``, ``disk``), from that
store without text (``indexes``: Oxigraph's serializers reading its
indexes), and by rdflib's serializer from the same graph (the
store's articles as an rdflib Dataset; triple formats from its union), and
the files are checked to hold the same triples (parsed back, compared as
sets: kgraph's graphs have no blank nodes) and, for quad formats, the same
named graphs. Each ready query (``examples/queries/``, with a body and a
person of the corpus) runs on both stores and on rdflib, then on the disk
store again after ``hold_union_in_memory()`` (its load timed); the rows must
be the same. One run, ratios from the same run; note ``uptime`` beside them.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
_RDFLIB = {"ttl": "turtle", "nt": "nt", "nq": "nquads", "trig": "trig", "jsonld": "json-ld", "rdf": "xml"}


def _rss_mb() -> int:
    with open("/proc/self/status") as status:
        return int(status.read().split("VmRSS:")[1].split()[0]) // 1024


def _timed(action):
    start = time.perf_counter()
    value = action()
    return time.perf_counter() - start, value


def _digest(rows: list[dict]) -> str:
    return hashlib.sha1(json.dumps(sorted(json.dumps(r, sort_keys=True) for r in rows)).encode()).hexdigest()[:12]


def _content(path: Path, ext: str) -> tuple[set, set]:
    """The triples (and the named graphs) a written file holds, parsed back with rdflib."""
    from rdflib import Dataset

    data = Dataset()
    data.parse(str(path), format=_RDFLIB[ext])
    triples = {(s, p, o) for s, p, o, _ in data.quads((None, None, None, None))}
    graphs = {str(g.identifier) for g in data.graphs() if len(g)} - {"urn:x-rdflib:default"}
    return triples, graphs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, nargs="+", default=[1000])
    parser.add_argument("--formats", default="nt,nq,rdf,jsonld,trig,ttl")
    parser.add_argument("--rdflib-formats", default="nt,nq,rdf,jsonld,trig",
                        help="formats also written by rdflib (its Turtle takes minutes: quadratic in articles)")
    parser.add_argument("--no-exports", action="store_true")
    parser.add_argument("--no-queries", action="store_true")
    parser.add_argument("--no-check", action="store_true", help="skip parsing the files back to compare them")
    args = parser.parse_args()
    sys.path.insert(0, str(HERE))
    from bench_build import _corpus_query
    from corpus import write_corpus
    from rdflib import Graph

    from kgraph.graph import extract_results
    from kgraph.query import QUERIES_DIR, query
    from kgraph.sources import read_sources
    from kgraph.store import ArticleStore

    for count in args.articles:
        with tempfile.TemporaryDirectory() as tmp:
            tmp = Path(tmp)
            corpus = write_corpus(tmp / "corpus", count)
            results = [r for r in extract_results(read_sources([corpus]), jobs=2) if r.error is None]
            print(f"\n## {count} articles ({len(results)} extracted), RSS {_rss_mb()} MB")
            stores = {}
            for where in ("memory", "disk"):
                before = _rss_mb()

                def load(where=where, results=results):
                    store = ArticleStore(None if where == "memory" else tmp / "store")
                    for r in results:
                        store.add_ntriples(r.doc_id, r.ntriples, r.content_hash, json.dumps(r.json, ensure_ascii=False))
                    store.optimize()  # as build_store does (compacts an on-disk union)
                    return store
                seconds, stores[where] = _timed(load)
                print(f"  load into the {where} store: {seconds:7.2f} s, RSS +{_rss_mb() - before} MB")

            def lean(results=results):
                store = ArticleStore(None, keep_text=False)
                for r in results:
                    store.add_ntriples(r.doc_id, r.ntriples, r.content_hash, json.dumps(r.json, ensure_ascii=False))
                store.commit()
                return store
            seconds, lean_store = _timed(lean)
            print(f"  load into a memory store keeping no text (keep_text=False): {seconds:7.2f} s")
            del results
            seconds, dataset = _timed(stores["memory"].to_rdflib)
            print(f"  (rdflib Dataset of the same graph: {seconds:.1f} s, {len(stores['memory']):,} triples)")
            if not args.no_exports:
                flat = None
                print(f"  {'format':<8}{'memory':>9}{'disk':>9}{'indexes':>9}{'rdflib':>9}{'rdflib/mem':>12}"
                      f"{'rdflib/disk':>12}  same")
                for ext in args.formats.split(","):
                    times = {}
                    for where, store in stores.items():
                        times[where], _ = _timed(lambda: store.dump(tmp / f"{where}.{ext}", format=ext))
                    # the memory store without kept text: Oxigraph's serializers from its indexes
                    times["indexes"], _ = _timed(lambda: lean_store.dump(tmp / f"indexes.{ext}", format=ext))
                    same = ""
                    if ext in args.rdflib_formats.split(","):
                        if ext in ("nq", "trig", "jsonld"):
                            source = dataset
                        else:
                            if flat is None:
                                def copy():
                                    graph = Graph()
                                    for prefix, namespace in dataset.namespaces():
                                        graph.bind(prefix, namespace)
                                    for triple in dataset.triples((None, None, None)):
                                        graph.add(triple)
                                    return graph
                                seconds, flat = _timed(copy)
                                print(f"  (rdflib's union of the articles' graphs as one Graph, which its triple "
                                      f"formats need first: {seconds:.2f} s; not counted below)")
                            source = flat
                        times["rdflib"], _ = _timed(lambda: source.serialize(
                            destination=str(tmp / f"rdflib.{ext}"), format=_RDFLIB[ext], encoding="utf-8"))
                        if not args.no_check:
                            expected = _content(tmp / f"rdflib.{ext}", ext)
                            same = "yes" if all(_content(tmp / f"{w}.{ext}", ext) == expected for w in (*stores, "indexes")) else "NO"
                    rd = times.get("rdflib")
                    print(f"  {ext:<8}{times['memory']:>9.3f}{times['disk']:>9.3f}{times['indexes']:>9.3f}"
                          + (f"{rd:>9.2f}{rd / times['memory']:>11.1f}x{rd / times['disk']:>11.1f}x  {same}"
                             if rd is not None else ""), flush=True)
            if not args.no_queries:
                print(f"  {'query':<26}{'memory':>9}{'disk':>9}{'held':>9}{'rdflib':>9}{'rows':>8}  same rows")
                paths = sorted(QUERIES_DIR.glob("*.rq"))
                texts = {path: _corpus_query(path, corpus) for path in paths}
                timings = {path: {} for path in paths}
                digests = {path: {} for path in paths}
                counts = {}
                for where, store in stores.items():
                    for path in paths:
                        timings[path][where], rows = _timed(lambda: store.query(texts[path]))
                        digests[path][where] = _digest(rows)
                seconds, _ = _timed(stores["disk"].hold_union_in_memory)
                for path in paths:  # the disk store's union held in memory
                    timings[path]["held"], rows = _timed(lambda: stores["disk"].query(texts[path]))
                    digests[path]["held"] = _digest(rows)
                for path in paths:
                    timings[path]["rdflib"], rows = _timed(lambda: query(dataset, texts[path], timeout=None, limit=None))
                    digests[path]["rdflib"] = _digest(rows)
                    counts[path] = len(rows)
                for path in paths:
                    t, d = timings[path], digests[path]
                    print(f"  {path.stem:<26}{t['memory']:>9.3f}{t['disk']:>9.3f}{t['held']:>9.3f}{t['rdflib']:>9.2f}"
                          f"{counts[path]:>8}  {'yes' if len(set(d.values())) == 1 else 'NO ' + str(d)}", flush=True)
                print(f"  (held: after hold_union_in_memory() on the disk store, which took {seconds:.2f} s)")
            for store in stores.values():
                store.store = store.union = None


if __name__ == "__main__":
    main()
