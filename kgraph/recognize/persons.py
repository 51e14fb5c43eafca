"""People: Vietnamese personal names, with or without a title or honorific.

A name is a run of two to five capitalized syllables that starts with a
family name from ``surnames.txt`` ("Mai Văn Chính"), or any such run right
after an honorific ("đồng chí", "ông", "bà", "PGS.TS.") or a post title.
Capitalized words that lead into a name ("Theo Nguyễn Văn A") are trimmed.
A single given name after an honorific ("đồng chí Chính", "ông Hiếu") is a
short reference: ``attrs["short"]``; the resolver links it to the full name.
``attrs["cued"]`` records whether a title or honorific introduced the name,
which decides between a person and a place with the same words.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kgraph.document import Document, Mention
from kgraph.gazetteer import (
    bodies,
    honorifics,
    places,
    sentence_openers,
    short_name_cue,
    state_form_before,
    surnames,
    titles,
)
from kgraph.normalize import LOWER, UPPER, search_form
from kgraph.recognize.credits import is_credit, opens_a_credit
from kgraph.recognize.phrases import alternation as phrase_alternation
from kgraph.recognize.phrases import with_first_letters
from kgraph.recognize.places import match_place_at
from kgraph.resources import read_lines, read_tsv, split_list
from kgraph.segment import INITIAL, ORDINAL_BEFORE, glued_sentence_at, glued_sentences, headline_cut
from kgraph.spans import SpanIndex

__all__ = ["recognize_persons"]


# a foreign name's hyphenated part is one syllable of the run ("Kim Jong-un", "Miguel Díaz-Canel")
_SYLLABLE = rf"(?:{UPPER}{LOWER}*(?:'[^\W\d_]+)?(?:-[^\W\d_]+)*|{UPPER}')"
# a foreign name may open with initials ("D. Raja", "J. D. Vance") and hold a lowercase particle between its
# capitalized parts ("Alberto van Klaveren", "Lula da Silva": ``name_particles.txt``)
_PARTICLE = rf"(?:{phrase_alternation(read_lines('name_particles.txt'))})[ ](?={UPPER})"
_RUN = re.compile(with_first_letters(rf"(?<![\w'.])(?:{UPPER}\.[ ])*{_SYLLABLE}(?:[ ](?:{_PARTICLE})?{_SYLLABLE})*"
                                     rf"(?![\w'])"))
# in a text with captions glued to the next sentence, a run may also end at a capital glued to it ("Nguyễn Trọng
# HỷLãnh đạo ..."), where the next sentence opens (segment.py); slower, so only there
_RUN_TO_GLUED = re.compile(with_first_letters(rf"(?<![\w'.])(?:{UPPER}\.[ ])*{_SYLLABLE}(?:[ ](?:{_PARTICLE})?{_SYLLABLE})*"
                                              rf"(?:(?![\w'])|(?<={LOWER})(?={UPPER}{LOWER}))"))
_HYPHEN_WORD = re.compile(r"-([^\W\d_]+)")


@lru_cache(maxsize=None)
def _title_first_words() -> frozenset[str]:
    return frozenset(row["title"].split()[0].capitalize() for row in read_tsv("titles.tsv"))


def _cut_at_hyphened_title(text: str, match: re.Match[str]) -> re.Match[str] | None:
    """The run cut before a title joined to it by a hyphen ("bà Lê Thị Cẩm Lệ-Phó chủ tịch UBND phường X"); a
    foreign name's hyphenated part goes on ("Díaz-Canel")."""
    titled = next((h.start() for h in _HYPHEN_WORD.finditer(text, match.start(), match.end())
                   if h.group(1)[0].isupper() and h.group(1) in _title_first_words()), None)
    return match if titled is None else match.re.match(text, match.start(), titled)


@lru_cache(maxsize=None)
def _cue_tail() -> re.Pattern[str]:
    forms: set[str] = set()
    for entries in honorifics()._table.values():  # noqa: SLF001 - read-only view of the data
        forms.update(p for p, _ in entries)
    for entries in titles()._table.values():  # noqa: SLF001
        forms.update(p for p, _ in entries)
    alternation = phrase_alternation(forms, ignore_case=True)  # a trie: one search is ~5x faster
    return re.compile(rf"(?:^|(?<=[\s(,;:\"']))(?:{alternation})[\s,]*$", re.IGNORECASE)


