"""rdflib's own format names are accepted wherever a format is named, through one alias table."""

from __future__ import annotations

import pytest
from helpers import SEED

from kgraph.cli import main
from kgraph.errors import KGraphError
from kgraph.export import FORMAT_ALIASES, FORMATS, export, format_key, load
from kgraph.graph import KnowledgeGraph

try:
    from test_rdf import sample_document
except ImportError:  # tests/ became a package
    from tests.test_rdf import sample_document

RDFLIB_NAMES = {"turtle": "ttl", "json-ld": "jsonld", "xml": "rdf", "nquads": "nq", "trig": "trig", "nt": "nt",
                "ntriples": "nt", "n-triples": "nt", "n-quads": "nq", "jsonld": "jsonld", "rdf": "rdf",
                "ttl": "ttl", "nq": "nq"}


@pytest.fixture(scope="module")
def kg() -> KnowledgeGraph:
    graph = KnowledgeGraph()
    graph.add(sample_document())
    return graph


def test_alias_table_covers_rdflib_names_and_every_short_key():
    assert {name: FORMAT_ALIASES[name] for name in RDFLIB_NAMES} == RDFLIB_NAMES
    assert set(FORMAT_ALIASES.values()) == set(FORMATS)
    assert format_key(" Turtle ") == "ttl" and format_key("JSON-LD") == "jsonld"


@pytest.mark.parametrize("name", sorted(RDFLIB_NAMES))
def test_export_and_load_accept_the_name(kg, tmp_path, name):
    key = RDFLIB_NAMES[name]
    reference = export(kg, tmp_path / f"ref.{key}", format=key)
    written = export(kg, tmp_path / "by-name.out", format=name)
    assert written.read_bytes() == reference.read_bytes()
    back = load(written, format=name)  # the extension says nothing: the name does
    expected = load(reference)
    assert len(back) == len(expected) > 100
    assert set(back.triples((None, None, None))) == set(expected.triples((None, None, None)))


def test_unknown_names_are_refused_with_the_choices(kg, tmp_path):
    with pytest.raises(KGraphError, match="choose from ttl, nt, nq, trig, jsonld, rdf"):
        export(kg, tmp_path / "x.n3", format="n3")
    with pytest.raises(KGraphError, match="unknown RDF format 'hext'"):
        load(export(kg, tmp_path / "g.ttl"), format="hext")


def test_build_accepts_rdflib_names_and_writes_short_extensions(tmp_path, capsys):
    out = tmp_path / "out"
    assert main(["build", str(SEED), "-o", str(out), "-q", "--format", "turtle,json-ld,N-Quads,ttl"]) == 0
    assert sorted(p.name for p in out.glob("graph.*") if p.suffix != ".html") == \
        ["graph.jsonld", "graph.nq", "graph.ttl"]
    assert len(load(out / "graph.ttl")) == len(load(out / "graph.nq")) > 100


def test_build_refuses_an_unknown_format_by_name(tmp_path, capsys):
    with pytest.raises(SystemExit) as info:
        main(["build", str(SEED), "-o", str(tmp_path / "o"), "--format", "turtle,n3"])
    assert info.value.code == 2
    assert "unknown format n3;" in capsys.readouterr().err
