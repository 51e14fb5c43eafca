"""Tests for the Document recognizer (kgraph.recognize.documents)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kgraph import extract
from kgraph.document import Document, Mention
from kgraph.errors import PipelineError
from kgraph.normalize import search_form
from kgraph.recognize.documents import DocumentNumber, parse_number, recognize_documents

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def _doc(text: str) -> Document:
    return Document(text=text, doc_id="x", search_text=search_form(text))


def _mentions(text: str) -> list[Mention]:
    return [m for m in recognize_documents(_doc(text)).mentions if m.source == "documents"]


def _spans(text: str) -> list[str]:
    return [text[m.start : m.end] for m in _mentions(text)]


def _only(text: str) -> Mention:
    found = _mentions(text)
    assert len(found) == 1, [(text[m.start : m.end], m.name) for m in found]
    return found[0]


# ---------------------------------------------------------------- parse_number


def test_parse_number_party_decodes_type_and_issuer():
    parsed = parse_number("17-HD/BTCTW")
    assert parsed == DocumentNumber(
        number="17",
        type_code="HD",
        type_name="Hướng dẫn",
        issuer_codes=("BTCTW",),
        issuers=("Ban Tổ chức Trung ương",),
        year=None,
        legislature=None,
        system="party",
        normalized="17-HD/BTCTW",
    )


def test_parse_number_tw_alone_names_no_issuer():
    parsed = parse_number("18-NQ/TW")
    assert parsed.issuers == ()
    assert parsed.issuer_codes == ("TW",)
    assert parsed.type_name == "Nghị quyết"


def test_parse_number_joint_local_issuers_are_patterns():
    parsed = parse_number("12-HD/BTCTU-BDVTU")
    assert parsed.issuer_codes == ("BTCTU", "BDVTU")
    assert parsed.issuers == ()
    assert parsed.issuer_patterns == ("Ban Tổ chức Tỉnh ủy {province}", "Ban Dân vận Tỉnh ủy {province}")


def test_parse_number_party_regulation_qdi_differs_from_decision_qd():
    assert parse_number("08-QĐi/TW").type_name == "Quy định"
    assert parse_number("99-QĐ/TW").type_name == "Quyết định"
    assert parse_number("15/QyĐ-UBND").type_name == "Quy định"


def test_parse_number_tt_is_thong_tri_in_party_and_thong_tu_in_state():
    assert parse_number("03-TT/TW").type_name == "Thông tri"
    assert parse_number("05/2023/TT-BTC").type_name == "Thông tư"
    assert parse_number("05/2023/TT-BTC").issuers == ("Bộ Tài chính",)


@pytest.mark.parametrize(
    ("code", "issuers", "year", "legislature"),
    [
        ("45/2019/QH14", ("Quốc hội",), 2019, "QH14"),
        ("31/2024/QH15", ("Quốc hội",), 2024, "QH15"),
        ("70/2025/UBTVQH15", ("Ủy ban Thường vụ Quốc hội",), 2025, "QH15"),
        ("15/2020/NĐ-CP", ("Chính phủ",), 2020, None),
    ],
)
def test_parse_number_legal_reads_year_and_legislature(code, issuers, year, legislature):
    parsed = parse_number(code)
    assert (parsed.system, parsed.issuers, parsed.year, parsed.legislature) == ("legal", issuers, year, legislature)
    assert parsed.normalized == code


def test_parse_number_legal_joint_circular_splits_type_and_issuers():
    parsed = parse_number("03/2016/TTLT-BCA-BQP")
    assert parsed.type_code == "TTLT"
    assert parsed.issuers == ("Bộ Công an", "Bộ Quốc phòng")


def test_parse_number_administrative_forms():
    decision = parse_number("123/QĐ-TTg")
    assert (decision.system, decision.type_name, decision.issuers) == ("administrative", "Quyết định", ("Chính phủ",))
    resolution = parse_number("1416/NQ-UBTVQH15")
    assert (resolution.type_code, resolution.legislature) == ("NQ", "QH15")
    assert resolution.issuers == ("Ủy ban Thường vụ Quốc hội",)


def test_parse_number_letter_without_type_code_is_cong_van():
    parsed = parse_number("5678/UBND-VX")
    assert parsed.type_code is None
    assert parsed.type_name == "Công văn"
    assert parsed.issuer_patterns == ("Ủy ban nhân dân tỉnh {province}",)


def test_parse_number_slash_slip_is_read_as_party_number():
    assert parse_number("18/NQ-TW").normalized == "18-NQ/TW"


@pytest.mark.parametrize("text", ["15/11/2024", "24/7", "2020-2025", "COVID-19", "5/G7", "Nghị quyết"])
def test_parse_number_rejects_what_is_not_a_number(text):
    assert parse_number(text) is None


# ---------------------------------------------------------------- numbers in text


def test_recognize_type_word_and_number_form_one_mention():
    text = "Ban Bí thư yêu cầu thực hiện nghiêm Kết luận số 121-KL/TW của Bộ Chính trị."
    mention = _only(text)
    assert text[mention.start : mention.end] == "Kết luận số 121-KL/TW"
    assert mention.type == "Document"
    assert mention.name == "Kết luận số 121-KL/TW"
    assert mention.attrs["number"] == "121"
    assert mention.attrs["normalized"] == "121-KL/TW"
    assert mention.attrs["year"] is None
    assert mention.attrs["doc_type"] == "Kết luận"
    assert mention.attrs["system"] == "party"
    assert "Kết luận 121-KL/TW" in mention.attrs["surface_forms"]
    assert "121-KL/TW" in mention.attrs["surface_forms"]


def test_recognize_bare_number_takes_its_name_from_the_code():
    text = "Tinh thần của 18-NQ/TW cần được quán triệt sâu rộng."
    mention = _only(text)
    assert text[mention.start : mention.end] == "18-NQ/TW"
    assert mention.name == "Nghị quyết số 18-NQ/TW"


def test_recognize_number_after_so_alone_excludes_so():
    text = "Tỉnh đã triển khai theo số 22-KH/TU đúng tiến độ."
    assert _spans(text) == ["22-KH/TU"]


@pytest.mark.parametrize(
    ("written", "iso"),
    [
        ("ngày 5-10-2018", "2018-10-05"),
        ("ngày 22.12.2024", "2024-12-22"),
        ("ngày 15/11/2024", "2024-11-15"),
        ("ngày 18 tháng 1 năm 2025", "2025-01-18"),
        (", ngày 3/4/2023", "2023-04-03"),
    ],
)
def test_recognize_date_after_number_goes_to_attrs(written, iso):
    text = f"Ban Tổ chức Trung ương ban hành Hướng dẫn số 26-HD/BTCTW {written} về công tác nhân sự."
    mention = _only(text)
    assert mention.attrs["date"] == iso
    assert text[mention.start : mention.end] == "Hướng dẫn số 26-HD/BTCTW"


def test_recognize_date_after_issuer_clause():
    text = "Thực hiện Nghị quyết số 66-NQ/TW của Bộ Chính trị ngày 30/4/2025, Tỉnh ủy đã ban hành kế hoạch."
    assert _only(text).attrs["date"] == "2025-04-30"


def test_recognize_date_without_year_is_partial():
    text = "Thủ tướng ký Công điện số 88/CĐ-TTg ngày 30/6 về phòng chống bão."
    mention = _only(text)
    assert mention.attrs["date_partial"] == "--06-30"
    assert "date" not in mention.attrs


def test_recognize_number_next_to_date_yields_no_second_number():
    text = "Nghị quyết số 42/2023/UBTVQH15 ngày 18/12/2023 của Ủy ban Thường vụ Quốc hội đã được sửa đổi."
    mention = _only(text)
    assert mention.name == "Nghị quyết số 42/2023/UBTVQH15"
    assert mention.attrs["issuers"] == ["Ủy ban Thường vụ Quốc hội"]
    assert mention.attrs["legislature"] == "QH15"
    assert mention.attrs["date"] == "2023-12-18"


def test_recognize_two_numbers_in_one_sentence():
    text = "Nghị định số 78/2025/NĐ-CP thay thế Quyết định 1236/QĐ-TTg của Thủ tướng Chính phủ."
    found = _mentions(text)
    assert [m.name for m in found] == ["Nghị định số 78/2025/NĐ-CP", "Quyết định số 1236/QĐ-TTg"]
    assert found[0].attrs["system"] == "legal"
    assert found[1].attrs["system"] == "administrative"
    assert found[1].attrs["issuers"] == ["Chính phủ"]


def test_recognize_lowercase_type_word_with_number():
    text = "Căn cứ văn bản số 9012-CV/VPTW, các bộ, ngành khẩn trương rà soát."
    mention = _only(text)
    assert text[mention.start : mention.end] == "văn bản số 9012-CV/VPTW"
    assert mention.name == "Văn bản số 9012-CV/VPTW"
    assert mention.attrs["doc_type"] == "Công văn"
    assert mention.attrs["issuers"] == ["Văn phòng Trung ương Đảng"]
    assert "Công văn số 9012-CV/VPTW" in mention.attrs["surface_forms"]


def test_recognize_type_word_in_text_wins_over_code():
    text = "Huyện ủy ban hành Chương trình hành động số 14-CT/HU thực hiện nghị quyết."
    mention = _only(text)
    assert mention.name == "Chương trình hành động số 14-CT/HU"
    assert mention.attrs["doc_type"] == "Chương trình hành động"
    assert mention.attrs["type_code"] == "CT"
    assert mention.attrs["issuer_patterns"] == ["Huyện ủy {district}"]


def test_recognize_party_regulation_and_decision_side_by_side():
    text = "Theo Quy định 08-QĐi/TW và Quyết định số 99-QĐ/TW, cấp ủy phải báo cáo."
    assert [(m.name, m.attrs["type_code"]) for m in _mentions(text)] == [
        ("Quy định số 08-QĐi/TW", "QĐi"),
        ("Quyết định số 99-QĐ/TW", "QĐ"),
    ]


def test_recognize_joint_issuers_in_text():
    text = "Hướng dẫn liên tịch số 12-HD/BTCTU-BDVTU ngày 3.4.2023 nêu rõ trách nhiệm."
    mention = _only(text)
    assert mention.attrs["issuer_codes"] == ["BTCTU", "BDVTU"]
    assert mention.name == "Hướng dẫn liên tịch số 12-HD/BTCTU-BDVTU"


def test_recognize_law_number():
    text = "Luật số 60/2024/QH15 có hiệu lực từ ngày 1/1/2025."
    mention = _only(text)
    assert mention.name == "Luật số 60/2024/QH15"
    assert mention.attrs["doc_type"] == "Luật"
    assert mention.attrs["year"] == 2024


def test_recognize_offsets_hold_with_old_tone_marks():
    text = "Quán triệt Nghị quyết số 18-NQ/TW của Ban Chấp hành Trung ương khoá XIII về đất đai."
    mention = _only(text)
    assert text[mention.start : mention.end] == "Nghị quyết số 18-NQ/TW"
    old = "Uỷ ban Thường vụ Quốc hội khoá XV ban hành Nghị quyết số 1510/NQ-UBTVQH15 tuần qua."
    mention = _only(old)
    assert old[mention.start : mention.end] == "Nghị quyết số 1510/NQ-UBTVQH15"


def test_recognize_event_after_number_gives_adopted_at_span():
    text = "Nghị quyết số 19-NQ/TW ngày 16/6/2022 của Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa XIII."
    mention = _only(text)
    start, end = mention.attrs["adopted_at_span"]
    assert text[start:end] == "Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa XIII"


# ---------------------------------------------------------------- short references


def test_recognize_short_reference():
    text = "Tổng Bí thư nhấn mạnh việc thực hiện Kết luận 127 của Bộ Chính trị."
    mention = _only(text)
    assert text[mention.start : mention.end] == "Kết luận 127"
    assert mention.name == "Kết luận 127"
    assert mention.attrs["short_number"] == "127"
    assert mention.attrs["type_code"] == "KL"


def test_recognize_short_reference_list_yields_one_mention_each():
    text = "Tỉnh xây dựng kế hoạch thực hiện Nghị quyết 57, 59, 66 và 68 của Bộ Chính trị."
    found = _mentions(text)
    assert [m.name for m in found] == ["Nghị quyết 57", "Nghị quyết 59", "Nghị quyết 66", "Nghị quyết 68"]
    assert [text[m.start : m.end] for m in found[1:]] == ["59", "66", "68"]


def test_recognize_short_reference_with_so():
    text = "Chỉ thị số 05 của Bộ Chính trị tiếp tục được triển khai."
    assert _only(text).name == "Chỉ thị 05"


@pytest.mark.parametrize(
    "text",
    [
        "Kết luận 6 nhiệm vụ trọng tâm được nêu tại hội nghị.",
        "Tỉnh xây dựng Kế hoạch 5 năm giai đoạn 2026-2030.",
        "Hướng dẫn 3 bước kê khai tài sản cho cán bộ.",
        "Dịp 2/9, ngày 15/11/2024 và tỷ lệ 24/7 không phải văn bản.",
    ],
)
def test_recognize_counts_and_dates_are_not_documents(text):
    assert _mentions(text) == []


# ---------------------------------------------------------------- named documents


def test_recognize_named_law_with_and_without_nam():
    text = "Luật Nhà ở năm 2023 thay thế Luật Nhà ở 2014; Luật Đất đai đã đi vào cuộc sống."
    found = _mentions(text)
    assert [m.name for m in found] == ["Luật Nhà ở năm 2023", "Luật Nhà ở năm 2014", "Luật Đất đai"]
    assert [m.attrs.get("year") for m in found] == [2023, 2014, None]
    assert text[found[1].start : found[1].end] == "Luật Nhà ở 2014"


def test_recognize_bare_law_title_names_the_latest_dated_version():
    text = "Luật Đất đai năm 2024 thay thế Luật Đất đai năm 2013. Cần sửa đổi Luật Đất đai sớm."
    found = _mentions(text)
    assert [m.name for m in found] == ["Luật Đất đai năm 2024", "Luật Đất đai năm 2013", "Luật Đất đai năm 2024"]
    assert text[found[2].start : found[2].end] == "Luật Đất đai"
    assert "Luật Đất đai" in found[2].attrs["surface_forms"]


def test_recognize_law_title_stops_at_verbs_and_conjunctions():
    text = "Quốc hội thông qua Luật Đầu tư công và Luật Nhà ở, trong đó Luật Ban hành văn bản quy phạm pháp luật quy định rõ."
    assert [m.name for m in _mentions(text)] == [
        "Luật Đầu tư công",
        "Luật Nhà ở",
        "Luật Ban hành văn bản quy phạm pháp luật",
    ]


def test_recognize_law_titles_with_commas_from_the_data_file():
    text = "Đại biểu thảo luận Luật Phòng, chống tham nhũng năm 2018 và Luật Tổ chức chính quyền địa phương (sửa đổi)."
    assert [m.name for m in _mentions(text)] == [
        "Luật Phòng, chống tham nhũng năm 2018",
        "Luật Tổ chức chính quyền địa phương (sửa đổi)",
    ]


def test_recognize_code_of_law():
    text = "Bộ luật Hình sự năm 2015 được sửa đổi cùng Bộ luật Lao động 2019."
    assert [m.name for m in _mentions(text)] == ["Bộ luật Hình sự năm 2015", "Bộ luật Lao động năm 2019"]


def test_recognize_law_degrees_and_lawyers_are_not_documents():
    text = "Ông là cử nhân Luật, từng làm Luật sư tại Đoàn Luật sư Hà Nội và giảng dạy ở Trường Đại học Luật Hà Nội."
    assert _mentions(text) == []


def test_recognize_named_law_takes_number_in_parentheses():
    text = "Luật Dữ liệu năm 2024 (Luật số 60/2024/QH15) có hiệu lực. Luật Dữ liệu năm 2024 quy định rõ."
    named, numbered, again = _mentions(text)
    assert (named.attrs["normalized"], named.attrs["year"]) == ("60/2024/QH15", 2024)
    assert numbered.attrs["title"] == "Luật Dữ liệu năm 2024"
    assert again.attrs["normalized"] == "60/2024/QH15"


def test_recognize_amending_document_contains_the_amended_one():
    text = (
        "Quốc hội thông qua Nghị quyết của Quốc hội sửa đổi, bổ sung một số điều của Nội quy kỳ họp Quốc hội. "
        "Trước đó, dự thảo Luật sửa đổi, bổ sung một số điều của Luật Đất đai, Luật Nhà ở được thảo luận."
    )
    found = _mentions(text)
    names = [m.name for m in found]
    assert names == [
        "Nghị quyết của Quốc hội sửa đổi, bổ sung một số điều của Nội quy kỳ họp Quốc hội",
        "Nội quy kỳ họp Quốc hội",
        "Luật sửa đổi, bổ sung một số điều của Luật Đất đai, Luật Nhà ở",
        "Luật Đất đai",
        "Luật Nhà ở",
    ]
    assert found[2].attrs["amends"] == ["Luật Đất đai", "Luật Nhà ở"]


def test_recognize_amending_document_takes_fullest_form_in_article():
    text = (
        "Nghị quyết sửa đổi, bổ sung một số điều của Nội quy kỳ họp Quốc hội được thông qua. "
        "Nghị quyết của Quốc hội sửa đổi, bổ sung một số điều của Nội quy kỳ họp Quốc hội có hiệu lực ngay."
    )
    amending = [m for m in _mentions(text) if m.attrs["form"] == "amending"]
    assert {m.name for m in amending} == {
        "Nghị quyết của Quốc hội sửa đổi, bổ sung một số điều của Nội quy kỳ họp Quốc hội"
    }


def test_recognize_standing_documents():
    text = (
        "Đảng viên phải chấp hành Điều lệ Đảng, Hiến pháp năm 2013 và Cương lĩnh xây dựng đất nước "
        "trong thời kỳ quá độ lên chủ nghĩa xã hội; kỳ họp tuân theo Nội quy kỳ họp Quốc hội."
    )
    assert [m.name for m in _mentions(text)] == [
        "Điều lệ Đảng",
        "Hiến pháp năm 2013",
        "Cương lĩnh xây dựng đất nước trong thời kỳ quá độ lên chủ nghĩa xã hội",
        "Nội quy kỳ họp Quốc hội",
    ]


def test_recognize_working_rules_of_a_body():
    text = "Theo Quy chế làm việc của Ban Chấp hành Trung ương khóa XIII, Bộ Chính trị quyết định."
    assert _only(text).name == "Quy chế làm việc của Ban Chấp hành Trung ương khóa XIII"


# ---------------------------------------------------------------- congress and plenum resolutions


@pytest.mark.parametrize(
    ("text", "mention", "event"),
    [
        (
            "Cán bộ, đảng viên học tập Nghị quyết Đại hội XIV trong tháng này.",
            "Nghị quyết Đại hội XIV",
            "Đại hội XIV",
        ),
        (
            "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng đã xác định tầm nhìn.",
            "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng",
            "Đại hội đại biểu toàn quốc lần thứ XIII của Đảng",
        ),
        (
            "Tỉnh triển khai Nghị quyết Hội nghị Trung ương 4 khóa XII về xây dựng Đảng.",
            "Nghị quyết Hội nghị Trung ương 4 khóa XII",
            "Hội nghị Trung ương 4 khóa XII",
        ),
        (
            "Quán triệt Nghị quyết Hội nghị lần thứ mười Ban Chấp hành Trung ương Đảng khóa XIII.",
            "Nghị quyết Hội nghị lần thứ mười Ban Chấp hành Trung ương Đảng khóa XIII",
            "Hội nghị lần thứ mười Ban Chấp hành Trung ương Đảng khóa XIII",
        ),
        (
            "Thực hiện Nghị quyết Trung ương 6 (khóa XII) về sắp xếp đơn vị sự nghiệp.",
            "Nghị quyết Trung ương 6 (khóa XII)",
            "Trung ương 6 (khóa XII)",
        ),
        (
            "Cụ thể hóa nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX, nhiệm kỳ 2025-2030 bằng chương trình.",
            "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX, nhiệm kỳ 2025-2030",
            "Đại hội Đảng bộ tỉnh lần thứ XX, nhiệm kỳ 2025-2030",
        ),
    ],
)
def test_recognize_resolution_named_by_its_event(text, mention, event):
    found = _only(text)
    assert found.name == mention
    start, end = found.attrs["adopted_at_span"]
    assert text[start:end] == event
    assert found.attrs["doc_type"] == "Nghị quyết"


def test_recognize_resolutions_of_one_plenum_share_the_fullest_name():
    text = (
        "Hội nghị quán triệt Nghị quyết Hội nghị lần thứ 12 Ban Chấp hành Trung ương Đảng khóa XIII. "
        "Nghị quyết Hội nghị Trung ương 12 có ý nghĩa lớn; Nghị quyết Trung ương 12 cần được cụ thể hóa, "
        "cùng với Nghị quyết Trung ương 10."
    )
    found = _mentions(text)
    full = "Nghị quyết Hội nghị lần thứ 12 Ban Chấp hành Trung ương Đảng khóa XIII"
    assert [m.name for m in found] == [full, full, full, "Nghị quyết Trung ương 10"]
    assert [m.attrs["resolution_key"] for m in found] == ["NQ:plenum:12"] * 3 + ["NQ:plenum:10"]
    assert found[1].attrs["term"] == "XIII"
    assert "Nghị quyết Hội nghị Trung ương 12" in found[1].attrs["surface_forms"]


def test_recognize_congress_resolution_key_tells_national_from_local():
    text = (
        "Nghị quyết Đại hội XIII và Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng; "
        "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII."
    )
    keys = [m.attrs["resolution_key"] for m in _mentions(text)]
    assert keys == ["NQ:congress:national:13", "NQ:congress:national:13", "NQ:congress:local:đảng bộ tỉnh:17"]


def test_recognize_concluding_verb_before_plenum_is_not_a_document():
    text = "Kết luận Hội nghị Trung ương 10, Tổng Bí thư nhấn mạnh yêu cầu đoàn kết."
    assert _mentions(text) == []


def test_recognize_generic_plurals_produce_nothing():
    text = (
        "Các cấp ủy thực hiện các nghị quyết Trung ương, các nghị quyết, quy định, văn bản của Trung ương; "
        "các Nghị quyết Đại hội XIII được cụ thể hóa, nghị quyết, quy chế làm việc được rà soát."
    )
    assert _mentions(text) == []


# ---------------------------------------------------------------- component contract


def test_recognize_keeps_other_mentions_and_returns_same_doc():
    doc = _doc("Kết luận số 118-KL/TW được ban hành.")
    other = Mention(start=0, end=8, type="Event", name="x", source="events")
    doc.mentions.append(other)
    result = recognize_documents(doc)
    assert result is doc
    assert doc.mentions[0] is other
    assert [m.name for m in doc.mentions[1:]] == ["Kết luận số 118-KL/TW"]


def test_recognize_rejects_search_text_of_wrong_length():
    doc = Document(text="Kết luận số 118-KL/TW", doc_id="bad", search_text="Kết luận")
    with pytest.raises(PipelineError):
        recognize_documents(doc)


def test_recognize_seed_article():
    path = next(SEEDS.glob("*.txt"))
    text = path.read_text(encoding="utf-8")
    found = _mentions(text)
    names = [m.name for m in found]
    assert names.count("Nghị quyết Đại hội XIII") == 3
    guidance = [m for m in found if m.name == "Hướng dẫn số 17-HD/BTCTW"]
    assert len(guidance) == 1
    assert guidance[0].attrs["date"] == "2018-10-05"
    assert guidance[0].attrs["issuers"] == ["Ban Tổ chức Trung ương"]
    assert set(names) == {"Nghị quyết Đại hội XIII", "Hướng dẫn số 17-HD/BTCTW"}


def test_lowercase_law_word_names_a_law_but_discipline_does_not():
    from kgraph.document import Document
    from kgraph.normalize import search_form
    from kgraph.recognize.documents import recognize_documents

    text = "Dự án sửa đổi luật Xử lý vi phạm hành chính được trình; Ủy ban đề nghị kỷ luật Ban cán sự đảng."
    doc = recognize_documents(Document(text=text, doc_id="x", search_text=search_form(text)))
    assert [m.name for m in doc.mentions] == ["Luật Xử lý vi phạm hành chính"]


def test_international_instruments_named_by_title():
    text = ("Hai bên cam kết tôn trọng Hiến chương Liên Hợp Quốc và Công ước Liên Hợp Quốc về Luật Biển năm 1982, "
            "thực thi Hiệp định Thương mại tự do Việt Nam - Hàn Quốc do hai nước ký năm 2015. "
            "Sau đó hai Thủ tướng chứng kiến việc ký Tuyên bố chung Việt Nam - Ấn Độ và một bản ghi nhớ về giáo dục. "
            "Hiệp định vay vốn được ký ngay sau đó.")
    doc = recognize_documents(_doc(text))
    found = {m.name for m in doc.mentions}
    assert found == {
        "Hiến chương Liên Hợp Quốc",
        "Công ước Liên Hợp Quốc về Luật Biển năm 1982",  # one instrument, not "Luật Biển năm 1982" inside it
        "Hiệp định Thương mại tự do Việt Nam - Hàn Quốc",  # "tự do" is one word; "do hai nước" ends the title
        "Tuyên bố chung Việt Nam - Ấn Độ",
    }


def test_a_law_title_goes_on_over_and_before_a_lowercase_content_word():
    from helpers import names, run_until

    doc = run_until("Luật Địa chất và khoáng sản năm 2024, Luật Đất đai năm 2024 đã giải quyết vướng mắc. Sửa đổi Luật "
                    "Đất đai và nghị định hướng dẫn, Luật Đất đai và các luật khác.", "resolve")
    assert {"Luật Địa chất và khoáng sản năm 2024", "Luật Đất đai năm 2024"} <= names(doc, "Document")
    assert not any("nghị định" in n or "các luật" in n for n in names(doc, "Document"))


def test_a_law_named_with_and_without_its_number_is_one_document():
    from helpers import run_until

    doc = run_until("Quốc hội thông qua Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Tòa án nhân dân số "
                    "81/2025/QH15. Kể từ ngày Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Tòa án nhân dân có "
                    "hiệu lực, Tòa án được tổ chức lại.", "resolve")
    documents = [e for e in doc.entities if e.type == "Document"]
    amended = [e for e in documents if e.name.startswith("Luật sửa đổi")]
    assert len(amended) == 1 and "81/2025/QH15" in amended[0].aliases
    assert {e.name for e in documents} == {amended[0].name, "Luật Tổ chức Tòa án nhân dân"}


def test_a_short_decision_number_followed_by_what_it_does_is_a_document():
    text = "Ngày 9/7, Bộ Chính trị ban hành Quyết định 1520 thành lập các đoàn kiểm tra. Kết luận 6 nhiệm vụ trọng tâm."
    assert _spans(text) == ["Quyết định 1520"]


@pytest.mark.parametrize("text, name", [
    ("Bộ đã thực hiện hiệu quả Chiến lược hạ tầng số đến năm 2025 và định hướng đến năm 2030; hỗ trợ người dân.",
     "Chiến lược hạ tầng số đến năm 2025 và định hướng đến năm 2030"),
    ("Tỉnh triển khai Đề án phát triển du lịch giai đoạn 2021-2025, tầm nhìn đến năm 2030 trên địa bàn.",
     "Đề án phát triển du lịch giai đoạn 2021-2025, tầm nhìn đến năm 2030"),
    ("Thủ tướng phê duyệt Quy hoạch tổng thể quốc gia thời kỳ 2021-2030, tầm nhìn đến năm 2050.",
     "Quy hoạch tổng thể quốc gia thời kỳ 2021-2030, tầm nhìn đến năm 2050"),
])
def test_a_plan_named_with_its_horizon_is_a_document(text, name):
    assert [m.name for m in _mentions(text)] == [name]


@pytest.mark.parametrize("text", [
    "Bộ Kế hoạch và Đầu tư giai đoạn 2021-2025 đã hoàn thành nhiệm vụ.",
    "Ủy ban Kế hoạch và Ngân sách giai đoạn 2021-2025 họp.",
    "Tỉnh tổ chức Chương trình nghệ thuật chào mừng năm 2025 tại quảng trường.",
    "Tỉnh rà soát các Đề án phát triển giai đoạn 2021-2025 đã được duyệt.",
])
def test_no_plan_without_a_horizon_nor_inside_a_bodys_name(text):
    assert _mentions(text) == []


def test_a_law_amends_the_laws_listed_not_a_plan_listed_after_them():
    spans = _spans("Quốc hội thông qua Luật sửa đổi, bổ sung một số điều của Luật Bảo hiểm y tế, Chiến lược phát "
                   "triển ngành dược giai đoạn đến năm 2030 và tầm nhìn đến năm 2045.")
    assert "Luật sửa đổi, bổ sung một số điều của Luật Bảo hiểm y tế" in spans
    assert "Chiến lược phát triển ngành dược giai đoạn đến năm 2030 và tầm nhìn đến năm 2045" in spans


@pytest.mark.parametrize("written", ["64-KL/T.Ư", "64-KL/TƯ"])
def test_a_party_number_with_trung_uong_abbreviated_as_some_papers_write_it(written):
    number = parse_number(written)
    assert number is not None and number.normalized == "64-KL/TW" and number.system == "party"


def test_a_laws_title_ends_where_a_sentence_glued_to_it_opens():
    text = "Chiều 4/6, Quốc hội thảo luận về dự án Luật Phòng cháy và chữa cháyTheo đó, nhiều đại biểu tán thành."
    assert [m.name for m in _mentions(text)] == ["Luật Phòng cháy và chữa cháy"]


def test_law_titles_with_a_comma_pair_an_amending_law_and_a_verb_after_the_title():
    doc = extract("Quốc hội thảo luận dự án Luật Sửa đổi, bổ sung một số điều của Luật Cảnh vệ. Luật Phòng cháy, chữa "
                  "cháy năm 2024 có hiệu lực. Bộ Công an xây dựng dự án Luật Đường bộ đề xuất bổ sung đối tượng.")
    assert {e.name for e in doc.entities if e.type == "Document"} == {
        "Luật Sửa đổi, bổ sung một số điều của Luật Cảnh vệ", "Luật Cảnh vệ", "Luật Phòng cháy, chữa cháy năm 2024",
        "Luật Đường bộ"}


def test_a_convention_named_with_of_between_its_head_and_title():
    doc = extract("Hai bên giải quyết bất đồng trên cơ sở Công ước của Liên Hợp Quốc về Luật Biển năm 1982.")
    assert {e.name for e in doc.entities if e.type == "Document"} == {"Công ước của Liên Hợp Quốc về Luật Biển năm 1982"}


def test_a_law_title_goes_on_over_a_lowercase_and_unless_a_document_type_follows_and_a_cut_headline_names_none():
    text = ("Chủ tịch Quốc hội chủ trì họp về dự án Luật Quy ...\n"
            "Ủy ban Thường vụ Quốc hội cho ý kiến về dự án Luật Tiêu chuẩn và quy chuẩn kỹ thuật. Việc này theo Luật "
            "Đất đai và quy định của Chính phủ.")
    found = {e.name for e in extract(text).entities if e.type == "Document"}
    assert found == {"Luật Tiêu chuẩn và quy chuẩn kỹ thuật", "Luật Đất đai"}


# ---------------------------------------------------------------- numbers the tables do not decode


def test_a_type_word_and_so_make_an_undecoded_number_a_document():
    # codes no table knows: after "văn bản số"/"Quyết định số" a document all the same, with no issuer from them
    letter = _only("Văn phòng ban hành văn bản số 2718/BDN-TH về lịch làm việc.")
    assert letter.name == "Văn bản số 2718/BDN-TH" and letter.attrs["issuers"] == []
    assert _only("Ông A trao Quyết định số 905/QĐNSTƯ cho ông B.").name == "Quyết định số 905/QĐNSTW"
    # without a type word and "số" such a number stays a number ("tỷ số 2/TTH"), not a document
    assert _mentions("Đội bóng thắng 3/TTH sau trận đấu.") == []
    assert _mentions("Quyết định 905/QĐNSTƯ được trao.") == []


def test_a_short_reference_with_its_year():
    mention = _only("Thực hiện Chỉ thị số 24 năm 2019 của Ban Bí thư về công tác dân vận.")
    assert mention.name == "Chỉ thị 24 năm 2019" and mention.attrs["year"] == 2019
    assert {"Chỉ thị số 24", "Chỉ thị số 24 năm 2019"} <= set(mention.attrs["surface_forms"])


def test_a_law_title_ends_before_a_half_day_that_opens_the_next_sentence():
    assert _spans("Ông A phát biểu về dự án Luật Thủy lợi Chiều nay, 12-5, Quốc hội thảo luận.") == ["Luật Thủy lợi"]


def test_a_law_written_in_lowercase_is_read_from_the_list_of_laws():
    law = _only("Dự án được lập theo quy định của Luật đầu tư công và các văn bản hướng dẫn.")
    assert law.name == "Luật Đầu tư công"
    assert _only("Việc thi hành luật nhà ở năm 2023 còn chậm.").name == "Luật Nhà ở năm 2023"
    assert _only("Theo luật thi đua, khen thưởng thì tập thể được đề nghị.").name == "Luật Thi đua, khen thưởng"
    # the longest title the list knows: "Luật đầu tư công" is not "Luật Đầu tư"
    assert _only("Sửa luật đầu tư công để giải ngân nhanh hơn.").name == "Luật Đầu tư công"
    # a lowercase phrase no law is titled by names none
    assert _mentions("Ông A nói rằng luật chơi đã thay đổi.") == []
