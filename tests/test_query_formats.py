"""Query results in the W3C SPARQL 1.1 result formats (JSON, CSV, TSV), checked against the specs' shapes.

JSON: https://www.w3.org/TR/sparql11-results-json/ ; CSV and TSV: https://www.w3.org/TR/sparql11-results-csv-tsv/
"""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys

import pytest
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.plugins.sparql.results.csvresults import CSVResultParser
from rdflib.plugins.sparql.results.jsonresults import JSONResultParser
from rdflib.plugins.sparql.results.tsvresults import TSVResultParser

from kgraph.errors import KGraphError
from kgraph.export import export
from kgraph.graph import KnowledgeGraph
from kgraph.query import format_results, run_query

try:
    from test_rdf import sample_document
except ImportError:  # tests/ became a package
    from tests.test_rdf import sample_document

EX = "urn:ex:"
XSD_DATE = URIRef("http://www.w3.org/2001/XMLSchema#date")
XSD_INTEGER = URIRef("http://www.w3.org/2001/XMLSchema#integer")
# one row per kind of term; ?note is bound in one row only, ?never in none
SELECT = f"""SELECT ?s ?name ?note ?never WHERE {{
  ?s <{EX}name> ?name . OPTIONAL {{ ?s <{EX}note> ?note }} OPTIONAL {{ ?s <{EX}never> ?never }}
}} ORDER BY ?name"""


@pytest.fixture(scope="module")
def graph() -> Graph:
    g = Graph()
    person = URIRef(f"{EX}p1")
    g.add((person, URIRef(f"{EX}name"), Literal("Nguyễn Văn An", lang="vi")))
    g.add((person, URIRef(f"{EX}note"), Literal('dòng 1\ttab "ngoặc"\ndòng 2, có dấu phẩy')))
    g.add((BNode("b1"), URIRef(f"{EX}name"), Literal("2021-06-30", datatype=XSD_DATE)))
    g.add((URIRef(f"{EX}p3"), URIRef(f"{EX}name"), Literal(42)))
    return g


def rows_of(results):
    return [{var: row.get(var) for var in results.vars} for row in results.rows]


def test_json_has_head_vars_and_typed_bindings(graph):
    data = json.loads(format_results(run_query(graph, SELECT), "json"))
    assert data["head"] == {"vars": ["s", "name", "note", "never"]}
    bindings = data["results"]["bindings"]
    assert bindings[0] == {"s": {"type": "bnode", "value": "b1"},
                           "name": {"type": "literal", "value": "2021-06-30", "datatype": str(XSD_DATE)}}
    assert bindings[1] == {"s": {"type": "uri", "value": f"{EX}p3"},
                           "name": {"type": "literal", "value": "42", "datatype": str(XSD_INTEGER)}}
    assert bindings[2] == {"s": {"type": "uri", "value": f"{EX}p1"},
                           "name": {"type": "literal", "value": "Nguyễn Văn An", "xml:lang": "vi"},
                           "note": {"type": "literal", "value": 'dòng 1\ttab "ngoặc"\ndòng 2, có dấu phẩy'}}
    assert all("never" not in b for b in bindings)  # unbound: left out of the binding, kept in head.vars


def test_json_reads_back_with_rdflib_to_the_same_terms(graph):
    results = run_query(graph, SELECT)
    parsed = JSONResultParser().parse(io.StringIO(format_results(results, "json")))
    assert [str(v) for v in parsed.vars] == results.vars
    assert [{str(k): v for k, v in b.items()} for b in parsed.bindings] == results.rows


def test_tsv_has_question_mark_header_and_ntriples_terms(graph):
    text = format_results(run_query(graph, SELECT), "tsv")
    lines = text.split("\n")
    assert lines[0] == "?s\t?name\t?note\t?never"
    assert lines[1] == f'_:b1\t"2021-06-30"^^<{XSD_DATE}>\t\t'
    assert lines[2] == f'<{EX}p3>\t"42"^^<{XSD_INTEGER}>\t\t'
    assert lines[3] == f'<{EX}p1>\t"Nguyễn Văn An"@vi\t"dòng 1\\ttab \\"ngoặc\\"\\ndòng 2, có dấu phẩy"\t'
    assert lines[4:] == [""] and all(line.count("\t") == 3 for line in lines[:4])


def test_tsv_reads_back_with_rdflib_to_the_same_terms(graph):
    results = run_query(graph, SELECT)
    parsed = TSVResultParser().parse(io.StringIO(format_results(results, "tsv")))
    assert [str(v) for v in parsed.vars] == results.vars
    back = [{str(k): v for k, v in b.items() if v is not None} for b in parsed.bindings]
    expected = rows_of(results)
    assert len(back) == len(expected)
    for got, want in zip(back, expected):
        assert {k: v for k, v in want.items() if v is not None and not isinstance(v, BNode)} == \
            {k: v for k, v in got.items() if not isinstance(v, BNode)}


def test_csv_is_plain_values_with_crlf_and_empty_unbound(graph):
    text = format_results(run_query(graph, SELECT), "csv")
    assert text.startswith("s,name,note,never\r\n") and text.endswith("\r\n")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert rows[1:] == [["_:b1", "2021-06-30", "", ""], [f"{EX}p3", "42", "", ""],
                        [f"{EX}p1", "Nguyễn Văn An", 'dòng 1\ttab "ngoặc"\ndòng 2, có dấu phẩy', ""]]
    parsed = CSVResultParser().parse(io.StringIO(text, newline=""))
    assert [str(v) for v in parsed.vars] == ["s", "name", "note", "never"] and len(parsed.bindings) == 3


