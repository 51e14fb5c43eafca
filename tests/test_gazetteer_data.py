"""Integrity of the gazetteer data files: the domain knowledge the extractor trusts.

Each check here guards a mistake that would silently cost precision or recall:
a name spelt the old way never matches, an alias shared by two bodies merges
them, a parent that does not exist breaks part_of, a wrong 2025 merger puts a
place in the wrong province.
"""

from __future__ import annotations

import csv
from collections import Counter
from importlib import resources

import pytest

from kgraph.normalize import match_key, search_form
from kgraph.resources import read_lines, read_tsv, split_list

ORG_CATEGORIES = {
    "party_central", "party_committee", "state", "government", "ministry", "agency", "legislature",
    "judiciary", "mass", "media", "academy", "military", "police", "enterprise", "other",
}
LOCATION_KINDS = {"province", "municipality", "city", "town", "district", "region", "country", "city_foreign",
                  "province_foreign"}
PERIODS = {"both", "pre2025", "post2025"}
# Aliases that are ambiguous on their own in running text; the pipeline decides these in context.
AMBIGUOUS_ALONE = {"trung ương", "ban", "đảng", "nhà nước", "quân đội", "tw", "anh", "bộ", "ủy ban"}


def _header(name: str) -> list[str]:
    text = resources.files("kgraph.data").joinpath(name).read_text(encoding="utf-8")
    first = next(line for line in text.splitlines() if line.strip() and not line.startswith("#"))
    return next(csv.reader([first], delimiter="\t"))


def _names_and_aliases(rows, alias_column="aliases"):
    for row in rows:
        yield row["name"], row["name"]
        for alias in split_list(row[alias_column]):
            yield row["name"], alias


@pytest.fixture(scope="module")
def orgs():
    return read_tsv("organizations.tsv")


@pytest.fixture(scope="module")
def places():
    return read_tsv("locations.tsv")


@pytest.fixture(scope="module")
def place_by_name(places):
    return {row["name"]: row for row in places}


@pytest.fixture(scope="module")
def org_by_name(orgs):
    return {row["name"]: row for row in orgs}


# --- headers and cell values ---------------------------------------------------------------


def test_organizations_header_is_the_documented_one():
    assert _header("organizations.tsv") == ["name", "aliases", "category", "parent"]


def test_locations_header_is_the_documented_one():
    assert _header("locations.tsv") == ["name", "kind", "aliases", "parent", "period", "merged_into"]


def test_organizations_rows_have_known_categories_and_no_stray_cells(orgs):
    bad = [row["name"] for row in orgs if row["category"] not in ORG_CATEGORIES or None in row]
    assert bad == []


def test_locations_rows_have_known_kinds_and_periods(places):
    bad = [row["name"] for row in places if row["kind"] not in LOCATION_KINDS or row["period"] not in PERIODS]
    assert bad == []


# --- spelling: NFC, modern tone marks, plain quotes and dashes ------------------------------


@pytest.mark.parametrize("name", ["organizations.tsv", "locations.tsv"])
def test_every_name_and_alias_is_in_search_form(name):
    rows = read_tsv(name)
    bad = [text for _, text in _names_and_aliases(rows) if search_form(text) != text or text != text.strip()]
    assert bad == []


@pytest.mark.parametrize("name", ["surnames.txt", "honorifics.txt"])
def test_every_list_entry_is_in_search_form_and_unique(name):
    entries = read_lines(name)
    assert [e for e in entries if search_form(e) != e] == []
    assert [e for e, n in Counter(entries).items() if n > 1] == []


# --- no name or alias shared by two entries ---------------------------------------------------


@pytest.mark.parametrize("name", ["organizations.tsv", "locations.tsv"])
def test_no_name_or_alias_collides_across_entries(name):
    owners: dict[str, set[str]] = {}
    for owner, text in _names_and_aliases(read_tsv(name)):
        owners.setdefault(match_key(text), set()).add(owner)
    names = [row["name"] for row in read_tsv(name)]
    assert [n for n, count in Counter(names).items() if count > 1] == []
    assert {key: sorted(o) for key, o in owners.items() if len(o) > 1} == {}


def test_no_organization_alias_is_ambiguous_alone(orgs):
    bad = [a for _, a in _names_and_aliases(orgs) if match_key(a) in {match_key(x) for x in AMBIGUOUS_ALONE}]
    assert bad == []


