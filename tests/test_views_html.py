"""The HTML page as a file: self-contained, escaped, filtered as asked (no browser needed)."""

from __future__ import annotations

import base64
import hashlib
import json
import re

import networkx as nx
import pytest

from kgraph.errors import KGraphError
from kgraph.views import EntityLookupError, add_fact, render_html
from kgraph.views.html import generate_html, page_data
from kgraph.views.networkx_view import example_graph

ID = "https://w3id.org/kgraph/id/"
SCRIPT = "<script>window.__pwned=1</script>"
IMG = '<img src=x onerror="window.__pwned=2">'


def _data(page: str) -> dict:
    block = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', page, re.S)
    return json.loads(block.group(1))


def _scripts(page: str) -> list[str]:
    return re.findall(r"<script>(.*?)</script>", page, re.S)


def injection_graph() -> nx.MultiDiGraph:
    G = nx.MultiDiGraph()
    G.graph["articles"] = {"art": {"id": "art", "title": f"Tin {IMG}", "date": "2024-01-01"}}
    G.add_node("p", label=f"Nguyễn {SCRIPT}", type="Person", aliases=[IMG], articles=["art"], date=None)
    G.add_node("o", label=f"Sở {IMG}", type="Organization", aliases=[], articles=["art"], date=None)
    add_fact(G, "p", "holds_position", "o", role=f"Giám đốc {SCRIPT}",
             evidence=[{"article": "art", "sentence": f"Ông {SCRIPT} và {IMG} -->", "start": 0, "end": 9}])
    return G


def test_generate_html_references_nothing_outside_the_file():
    page = generate_html(example_graph())
    assert not re.search(r"<(script|img|iframe)[^>]*\ssrc=", page, re.I)
    assert not re.search(r"<link\b", page, re.I)
    assert not re.search(r"@import|url\(\s*['\"]?(https?:)?//", page, re.I)
    assert "sourceMappingURL" not in page
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page).group(1)
    assert "default-src &#x27;none&#x27;" in csp and "connect-src &#x27;none&#x27;" in csp


def test_generate_html_allows_exactly_its_own_two_scripts_by_hash():
    page = generate_html(example_graph())
    scripts = _scripts(page)
    assert len(scripts) == 2 and "vis-network" in scripts[0][:400]
    policy = re.search(r'Content-Security-Policy" content="([^"]+)"', page).group(1).replace("&#x27;", "'")
    allowed = set(re.findall(r"'sha256-([^']+)'", policy))
    actual = {base64.b64encode(hashlib.sha256(s.encode("utf-8")).digest()).decode() for s in scripts}
    assert allowed == actual


def test_generate_html_keeps_markup_in_names_and_sentences_inert():
    page = generate_html(injection_graph(), title=f"Đồ thị {SCRIPT}")
    outside = page
    for library in _scripts(page):
        outside = outside.replace(library, "")
    assert len(re.findall(r"<script\b", outside, re.I)) == 3  # the data block and the two libraries, no more
    assert "<img" not in outside.lower() and SCRIPT not in page
    assert "<title>Đồ thị &lt;script&gt;window.__pwned=1&lt;/script&gt;</title>" in page
    data = _data(page)  # the JSON escapes < and > but decodes to the exact text
    assert data["nodes"][0]["label"] == f"Nguyễn {SCRIPT}"
    assert data["sentences"] == [f"Ông {SCRIPT} và {IMG} -->"]
    assert data["edges"][0]["roles"] == [f"Giám đốc {SCRIPT}"]


def test_page_data_shares_sentences_and_articles_by_index():
    data = page_data(example_graph())
    assert len(data["nodes"]) == 9 and len(data["edges"]) == 13
    assert len(data["articles"]) == 2 and data["articles"][0]["title"] == "Gia Lai tổng kết công tác xây dựng Đảng năm 2023"
    assert len(data["sentences"]) == 5  # 13 facts read from 5 distinct sentences
    nam = next(i for i, n in enumerate(data["nodes"]) if n["label"] == "Trần Văn Nam")
    post = next(e for e in data["edges"] if e["from"] == nam and e["predicate"] == "holds_position")
    assert [data["articles"][a]["id"] for a, _ in post["evidence"]] == ["vi-du-1", "vi-du-2"]
    assert data["sentences"][post["evidence"][0][1]] == "Đồng chí Trần Văn Nam, Bí thư Tỉnh ủy Gia Lai, dự và chỉ đạo hội nghị."


def test_page_data_keeps_a_sentence_whose_article_is_unknown():
    G = nx.MultiDiGraph()
    add_fact(G, "o", "organized", "e", evidence=[{"article": None, "sentence": "Hội nghị do Sở tổ chức.",
                                                  "start": 0, "end": 22}])
    data = page_data(G)
    assert data["edges"][0]["evidence"] == [[-1, 0]] and data["articles"] == []


