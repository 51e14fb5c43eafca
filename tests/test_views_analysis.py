"""Analysis helpers over the networkx view: officials, posts, centrality, co-participation, ego networks."""

from __future__ import annotations

import sys
from pathlib import Path

import networkx as nx
import pytest

from kgraph.errors import KGraphError
from kgraph.views import (
    EntityLookupError,
    add_fact,
    central_actors,
    co_participants,
    ego_network,
    find_entity,
    format_summary,
    officials_of,
    posts_of,
    summary,
)
from kgraph.views.networkx_view import example_graph

ID = "https://w3id.org/kgraph/id/"


@pytest.fixture()
def G() -> nx.MultiDiGraph:
    return example_graph()


def test_find_entity_accepts_iri_label_alias_and_old_tone_placement(G):
    org = ID + "organization/tinh-uy-gia-lai"
    assert find_entity(G, org) == org
    assert find_entity(G, "Tỉnh uỷ Gia Lai") == org  # old-style "uỷ"
    assert find_entity(G, "TỈNH ỦY GIA LAI") == org
    assert find_entity(G, "thành phố Pleiku") == ID + "location/pleiku"


def test_find_entity_refuses_an_ambiguous_name_and_a_type_settles_it(G):
    G.add_node(ID + "location/gia-lai-x", label="Tỉnh ủy Gia Lai", type="Location", aliases=[], articles=[], date=None)
    with pytest.raises(EntityLookupError, match="2 entities are named") as caught:
        find_entity(G, "Tỉnh ủy Gia Lai")
    assert "location/gia-lai-x" in str(caught.value) and "organization/tinh-uy-gia-lai" in str(caught.value)
    assert find_entity(G, "Tỉnh ủy Gia Lai", type="Organization") == ID + "organization/tinh-uy-gia-lai"


def test_find_entity_suggests_close_names_and_is_a_kgraph_error(G):
    with pytest.raises(KGraphError, match="did you mean: Lê Thị Hoa"):
        find_entity(G, "Lê Thị Hòa")
    with pytest.raises(LookupError):
        find_entity(G, "Bộ Chính trị")


def test_officials_of_lists_roles_and_can_drop_former_posts(G):
    officials = officials_of(G, "Ban Tổ chức Tỉnh ủy Gia Lai")
    assert [(o.name, o.roles, o.former) for o in officials] == [
        ("Lê Thị Hoa", ("Trưởng ban",), False),
        ("Phạm Quốc Bảo", ("Trưởng ban",), True),
    ]
    assert [o.name for o in officials_of(G, "Ban Tổ chức Tỉnh ủy Gia Lai", former=False)] == ["Lê Thị Hoa"]


def test_officials_of_with_parts_includes_the_boards_of_a_body(G):
    rows = [(o.name, o.org_name, o.roles) for o in officials_of(G, "Tỉnh ủy Gia Lai", parts=True)]
    assert rows == [
        ("Lê Thị Hoa", "Tỉnh ủy Gia Lai", ("Ủy viên Ban Thường vụ",)),
        ("Lê Thị Hoa", "Ban Tổ chức Tỉnh ủy Gia Lai", ("Trưởng ban",)),
        ("Phạm Quốc Bảo", "Ban Tổ chức Tỉnh ủy Gia Lai", ("Trưởng ban",)),
        ("Trần Văn Nam", "Tỉnh ủy Gia Lai", ("Bí thư",)),
    ]


def test_posts_of_gives_one_row_per_report_in_date_order(G):
    rows = [(p.date, p.role, p.org_name, p.former, p.article.rsplit("/", 1)[-1]) for p in posts_of(G, "Trần Văn Nam")]
    assert rows == [
        ("2024-03-02", "Bí thư", "Tỉnh ủy Gia Lai", False, "vi-du-1"),
        ("2024-05-10", "Bí thư", "Tỉnh ủy Gia Lai", False, "vi-du-2"),
    ]
    assert [(p.role, p.former) for p in posts_of(G, "Phạm Quốc Bảo")] == [("Trưởng ban", True)]


def test_posts_of_keeps_each_reported_role_and_puts_undated_reports_last():
    G = nx.MultiDiGraph()
    G.graph["articles"] = {"a1": {"date": "2020-01-05"}, "a2": {"date": "2023-09-01"}}
    evidence = {a: [{"article": a, "sentence": "…", "start": 0, "end": 1}] for a in ("a1", "a2", "a3")}
    add_fact(G, "p", "holds_position", "o", role="Phó Chủ tịch", evidence=evidence["a2"])
    add_fact(G, "p", "holds_position", "o", role="Chủ tịch", evidence=evidence["a3"])
    add_fact(G, "p", "holds_position", "o", role="Ủy viên", evidence=evidence["a1"])
    assert [(p.date, p.role) for p in posts_of(G, "p")] == [
        ("2020-01-05", "Ủy viên"), ("2023-09-01", "Phó Chủ tịch"), (None, "Chủ tịch"),
    ]


def test_central_actors_by_degree_filters_by_type(G):
    people = central_actors(G, "Person", measure="degree", k=3)
    assert [(a.name, a.score) for a in people] == [("Lê Thị Hoa", 3.0), ("Trần Văn Nam", 3.0), ("Phạm Quốc Bảo", 2.0)]
    assert {a.type for a in central_actors(G, "Location", measure="degree")} == {"Location"}


