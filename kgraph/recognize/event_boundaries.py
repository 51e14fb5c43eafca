"""Where an event's name ends: the clause boundaries the event recognizers share.

A name runs from its head ("Hội nghị", "Lễ") up to where the clause moves on:
punctuation, a date, a stop word ("tại", "do", ``event_stop_words.txt``), a
capitalized function word that opens a new sentence. Some of those stops are
no stop inside a name: a body's own comma, an abbreviation's dot ("TP. Thủ
Đức"), a quoted title, a topic list ("về tổ chức, cán bộ"). The words are
data files; this module reads them and says where a name ends.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kgraph.gazetteer import admin_words, titles
from kgraph.normalize import LOWER, UPPER
from kgraph.recognize.phrases import alternation
from kgraph.resources import read_lines, read_tsv
from kgraph.segment import glued_stop
from kgraph.spans import SpanIndex

__all__ = ["INVITATION", "clause_end", "comma_end", "named_by_place", "opens_an_event", "through_place", "ends_with", "followers", "function_words", "honorific_then_name",
           "manner_words", "name_end", "stop_word", "subject_gap_words", "told_of", "opens_a_title",
           "abbreviation_before"]


@lru_cache(maxsize=None)
def _stop_words() -> str:
    """Words after which a clause has moved on from the event's name ("... tại Hà Nội"), or a date begins."""
    words = "|".join(re.escape(w) for w in sorted(read_lines("event_stop_words.txt"), key=len, reverse=True))
    # "lễ đón chính thức và hội đàm với ...": "và" and a meeting verb start a second act
    # ("... Hội nghị Bộ trưởng Kinh tế ASEAN và khẳng định ...": "và" and a speech verb go on with the speaker)
    verbs = "|".join(sorted({re.escape(row["verb"]) for row in read_tsv("event_verbs.tsv")}
                            | {re.escape(verb) for verb in read_lines("speech_verbs.txt")}, key=len, reverse=True))
    # "Phiên họp Chính phủ thường kỳ tháng 3 và Hội nghị trực tuyến ...": "và" and a capitalized head open a second event
    heads = _second_head().pattern
    # "Hội nghị cấp cao ASEAN ở Kuala Lumpur", "... ở huyện Đất Đỏ": "ở" before a name or a unit's word is
    # where, as "tại" is ("ở vùng sâu" is no stop)
    units = "|".join(re.escape(w) for w in sorted(admin_words(), key=len, reverse=True) if w[:1].islower())
    return (rf"\s(?:{words})(?=[\s,.;:!?)]|$)|\s(?:ngày|sáng|chiều|tối|trưa)\s\d|\svà\s(?=(?:{verbs})\s)"
            rf"|\svà\s(?=(?:{heads})\s)|\sở\s(?={UPPER}|(?:{units})\s)")


@lru_cache(maxsize=None)
def _second_head() -> re.Pattern[str]:
    """A capitalized event head (``event_heads.tsv``) that opens a second event after "và"."""
    return re.compile("|".join(sorted({re.escape(row["head"]) for row in read_tsv("event_heads.tsv")}, key=len,
                                      reverse=True)))


def opens_an_event(text: str, pos: int) -> bool:
    """Whether a capitalized event head (``event_heads.tsv``) opens at ``pos``: "Hội nghị ...", "Kỳ họp ..."."""
    return _second_head().match(text, pos) is not None


# a short act before "và" and a head is one event with it ("Lễ mở ký và Hội nghị cấp cao ..."); a full name is not,
# nor a short proper one ("Hội nghị WEF ASEAN và Lễ bàn giao ...")
_SHORT_ACT = 4


@lru_cache(maxsize=None)
def _stop() -> re.Pattern[str]:
    # a dash before a lowercase word opens an apposition ("... hạng Nhất - phần thưởng cao quý ...")
    # a dot inside a token ("TP.HCM") is no stop
    # but not inside a compound of two fields ("kinh tế - xã hội": ``field_compounds.txt``)
    fields = "".join(f"(?<!{re.escape(w)})" for w in read_lines("field_compounds.txt"))
    # "... của Chính phủ tổ chức chiều 26/4": "tổ chức" before a time is the verb that held it, no part of its name
    held = r"\s+(?:được\s+)?tổ chức(?=\s+(?:sáng|chiều|tối|trưa|ngày|hôm|vào)(?![\w]))|"
    # a credit after a dash ("... cuộc họp - Ảnh: TTXVN")
    credits = "|".join(re.escape(w) for w in sorted(read_lines("credit_openers.txt"), key=len, reverse=True))
    return re.compile(r"\s*(?:\.(?!\w)|[;:!?()\"\n]|,|$|" + fields + rf"\s[-–]\s(?={LOWER}|(?:{credits})\s*:)|" + held
                      + _stop_words() + ")")


