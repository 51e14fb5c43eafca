"""The command line behaves like other Unix tools: --version, stdin, --help, pipes, clear refusals."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys

import pytest

import kgraph
from kgraph.cli import _parser, main
from kgraph.errors import InputError

SENTENCE = "Sáng 3/4, tại Cần Thơ, Thành ủy Cần Thơ tổ chức Hội nghị quán triệt Nghị quyết. Đồng chí Lê Quang Mạnh, Bí thư Thành ủy Cần Thơ chủ trì Hội nghị."


def run(*args, stdin=None):
    return subprocess.run([sys.executable, "-m", "kgraph.cli", *args], capture_output=True, input=stdin)


def test_version_prints_the_package_version():
    result = run("--version")
    assert result.returncode == 0 and result.stdout.decode().strip() == f"kgraph {kgraph.__version__}"


def test_extract_dash_reads_stdin():
    result = run("extract", "-", stdin=SENTENCE.encode("utf-8"))
    assert result.returncode == 0, result.stderr.decode("utf-8")
    data = json.loads(result.stdout)
    assert data["doc_id"] == "stdin"
    people = {e["name"]: e for e in data["entities"] if e["type"] == "Person"}
    assert [m["text"] for m in people["Lê Quang Mạnh"]["mentions"]] == ["Lê Quang Mạnh"]
    named = run("extract", "-", "--doc-id", "can-tho", stdin=("\ufeff" + SENTENCE).encode("utf-8"))
    assert json.loads(named.stdout)["doc_id"] == "can-tho"
    assert json.loads(named.stdout)["entities"] == data["entities"]  # the BOM is not part of the text


@pytest.mark.parametrize("stdin, message", [
    ("Hà Nội".encode("utf-16"), "standard input is not UTF-8"),
    (b"  \n", "standard input is empty"),
])
def test_extract_dash_bad_stdin_is_one_line(stdin, message):
    result = run("extract", "-", stdin=stdin)
    assert result.returncode == 2 and message in result.stderr.decode()
    assert result.stderr.decode().count("\n") == 1


@pytest.mark.parametrize("command", ["extract", "build"])
def test_non_article_files_are_refused_by_name_unless_forced(tmp_path, command):
    odd = tmp_path / "bai-viet.md"
    odd.write_text(SENTENCE, encoding="utf-8")
    out = ["-o", str(tmp_path / "out"), "-q"] if command == "build" else []
    refused = run(command, str(odd), *out)
    stderr = refused.stderr.decode()
    assert refused.returncode == 2 and "bai-viet.md: not an article file" in stderr and "--force" in stderr
    assert not (tmp_path / "out").exists()
    forced = run(command, str(odd), *out, "--force")
    assert forced.returncode == 0, forced.stderr
    if command == "build":
        data = json.loads((tmp_path / "out" / "docs" / "bai-viet.json").read_text(encoding="utf-8"))
    else:
        data = json.loads(forced.stdout)
    assert "Lê Quang Mạnh" in {e["name"] for e in data["entities"]}


def test_html_files_are_accepted_inputs(tmp_path):
    page = tmp_path / "bai.html"
    page.write_text(f"<html><head><title>Hội nghị</title></head><body><nav>Trang chủ | Thời sự</nav>"
                    f"<article><h1>Thành ủy Cần Thơ quán triệt Nghị quyết</h1><p>{SENTENCE}</p><p>{SENTENCE}</p>"
                    f"</article><footer>Bản quyền</footer></body></html>", encoding="utf-8")
    result = run("extract", str(page))
    assert result.returncode == 0, result.stderr.decode("utf-8")
    assert "Lê Quang Mạnh" in result.stdout.decode("utf-8")


def _gold(folder, name):
    folder.mkdir(exist_ok=True)
    entity = {"id": "e1", "type": "Organization", "name": "Thành ủy Cần Thơ", "aliases": []}
    (folder / f"{name}.json").write_text(json.dumps({"doc_id": name, "entities": [entity], "relations": []}),
                                         encoding="utf-8")


def test_evaluate_pred_folder_with_no_matching_names_is_an_error(tmp_path):
    gold, pred = tmp_path / "gold", tmp_path / "pred"
    _gold(gold, "bai-1"), _gold(gold, "bai-2")
    _gold(pred, "article-1")
    result = run("evaluate", str(gold), "--pred", str(pred))
    stderr = result.stderr.decode()
    assert result.returncode == 2 and "no prediction in" in stderr and "article-1.json" in stderr
    assert "bai-1.json" in stderr and stderr.count("\n") == 1 and result.stdout == b""
    empty = tmp_path / "empty"
    empty.mkdir()
    assert run("evaluate", str(gold), "--pred", str(empty)).returncode == 2


def test_evaluate_pred_folder_missing_some_names_warns_and_scores(tmp_path, capsys):
    gold, pred = tmp_path / "gold", tmp_path / "pred"
    _gold(gold, "bai-1"), _gold(gold, "bai-2")
    _gold(pred, "bai-1")
    assert main(["evaluate", str(gold), "--pred", str(pred), "--json"]) == 0
    captured = capsys.readouterr()
    assert "no prediction for 1 of 2 gold articles (bai-2.json)" in captured.err
    assert json.loads(captured.out)["entities"]["recall"] == 0.5


@pytest.mark.parametrize("source", ["missing/", "bai-viet/missing.md", "missing-folder/"])
def test_build_api_missing_path_is_an_error_not_an_article(source):
    with pytest.raises(InputError, match="no such file"):
        kgraph.build([source])


def test_build_api_still_takes_text():
    kg = kgraph.build([SENTENCE])
    assert len(kg.documents) == 1


def _subparsers(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(action.choices)


@pytest.mark.parametrize("name", sorted(_subparsers(_parser())))
def test_every_argument_has_help_and_states_its_default(name):
    parser = _subparsers(_parser())[name]
    for action in parser._actions:
        if isinstance(action, argparse._HelpAction):
            continue
        assert action.help, f"kgraph {name} {action.dest} has no help"
        if action.default not in (None, False, argparse.SUPPRESS) and not action.required:
            assert "default" in action.help, f"kgraph {name} --{action.dest}: help does not state the default"
    assert run(name, "--help").returncode == 0


def _head(args, lines=1):
    """Run kgraph, read ``lines`` lines of its output and close the pipe, as ``head`` does."""
    process = subprocess.Popen([sys.executable, "-m", "kgraph.cli", *args], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE)
    first = [process.stdout.readline() for _ in range(lines)]
    process.stdout.close()
    stderr = process.stderr.read().decode()
    process.wait(120)
    return first, stderr, process.returncode


def test_piping_query_into_head_ends_quietly(tmp_path):
    rows = [f'<urn:kgraph:s{i}> <urn:kgraph:p> "giá trị số {i} của một bảng rất dài" .' for i in range(20000)]
    (tmp_path / "big.nt").write_text("\n".join(rows) + "\n", encoding="utf-8")
    first, stderr, code = _head(["query", str(tmp_path / "big.nt"), "SELECT ?s ?o WHERE { ?s ?p ?o }"])
    assert first == [b"s\to\n"] and stderr == "" and code in (0, 141)


def test_piping_extract_into_head_ends_quietly(tmp_path):
    article = tmp_path / "dai.txt"
    article.write_text(" ".join([SENTENCE] * 400), encoding="utf-8")  # JSON of about 300 kB, written in pieces
    first, stderr, code = _head(["extract", str(article)], lines=2)
    assert first == [b"{\n", b'  "doc_id": "dai",\n']
    assert stderr == "" and code == 141