@lru_cache(maxsize=None)
def _cue_tail_reversed() -> re.Pattern[str]:
    """:func:`_cue_tail` for the reversed window, matched at its start: a cue ends the window
    when the reversed one starts it, so one match replaces a search from every position."""
    forms = {form[::-1] for entries in (*honorifics()._table.values(), *titles()._table.values())  # noqa: SLF001
             for form, _ in entries}
    alternation = phrase_alternation(forms, ignore_case=True)
    return re.compile(rf"[\s,]*(?:{alternation})(?:\Z|(?=[\s(,;:\"']))", re.IGNORECASE)


@lru_cache(maxsize=None)
def _cue_anywhere() -> re.Pattern[str]:
    """A title or honorific anywhere in a window (the cheap test before stripping qualifiers)."""
    return re.compile(_cue_tail().pattern.replace(r"[\s,]*$", ""), re.IGNORECASE)


@lru_cache(maxsize=None)
def _unit_word() -> re.Pattern[str]:
    """An administrative unit's or a village's word before its name (``admin_words.tsv``, ``village_words.txt``)."""
    words = [*(w for row in read_tsv("admin_words.tsv") for w in [row["word"], *split_list(row.get("aliases", ""))]),
             *read_lines("village_words.txt")]
    return re.compile(rf"(?i:{phrase_alternation(words)})\s")


@lru_cache(maxsize=None)
def _not_names() -> frozenset[str]:
    return frozenset(read_lines("not_names.txt"))


@lru_cache(maxsize=None)
def _address() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in read_lines("address_words.txt"))
    return re.compile(rf"(?<![\w])(?:{words})(?:\s+\d+[A-Za-z]?(?:/\d+)?)?\s+$")


@lru_cache(maxsize=None)
def _given_names_also_words() -> frozenset[str]:
    return frozenset(read_lines("given_names_also_words.txt"))


@lru_cache(maxsize=None)
def _cue_words() -> frozenset[str]:
    return frozenset(w for w in read_lines("short_name_cues.txt") if " " not in w)


@lru_cache(maxsize=None)
def _name_tails() -> frozenset[str]:
    """Person-like tails of place and body names ("Hồ Chí Minh" of "Thành phố Hồ Chí Minh").

    In this news they name the city, the academy or the Youth Union far more often
    than the historical leader, so they are not read as a person.
    """
    family = surnames()
    tails = set()
    for row in (*read_tsv("locations.tsv"), *read_tsv("organizations.tsv")):
        for form in [row["name"], *split_list(row.get("aliases", ""))]:
            words = search_form(form).split()
            for i in range(1, len(words) - 1):
                if words[i] in family and all(w[:1].isupper() for w in words[i:]):
                    tails.add(" ".join(words[i:]))
    return frozenset(tails)


def _cued(text: str, start: int, body_starts: dict[int, int] | None = None) -> bool:
    """A title or honorific stands right before ``start``, perhaps with a country, a body or
    "tại" + a country between: "Thủ tướng Australia Anthony Albanese", "Tổng Thư ký Liên hợp
    quốc António Guterres", "Trưởng đại diện UNESCO tại Việt Nam Jonathan Baker".
    ``body_starts`` maps the end of each body the organization recognizer found to its start
    ("Chủ tịch Hạ viện Chile Maria Soto")."""
    low = max(0, start - 90)
    before = text[low:start]
    if not _cue_anywhere().search(before):
        return False  # no title or honorific in reach: nothing to strip down to
    for _ in range(3):
        if _cue_tail_reversed().match(before[::-1]):  # = _cue_tail().search(before), without a scan
            return True
        stripped = _strip_qualifier(before, low, body_starts or {})
        if stripped == before:
            return False
        before = stripped
    return False


_BRACKETED_SHORT_FORM = re.compile(r" \((?:[A-ZĐ][\w&.-]*)\) $")


