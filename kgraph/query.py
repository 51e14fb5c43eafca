"""SPARQL over a knowledge graph or a saved graph file, local and bounded.

The default graph of every query is the union of the articles' graphs, so a
query written without ``GRAPH`` sees everything; ``GRAPH ?g { ... }`` still
reaches one article's graph in a quad file or a KnowledgeGraph. Ready-made
queries live in ``examples/queries/*.rq``.

A query only reads the graph it is given: ``SERVICE``, a ``FROM`` of anything
but one of the graph's own named graphs, and update requests (``INSERT``,
``LOAD``, ...) are refused before rdflib evaluates anything, because rdflib
would otherwise fetch URLs and read local files. Every query runs under a
timeout and a row limit (:data:`DEFAULT_TIMEOUT`, :data:`DEFAULT_LIMIT`).
"""

from __future__ import annotations

import csv
import ctypes
import io
import json
import re
import threading
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any

from rdflib import BNode, Graph, Literal, URIRef

from kgraph.errors import InputError, KGraphError
from kgraph.export import load
from kgraph.rdf import union

__all__ = [
    "query",
    "run_query",
    "format_results",
    "plain_rows",
    "read_query",
    "Results",
    "QueryRefused",
    "QueryTimeout",
    "QueryTruncated",
    "QUERIES_DIR",
    "DEFAULT_TIMEOUT",
    "DEFAULT_LIMIT",
    "MAX_NESTING",
    "RESULT_FORMATS",
]

#: Seconds a query may run before it is stopped (``timeout=None`` for no limit).
DEFAULT_TIMEOUT = 10.0
#: Rows a SELECT returns at most (``limit=None`` for no limit); more are cut with a warning.
DEFAULT_LIMIT = 100_000
#: Deepest nesting of brackets and braces accepted: rdflib's parser recurses
#: some forty Python frames per level and would end in a RecursionError.
MAX_NESTING = 16
#: ``format_results`` formats: W3C SPARQL 1.1 results (JSON, CSV, TSV) and plain text.
RESULT_FORMATS = ("text", "json", "csv", "tsv")


class QueryRefused(KGraphError):
    """The query would reach outside the graph (SERVICE, FROM a URL or file) or change it (update)."""


class QueryTimeout(KGraphError):
    """The query ran longer than its timeout."""


class QueryTruncated(UserWarning):
    """A SELECT had more rows than its row limit; the extra rows were dropped."""


#: Where the ready queries live in a source checkout.
def _queries_dir() -> Path:
    """``examples/queries/``, shipped in the package as ``kgraph.queries``."""
    from kgraph.resources import package_folder

    return package_folder("kgraph.queries", "examples/queries")


QUERIES_DIR = _queries_dir()


def read_query(sparql: str | Path) -> str:
    """The query text: ``sparql`` itself, or the contents of a ``.rq`` file it names."""
    if isinstance(sparql, Path) or (str(sparql).endswith((".rq", ".sparql")) and "\n" not in str(sparql)):
        path = Path(sparql)
        try:
            return path.read_text(encoding="utf-8")
        except OSError as e:
            raise InputError(f"cannot read query file {path}: {e.strerror or e}") from e
    return str(sparql)


def _graph_of(source: Any) -> Graph:
    if isinstance(source, (str, Path)):
        return load(source)
    dataset = getattr(source, "dataset", None)
    if isinstance(dataset, Graph):
        return dataset
    if isinstance(source, Graph):
        return union(source) if not getattr(source, "default_union", True) else source
    raise KGraphError(f"cannot query a {type(source).__name__}: give a KnowledgeGraph, an rdflib graph or a file path")


# --- checks before evaluation ---------------------------------------------------------------

# strings, IRIs and comments, whose brackets do not nest
_OPAQUE = re.compile(r'"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\'|"(?:[^"\\\n]|\\.)*"'
                     r"|'(?:[^'\\\n]|\\.)*'|<[^<>\"{}|^`\\\x00-\x20]*>|#[^\n]*", re.S)


def _nesting(text: str) -> int:
    """How deep brackets and braces nest in ``text``, outside strings, IRIs and comments."""
    depth = deepest = 0
    for char in _OPAQUE.sub(" ", text):
        if char in "({[":
            depth += 1
            deepest = max(deepest, depth)
        elif char in ")}]":
            depth = max(depth - 1, 0)
    return deepest


