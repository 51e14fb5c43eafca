import pytest

from kgraph.normalize import match_key, search_form


@pytest.mark.parametrize(
    "old, new",
    [("Uỷ ban", "Ủy ban"), ("khoá XIII", "khóa XIII"), ("Thành uỷ", "Thành ủy"), ("hoà bình", "hòa bình"),
     ("quý", "quý"), ("hoàn thành", "hoàn thành"), ("Thuỷ", "Thủy")],
)
def test_search_form_places_tone_marks_the_modern_way(old, new):
    assert search_form(old) == new
    assert len(search_form(old)) == len(old)


def test_search_form_keeps_length_with_quotes_and_dashes():
    text = "“Đảng” – chính trị – xã hội"
    assert search_form(text) == '"Đảng" - chính trị - xã hội'


def test_match_key_folds_case_punctuation_and_tone_placement():
    assert match_key("Thành uỷ TP.HCM") == match_key("thành ủy TP HCM")
    assert match_key("Chính") != match_key("Chinh")
