"""The gazetteer phrase matcher: longest match, joiners, case and commas, on a word trie."""

from __future__ import annotations

import re

import pytest

from kgraph.recognize.phrases import PhraseMatcher, _capitals_of, alternation, with_first_letters, word_alternation

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


# The matcher against a plain reference: at each word, every phrase tried longest first, with the
# rules written out (joiners between words, a comma only where the phrase has one, a spaced dash only
# where it has a dash, case).
_JOINER_GAP = re.compile(r"^[ \t.\-&'/,]{1,3}$")


def _reference_at(phrases, text, spans, i):
    words = [text[s:e].lower() for s, e in spans]
    for phrase in sorted(phrases, key=lambda p: -len(re.findall(r"[^\W_]+", p))):
        key = [w.lower() for w in re.findall(r"[^\W_]+", phrase)]
        n = len(key)
        if words[i : i + n] != key:
            continue
        gaps = [text[spans[k][1] : spans[k + 1][0]] for k in range(i, i + n - 1)]
        if not all(_JOINER_GAP.match(g) for g in gaps):
            continue
        phrase_gaps = re.findall(r"[^\W_]+([^\w]*)", phrase)[:-1]
        if [("," in g) for g in gaps] != [("," in g) for g in phrase_gaps]:
            continue
        if any(" - " in g and "-" not in pg for g, pg in zip(gaps, phrase_gaps)):
            continue  # a spaced dash only where the phrase has a dash
        surface = text[spans[i][0] : spans[i + n - 1][1]]
        letters = [c for c in phrase if c.isalpha()]
        if len(letters) > 1 and all(c.isupper() for c in letters):
            if [c for c in surface if c.isalpha()] != letters:
                continue
        elif phrase[:1].isupper() != surface[:1].isupper():
            continue
        return spans[i][0], spans[i + n - 1][1], phrase, n
    return None


def _reference_finditer(phrases, text):
    spans = [m.span() for m in re.finditer(r"[^\W_]+", text)]
    out, i = [], 0
    while i < len(spans):
        found = _reference_at(phrases, text, spans, i)
        if found:
            out.append(found[:3])
            i += found[3]
        else:
            i += 1
    return out


TRICKY = PHRASES + ["Ủy ban nhân dân", "Ủy ban", "Hội đồng nhân dân tỉnh", "Phó Bí thư", "Bí thư", "Đà Nẵng",
                    "Bà Rịa, Vũng Tàu", "Bà Rịa - Vũng Tàu", "T.Ư", "HĐND", "Quảng Nam - Đà Nẵng", "Ban",
                    "quận Ba Đình", "Quận", "3TV", "hà", "Kon Tum"]