def test_every_selected_variable_is_a_column_even_when_nothing_matches(graph):
    results = run_query(graph, f"SELECT ?a ?b WHERE {{ ?a <{EX}nothing> ?b }}")
    assert format_results(results, "csv") == "a,b\r\n"
    assert format_results(results, "tsv") == "?a\t?b\n"
    assert format_results(results, "text") == "a\tb\n"
    assert json.loads(format_results(results, "json")) == {"head": {"vars": ["a", "b"]}, "results": {"bindings": []}}


def test_ask_is_a_json_boolean_or_true_false(graph):
    yes, no = run_query(graph, f"ASK {{ ?s <{EX}name> ?n }}"), run_query(graph, f"ASK {{ ?s <{EX}nothing> ?n }}")
    assert json.loads(format_results(yes, "json")) == {"head": {}, "boolean": True}
    assert json.loads(format_results(no, "json")) == {"head": {}, "boolean": False}
    assert JSONResultParser().parse(io.StringIO(format_results(no, "json"))).askAnswer is False
    for fmt in ("text", "csv", "tsv"):
        assert (format_results(yes, fmt), format_results(no, fmt)) == ("true\n", "false\n")


@pytest.mark.parametrize("fmt", ["text", "json", "csv", "tsv"])
def test_construct_and_describe_are_turtle(graph, fmt):
    construct = run_query(graph, f"CONSTRUCT {{ ?s <{EX}label> ?n }} WHERE {{ ?s <{EX}name> ?n FILTER(lang(?n) = 'vi') }}")
    back = Graph().parse(data=format_results(construct, fmt), format="turtle")
    assert set(back) == {(URIRef(f"{EX}p1"), URIRef(f"{EX}label"), Literal("Nguyễn Văn An", lang="vi"))}
    describe = run_query(graph, f"DESCRIBE <{EX}p1>")
    back = Graph().parse(data=format_results(describe, fmt), format="turtle")
    assert (URIRef(f"{EX}p1"), URIRef(f"{EX}note"), None) in back


def test_unknown_result_format_is_an_error(graph):
    with pytest.raises(KGraphError, match="choose from text, json, csv, tsv"):
        format_results(run_query(graph, SELECT), "xml")


def test_cli_query_formats_on_a_saved_article_graph(tmp_path):
    kg = KnowledgeGraph()
    kg.add(sample_document())
    path = export(kg, tmp_path / "graph.nq", format="nq")
    sparql = ("SELECT ?name ?alias WHERE { ?p a <https://w3id.org/kgraph/ontology#Organization> ; "
              "<http://www.w3.org/2004/02/skos/core#prefLabel> ?name "
              "OPTIONAL { ?p <http://www.w3.org/2004/02/skos/core#altLabel> ?alias } } ORDER BY ?name ?alias")

    def cli(*args):
        result = subprocess.run([sys.executable, "-m", "kgraph.cli", "query", str(path), sparql, *args],
                                capture_output=True)
        assert result.returncode == 0, result.stderr
        return result.stdout.decode("utf-8")

    data = json.loads(cli("--format", "json"))
    assert data["head"]["vars"] == ["name", "alias"]
    tinh_uy = [b for b in data["results"]["bindings"] if b["name"]["value"] == "Tỉnh ủy Kon Tum"]
    assert tinh_uy == [{"name": {"type": "literal", "value": "Tỉnh ủy Kon Tum", "xml:lang": "vi"}}]
    tsv = cli("--format", "tsv").split("\n")
    assert tsv[0] == "?name\t?alias" and '"Tỉnh ủy Kon Tum"@vi\t' in tsv
    csv_text = cli("--format", "csv")
    assert csv_text.startswith("name,alias\r\n") and "Tỉnh ủy Kon Tum,\r\n" in csv_text
    text = cli().split("\n")
    assert text[0] == "name\talias" and "Tỉnh ủy Kon Tum\t" in text


def test_cli_query_ask_and_construct(tmp_path):
    kg = KnowledgeGraph()
    kg.add(sample_document())
    path = export(kg, tmp_path / "graph.ttl", format="ttl")
    run = lambda *a: subprocess.run([sys.executable, "-m", "kgraph.cli", "query", str(path), *a],  # noqa: E731
                                    capture_output=True, text=True)
    assert run("ASK { ?s a <https://w3id.org/kgraph/ontology#Event> }").stdout == "true\n"
    assert json.loads(run("ASK { ?s a <urn:none> }", "--format", "json").stdout) == {"head": {}, "boolean": False}
    out = run("CONSTRUCT { ?e <urn:x:date> ?d } WHERE { ?e <https://schema.org/startDate> ?d }", "--format", "csv")
    triples = list(Graph().parse(data=out.stdout, format="turtle"))
    assert [str(o) for _, _, o in triples] == ["2021-06-30"]


def test_the_text_table_keeps_one_row_a_line_when_values_hold_line_breaks():
    from rdflib import Graph, Literal, URIRef

    g = Graph()
    g.add((URIRef("urn:a"), URIRef("urn:text"), Literal("Dòng một\nDòng hai\tcột")))
    text = format_results(run_query(g, "SELECT ?s ?o WHERE { ?s ?p ?o }"), "text")
    assert text.splitlines() == ["s\to", "urn:a\tDòng một\\nDòng hai\\tcột"]
