import json
import subprocess
import sys

import pytest
from helpers import SEED
from rdflib import Graph
from rdflib.compare import isomorphic

from kgraph.cli import main


def run(*args):
    return subprocess.run([sys.executable, "-m", "kgraph.cli", *args], capture_output=True, text=True)


def test_build_writes_graph_html_and_article_json(tmp_path):
    out = tmp_path / "out"
    assert main(["build", str(SEED.parent), "-o", str(out), "--format", "ttl,nq", "-q"]) == 0
    graph = Graph().parse(out / "graph.ttl")
    again = Graph().parse(data=graph.serialize(format="turtle"), format="turtle")
    assert isomorphic(graph, again) and len(graph) > 100
    assert (out / "graph.nq").stat().st_size > 0
    html = (out / "graph.html").read_text(encoding="utf-8")
    assert "Mai Văn Chính" in html and "https://cdn" not in html
    [doc_json] = (out / "docs").glob("*.json")
    assert doc_json.stem == SEED.stem
    data = json.loads(doc_json.read_text(encoding="utf-8"))
    assert {"doc_id", "entities", "relations"} <= set(data)


def test_extract_prints_guide_json(capsys):
    assert main(["extract", str(SEED)]) == 0
    data = json.loads(capsys.readouterr().out)
    people = [e["name"] for e in data["entities"] if e["type"] == "Person"]
    assert "Mai Văn Chính" in people
    ids = {e["id"] for e in data["entities"]}
    assert all(r["subject"] in ids and r["object"] in ids for r in data["relations"])


def test_evaluate_scores_a_prediction_folder(tmp_path, capsys):
    gold, pred = tmp_path / "gold", tmp_path / "pred"
    gold.mkdir(), pred.mkdir()
    entity = {"id": "e1", "type": "Organization", "name": "Bộ Chính trị", "aliases": []}
    (gold / "a.json").write_text(json.dumps({"doc_id": "a", "entities": [entity], "relations": []}), encoding="utf-8")
    (pred / "a.json").write_text(json.dumps({"doc_id": "a", "entities": [entity], "relations": []}), encoding="utf-8")
    assert main(["evaluate", str(gold), "--pred", str(pred), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["entities"]["f1"] == 1.0 and report["by_type"]["Organization"]["f1"] == 1.0


def test_evaluate_extracts_gold_texts_itself(tmp_path, capsys):
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "s.txt").write_text("Tổng Bí thư Tô Lâm làm việc tại Hà Nội.", encoding="utf-8")
    gold_json = {"doc_id": "s", "entities": [
        {"id": "p", "type": "Person", "name": "Tô Lâm", "aliases": []},
        {"id": "l", "type": "Location", "name": "Hà Nội", "aliases": []}], "relations": []}
    (gold / "s.json").write_text(json.dumps(gold_json, ensure_ascii=False), encoding="utf-8")
    assert main(["evaluate", str(gold), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["entities"]["recall"] == 1.0


@pytest.mark.parametrize("args, message", [
    (["extract", "missing.txt"], "no such file"),
    (["build", "missing-folder", "-o", "x"], "no such file"),
    (["evaluate", "missing-gold"], "missing-gold"),
])
def test_errors_are_one_line_without_traceback(args, message, tmp_path):
    result = run(*args)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert message in result.stderr and result.stderr.count("\n") == 1


def test_non_utf8_input_is_a_clear_error(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"Caf\xe9 \x81\x8d")
    result = run("extract", str(bad))
    assert result.returncode == 2 and "not UTF-8 (byte 3)" in result.stderr and "Traceback" not in result.stderr


def test_utf16_input_is_read_and_said_so(tmp_path):
    article = tmp_path / "a.txt"
    article.write_bytes("Tổng Bí thư Tô Lâm làm việc tại Hà Nội.".encode("utf-16"))
    result = run("extract", str(article))
    assert result.returncode == 0, result.stderr
    assert "Tô Lâm" in result.stdout and "read as UTF-16-LE" in result.stderr and "byte 0" not in result.stderr


def test_build_mints_iris_under_the_base_asked_for(tmp_path):
    out = tmp_path / "out"
    assert main(["build", str(SEED), "-o", str(out), "-q", "--base", "https://example.org/vn/"]) == 0
    subjects = {str(s) for s in Graph().parse(out / "graph.ttl").subjects()}
    assert any(s.startswith("https://example.org/vn/person/") for s in subjects)
    assert not any(s.startswith("https://w3id.org/kgraph/id/") for s in subjects)


def test_extraction_is_the_same_under_any_hash_seed(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(
        "Sáng 26/3, Huyện ủy Đông Hải tổ chức lễ công bố quyết định. Đồng chí Lê Văn An, Bí thư Đảng ủy, "
        "Chủ tịch UBND xã Định Thành phát biểu. Xã Định Thành và xã Định Thành A cùng dự.", encoding="utf-8")
    outputs = set()
    for seed in ("0", "3", "11"):
        result = subprocess.run([sys.executable, "-m", "kgraph.cli", "extract", str(article)], capture_output=True,
                                text=True, env={**__import__("os").environ, "PYTHONHASHSEED": seed})
        assert result.returncode == 0, result.stderr
        outputs.add(result.stdout)
    assert len(outputs) == 1


def test_an_output_path_that_is_a_file_is_a_clear_error(tmp_path):
    blocker = tmp_path / "out"
    blocker.write_text("not a folder", encoding="utf-8")
    result = run("build", str(SEED), "-o", str(blocker), "-q")
    assert result.returncode == 2 and "Traceback" not in result.stderr and str(blocker) in result.stderr
    assert blocker.read_text(encoding="utf-8") == "not a folder"  # nothing lost
