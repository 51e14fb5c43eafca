"""Documents named by their title: laws ("Luật Đất đai năm 2024"), the standing
documents of ``named_documents.tsv``, international instruments
(:mod:`~kgraph.recognize.treaties`) and working rules ("Quy chế làm việc của
Ban Chấp hành ... khóa XIII").

A title runs from its head over capitalised words until a stop word, a comma
or a new line (``law_title_stops.tsv``); a year after it ("năm 2024") tells
one version of a law from another.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from kgraph.normalize import UPPER
from kgraph.recognize.document_candidates import Candidate, capitalize, clean, unique
from kgraph.recognize.document_numbers import named_pattern, named_table
from kgraph.recognize.party_grammar import TERM
from kgraph.recognize.phrases import alternation, first_letters, with_first_letters, word_alternation
from kgraph.recognize.treaties import treaty_spans
from kgraph.resources import read_lines, read_tsv
from kgraph.segment import CUT_OFF, day_opener_at, glued_sentence_at

__all__ = ["PLURAL_BEFORE", "horizon_heads", "title_end", "titled_documents"]

#: "các", "những" right before a head: documents in general, not one.
PLURAL_BEFORE = re.compile(r"(?<!\w)(?:các|những)\s+\Z", re.IGNORECASE)


# --------------------------------------------------------------------------
# Named laws ("Luật Đất đai năm 2024")

_WORD = re.compile(r"[^\W\d_]+")
_NEXT_WORD = re.compile(r"(\s*,\s*|\s+)([^\W\d_]+)")
_YEAR_SUFFIX = re.compile(r"(?:\s+năm)?\s+((?:19|20)\d\d)(?!\d)")
_AMENDED = re.compile(r"\s*\(\s*sửa\s+đổi(?:\s*,\s*bổ\s+sung)?\s*\)")
_LAW_WORDS = word_alternation(["Bộ luật", "bộ luật", "Luật", "luật", "Pháp lệnh"], space=r"\s+")
_LAW_HEAD = re.compile(rf"(?P<w>{_LAW_WORDS})\s+(?=[^\W\d_])")
_WORKING_RULES_HEAD = re.compile(with_first_letters(r"(?<!\w)Quy\s+chế\s+làm\s+việc\s+của\s+"))
_TERM_AFTER = re.compile(TERM)
_AMENDS = re.compile(r"[Ss]ửa\s+đổi\s*,\s*bổ\s+sung(?![\w])")


@lru_cache(maxsize=None)
def _title_stops() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Words and word pairs that end a law's title, and words after which "Luật" is no law (data file)."""
    words, pairs, blocked = set(), set(), set()
    for row in read_tsv("law_title_stops.tsv"):
        if row["kind"] != "comma_pair":
            {"word": words, "pair": pairs, "blocked_after": blocked}[row["kind"]].add(row["text"])
    return frozenset(words), frozenset(pairs), frozenset(blocked)


@lru_cache(maxsize=None)
def _comma_pairs() -> tuple[tuple[str, str], ...]:
    """Phrases a title writes with a comma inside ("phòng, chống", "sửa đổi, bổ sung"; data file)."""
    return tuple(tuple(row["text"].casefold().split(", ", 1)) for row in read_tsv("law_title_stops.tsv")
                 if row["kind"] == "comma_pair")


def _comma_pair(text: str, start: int, end: int, after: int) -> bool:
    """Whether the title up to ``end`` and the text from ``after`` make one of the comma pairs."""
    before, following = text[start:end].casefold(), text[after : after + 40].casefold()
    return any((before == a or before.endswith(" " + a)) and following.startswith(b) for a, b in _comma_pairs())


_DIGIT_NEXT = re.compile(r"\s*\d")


