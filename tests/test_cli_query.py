"""`kgraph query` on the command line: result formats, bounds and refusals."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from kgraph.cli import _parser
from kgraph.export import export
from kgraph.graph import KnowledgeGraph
from kgraph.query import DEFAULT_LIMIT, DEFAULT_TIMEOUT

try:
    from test_rdf import sample_document
except ImportError:  # tests/ became a package
    from tests.test_rdf import sample_document


def run(*args):
    return subprocess.run([sys.executable, "-m", "kgraph.cli", *args], capture_output=True, text=True)


@pytest.fixture(scope="module")
def graph_file(tmp_path_factory):
    kg = KnowledgeGraph()
    kg.add(sample_document())
    return export(kg, tmp_path_factory.mktemp("g") / "graph.trig", format="trig")


def test_cli_query_defaults_are_the_library_defaults():
    args = _parser().parse_args(["query", "g.ttl", "ASK {}"])
    assert (args.timeout, args.limit, args.format) == (DEFAULT_TIMEOUT, DEFAULT_LIMIT, "text")


@pytest.mark.parametrize("sparql, message", [
    ("SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }", "SERVICE <http://127.0.0.1:9/sparql> is not allowed"),
    ("SELECT * FROM <file:///etc/hostname> WHERE { ?s ?p ?o }", "FROM <file:///etc/hostname> is not allowed"),
    ('INSERT DATA { <urn:a> <urn:b> "c" }', "update requests (INSERT DATA) are not allowed"),
    ("SELECT * WHERE " + "{" * 200 + "?s ?p ?o" + "}" * 200, "nested 200 levels deep"),
])
def test_cli_query_refusals_are_one_line_exit_2(graph_file, sparql, message):
    result = run("query", str(graph_file), sparql)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert message in result.stderr and result.stderr.count("\n") == 1


def test_cli_query_limit_cuts_rows_and_warns(graph_file):
    result = run("query", str(graph_file), "SELECT ?s ?p ?o WHERE { ?s ?p ?o }", "--limit", "3")
    assert result.returncode == 0
    assert len(result.stdout.splitlines()) == 1 + 3
    assert result.stderr == "kgraph: warning: stopped at 3 rows; add LIMIT/OFFSET or raise --limit (0 for none)\n"
    as_json = run("query", str(graph_file), "SELECT ?s WHERE { ?s ?p ?o }", "--limit", "2", "--json")
    assert len(json.loads(as_json.stdout)) == 2 and as_json.stderr.startswith("kgraph: warning: stopped at 2 rows")


def test_cli_query_timeout_is_an_error(tmp_path):
    lines = [f"<urn:s{i}> <urn:p> \"{i}\" ." for i in range(300)]
    (tmp_path / "big.nt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run("query", str(tmp_path / "big.nt"), "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?x . ?b ?q ?y . ?c ?r ?z }",
                 "--timeout", "0.5")
    assert result.returncode == 2 and "stopped after 0.5 s" in result.stderr and "Traceback" not in result.stderr