def test_central_actors_pagerank_counts_parallel_relations_and_ignores_direction(G):
    actors = central_actors(G, measure="pagerank", k=len(G))
    assert abs(sum(a.score for a in actors) - 1.0) < 1e-9
    assert actors[0].node == ID + "organization/tinh-uy-gia-lai"
    reference = nx.pagerank(nx.Graph(nx.MultiGraph(G)))  # same ranking order at the top, undirected
    assert max(reference, key=reference.get) == actors[0].node


def test_central_actors_betweenness_finds_the_bridge_and_sampling_is_repeatable(G):
    top = central_actors(G, measure="betweenness", k=1)[0]
    assert top.name == "Tỉnh ủy Gia Lai" and top.score > 0.3
    assert central_actors(G, measure="betweenness", sample=4) == central_actors(G, measure="betweenness", sample=4)


def test_central_actors_rejects_unknown_measure_and_type(G):
    with pytest.raises(KGraphError, match="pagerank, degree, betweenness"):
        central_actors(G, measure="closeness")
    with pytest.raises(KGraphError, match="Person, Organization"):
        central_actors(G, "Party")


def test_co_participants_pairs_people_by_shared_events(G):
    add_fact(G, ID + "person/le-thi-hoa", "participated_in", ID + "event/hoi-nghi-tinh-uy-lan-15")
    pairs = [(t.a_name, t.b_name, t.event_names) for t in co_participants(G, type="Person")]
    assert pairs[0] == ("Lê Thị Hoa", "Trần Văn Nam", (
        "Hội nghị tổng kết công tác tổ chức xây dựng Đảng năm 2023", "Hội nghị Tỉnh ủy Gia Lai lần thứ 15"))
    assert len(pairs) == 3
    assert [(t.a_name, t.b_name) for t in co_participants(G, min_events=2)] == [("Lê Thị Hoa", "Trần Văn Nam")]
    assert [t.b_name for t in co_participants(G, "Phạm Quốc Bảo")] == ["Lê Thị Hoa", "Trần Văn Nam"]


def test_ego_network_counts_hops_in_either_direction_and_keeps_attributes(G):
    assert list(ego_network(G, "Pleiku", k=0)) == [ID + "location/pleiku"]
    two = ego_network(G, "Pleiku", k=2)
    assert sorted(two.nodes[n]["label"] for n in two) == [
        "Ban Tổ chức Tỉnh ủy Gia Lai", "Hội nghị tổng kết công tác tổ chức xây dựng Đảng năm 2023", "Lê Thị Hoa",
        "Pleiku", "Trần Văn Nam",
    ]
    held = two.edges[ID + "event/hoi-nghi-tong-ket-2023", ID + "location/pleiku", "held_in"]
    assert held["evidence"][0]["sentence"].startswith("Sáng 2/3, tại thành phố Pleiku")
    two.nodes[ID + "location/pleiku"]["label"] = "changed"
    assert G.nodes[ID + "location/pleiku"]["label"] == "Pleiku"  # a copy, not a view


def test_ego_network_rejects_a_negative_radius(G):
    with pytest.raises(KGraphError, match="k must be"):
        ego_network(G, "Pleiku", k=-1)


def test_summary_counts_and_skips_entities_without_relations(G):
    G.add_node("x:lonely", label="Sở Nội vụ", type="Organization", aliases=[], articles=["a9"], date=None)
    G.add_node("x:untyped", label="Không rõ", type=None, aliases=[], articles=[], date=None)
    add_fact(G, "x:untyped", "mentions", ID + "location/pleiku")
    s = summary(G, top=3)
    assert s["entities"] == 11 and s["relations"] == 14 and s["articles"] == 3
    assert s["types"] == {"Person": 3, "Organization": 3, "Document": 1, "Event": 2, "Location": 1, "Other": 1}
    assert s["predicates"]["mentions"] == 1 and list(s["predicates"])[-1] == "mentions"
    assert s["components"] == 2 and s["largest_component"] == 10
    assert [a["name"] for a in s["top_actors"]["Organization"]] == ["Tỉnh ủy Gia Lai", "Ban Tổ chức Tỉnh ủy Gia Lai"]
    assert s["top_actors"]["Other"] == [{"node": "x:untyped", "name": "Không rõ", "relations": 1}]


def test_format_summary_shortens_long_names():
    G = nx.MultiDiGraph()
    long_name = "Hội nghị toàn quốc quán triệt, triển khai thực hiện Nghị quyết Hội nghị lần thứ tám Ban Chấp hành"
    G.add_node("e", label=long_name, type="Event", aliases=[], articles=[], date=None)
    add_fact(G, "o", "organized", "e")
    text = format_summary(summary(G))
    assert "Hội nghị toàn quốc quán triệt, triển khai thực hiện Nghị qu… (1)" in text
    assert long_name not in text
    assert text.splitlines()[0] == "2 entities, 1 relation from 0 articles; 1 connected component (largest: 2 entities)"


def test_summary_of_the_seed_names_its_official():
    sys.path.insert(0, str(Path(__file__).parent))
    from helpers import SEED

    import kgraph
    from kgraph.views import to_networkx

    G = to_networkx(kgraph.build([SEED]))
    s = summary(G)
    assert s["articles"] == 1
    assert s["top_actors"]["Person"][0]["name"] == "Mai Văn Chính"
    assert "Mai Văn Chính" in format_summary(s)