SENTENCES = [
    "Phó Bí thư Tỉnh ủy dự họp cùng Ủy ban nhân dân TP. Đà Nẵng và HĐND tỉnh.",
    "UBND tỉnh Bà Rịa - Vũng Tàu, Bà Rịa, Vũng Tàu và Bà Rịa Vũng Tàu đều được nhắc.",
    "Ban Tổ chức T.Ư họp; ban tổ chức trung ương thì không; BAN TỔ CHỨC viết hoa thì có.",
    "Ủy ban\nnhân dân tỉnh và Ủy ban .\nnhân dân, Ban Tổ chức \nTrung ương, Ban Tổ chức\n\nTrung ương.",
    "Hđnd và HĐND, Ubnd và UBND; Quảng Nam-Đà Nẵng; Quảng Nam -- Đà Nẵng; Quảng Nam / Đà Nẵng.",
    "Đoàn của ΣΙΓΜΑ gặp Ban Tổ chức Trung ương; İstanbul gặp Hà Nội; tp hcm và TP.HCM.",
    "Ban Tuyên giáo và Dân vận Trung ương, Ban Tuyên giáo và Dân vận_Trung ương, Ban Ban Tổ chức.",
    "Ở quận Ba Đình và Quận Ba Đình, kênh 3TV, 3tv và 3Tv; hà Nội, Hà Nội và hà nội.",
    "Ông Đà - Nẵng, Bí thư - Phó Bí thư; Ủy ban-nhân dân; Quảng Nam - Đà Nẵng và Bà Rịa Vũng Tàu.",
    "Tỉnh \u212aon Tum (a KELVIN SIGN), Kon Tum, kon Tum và KON TUM.",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_phrases_the_trie_and_start_regex_find_what_the_plain_reference_finds(text):
    matcher = PhraseMatcher((p, p) for p in TRICKY)
    expected = _reference_finditer(TRICKY, text)
    assert expected  # every sentence holds a phrase: the comparison is not vacuous
    assert [(m.start, m.end, m.phrase) for m in matcher.finditer(text)] == expected
    spans = [m.span() for m in re.finditer(r"[^\W_]+", text)]
    nested = [f[:3] for f in (_reference_at(TRICKY, text, spans, i) for i in range(len(spans))) if f]
    assert [(m.start, m.end, m.phrase) for m in matcher.find_all(text)] == nested


@pytest.mark.parametrize("text", SENTENCES)
def test_phrases_match_prefix_is_finditers_first_match_at_offset_zero(text):
    matcher = PhraseMatcher((p, p) for p in TRICKY)
    for start in [m.start() for m in re.finditer(r"\S+", text)]:
        window = text[start : start + 40]
        first = next(iter(matcher.finditer(window)), None)
        expected = first if first is not None and first.start == 0 else None
        assert matcher.match_prefix(window) == expected


def test_phrases_alternation_matches_what_the_longest_first_alternation_matches():
    words = ["Bí thư", "Phó Bí thư", "Phó Chủ tịch", "Chủ tịch", "ông", "ông bà", "bà", "Ủy viên", "ủy viên"]
    plain = re.compile("|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True)), re.IGNORECASE)
    trie = re.compile(alternation(words, ignore_case=True), re.IGNORECASE)
    text = "Ông bà Phó Bí thư, phó chủ tịch và ỦY VIÊN, ủy viên; Chủ tịch ông Bí thư; Phó Chủ, bà"
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert len(list(trie.finditer(text))) >= 8
    assert re.search(alternation([]), "bất kỳ") is None


def test_phrases_alternation_keeps_the_plain_alternation_where_case_folding_is_not_one_to_one():
    # "ı" is a case partner of "i" under re.IGNORECASE: a trie could send one letter down two branches
    words = ["Bí thư", "bıt", "İzmir"]
    assert alternation(words, ignore_case=True) == "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    trie = re.compile(alternation(["Bí thư", "Phó Bí thư"], ignore_case=True), re.IGNORECASE)
    assert trie.search("PHÓ BÍ THƯ Tỉnh ủy").group() == "PHÓ BÍ THƯ"


WRITTEN = [
    r"(?<![\w])(Ban Thường vụ|Ủy ban Kiểm tra|BTV|(?<=Ủy viên )Thường vụ)(?=\s*[,.;]|\s+[a-zđ])|(?<![\w])(Đảng ủy)(?=\s*,)",
    r"(?<![\w])(?:[Bb]ộ trưởng|[Tt]hứ trưởng) (?=\S)",
    r"(?:^|(?<=[\s(,;:]))(Đảng bộ|Chi bộ|Ban Thường vụ)\s+$",
    r"(?<!\w)(?P<w>[Nn]ghị\s+quyết|NGHỊ\s+QUYẾT)(?:\s+của)?\s+",
    r"(?:[Tt]ổ chức bộ máy|[Cc]ác đơn vị)[^\n:.]{0,80}?\bgồm\b",
]
WRITTEN_TEXT = ("Ủy viên Thường vụ, Trưởng Ban Tổ chức Tỉnh ủy dự họp; Bí thư Đảng ủy, Tổng Giám đốc phát biểu. "
             "Bộ trưởng Bộ Tài chính và thứ trưởng Bộ Y tế làm việc với Ban Thường vụ Tỉnh ủy, Ủy ban Kiểm tra "
             "Tỉnh ủy và BTV Huyện ủy. Nghị quyết của Quốc hội; NGHỊ QUYẾT về công tác cán bộ. Tổ chức bộ máy của "
             "Sở gồm: Văn phòng, Thanh tra. Đảng bộ\nChi bộ ")


@pytest.mark.parametrize("pattern", WRITTEN)
def test_phrases_with_first_letters_finds_what_the_pattern_finds(pattern):
    led = with_first_letters(pattern)
    assert led.startswith("(?=[") and led != pattern
    found = [(m.span(), m.groups()) for m in re.finditer(pattern, WRITTEN_TEXT)]
    assert [(m.span(), m.groups()) for m in re.finditer(led, WRITTEN_TEXT)] == found
    assert found  # each pattern finds something in the sentences


def test_phrases_with_first_letters_reads_through_look_behinds_groups_and_branches():
    assert with_first_letters(WRITTEN[0]).startswith("(?=[BTĐỦ])")
    assert with_first_letters(WRITTEN[1]).startswith("(?=[BTbt])")
    # a class like \s, an optional start, an empty match, a case-blind pattern: no look-ahead can be read
    assert with_first_letters(r"(?:Phó )?Bí thư").startswith("(?=[BP])")  # an optional start, or what follows it
    for pattern in (r"\s+(?:đã|vừa) họp", r"(?:Phó )?(?:Bí thư)?", r"(?P<act>)", r"(?i)bí thư", r"[^\W\d_]+ ủy"):
        assert with_first_letters(pattern) == pattern
    assert with_first_letters("Bí thư", re.IGNORECASE) == "Bí thư"


def _look_ahead_starts(matcher: PhraseMatcher) -> re.Pattern[str]:
    """The start regex as it was written before its branches opened with their characters: a look-ahead
    for the capitals, the small letters or either case of the first letters, then the case-blind trie."""
    roots = [w for w in matcher._trie if w is not None]
    capital = [w for w in roots if w in matcher._capital_only()]
    lower = [w for w in roots if w in matcher._lowercase_only()]
    rest = [w for w in roots if w not in capital and w not in lower]
    branches = []
    for words, ahead in ((capital, "[" + re.escape("".join(sorted(_capitals_of({w[0] for w in capital})))) + "]"),
                         (lower, "[" + re.escape("".join(sorted(_capitals_of({w[0] for w in lower}, False)))) + "]"),
                         (rest, "(?i:[" + re.escape("".join(sorted({w[0] for w in rest}))) + "])")):
        if words:
            branches.append(rf"(?={ahead})(?<![^\W_])(?i:{alternation(words, ignore_case=True)})")
    return re.compile(rf"(?:{'|'.join(branches)})(?![^\W_])")


def test_phrases_the_start_regex_opens_each_branch_with_a_first_character_as_written():
    # capital-only ("Hà Nội"), lower-case-only ("sông Hồng") and either ("sở", "Sở") first words
    matcher = PhraseMatcher((p, p) for p in ["Hà Nội", "sông Hồng", "Sở Y tế", "sở Y tế", "Kon Tum", "UBND", "2TV"])
    starts, on_text = matcher._starts()
    assert on_text and not starts.pattern.startswith(("(?=", "(?<"))  # characters first: re scans for them
    # every root, opened by every character of the Latin blocks ("ſ" folds to "s", KELVIN SIGN to "k"), and
    # followed by a word that continues it where it is no phrase alone (the start regex looks for that word)
    roots = [w for w in matcher._trie if w is not None]
    firsts = [chr(i) for a, b in ((0x20, 0x250), (0x1E00, 0x1F00), (0x2100, 0x2150)) for i in range(a, b)]
    nexts = {root: "" if None in matcher._trie[root] else " " + next(iter(matcher._trie[root])) for root in roots}
    text = " ".join(c + root[1:] + nexts[root] for root in roots for c in firsts if c.isalnum())
    found = [m.span() for m in starts.finditer(text)]
    assert found == [m.span() for m in _look_ahead_starts(matcher).finditer(text)]
    assert len(found) >= 8 and "ſở" in [text[a:b] for a, b in found] and "\u212aon" in [text[a:b] for a, b in found]
    sample = "Sở Y tế Hà Nội và sở Y tế Kon Tum bên sông Hồng; UBND, xã Hà Nội"
    assert [m.phrase for m in matcher.finditer(sample)] == ["Sở Y tế", "Hà Nội", "sở Y tế", "Kon Tum", "sông Hồng",
                                                             "UBND", "Hà Nội"]


def test_phrases_the_start_regex_skips_a_first_word_that_nothing_continues():
    # "Hà" opens only "Hà Nội": a start where a joiner and "Nội" (any case) follow, none elsewhere
    matcher = PhraseMatcher((p, p) for p in ["Hà Nội", "Sở Y tế", "UBND"])
    starts, _ = matcher._starts()
    items = ["Hà Tĩnh", "Hà  Nội", "Hà-NỘI", "Hà Nội", "Hà Nộii", "Hà", "Hà _ Nội", "Sở", "Sở y", "UBND"]
    text = ", ".join(items)
    assert [text[m.start() :].split(",")[0] for m in starts.finditer(text)] == ["Hà  Nội", "Hà-NỘI", "Hà Nội",
                                                                                 "Sở y", "UBND"]
    assert [text[m.start : m.end] for m in matcher.finditer(text)] == ["Hà  Nội", "Hà-NỘI", "Hà Nội", "UBND"]


def test_phrases_may_end_with_is_false_only_where_no_match_ends_at_the_end():
    matcher = PhraseMatcher((p, p) for p in TRICKY)
    for text in SENTENCES:
        for end in range(len(text) + 1):
            window = text[:end]
            ends_here = any(m.end == end for m in matcher.find_all(window))
            assert matcher.may_end_with(window) or not ends_here, window
    assert matcher.may_end_with("Đoàn công tác của Ủy ban")
    assert not matcher.may_end_with("Đoàn công tác của Ủy ban ")  # a phrase ends at a word
    assert not matcher.may_end_with("Đoàn công tác")


def test_phrases_the_capitals_of_latin_letters_all_live_in_the_blocks_searched():
    # the start pattern looks ahead for the capitals of a word's first letter: none may be missing
    import sys

    from kgraph.recognize.phrases import _LATIN_FIRST, _capitals_of

    latin = {chr(c) for c in range(0x250)} | {chr(c) for c in range(0x1E00, 0x1F00)}
    latin = {c for c in latin if _LATIN_FIRST.match(c)}
    expected = {c for c in map(chr, range(sys.maxunicode + 1)) if c.isupper() and c.lower() in latin}
    assert _capitals_of(latin) == expected
    others = {c for c in map(chr, range(sys.maxunicode + 1)) if not c.isupper() and c.lower() in latin}
    assert _capitals_of(latin, capitals=False) == others  # for phrases that start in lower case
    assert {"K", "Đ", "Ủ", "\u212a"} <= expected  # KELVIN SIGN lowers to "k"


LOWER_ONLY = ["phó giám đốc", "giám đốc", "chủ tịch", "quận", "3 tháng", "ủy viên"]


@pytest.mark.parametrize("text", SENTENCES + [
    "Ông A, phó giám đốc Sở, Phó giám đốc B, phó Giám Đốc C, PHÓ GIÁM ĐỐC D và chủ tịch xã; 3 tháng, ủy viên.",
])
def test_phrases_a_matcher_of_lower_case_phrases_finds_what_the_reference_finds(text):
    matcher = PhraseMatcher((p, p) for p in LOWER_ONLY)
    assert [(m.start, m.end, m.phrase) for m in matcher.finditer(text)] == _reference_finditer(LOWER_ONLY, text)
    spans = [m.span() for m in re.finditer(r"[^\W_]+", text)]
    nested = [f[:3] for f in (_reference_at(LOWER_ONLY, text, spans, i) for i in range(len(spans))) if f]
    assert [(m.start, m.end, m.phrase) for m in matcher.find_all(text)] == nested


def test_phrases_word_alternation_finds_what_a_look_behind_and_an_alternation_find():
    words = ["Nghị quyết", "Nghị quyết liên tịch", "Kế hoạch", "Kế", "ủy ban", "Sở"]
    text = ("Nghị quyết  liên tịch 1, nghị QUYẾT 2, xNghị quyết 3, _Kế hoạch, Kế_hoạch, kế hoạch, Ủy ban, ủy  ban,"
            " ſở, \u212aế, Sở")
    for ignore_case, space in ((False, None), (True, None), (True, r"\s+")):
        flat = "|".join(sorted(((space or " ").join(map(re.escape, w.split())) for w in words), key=len, reverse=True))
        old = re.compile(rf"(?<!\w)(?:{flat})", re.IGNORECASE if ignore_case else 0)
        new = re.compile(word_alternation(words, ignore_case=ignore_case, space=space))
        assert [m.span() for m in new.finditer(text)] == [m.span() for m in old.finditer(text)]
