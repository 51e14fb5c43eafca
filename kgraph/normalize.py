"""Text normalization that keeps character offsets.

Vietnamese text arrives with two spellings of the same syllable ("Uỷ"/"Ủy",
"khoá"/"khóa"), curly and straight quotes, and several dashes. Every function
here that returns text for matching returns text of the *same length* as its
input, so a match found in normalized text is a valid span of the original.

NFC is the one step that changes length (a file in NFD writes "ế" as three
characters): :func:`nfc_with_offsets` returns the NFC text with an
:class:`OffsetMap` back to the offsets of the text it was given, which
:meth:`kgraph.document.Document.original_span` uses to point into the file.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass

__all__ = ["UPPER", "LOWER", "nfc", "nfc_with_offsets", "OffsetMap", "xml_safe", "modern_tone_marks", "search_form",
           "match_key", "syllable_key"]

def _letters(upper: bool) -> str:
    chars = (chr(c) for c in range(0x41, 0x1EFA))
    return "".join(c for c in chars if c.isalpha() and c.isupper() == upper and (c < "\u0250" or c >= "\u1e00"))


#: Regex character classes of Latin letters with Vietnamese diacritics, by case.
UPPER = "[" + _letters(True) + "]"
LOWER = "[" + _letters(False) + "]"

# Combining tone marks (grave, acute, hook above, tilde, dot below).
_TONES = {"\u0300": 1, "\u0301": 2, "\u0309": 3, "\u0303": 4, "\u0323": 5}

_VOWEL_TONED = "àáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵ"
_VOWEL_TONED += _VOWEL_TONED.upper()

# Old-style placement in open syllables: "oá" -> "óa", "oè" -> "òe", "uỷ" -> "ủy".
# "q" + "u" is a consonant ("quý" is already modern), so it is excluded.
_OLD_STYLE = re.compile(
    r"(?<![qQ])([oO])([àáảãạ])(?![^\W\d_])"
    r"|(?<![qQ])([oO])([èéẻẽẹ])(?![^\W\d_])"
    r"|(?<![qQ])([uU])([ỳýỷỹỵ])(?![^\W\d_])"
)

# One-to-one replacements that keep length: quotes, dashes, odd spaces,
# and the Latin "Ð" (U+00D0) that some sites type for "Đ".
_CHAR_MAP = str.maketrans(
    {
        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u2018": "'", "\u2019": "'",
        "\u2013": "-", "\u2014": "-", "\u2212": "-", "\u2010": "-", "\u2011": "-",
        "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u200b": " ",
        "\u00d0": "Đ", "\u00f0": "đ",
    }
)


def nfc(text: str) -> str:
    """Unicode NFC; the form every offset in a Document refers to."""
    return unicodedata.normalize("NFC", text)


@dataclass(frozen=True)
class OffsetMap:
    """Offsets of a normalized text back to the text it came from.

    ``points`` are ``(normalized, original)`` pairs where the difference
    changes; between them the two texts run in step. ``shift`` is added to
    every result (a byte order mark the reader took off counts as one).
    """

    points: tuple[tuple[int, int], ...] = ((0, 0),)
    shift: int = 0

    def __call__(self, offset: int) -> int:
        i = bisect_right(self.points, (offset, float("inf"))) - 1
        normalized, original = self.points[max(i, 0)]
        return original + (offset - normalized) + self.shift


def nfc_with_offsets(text: str) -> tuple[str, OffsetMap]:
    """NFC text, and the map of its offsets back to ``text``.

    >>> nfc_text, back = nfc_with_offsets("Tie\u0302\u0301n Bi\u0300nh")
    >>> nfc_text, nfc_text.index("Bình"), back(nfc_text.index("Bình"))
    ('Tiến Bình', 5, 7)
    """
    if unicodedata.is_normalized("NFC", text):
        return text, OffsetMap()
    pieces: list[tuple[int, str]] = []  # (original start, original piece); a piece starts at a starter
    start = 0
    for i in range(1, len(text) + 1):
        if i < len(text) and unicodedata.combining(text[i]):
            continue
        piece = text[start:i]
        if pieces and unicodedata.normalize("NFC", pieces[-1][1] + piece) != (
                unicodedata.normalize("NFC", pieces[-1][1]) + unicodedata.normalize("NFC", piece)):
            pieces[-1] = (pieces[-1][0], pieces[-1][1] + piece)  # starters that compose (Hangul): one piece
        else:
            pieces.append((start, piece))
        start = i
    out: list[str] = []
    points = [(0, 0)]
    position = 0
    for original, piece in pieces:
        normalized = unicodedata.normalize("NFC", piece)
        out.append(normalized)
        if len(normalized) != len(piece):
            points.append((position + len(normalized), original + len(piece)))
        position += len(normalized)
    return "".join(out), OffsetMap(tuple(points))


#: Characters XML 1.0 forbids (C0 controls but tab, LF and CR; lone surrogates; U+FFFE, U+FFFF).
_XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_safe(text: str) -> str:
    """Characters XML 1.0 forbids as spaces (same length), so every RDF format can hold the text.

    >>> xml_safe("Hà" + chr(0) + "Nội" + chr(27))
    'Hà Nội '
    """
    return _XML_FORBIDDEN.sub(" ", text)


def _move_tone(match: re.Match[str]) -> str:
    groups = [g for g in match.groups() if g is not None]
    first, toned = groups
    return _moved(first, toned)


def _moved(first: str, toned: str) -> str:
    decomposed = unicodedata.normalize("NFD", toned)
    base, marks = decomposed[0], decomposed[1:]
    moved = unicodedata.normalize("NFC", first + marks)
    return moved + base


# The same pairs as _OLD_STYLE, found by a pattern that opens with a character set (which ``re``
# scans for in C) instead of a look-behind tried at every position; _old_style_pair checks the rest.
_TONED_PAIR = re.compile(r"[oOuU][àáảãạèéẻẽẹỳýỷỹỵ](?![^\W\d_])")
_PAIRS = {"o": "àáảãạèéẻẽẹ", "O": "àáảãạèéẻẽẹ", "u": "ỳýỷỹỵ", "U": "ỳýỷỹỵ"}


def _old_style_pair(match: re.Match[str]) -> str:
    """``match`` (a vowel and a toned vowel) with the tone moved as _OLD_STYLE would, or as it is."""
    first, toned = match.group()
    start = match.start()
    if toned not in _PAIRS[first] or (start and match.string[start - 1] in "qQ"):
        return match.group()  # "oỳ", "quá": no pair here (and none can start at its second letter)
    return _moved(first, toned)


def modern_tone_marks(text: str) -> str:
    """Place tone marks the modern way ("Uỷ ban" -> "Ủy ban", "khoá" -> "khóa").

    >>> modern_tone_marks("Uỷ ban khoá XIII, quý, hoàn")
    'Ủy ban khóa XIII, quý, hoàn'
    """
    return _TONED_PAIR.sub(_old_style_pair, text)


def search_form(text: str) -> str:
    """NFC text with modern tone marks, plain quotes and dashes; same length.

    >>> search_form("Thành uỷ – “TP HCM”")
    'Thành ủy - "TP HCM"'
    """
    return modern_tone_marks(_plain_chars(nfc(text)))


_CHAR_CLASS = re.compile("[" + "".join(map(chr, _CHAR_MAP)) + "]")


def _plain_chars(text: str) -> str:
    """``text.translate(_CHAR_MAP)``: the few characters to replace found by ``re`` (translate
    looks up every character of a non-ASCII text in the table, several times slower)."""
    return _CHAR_CLASS.sub(lambda m: _CHAR_MAP[ord(m.group())], text)


def syllable_key(syllable: str) -> str:
    """A syllable with its tone mark moved to the end, wherever it was placed.

    >>> syllable_key("uỷ") == syllable_key("ủy")
    True
    """
    decomposed = unicodedata.normalize("NFD", syllable.casefold())
    tone = 0
    letters = []
    for char in decomposed:
        if char in _TONES:
            tone = _TONES[char]
        else:
            letters.append(char)
    base = unicodedata.normalize("NFC", "".join(letters))
    return f"{base}{tone}" if tone else base


_PUNCT = re.compile(r"[^\w]+|_")


def match_key(text: str) -> str:
    """The comparison key of the GUIDE's scoring rules.

    NFC, case-folded, punctuation and dashes folded to spaces, and each
    syllable's tone mark compared wherever it is placed.

    >>> match_key("Thành uỷ TP.HCM") == match_key("thành ủy TP HCM")
    True
    """
    words = _PUNCT.sub(" ", nfc(text).translate(_CHAR_MAP)).split()
    return " ".join(syllable_key(word) for word in words)
