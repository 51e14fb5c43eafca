"""The grammar of the Party's and the State's structures, shared by the event and document recognizers.

Congresses, Central Committee plenums and assembly sessions are numbered
("lần thứ XIII", "lần thứ mười một", "11") and qualified by a term ("khóa
XIII") or a tenure ("nhiệm kỳ 2025-2030"). Events name them; documents cite
them ("Nghị quyết Hội nghị Trung ương 11"). One module reads the numbers and
holds the patterns, so both recognizers read them alike and a new spelling is
taught once.

>>> ordinal_number("XIII"), ordinal_number("mười một"), ordinal_number("hai mươi mốt"), ordinal_number("tư")
(13, 11, 21, 4)
>>> to_roman(14)
'XIV'
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kgraph.normalize import UPPER
from kgraph.recognize.phrases import word_alternation

__all__ = [
    "ROMAN", "DIGITS", "NUMBER_WORDS", "NUMBER", "NTH", "ORDINAL", "TERM_WORD", "TERM",
    "YEARS", "TENURE_WORD", "TENURE", "TENURE_AFTER",
    "CENTRAL", "CENTRAL_COMMITTEE", "ASSEMBLY",
    "NATIONAL_CONGRESS", "BODY_CONGRESS", "TERM_CONGRESS", "PLENUM", "SESSION", "SESSION_HOLDER", "BODY_MEETING",
    "DATED_SESSION", "ELECTION", "HALF_DAY", "NAMED_SITTING",
    "ORDINAL_WORDS", "ordinal_number", "roman", "to_roman", "tenure_years", "congress_names", "plenum_names", "session_name", "event_at", "event_identity", "cited_resolutions", "adopted_at_after",
]

#: The words of a number up to nine, as ordinals write them ("thứ nhất", "thứ tư").
ORDINAL_WORDS = {"nhất": 1, "một": 1, "mốt": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5, "lăm": 5,
                 "sáu": 6, "bảy": 7, "tám": 8, "chín": 9}

#: A Roman numeral (not followed by a letter).
ROMAN = r"[IVXL]+(?!\w)"
#: A one- or two-digit number that is not part of a date or a document number.
DIGITS = r"\d{1,2}(?!\d|[/.,-]\d)"
#: A number written in words: "tư", "mười một", "hai mươi mốt"; capitalized too ("Kỳ họp thứ Chín").
NUMBER_WORDS = (
    r"(?i:mười\s+(?:một|hai|ba|bốn|lăm|năm|sáu|bảy|tám|chín)|hai\s+mươi(?:\s+(?:mốt|hai|ba|tư|lăm))?"
    r"|nhất|mười|hai|ba|bốn|tư|năm|sáu|bảy|tám|chín)(?!\w)"
)
#: A number in digits or in words, as events spell them ("9", "mười một"; words longest first).
NUMBER = r"(?:\d+|" + NUMBER_WORDS + ")"
#: "lần thứ", before an ordinal.
NTH = r"lần\s+thứ"
#: "lần thứ XIII", "lần thứ 11", "lần thứ mười một".
ORDINAL = rf"{NTH}\s+(?:{DIGITS}|{ROMAN}|{NUMBER_WORDS})"
#: What opens a term's numeral: ", khóa ", " Khóa ".
TERM_WORD = r"\s*,?\s*[Kk]hóa\s+"
#: ", khóa XIII" or "(khóa XIII)".
TERM = rf"(?:{TERM_WORD}{ROMAN}|\s*\(\s*khóa\s+{ROMAN}\s*\))"
#: The years of a tenure: "2025-2030", "2025 – 2030".
YEARS = r"\d{4}\s*[-–]\s*\d{4}(?!\d)"
#: What opens a tenure's years: ", nhiệm kỳ ".
TENURE_WORD = r"\s*,?\s*nhiệm\s+kỳ\s+"
#: ", nhiệm kỳ 2025-2030".
TENURE = rf"(?:{TENURE_WORD}{YEARS})"
#: A tenure right after an event's name.
TENURE_AFTER = re.compile(TENURE)
#: "Trung ương", "trung ương", "TW", "T.Ư".
CENTRAL = r"(?:[Tt]rung\s+[Ưư]ơng|TW|T\.Ư)"
#: "Ban Chấp hành Trung ương (Đảng)", "BCH TW".
CENTRAL_COMMITTEE = rf"(?:Ban\s+[Cc]hấp\s+[Hh]ành|BCH)\s+{CENTRAL}(?:\s+Đảng)?"


def roman(token: str) -> int | None:
    """Value of a Roman numeral, or None."""
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
    if not token or any(c not in values for c in token):
        return None
    total = 0
    for i, char in enumerate(token):
        value = values[char]
        total += -value if i + 1 < len(token) and values[token[i + 1]] > value else value
    return total


def to_roman(number: int) -> str:
    out = ""
    for value, numeral in ((50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while number >= value:
            out += numeral
            number -= value
    return out


def ordinal_number(token: str) -> int | None:
    """'4', 'tư', 'mười một', 'hai mươi mốt', 'XIII' -> the number; None for anything else."""
    token = " ".join(token.split()).lower()
    if token.isdigit():
        return int(token)
    words = token.split()
    if words and words[0] == "mười" and all(w in ORDINAL_WORDS for w in words[1:2]):
        return 10 + (ORDINAL_WORDS[words[1]] if len(words) > 1 else 0)
    if len(words) > 1 and words[1] == "mươi" and words[0] in ORDINAL_WORDS:
        return 10 * ORDINAL_WORDS[words[0]] + (ORDINAL_WORDS.get(words[2], 0) if len(words) > 2 else 0)
    if len(words) == 1 and token in ORDINAL_WORDS:
        return ORDINAL_WORDS[token]
    return roman(token.upper())



def tenure_years(tenure: str) -> str | None:
    """The years of a tenure, written one way: ", nhiệm kỳ 2025 – 2030" -> "2025-2030".

    >>> tenure_years(", nhiệm kỳ 2025 – 2030"), tenure_years("khóa XIII")
    ('2025-2030', None)
    """
    match = re.search(YEARS, tenure)
    return re.sub(r"\s", "", match.group()).replace("–", "-") if match else None

# --------------------------------------------------------------------------
# The structures as an article names them (the event recognizer's patterns)

#: An assembly or a council, the bodies that hold numbered sessions: "Quốc hội", "Hội đồng nhân dân tỉnh X".
ASSEMBLY = re.compile(r"Quốc hội|Hội đồng nhân dân ")

NATIONAL_CONGRESS = re.compile(  # the Party's national congress: "Đại hội XIII", "Đại hội đại biểu toàn quốc lần thứ XIII của Đảng"
    rf"[Đđ]ại hội(?: đại biểu)?(?: toàn quốc)?(?P<party> (?:của )?Đảng)?(?: toàn quốc)?(?: {NTH})? (?P<n>{ROMAN}|\d+)\b"
    r"(?P<tail> của Đảng(?: Cộng sản Việt Nam)?)?"
)
BODY_CONGRESS = re.compile(  # any body's congress: "Đại hội đại biểu Đảng bộ xã Phong Hải lần thứ I"
    rf"(?=[Đđ])(?<![\w])[Đđ]ại hội(?: đại biểu)?(?: toàn quốc)? (?P<place>{UPPER}(?:(?!Đại hội| các )[^;:\n]){{1,80}}?) (?:{NTH}|khóa) "
    rf"(?P<n>{ROMAN}|\d+|[Nn]hất)(?![\w])(?P<tail>{TENURE})?"
)
TERM_CONGRESS = re.compile(  # a Party organization's congress named by its term: "Đại hội Đảng bộ X nhiệm kỳ 2025-2030"
    rf"(?=[Đđ])(?<![\w])[Đđ]ại hội(?: đại biểu| đảng viên)? (?P<place>(?:Đảng bộ|Chi bộ) (?!các cấp|cấp |cơ sở)(?:(?!Đại hội| các |lần thứ)[^;:\n]){{1,80}}?)"
    rf"{TENURE_WORD}(?P<period>{YEARS})"
)
PLENUM = re.compile(  # "Hội nghị Trung ương 4", "Hội nghị lần thứ mười một Ban Chấp hành Trung ương Đảng khóa XIII"
    rf"Hội nghị (?:{NTH} (?P<n1>{NUMBER}),? )?(?:{CENTRAL_COMMITTEE}|{CENTRAL}(?: Đảng)?)"
    rf"(?: (?:{NTH} )?(?P<n2>{NUMBER}|{ROMAN})(?!\w))?(?:{TERM_WORD}(?P<term>{ROMAN}))?"
)
# "Kỳ họp thứ 9, Quốc hội khóa XV", "kỳ họp thứ mười HĐND tỉnh X"; an extraordinary session ("Kỳ họp bất
# thường lần thứ 9") is numbered apart from the regular ones: ``extra``
SESSION = re.compile(
    rf"[Kk]ỳ họp (?P<before>Quốc hội (?=bất thường ))?(?P<extra>bất thường )?(?:lần )?thứ (?P<n>{NUMBER}|{ROMAN})(?:,? (?:của )?(?P<body>Quốc hội|QH|(?:Hội đồng nhân dân|HĐND) "
    rf"(?:(?:thành phố|thị xã|thị trấn) |TP\.\s?|Tp\.\s?)?[^\s,;]*[^\s,.;](?: (?![Kk]hóa ){UPPER}[\w]*){{0,3}})"
    rf"(?:{TERM_WORD}(?P<term>{ROMAN}|\d+))?)?"
)
#: A half-day and its date, by which the Assembly's plenary sittings are told apart: "sáng 30/11", "Chiều nay (21/10)".
HALF_DAY = re.compile(r"(?<![\w])(?P<half>[Ss]áng|[Cc]hiều|[Tt]ối)(?: nay)?(?: ngày)?,? \(?(?P<d>\d{1,2})[/.-](?P<m>\d{1,2})"
                      r"(?:[/.-](?P<y>\d{4}))?(?![\d/.-]\d)")
#: "Phiên họp Quốc hội sáng 30/11": a plenary sitting named by its half-day.
NAMED_SITTING = re.compile(r"[Pp]hiên họp (?:toàn thể )?(?:của )?Quốc hội (?:vào )?(?=[Ss]áng|[Cc]hiều|[Tt]ối)")
#: "Ủy ban Kiểm tra Trung ương họp kỳ thứ 53": a body's numbered meeting, named by the verb right after the body.
BODY_MEETING = re.compile(rf"\s(?:đã\s+)?họp\s+(?P<kỳ>kỳ\s+(?:thứ|lần thứ)\s+(?P<n>{NUMBER}|{ROMAN}))(?!\w)")
SESSION_HOLDER = re.compile(  # the assembly or council that holds a session named without it
    rf"(?P<body>Quốc hội|(?:Hội đồng nhân dân|HĐND) (?:(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường) |TP\.\s?)"
    rf"{UPPER}[\w]*(?: {UPPER}[\w]*){{0,3}})"
    rf"(?:{TERM_WORD}(?P<term>{ROMAN}))?{TENURE}?\s+(?:đã\s+)?(?:tổ chức|khai mạc|bế mạc|tiến hành|họp)\s+$"
)
DATED_SESSION = re.compile(  # "kỳ họp ngày 20-22/6": a body's session named by its dates
    r"[Kk]ỳ họp (?:thứ \d+ )?ngày (?P<d>\d{1,2})(?:\s*-\s*\d{1,2})?[/.\-](?P<m>\d{1,2})(?:[/.\-](?P<y>\d{4}))?"
)
ELECTION = re.compile(  # "bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp, nhiệm kỳ 2026-2031"
    rf"[Bb]ầu cử (?:đại biểu Quốc hội|ĐBQH){TERM_WORD}(?P<term>{ROMAN})"
    r"(?P<local> và (?:bầu cử )?đại biểu (?:Hội đồng nhân dân|HĐND) các cấp)?"
    rf"(?P<period>{TENURE})?"
)



# --------------------------------------------------------------------------
# One name for each structure, however the article spells it

def congress_names(number: int) -> tuple[str, list[str]]:
    """The national congress's name and its other spellings, from its number.

    >>> congress_names(13)
    ('Đại hội XIII', ['Đại hội XIII', 'Đại hội XIII của Đảng', 'Đại hội đại biểu toàn quốc lần thứ XIII', 'Đại hội đại biểu toàn quốc lần thứ XIII của Đảng'])
    """
    numeral = to_roman(number)
    aliases = [f"Đại hội {numeral}", f"Đại hội {numeral} của Đảng",
               f"Đại hội đại biểu toàn quốc lần thứ {numeral}",
               f"Đại hội đại biểu toàn quốc lần thứ {numeral} của Đảng"]
    return f"Đại hội {numeral}", aliases


def plenum_names(number: int, term: str | None) -> tuple[str, list[str]]:
    """A Central Committee plenum's name and its other spellings; the term when the article gives it.

    >>> plenum_names(11, "XIII")[0]
    'Hội nghị lần thứ 11 Ban Chấp hành Trung ương Đảng khóa XIII'
    >>> plenum_names(4, None)
    ('Hội nghị lần thứ 4 Ban Chấp hành Trung ương Đảng', ['Hội nghị Trung ương 4', 'Hội nghị Trung ương lần thứ 4'])
    """
    name = f"Hội nghị lần thứ {number} Ban Chấp hành Trung ương Đảng" + (f" khóa {term}" if term else "")
    aliases = [f"Hội nghị Trung ương {number}", f"Hội nghị Trung ương lần thứ {number}"]
    if term:
        aliases += [f"Hội nghị Trung ương {number} khóa {term}",
                    f"Hội nghị lần thứ {number} Ban Chấp hành Trung ương khóa {term}"]
    return name, aliases


_HCM = re.compile(r"(?:TP|Tp|thành phố)\.?\s?HCM\b")  # "TP.HCM", "TP HCM": the city written out


def session_name(number: int, body: str | None, term: str | None, extraordinary: bool = False) -> str:
    """A session's name: its number, the assembly or council that holds it (written out) and its term.

    >>> session_name(9, "QH", "XV")
    'Kỳ họp thứ 9, Quốc hội khóa XV'
    >>> session_name(30, "HĐND TP. Cần Thơ", None)
    'Kỳ họp thứ 30, Hội đồng nhân dân thành phố Cần Thơ'
    >>> session_name(5, "HĐND TP.HCM", "X")
    'Kỳ họp thứ 5, Hội đồng nhân dân Thành phố Hồ Chí Minh khóa X'
    >>> session_name(9, "Quốc hội", "XV", extraordinary=True)
    'Kỳ họp bất thường lần thứ 9, Quốc hội khóa XV'
    """
    head = f"Kỳ họp bất thường lần thứ {number}" if extraordinary else f"Kỳ họp thứ {number}"
    if body is None:
        return head
    body_name = "Quốc hội" if body == "QH" else re.sub(
        r"\b(?:TP|Tp)\.\s?", "thành phố ", _HCM.sub("Thành phố Hồ Chí Minh", body.replace("HĐND", "Hội đồng nhân dân")))
    return f"{head}, {body_name}" + (f" khóa {term}" if term else "")

# --------------------------------------------------------------------------
# Congresses and plenums as documents cite them ("Nghị quyết Đại hội XIII", "Nghị quyết Trung ương 4")

_OF_PARTY = r"(?:\s+của\s+Đảng(?:\s+Cộng\s+sản\s+Việt\s+Nam)?(?!\w))"
_BLOCK = r"(?:các|những|và|của|tại|đã|được|sẽ|về|trong|với|là|này|cho|để|ngày|lần|khóa|nhiệm)(?!\w)"

_CITED_PLENUM = re.compile(
    rf"Hội\s+nghị\s+(?:{CENTRAL}\s+(?:Đảng\s+)?(?:{ORDINAL}|{DIGITS}|{ROMAN})"
    rf"|{ORDINAL}\s*,?\s*{CENTRAL_COMMITTEE}|{CENTRAL_COMMITTEE}\s+{ORDINAL}){TERM}?"
)
_CITED_PLENUM_SHORT = re.compile(rf"{CENTRAL}\s+(?:{ORDINAL}|{DIGITS}|{ROMAN}){TERM}?")
_CITED_CONGRESS = re.compile(
    rf"[Đđ]ại\s+hội(?:\s+(?!{_BLOCK})[^\W\d_]+){{0,8}}?\s+(?:{ORDINAL}|{ROMAN}){_OF_PARTY}?(?:{TERM}|{TENURE})?"
    rf"|[Đđ]ại\s+hội(?:\s+đại\s+biểu)?\s+[Đđ]ảng\s+bộ(?:\s+(?!{_BLOCK})[^\W\d_]+){{0,6}}?{TENURE}"
)


def event_at(text: str, pos: int, congress: bool, short: bool) -> tuple[int, int] | None:
    """The span of the plenum (or congress, or short "Trung ương 4") a citation names at ``pos``.

    >>> text = "Nghị quyết Hội nghị Trung ương 4 khóa XII về ..."
    >>> start, end = event_at(text, 11, congress=False, short=False)
    >>> text[start:end]
    'Hội nghị Trung ương 4 khóa XII'
    >>> event_at("Nghị quyết Trung ương 4", 11, congress=True, short=False) is None
    True
    """
    patterns = [_CITED_PLENUM] + ([_CITED_CONGRESS, SESSION] if congress else []) + ([_CITED_PLENUM_SHORT] if short else [])
    for pattern in patterns:
        match = pattern.match(text, pos)
        if match:
            return match.span()
    return None


# Only "Nghị quyết": a sentence-initial "Kết luận Hội nghị Trung ương 10, ..." is
# the verb ("concluding the plenum"), not a document.
_RESOLUTION_WORDS = word_alternation(["Nghị quyết", "nghị quyết", "NGHỊ QUYẾT"], space=r"\s+")
_RESOLUTION_HEAD = re.compile(rf"(?P<w>{_RESOLUTION_WORDS})(?:\s+của)?\s+")
_EVENT_AFTER = re.compile(r"\s*,?\s*(?:của\s+)?(?=Hội\s+nghị|Đại\s+hội)")


def cited_resolutions(text: str) -> Iterator[tuple[re.Match[str], tuple[int, int]]]:
    """Resolutions named by the congress or plenum that adopted them: the head and the event's span.

    >>> text = "theo Nghị quyết Đại hội XIII của Đảng và Nghị quyết số 5"
    >>> [(head["w"], text[start:end]) for head, (start, end) in cited_resolutions(text)]
    [('Nghị quyết', 'Đại hội XIII của Đảng')]
    >>> text = "Quốc hội thông qua Nghị quyết kỳ họp thứ 9, trong đó"
    >>> [text[start:end] for _, (start, end) in cited_resolutions(text)]
    ['kỳ họp thứ 9']
    """
    for head in _RESOLUTION_HEAD.finditer(text):
        span = event_at(text, head.end(), congress=True, short=True)
        if span is not None:
            yield head, span


def adopted_at_after(text: str, pos: int) -> tuple[int, int] | None:
    """The congress or plenum named right after a numbered document ("..., của Hội nghị Trung ương 4"): where
    it was adopted.

    >>> text = "Nghị quyết số 18-NQ/TW, Hội nghị Trung ương 6 khóa XII"
    >>> start, end = adopted_at_after(text, 22)
    >>> text[start:end]
    'Hội nghị Trung ương 6 khóa XII'
    """
    lead = _EVENT_AFTER.match(text, pos)
    return event_at(text, lead.end(), congress=True, short=False) if lead else None



_ORDINAL_TOKEN = re.compile(rf"{NTH}\s+(?P<n>{DIGITS}|{ROMAN}|{NUMBER_WORDS})|(?P<r>{ROMAN})|(?P<d>{DIGITS})")
_TERM_IN = re.compile(rf"{TERM_WORD}(?P<t>{ROMAN})")
_NATIONAL_WORDS = frozenset({"đại", "biểu", "toàn", "quốc", "đảng"})


def event_identity(event: str) -> tuple[str | None, str | None]:
    """("congress:national:13", "XIII") for "Đại hội đại biểu toàn quốc lần thứ XIII".

    The same congress or plenum is written several ways in one article
    ("Hội nghị Trung ương 11", "Hội nghị lần thứ 11 Ban Chấp hành Trung ương
    Đảng"); the identity lets those resolutions share one name.
    """
    event = re.sub(r"\s+của\s+Đảng.*$", "", event)
    term_match = _TERM_IN.search(event)
    term = term_match["t"] if term_match else None
    body = event[: term_match.start()] if term_match else event
    body = re.sub(rf"{TENURE_WORD}.*$", "", body)
    congress = body.startswith("Đại")
    if congress:
        body = body[len("Đại hội") :]
    else:
        body = re.sub(CENTRAL_COMMITTEE, " ", body)
    ordinal = None
    for match in _ORDINAL_TOKEN.finditer(body):
        ordinal = ordinal_number(match["n"] or match["r"] or match["d"])
        scope_words = body[: match.start()].split()
        break
    if ordinal is None:
        return None, term
    if not congress:
        return f"plenum:{ordinal}", term
    words = [w.casefold() for w in scope_words]
    scope = "national" if set(words) <= _NATIONAL_WORDS else "local:" + " ".join(
        w for w in words if w not in ("đại", "biểu")
    )
    return f"congress:{scope}:{ordinal}", term
