"""GraphML and GEXF exports for network tools, read back with networkx."""

from __future__ import annotations

import networkx as nx
import pytest
from helpers import SEED

from kgraph.cli import main
from kgraph.export import export
from kgraph.views import example_graph, to_networkx
from kgraph.views.network_files import flat_graph

ID = "https://w3id.org/kgraph/id/"
NAM, TINH_UY = ID + "person/tran-van-nam", ID + "organization/tinh-uy-gia-lai"


def read(path, fmt):
    if fmt == "graphml":
        return nx.read_graphml(path, force_multigraph=True)
    return nx.read_gexf(path)


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_network_file_round_trips_nodes_edges_and_attributes(tmp_path, fmt):
    G = example_graph()
    G.add_edge(NAM, TINH_UY, key="participated_in", predicate="participated_in", role=None, roles=[],
               former=False, evidence=[], articles=[])  # a second predicate between one pair
    back = read(export(G, tmp_path / f"graph.{fmt}", format=fmt), fmt)
    assert back.is_directed() and back.is_multigraph()
    assert back.number_of_nodes() == G.number_of_nodes() and back.number_of_edges() == G.number_of_edges()
    assert back.nodes[NAM]["label"] == "Trần Văn Nam" and back.nodes[NAM]["type"] == "Person"
    assert back.nodes[TINH_UY]["aliases"] == "Tỉnh ủy"
    assert back.nodes[ID + "event/hoi-nghi-tong-ket-2023"]["date"] == "2024-03-02"
    edges = {(u, v, d["predicate"]): d for u, v, d in back.edges(data=True)}
    assert {(u, v, k) for u, v, k in G.edges(keys=True)} == set(edges)
    post = edges[NAM, TINH_UY, "holds_position"]
    assert post["role"] == "Bí thư" and post["former"] is False and post["weight"] == 2
    assert post["sentence"].startswith("Đồng chí Trần Văn Nam")
    bao = ID + "person/pham-quoc-bao"
    assert edges[bao, ID + "organization/ban-to-chuc-tinh-uy-gia-lai", "holds_position"]["former"] is True
    assert edges[ID + "event/hoi-nghi-tong-ket-2023", ID + "location/pleiku", "held_in"]["role"] == ""


def test_flat_graph_has_only_scalars_and_no_control_characters():
    G = example_graph()
    G.nodes[NAM]["label"] = "Trần\x01 Văn\x0b Nam"
    G.nodes[NAM]["date"] = None
    flat = flat_graph(G)
    values = [v for _, d in flat.nodes(data=True) for v in d.values()]
    values += [v for _, _, d in flat.edges(data=True) for v in d.values()]
    assert all(isinstance(v, (str, int, bool)) for v in values)
    assert flat.nodes[NAM]["label"] == "Trần Văn Nam" and flat.nodes[NAM]["date"] == ""
    assert G.nodes[NAM]["aliases"] == [] and isinstance(G.edges[NAM, TINH_UY, "holds_position"]["roles"], list)


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_control_characters_still_give_readable_xml(tmp_path, fmt):
    G = example_graph()
    G.nodes[NAM]["label"] = "Trần\x01 Văn Nam"
    back = read(export(G, tmp_path / f"g.{fmt}", format=fmt), fmt)
    assert back.nodes[NAM]["label"] == "Trần Văn Nam"


def test_build_writes_graphml_and_gexf_of_the_seed(tmp_path):
    out = tmp_path / "out"
    assert main(["build", str(SEED), "-o", str(out), "-q", "--format", "ttl,graphml,gexf"]) == 0
    from kgraph.export import load

    view = to_networkx(load(out / "graph.ttl"))
    for fmt in ("graphml", "gexf"):
        back = read(out / f"graph.{fmt}", fmt)
        assert back.number_of_nodes() == view.number_of_nodes() > 10
        assert back.number_of_edges() == view.number_of_edges() > 5
        people = {d["label"] for _, d in back.nodes(data=True) if d["type"] == "Person"}
        assert "Mai Văn Chính" in people