# --- parents ----------------------------------------------------------------------------------


def test_every_organization_parent_exists(org_by_name, orgs):
    assert [(row["name"], row["parent"]) for row in orgs if row["parent"] and row["parent"] not in org_by_name] == []


def test_no_organization_is_its_own_ancestor(org_by_name):
    for name in org_by_name:
        seen, current = {name}, org_by_name[name]["parent"]
        while current:
            assert current not in seen, f"cycle through {name}"
            seen.add(current)
            current = org_by_name.get(current, {}).get("parent", "")


def test_every_location_parent_exists_and_fits_its_kind(places, place_by_name):
    bad = []
    for row in places:
        parent = place_by_name.get(row["parent"]) if row["parent"] else None
        if row["parent"] and parent is None:
            bad.append((row["name"], row["parent"], "missing"))
        elif row["kind"] in {"city", "town", "district"} and (
            parent is None or parent["kind"] not in {"province", "municipality"} or parent["period"] == "post2025"
        ):
            bad.append((row["name"], row["parent"], "needs a pre-2025 province"))
        elif row["kind"] == "city_foreign" and (parent is None or parent["kind"] != "country"):
            bad.append((row["name"], row["parent"], "needs a country"))
    assert bad == []


@pytest.mark.parametrize(
    "name, parent",
    [
        ("Bộ Chính trị", "Ban Chấp hành Trung ương Đảng"),
        ("Ban Bí thư", "Ban Chấp hành Trung ương Đảng"),
        ("Ban Tổ chức Trung ương", "Ban Chấp hành Trung ương Đảng"),
        ("Ban Chấp hành Trung ương Đảng", "Đảng Cộng sản Việt Nam"),
        ("Ủy ban Thường vụ Quốc hội", "Quốc hội"),
        ("Văn phòng Quốc hội", "Quốc hội"),
        ("Ủy ban Pháp luật và Tư pháp", "Quốc hội"),
        ("Bộ Nông nghiệp và Môi trường", "Chính phủ"),
        ("Bộ Kế hoạch và Đầu tư", "Chính phủ"),
        ("Ngân hàng Nhà nước Việt Nam", "Chính phủ"),
        ("Kho bạc Nhà nước", "Bộ Tài chính"),
        ("Quân khu 7", "Bộ Quốc phòng"),
        ("Ban Chấp hành Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh", "Đoàn Thanh niên Cộng sản Hồ Chí Minh"),
    ],
)
def test_organization_parent_is_the_body_it_belongs_to(org_by_name, name, parent):
    assert org_by_name[name]["parent"] == parent


# --- specific knowledge -----------------------------------------------------------------------


def _alias_index(rows):
    return {match_key(text): owner for owner, text in _names_and_aliases(rows)}


@pytest.mark.parametrize(
    "alias, name",
    [
        ("BTCTW", "Ban Tổ chức Trung ương"),
        ("Ban Tổ chức TW", "Ban Tổ chức Trung ương"),
        ("Trung ương Đảng", "Ban Chấp hành Trung ương Đảng"),
        ("Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam", "Ban Chấp hành Trung ương Đảng"),
        ("Ban Bí thư Trung ương Đảng", "Ban Bí thư"),
        ("UBKTTW", "Ủy ban Kiểm tra Trung ương"),
        ("Uỷ ban Kiểm tra TW", "Ủy ban Kiểm tra Trung ương"),
        ("VPTW", "Văn phòng Trung ương Đảng"),
        ("TTXVN", "Thông tấn xã Việt Nam"),
        ("MTTQ Việt Nam", "Mặt trận Tổ quốc Việt Nam"),
        ("Quốc hội Việt Nam", "Quốc hội"),
        ("UBTV Quốc hội", "Ủy ban Thường vụ Quốc hội"),
        ("NHNN", "Ngân hàng Nhà nước Việt Nam"),
        ("BCA", "Bộ Công an"),
        ("Bộ GD&ĐT", "Bộ Giáo dục và Đào tạo"),
        ("Bộ VHTTDL", "Bộ Văn hóa, Thể thao và Du lịch"),
        ("Bộ TN&MT", "Bộ Tài nguyên và Môi trường"),
        ("Bộ LĐ-TB&XH", "Bộ Lao động - Thương binh và Xã hội"),
        ("TAND tối cao", "Tòa án nhân dân tối cao"),
        ("Viện KSND tối cao", "Viện kiểm sát nhân dân tối cao"),
        ("Báo CAND", "Báo Công an nhân dân"),
        ("VGP", "Cổng Thông tin điện tử Chính phủ"),
        ("ĐHQG TP.HCM", "Đại học Quốc gia Thành phố Hồ Chí Minh"),
        ("Trung ương Đoàn", "Ban Chấp hành Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh"),
        ("EVN", "Tập đoàn Điện lực Việt Nam"),
        ("Petrovietnam", "Tập đoàn Công nghiệp - Năng lượng Quốc gia Việt Nam"),
        ("Viettel", "Tập đoàn Công nghiệp - Viễn thông Quân đội"),
    ],
)
def test_organization_alias_resolves_to_its_canonical_name(orgs, alias, name):
    assert _alias_index(orgs)[match_key(alias)] == name