def _strip_qualifier(before: str, low: int, body_starts: dict[int, int]) -> str:
    """``before`` without the country or body it ends with (and a "tại" before a country), or without the
    short form in brackets after a body ("Giám đốc điều hành Quỹ Nhi đồng Liên hợp quốc (UNICEF) Anthony Lake")."""
    bracket = _BRACKETED_SHORT_FORM.search(before)
    if bracket is not None:
        return before[: bracket.start()] + " "
    body = body_starts.get(low + len(before) - 1) if before.endswith(" ") else None
    if body is not None and body >= low:
        return before[: body - low]
    if not before.endswith(" ") or not (places().may_end_with(before[:-1]) or bodies().may_end_with(before[:-1])):
        return before  # no place or body can end right before the name (the cheap test first)
    for finder in (places, bodies):
        for match in finder().finditer(before):
            if before[match.end :] == " " and (finder is bodies or match.payload.kind == "country"):
                head = before[: match.start]
                if finder is places:  # "Đại sứ Liên bang Thụy Sĩ": the state's formal name goes with its country
                    form = state_form_before().search(head)
                    head = head[: form.start()] if form else head
                return head[: -len("tại ")] if head.endswith(" tại ") else head
    return before


def _latin_lead(words: list[str], family: frozenset[str]) -> int:
    """How many leading words, in Latin letters only and none a family name, stand before a
    Vietnamese name that a family name opens: a company or foreign body the gazetteer does not know.
    Vietnamese names are written with their marks, so such a word is no part of one."""
    if words[0] in family or not words[0].isascii():
        return 0
    for i in range(1, len(words) - 1):
        if not words[i].isascii():
            return i if words[i] in family else 0
        if words[i] in family:
            return 0  # "Kim", "Ly": a foreign name may open with one
    return 0


@lru_cache(maxsize=None)
def _place_list_head() -> re.Pattern[str]:
    """A list introduced by the places it enumerates ("6 xã, phường chưa có chợ, gồm: ...")."""
    words = "|".join(re.escape(w) for w in read_lines("place_list_words.txt"))
    return re.compile(rf"(?<!\w)(?:{words})(?! {UPPER})(?!\w)(?P<head>[^.;:\n]{{0,80}}):[^.;:\n]*$")


def _listed_under_places(text: str, start: int) -> bool:
    """Whether the name at ``start`` is an item of a list of administrative units or places.

    The place word heads the list ("các xã, phường gồm:"), not a body's place ("Phó Chủ tịch LĐLĐ
    tỉnh Phú Thọ gồm các đồng chí:"): no name follows it and no title or honorific comes after it."""
    head = _place_list_head().search(text, max(0, start - 240), start)
    return head is not None and not _cue_anywhere().search(head.group("head"))


def _opens_a_title(text: str, start: int, end: int) -> bool:
    """Whether a post title starts at ``start`` and runs past ``end``: the capitalized run is
    only the title's first words ("Tổng Thư" of "Tổng Thư ký")."""
    title = titles().match_prefix(text[start : end + 40])
    return title is not None and start + title.end > end


_DELEGATION = "Đoàn"  # a surname, and the word for a delegation: "Đoàn Bến Tre" is the province's deputies
_FROM = "Từ"  # a surname, and the word for "from" that opens a sentence with a place


def _syllables(run: str) -> list[str]:
    return run.split(" ")


# letters only Vietnamese writes (not Spanish "í" or French "é"), and a vowel group
_VIETNAMESE_ONLY = re.compile("[ăâđêôơưằầềồờừắấếốớứẳẩểổởửẵẫễỗỡữặậệộợựảẻỉỏủỷãẽĩõũỹạẹịọụỵ]", re.IGNORECASE)
_VOWELS = re.compile("[aăâeêioôơuưyàằầèềìòồờùừỳáắấéếíóốớúứýảẳẩẻểỉỏổởủửỷãẵẫẽễĩõỗỡũữỹạặậẹệịọộợụựỵ]+", re.IGNORECASE)


