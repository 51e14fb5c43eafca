"""Bytes of an input file to text: which encoding, and whether the text is sound.

Scraped folders hold more than UTF-8: files with a byte order mark (UTF-8,
UTF-16, UTF-32), Windows-1258 (Vietnamese with combining tone marks), text in
the legacy TCVN3 (ABC) and VNI fonts, and mojibake (UTF-8 read as
Windows-1252 or Latin-1 and saved again). :func:`decode` reads what can be read
exactly, repairs mojibake with ``ftfy`` when the repair is lossless, and refuses
the rest with the reason, so no garbage reaches extraction silently.

Legacy TCVN3/VNI text is recognized, not converted: kgraph ships no conversion
table it could test against a reference, so it names the file and asks for a
Unicode copy (e.g. with UniKey's converter).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kgraph.errors import InputError

__all__ = ["Decoded", "decode", "legacy_font_text"]

_BOMS = (  # longest first: the UTF-32 LE mark starts like the UTF-16 LE one
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)

#: Letters only Vietnamese in Unicode uses (ă â đ ê ô ơ ư and the toned vowels of Latin Extended Additional).
_VIETNAMESE = re.compile(r"[ăâđêôơưĂÂĐÊÔƠƯĩĨũŨ\u1ea0-\u1ef9]")
#: Latin-1 characters Vietnamese never uses but TCVN3 and VNI text shows as letters
#: ("Céng hoµ x· héi", "Coäng hoøa xaõ hoäi"): everything in U+00A1-U+00FF except
#: the toned vowels Vietnamese shares with Latin-1, and the usual signs (« » ° © ®).
_LEGACY = re.compile(r"[\u00a1-\u00ff](?<![ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý«»°©®·±×÷])")


@dataclass(frozen=True)
class Decoded:
    """Text read from bytes: ``encoding`` as Python names it, ``bom`` the characters a byte order mark took.

    ``note`` says what was repaired or guessed ("" when the file was plain UTF-8).
    """

    text: str
    encoding: str
    bom: int = 0
    note: str = ""


def legacy_font_text(text: str) -> bool:
    """True when text looks like Vietnamese typed in the TCVN3 (ABC) or VNI fonts.

    Such text has many Latin-1 letters that Vietnamese never uses and few of the
    letters only Vietnamese uses.

    >>> legacy_font_text("Céng hoµ x· héi chñ nghÜa ViÖt Nam")
    True
    >>> legacy_font_text("COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM")
    True
    >>> legacy_font_text("Cộng hòa xã hội chủ nghĩa Việt Nam")
    False
    """
    legacy = len(_LEGACY.findall(text))
    if legacy < 3:
        return False
    letters = sum(c.isalpha() for c in text) or 1
    return legacy >= 0.02 * letters and legacy > 2 * len(_VIETNAMESE.findall(text))


def _utf16_without_bom(raw: bytes) -> str | None:
    """"utf-16-le"/"utf-16-be" when every other byte is zero, as in ASCII-heavy UTF-16."""
    if len(raw) < 4 or len(raw) % 2:
        return None
    even, odd = raw[0::2], raw[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


def _check(text: str, name: str, encoding: str, bom: int, note: str = "") -> Decoded:
    if legacy_font_text(text):
        raise InputError(
            f"{name} looks like Vietnamese typed in the legacy TCVN3 (ABC) or VNI fonts, which kgraph does not "
            "convert; save a Unicode copy (e.g. UniKey's converter, TCVN3/VNI -> Unicode)"
        )
    return Decoded(text, encoding, bom, note)


def _repair_mojibake(text: str, name: str) -> tuple[str, str]:
    """Undo UTF-8 read as Windows-1252/Latin-1 ("Há»™i nghá»‹"), or refuse when bytes were lost."""
    if not re.search(r"[ÃÄÆáºá»]", text):  # cheap test first: mojibake of Vietnamese always has these
        return text, ""
    import ftfy

    fixed = ftfy.fix_encoding(text)
    if fixed == text:
        return text, ""
    if len(_VIETNAMESE.findall(fixed)) <= len(_VIETNAMESE.findall(text)):
        return text, ""
    if "\ufffd" in fixed or re.search(r"[ÃÄÆ][\x80-\xbf]|á[º»]", fixed):
        raise InputError(f"{name} is UTF-8 mojibake (UTF-8 read as Windows-1252 and saved again) with bytes lost "
                         "on the way; it cannot be repaired exactly: find the original file")
    return fixed, "repaired UTF-8 mojibake (UTF-8 that was read as Windows-1252/Latin-1)"


def decode(raw: bytes, name: str) -> Decoded:
    """Decode an input file's bytes; raises :class:`~kgraph.errors.InputError` naming ``name`` and the reason.

    Order: a byte order mark decides (UTF-8, UTF-16, UTF-32); then UTF-16 without
    a mark (zero bytes in every other place); then UTF-8; then Windows-1258.
    Decoded text that looks like TCVN3/VNI is refused; UTF-8 mojibake is repaired.

    >>> decode("Hà Nội".encode("utf-16"), "a.txt").text
    'Hà Nội'
    """
    for mark, encoding in _BOMS:
        if raw.startswith(mark):
            try:
                text = raw.decode(encoding)[1:]
            except UnicodeDecodeError as e:
                raise InputError(f"{name} starts with a {encoding.upper()} byte order mark but is not "
                                 f"{encoding.upper()} (byte {e.start}); save it as UTF-8") from e
            return _check(text, name, encoding, 1, "" if encoding == "utf-8" else f"read as {encoding.upper()}")
    encoding = _utf16_without_bom(raw) if b"\x00" in raw else None
    if b"\x00" in raw and encoding is None and raw.count(0) > max(8, len(raw) // 100):
        raise InputError(f"{name} holds many zero bytes: binary data, not a text file")
    if encoding is not None:
        try:
            return _check(raw.decode(encoding), name, encoding, 0, f"read as {encoding.upper()} (no byte order mark)")
        except UnicodeDecodeError as e:
            raise InputError(f"{name} looks like UTF-16 without a byte order mark but is not (byte {e.start}); "
                             "save it as UTF-8") from e
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        utf8_error = e
    else:
        text, note = _repair_mojibake(text, name)
        return _check(text, name, "utf-8", 0, note)
    try:
        text = raw.decode("cp1258")
    except UnicodeDecodeError:
        raise InputError(f"{name} is not UTF-8 (byte {utf8_error.start}) nor Windows-1258; "
                         "save it as UTF-8") from utf8_error
    if legacy_font_text(text):
        raise InputError(
            f"{name} is not UTF-8 (byte {utf8_error.start}) and looks like Vietnamese in the legacy TCVN3 (ABC) or "
            "VNI encoding, which kgraph does not convert; save a Unicode (UTF-8) copy, e.g. with UniKey's converter"
        )
    if not _VIETNAMESE.search(_nfc(text)):
        raise InputError(f"{name} is not UTF-8 (byte {utf8_error.start}) and reads as no Vietnamese in "
                         "Windows-1258 either; save it as UTF-8")
    return Decoded(text, "cp1258", 0, "read as Windows-1258")


def _nfc(text: str) -> str:
    import unicodedata

    return unicodedata.normalize("NFC", text)
