"""The grammar of the Party's and the State's structures: each pattern matches what it should and not its near misses.

The sentences are written for these tests.
"""

import re

import pytest

from kgraph.recognize.party_grammar import (
    BODY_CONGRESS,
    DATED_SESSION,
    ELECTION,
    NATIONAL_CONGRESS,
    ORDINAL,
    PLENUM,
    SESSION,
    SESSION_HOLDER,
    TENURE,
    TERM,
    TERM_CONGRESS,
    adopted_at_after,
    cited_resolutions,
    congress_names,
    event_at,
    event_identity,
    ordinal_number,
    plenum_names,
    roman,
    session_name,
    tenure_years,
    to_roman,
)


@pytest.mark.parametrize("token, number", [
    ("9", 9), ("IX", 9), ("XIV", 14), ("nhất", 1), ("Nhất", 1), ("tư", 4), ("bốn", 4), ("mười", 10),
    ("mười một", 11), ("mười lăm", 15), ("hai mươi", 20), ("hai mươi mốt", 21), ("hai  mươi  lăm", 25),
])
def test_ordinal_number_reads_digits_roman_numerals_and_words(token, number):
    assert ordinal_number(token) == number


@pytest.mark.parametrize("token", ["", "khóa", "mươi", "IXa", "một trăm", "XIIIđ"])
def test_ordinal_number_is_none_for_other_words(token):
    assert ordinal_number(token) is None


def test_roman_and_to_roman_are_inverse_up_to_fifty():
    assert all(roman(to_roman(n)) == n for n in range(1, 51))
    assert roman("ABC") is None


@pytest.mark.parametrize("text, ok", [
    ("lần thứ XIII", True), ("lần thứ 11", True), ("lần thứ mười một", True), ("lần  thứ  tư", True),
    ("lần thứ 11/2025", False),  # a date, not an ordinal
    ("lần thứ Mười", True),  # formal names capitalize a number in words ("Kỳ họp thứ Chín")
    ("lần đầu", False),
])
def test_ordinal_fragment(text, ok):
    assert bool(re.fullmatch(ORDINAL, text)) is ok


@pytest.mark.parametrize("text, ok", [
    (", khóa XIII", True), (" khóa XV", True), (" (khóa XII)", True), (" Khóa XIV", True),
    (" khóa 15", False), (" khóa học", False),
])
def test_term_fragment(text, ok):
    assert bool(re.fullmatch(TERM, text)) is ok


@pytest.mark.parametrize("text, years", [
    (", nhiệm kỳ 2025-2030", "2025-2030"), (" nhiệm kỳ 2020 – 2025", "2020-2025"), (", nhiệm kỳ 2021 -2026", "2021-2026"),
])
def test_tenure_fragment_and_its_years(text, years):
    assert re.fullmatch(TENURE, text)
    assert tenure_years(text) == years


@pytest.mark.parametrize("text", [", nhiệm kỳ 2025", ", nhiệm kỳ 20252030", ", nhiệm kỳ 2025-20301", " kỳ 2025-2030"])
def test_tenure_fragment_rejects_near_misses(text):
    assert not re.fullmatch(TENURE, text)


def test_national_congress_by_numeral_or_ordinal():
    text = "Toàn Đảng đang chuẩn bị Đại hội đại biểu toàn quốc lần thứ XIV của Đảng, sau Đại hội XIII."
    found = [(m.group(), m.group("n")) for m in NATIONAL_CONGRESS.finditer(text)]
    assert found == [("Đại hội đại biểu toàn quốc lần thứ XIV của Đảng", "XIV"), ("Đại hội XIII", "XIII")]


def test_national_congress_needs_a_number():
    assert not NATIONAL_CONGRESS.search("Đại hội đại biểu toàn quốc sắp diễn ra tại Hà Nội.")
    assert not NATIONAL_CONGRESS.search("Đại hội XIIIa")


def test_body_congress_by_number_with_its_tenure():
    text = "Đại hội đại biểu Đảng bộ xã Tân Lập lần thứ II, nhiệm kỳ 2025-2030 đã bầu Ban Chấp hành."
    m = BODY_CONGRESS.search(text)
    assert m and m.group("place") == "Đảng bộ xã Tân Lập" and m.group("n") == "II"
    assert tenure_years(m.group("tail")) == "2025-2030"


def test_body_congress_is_not_a_list_of_congresses():
    assert not BODY_CONGRESS.search("Đại hội Đảng bộ các xã đều thành công.")


def test_term_congress_by_tenure_alone():
    text = "Chi bộ Trường Tiểu học Bình Minh tổ chức Đại hội Chi bộ Trường Tiểu học Bình Minh nhiệm kỳ 2025 – 2027."
    m = TERM_CONGRESS.search(text)
    assert m and m.group("place") == "Chi bộ Trường Tiểu học Bình Minh" and m.group("period") == "2025 – 2027"
    assert not TERM_CONGRESS.search("Đại hội Công đoàn cơ sở nhiệm kỳ 2025-2030")  # not a Party organization


@pytest.mark.parametrize("text, number, term", [
    ("Hội nghị Trung ương 8 khóa XIII bàn về nhân sự.", "8", "XIII"),
    ("Hội nghị lần thứ mười hai Ban Chấp hành Trung ương Đảng khóa XIII đã bế mạc.", "mười hai", "XIII"),
    ("Hội nghị Ban Chấp hành Trung ương lần thứ 10 họp tại Hà Nội.", "10", None),
    ("Hội nghị TW 6 thảo luận về kinh tế.", "6", None),
])
def test_plenum_in_its_spellings(text, number, term):
    m = PLENUM.search(text)
    assert m and (m.group("n1") or m.group("n2")) == number and m.group("term") == term


