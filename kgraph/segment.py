"""Sentence segmentation that respects Vietnamese news typography.

underthesea's ``sent_tokenize`` splits inside web addresses ("kontumtv." |
"vn") and after academic prefixes ("PGS.TS."). Here a sentence ends only at
a line break, or at ``. ! ? …`` followed by white space and the start of a new
sentence, and never right after a known abbreviation or an initial ("D. Raja").
Offsets are kept.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kgraph.document import Document, Sentence
from kgraph.normalize import LOWER, UPPER
from kgraph.resources import read_lines

__all__ = ["segment", "split_sentences", "page_furniture", "teaser_line", "headline_start", "headline_cut", "glued_stop",
           "day_opener_at", "glued_sentence_at", "glued_sentences", "CUT_OFF", "INITIAL", "ORDINAL_BEFORE"]

# A candidate boundary: terminal punctuation (plus closing quotes/brackets),
# then white space, then something that can open a sentence.
_BOUNDARY = re.compile(r"""[.!?…]+["'”’)\]]*(?=\s+["'“‘(\[]?(?:""" + UPPER + r"""|[0-9]))""")
# a full stop a scraper glued to the next sentence ("... Thành ủy.Theo đó, ...", "... Việt Nam.Tại ..."): a word
# of two letters or more, lowercase after its first, the dot, then a capitalized word; not "TP.Hồ Chí Minh",
# "T.Ư", a web address, nor an abbreviation ("Tp.Hồ Chí Minh": abbreviations.txt)
# (or before a word in capitals: a title or credit, "... Đà Nẵng.TS. Nguyễn Khắc Minh", "... Đảng ủy Khối.PV")
_GLUED_DOT = re.compile(rf"\.(?={UPPER}{LOWER}|{UPPER}{{2,}}(?![^\W\d_]))")  # found first: a dot before a word is rare
_GLUED_WORD = re.compile(rf"(?<![\w.])(?=\w{{2}}){UPPER}?{LOWER}+\.\Z")
# a caption's closing bracket glued to the next sentence ("... (07/5/1954 - 07/5/2014)Bốn Phó Trưởng ban gồm: ...",
# "(Ảnh: V.H.)Tại buổi ..."): a capitalized word right after it opens a sentence
_GLUED_PAREN = re.compile(rf"\)(?={UPPER}{LOWER})")
_LAST_WORD = re.compile(r"(\S+)$")
# a half-day opening a sentence whose full stop a scraped caption lost ("... dự án Luật X Chiều nay, 6-6, Quốc
# hội ...", "... tại Hà Nội Sáng 12/5, ..."): capitalized after a word and a space, it opens the next sentence
# (the look-behind after the word's first letter, so that re skips to those letters)
_DAY_OPENER = re.compile(
    r"(?:S(?<=[^\W\d_] S)áng|C(?<=[^\W\d_] C)hiều|T(?<=[^\W\d_] T)(?:ối|rưa))"
    r"(?= (?:nay|qua)(?![\w])| (?:ngày )?\d{1,2}\s*[/.-]\s*\d)"
)
# a caption's last word glued to the next sentence's first ("... Nguyễn Trọng HỷLãnh đạo Đảng ủy ...", "... tỉnh
# Thái NguyênPhát biểu tại ..."): a capital inside a word, then a lowercase word. A Vietnamese syllable never has
# one; a brand may ("VinSpeed thuộc ..."), so one of the two syllables must carry a Vietnamese letter.
# a capital right after a lowercase letter: rare, found in one pass that looks for capitals (rarer than lowercase
# letters, re skips to them) and looks behind each
_CASE_TURN = re.compile(rf"{UPPER}(?<={LOWER}.)")
_GLUED_REST = re.compile(rf"{LOWER}+\s+{LOWER}")  # after that capital: the rest of its word, then a lowercase word
_SYLLABLE_BEFORE = re.compile(r"\w+\Z")
_SYLLABLE_AFTER = re.compile(r"\w+")


@lru_cache(maxsize=None)
def _glued_opener() -> re.Pattern[str]:
    """A word that opens a sentence glued to the last word of the one before, its full stop lost ("Ảnh: VGP/Từ
    LươngTại buổi tiếp, ..."): a lowercase letter, then a capitalized opener (``sentence_openers.txt``)."""
    words = "|".join(re.escape(w) for w in sorted(read_lines("sentence_openers.txt"), key=len, reverse=True))
    return re.compile(rf"(?:{words})\s")  # asked only where a capital follows a lowercase letter (_CASE_TURN)
INITIAL = re.compile(UPPER + r"\.")  # one capital and a dot: a name's initial
# what a Roman numeral follows ("lần thứ I.", "khóa X."): then the capital and dot are a number, not an initial
ORDINAL_BEFORE = re.compile(r"(?<![\w])(?:thứ|khóa|khoá|lần|số|kỳ|Khóa|Khoá)\s+$")


def _abbreviations() -> frozenset[str]:
    return frozenset(word.casefold() for word in read_lines("abbreviations.txt"))


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans ``(start, end)`` of ``text``, stripped of outer white space.

    >>> t = "(kontumtv.vn) – Ngày 30/6, PGS.TS. Lê Văn A dự. Hội nghị bế mạc."
    >>> [t[s:e] for s, e in split_sentences(t)]
    ['(kontumtv.vn) – Ngày 30/6, PGS.TS. Lê Văn A dự.', 'Hội nghị bế mạc.']
    """
    abbreviations = _abbreviations()
    spans: list[tuple[int, int]] = []
    for line in re.finditer(r"[^\n]+", text):
        start = line.start()
        glued = [dot.end() for dot in _GLUED_DOT.finditer(line.group()) if _glued_word(line.group(), dot.end())]
        glued += [paren.end() for paren in _GLUED_PAREN.finditer(line.group())]
        glued += [day.start() for day in _DAY_OPENER.finditer(line.group())]
        turns = [turn.start() for turn in _CASE_TURN.finditer(line.group(), 1)]
        if turns:
            glued += [at for at in turns if _glued_opener().match(line.group(), at)]
            glued += _glued_cases(line.group(), 0, len(line.group()))
        for end in sorted([b.end() for b in _BOUNDARY.finditer(line.group())] + glued):
            end += line.start()
            word = _last_word(text, start, end)
            if word and (word.casefold() in abbreviations or _opens_a_name(text, end - len(word), word)):
                continue  # "PGS.TS. Lê Văn A", "đồng chí D. Raja": no sentence ends there
            spans.append((start, end))
            start = end
        spans.append((start, line.end()))
    return [_strip(text, s, e) for s, e in spans if text[s:e].strip()]


_GLUED_COMMA = re.compile(r",(?=[^\s\d])")
_SPACED_COMMA = re.compile(r",\s")
_SOURCE_LABEL = re.compile(r"[^\W\d_]+(?:[ &.+][^\W\d_]+){0,3}\.?")


def page_furniture(text: str) -> list[tuple[int, int]]:
    """The lines of a scraped page that are no article text: a list of tags ("UNICEF,Trẻ em,Chủ tịch nước,
    Phạm Bình Minh", commas without spaces, no sentence in it) and the source's name alone on the last line
    ("Thanh Niên", "Đại Đoàn Kết"); their names are the page's, no actor in the news."""
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]*\S[^\n]*", text)]
    out = []
    for start, end in lines:
        line = text[start:end]
        glued = len(_GLUED_COMMA.findall(line))
        if glued >= 3 and glued > len(_SPACED_COMMA.findall(line)) and not re.search(r"[.!?;:]", line):
            out.append((start, end))
    if len(lines) > 2:
        start, end = lines[-1]
        if _SOURCE_LABEL.fullmatch(text[start:end].strip()):
            out.append((start, end))
    if teaser_line(text):
        out.append(lines[0])
    return out


_CUT_OFF = re.compile(r"\s*(?:\.\.\.|…)\s*$")


def teaser_line(text: str) -> bool:
    """Whether the first line is a headline cut off ("... ...") that the next line gives whole, as a scraped
    page's teaser above its title: the title, not the teaser, opens the article."""
    lines = text.lstrip().split("\n", 2)
    if len(lines) < 2 or not _CUT_OFF.search(lines[0]):
        return False
    cut = _CUT_OFF.sub("", lines[0]).strip()
    return len(cut) >= 10 and lines[1].strip().startswith(cut) and len(lines[1].strip()) > len(cut)


def headline_start(text: str) -> int:
    """Where the article's headline opens: the first line, or the second when the first is its teaser."""
    start = len(text) - len(text.lstrip())
    if teaser_line(text):
        start = text.index("\n", start) + 1
        start += len(text[start:]) - len(text[start:].lstrip())
    return start


#: Dots where a feed cut a line short ("Bí thư Thị ủy X thăm, chúc Tết các cơ quan, đơn vị làm ...").
CUT_OFF = re.compile(r"[ \t]*(?:\.\.\.|…)[ \t]*$", re.MULTILINE)


def headline_cut(text: str) -> int | None:
    """Where the headline's words end when a feed cut it short (before its dots), else None."""
    start = headline_start(text)
    end = text.find("\n", start)
    cut = CUT_OFF.search(text, start, end) if end > start else None
    return cut.start() if cut else None


def glued_stop(text: str, start: int, end: int) -> int | None:
    """Where a sentence ends inside ``text[start:end]`` at a full stop glued to the next one (the end, after
    the dot), or None."""
    for dot in _GLUED_DOT.finditer(text, start, end):
        word = _glued_word(text, dot.end())
        if word and word.casefold() not in _abbreviations():
            return dot.end()
    for turn in _CASE_TURN.finditer(text, max(0, start - 1) + 1, end):  # (the lowercase letter at start - 1 on)
        if _glued_opener().match(text, turn.start()):
            return turn.start() + 1  # as after a dot: the caller steps back one character
    cases = _glued_cases(text, start, end)
    return cases[0] + 1 if cases else None


def glued_sentences(text: str) -> list[int]:
    """Where sentences glued to a caption's last word open in ``text`` ("HỷLãnh đạo": at the "L")."""
    return _glued_cases(text, 0, len(text))


def day_opener_at(text: str, at: int) -> bool:
    """Whether a half-day that opens a sentence run into the one before starts at ``at`` ("... Luật X Chiều nay, ...")."""
    return _DAY_OPENER.match(text, at) is not None


def glued_sentence_at(text: str, at: int) -> bool:
    """Whether a sentence glued to the word before it opens at ``at`` ("HỷLãnh đạo": at the "L")."""
    return bool(_glued_cases(text, at, at + 1))


def _glued_cases(text: str, start: int, end: int) -> list[int]:
    """Where a capital inside a word opens a sentence glued to the word before it: the rest of its word, then a
    lowercase word, and a Vietnamese letter in one of the two syllables."""
    out = []
    for turn in _CASE_TURN.finditer(text, max(0, start - 1) + 1, min(len(text), end + 1)):
        capital = turn.start()
        if capital >= end:
            break
        if capital < start or not _GLUED_REST.match(text, capital + 1):
            continue
        before = _SYLLABLE_BEFORE.search(text, max(0, capital - 12), capital)
        after = _SYLLABLE_AFTER.match(text, capital)
        if before and after and not (before.group() + after.group()).isascii():
            out.append(capital)
    return out


def _glued_word(text: str, end: int) -> str | None:
    """The word and its dot that end at ``end`` when they can end a sentence glued to the next one."""
    word = _GLUED_WORD.search(text, max(0, end - 30), end)
    return word.group() if word else None


def _opens_a_name(text: str, start: int, word: str) -> bool:
    """An initial that opens a name ("đồng chí D. Raja", "Ông D. Medvedev", "J. D. Vance"): a capital and a dot
    after a lowercase word, an honorific or another initial; not a name's last letter ("Trần B.") nor a numeral
    ("lần thứ I.")."""
    if not INITIAL.fullmatch(word) or ORDINAL_BEFORE.search(text, max(0, start - 12), start):
        return False
    before = text[max(0, start - 30) : start].split()
    return not before or before[-1][:1].islower() or bool(INITIAL.fullmatch(before[-1])) \
        or before[-1].lower() in _honorific_ends()


@lru_cache(maxsize=None)
def _honorific_ends() -> frozenset[str]:
    """The last words of the honorifics ("ông", "bà", "chí"): "Ông D. Medvedev" opens a sentence with one."""
    return frozenset(h.split()[-1].lower() for h in read_lines("honorifics.txt"))


def _last_word(text: str, start: int, end: int) -> str | None:
    """``_LAST_WORD.search(text[start:end]).group(1)``, without trying every position (no line
    break inside a line; ``str.split`` and ``\\s`` agree on what white space is)."""
    piece = text[start:end]
    if not piece or piece[-1].isspace():
        return None
    return piece.rsplit(None, 1)[-1]


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def segment(doc: Document) -> Document:
    """Pipeline component: fill ``doc.sentences``."""
    doc.sentences = [Sentence(s, e) for s, e in split_sentences(doc.search_text or doc.text)]
    return doc