def title_end(text: str, pos: int, max_words: int = 12) -> int | None:
    """End of a capitalised title starting at ``pos`` ("Đất đai", "Ban hành ...")."""
    first = _WORD.match(text, pos)
    if not first or not first.group()[0].isupper():
        return None
    end, count = first.end(), 1
    while count < max_words:
        match = _NEXT_WORD.match(text, end)
        if not match:
            break
        sep, word = match.group(1), match.group(2)
        glued = next((match.start(2) + i for i in range(1, len(word)) if word[i].isupper() and word[i - 1].islower()
                      and glued_sentence_at(text, match.start(2) + i)), None)
        if glued is not None:  # "Luật Hòa giải cơ sởQua thảo luận, ...": the next sentence glued to the title
            return glued
        if day_opener_at(text, match.start(2)):
            break  # "dự án Luật Cảnh vệ Chiều nay, 6-6, Quốc hội ...": a caption run into the next sentence
        lower = word.casefold()
        if "\n" in sep or ("," in sep and not _comma_pair(text, pos, end, match.start(2))):
            break  # "Luật Phòng, chống tham nhũng", "Luật Sửa đổi, bổ sung ...": a pair written with a comma goes on
        stops, stop_pairs, _ = _title_stops()
        if lower == "và" and _and_goes_on(text, match.end(), stops):
            end, count = match.end(), count + 1  # "Luật Địa chất và khoáng sản": "và" inside the title
            continue
        if (lower in stops and not (lower == "số" and not _DIGIT_NEXT.match(text, match.end()))) or word == "Luật":
            break  # "Luật số 31/2024/QH15" ends at "số", "Luật Dân số" does not
        after = _NEXT_WORD.match(text, match.end())
        if after and "," not in after.group(1) and f"{lower} {after.group(2).casefold()}" in stop_pairs:
            break
        end, count = match.end(), count + 1
    if CUT_OFF.match(text, end):
        return None  # "... họp về dự án Luật Quy ...": a line cut short in mid-title names no law
    return end


@lru_cache(maxsize=None)
def _known_laws() -> tuple[re.Pattern[str], dict[str, str]]:
    """The laws and codes by title (``law_titles.txt`` and the laws of ``named_documents.tsv``), in any case:
    a pattern for them, longest first, and each title's canonical spelling by its folded form."""
    titles = [*read_lines("law_titles.txt"),
              *(entry.name for entry in named_table().values() if entry.doc_type in ("Luật", "Bộ luật"))]
    table = {title.casefold(): title for title in titles}
    titled = alternation(sorted(table), ignore_case=True, space=r"\s+")
    return re.compile(rf"(?i:{titled})(?![\w])"), table


def _and_goes_on(text: str, pos: int, stops: frozenset[str]) -> bool:
    """Whether the word after "và" at ``pos`` continues a title: a lowercase content word, not a
    determiner, a stop or a document's type ("và khoáng sản" goes on; "và các", "và nghị định" do not)."""
    from kgraph.recognize.document_numbers import type_words
    from kgraph.recognize.event_boundaries import function_words

    after = _NEXT_WORD.match(text, pos)
    if after is None or "," in after.group(1) or "\n" in after.group(1):
        return False
    word = after.group(2)
    # a document's type ("và nghị định", "và quy định") ends it; "và quy chuẩn kỹ thuật" goes on
    following = text[after.start(2) : after.start(2) + 30].casefold()
    typed = any(following.startswith(name.casefold()) and not following[len(name) : len(name) + 1].isalpha()
                for name in type_words())
    return word.islower() and word not in stops and word not in function_words() and not typed


def _previous_word(text: str, pos: int) -> str:
    match = re.search(r"([^\W\d_]+)\s*\Z", text[max(0, pos - 30) : pos])
    return match.group(1).casefold() if match else ""


def _with_year(text: str, name: str, end: int) -> tuple[str, int, int | None]:
    match = _YEAR_SUFFIX.match(text, end)
    if match:
        return f"{name} năm {match.group(1)}", match.end(), int(match.group(1))
    amended = _AMENDED.match(text, end)
    if amended:
        return f"{name} (sửa đổi)", amended.end(), None
    return name, end, None


_YEAR = r"(?:19|20)\d\d"
_PERIOD = rf"(?:giai đoạn|thời kỳ|đến năm|giai đoạn đến năm)\s+{_YEAR}(?:\s*[-–]\s*{_YEAR})?"
# the period a plan covers, then the vision beyond it: "giai đoạn 2021-2025, tầm nhìn đến năm 2030"
_HORIZON = re.compile(rf"\s+{_PERIOD}(?:\s*(?:,|và)?\s*(?:tầm nhìn|định hướng)\s+(?:đến\s+)?(?:năm\s+)?{_YEAR})?")


@lru_cache(maxsize=None)
def horizon_heads() -> frozenset[str]:
    """The heads of plans named by their horizon (``horizon_document_heads.txt``): "Chiến lược", "Đề án"."""
    return frozenset(read_lines("horizon_document_heads.txt"))