def _two_words_glued(word: str) -> bool:
    """"Ninhbiểu" in "Quảng Ninhbiểu dương": a Vietnamese syllable has one vowel group; this one has two (a
    transliterated saint's name has them too: "Phêrô", only the last word of a run is asked)."""
    return bool(_VIETNAMESE_ONLY.search(word)) and len(_VOWELS.findall(word.split("-")[0])) > 1


_LOWER_NEXT = re.compile(rf" ({LOWER}+)")


@lru_cache(maxsize=None)
def _not_name_phrases() -> frozenset[str]:
    return frozenset(p.casefold() for p in read_lines("not_name_phrases.txt"))


@lru_cache(maxsize=None)
def _whole_runs() -> frozenset[str]:
    """Two capitalized words that are no name, whatever follows: the cycle's years (``cycle_years.txt``) and the
    phrases of ``not_name_phrases.txt`` written in two words ("Tăng Ni", "Đoàn Khối")."""
    return frozenset(p.casefold() for p in read_lines("cycle_years.txt")) | frozenset(
        p for p in _not_name_phrases() if len(p.split()) == 2)


@lru_cache(maxsize=None)
def _speech_verbs() -> frozenset[str]:
    """Verbs of saying (``speech_verbs.txt``: "khẳng định", "cho biết")."""
    return frozenset(read_lines("speech_verbs.txt"))


@lru_cache(maxsize=None)
def _titles_in_two_words() -> frozenset[str]:
    """Honorifics and titles of a capitalized word and a lowercase one (``honorifics.txt``): "Linh mục",
    "Thượng tọa", "Đại úy"."""
    return frozenset(h for h in read_lines("honorifics.txt")
                     if len(h.split()) == 2 and h.split()[0][:1].isupper() and h.split()[1].islower())


def _opens_a_phrase(text: str, start: int, end: int) -> bool:
    """Whether the run ``text[start:end]`` and the lowercase word after it open a phrase that is no name
    (``not_name_phrases.txt``): "Đoàn Đại biểu", "Đoàn Thanh niên"."""
    after = _LOWER_NEXT.match(text, end)
    return after is not None and f"{text[start:end]} {after.group(1)}".casefold() in _not_name_phrases()