# a date inside an event's name, before what it is about ("... tại tổ ngày 28/5 về ...", "... vào sáng 27/5 về ...")
DATE_INSIDE = r"\s+(?:vào\s+)?(?:(?:sáng|chiều|tối|trưa)\s+(?:ngày\s+)?|ngày\s+)\d{1,2}[/-]\d{1,2}(?:[/-]\d{2,4})?(?=\s+về\s)"
_DATE_THEN_TOPIC = re.compile(DATE_INSIDE + r"\s+về")


@lru_cache(maxsize=None)
def _place_named_acts() -> tuple[str, ...]:
    return tuple(w.casefold() for w in read_lines("place_named_acts.txt"))


def named_by_place(kind: str) -> bool:
    """Whether an event of this kind is named with where it was held (``place_named_acts.txt``): "tiếp xúc
    cử tri", "buổi tiếp xúc cử tri"."""
    return any(act in kind.casefold() for act in _place_named_acts())


_AT_PLACE = re.compile(r"\s+(?:tại|ở)\s+")
_NEXT_PLACE = re.compile(r"\s*,\s*")


def through_place(text: str, end: int, places: dict[int, int]) -> int:
    """The end of "tại <place>" right after ``end`` (or of a place that ends there) and of the wider places
    that follow it (", thành phố Sơn La"); ``end`` when no place follows. ``places`` maps where each place
    starts to where it ends."""
    at = _AT_PLACE.match(text, end)
    if at is not None and at.end() in places:
        end = places[at.end()]
    elif end not in places.values():
        return end
    while (more := _NEXT_PLACE.match(text, end)) and more.end() in places:
        end = places[more.end()]
    return end


def clause_end(text: str, pos: int) -> int:
    """Where the clause from ``pos`` moves on, as for an event's name: a date, "tại", "về", punctuation, or a
    sentence a scrape glued on ("... Đà Nẵng.TS. Nguyễn Khắc Minh")."""
    stop = _stop().search(text, pos)
    end = stop.start() if stop else len(text)
    glued = glued_stop(text, pos, end)
    return glued - 1 if glued is not None else end


@lru_cache(maxsize=None)
def stop_word() -> re.Pattern[str]:
    """A stop word or a date alone, for testing a word or two after a head ("Hội nghị dự kiến ...")."""
    return re.compile(_stop_words())


@lru_cache(maxsize=None)
def _tail_words(name: str, extra: tuple[str, ...] = ()) -> re.Pattern[str]:
    """Words of a data file (and ``extra``) ending a window: "tổ chức " before a head."""
    words = sorted((*read_lines(name), *extra), key=len, reverse=True)
    return re.compile(rf"(?<![\w])(?:{'|'.join(re.escape(w) for w in words)})\s+$")


@lru_cache(maxsize=None)
def subject_gap_words() -> str:
    """An alternation of what may stand between the bodies that act and their verb (``subject_gap_words.txt``:
    "đã", "cũng", "hôm nay", "phối hợp với")."""
    return "|".join(re.escape(w) for w in sorted(read_lines("subject_gap_words.txt"), key=len, reverse=True))


@lru_cache(maxsize=None)
def opens_a_clause() -> re.Pattern[str]:
    """After a name, a word of ``subject_gap_words.txt`` that stands between a subject and its verb ("đã", "cũng";
    not "với", "cùng", which join a partner): the name is the next clause's subject ("..., Bộ Chính trị đã ...")."""
    words = [w for w in subject_gap_words().split("|") if not re.search(r"(?<![\w])(?:với|cùng)(?![\w])", w)]
    return re.compile(rf"\s+(?:{'|'.join(words)})(?![\w])")


def ends_with(name: str, text: str, start: int, extra: tuple[str, ...] = ()) -> bool:
    """A word of the data file ``name`` (or ``extra``) stands right before ``start``."""
    return bool(_tail_words(name, extra).search(text[max(0, start - 25) : start]))


@lru_cache(maxsize=None)
def _continuations() -> tuple[str, ...]:
    return read_lines("event_continuations.txt")