def test_plenum_without_a_number_and_other_conferences():
    m = PLENUM.search("Hội nghị Trung ương sẽ xem xét báo cáo.")
    assert m and m.group("n1") is None and m.group("n2") is None  # the recognizer skips it
    assert not PLENUM.search("Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 5")


@pytest.mark.parametrize("text, number, body, term", [
    ("Kỳ họp thứ 9, Quốc hội khóa XV khai mạc sáng nay.", "9", "Quốc hội", "XV"),
    ("tại kỳ họp thứ mười HĐND tỉnh Lâm Đồng khóa X", "mười", "HĐND tỉnh Lâm Đồng", "X"),
    ("Kỳ họp thứ 3 sẽ kéo dài hai ngày.", "3", None, None),
])
def test_session_by_number(text, number, body, term):
    m = SESSION.search(text)
    assert m and m.group("n") == number and m.group("body") == body and m.group("term") == term


def test_session_needs_an_ordinal():
    assert not SESSION.search("Kỳ họp này bàn nhiều nội dung.")


def test_session_holder_stands_before_the_verb():
    before = "HĐND tỉnh Quảng Trị khóa VIII, nhiệm kỳ 2021-2026 đã tổ chức "
    m = SESSION_HOLDER.search(before)
    assert m and m.group("body") == "HĐND tỉnh Quảng Trị" and m.group("term") == "VIII"
    assert not SESSION_HOLDER.search("HĐND tỉnh Quảng Trị đã tổ chức hội nghị ")  # not right before the session


def test_dated_session():
    m = DATED_SESSION.search("Tại kỳ họp ngày 14-15/7/2025, Ủy ban đã thống nhất.")
    assert m and (m.group("d"), m.group("m"), m.group("y")) == ("14", "7", "2025")
    assert not DATED_SESSION.search("Kỳ họp kéo dài đến ngày 15.")


def test_election_by_term_with_councils_and_tenure():
    m = ELECTION.search("Cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp, nhiệm kỳ 2026-2031 diễn ra")
    assert m and m.group("term") == "XVI" and m.group("local") and tenure_years(m.group("period")) == "2026-2031"
    assert not ELECTION.search("bầu cử đại biểu Hội đồng nhân dân xã")


def test_names_of_congress_plenum_and_session():
    assert congress_names(14)[0] == "Đại hội XIV"
    assert "Đại hội đại biểu toàn quốc lần thứ XIV của Đảng" in congress_names(14)[1]
    name, aliases = plenum_names(12, "XIII")
    assert name == "Hội nghị lần thứ 12 Ban Chấp hành Trung ương Đảng khóa XIII"
    assert "Hội nghị Trung ương 12 khóa XIII" in aliases
    assert session_name(8, "HĐND thành phố Đà Nẵng", "X") == "Kỳ họp thứ 8, Hội đồng nhân dân thành phố Đà Nẵng khóa X"
    assert session_name(2, None, None) == "Kỳ họp thứ 2"


@pytest.mark.parametrize("cited, identity, term", [
    ("Hội nghị Trung ương 11", "plenum:11", None),
    ("Hội nghị lần thứ mười một Ban Chấp hành Trung ương Đảng khóa XIII", "plenum:11", "XIII"),
    ("Đại hội XIII của Đảng", "congress:national:13", None),
    ("Đại hội đại biểu toàn quốc lần thứ XIII", "congress:national:13", None),
    ("Đại hội Đảng bộ tỉnh lần thứ XVII", "congress:local:đảng bộ tỉnh:17", None),
])
def test_event_identity_is_one_for_every_spelling(cited, identity, term):
    assert event_identity(cited) == (identity, term)


def test_event_identity_without_a_number():
    assert event_identity("Hội nghị Trung ương") == (None, None)


def _spans(text):
    return [(head["w"], text[start:end]) for head, (start, end) in cited_resolutions(text)]


def test_cited_resolutions_name_their_plenum_or_congress():
    text = ("Tỉnh ủy quán triệt Nghị quyết Hội nghị Trung ương 6 khóa XII, Nghị quyết Trung ương 4 "
            "và Nghị quyết Đại hội XIII của Đảng.")
    assert _spans(text) == [("Nghị quyết", "Hội nghị Trung ương 6 khóa XII"), ("Nghị quyết", "Trung ương 4"),
                            ("Nghị quyết", "Đại hội XIII của Đảng")]


def test_cited_resolutions_skip_other_resolutions():
    assert _spans("Nghị quyết số 57-NQ/TW và nghị quyết của Chính phủ về chuyển đổi số.") == []
    assert _spans("Nghị quyết Trung ương 4/2025") == []  # a date after the number


def test_event_at_short_form_only_when_asked():
    text = "thực hiện Trung ương 7 khóa XIII"
    assert event_at(text, 10, congress=True, short=False) is None
    assert event_at(text, 10, congress=True, short=True) == (10, len(text))


def test_adopted_at_after_a_number_and_not_after_other_words():
    text = "Nghị quyết số 21-NQ/TW của Hội nghị Trung ương 5 khóa XII"
    start, end = adopted_at_after(text, len("Nghị quyết số 21-NQ/TW"))
    assert text[start:end] == "Hội nghị Trung ương 5 khóa XII"
    assert adopted_at_after("Nghị quyết số 21-NQ/TW về công tác dân số", 22) is None
