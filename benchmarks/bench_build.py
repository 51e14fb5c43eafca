"""Build time and peak memory per phase on a generated corpus, serial and in worker processes.

Usage: python benchmarks/bench_build.py [--articles 1000 ...] [--jobs 1 2] [--paths store rdflib]
                                        [--formats ttl,nt,nq,trig,jsonld,rdf] [--queries]

Each configuration runs in a fresh process so its peak RSS (the parent's and
its workers', from ``getrusage``) is its own. ``store`` is the path the CLI
takes (``build_store``: workers return N-Triples, the parent bulk-loads them
into a temporary on-disk Oxigraph ArticleStore, writes with Oxigraph's
serializers and reads the page's view from the store); ``disk`` the same
into a ``--store DIR`` folder, ``memory`` into an in-memory store; ``rdflib``
is the in-memory KnowledgeGraph written with rdflib's serializers, the path
before. Phases: ``extract`` (reading and extraction, waiting on workers),
``graph`` (adding articles), one per format, ``html`` (networkx view and
page), ``json`` (one file per article). ``--queries`` also times the ready
queries on both engines (rdflib over the KnowledgeGraph, Oxigraph over the
store). Figures depend on the machine's load: note ``uptime`` beside them.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _peak_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024


class Phases:
    def __init__(self) -> None:
        self.rows: list[tuple[str, float, float]] = []
        self.mark = time.perf_counter()

    def done(self, name: str, seconds: float | None = None) -> None:
        now = time.perf_counter()
        self.rows.append((name, seconds if seconds is not None else now - self.mark, _peak_mb()))
        self.mark = time.perf_counter()


def run_store(corpus: Path, out: Path, jobs: int, formats: list[str], queries: bool, where: str = "store") -> dict:
    """As ``kgraph build`` does: ``store`` a temporary on-disk store, ``disk`` a --store folder, ``memory`` in memory."""
    from kgraph.graph import build_store
    from kgraph.store import ArticleStore
    from kgraph.views import render_html, to_networkx

    phases = Phases()
    from kgraph.export import QUAD_FORMATS

    if where == "store":  # as the CLI: the articles' graphs only when a quad format is written
        store = ArticleStore.temporary(keep_graphs=bool(QUAD_FORMATS & set(formats)))
    else:
        store = ArticleStore(out / "store") if where == "disk" else ArticleStore()
    result = build_store([corpus], store, jobs=jobs, keep_documents=False)
    phases.done("extract", result.timings["read"] + result.timings["extract"])
    phases.done("graph", result.timings["store"])
    for fmt in formats:
        result.store.dump(out / f"graph.{fmt}", format=fmt)
        phases.done(f"write {fmt}")
    render_html(to_networkx(result.store), out / "graph.html", title="bench")
    phases.done("html")
    (out / "docs").mkdir(exist_ok=True)
    for doc_id, document in result.store.iter_documents():
        (out / "docs" / f"{doc_id}.json").write_text(json.dumps(document, ensure_ascii=False, indent=2),
                                                     encoding="utf-8")
    phases.done("json")
    report = {"phases": phases.rows, "triples": len(result.store), "failures": len(result.failures)}
    if queries:
        from kgraph.query import QUERIES_DIR

        report["queries"] = {}
        for path in sorted(QUERIES_DIR.glob("*.rq")):
            text = _corpus_query(path, corpus)
            start = time.perf_counter()
            rows = result.store.query(text)
            report["queries"][path.stem] = (time.perf_counter() - start, len(rows), _digest(rows))
    return report


def _corpus_query(path: Path, corpus: Path) -> str:
    """A ready query with its VALUES set to a body and a person of the generated corpus."""
    import re

    first = sorted(corpus.glob("*.txt"))[0].read_text(encoding="utf-8")
    person = re.search(r"Chủ trì hội nghị có đồng chí ([^,]+),", first).group(1)
    province = re.search(r"Tỉnh ủy ([^ ]+ [^ .,]+) tổ chức", first).group(1)
    text = path.read_text(encoding="utf-8")
    return text.replace('"Ban Tổ chức Trung ương"', f'"Tỉnh ủy {province}"').replace('"Mai Văn Chính"', f'"{person}"')


def _digest(rows: list[dict]) -> str:
    import hashlib

    return hashlib.sha1(json.dumps(sorted(json.dumps(r, sort_keys=True) for r in rows)).encode()).hexdigest()[:12]


_RDFLIB = {"ttl": "turtle", "nt": "nt", "nq": "nquads", "trig": "trig", "jsonld": "json-ld", "rdf": "xml"}


def run_rdflib(corpus: Path, out: Path, jobs: int, formats: list[str], queries: bool) -> dict:
    from rdflib import Graph

    from kgraph.export import document_json
    from kgraph.graph import KnowledgeGraph, extract_all
    from kgraph.sources import read_sources
    from kgraph.views import render_html, to_networkx

    phases = Phases()
    items = read_sources([corpus])
    documents = list(extract_all(items, jobs=jobs))
    phases.done("extract")
    kg = KnowledgeGraph()
    for document in documents:
        kg.add(document)
    phases.done("graph")
    for fmt in formats:
        if fmt in ("nq", "trig", "jsonld"):
            kg.dataset.serialize(destination=str(out / f"graph.{fmt}"), format=_RDFLIB[fmt], encoding="utf-8")
        else:
            flat = Graph()
            for prefix, namespace in kg.dataset.namespaces():
                flat.bind(prefix, namespace)
            for triple in kg.dataset.triples((None, None, None)):
                flat.add(triple)
            flat.serialize(destination=str(out / f"graph.{fmt}"), format=_RDFLIB[fmt], encoding="utf-8")
        phases.done(f"write {fmt}")
    render_html(to_networkx(kg), out / "graph.html", title="bench")
    phases.done("html")
    (out / "docs").mkdir(exist_ok=True)
    for document in documents:
        (out / "docs" / f"{document.doc_id}.json").write_text(
            json.dumps(document_json(document), ensure_ascii=False, indent=2), encoding="utf-8")
    phases.done("json")
    report = {"phases": phases.rows, "triples": len(kg), "failures": 0}
    if queries:
        from kgraph.query import QUERIES_DIR, query

        report["queries"] = {}
        for path in sorted(QUERIES_DIR.glob("*.rq")):
            text = _corpus_query(path, corpus)
            start = time.perf_counter()
            rows = query(kg, text)
            report["queries"][path.stem] = (time.perf_counter() - start, len(rows), _digest(rows))
    return report


def _child(args: argparse.Namespace) -> None:
    with tempfile.TemporaryDirectory() as out:
        if args.child_path == "rdflib":
            report = run_rdflib(args.corpus, Path(out), args.child_jobs, args.formats.split(","), args.queries)
        else:
            report = run_store(args.corpus, Path(out), args.child_jobs, args.formats.split(","), args.queries,
                               where=args.child_path)
    print(json.dumps(report))


def _extraction_only(corpus: Path, jobs_list: list[int]) -> None:
    """Extraction alone (what workers do, results back in the parent), serial and in processes, one run."""
    from kgraph.graph import extract_results
    from kgraph.sources import read_sources

    items = read_sources([corpus])
    list(extract_results(items[:2]))  # warm-up: load the data files
    base = None
    for jobs in jobs_list:
        start = time.perf_counter()
        results = list(extract_results(items, jobs=jobs))
        seconds = time.perf_counter() - start
        base = base or seconds
        print(f"  extraction -j {jobs}: {seconds:7.2f} s  ({len(results) / seconds:6.1f} articles/s, "
              f"{base / seconds:.2f}x the first)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, nargs="+", default=[1000])
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--paths", nargs="+", default=["store", "rdflib"], choices=["store", "disk", "memory", "rdflib"],
                        help="store: temporary on-disk ArticleStore (the CLI without --store); disk: a --store "
                             "folder; memory: an in-memory ArticleStore")
    parser.add_argument("--formats", default="ttl,nt,nq,trig,jsonld,rdf")
    parser.add_argument("--queries", action="store_true")
    parser.add_argument("--extraction-only", action="store_true",
                        help="time only the per-article extraction (workers' results in the parent), per --jobs")
    parser.add_argument("--corpus", type=Path, help="an existing corpus folder (else one is generated)")
    parser.add_argument("--child-path", help=argparse.SUPPRESS)
    parser.add_argument("--child-jobs", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child_path:
        _child(args)
        return
    sys.path.insert(0, str(HERE))
    from corpus import write_corpus

    for count in args.articles:
        with tempfile.TemporaryDirectory() as tmp:
            corpus = args.corpus or write_corpus(Path(tmp) / "corpus", count)
            chars = sum(len(p.read_text(encoding="utf-8")) for p in corpus.glob("*.txt"))
            print(f"\n## {count} articles, {chars:,} characters")
            if args.extraction_only:
                _extraction_only(corpus, args.jobs)
                continue
            for path in args.paths:
                for jobs in args.jobs:
                    command = [sys.executable, __file__, "--corpus", str(corpus), "--child-path", path,
                               "--child-jobs", str(jobs), "--formats", args.formats]
                    if args.queries:
                        command.append("--queries")
                    start = time.perf_counter()
                    done = subprocess.run(command, capture_output=True, text=True)
                    wall = time.perf_counter() - start
                    if done.returncode:
                        print(f"{path} -j {jobs}: failed\n{done.stderr[-2000:]}")
                        continue
                    report = json.loads(done.stdout.strip().splitlines()[-1])
                    print(f"\n{path} path, -j {jobs}: {wall:.1f} s in all (with start-up), "
                          f"{report['triples']:,} triples, {report['failures']} failures")
                    print(f"  {'phase':<14}{'seconds':>9}{'peak RSS MB':>13}")
                    for name, seconds, peak in report["phases"]:
                        print(f"  {name:<14}{seconds:>9.2f}{peak:>13.0f}")
                    for name, (seconds, rows, digest) in report.get("queries", {}).items():
                        print(f"  query {name:<24}{seconds:>8.3f} s {rows:>6} rows  (rows digest {digest})")


if __name__ == "__main__":
    main()