@pytest.mark.parametrize(
    "name, category",
    [
        ("Bộ Chính trị", "party_central"),
        ("Đảng ủy Chính phủ", "party_committee"),
        ("Quốc hội", "legislature"),
        ("Bộ Công an", "ministry"),
        ("Thanh tra Chính phủ", "ministry"),
        ("Bảo hiểm xã hội Việt Nam", "agency"),
        ("Tòa án nhân dân tối cao", "judiciary"),
        ("Hội Nông dân Việt Nam", "mass"),
        ("Thông tấn xã Việt Nam", "media"),
        ("Học viện Chính trị Quốc gia Hồ Chí Minh", "academy"),
        ("Bộ Tổng Tham mưu Quân đội nhân dân Việt Nam", "military"),
        ("Công an nhân dân Việt Nam", "police"),
        ("Tập đoàn Điện lực Việt Nam", "enterprise"),
    ],
)
def test_organization_category_is_right(org_by_name, name, category):
    assert org_by_name[name]["category"] == category


def test_ministries_cover_both_cabinets(orgs):
    ministries = {row["name"] for row in orgs if row["category"] == "ministry" and row["name"].startswith("Bộ ")}
    before = {"Bộ Kế hoạch và Đầu tư", "Bộ Tài nguyên và Môi trường", "Bộ Thông tin và Truyền thông",
              "Bộ Lao động - Thương binh và Xã hội", "Bộ Nông nghiệp và Phát triển nông thôn",
              "Bộ Giao thông vận tải"}
    after = {"Bộ Nông nghiệp và Môi trường", "Bộ Dân tộc và Tôn giáo"}
    kept = {"Bộ Quốc phòng", "Bộ Công an", "Bộ Ngoại giao", "Bộ Nội vụ", "Bộ Tư pháp", "Bộ Tài chính",
            "Bộ Công Thương", "Bộ Xây dựng", "Bộ Văn hóa, Thể thao và Du lịch", "Bộ Khoa học và Công nghệ",
            "Bộ Giáo dục và Đào tạo", "Bộ Y tế"}
    assert before | after | kept <= ministries


def _provinces(places, periods):
    return {r["name"] for r in places if r["kind"] in {"province", "municipality"} and r["period"] in periods}


def test_there_are_63_provinces_before_and_34_after_the_2025_merger(places):
    assert len(_provinces(places, {"both", "pre2025"})) == 63
    assert len(_provinces(places, {"both", "post2025"})) == 34


def test_municipalities_are_the_centrally_run_cities(places):
    municipalities = {r["name"] for r in places if r["kind"] == "municipality"}
    assert municipalities == {"Hà Nội", "Thành phố Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế"}


def test_every_merged_province_names_a_unit_that_exists_after_2025(places, place_by_name):
    bad = []
    for row in places:
        target = row["merged_into"]
        if row["kind"] in {"province", "municipality"} and row["period"] == "pre2025":
            if place_by_name.get(target, {}).get("period") not in {"both", "post2025"}:
                bad.append((row["name"], target))
        elif target:
            bad.append((row["name"], target))
    assert bad == []


