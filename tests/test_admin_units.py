"""Administrative units from vietnamadminunits: the data file, what a place is, and the places in the graph.

Sentences are written for these tests. The places named are real units (the
data's own facts); the people are invented.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
from helpers import names, run_until
from rdflib import Literal

import kgraph
from kgraph.admin_units import place_facts, unit_of_word, units_named
from kgraph.export import document_json
from kgraph.rdf import entity_iri, to_rdf, validate
from kgraph.resolve import entity_key
from kgraph.resources import read_tsv
from kgraph.vocab import GEO, KG, XSD

ROOT = Path(__file__).resolve().parent.parent


def _location(doc, name):
    return next(e for e in doc.entities if e.type == "Location" and e.name == name)


# ---------------------------------------------------------------- the data file


@pytest.mark.skipif(importlib.util.find_spec("vietnamadminunits") is None, reason="needs vietnamadminunits")
def test_the_data_file_is_what_the_installed_library_gives():
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import admin_units as script
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    text = (ROOT / "kgraph" / "data" / "admin_units.tsv").read_text(encoding="utf-8")
    assert script.render(*script.library_files()) == text, "run: python scripts/admin_units.py"


def test_both_maps_hold_their_provinces():
    rows = read_tsv("admin_units.tsv")
    provincial = [r for r in rows if r["unit"] in ("province", "municipality")]
    assert len([r for r in provincial if r["period"] in ("pre2025", "both")]) == 63
    assert len([r for r in provincial if r["period"] in ("post2025", "both")]) == 34
    # every unit lies in one of the 34 current provinces
    current = {r["name"] for r in provincial if r["period"] in ("post2025", "both")}
    assert {r["current"] for r in rows} == current


def test_every_vietnamese_unit_of_the_hand_list_is_a_unit_of_the_library_or_older_than_its_map():
    # the hand list (locations.tsv) chooses which names are read without an admin word; the facts
    # about them come from the library. Units the library's pre-2025 map no longer has are known:
    older = {"Thừa Thiên Huế", "Quận 2", "Quận 9", "Cửa Lò", "Gò Công", "Phú Quý", "Thổ Châu"}
    missing = set()
    for row in read_tsv("locations.tsv"):
        if row["kind"] in ("province", "municipality", "city", "town", "district"):
            if not units_named(row["name"], (row["kind"],)):
                missing.add(row["name"])
    assert missing == older


def test_the_hand_lists_provinces_parents_and_periods_agree_with_the_library():
    renamed = {"Thừa Thiên Huế": "Huế"}  # a centrally-run city since 2025-01-01, on the library's old map too
    wrong = []
    for row in read_tsv("locations.tsv"):
        kind = row["kind"]
        units = units_named(row["name"], (kind,)) if kind in ("province", "municipality", "city", "town",
                                                               "district") else ()
        if not units:
            continue
        if kind in ("province", "municipality") and (row["merged_into"] or row["name"]) not in {u.current for u in units}:
            wrong.append((row["name"], "current province", row["merged_into"]))
        if kind in ("city", "town", "district") and renamed.get(row["parent"], row["parent"]) not in {u.province for u in units}:
            wrong.append((row["name"], "parent", row["parent"]))
        if row["period"] == "both" and kind == "district":  # an island district that became a special zone
            if not units_named(row["name"], ("special_zone",)):
                wrong.append((row["name"], "period", "both"))
    assert wrong == []


# ---------------------------------------------------------------- what a place is


def test_admin_words_name_their_unit_types():
    assert unit_of_word("xã") == ("commune",)
    assert unit_of_word("Phường") == ("ward",)
    assert unit_of_word("thị trấn") == ("township",)
    assert unit_of_word("đặc khu") == ("special_zone",)
    assert unit_of_word("thành phố") == ("municipality", "city")
    assert unit_of_word("thôn") == ()


def test_an_old_province_lies_in_its_current_province_at_its_old_centre():
    facts = place_facts("Kon Tum", "province", "2024-10-01")
    assert facts.unit == "province" and facts.current_province == "Quảng Ngãi"
    assert 14 < facts.lat < 15 and 107 < facts.long < 109
    assert place_facts("Hà Tây", "province") is not None  # not a unit of either map: type only
    assert place_facts("Hà Tây", "province").current_province is None
    assert place_facts("Hà Nội", None).unit == "municipality"  # an entity without a kind: by its name
    # renamed before the library's old map was taken: the hand list knows where it went
    assert place_facts("Thừa Thiên Huế", "province").current_province == "Huế"


def test_a_shared_name_is_narrowed_by_the_articles_provinces_and_date():
    assert place_facts("Sơn Hà", "commune").current_province is None  # communes of that name in many provinces
    narrowed = place_facts("Sơn Hà", "commune", "2025-09-01", frozenset({"Quảng Ngãi"}))
    assert narrowed.current_province == "Quảng Ngãi" and narrowed.code
    assert place_facts("Phường 1", "ward").lat is None  # dozens of them: no coordinates


def test_a_country_or_venue_is_no_administrative_unit():
    assert place_facts("Lào", "country") is None
    assert place_facts("Hội trường Diên Hồng", "venue") is None


# ---------------------------------------------------------------- recognition


def test_a_commune_and_a_ward_named_like_people_are_places_with_their_unit_type():
    doc = kgraph.extract("Đoàn công tác của tỉnh đã làm việc với xã Sơn Hà và thăm hỏi người dân phường Long Biên.")
    assert _location(doc, "Sơn Hà").attrs["kind"] == "commune"
    assert _location(doc, "Long Biên").attrs["kind"] == "ward"  # the admin word, not the old district
    assert names(doc, "Person") == set()


def test_a_person_named_like_a_ward_stays_a_person_after_a_title():
    doc = kgraph.extract("Phó Bí thư Thường trực Thành ủy Hoàng Long Biên chủ trì buổi làm việc tại xã Sơn Hà.")
    assert "Hoàng Long Biên" in names(doc, "Person")
    assert "Long Biên" not in names(doc, "Location")
    assert "Sơn Hà" in names(doc, "Location")
    doc = kgraph.extract("Bí thư Sơn Hà phát biểu khai mạc hội nghị.")
    assert names(doc, "Person") == {"Sơn Hà"} and names(doc, "Location") == set()


def test_a_capitalized_admin_word_ends_a_name_and_opens_the_next_place():
    doc = run_until("Chi hội Phụ nữ xã Yên Sở Phường Hoàng Liệt tổ chức ra quân dọn vệ sinh.", "resolve")
    assert {"Yên Sở", "Hoàng Liệt"} <= names(doc, "Location")
    assert not any("Phường" in n for n in names(doc, "Location"))


def test_a_ward_opening_a_sentence_is_a_place_only_when_it_is_a_known_unit():
    doc = run_until("Phường Hoàng Liệt có 12 tổ dân phố. Xã Hội Chủ Nghĩa không phải địa danh.", "resolve")
    assert names(doc, "Location") == {"Hoàng Liệt"}


def test_a_list_after_one_admin_word_continues_with_units_of_that_type_only():
    doc = run_until("Sắp xếp phường Hàng Bạc và Hàng Buồm thành một phường. Cán bộ phường Hàng Bạc và Nguyễn Văn Tâm dự.",
                    "resolve")
    assert {"Hàng Bạc", "Hàng Buồm"} <= names(doc, "Location")
    assert "Nguyễn Văn Tâm" not in names(doc, "Location")


def test_a_bare_district_after_tai_is_a_place_but_not_elsewhere():
    doc = run_until("Hội nghị diễn ra tại Ba Vì. Ông Ngô Quyền Anh phát biểu.", "resolve")
    assert names(doc, "Location") == {"Ba Vì"}
    assert _location(doc, "Ba Vì").attrs["kind"] == "district"


# ---------------------------------------------------------------- in the graph and the JSON


def test_a_location_in_rdf_carries_its_unit_type_current_province_and_coordinates():
    text = ("Ngày 3/10/2024, đoàn công tác của tỉnh Kon Tum làm việc tại xã Sơn Hà, tỉnh Quảng Ngãi, "
            "rồi thăm phường Long Biên, thành phố Hà Nội.")
    doc = kgraph.extract(text, doc_id="places", metadata={"published": "2024-10-03"})
    graph = to_rdf(doc)
    kon_tum, son_ha = entity_iri(_location(doc, "Kon Tum")), entity_iri(_location(doc, "Sơn Hà"))
    long_bien = entity_iri(_location(doc, "Long Biên"))
    quang_ngai = entity_iri(_location(doc, "Quảng Ngãi"))
    assert (kon_tum, KG.unitType, KG.Province) in graph
    assert (kon_tum, KG.currentProvince, quang_ngai) in graph  # merged into Quảng Ngãi on 2025-07-01
    assert (son_ha, KG.unitType, KG.Commune) in graph
    assert (son_ha, KG.currentProvince, quang_ngai) in graph
    assert (long_bien, KG.unitType, KG.Ward) in graph
    for place in (kon_tum, son_ha, long_bien):
        lat, long = graph.value(place, GEO.lat), graph.value(place, GEO.long)
        assert lat.datatype == XSD.decimal and 8 < float(lat) < 24 and 102 < float(long) < 110
    assert graph.value(quang_ngai, KG.currentProvince) == quang_ngai  # a province of today's map is its own
    assert str(graph.value(quang_ngai, GEO.long)) == "108.143"  # canonical xsd:decimal, as Oxigraph stores it
    assert (long_bien, KG.currentProvince, entity_iri(_location(doc, "Hà Nội"))) in graph
    conforms, report = validate(graph)
    assert conforms, report


def test_the_current_province_is_the_provinces_own_node_when_the_article_does_not_name_it():
    doc = kgraph.extract("Hội nghị tổng kết được tổ chức tại tỉnh Kon Tum.", doc_id="kt",
                         metadata={"published": "2025-03-01"})
    graph = to_rdf(doc)
    province = graph.value(entity_iri(_location(doc, "Kon Tum")), KG.currentProvince)
    from kgraph.document import Entity

    assert province == entity_iri(Entity("", "Location", "Quảng Ngãi", entity_key("Location", "Quảng Ngãi")))
    assert (province, None, Literal("Quảng Ngãi", lang="vi")) in graph


def test_validate_rejects_a_latitude_out_of_range():
    doc = kgraph.extract("Đoàn công tác thăm phường Long Biên.", doc_id="lb")
    graph = to_rdf(doc)
    place = entity_iri(_location(doc, "Long Biên"))
    graph.set((place, GEO.lat, Literal("121.5", datatype=XSD.decimal)))
    conforms, report = validate(graph)
    assert not conforms and "lat" in report


def test_the_article_json_carries_the_place():
    doc = kgraph.extract("Đoàn công tác thăm xã Sơn Hà, tỉnh Quảng Ngãi.", doc_id="sh",
                         metadata={"published": "2025-08-01"})
    items = {e["name"]: e for e in document_json(doc)["entities"]}
    assert items["Sơn Hà"]["place"]["unit_type"] == "commune"
    assert items["Sơn Hà"]["place"]["current_province"] == "Quảng Ngãi"
    assert {"lat", "long", "code"} <= set(items["Sơn Hà"]["place"])
    assert items["Quảng Ngãi"]["place"] == {"unit_type": "province", "current_province": "Quảng Ngãi",
                                            "lat": 14.7688, "long": 108.143, "code": "51"}


def test_thanh_pho_before_a_known_city_names_it_but_not_a_slogan():
    doc = run_until("Đoàn công tác làm việc với thành phố Bảo Lộc, hướng tới xây dựng thành phố Xanh.", "resolve")
    assert names(doc, "Location") == {"Bảo Lộc"}
    assert _location(doc, "Bảo Lộc").attrs["kind"] == "city"


def test_a_bare_unit_after_a_visit_is_a_place_unless_it_opens_with_a_surname():
    doc = run_until("Đoàn công tác đến thăm Mộc Châu. Bài học về Quang Trung được nhắc lại ở Trần Phú.", "resolve")
    assert names(doc, "Location") == {"Mộc Châu"}


def test_the_ready_query_lists_the_places_of_a_current_province():
    from kgraph.graph import KnowledgeGraph
    from kgraph.query import QUERIES_DIR, query, read_query

    kg = KnowledgeGraph()
    kg.add(kgraph.extract("Đoàn công tác của tỉnh Kon Tum thăm xã Sơn Hà, tỉnh Quảng Ngãi.", doc_id="a",
                          metadata={"published": "2024-11-20"}))
    kg.add(kgraph.extract("Cử tri phường Long Biên gặp đại biểu.", doc_id="b", metadata={"published": "2025-08-02"}))
    rows = query(kg, QUERIES_DIR / "places.rq")
    assert [(r["placeName"], r["unitType"], r["currentProvince"]) for r in rows] == [
        ("Kon Tum", "Province", "Quảng Ngãi"), ("Long Biên", "Ward", "Hà Nội"), ("Quảng Ngãi", "Province", "Quảng Ngãi"),
        ("Sơn Hà", "Commune", "Quảng Ngãi")]
    assert all(8 < float(r["lat"]) < 24 for r in rows)
    one = read_query(QUERIES_DIR / "places.rq").replace("# FILTER", "FILTER")  # the query's own switch
    assert [r["placeName"] for r in query(kg, one)] == ["Kon Tum", "Quảng Ngãi", "Sơn Hà"]


def test_a_units_province_is_told_only_where_the_reorganization_leaves_no_doubt():
    from kgraph.admin_units import province_of_unit

    assert province_of_unit("Thạch An", "district") == "Cao Bằng"  # a district of a province left as it was
    assert province_of_unit("Lục Sơn", "commune") is None  # on both maps, in Bắc Ninh now, in Bắc Giang before
    assert province_of_unit("Trường Giang", "commune") is None  # communes of that name in three provinces