# a quoted title inside a name: no sentence ends inside it ('... lần thứ 30" (16-10). Bà là ... "' closes one
# quote and opens another)
_QUOTED = re.compile(rf'\s*"(?:(?![.!?]\s+{UPPER})[^"\n]){{2,150}}"')
_SEGMENT_END = re.compile(r"[,.;:()\n]")
_DATES_IN_PARENS = re.compile(r"\s*\((?:\s*\d{1,4}(?:[/.]\d{1,2}(?:[/.]\d{2,4})?)?\s*[-–]?)+\s*\)")


@lru_cache(maxsize=None)
def _abbreviations() -> frozenset[str]:
    return frozenset(w.lower() for w in read_lines("abbreviations.txt"))


def abbreviation_before(text: str, dot: int) -> bool:
    """The dot at ``dot`` ends an abbreviation ("TP.", "Q.") that a name goes on after."""
    word = re.search(r"(?:^|\s)(\S+)$", text[max(0, dot - 12) : dot])
    return bool(word) and (word.group(1) + ".").lower() in _abbreviations() and text[dot + 1 : dot + 2] == " "


def _run_on_sentence(text: str, start: int, end: int) -> int | None:
    """Where a new sentence starts inside ``text[start:end]`` though no full stop marks it:
    a capitalized function word ("Theo", "Tại", "Trong") in mid-name."""
    for word in re.finditer(rf"\s({UPPER}[^\W\d_]*)(?=\s)", text[start:end]):
        if word.group(1).lower() in _sentence_openers():
            return start + word.start()
    caption = _caption_opener().search(text, start, end)  # "... nhậm chức Chủ tịch nước Toàn cảnh lễ tuyên thệ ..."
    return caption.start() if caption else None


@lru_cache(maxsize=None)
def _caption_opener() -> re.Pattern[str]:
    """A photo caption run on after a name, no full stop between (``caption_openers.txt``): "Toàn cảnh"."""
    return re.compile(rf"\s(?:{alternation(read_lines('caption_openers.txt'))})(?=\s)")


@lru_cache(maxsize=None)
def _sentence_openers() -> frozenset[str]:
    # function words, and "theo" ("Theo nội dung ..."); not every stop word: "Bằng khen" is a name
    return frozenset(w.lower() for w in read_lines("function_words.txt") if " " not in w) | {"theo"}


@lru_cache(maxsize=None)
def honorific_then_name() -> re.Pattern[str]:
    """A person introduced as one ("ông Hồng Thiên Chúc", "các đồng chí ..."): an honorific of
    ``honorifics.txt`` (perhaps after "các"), then a capitalized name."""
    words = "|".join(re.escape(w) for w in sorted(read_lines("honorifics.txt"), key=len, reverse=True))
    return re.compile(rf"(?:các\s+)?(?i:{words})\s+{UPPER}")


@lru_cache(maxsize=None)
def _named_before() -> re.Pattern[str]:
    """A person introduced by an honorific or a rank (``honorifics.txt``) right before a comma."""
    words = "|".join(re.escape(w) for w in sorted(read_lines("honorifics.txt"), key=len, reverse=True))
    return re.compile(rf"(?<![\w])(?i:{words})\s+(?:{UPPER}\w*\s*){{1,5}}$")


_BETWEEN = re.compile(r"(?<![\w])giữa\s")
@lru_cache(maxsize=None)
def _occasion() -> re.Pattern[str]:
    """The occasion after "nhân dịp" that names a ceremony (``occasion_words.txt``)."""
    return re.compile(rf"\s*(?:{alternation(read_lines('occasion_words.txt'))})(?![\w])")


@lru_cache(maxsize=None)
def _meets_before() -> re.Pattern[str]:
    """A verb of meeting right before "với", whose partner names the event (``partner_verbs.txt``)."""
    return re.compile(rf"(?<![\w])(?:{alternation(read_lines('partner_verbs.txt'))})$")
_SPACES = re.compile(r"\s*")
_SHORT_IN_PARENS = re.compile(rf"\s*\((?=[^)]*[A-Z])[A-Za-z&+]{{2,8}}\)(?=\s+{LOWER})")


