"""Loading, exports and the ready queries on the Oxigraph store, in memory and on disk, against rdflib.

Usage: python benchmarks/bench_store.py [--articles 1000 2000] [--formats nt,nq,rdf,jsonld,trig,ttl]
                                        [--no-exports] [--no-queries] [--rdflib-formats nt,nq,rdf,jsonld]
                                        [--fresh] [--profile provenance]

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

``--fresh`` runs each query again on the disk store in a new process, as
``kgraph query DIR`` does (the store opened, then queried; and opened, its
union held in memory, then queried), checking the rows. ``--profile NAME``
splits one query's time on both stores: its WHERE clause alone counted
(the joins), its rows without DISTINCT and ORDER BY (adds decoding each
term), with DISTINCT, and the whole query (adds the sort).
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


_FRESH = """
import sys, time
start = time.perf_counter()
from kgraph.store import ArticleStore
store = ArticleStore(sys.argv[1])
if sys.argv[3] == "hold":
    store.hold_union_in_memory()
opened = time.perf_counter()
rows = store.query(open(sys.argv[2], encoding="utf-8").read())
done = time.perf_counter()
print(opened - start, done - opened, len(rows))
import json
json.dump(rows, sys.stderr)
"""


def _fresh(folder: Path, text: str, hold: bool = False) -> tuple[float, float, str]:
    """(open, query seconds, rows' digest) of one query on the disk store in a new Python process."""
    import subprocess

    query_file = folder.parent / "fresh.rq"
    query_file.write_text(text, encoding="utf-8")
    done = subprocess.run([sys.executable, "-c", _FRESH, str(folder), str(query_file), "hold" if hold else "disk"],
                          capture_output=True, text=True, check=True)
    opened, seconds, _ = done.stdout.split()
    return float(opened), float(seconds), _digest(json.loads(done.stderr))


def _profile(store, text: str) -> dict[str, float]:
    """One query's time split: the WHERE clause counted, its rows, with DISTINCT, the whole query."""
    head, rest = text.split("SELECT DISTINCT", 1)
    variables, rest = rest.split("\nWHERE", 1)
    where, order = rest.rsplit("\nORDER BY", 1)
    variants = {"joins (COUNT)": f"{head}SELECT (COUNT(*) AS ?rows)\nWHERE{where}",
                "rows": f"{head}SELECT{variables}\nWHERE{where}",
                "DISTINCT": f"{head}SELECT DISTINCT{variables}\nWHERE{where}",
                "whole query": text}
    return {name: min(_timed(lambda: store.query(variant))[0] for _ in range(3)) for name, variant in variants.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, nargs="+", default=[1000])
    parser.add_argument("--formats", default="nt,nq,rdf,jsonld,trig,ttl")
    parser.add_argument("--rdflib-formats", default="nt,nq,rdf,jsonld,trig",
                        help="formats also written by rdflib (its Turtle takes minutes: quadratic in articles)")
    parser.add_argument("--no-exports", action="store_true")
    parser.add_argument("--no-queries", action="store_true")
    parser.add_argument("--fresh", action="store_true", help="also time each query on the disk store in a new process")
    parser.add_argument("--profile", metavar="NAME", help="split one ready query's time (e.g. provenance)")
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
                profiles = {where: _profile(store, texts[QUERIES_DIR / f"{args.profile}.rq"])
                            for where, store in stores.items()} if args.profile else {}
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
                for where, parts in profiles.items():
                    print(f"  {args.profile} on the {where} store (best of 3): " + ", ".join(
                        f"{name} {seconds:.3f} s" for name, seconds in parts.items()), flush=True)
                if args.fresh:
                    stores["disk"].flush()
                    stores["disk"].store = stores["disk"].union = stores["disk"]._union_copy = None
                    import gc

                    gc.collect()  # the new processes open the store: this one lets it go
                    print(f"  {'in a new process, disk store':<30}{'open':>7}{'query':>8}{'held':>7}{'query':>8}  same rows")
                    for path in paths:
                        plain, held = _fresh(tmp / "store", texts[path]), _fresh(tmp / "store", texts[path], hold=True)
                        same = plain[2] == held[2] == digests[path]["rdflib"]
                        print(f"  {path.stem:<30}{plain[0]:>7.2f}{plain[1]:>8.3f}{held[0]:>7.2f}{held[1]:>8.3f}"
                              f"  {'yes' if same else 'NO'}", flush=True)
            for store in stores.values():
                store.store = store.union = store._union_copy = None


if __name__ == "__main__":
    main()
