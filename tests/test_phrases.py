"""The gazetteer phrase matcher: longest match, joiners, case and commas, on a word trie."""

from __future__ import annotations

from kgraph.recognize.phrases import PhraseMatcher

PHRASES = ["Ban Tổ chức", "Ban Tổ chức Trung ương", "Tổ chức", "Trung ương", "UBND", "TP HCM",
           "Ban Tuyên giáo và Dân vận", "Hà Nội"]


def _matcher() -> PhraseMatcher[str]:
    return PhraseMatcher((phrase, phrase) for phrase in PHRASES)


def _found(matches):
    return [(m.phrase, m.start, m.end) for m in matches]


def test_phrases_longest_match_wins_and_matches_do_not_overlap():
    text = "Ban Tổ chức Trung ương họp tại Hà Nội."
    assert _found(_matcher().finditer(text)) == [("Ban Tổ chức Trung ương", 0, 22), ("Hà Nội", 31, 37)]


def test_phrases_a_line_break_ends_a_phrase_and_a_shorter_one_is_tried():
    text = "Ban Tổ chức\nTrung ương"
    assert _found(_matcher().finditer(text)) == [("Ban Tổ chức", 0, 11), ("Trung ương", 12, 22)]


def test_phrases_dots_join_words_and_capitals_must_match():
    matcher = _matcher()
    assert _found(matcher.finditer("Đoàn công tác tới TP.HCM.")) == [("TP HCM", 18, 24)]
    assert _found(matcher.finditer("ubnd tỉnh")) == []
    assert _found(matcher.finditer("ban tổ chức")) == []  # a lowercase first letter is not the name


def test_phrases_find_all_reports_nested_matches():
    text = "Ban Tổ chức Trung ương"
    assert _found(_matcher().find_all(text)) == [("Ban Tổ chức Trung ương", 0, 22), ("Tổ chức", 4, 11),
                                                 ("Trung ương", 12, 22)]