def recognize_persons(doc: Document) -> Document:
    """Pipeline component: Person mentions."""
    text = doc.search_text
    family = surnames()
    not_names = _not_names()
    bodies_at = SpanIndex(m for m in doc.mentions if m.type == "Organization")
    body_starts = {m.end: m.start for m in doc.mentions if m.type == "Organization"}
    # the places the article names with their unit's word ("huyện Hà Quảng"): named bare, they are still places
    units = {m.name for m in doc.mentions if m.type == "Location" and _unit_word().match(text[m.start : m.end])}
    units_at = SpanIndex(m for m in doc.mentions if m.type == "Location" and _unit_word().match(text[m.start : m.end]))
    runs = _RUN_TO_GLUED if glued_sentences(text) else _RUN
    for match in runs.finditer(text):
        if "-" in match.group():
            match = _cut_at_hyphened_title(text, match)
            if match is None:
                continue
        if text[match.end() : match.end() + 1].isalpha() and not glued_sentence_at(text, match.end()):
            continue  # "VinSpeed": a capital inside a brand, no sentence glued on
        words = _syllables(match.group())
        if len(words[-1]) > 4 and text[match.end() : match.end() + 2][:1] == " " \
                and text[match.end() + 1 : match.end() + 2].islower() and _two_words_glued(words[-1]):
            continue  # "Quảng Ninhbiểu dương": a place run into the next word, no name ("Phêrô" opens one)
        start = match.start()
        while words and INITIAL.fullmatch(words[0]) and ORDINAL_BEFORE.search(text, max(0, start - 12), start):
            start += len(words[0]) + 1  # "lần thứ I. Ông A": a numeral ends the sentence, no initial opens a name
            words = words[1:]
        if not words:
            continue
        # the end of a body's name before a name ("HĐND TP. Hồ Chí Minh Nguyễn Thị Lệ") is not part of it
        body_end = max((m.end for m in bodies_at.containing(start) if m.end < match.end()), default=None)
        # nor is the end of a place named with its unit's word ("Chủ tịch huyện Bảo Lâm Hoàng Văn Nam")
        body_end = max((m.end for m in units_at.containing(start) if m.end < match.end()), default=body_end)
        if body_end is not None:
            words = _syllables(text[body_end:match.end()].lstrip())
            start = match.end() - len(" ".join(words))
        # an honorific opening the sentence ("Ông Phan Đình Trạc") is not part of the name
        while len(words) > 2 and words[0].lower() in _cue_words():
            start += len(words[0]) + 1
            words = words[1:]
        # a place name before a name ("... tỉnh Đồng Tháp Phạm Văn Hòa") is not part of it
        place = match_place_at(text, start)
        if place is not None and text[place[0] : match.end()].strip():
            rest = text[place[0] : match.end()].split()
            rest_start = match.end() - len(" ".join(rest))
            if len(rest) >= 2 and (rest[0] in family or " ".join(rest[:2]) in family or _cued(text, rest_start, body_starts)):
                start, words = rest_start, rest  # "... tại Việt Nam Jonathan Baker": a foreign name after the place
        # a capitalized honorific of several words ("Samdech Techo Hun Sen") is no part of the name either
        courtesy = honorifics().match_prefix(" ".join(words))
        if courtesy is not None and len(courtesy.payload.split()) < len(words) - 1 \
                and " ".join(words).startswith(courtesy.payload + " "):
            start += len(courtesy.payload) + 1
            words = words[len(courtesy.payload.split()) :]
        # a brand or foreign body in Latin letters before a Vietnamese name ("Chủ tịch Masan Nguyễn Đăng Quang")
        lead = _latin_lead(words, family)
        if lead:
            start += len(" ".join(words[:lead])) + 1
            words = words[lead:]
        # trim leading capitalized words that are not part of the name
        while words and words[0] not in family and " ".join(words[:2]) not in family and len(words) > 2 \
                and not _cued(text, start, body_starts):
            start += len(words[0]) + 1
            words = words[1:]
        # and an honorific after them ("... ở Củ Chi Ông Trần Văn Nam, Bí thư ...": a heading run into the prose)
        while len(words) > 2 and words[0].lower() in _cue_words():
            start += len(words[0]) + 1
            words = words[1:]
        # a sentence that opens with an honorific run into a name ("PGĐ Sở Nguyễn Minh Khánh Ông Khánh cho biết")
        opener = next((i for i, w in enumerate(words[2:], 2) if w in sentence_openers()), None)
        run_on = opener is not None
        words = words[:opener] if run_on else words
        # a name run into the next sentence ("Tổng Bí thư Tô Lâm Những chính sách ..."): it ends before the opener
        while len(words) > 2 and words[-1] in sentence_openers():
            words, run_on = words[:-1], True
        # the last word opens the next one's title ("Giáo xứ Châu Đốc Linh mục Phêrô X": "Linh mục")
        after = _LOWER_NEXT.match(text, start + len(" ".join(words))) if len(words) > 1 else None
        if after is not None and f"{words[-1]} {after.group(1)}" in _titles_in_two_words():
            words = words[:-1]
        # a speech verb a typo capitalized ("Phó Thủ tướng Vũ Đức Đam Khẳng định ...") ends the name before it, where
        # the article names the person without it too ("Nguyễn Văn Cho biết" may be Mr Cho speaking)
        elif after is not None and len(words) > 2 and f"{words[-1].lower()} {after.group(1)}" in _speech_verbs() \
                and re.search(re.escape(" ".join(words[:-1])) + rf"(?! {UPPER})(?!\w)", text):
            words = words[:-1]
        # a word of a body or a title never stands in a name, but a given name may be one ("Nguyễn Văn Hội")
        given = len(words) >= 3 and (words[0] in family or " ".join(words[:2]) in family) \
            and words[-1] in _given_names_also_words()
        if any(w in not_names for w in (words[:-1] if given else words)):
            continue
        cued_at = start  # a title or honorific before here: asked below, once a lone word has left
        if len(words) == 2 and words[0].lower() in _cue_words():
            start += len(words[0]) + 1  # "Ông Hiếu": a short reference
            words = words[1:]
        if len(words) == 1:
            if short_name_cue().search(text[max(0, start - 12) : start]) or start > match.start():
                doc.mentions.append(Mention(start, match.end(), "Person", words[0], "persons", {"short": True}))
            continue
        cued = _cued(text, cued_at, body_starts)
        if not cued and " ".join(words) in units:
            continue  # "Diện mạo của Hà Quảng" after "huyện Hà Quảng": the district, however it sounds
        if _opens_a_title(text, start, start + len(" ".join(words))):
            continue  # "Phó Chủ tịch, Tổng Thư ký ...": the next title of a list, not a name
        if len(words) > 5 or (words[0] not in family and " ".join(words[:2]) not in family and not cued):
            continue
        if len(words) == 2 and (_opens_a_phrase(text, start, start + len(" ".join(words)))
                                or " ".join(words).casefold() in _whole_runs()):
            continue  # "Đoàn Đại biểu Đảng ...": a delegation; "Tết Giáp Thìn": a year; no name
        after_surname = match_place_at(text, start + len(words[0]) + 1) \
            if not cued and (len(words) <= 3 or words[0] == _DELEGATION) else None
        if after_surname is not None and (after_surname[1].kind == "country" or words[0] in (_DELEGATION, _FROM)) \
                and after_surname[0] == start + len(" ".join(words)):
            # ("... (Đoàn Thái Bình)": a province's delegation of deputies, whatever the place; "Từ Đà Nẵng, chiều
            # 30/5, ...": "from" a place)
            continue  # "Đoàn Việt Nam dự hội nghị": a delegation and its country, no name
        if " ".join(words) in _name_tails() or _address().search(text[max(0, start - 24) : start]):
            continue  # "Thành phố Hồ Chí Minh"; "số 02 Lê Thạch", "đường Trần Phú", "ga Ninh Xá": a place
        if not cued and len(words) == 2 and _listed_under_places(text, start):
            continue  # "các xã, phường gồm: Lĩnh Nam, Phương Liệt, ...": places, however they sound
        end = start + len(" ".join(words))
        if is_credit(text, start, end) or ((run_on or _LOWER_NEXT.match(text, end)) and opens_a_credit(text, start)):
            # "(Ảnh: Nguyễn Dương)", "Ảnh: Lê Văn Thanh Thay mặt ...", "Ảnh: Hoàng Anh Hay như ...": the photographer,
            # the next sentence run into the credit
            continue
        place = match_place_at(text, start)
        if place is not None and place[0] == end:
            continue  # "Bộ trưởng Ấn Độ cùng ...": a title and a country, no name
        doc.mentions.append(Mention(start, end, "Person", " ".join(words), "persons", {"cued": cued}))
    _names_cut_short(doc)
    return doc