def name_end(text: str, pos: int, names_next: frozenset[int] = frozenset(), spans: SpanIndex | None = None) -> int:
    """End of a named event's descriptor starting at ``pos``.

    A comma ends it, unless what follows continues a topic list ("về tổ chức,
    cán bộ ..."), names a body or place ("lần thứ 11, Ban Chấp hành ..."; ``names_next``
    holds where their mentions start) or is a listed continuation.
    """
    end = pos
    spans = spans if spans is not None else SpanIndex()
    while True:
        stop = _stop().search(text, end)
        if stop is None:
            return len(text)
        sentence = _run_on_sentence(text, end, stop.start())
        if sentence is not None:  # "... tại Lễ ký kết Theo phương thức ...": a scrape lost the full stop
            return sentence
        glued = glued_stop(text, end, stop.start())
        if glued is not None:  # "... Trường Đại học Kiểm sát Hà Nội.Chủ tịch nước ...": a scrape lost the space
            return glued - 1
        inside = max((m.end for m in spans.containing(stop.start()) if m.start < stop.start()), default=None)
        if inside is not None:  # "Tổng Giám đốc Tổ chức Giáo dục, Khoa học và Văn hóa ...": a body's own comma
            end = inside
            continue
        if text.startswith(".", stop.start()) and abbreviation_before(text, stop.start()):
            end = stop.start() + 1  # "Buổi tiếp xúc cử tri TP. Thủ Đức": an abbreviation's dot
            continue
        short = _SHORT_IN_PARENS.match(text, stop.start())
        if short and not _stop().match(text, short.end()):
            # "lễ ký kết biên bản ghi nhớ (MoU) giữa ...": an abbreviation inside the name, which goes on
            end = short.end()
            continue
        quote = _QUOTED.match(text, stop.start())
        if quote:  # Hội nghị ra mắt mô hình "Ban Công tác Mặt trận ..."
            end = quote.end()
            continue
        dates = _DATES_IN_PARENS.match(text, stop.start())
        if dates:  # "Lễ kỷ niệm 60 năm thành lập (1965-2025) và đón nhận ...": the years belong to the name
            end = dates.end()
            continue
        dated = _DATE_THEN_TOPIC.match(text, stop.start())
        if dated:  # "Thảo luận tại tổ Hà Nội ngày 28/5 về dự án Luật ...": the date inside, the topic goes on
            end = dated.end()
            continue
        word = text[stop.start() : stop.end()].strip()
        act = text[pos : stop.start()].split()
        if word == "và" and _second_head().match(text, stop.end()) and len(act) < _SHORT_ACT \
                and not any(w[:1].isupper() for w in act):  # "Hội nghị WEF ASEAN và Lễ ...": a name, then another
            end = stop.end()  # "Lễ mở ký và Hội nghị cấp cao ...": one event of a short act and a meeting
            continue
        if word in ("với", "và") and _BETWEEN.search(text, pos, stop.start()) \
                and (_SPACES.match(text, stop.end()).end() in names_next
                     or honorific_then_name().match(text, _SPACES.match(text, stop.end()).end())
                     or opens_a_title(text, _SPACES.match(text, stop.end()).end())):
            # "Lễ ký kết ... giữa Báo X với The Colombo Times", "hội đàm giữa đồng chí A với đồng chí B":
            # both parties name it
            end = stop.end()
            continue
        if word == "nhân dịp" and _occasion().match(text, stop.end()):
            end = stop.end()  # "Lễ dâng hoa ... nhân dịp kỷ niệm 70 năm ...": the occasion names it ("nhân dịp ông sang
            continue  # thăm" does not)
        if word == "với" and _meets_before().search(text, pos, stop.start()):
            end = stop.end()  # "Hội nghị của Thường trực Chính phủ làm việc với các doanh nghiệp ...": whom it meets
            continue
        if any(text.startswith(p, stop.start() + 1) for p in _name_phrases()):
            end = stop.end()  # "... Chính phủ với địa phương"
            continue
        if text[stop.start() : stop.end()].strip() == ",":
            rest = stop.end()  # where the text resumes after the comma (no slice to the article's end)
            while rest < len(text) and text[rest] in ", ":
                rest += 1
            segment_end = _SEGMENT_END.search(text, rest)
            segment = text[rest : segment_end.start() if segment_end else len(text)]
            words = stop_word().split(" " + segment + " ", maxsplit=1)[0].split()
            body_next = rest in names_next
            topic_list = (  # "về tổ chức, cán bộ Công an tỉnh, thành phố"; "lần thứ 11, Ban Chấp hành ..."
                (_about_outside_names(text, pos, stop.start(), spans) or body_next)
                and 0 < len(words) <= 12
                and words[0] not in ("các", "những", "nhiều", "đồng", "trong")
                # a topic goes on in lower case; a capital that opens no body or place opens the clause's
                # subject ("về công tác X, Thứ trưởng Bộ Y đánh giá ..."), unless it is the post of the person
                # the topic has just named ("điều động Đại tá A, Giám đốc Công an tỉnh B, giữ chức ...")
                and (body_next or words[0][:1].islower() or _named_before().search(text, pos, stop.start()))
            )
            if any(text.startswith(c + " ", rest) for c in _continuations()) or topic_list \
                    or _title_chain(text, stop.start(), rest) \
                    or any(text.endswith(a, pos, stop.start()) and text.startswith(b, rest) for a, b in _name_pairs()):
                end = stop.end()
                continue
        return stop.start()