@pytest.mark.parametrize(
    "new, old",
    [
        ("Gia Lai", {"Bình Định"}),
        ("Quảng Ngãi", {"Kon Tum"}),
        ("Tuyên Quang", {"Hà Giang"}),
        ("Lào Cai", {"Yên Bái"}),
        ("Thái Nguyên", {"Bắc Kạn"}),
        ("Phú Thọ", {"Vĩnh Phúc", "Hòa Bình"}),
        ("Bắc Ninh", {"Bắc Giang"}),
        ("Hưng Yên", {"Thái Bình"}),
        ("Hải Phòng", {"Hải Dương"}),
        ("Ninh Bình", {"Hà Nam", "Nam Định"}),
        ("Quảng Trị", {"Quảng Bình"}),
        ("Đà Nẵng", {"Quảng Nam"}),
        ("Khánh Hòa", {"Ninh Thuận"}),
        ("Lâm Đồng", {"Đắk Nông", "Bình Thuận"}),
        ("Đắk Lắk", {"Phú Yên"}),
        ("Thành phố Hồ Chí Minh", {"Bình Dương", "Bà Rịa - Vũng Tàu"}),
        ("Đồng Nai", {"Bình Phước"}),
        ("Tây Ninh", {"Long An"}),
        ("Cần Thơ", {"Sóc Trăng", "Hậu Giang"}),
        ("Vĩnh Long", {"Bến Tre", "Trà Vinh"}),
        ("Đồng Tháp", {"Tiền Giang"}),
        ("Cà Mau", {"Bạc Liêu"}),
        ("An Giang", {"Kiên Giang"}),
        ("Huế", {"Thừa Thiên Huế"}),
        ("Hà Nội", set()),
        ("Nghệ An", set()),
    ],
)
def test_2025_merger_follows_resolution_202(places, new, old):
    assert {r["name"] for r in places if r["merged_into"] == new} == old


@pytest.mark.parametrize(
    "alias, name",
    [
        ("TP.HCM", "Thành phố Hồ Chí Minh"),
        ("TP Hồ Chí Minh", "Thành phố Hồ Chí Minh"),
        ("Sài Gòn", "Thành phố Hồ Chí Minh"),
        ("BR-VT", "Bà Rịa - Vũng Tàu"),
        ("Thừa Thiên - Huế", "Thừa Thiên Huế"),
        ("Mỹ", "Hoa Kỳ"),
        ("Liên bang Nga", "Nga"),
        ("Moscow", "Moskva"),
    ],
)
def test_location_alias_resolves_to_its_name(places, alias, name):
    assert _alias_index(places)[match_key(alias)] == name


@pytest.mark.parametrize(
    "name, kind, parent",
    [
        ("Quy Nhơn", "city", "Bình Định"),
        ("Pleiku", "city", "Gia Lai"),
        ("Buôn Ma Thuột", "city", "Đắk Lắk"),
        ("Thủ Đức", "city", "Thành phố Hồ Chí Minh"),
        ("An Nhơn", "town", "Bình Định"),
        ("Quận 1", "district", "Thành phố Hồ Chí Minh"),
        ("Hoàn Kiếm", "district", "Hà Nội"),
        ("Tây Nguyên", "region", ""),
        ("Campuchia", "country", ""),
        ("Bắc Kinh", "city_foreign", "Trung Quốc"),
    ],
)
def test_location_kind_and_parent(place_by_name, name, kind, parent):
    assert (place_by_name[name]["kind"], place_by_name[name]["parent"]) == (kind, parent)


def test_countries_cover_the_un_members(places):
    countries = {r["name"] for r in places if r["kind"] == "country"}
    assert len(countries) >= 193
    assert {"Việt Nam", "Lào", "Campuchia", "Trung Quốc", "Hoa Kỳ", "Nga", "Nhật Bản", "Hàn Quốc"} <= countries


def test_surnames_hold_the_common_and_the_ethnic_minority_starts():
    surnames = set(read_lines("surnames.txt"))
    assert {"Nguyễn", "Trần", "Lê", "Huỳnh", "Võ", "Khuất", "Y", "H'", "Ksor", "Rơ Châm", "Siu", "Nay"} <= surnames
    assert len(surnames) >= 140


def test_honorifics_hold_titles_ranks_and_their_dotless_variants():
    honorifics = set(read_lines("honorifics.txt"))
    assert {"đồng chí", "ông", "bà", "PGS.TS.", "PGS.TS", "GS.", "GS", "Đại tướng", "Thiếu tá", "Nhà báo"} <= honorifics
