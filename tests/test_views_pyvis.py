"""to_pyvis: pyvis's own Network, positioned, physics off, styled and titled like the page."""

from __future__ import annotations

import json
import re
from importlib import resources

import networkx as nx
import pytest
from pyvis.network import Network

from kgraph.errors import KGraphError
from kgraph.views import add_fact, to_pyvis
from kgraph.views.networkx_view import example_graph
from kgraph.views.pyvis_view import TYPE_STYLE, layout_positions

ID = "https://w3id.org/kgraph/id/"
SCRIPT = "<script>window.__pwned=1</script>"


def page_types() -> dict[str, tuple[str, str]]:
    """The colour and shape of each type as the HTML page's script defines them."""
    js = resources.files("kgraph.data").joinpath("html", "graph.js").read_text(encoding="utf-8")
    found = re.findall(r'\{ name: "(\w+)", color: "(#[0-9A-Fa-f]{6})", shape: "(\w+)" \}', js)
    return {name: (color, shape) for name, color, shape in found if name != "Other"}


def test_to_pyvis_returns_a_network_with_every_node_and_edge_positioned():
    G = example_graph()
    net = to_pyvis(G, title="Gia Lai")
    assert isinstance(net, Network)
    assert sorted(net.get_nodes()) == sorted(G.nodes)
    assert len(net.edges) == G.number_of_edges() == 13
    positions = {(node["x"], node["y"]) for node in net.nodes}
    assert len(positions) == 9  # every node has its own place
    assert all(node["physics"] is False for node in net.nodes)
    options = json.loads(net.options.to_json())
    assert options["physics"]["enabled"] is False and options["edges"]["smooth"]["enabled"] is False


def test_to_pyvis_colours_and_shapes_match_the_page():
    assert page_types() == TYPE_STYLE
    net = to_pyvis(example_graph())
    node = next(n for n in net.nodes if n["id"] == ID + "organization/tinh-uy-gia-lai")
    assert node["color"]["background"] == "#D55E00" and node["shape"] == "square"
    assert node["label"] == "Tỉnh ủy Gia Lai"


def test_to_pyvis_titles_are_text_with_evidence():
    net = to_pyvis(example_graph())
    nam = next(n for n in net.nodes if n["label"] == "Trần Văn Nam")
    assert nam["title"].splitlines()[0] == "Trần Văn Nam (Person)"
    post = next(e for e in net.edges if e["from"] == nam["id"] and e["label"] == "holds_position: Bí thư")
    lines = post["title"].splitlines()
    assert lines[0] == "Trần Văn Nam → holds_position: Bí thư → Tỉnh ủy Gia Lai"
    assert "“Đồng chí Trần Văn Nam, Bí thư Tỉnh ủy Gia Lai, dự và chỉ đạo hội nghị.”" in lines[1]


def test_to_pyvis_generate_html_is_offline_and_escaped():
    G = nx.MultiDiGraph()
    G.add_node("p", label=f"Nguyễn {SCRIPT}", type="Person", aliases=[], articles=[], date=None)
    G.add_node("o", label="Sở Nội vụ", type="Organization", aliases=[], articles=[], date=None)
    add_fact(G, "p", "holds_position", "o", role="Giám đốc", evidence=[])
    page = to_pyvis(G, title=f"Tin {SCRIPT}").generate_html()
    assert not re.search(r"<(script|link|img)[^>]*\s(src|href)=", page, re.I)
    assert "cdn.jsdelivr" not in page and "cdnjs" not in page
    assert SCRIPT not in page  # the title is escaped, the data is JSON with < and > escaped
    assert "<title>Tin &lt;script&gt;" in page


def test_to_pyvis_show_writes_the_file(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    net = to_pyvis(example_graph())
    net.add_node("extra", label="Thêm")  # users customise it as any pyvis Network
    net.show("graph.html")  # pyvis's default: notebook=True, returns an IFrame of the file
    text = (tmp_path / "graph.html").read_text(encoding="utf-8")
    assert '"label": "Th\\u00eam"' in text or "Thêm" in text
    assert not (tmp_path / "lib").exists()  # nothing copied beside it: vis-network is inline


def test_to_pyvis_uses_given_positions_and_rejects_missing_ones():
    G = example_graph()
    pos = {node: (i * 10.0, i * 20.0) for i, node in enumerate(G)}
    net = to_pyvis(G, pos=pos)
    assert [(n["x"], n["y"]) for n in net.nodes][:2] == [(0.0, 0.0), (10.0, 20.0)]
    del pos[ID + "location/pleiku"]
    with pytest.raises(KGraphError, match="no position for node"):
        to_pyvis(G, pos=pos)
    with pytest.raises(KGraphError, match="to_networkx"):
        to_pyvis({"nodes": []})


def test_layout_positions_keeps_components_apart():
    G = nx.Graph([("a", "b"), ("b", "c"), ("x", "y")])
    G.add_node("alone")
    pos = layout_positions(G, spacing=100)
    assert set(pos) == set(G)
    assert layout_positions(G, spacing=100) == pos  # deterministic

    def box(nodes):
        xs, ys = [pos[n][0] for n in nodes], [pos[n][1] for n in nodes]
        return min(xs), min(ys), max(xs), max(ys)

    a, b = box("abc"), box("xy")
    assert a[2] < b[0] or b[2] < a[0] or a[3] < b[1] or b[3] < a[1]
