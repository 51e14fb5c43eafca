import pytest

from kgraph.normalize import match_key, modern_tone_marks, nfc, search_form


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


def test_modern_tone_marks_moves_exactly_what_the_old_style_pattern_moves():
    # every string of up to four letters over the letters that matter: the fast pattern plus its
    # checks must agree with _OLD_STYLE (vowel pairs, "q" before, a letter after, upper case)
    import itertools

    from kgraph.normalize import _OLD_STYLE, _move_tone, modern_tone_marks

    alphabet = "oOuUqQàáạèẹỳýỵ a1_"
    moved = 0
    for size in range(1, 5):
        for letters in itertools.product(alphabet, repeat=size):
            text = "".join(letters)
            expected = _OLD_STYLE.sub(_move_tone, text)
            assert modern_tone_marks(text) == expected, text
            moved += expected != text
    assert moved > 1000  # the pairs were there to move


def test_search_form_replaces_quotes_dashes_and_spaces_as_the_translation_table_says():
    from kgraph.normalize import _CHAR_MAP, search_form

    text = "“Đ” ‘x’ – — − ‐ ‑ a\u00a0b\u2009c\u202fd\u200be Ðf ðg ΣΑΣ"
    assert search_form(text) == modern_tone_marks(nfc(text).translate(_CHAR_MAP))
    assert search_form(text) == "\"Đ\" 'x' - - - - - a b c d e Đf đg ΣΑΣ"
