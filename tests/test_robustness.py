"""Bad and hostile inputs, each with what kgraph must do with it (docs/robustness.md has the table)."""

import json
import os
import signal
import subprocess
import sys
import time
import unicodedata

import pytest
from helpers import SEED
from rdflib import Dataset, Graph

from kgraph.cli import main
from kgraph.encoding import decode
from kgraph.errors import InputError, KGraphError
from kgraph.graph import build
from kgraph.sources import read_sources, scan_sources

GOOD = "Sáng 3/4, Ban Thường vụ Tỉnh ủy Gia Lai tổ chức hội nghị. Đồng chí Trần Văn Nam, Bí thư Tỉnh ủy chủ trì."
TONES = "\u0300\u0301\u0303\u0309\u0323"


def cp1258(text: str) -> bytes:
    """Windows-1258 bytes: base letters, then the tone as a combining mark (as Vietnamese Windows wrote them)."""
    out = b""
    for ch in text:
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            d = unicodedata.normalize("NFD", ch)
            tone = next(c for c in d if c in TONES)
            out += unicodedata.normalize("NFC", d.replace(tone, "")).encode("cp1258") + tone.encode("cp1258")
    return out


# name -> (content, None when the article is read, else words of the skip reason)
BAD_AND_GOOD = {
    "good.txt": (GOOD.encode("utf-8"), None),
    "bom.txt": (b"\xef\xbb\xbf" + GOOD.encode("utf-8"), None),
    "utf16.txt": (GOOD.encode("utf-16"), None),
    "utf32.txt": (GOOD.encode("utf-32"), None),
    "windows1258.txt": (cp1258(GOOD), None),
    "mojibake.txt": (GOOD.encode("utf-8").decode("latin-1").encode("utf-8"), None),
    "empty.txt": (b"", "is empty"),
    "blank.txt": (b"  \n\t\n", "is empty"),
    "binary.txt": (bytes(range(256)), "binary"),
    "tcvn3.txt": ("Héi nghÞ Ban ChÊp hµnh §¶ng bé tØnh Kon Tum. Céng hoµ x· héi chñ nghÜa ViÖt Nam".encode("cp1252"),
                  "TCVN3"),
    "tcvn3-in-utf8.txt": ("Héi nghÞ Ban ChÊp hµnh §¶ng bé tØnh. Céng hoµ x· héi chñ nghÜa ViÖt Nam".encode("utf-8"),
                          "TCVN3"),
    "vni-in-utf8.txt": ("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam. Hoäi nghò Ban Chaáp haønh".encode("utf-8"), "VNI"),
    "lost-bytes.txt": (GOOD.encode("utf-8").decode("cp1252", "replace").encode("utf-8"), "bytes lost"),
}


@pytest.fixture
def hostile(tmp_path):
    """A folder of every bad input beside good ones; returns (folder, outside file)."""
    folder = tmp_path / "in"
    folder.mkdir()
    for name, (content, _) in BAD_AND_GOOD.items():
        (folder / name).write_bytes(content)
    (folder / "folder.txt").mkdir()
    (folder / "dangling.txt").symlink_to(tmp_path / "nowhere.txt")
    outside = tmp_path / "secret.txt"
    outside.write_text("Bộ Chính trị họp bí mật tại Hà Nội.", encoding="utf-8")
    (folder / "escape.txt").symlink_to(outside)
    os.mkfifo(folder / "pipe.txt")  # reading it would block forever
    return folder, outside


EXPECTED_SKIPS = {name: reason for name, (_, reason) in BAD_AND_GOOD.items() if reason} | {
    "folder.txt": "is a folder", "dangling.txt": "dangling symbolic link",
    "escape.txt": "leading outside", "pipe.txt": "not a regular file"}


