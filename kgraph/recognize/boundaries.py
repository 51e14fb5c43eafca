"""Where a name built from a head and free words stops: underthesea's POS tags and word segmentation,
asked about the end of a name only.

A body the gazetteer lacks is a head and the words after it ("Bệnh viện Đa
khoa tỉnh Hà Tĩnh"). Lowercase words may belong to the name ("Vụ Quản lý
khoa học") or start the clause that follows it ("... Hà Tĩnh long trọng tổ
chức", "Cục Y tế triển khai ..."). Word lists cannot tell these apart;
underthesea's tagger can: a verb, adjective or adverb in the lowercase tail
is where the clause moves on. It is asked only about names that end in
lowercase words, so it costs a few milliseconds per article.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kgraph.normalize import LOWER, UPPER
from kgraph.resources import read_lines

__all__ = ["trim_clause_tail", "inside_a_word", "end_on_a_whole_word", "word_cut_short", "name_words"]

_CLAUSE_TAGS = frozenset({"V", "A", "R", "Vb", "Vy"})
_TOKEN = re.compile(r"[^\W_]+(?:[&'.-][^\W_]+)*")


@lru_cache(maxsize=4096)
def _tags(phrase: str) -> tuple[tuple[str, str], ...]:
    from underthesea import pos_tag  # lazily: importing kgraph stays cheap

    return tuple(pos_tag(phrase))


@lru_cache(maxsize=None)
def name_words() -> frozenset[str]:
    """Lowercase words that belong to a body's name, whatever the tagger says or a stop word would end
    (``name_compounds.txt``): "Vụ Hợp tác quốc tế", "Vụ Thị trường trong nước"."""
    return frozenset(read_lines("name_compounds.txt"))


def trim_clause_tail(name: str, context: str = "") -> str:
    """``name`` without the lowercase words at its end that open a new clause.

    ``context`` is the text right after the name, so that the tagger sees the
    whole verb phrase ("long trọng" + "tổ chức").

    >>> trim_clause_tail("Bệnh viện Đa khoa tỉnh Hà Tĩnh long trọng", "tổ chức Lễ kỷ niệm")
    'Bệnh viện Đa khoa tỉnh Hà Tĩnh'
    >>> trim_clause_tail("Vụ Quản lý khoa học", "và công nghệ")
    'Vụ Quản lý khoa học'
    """
    if not re.search(rf"\s(?:{LOWER}\w*|\d+)$", name):
        return name  # ends in a capitalized word: nothing to ask
    words = []  # (start in name, word, tag) for the words inside the name
    offset = 0
    for word, tag in _tags((name + " " + context).strip()):
        at = name.find(word.split()[0], offset)
        if at < 0:
            break
        words.append((at, word, tag))
        offset = at + len(word)
        if offset >= len(name):
            break
    # a name's words are capitalized, or a number right after one ("Quân y 4", "Khu vực 3")
    named = [i for i, (_, word, _) in enumerate(words)
             if word[0].isupper() or (word[0].isdigit() and i and words[i - 1][1][0].isupper())]
    if not named:
        return name
    last = named[-1]
    if words[last][1][0].isdigit() and last + 1 < len(words):
        return name[: words[last][0] + len(words[last][1])]  # "Bệnh viện Quân y 4 ký kết ...": a number closes it
    tail = words[last + 1 :]
    for i, (at, word, tag) in enumerate(tail):
        if word == "về":
            return name  # "Ban Chỉ đạo Trung ương về hoàn thiện thể chế": the body's remit is its name
        if tag in _CLAUSE_TAGS and word not in name_words():
            if i and tail[i - 1][1] == "và":
                return name  # "Vụ Pháp luật và cải cách tư pháp": a second field of the body's work, no clause
            return name[:at].rstrip(" ,-")
        if word[0].isdigit() and not (i and tail[i - 1][1] in ("số", "khu vực")):
            return name[: tail[0][0]].rstrip(" ,-")  # "... Vinh kỷ niệm 60 năm": a count opens the clause
    return name


def inside_a_word(text: str, start: int, at: int) -> bool:
    """Whether the syllable at ``at`` continues a word (the "do" of "tự do"), by underthesea's segmentation
    of the text from ``start``."""
    from underthesea import word_tokenize  # lazily: importing kgraph stays cheap

    offset = start
    for token in word_tokenize(text[start : at + 20]):
        found = text.find(token.split()[0], offset)
        if found < 0:
            return False
        if found < at < found + len(token):
            return True
        offset = found + len(token.split()[0])
        if offset > at:
            return False
    return False


_LOWER_NEXT = re.compile(rf" (?={LOWER})")
_LAST_CAPITAL = re.compile(rf"(?: {LOWER}[\w'-]*)* {UPPER}[\w'-]*$")


def end_on_a_whole_word(text: str, start: int, end: int, least: int) -> int | None:
    """The end of a name that a capitalized syllable closes, moved back before that syllable (and the
    lowercase words before it) while the syllable opens a word the text goes on with: "Nhà tưởng niệm
    Anh" is cut from "Anh hùng", "Khu di tích Quốc" from "Quốc gia". None when nothing past ``least`` (the
    head) is left."""
    while end > least and _LOWER_NEXT.match(text, end) and text[end - 1 : end].isalpha() \
            and inside_a_word(text, start, end + 1):
        last = _LAST_CAPITAL.search(text, least, end)
        if last is None or last.start() < least:
            return None
        end = last.start()
    return end if end > least else None


_NEXT_SYLLABLE = re.compile(rf" ({LOWER}[\w'-]*)")


def word_cut_short(text: str, end: int, body: int) -> str:
    """The rest of the word a cut headline ends in, where the body writes the headline's last words whole:
    "... chính sách tài ..." reads "khóa" from "chính sách tài khóa, tiền tệ" later. Empty when the last
    syllable is a whole word there, or the body never writes those words."""
    words = text[:end].split()[-4:]
    if len(words) < 3:
        return ""
    phrase = " ".join(words)
    at = text.find(phrase, body)
    if at < 0:
        return ""
    after = at + len(phrase)
    syllable = _NEXT_SYLLABLE.match(text, after)
    if syllable is None or not inside_a_word(text, at, syllable.start(1)):
        return ""
    return syllable.group(1)