def test_page_data_reads_a_plain_networkx_graph():
    G = nx.DiGraph()
    G.add_edge("Hà Nội", "Việt Nam", label="part_of")
    data = page_data(G)
    assert [n["label"] for n in data["nodes"]] == ["Hà Nội", "Việt Nam"]
    assert data["edges"] == [{"from": 0, "to": 1, "predicate": "part_of", "roles": [], "former": False, "evidence": []}]


def test_generate_html_focus_keeps_the_neighbourhood_and_selects_it():
    data = _data(generate_html(example_graph(), focus="Pleiku", k=1))
    assert sorted(n["label"] for n in data["nodes"]) == ["Hội nghị tổng kết công tác tổ chức xây dựng Đảng năm 2023", "Pleiku"]
    assert data["nodes"][data["focus"]]["label"] == "Pleiku"
    assert len(data["edges"]) == 1


def test_generate_html_types_filter_keeps_the_focus():
    data = _data(generate_html(example_graph(), focus="Tỉnh ủy Gia Lai", k=1, types=["Person"]))
    assert sorted(n["label"] for n in data["nodes"]) == ["Lê Thị Hoa", "Trần Văn Nam", "Tỉnh ủy Gia Lai"]
    assert {e["predicate"] for e in data["edges"]} == {"holds_position"}
    only = _data(generate_html(example_graph(), types="Location"))
    assert [n["label"] for n in only["nodes"]] == ["Pleiku"] and only["edges"] == []


def test_generate_html_rejects_bad_filters_and_inputs():
    with pytest.raises(KGraphError, match="unknown entity type"):
        generate_html(example_graph(), types=["Party"])
    with pytest.raises(EntityLookupError):
        generate_html(example_graph(), focus="Bộ Chính trị")
    with pytest.raises(KGraphError, match="to_networkx"):
        generate_html({"nodes": []})


def test_generate_html_uses_given_positions_for_every_node():
    G = example_graph()
    pos = {node: (i * 10.0, -i * 5.0) for i, node in enumerate(G)}
    data = _data(generate_html(G, pos=pos))
    assert [(n["x"], n["y"]) for n in data["nodes"]][:2] == [(0.0, 0.0), (10.0, -5.0)]
    del pos[ID + "location/pleiku"]
    with pytest.raises(KGraphError, match="no position for node"):
        generate_html(G, pos=pos)


def test_render_html_writes_utf8_and_returns_the_path(tmp_path):
    out = render_html(example_graph(), tmp_path / "g.html", title="Tỉnh ủy Gia Lai")
    assert out == tmp_path / "g.html"
    text = out.read_bytes().decode("utf-8")
    assert '<meta charset="utf-8">' in text and "<title>Tỉnh ủy Gia Lai</title>" in text


def test_render_html_reports_an_unwritable_path(tmp_path):
    with pytest.raises(KGraphError, match="cannot write"):
        render_html(example_graph(), tmp_path / "missing" / "g.html")


def test_generate_html_draws_an_empty_graph():
    data = _data(generate_html(nx.MultiDiGraph()))
    assert data["nodes"] == [] and data["edges"] == [] and data["focus"] is None


def test_generate_html_focus_and_types_ignore_case_and_missing_diacritics():
    data = _data(generate_html(example_graph(), focus="TRAN VAN NAM", k=1, types=["person", "ORGANIZATION "]))
    assert data["nodes"][data["focus"]]["label"] == "Trần Văn Nam"
    assert sorted(n["label"] for n in data["nodes"]) == ["Trần Văn Nam", "Tỉnh ủy Gia Lai"]
    placed = _data(generate_html(example_graph(), focus="TỈNH UỶ GIA LAI"))  # the old tone placement
    assert placed["nodes"][placed["focus"]]["label"] == "Tỉnh ủy Gia Lai"
    with pytest.raises(EntityLookupError, match="did you mean: Trần Văn Nam"):
        generate_html(example_graph(), focus="Trần Văn Năm")  # a wrong mark typed is still wrong


def test_cli_viz_takes_a_title_and_a_focus_without_diacritics(tmp_path, capsys):
    from kgraph.cli import main
    from kgraph.export import export
    from kgraph.graph import build

    graph = tmp_path / "g.ttl"
    export(build(["Ông Trần Văn Nam, Bí thư Tỉnh ủy Gia Lai, dự hội nghị."]), graph, format="ttl")
    out = tmp_path / "g.html"
    assert main(["viz", str(graph), "-o", str(out), "--title", "Gia Lai <2024>", "--focus", "tinh uy gia lai",
                 "--types", "person,organization"]) == 0
    page = out.read_text(encoding="utf-8")
    assert "<title>Gia Lai &lt;2024&gt;</title>" in page
    data = _data(page)
    assert data["nodes"][data["focus"]]["label"] == "Tỉnh ủy Gia Lai"
    assert {n["type"] for n in data["nodes"]} == {"Person", "Organization"}
    assert main(["viz", str(graph), "-o", str(out), "--types", "Persons"]) == 2
    assert "unknown entity type" in capsys.readouterr().err