def test_a_corpus_build_skips_each_bad_input_with_its_reason_and_keeps_the_good(hostile, tmp_path, capsys):
    folder, _ = hostile
    out = tmp_path / "out"
    assert main(["build", str(folder), "-o", str(out), "-q"]) == 3
    err = capsys.readouterr().err
    skipped = [line for line in err.splitlines() if line.startswith("kgraph: skipped: ")]
    assert len(skipped) == len(EXPECTED_SKIPS)
    for name, reason in EXPECTED_SKIPS.items():
        [line] = [line for line in skipped if f"{os.sep}{name} " in line]
        assert reason in line, line
    kept = {p.stem for p in (out / "docs").glob("*.json")}
    assert kept == {name[:-4] for name, (_, reason) in BAD_AND_GOOD.items() if reason is None}
    for stem in kept:  # every encoding gave the same article
        data = json.loads((out / "docs" / f"{stem}.json").read_text(encoding="utf-8"))
        assert "Trần Văn Nam" in {e["name"] for e in data["entities"]}, stem
    assert "bí mật" not in (out / "graph.ttl").read_text(encoding="utf-8")  # the file outside was not read


def test_strict_stops_at_the_first_bad_input_and_writes_nothing(hostile, tmp_path, capsys):
    folder, _ = hostile
    out = tmp_path / "out"
    assert main(["build", str(folder), "-o", str(out), "-q", "--strict"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("kgraph: error: ") and not out.exists()


@pytest.mark.filterwarnings("ignore:.*(read as|repaired):UserWarning")
def test_the_api_skips_or_raises_as_asked(hostile):
    folder, _ = hostile
    kg = build([folder], on_error="skip")
    assert {s.source.rsplit(os.sep, 1)[1] for s in kg.skipped} == set(EXPECTED_SKIPS)
    assert "good" in kg.documents and "escape" not in kg.documents
    with pytest.raises(InputError):
        build([folder], on_error="raise")


def test_a_symlink_named_on_the_command_line_is_read(hostile):
    _, outside = hostile
    link = outside.parent / "link.txt"
    link.symlink_to(outside)
    [(text, doc_id, _)] = read_sources([link])
    assert doc_id == "link" and "Bộ Chính trị" in text


def test_clashing_ids_are_kept_apart_and_reported(tmp_path):
    for folder in ("A", "B"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "x.txt").write_text(GOOD, encoding="utf-8")
    nfc_name, nfd_name = unicodedata.normalize("NFC", "Hội nghị.txt"), unicodedata.normalize("NFD", "Hội nghị.txt")
    (tmp_path / "A" / nfc_name).write_text("Bộ Chính trị họp.", encoding="utf-8")
    (tmp_path / "A" / nfd_name).write_text("Ban Bí thư họp.", encoding="utf-8")
    with pytest.warns(UserWarning, match="share the id") as caught:
        items, skipped = scan_sources([tmp_path / "A", tmp_path / "B"])
    ids = [doc_id for _, doc_id, _ in items]
    assert len(ids) == 4 == len(set(ids)) and not skipped
    assert {"A-x", "B-x"} <= set(ids)
    assert {"A-Hội nghị", "A-Hội nghị-2"} <= set(ids)
    assert len(caught) == 2
    with pytest.warns(UserWarning, match="share the id"):
        again, _ = scan_sources([tmp_path / "A", tmp_path / "B"])
    assert [doc_id for _, doc_id, _ in again] == ids  # the same every run


def test_a_251_character_file_name_builds(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / ("a" * 247 + ".txt")).write_text(GOOD, encoding="utf-8")
    (folder / "ok.txt").write_text(GOOD, encoding="utf-8")
    out = tmp_path / "out"
    assert main(["build", str(folder), "-o", str(out), "-q"]) == 0
    [line] = capsys.readouterr().err.splitlines()
    assert line.startswith("kgraph: warning: ") and "id shortened" in line
    names = sorted(p.name for p in (out / "docs").iterdir())
    assert len(names) == 2 and all(len(n.encode()) < 255 for n in names)


def test_output_that_is_a_file_is_named_as_such(tmp_path, capsys):
    blocker = tmp_path / "out"
    blocker.write_text("x", encoding="utf-8")
    assert main(["build", str(SEED), "-o", str(blocker), "-q"]) == 2
    assert f"-o must be a folder; {blocker} is a file" in capsys.readouterr().err


@pytest.mark.parametrize("base", ["not a base", "https://example.org/a b/", "https://example.org/id"])
def test_an_invalid_base_is_one_line_and_nothing_is_written(tmp_path, base):
    out = tmp_path / "out"
    result = subprocess.run([sys.executable, "-m", "kgraph.cli", "build", str(SEED), "-o", str(out), "-q",
                             "--base", base], capture_output=True, text=True)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.count("\n") == 1 and "--base" in result.stderr and not out.exists()


def test_an_odd_source_stays_a_literal_and_every_format_reads_back(tmp_path):
    import pyoxigraph

    (tmp_path / "a.txt").write_text(GOOD + "\x00\x1b Hà\x07 Nội.", encoding="utf-8")
    (tmp_path / "SOURCES.tsv").write_text(
        'doc\tsource\ttitle\na\thttps://example.vn/a b<script>"\tTiêu đề\x0b có ký tự điều khiển\n', encoding="utf-8")
    out = tmp_path / "out"
    assert main(["build", str(tmp_path), "-o", str(out), "-q", "--format", "ttl,nt,nq,trig,jsonld,rdf"]) == 0
    for fmt, rdflib_name, oxi in [("ttl", "turtle", "text/turtle"), ("nt", "nt", "application/n-triples"),
                                  ("nq", "nquads", "application/n-quads"), ("trig", "trig", "application/trig"),
                                  ("jsonld", "json-ld", "application/ld+json"), ("rdf", "xml", "application/rdf+xml")]:
        data = (out / f"graph.{fmt}").read_bytes()
        graph = Dataset().parse(data=data, format=rdflib_name)
        assert len(graph) > 20 or len(list(graph.quads())) > 20, fmt
        store = pyoxigraph.Store()
        store.load(data, format=pyoxigraph.RdfFormat.from_media_type(oxi))
        assert len(store) > 20, fmt
    turtle = (out / "graph.ttl").read_text(encoding="utf-8")
    assert '"https://example.vn/a b<script>\\"' in turtle  # kept as a text, not a broken IRI


def _corpus(folder, n):
    folder.mkdir()
    text = SEED.read_text(encoding="utf-8")
    for i in range(n):
        (folder / f"bai-{i:02d}.txt").write_text(text, encoding="utf-8")


def test_a_rebuild_leaves_no_stale_outputs_and_keeps_other_files(tmp_path):
    first, second, out = tmp_path / "first", tmp_path / "second", tmp_path / "out"
    _corpus(first, 3)
    second.mkdir()
    (second / "khac.txt").write_text(GOOD, encoding="utf-8")
    assert main(["build", str(first), "-o", str(out), "-q", "--format", "ttl,nq"]) == 0
    (out / "notes.md").write_text("mine", encoding="utf-8")
    assert main(["build", str(second), "-o", str(out), "-q"]) == 0
    assert sorted(p.name for p in (out / "docs").iterdir()) == ["khac.json"]
    assert sorted(p.name for p in out.iterdir()) == ["docs", "graph.html", "graph.ttl", "notes.md"]


def test_a_build_killed_while_writing_leaves_the_previous_outputs_intact(tmp_path):
    corpus, out = tmp_path / "corpus", tmp_path / "out"
    _corpus(corpus, 12)
    formats = "ttl,nt,nq,trig,jsonld,rdf"
    assert main(["build", str(corpus / "bai-00.txt"), "-o", str(out), "-q", "--format", formats]) == 0
    before = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    process = subprocess.Popen([sys.executable, "-m", "kgraph.cli", "build", str(corpus), "-o", str(out), "-q",
                                "--format", formats], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and process.poll() is None:
        staging = list(out.glob(".kgraph-tmp-*"))
        if staging and any(p.is_file() and p.stat().st_size > 0 for s in staging for p in s.rglob("*")):
            break  # it is writing
        time.sleep(0.005)
    assert process.poll() is None, "the build ended before it could be interrupted"
    process.send_signal(signal.SIGKILL)
    process.wait()
    after = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()
             if not str(p.relative_to(out)).startswith(".kgraph-tmp-")}
    assert after == before
    assert len(Graph().parse(out / "graph.ttl")) > 100
    assert main(["build", str(corpus / "bai-01.txt"), "-o", str(out), "-q"]) == 0  # and the next build cleans up
    assert not list(out.glob(".kgraph-tmp-*"))


def test_offsets_map_back_to_a_file_with_a_bom_in_nfd(tmp_path):
    path = tmp_path / "nfd.txt"
    path.write_bytes(b"\xef\xbb\xbf" + unicodedata.normalize("NFD", GOOD).encode("utf-8"))
    kg = build([path])
    doc = kg.documents["nfd"]
    person = next(m for m in doc.mentions if m.type == "Person")
    start, end = doc.original_span(person.start, person.end)
    file_text = path.read_bytes().decode(doc.metadata.get("encoding", "utf-8"))
    assert file_text[0] == "\ufeff" and doc.text[person.start:person.end] == "Trần Văn Nam"
    assert unicodedata.normalize("NFC", file_text[start:end]) == "Trần Văn Nam"
    assert file_text[start:end] == unicodedata.normalize("NFD", "Trần Văn Nam")


@pytest.mark.filterwarnings("ignore:.*(read as|repaired):UserWarning")
def test_windows_1258_offsets_map_to_the_decoded_file(tmp_path):
    path = tmp_path / "w.txt"
    path.write_bytes(cp1258(GOOD))
    doc = build([path]).documents["w"]
    assert doc.metadata["encoding"] == "cp1258"
    for relation in doc.relations:
        start, end = doc.original_span(relation.start, relation.end)
        original = path.read_bytes().decode("cp1258")[start:end]
        assert unicodedata.normalize("NFC", original) == doc.text[relation.start:relation.end]


PAGE = """<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Tỉnh ủy họp</title></head><body>
<nav><ul><li><a href="/">Trang chủ</a></li><li><a href="/thoi-su">Thời sự</a></li><li><a href="/x">Ủy ban Kiểm tra
Trung ương</a></li></ul></nav>
<main><article><h1>Tỉnh ủy Gia Lai họp phiên thường kỳ tháng 4</h1>
<p>Sáng 3/4, Ban Thường vụ Tỉnh ủy Gia Lai tổ chức hội nghị thường kỳ để đánh giá tình hình thực hiện nhiệm vụ quý I.</p>
<p>Đồng chí Trần Văn Nam, Phó Bí thư Thường trực Tỉnh ủy chủ trì hội nghị. Dự hội nghị có các đồng chí trong Ban
Thường vụ Tỉnh ủy.</p>
<p>Phát biểu kết luận, đồng chí Trần Văn Nam yêu cầu các cấp ủy tập trung lãnh đạo hoàn thành các chỉ tiêu đề ra.</p>
</article></main>
<aside><h3>Tin liên quan</h3><ul><li><a href="/a">Bộ trưởng Bộ Nội vụ Phạm Thị Thanh Trà công bố quyết định</a></li>
</ul></aside>
<footer><p>Bản quyền © Báo Điện tử Ví Dụ. Địa chỉ: 12 Đường Lê Lợi, thành phố Pleiku, tỉnh Gia Lai.</p></footer>
</body></html>"""


def test_an_html_page_gives_its_article_without_menus_and_footer(tmp_path):
    (tmp_path / "trang.html").write_text(PAGE, encoding="utf-8")
    doc = build([tmp_path]).documents["trang"]
    names = {e.name for e in doc.entities}
    assert "Trần Văn Nam" in names and "Tỉnh ủy Gia Lai" in names
    assert "Phạm Thị Thanh Trà" not in names and "Bộ Nội vụ" not in names  # "related news"
    assert "Ủy ban Kiểm tra Trung ương" not in names and "Pleiku" not in doc.text  # menu, footer
    assert doc.metadata["format"] == "html" and "<p>" not in doc.text
    with pytest.raises(KGraphError, match="HTML"):
        doc.original_span(0, 5)


@pytest.mark.parametrize("raw, encoding", [
    (GOOD.encode("utf-16-le"), "utf-16-le"), (GOOD.encode("utf-16-be"), "utf-16-be"),
    (GOOD.encode("utf-32"), "utf-32-le"), (cp1258(GOOD), "cp1258")])
def test_encodings_are_read_exactly(raw, encoding):
    decoded = decode(raw, "x.txt")
    assert decoded.encoding == encoding and unicodedata.normalize("NFC", decoded.text) == GOOD


def test_utf16_is_never_called_not_utf8_at_byte_0(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(b"\xff\xfe" + GOOD.encode("utf-16-le")[:-1])  # cut in the middle of a character
    with pytest.raises(InputError) as caught:
        read_sources([path])
    assert "UTF-16" in str(caught.value) and "byte 0" not in str(caught.value)