@lru_cache(maxsize=None)
def _horizon_heads() -> re.Pattern[str]:
    heads = "|".join(re.escape(h) for h in sorted(horizon_heads(), key=len, reverse=True))
    return re.compile(rf"{first_letters(horizon_heads())}(?<![\w])(?:{heads})\s+(?=[^\W\d_])")


def _horizon_plans(text: str) -> list[Candidate]:
    """Plans named by subject and horizon ("Chiến lược hạ tầng số đến năm 2025 và định hướng đến năm 2030"):
    the horizon makes the title one document; two words of subject at least, no punctuation before it."""
    out = []
    for head in _horizon_heads().finditer(text):
        if PLURAL_BEFORE.search(text, max(0, head.start() - 10), head.start()) \
                or re.search(rf"{UPPER}[^\W\d_]*\s+\Z", text[max(0, head.start() - 20) : head.start()]):
            continue  # "các đề án"; "Bộ Kế hoạch và Đầu tư": a body's name
        subject = re.match(r"[^,.;:()\n\"“”]{3,160}?(?=\s+" + _PERIOD + ")", text[head.end() : head.end() + 200])
        if subject is None or len(subject.group().split()) < 2 or not subject.group()[:1].islower() \
                or subject.group().startswith("và "):
            continue  # "Kế hoạch và Đầu tư ...": a body's name goes on
        horizon = _HORIZON.match(text, head.end() + subject.end())
        end = horizon.end()
        name = capitalize(clean(text[head.start() : end]))
        out.append(Candidate(head.start(), end, name, {"form": "named", "doc_type": head.group().strip(),
                                                       "surface_forms": [name]}, priority=3))
    return out


def titled_documents(text: str) -> list[Candidate]:
    """Candidates for the documents ``text`` names by their title."""
    candidates = []
    table = named_table()
    for match in named_pattern().finditer(text):
        if not match.group()[0].isupper():
            continue
        entry = table[clean(match.group()).casefold()]
        name, end, year = entry.name, match.end(), None
        if entry.doc_type in ("Luật", "Bộ luật", "Pháp lệnh", "Hiến pháp"):
            name, end, year = _with_year(text, name, end)
        attrs: dict[str, Any] = {
            "form": "named",
            "doc_type": entry.doc_type,
            "surface_forms": unique([clean(text[match.start() : end]), name]),
        }
        if year:
            attrs["year"] = year
        candidates.append(Candidate(match.start(), end, name, attrs, priority=2))
    for head in _LAW_HEAD.finditer(text):
        word = clean(head["w"])
        if word.lower() == "luật" and _previous_word(text, head.start()) in _title_stops()[2]:
            continue  # "Trường Đại học Luật", "kỷ luật ...": no law named
        word = word[0].upper() + word[1:]  # "luật Đất đai" names the law "Luật Đất đai"
        if _AMENDS.match(text, head.end()):
            continue  # "Luật Sửa đổi, bổ sung ... của Luật X": named after the law it amends (documents.py)
        end = title_end(text, head.end())
        if end is not None:
            name = f"{word} {clean(text[head.end() : end])}"
        elif (known := _known_laws()[0].match(text, head.start())) is not None:
            # "theo Luật đầu tư công": a title in lowercase, read from the list of laws
            name, end = _known_laws()[1][" ".join(known.group().split()).casefold()], known.end()
        else:
            continue
        name, end, year = _with_year(text, name, end)
        attrs = {
            "form": "named",
            "doc_type": word,
            "surface_forms": unique([clean(text[head.start() : end]), name]),
        }
        if year:
            attrs["year"] = year
        candidates.append(Candidate(head.start(), end, name, attrs, priority=3))
    for start, end, name, head, year in treaty_spans(text):
        attrs = {"form": "named", "doc_type": head, "surface_forms": unique([clean(text[start:end]), name])}
        if year:
            attrs["year"] = year
        candidates.append(Candidate(start, end, name, attrs, priority=3))
    for head in _WORKING_RULES_HEAD.finditer(text):
        if PLURAL_BEFORE.search(text, max(0, head.start() - 10), head.start()):
            continue
        end = title_end(text, head.end(), max_words=8)
        if end is None:
            continue
        term = _TERM_AFTER.match(text, end)
        end = term.end() if term else end
        name = capitalize(clean(text[head.start() : end]))
        attrs = {"form": "named", "doc_type": "Quy chế", "surface_forms": [name]}
        candidates.append(Candidate(head.start(), end, name, attrs, priority=3))
    return candidates + _horizon_plans(text)