# the capitalized words a cut headline ends in ("Tập", "Lý Cường")
_CUT_RUN = re.compile(rf"(?<![\w'.]){_SYLLABLE}(?: {_SYLLABLE})?$")


def _names_cut_short(doc: Document) -> None:
    """"Tổng Bí thư Nguyễn Phú ..." in a headline the feed cut: the name is the one the body writes whole
    ("Nguyễn Phú Trọng") when it writes one that goes on from it, else no name."""
    text = doc.search_text
    cut = headline_cut(text)
    if cut is None:
        return
    for mention in [m for m in doc.mentions if m.type == "Person" and m.end == cut]:
        whole = {m.name for m in doc.mentions if m.type == "Person" and m.name.startswith(mention.name + " ")}
        if len(whole) == 1:
            mention.name = whole.pop()
        else:
            doc.mentions.remove(mention)
    # a name cut down to a word or two that stand for no name alone ("... Chủ tịch nước Tập ..."): the one name
    # the body writes from them on
    run = _CUT_RUN.search(text, max(0, cut - 30), cut)
    if run is None or any(m.end == cut for m in doc.mentions):
        return
    whole = {m.name for m in doc.mentions if m.type == "Person" and m.start > cut
             and m.name.startswith(run.group() + " ")}
    if len(whole) == 1:
        doc.mentions.append(Mention(run.start(), cut, "Person", whole.pop(), "persons", {"cued": True}))