def _walk(node: Any) -> Iterator[Any]:
    """Every part of a parsed query (iteratively: a query tree can be deep)."""
    stack = [node]
    while stack:
        part = stack.pop()
        yield part
        if isinstance(part, dict):
            stack.extend(part.values())
        elif isinstance(part, (list, tuple)):
            stack.extend(part)


def _has_graph(graph: Graph, name: URIRef) -> bool:
    get_context = getattr(graph, "get_context", None)
    if get_context is None:
        return False
    return next(iter(get_context(name).triples((None, None, None))), None) is not None


_UPDATE_NAMES = {"Load": "LOAD", "Clear": "CLEAR", "Drop": "DROP", "Create": "CREATE", "Add": "ADD", "Move": "MOVE",
                 "Copy": "COPY", "InsertData": "INSERT DATA", "DeleteData": "DELETE DATA",
                 "DeleteWhere": "DELETE WHERE", "Modify": "DELETE/INSERT"}


def _parse(text: str, graph: Graph) -> Any:
    """The query's algebra, once it is known to stay inside ``graph`` and only read it."""
    from pyparsing import ParseBaseException
    from rdflib.plugins.sparql.algebra import translateQuery
    from rdflib.plugins.sparql.parser import parseQuery, parseUpdate

    depth = _nesting(text)
    if depth > MAX_NESTING:
        raise KGraphError(f"query nested {depth} levels deep; kgraph accepts at most {MAX_NESTING} levels of "
                          "brackets and braces: flatten the query")
    try:
        parsed = translateQuery(parseQuery(text))
    except RecursionError as e:
        raise KGraphError(f"query nested too deeply for the SPARQL parser; flatten it (at most {MAX_NESTING} "
                          "levels of brackets and braces)") from e
    except ParseBaseException as e:
        try:
            update = parseUpdate(text)
        except Exception:
            update = None
        if update is not None and getattr(update, "request", None):
            ops = ", ".join(dict.fromkeys(_UPDATE_NAMES.get(r.name, r.name) for r in update.request))
            raise QueryRefused(f"update requests ({ops}) are not allowed: kgraph queries only read the graph; "
                               "use SELECT, ASK, CONSTRUCT or DESCRIBE") from e
        raise KGraphError(f"invalid SPARQL: {str(e).splitlines()[0] if str(e) else type(e).__name__}") from e
    except Exception as e:  # rdflib raises assorted errors while translating (unknown prefix, ...)
        message = str(e).splitlines()[0] if str(e) else type(e).__name__
        raise KGraphError(f"invalid SPARQL: {message}") from e
    for part in _walk(parsed.algebra):
        if getattr(part, "name", None) == "ServiceGraphPattern":
            raise QueryRefused(f"SERVICE <{part.get('term')}> is not allowed: kgraph queries stay on the local "
                               "graph; load the remote data into the graph first")
    for clause in dict.get(parsed.algebra, "datasetClause") or ():
        name = dict.get(clause, "default") or dict.get(clause, "named")
        if not _has_graph(graph, name):
            keyword = "FROM" if dict.get(clause, "default") else "FROM NAMED"
            raise QueryRefused(f"{keyword} <{name}> is not allowed: it is not a named graph of the queried data, "
                               "and kgraph queries never fetch URLs or read files; load it into the graph first")
    return parsed


# --- evaluation under a timeout -------------------------------------------------------------

class _Watchdog:
    """Raises QueryTimeout in the querying thread when time is up.

    rdflib evaluates SPARQL in pure Python with no timeout of its own, so a
    timer thread delivers the exception asynchronously (CPython's
    ``PyThreadState_SetAsyncExc``), which works from any thread, unlike SIGALRM.
    """

    def __init__(self, seconds: float):
        self.seconds = seconds
        self.thread_id = threading.get_ident()
        self.lock = threading.Lock()
        self.active = True
        self.fired = False
        self.timer = threading.Timer(seconds, self._fire)
        self.timer.daemon = True

    def _fire(self) -> None:
        with self.lock:
            if self.active:
                self.fired = True
                ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(self.thread_id),
                                                           ctypes.py_object(_Expired))
                # an asynchronous exception can land where it is swallowed (a gc callback that
                # ignores errors): deliver it again until the query has stopped
                self.timer = threading.Timer(0.2, self._fire)
                self.timer.daemon = True
                self.timer.start()

    def __enter__(self) -> _Watchdog:
        self.timer.start()
        return self

    def __exit__(self, kind, value, traceback) -> bool:
        with self.lock:
            self.timer.cancel()
            self.active = False
            if self.fired:  # clear the exception if it was set but not raised yet
                ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(self.thread_id), None)
        if self.fired or kind is _Expired:
            raise QueryTimeout(f"query stopped after {self.seconds:g} s; make it narrower (add LIMIT, bind "
                               "variables) or give a longer timeout (--timeout SECONDS, 0 for none)") from None
        return False


