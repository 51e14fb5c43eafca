"""The ``kgraph`` command: a thin layer over the library's functions.

Each subcommand parses its arguments and calls one public function; errors
that kgraph raises on purpose print as one line on stderr with exit code 2.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from kgraph.errors import KGraphError

__all__ = ["main", "build_outputs", "build_result"]


def _formats(value: str) -> list[str]:
    from kgraph.export import FORMATS

    formats = [f.strip() for f in value.split(",") if f.strip()]
    unknown = [f for f in formats if f not in FORMATS]
    if unknown or not formats:
        raise argparse.ArgumentTypeError(
            f"unknown format {', '.join(unknown) or value!r}; choose from {','.join(FORMATS)}"
        )
    return formats


def build_outputs(inputs: Sequence[str], outdir: str | Path, formats: Sequence[str] = ("ttl",),
                  progress: bool = False, jobs: int = 1, base: str | None = None, store: str | Path | None = None,
                  dask_scheduler: str | None = None, sparql_endpoint: str | None = None) -> dict[str, Path]:
    """Run ``kgraph build``: the graph files, the HTML page, one JSON per article.

    The graph goes through an Oxigraph :class:`~kgraph.store.ArticleStore`
    (on disk at ``store``, else in memory), so writing scales with the
    corpus; with a store, unchanged articles are skipped. Articles that fail
    are left out and listed under ``"failures"`` in the result's
    ``failures`` attribute (see :func:`build_result`).
    """
    return build_result(inputs, outdir, formats, progress=progress, jobs=jobs, base=base, store=store,
                        dask_scheduler=dask_scheduler, sparql_endpoint=sparql_endpoint)[0]


def build_result(inputs: Sequence[str], outdir: str | Path, formats: Sequence[str] = ("ttl",), *,
                 progress: bool = False, jobs: int = 1, base: str | None = None, store: str | Path | None = None,
                 dask_scheduler: str | None = None, sparql_endpoint: str | None = None):
    """:func:`build_outputs` with the :class:`~kgraph.graph.BuildResult` (skipped, failed articles)."""
    from kgraph.graph import build_store
    from kgraph.views import render_html, to_networkx

    # CLI inputs are paths, never texts
    result = build_store([Path(p) for p in inputs], store, base=base, jobs=jobs, dask_scheduler=dask_scheduler,
                         sparql_endpoint=sparql_endpoint, progress=progress)
    outdir = Path(outdir)
    written: dict[str, Path] = {}
    for fmt in formats:
        written[fmt] = result.store.dump(outdir / f"graph.{fmt}", format=fmt)
    written["html"] = render_html(to_networkx(result.store.union_graph()), outdir / "graph.html", title="kgraph")
    docs = outdir / "docs"
    docs.mkdir(parents=True, exist_ok=True)
    for doc_id, document in (result.store.documents() if store is not None else result.documents).items():
        path = docs / f"{doc_id}.json"
        path.write_text(json.dumps(document, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    written["docs"] = docs
    return written, result


def _cmd_build(args: argparse.Namespace) -> int:
    written, result = build_result(args.inputs, args.output, args.format, progress=not args.quiet, jobs=args.jobs,
                                   base=args.base, store=args.store, dask_scheduler=args.dask_scheduler,
                                   sparql_endpoint=args.sparql_endpoint)
    for kind, path in written.items():
        print(f"{kind}\t{path}")
    if result.skipped:
        print(f"kgraph: {len(result.skipped)} unchanged article(s) skipped", file=sys.stderr)
    for doc_id, error in result.failures:
        print(f"kgraph: skipped {doc_id}: {error}", file=sys.stderr)
    return 3 if result.failures else 0


def _cmd_extract(args: argparse.Namespace) -> int:
    from kgraph.export import document_json
    from kgraph.pipeline import extract
    from kgraph.sources import read_sources

    path = Path(args.file)
    if path.is_dir():
        raise KGraphError(f"{path} is a folder; `kgraph extract` takes one .txt file (use `kgraph build` for folders)")
    [(text, doc_id, metadata)] = read_sources([path])
    document = extract(text, doc_id=doc_id, metadata=metadata)
    json.dump(document_json(document), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return 0


def _cmd_evaluate(args: argparse.Namespace) -> int:
    from kgraph.evaluate import evaluate, format_errors, format_report, load_gold_and_predictions

    gold = Path(args.gold)
    if args.pred:
        pairs = load_gold_and_predictions(gold, args.pred)
    else:
        pairs = _predict_gold_texts(gold)
    report = evaluate(pairs)
    if args.json:
        print(json.dumps(report.to_dict(errors=args.errors), ensure_ascii=False, indent=2))
    else:
        print(format_report(report))
        if args.errors:
            print(format_errors(report))
    return 0


def _predict_gold_texts(gold: Path) -> list[tuple[dict, dict]]:
    from kgraph.evaluate import load_gold_and_predictions
    from kgraph.export import document_json
    from kgraph.pipeline import extract
    from kgraph.sources import read_sources

    pairs = load_gold_and_predictions(gold, gold)  # validates the gold folder
    out = []
    for gold_doc, _ in pairs:
        stem = gold_doc.get("doc_id")
        path = gold / f"{stem}.txt"
        if not path.is_file():
            raise KGraphError(f"{path} is missing: the gold folder needs NAME.txt beside each NAME.json")
        [(text, doc_id, metadata)] = read_sources([path])
        out.append((gold_doc, document_json(extract(text, doc_id=doc_id, metadata=metadata))))
    return out


def _cmd_query(args: argparse.Namespace) -> int:
    from kgraph.query import query

    sparql = Path(args.sparql[1:]) if args.sparql.startswith("@") else args.sparql
    rows = _open_store(args.graph).query(sparql) if Path(args.graph).is_dir() else query(args.graph, sparql)
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    if rows:
        columns = list(dict.fromkeys(c for row in rows for c in row))
        print("\t".join(columns))
        for row in rows:
            print("\t".join(str(row.get(c, "")) for c in columns))
    return 0


def _cmd_viz(args: argparse.Namespace) -> int:
    from kgraph.export import load
    from kgraph.views import render_html, to_networkx

    graph = to_networkx(_open_store(args.graph).union_graph() if Path(args.graph).is_dir() else load(args.graph))
    types = args.types.split(",") if args.types else None
    path = render_html(graph, args.output, title=Path(args.graph).stem, focus=args.focus, k=args.hops, types=types)
    print(path)
    return 0


def _cmd_stats(args: argparse.Namespace) -> int:
    from kgraph.export import load
    from kgraph.views import format_summary, summary, to_networkx

    if Path(args.graph).is_dir():
        store = _open_store(args.graph)
        source = store.union_graph()
    else:
        source = load(args.graph)
    print(format_summary(summary(to_networkx(source), top=args.top)))
    if args.merges:
        from kgraph.merge import format_merges, merge_report

        rows = store.entity_rows() if Path(args.graph).is_dir() else _entity_rows(source)
        print(format_merges(merge_report(rows, top=args.top)))
    return 0


def _open_store(path: str):
    """A store folder made by ``kgraph build --store`` (query, stats and viz read it like a file)."""
    from kgraph.store import ArticleStore

    if not (Path(path) / "articles" / "CURRENT").is_file():
        raise KGraphError(f"{path} is a folder but not a kgraph store; give a graph file or a --store folder")
    return ArticleStore(path)


def _entity_rows(dataset):
    """(entity, type, label, article graph) rows of a loaded quad file, for the merge report."""
    from kgraph.rdf import CLASSES
    from kgraph.vocab import RDF, SKOS

    types = {cls: name for name, cls in CLASSES.items()}
    for graph in dataset.graphs():
        for entity, cls in graph.subject_objects(RDF.type):
            if cls in types:
                label = dataset.value(entity, SKOS.prefLabel)
                yield str(entity), types[cls], str(label) if label is not None else str(entity), str(graph.identifier)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kgraph", description="Vietnamese political news to a knowledge graph.")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("build", help="extract articles and write graph.ttl, graph.html and docs/*.json")
    p.add_argument("inputs", nargs="+", help=".txt files or folders of them")
    p.add_argument("-o", "--output", required=True, help="output folder")
    p.add_argument("--format", type=_formats, default=["ttl"], help="comma-separated: ttl,nt,nq,trig,jsonld,rdf")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    p.add_argument("-j", "--jobs", type=int, default=1, help="worker processes for extraction (default 1)")
    p.add_argument("--base", help="base IRI of the entities (default https://w3id.org/kgraph/id/)")
    p.add_argument("--store", help="a folder for a persistent Oxigraph store: re-runs skip unchanged articles")
    p.add_argument("--dask-scheduler", metavar="ADDRESS", help="extract on a dask.distributed cluster (tcp://host:8786)")
    p.add_argument("--sparql-endpoint", metavar="URL",
                   help="also PUT each article's graph to this SPARQL 1.1 Graph Store Protocol URL")
    p.set_defaults(func=_cmd_build)

    p = sub.add_parser("extract", help="print one article's entities and relations as JSON")
    p.add_argument("file")
    p.set_defaults(func=_cmd_extract)

    p = sub.add_parser("evaluate", help="score predictions against gold annotations")
    p.add_argument("gold", help="folder of NAME.json (and NAME.txt) gold files")
    p.add_argument("--pred", help="folder of predicted NAME.json; without it, extract GOLD/*.txt")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.add_argument("--errors", action="store_true", help="list every miss and false positive")
    p.set_defaults(func=_cmd_evaluate)

    p = sub.add_parser("query", help="run SPARQL on a saved graph")
    p.add_argument("graph", help="a graph file (.ttl, .nt, .nq, .trig, .jsonld, .rdf) or a --store folder")
    p.add_argument("sparql", help="the query, or @FILE to read it from a file")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_cmd_query)

    p = sub.add_parser("viz", help="draw a saved graph as an interactive offline HTML page")
    p.add_argument("graph")
    p.add_argument("-o", "--output", required=True)
    p.add_argument("--focus", help="an entity (IRI or name): draw only its neighbourhood")
    p.add_argument("--hops", type=int, default=1, help="neighbourhood radius with --focus")
    p.add_argument("--types", help="comma-separated entity types to keep")
    p.set_defaults(func=_cmd_viz)

    p = sub.add_parser("stats", help="summarize a saved graph: counts and top actors")
    p.add_argument("graph")
    p.add_argument("--top", type=int, default=10)
    p.add_argument("--merges", action="store_true",
                   help="also report nodes merged across articles and nodes kept apart (possible homonyms)")
    p.set_defaults(func=_cmd_stats)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return args.func(args)
    except KGraphError as e:
        print(f"kgraph: error: {e}", file=sys.stderr)
        return 2
    except OSError as e:  # an output folder that cannot be written, a disk that is full
        where = f": {e.filename}" if e.filename else ""
        print(f"kgraph: error: {e.strerror or e}{where}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
