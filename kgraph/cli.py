"""The ``kgraph`` command: a thin layer over the library's functions.

Each subcommand parses its arguments and calls one public function; errors
that kgraph raises on purpose print as one line on stderr with exit code 2.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from kgraph.errors import KGraphError

__all__ = ["main", "build_outputs", "build_result"]


def _formats(value: str) -> list[str]:
    from kgraph.export import FORMAT_ALIASES, FORMATS, NETWORK_FORMATS

    names = [f.strip().lower() for f in value.split(",") if f.strip()]
    unknown = [f for f in names if f not in FORMAT_ALIASES and f not in NETWORK_FORMATS]
    if unknown or not names:
        raise argparse.ArgumentTypeError(
            f"unknown format {', '.join(unknown) or repr(value)}; choose from "
            f"{','.join((*FORMATS, *NETWORK_FORMATS))} (or rdflib's names: turtle, ntriples, nquads, json-ld, xml)"
        )
    return list(dict.fromkeys(FORMAT_ALIASES.get(f, f) for f in names))


def _non_negative(kind: type) -> Callable[[str], float | int]:
    """An argparse type: a number of ``kind`` that is zero or more."""
    def parse(value: str) -> float | int:
        try:
            number = kind(value)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
        if number < 0:
            raise argparse.ArgumentTypeError(f"must be 0 or more: {value!r}")
        return number
    return parse


def build_outputs(inputs: Sequence[str], outdir: str | Path, formats: Sequence[str] = ("ttl",),
                  progress: bool = False, jobs: int = 1, base: str | None = None,
                  on_error: str = "raise", with_ontology: bool = False, store: str | Path | None = None,
                  dask_scheduler: str | None = None, sparql_endpoint: str | None = None) -> dict[str, Path]:
    """Run ``kgraph build``: the graph files, the HTML page, one JSON per article.

    Everything is checked and extracted before anything is written, and the
    outputs replace the previous build's as a whole (:mod:`kgraph.outputs`).
    :func:`build_graph_outputs` also returns the inputs ``on_error="skip"`` left out.
    """
    written, _ = build_result(inputs, outdir, formats, progress=progress, jobs=jobs, base=base, on_error=on_error,
                              with_ontology=with_ontology, store=store, dask_scheduler=dask_scheduler,
                              sparql_endpoint=sparql_endpoint)
    return written


def build_graph_outputs(inputs: Sequence[str], outdir: str | Path, formats: Sequence[str] = ("ttl",),
                        progress: bool = False, jobs: int = 1, base: str | None = None,
                        on_error: str = "raise", with_ontology: bool = False) -> tuple[dict[str, Path], list]:
    """:func:`build_outputs`, also returning the inputs left out (:class:`kgraph.sources.Skipped`)."""
    written, result = build_result(inputs, outdir, formats, progress=progress, jobs=jobs, base=base,
                                   on_error=on_error, with_ontology=with_ontology)
    return written, result.skipped


def build_result(inputs: Sequence[str], outdir: str | Path, formats: Sequence[str] = ("ttl",), *,
                 progress: bool = False, jobs: int = 1, base: str | None = None, on_error: str = "raise",
                 with_ontology: bool = False, store: str | Path | None = None, dask_scheduler: str | None = None,
                 sparql_endpoint: str | None = None) -> tuple[dict[str, Path], object]:
    """:func:`build_outputs` with the :class:`~kgraph.graph.BuildResult` (skipped, unchanged, failed articles).

    The graph goes through an Oxigraph :class:`~kgraph.store.ArticleStore`
    on disk (at ``store``, else a temporary one, closed and removed once the
    outputs are written), so memory and writing scale with the corpus; with a
    store, unchanged articles are not extracted again and the outputs still
    cover every stored article.
    """
    from kgraph.export import FORMATS, NETWORK_FORMATS, export, format_key, write_ontology
    from kgraph.graph import build_store
    from kgraph.iris import check_base
    from kgraph.outputs import check_output_folder, replace_outputs
    from kgraph.views import render_html, to_networkx
    from kgraph.vocab import DEFAULT_BASE

    outdir = check_output_folder(outdir)
    base = check_base(base or DEFAULT_BASE)
    from kgraph.export import QUAD_FORMATS
    from kgraph.store import ArticleStore

    # CLI inputs are paths, never texts. Without --store the graph still goes to disk (a temporary store):
    # memory stays flat with the corpus; the articles' JSON stays in the store until written. The articles'
    # own graphs are kept only when an output needs them (N-Quads, TriG, JSON-LD, the endpoint)
    keep_graphs = bool(sparql_endpoint) or any(format_key(f) in QUAD_FORMATS for f in formats
                                               if f not in NETWORK_FORMATS)
    # the N-Triples, N-Quads and RDF/XML it writes are kept as text while articles go in (a file copy to write)
    text = [format_key(f) for f in formats if f not in NETWORK_FORMATS]
    target = store if store is not None else ArticleStore.temporary(base, keep_graphs=keep_graphs, keep_text=text)
    result = build_store([Path(p) for p in inputs], target, base=base, jobs=jobs, dask_scheduler=dask_scheduler,
                         sparql_endpoint=sparql_endpoint, progress=progress, on_error=on_error, keep_documents=False)
    if next(result.store.iter_documents(), None) is None:
        raise KGraphError(f"no input could be read as an article ({len(result.skipped)} skipped, "
                          f"{len(result.failures)} failed); nothing written")

    def write(staging: Path) -> list[str]:
        graph = to_networkx(result.store)  # read from the store: no rdflib copy of the corpus
        for fmt in formats:
            export(graph if fmt in NETWORK_FORMATS else result.store, staging / f"graph.{fmt}", format=fmt)
        render_html(graph, staging / "graph.html", title="kgraph")
        del graph
        docs = staging / "docs"
        docs.mkdir()
        for doc_id, document in result.store.iter_documents():
            text = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
            (docs / f"{doc_id}.json").write_text(text, encoding="utf-8")
        extra = list(write_ontology(staging).values()) if with_ontology else []
        return [f"graph.{fmt}" for fmt in formats] + ["graph.html", "docs"] + [p.name for p in extra]

    owned = [f"graph.{fmt}" for fmt in (*FORMATS, "graphml", "gexf")] + ["graph.html", "docs", "ontology.ttl",
                                                                         "shapes.ttl"]
    try:
        replace_outputs(outdir, write, owned=owned)
    finally:
        if store is None:  # the temporary store's folder goes now, not at exit
            result.store.close()
    written = {fmt: outdir / f"graph.{fmt}" for fmt in formats}
    written["html"] = outdir / "graph.html"
    written["docs"] = outdir / "docs"
    if with_ontology:
        written.update({"ontology": outdir / "ontology.ttl", "shapes": outdir / "shapes.ttl"})
    return written, result


def _check_inputs(paths: Sequence[str | Path], force: bool) -> None:
    """Refuse a named file that is not an article by its extension (a PDF, a graph), unless forced."""
    from kgraph.sources import ARTICLE_SUFFIXES

    if force:
        return
    for path in map(Path, paths):
        if path.suffix.lower() not in ARTICLE_SUFFIXES and not path.is_dir() and (path.exists() or path.suffix):
            raise KGraphError(f"{path}: not an article file (kgraph reads {', '.join(ARTICLE_SUFFIXES)}); "
                              "pass --force to read it as plain text")


def _read_stdin() -> str:
    """The article text piped in (``kgraph extract -``), UTF-8 with or without a BOM."""
    raw = sys.stdin.buffer.read()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise KGraphError(f"standard input is not UTF-8 text (byte {e.start}); convert it to UTF-8") from e
    if not text.strip():
        raise KGraphError("standard input is empty: pipe an article's text into `kgraph extract -`")
    return text


def _cmd_build(args: argparse.Namespace) -> int:
    _check_inputs(args.inputs, args.force)
    written, result = build_result(args.inputs, args.output, args.format, progress=not args.quiet, jobs=args.jobs,
                                   base=args.base, on_error="raise" if args.strict else "skip",
                                   with_ontology=args.with_ontology, store=args.store,
                                   dask_scheduler=args.dask_scheduler, sparql_endpoint=args.sparql_endpoint)
    for kind, path in written.items():
        print(f"{kind}\t{path}")
    for item in result.skipped:  # one line each, naming the file and the reason
        print(f"kgraph: skipped: {item}", file=sys.stderr)
    for doc_id, error in result.failures:  # an article whose extraction failed, left out
        print(f"kgraph: skipped: {doc_id}: extraction failed: {error}", file=sys.stderr)
    if result.unchanged:
        print(f"kgraph: {len(result.unchanged)} unchanged article(s) kept from the store", file=sys.stderr)
    return 3 if result.skipped or result.failures else 0


def _cmd_extract(args: argparse.Namespace) -> int:
    from kgraph.export import document_json
    from kgraph.pipeline import extract
    from kgraph.sources import read_sources

    if args.file == "-":
        text, doc_id, metadata = _read_stdin(), args.doc_id or "stdin", {}
    else:
        path = Path(args.file)
        if path.is_dir():
            raise KGraphError(f"{path} is a folder; `kgraph extract` takes one .txt file (use `kgraph build` for folders)")
        _check_inputs([path], args.force)
        [(text, doc_id, metadata)] = read_sources([path])
        doc_id = args.doc_id or doc_id
    document = extract(text, doc_id=doc_id, metadata=metadata)
    json.dump(document_json(document), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return 0


def _cmd_evaluate(args: argparse.Namespace) -> int:
    from kgraph.evaluate import evaluate, format_errors, format_report, load_gold_and_predictions

    gold = Path(args.gold)
    if args.pred:
        _check_prediction_names(gold, Path(args.pred))
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


def _check_prediction_names(gold: Path, pred: Path) -> None:
    """An error when no prediction file is named like a gold file; a warning for each gold file left without one."""
    if not gold.is_dir() or not pred.is_dir():
        return  # load_gold_and_predictions names the missing folder
    gold_names = sorted(p.name for p in gold.glob("*.json"))
    pred_names = sorted(p.name for p in pred.glob("*.json"))
    if not gold_names:
        return
    matched = set(gold_names) & set(pred_names)
    if not matched:
        shown = ", ".join(pred_names[:3]) + (", ..." if len(pred_names) > 3 else "") if pred_names else "none"
        raise KGraphError(f"no prediction in {pred} is named like a gold file (gold: {', '.join(gold_names[:3])}"
                          f"{', ...' if len(gold_names) > 3 else ''}; predictions: {shown}): "
                          "name each NAME.json after its gold NAME.json")
    missing = [name for name in gold_names if name not in matched]
    if missing:
        print(f"kgraph: warning: no prediction for {len(missing)} of {len(gold_names)} gold articles "
              f"({', '.join(missing[:5])}{', ...' if len(missing) > 5 else ''}); they count as empty",
              file=sys.stderr)


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
    from kgraph.query import format_results, plain_rows, run_query

    sparql = Path(args.sparql[1:]) if args.sparql.startswith("@") else args.sparql
    if Path(args.graph).is_dir():
        results = _open_store(args.graph).run_query(sparql, limit=args.limit)
    else:
        results = run_query(args.graph, sparql, timeout=args.timeout, limit=args.limit)
    if args.json:  # kgraph's own rows: a list of {variable: value}
        print(json.dumps(plain_rows(results), ensure_ascii=False, indent=2))
    else:
        sys.stdout.write(format_results(results, args.format))
    if results.truncated:
        print(f"kgraph: warning: stopped at {results.limit} rows; add LIMIT/OFFSET or raise --limit (0 for none)",
              file=sys.stderr)
    return 0


def _cmd_viz(args: argparse.Namespace) -> int:
    from kgraph.export import load
    from kgraph.views import render_html, to_networkx

    graph = to_networkx(_open_store(args.graph) if Path(args.graph).is_dir() else load(args.graph))
    types = args.types.split(",") if args.types else None
    title = args.title or Path(args.graph).stem
    path = render_html(graph, args.output, title=title, focus=args.focus, k=args.hops, types=types)
    print(path)
    return 0


def _cmd_stats(args: argparse.Namespace) -> int:
    from kgraph.export import load
    from kgraph.views import format_summary, summary, to_networkx

    if Path(args.graph).is_dir():
        store = _open_store(args.graph)
        source = store  # the view is read from the store, no rdflib copy
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
    from kgraph import __version__

    parser = argparse.ArgumentParser(prog="kgraph", description="Vietnamese political news to a knowledge graph.")
    parser.add_argument("--version", action="version", version=f"kgraph {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("build", help="extract articles and write graph.ttl, graph.html and docs/*.json",
                       description="Extract every article and write the graph (graph.<format>), the interactive "
                                   "page (graph.html) and one JSON per article (docs/NAME.json) into OUTPUT.")
    p.add_argument("inputs", nargs="+", help=".txt (or .html) files, or folders of .txt files (their SOURCES.tsv "
                                             "gives dates and titles)")
    p.add_argument("-o", "--output", required=True, help="output folder (created if missing)")
    p.add_argument("--format", type=_formats, default=["ttl"],
                   help="comma-separated graph formats (default ttl): ttl,nt,nq,trig,jsonld,rdf or rdflib's "
                        "names (turtle, json-ld, ...), and graphml,gexf for network tools")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar (default: a bar on stderr for "
                                                                 "several inputs)")
    p.add_argument("-j", "--jobs", type=int, default=1, help="worker processes for extraction (default 1)")
    p.add_argument("--base", help="base IRI of the entities (default https://w3id.org/kgraph/id/)")
    p.add_argument("--with-ontology", action="store_true",
                   help="also write the ontology (ontology.ttl) and its SHACL shapes (shapes.ttl) beside the data")
    p.add_argument("--force", action="store_true",
                   help="read named files whatever their extension (default: only .txt, .html, .htm)")
    p.add_argument("--strict", action="store_true",
                   help="stop at the first input that cannot be read (exit 2) instead of skipping it (default: skip it, exit 3)")
    p.add_argument("--store", help="a folder for a persistent Oxigraph store: re-runs skip unchanged articles "
                                   "(default: a store in memory)")
    p.add_argument("--dask-scheduler", metavar="ADDRESS",
                   help="extract on a dask.distributed cluster, e.g. tcp://host:8786 (default: local processes)")
    p.add_argument("--sparql-endpoint", metavar="URL",
                   help="also PUT each article's graph to this SPARQL 1.1 Graph Store Protocol URL (default: none)")
    p.set_defaults(func=_cmd_build)

    p = sub.add_parser("extract", help="print one article's entities and relations as JSON",
                       description="Print one article's entities (with IRIs and mention offsets) and relations "
                                   "(with evidence offsets) as the annotation guide's JSON.")
    p.add_argument("file", help="a .txt article, or - to read the text from standard input")
    p.add_argument("--doc-id", help="the article's id in the JSON (default: the file's stem, or 'stdin')")
    p.add_argument("--force", action="store_true",
                   help="read the file whatever its extension (default: only .txt, .html, .htm)")
    p.set_defaults(func=_cmd_extract)

    p = sub.add_parser("evaluate", help="score predictions against gold annotations",
                       description="Precision, recall and F1 of entities and relations (overall, per type, per "
                                   "predicate) and role accuracy, by the rules of docs/annotation-guide.md.")
    p.add_argument("gold", help="folder of gold NAME.json files (and NAME.txt beside them without --pred)")
    p.add_argument("--pred", help="folder of predicted NAME.json, named like the gold files (default: extract "
                                  "GOLD/NAME.txt with kgraph)")
    p.add_argument("--json", action="store_true", help="print one JSON object (default: a table)")
    p.add_argument("--errors", action="store_true", help="also list every miss and false positive")
    p.set_defaults(func=_cmd_evaluate)

    p = sub.add_parser("query", help="run SPARQL on a saved graph", description=(
        "Run a read-only SPARQL query on a saved graph. The default graph is the union of the articles' "
        "graphs; GRAPH ?g reaches one article. SERVICE, FROM of outside data and updates are refused."))
    p.add_argument("graph", help="a graph file (.ttl, .nt, .nq, .trig, .jsonld, .rdf) or a --store folder")
    p.add_argument("sparql", help="the query, or @FILE to read it from a file")
    p.add_argument("--format", choices=["text", "json", "csv", "tsv"], default="text",
                   help="text: tab-separated values (default); json, csv, tsv: the W3C SPARQL 1.1 result formats. "
                        "CONSTRUCT and DESCRIBE print Turtle, ASK prints true or false")
    p.add_argument("--json", action="store_true",
                   help="print kgraph's rows as a JSON list of {variable: value} (default: --format)")
    p.add_argument("--timeout", type=_non_negative(float), default=10.0,
                   help="stop the query after this many seconds (default 10; 0 for no timeout)")
    p.add_argument("--limit", type=_non_negative(int), default=100_000,
                   help="print at most this many rows, with a warning when cut (default 100000; 0 for no limit)")
    p.set_defaults(func=_cmd_query)

    p = sub.add_parser("viz", help="draw a saved graph as an interactive offline HTML page")
    p.add_argument("graph", help="a graph file (.ttl, .nt, .nq, .trig, .jsonld, .rdf)")
    p.add_argument("-o", "--output", required=True, help="the HTML file to write")
    p.add_argument("--focus", help="an entity (IRI or name): draw only its neighbourhood")
    p.add_argument("--hops", type=int, default=1, help="neighbourhood radius with --focus (default 1)")
    p.add_argument("--types", help="comma-separated entity types to keep (default: all)")
    p.add_argument("--title", help="the page's title (default: the graph file's name)")
    p.set_defaults(func=_cmd_viz)

    p = sub.add_parser("stats", help="summarize a saved graph: counts and top actors")
    p.add_argument("graph", help="a graph file (.ttl, .nt, .nq, .trig, .jsonld, .rdf) or a --store folder")
    p.add_argument("--top", type=int, default=10, help="how many top actors to list per type (default 10)")
    p.add_argument("--merges", action="store_true",
                   help="also report nodes merged across articles and nodes kept apart (possible homonyms)")
    p.set_defaults(func=_cmd_stats)
    return parser


def _warning_line(message, category, filename, lineno, file=None, line=None) -> None:
    """A warning as one line on stderr ("kgraph: warning: ..."), not Python's two-line form."""
    print(f"kgraph: warning: {message}", file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    import warnings

    try:
        with warnings.catch_warnings():
            warnings.showwarning = _warning_line
            return args.func(args)
    except KGraphError as e:
        print(f"kgraph: error: {e}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # the reader went away (`kgraph extract a.txt | head`): stop quietly
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # so the final flush at exit cannot fail again
        return 141  # 128 + SIGPIPE, as for other Unix tools
    except OSError as e:  # an output folder that cannot be written, a disk that is full
        where = f": {e.filename}" if e.filename else ""
        print(f"kgraph: error: {e.strerror or e}{where}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