class _Expired(BaseException):
    """Raised inside the querying thread by the watchdog; a BaseException so that
    rdflib's ``except Exception`` cannot swallow it. Never escapes :func:`run_query`."""


class _NoWatchdog:
    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc: Any) -> bool:
        return False


@dataclass
class Results:
    """What a query gave, as rdflib terms.

    ``type`` is ``SELECT``, ``ASK``, ``CONSTRUCT`` or ``DESCRIBE``. SELECT fills
    ``vars`` (every selected variable, bound or not) and ``rows`` (``{var: term}``,
    unbound variables left out); ASK fills ``boolean``; CONSTRUCT and DESCRIBE
    fill ``graph``. ``truncated`` is true when rows beyond the limit were dropped.
    """

    type: str
    vars: list[str] = field(default_factory=list)
    rows: list[dict[str, Any]] = field(default_factory=list)
    boolean: bool | None = None
    graph: Graph | None = None
    truncated: bool = False
    limit: int | None = None


def run_query(graph_or_path: Any, sparql: str | Path, *, timeout: float | None = DEFAULT_TIMEOUT,
              limit: int | None = DEFAULT_LIMIT) -> Results:
    """Run one read-only SPARQL query locally, within ``timeout`` seconds and ``limit`` rows.

    ``graph_or_path``: a KnowledgeGraph, an rdflib graph or dataset, or the path
    of a saved graph. ``sparql``: query text or a ``.rq`` file. Raises
    :class:`QueryRefused` for SERVICE, FROM of data outside the graph and
    updates, :class:`QueryTimeout` when time runs out. ``None`` (or 0) for
    ``timeout`` or ``limit`` lifts that bound.
    """
    if (timeout is not None and timeout < 0) or (limit is not None and limit < 0):
        raise KGraphError(f"timeout and limit must be 0 or more (None or 0 for no bound), not {timeout!r}, {limit!r}")
    graph = _graph_of(graph_or_path)
    text = read_query(sparql)
    parsed = _parse(text, graph)
    limit = limit or None
    guard = _Watchdog(timeout) if timeout else _NoWatchdog()
    try:
        with guard:
            result = graph.query(parsed)
            if result.type == "ASK":
                return Results("ASK", boolean=bool(result.askAnswer))
            if result.type in ("CONSTRUCT", "DESCRIBE"):
                return Results(result.type, graph=result.graph)
            variables = [str(v) for v in result.vars or ()]
            taken = list(islice(result, None if limit is None else limit + 1))
    except (QueryTimeout, KGraphError):
        raise
    except _Expired:  # delivered while the watchdog was being stopped
        raise QueryTimeout(f"query stopped after {timeout:g} s; make it narrower or give a longer timeout "
                           "(--timeout SECONDS, 0 for none)") from None
    except RecursionError as e:
        raise KGraphError(f"query nested too deeply to evaluate; flatten it (at most {MAX_NESTING} levels)") from e
    except Exception as e:  # rdflib raises plain Exceptions for queries it cannot evaluate
        message = str(e).splitlines()[0] if str(e) else type(e).__name__
        raise KGraphError(f"cannot evaluate the query: {message}") from e
    truncated = limit is not None and len(taken) > limit
    rows = [{name: value for name, value in zip(variables, row) if value is not None}
            for row in taken[:limit]]
    return Results("SELECT", vars=variables, rows=rows, truncated=truncated, limit=limit)


def query(graph_or_path: Any, sparql: str | Path, *, timeout: float | None = DEFAULT_TIMEOUT,
          limit: int | None = DEFAULT_LIMIT) -> list[dict[str, str]]:
    """Run SPARQL and return rows as ``{variable: value}`` (unbound variables left out).

    ``graph_or_path``: a KnowledgeGraph, an rdflib graph or dataset, or the path
    of a saved graph (any format of :data:`kgraph.export.FORMATS`).
    ``sparql``: query text or a ``.rq`` file. SELECT gives one dict per row;
    ASK gives ``[{"ask": "true"}]`` or ``[{"ask": "false"}]``; CONSTRUCT and
    DESCRIBE give one ``{"subject", "predicate", "object"}`` per triple.
    Values are IRIs and literals' lexical forms, as strings. The bounds and
    refusals are those of :func:`run_query`; a cut SELECT warns with
    :class:`QueryTruncated`.
    """
    results = run_query(graph_or_path, sparql, timeout=timeout, limit=limit)
    if results.truncated:
        warnings.warn(_truncation_message(results), QueryTruncated, stacklevel=2)
    return plain_rows(results)


