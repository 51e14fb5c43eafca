"""Where an event's name ends (kgraph.recognize.event_boundaries), on sentences written for these tests."""

import pytest

from kgraph.recognize.event_boundaries import clause_end, name_end


@pytest.mark.parametrize("text, name", [
    ("Hội nghị tổng kết công tác năm tại Hà Nội", "Hội nghị tổng kết công tác năm"),  # "tại" moves on
    ("Lễ kỷ niệm 80 năm Ngày truyền thống ngày 5/9 vừa qua", "Lễ kỷ niệm 80 năm Ngày truyền thống"),  # a date
    ("Lễ ra mắt. Sau đó", "Lễ ra mắt"),
])
def test_clause_and_name_end_where_the_clause_moves_on(text, name):
    assert text[: clause_end(text, 0)] == name
    assert text[: name_end(text, 0)] == name


def test_name_runs_over_an_abbreviations_dot_where_the_clause_stops():
    text = "Buổi tiếp xúc cử tri TP. Thủ Đức diễn ra"
    assert text[: clause_end(text, 0)] == "Buổi tiếp xúc cử tri TP"
    assert text[: name_end(text, 0)] == "Buổi tiếp xúc cử tri TP. Thủ Đức"


def test_name_runs_over_a_topic_lists_comma():
    text = "Hội nghị về tổ chức, cán bộ của tỉnh đã kết thúc"
    assert text[: clause_end(text, 0)] == "Hội nghị về tổ chức"
    assert text[: name_end(text, 0)] == "Hội nghị về tổ chức, cán bộ của tỉnh"


def test_a_plans_vision_goes_on_with_the_name_a_further_clause_does_not():
    text = "Hội nghị công bố Quy hoạch tỉnh thời kỳ 2021 - 2030, tầm nhìn đến năm 2050 tại Đông Hà"
    assert text[: name_end(text, 0)] == "Hội nghị công bố Quy hoạch tỉnh thời kỳ 2021 - 2030, tầm nhìn đến năm 2050"
    text = "Hội nghị công bố Quy hoạch tỉnh, đến dự có ông A"
    assert text[: name_end(text, 0)] == "Hội nghị công bố Quy hoạch tỉnh"


def test_a_second_field_of_work_goes_on_with_the_name():
    text = "Hội nghị giao ban công tác Đảng, công tác chính trị 6 tháng đầu năm 2024. Trung tướng A chủ trì"
    assert text[: name_end(text, 0)] == "Hội nghị giao ban công tác Đảng, công tác chính trị 6 tháng đầu năm 2024"