def _title_chain(text: str, comma: int, rest: int) -> bool:
    """"hội đàm giữa Tổng Bí thư, Chủ tịch nước Tô Lâm với ...": a comma between two titles of one person."""
    before = text[max(0, comma - 30) : comma]
    return any(t.end == len(before) for t in titles().find_all(before)) and opens_a_title(text, rest)


def opens_a_title(text: str, at: int) -> bool:
    """Whether a post's title opens at ``at`` ("Tổng thống Mozambique ...")."""
    return any(t.start == 0 for t in titles().find_all(text[at : at + 40]))


def _about_outside_names(text: str, start: int, end: int, spans: SpanIndex) -> bool:
    """Whether the event's own words up to ``end`` say "về" or "việc" (a topic), not a body's remit inside them
    ("Phiên họp thứ nhất của Ban Chỉ đạo quốc gia về phòng, chống thiên tai, Bộ trưởng ...")."""
    words = list(text[start:end])
    for mention in spans.overlapping(start, end):
        for i in range(max(mention.start, start), min(mention.end, end)):
            words[i - start] = "_"
    own = "".join(words)
    return " về " in own or " việc " in own  # "giám sát việc quản lý, sử dụng ...": "việc" opens a topic too


@lru_cache(maxsize=None)
def _name_pairs() -> tuple[tuple[str, str], ...]:
    """Nouns written in pairs with a comma ("tổ chức, cá nhân", ``name_pairs.txt``): the comma ends no name."""
    return tuple(tuple(line.split(", ", 1)) for line in read_lines("name_pairs.txt"))


@lru_cache(maxsize=None)
def _name_phrases() -> tuple[str, ...]:
    return read_lines("event_name_phrases.txt")


def comma_end(text: str, pos: int) -> int:
    """End of the clause at the first comma (the short form of a long name), or -1."""
    return text.find(",", pos)


@lru_cache(maxsize=None)
def followers() -> str:
    """Words after which a bare head points back at an event named before ("Hội nghị đã ..."), as an alternation."""
    return "|".join(re.escape(w) for w in sorted(read_lines("reference_followers.txt"), key=len, reverse=True))


@lru_cache(maxsize=None)
def function_words() -> frozenset[str]:
    """Words that no name starts with ("các", "của", ...): a head followed by one is a bare reference."""
    return frozenset(read_lines("function_words.txt"))


@lru_cache(maxsize=None)
def manner_words() -> str:
    """How two sides meet, between a meeting verb and "với" (``meeting_manners.txt``), as an alternation."""
    return "|".join(re.escape(w) for w in sorted(read_lines("meeting_manners.txt"), key=len, reverse=True))


# "chuyển lời mời thăm ... tới B", "mời B sang thăm Việt Nam": someone is invited, nothing is done yet; "Nhận lời mời
# của A, B thăm ...", "Theo lời mời của A, ...": what is done at an invitation
INVITATION = r"(?<![\w])(?<!nhận lời )(?<!theo lời )mời(?![\w])"


@lru_cache(maxsize=None)
def told_of() -> re.Pattern[str]:
    """Words right before an event that tell of it rather than attend it (``told_of_words.txt``): "báo cáo kết
    quả Kỳ họp thứ 7", "chuẩn bị cho Hội nghị Trung ương 10"."""
    # ("phát biểu trước Hội nghị X": speaking to it, there)
    return re.compile(rf"(?<![\w])(?<!phát biểu )(?<!trình bày )(?i:{alternation(read_lines('told_of_words.txt'))})\s+$")