def plain_rows(results: Results) -> list[dict[str, str]]:
    """Results as :func:`query` returns them: ``{variable: value}`` dicts of strings."""
    if results.type == "ASK":
        return [{"ask": "true" if results.boolean else "false"}]
    if results.graph is not None:
        return [{"subject": str(s), "predicate": str(p), "object": str(o)} for s, p, o in results.graph]
    return [{name: str(value) for name, value in row.items()} for row in results.rows]


def _truncation_message(results: Results) -> str:
    return (f"query stopped at {results.limit} rows; add LIMIT/OFFSET to page through, or raise the limit "
            "(--limit N, 0 for none)")


# --- result formats -------------------------------------------------------------------------

def _json_term(term: Any) -> dict[str, str]:
    """A term in the W3C SPARQL 1.1 Query Results JSON Format."""
    if isinstance(term, URIRef):
        return {"type": "uri", "value": str(term)}
    if isinstance(term, BNode):
        return {"type": "bnode", "value": str(term)}
    item = {"type": "literal", "value": str(term)}
    if term.language:
        item["xml:lang"] = term.language
    elif term.datatype is not None:
        item["datatype"] = str(term.datatype)
    return item


_NT_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t"})


def _tsv_term(term: Any) -> str:
    """A term as the W3C TSV format writes it (N-Triples syntax; tabs and newlines escaped)."""
    if term is None:
        return ""
    if isinstance(term, URIRef):
        return f"<{term}>"
    if isinstance(term, BNode):
        return f"_:{term}"
    text = f'"{str(term).translate(_NT_ESCAPES)}"'
    if isinstance(term, Literal) and term.language:
        return f"{text}@{term.language}"
    if isinstance(term, Literal) and term.datatype is not None:
        return f"{text}^^<{term.datatype}>"
    return text


def _csv_term(term: Any) -> str:
    if term is None:
        return ""
    return f"_:{term}" if isinstance(term, BNode) else str(term)


def format_results(results: Results, format: str = "text") -> str:
    """The results as text: W3C SPARQL 1.1 JSON, CSV or TSV results, or plain tab-separated text.

    SELECT keeps every selected variable as a column, bound or not. ASK gives
    the W3C JSON boolean object, or ``true``/``false`` in the other formats.
    CONSTRUCT and DESCRIBE give Turtle whatever the format.
    """
    if format not in RESULT_FORMATS:
        raise KGraphError(f"unknown result format {format!r}; choose from {', '.join(RESULT_FORMATS)}")
    if results.type == "ASK":
        if format == "json":
            return json.dumps({"head": {}, "boolean": bool(results.boolean)}) + "\n"
        return "true\n" if results.boolean else "false\n"
    if results.graph is not None:
        from kgraph.vocab import bind_prefixes

        bind_prefixes(results.graph)
        return results.graph.serialize(format="turtle")
    if format == "json":
        data = {"head": {"vars": results.vars},
                "results": {"bindings": [{var: _json_term(value) for var, value in row.items()}
                                         for row in results.rows]}}
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    if format == "tsv":
        lines = ["\t".join(f"?{var}" for var in results.vars)]
        lines += ["\t".join(_tsv_term(row.get(var)) for var in results.vars) for row in results.rows]
        return "\n".join(lines) + "\n"
    if format == "csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\r\n")  # RFC 4180, as the W3C CSV format asks
        writer.writerow(results.vars)
        writer.writerows([_csv_term(row.get(var)) for var in results.vars] for row in results.rows)
        return out.getvalue()
    lines = ["\t".join(results.vars)]
    lines += ["\t".join(str(row.get(var, "")).translate(_TEXT_ESCAPES) for var in results.vars)
              for row in results.rows]
    return "\n".join(lines) + "\n"


# the plain text table keeps one row a line: a value's own tabs and line breaks are written as \t, \n, \r
_TEXT_ESCAPES = str.maketrans({"\t": "\\t", "\n": "\\n", "\r": "\\r"})
