"""Events: congresses, Central Committee plenums, assembly sessions, elections,
and named conferences and ceremonies.

The structured kinds have a fixed grammar and get an identity from their
numbers ("Đại hội XIII", "Hội nghị Trung ương 4 khóa XIII", "Kỳ họp thứ 9,
Quốc hội khóa XV"), with the article's other spellings as aliases. A named
conference is an event head ("Hội nghị", "Lễ", see ``event_heads.tsv``)
followed by a descriptor, up to where the clause moves on ("tại", "do", a
date). A bare "Hội nghị" is a reference to a conference named earlier:
``attrs["ref"]``; the resolver links it. An event's date is the date the
sentence states ("Ngày 30/6, ... tổ chức Hội nghị ...").
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from kgraph.dates import DATE, context_year, parse_date
from kgraph.document import Document, Mention
from kgraph.recognize.party_grammar import (
    BODY_CONGRESS,
    DATED_SESSION,
    ELECTION,
    NATIONAL_CONGRESS,
    PLENUM,
    SESSION,
    SESSION_HOLDER,
    TENURE_AFTER,
    TERM_CONGRESS,
    ordinal_number,
    to_roman,
)
from kgraph.recognize.phrases import alternation as phrase_alternation
from kgraph.recognize.phrases import first_letters
from kgraph.resources import read_lines, read_tsv
from kgraph.spans import SpanIndex

__all__ = ["recognize_events", "date_events", "clause_end"]

@lru_cache(maxsize=None)
def _stop_words() -> str:
    """Words after which a clause has moved on from the event's name ("... tại Hà Nội"), or a date begins."""
    words = "|".join(re.escape(w) for w in sorted(read_lines("event_stop_words.txt"), key=len, reverse=True))
    return rf"\s(?:{words})(?=[\s,.;:!?)]|$)|\s(?:ngày|sáng|chiều|tối|trưa)\s\d"


@lru_cache(maxsize=None)
def _stop() -> re.Pattern[str]:
    # a dash before a lowercase word opens an apposition ("... hạng Nhất - phần thưởng cao quý ...")
    # a dot inside a token ("TP.HCM") is no stop
    return re.compile(r"\s*(?:\.(?!\w)|[;:!?()\"\n]|,|$|\s[-–]\s(?=[^\W\d_A-ZĐ])|" + _stop_words() + ")")


def clause_end(text: str, pos: int) -> int:
    """Where the clause from ``pos`` moves on, as for an event's name: a date, "tại", "về", punctuation."""
    stop = _stop().search(text, pos)
    return stop.start() if stop else len(text)


@lru_cache(maxsize=None)
def _stop_word() -> re.Pattern[str]:
    return re.compile(_stop_words())


@lru_cache(maxsize=None)
def _heads() -> re.Pattern[str]:
    heads = sorted((row["head"] for row in read_tsv("event_heads.tsv")), key=len, reverse=True)
    alternation = phrase_alternation(heads, ignore_case=True)  # a trie: ~3x faster over an article
    return re.compile(rf"{first_letters(heads)}(?<![\w])(?:{alternation})(?![\w])", re.IGNORECASE)


@lru_cache(maxsize=None)
def _act_heads() -> dict[str, str]:
    """Heads that name the act themselves: "yes" (in any case) or "opened" (lowercase only after an opener)."""
    return {row["head"].lower(): row["names_act"] for row in read_tsv("event_heads.tsv")
            if row.get("names_act") in ("yes", "opened")}


@lru_cache(maxsize=None)
def _tail_words(name: str, extra: tuple[str, ...] = ()) -> re.Pattern[str]:
    """Words of a data file (and ``extra``) ending a window: "tổ chức " before a head."""
    words = sorted((*read_lines(name), *extra), key=len, reverse=True)
    return re.compile(rf"(?<![\w])(?:{'|'.join(re.escape(w) for w in words)})\s+$")


def _ends_with(name: str, text: str, start: int, extra: tuple[str, ...] = ()) -> bool:
    return bool(_tail_words(name, extra).search(text[max(0, start - 25) : start]))


def _opened(text: str, start: int) -> bool:
    """A verb that holds an event stands right before ``start`` ("tổ chức gặp mặt", "có buổi làm việc")."""
    return _ends_with("event_openers.txt", text, start)


@lru_cache(maxsize=None)
def _descriptors() -> tuple[str, ...]:
    return read_lines("event_descriptors.txt")


@lru_cache(maxsize=None)
def _continuations() -> tuple[str, ...]:
    return read_lines("event_continuations.txt")


_QUOTED = re.compile(r'\s*"[^"\n]{2,150}"')
_SEGMENT_END = re.compile(r"[,.;:()\n]")
_DATES_IN_PARENS = re.compile(r"\s*\((?:\s*\d{1,4}(?:[/.]\d{1,2}(?:[/.]\d{2,4})?)?\s*[-–]?)+\s*\)")


@lru_cache(maxsize=None)
def _abbreviations() -> frozenset[str]:
    return frozenset(w.lower() for w in read_lines("abbreviations.txt"))


def _abbreviation_before(text: str, dot: int) -> bool:
    """The dot at ``dot`` ends an abbreviation ("TP.", "Q.") that a name goes on after."""
    word = re.search(r"(?:^|\s)(\S+)$", text[max(0, dot - 12) : dot])
    return bool(word) and (word.group(1) + ".").lower() in _abbreviations() and text[dot + 1 : dot + 2] == " "


def _run_on_sentence(text: str, start: int, end: int) -> int | None:
    """Where a new sentence starts inside ``text[start:end]`` though no full stop marks it:
    a capitalized function word ("Theo", "Tại", "Trong") in mid-name."""
    for word in re.finditer(r"\s([A-ZĐ][^\W\d_]*)(?=\s)", text[start:end]):
        if word.group(1).lower() in _sentence_openers():
            return start + word.start()
    return None


@lru_cache(maxsize=None)
def _sentence_openers() -> frozenset[str]:
    # function words, and "theo" ("Theo nội dung ..."); not every stop word: "Bằng khen" is a name
    return frozenset(w.lower() for w in read_lines("function_words.txt") if " " not in w) | {"theo"}


def _named_end(text: str, pos: int, names_next: frozenset[int] = frozenset(), spans: SpanIndex | None = None) -> int:
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
        inside = max((m.end for m in spans.containing(stop.start()) if m.start < stop.start()), default=None)
        if inside is not None:  # "Tổng Giám đốc Tổ chức Giáo dục, Khoa học và Văn hóa ...": a body's own comma
            end = inside
            continue
        if text.startswith(".", stop.start()) and _abbreviation_before(text, stop.start()):
            end = stop.start() + 1  # "Buổi tiếp xúc cử tri TP. Thủ Đức": an abbreviation's dot
            continue
        quote = _QUOTED.match(text, stop.start())
        if quote:  # Hội nghị ra mắt mô hình "Ban Công tác Mặt trận ..."
            end = quote.end()
            continue
        dates = _DATES_IN_PARENS.match(text, stop.start())
        if dates:  # "Lễ kỷ niệm 60 năm thành lập (1965-2025) và đón nhận ...": the years belong to the name
            end = dates.end()
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
            words = _stop_word().split(" " + segment + " ", maxsplit=1)[0].split()
            body_next = rest in names_next
            topic_list = (  # "về tổ chức, cán bộ Công an tỉnh, thành phố"; "lần thứ 11, Ban Chấp hành ..."
                (_about_outside_names(text, pos, stop.start(), spans) or body_next)
                and 0 < len(words) <= 12
                and words[0] not in ("các", "những", "đồng", "trong")
            )
            if any(text.startswith(c + " ", rest) for c in _continuations()) or topic_list:
                end = stop.end()
                continue
        return stop.start()


def _about_outside_names(text: str, start: int, end: int, spans: SpanIndex) -> bool:
    """Whether the event's own words up to ``end`` say "về" (a topic), not a body's remit inside them
    ("Phiên họp thứ nhất của Ban Chỉ đạo quốc gia về phòng, chống thiên tai, Bộ trưởng ...")."""
    words = list(text[start:end])
    for mention in spans.overlapping(start, end):
        for i in range(max(mention.start, start), min(mention.end, end)):
            words[i - start] = "_"
    return " về " in "".join(words)


@lru_cache(maxsize=None)
def _name_phrases() -> tuple[str, ...]:
    return read_lines("event_name_phrases.txt")


def _comma_end(text: str, pos: int) -> int:
    """End of the clause at the first comma (the short form of a long name), or -1."""
    return text.find(",", pos)


def _number(token: str) -> int | None:
    """'13', 'XIII', 'Nhất', 'tư' -> the number."""
    return 1 if token.lower() == "nhất" else ordinal_number(token)


def _congress_key(doc: Document, start: int, end: int, place: str, number: str) -> str:
    """One congress, however the article spells its body: the body's canonical name (the
    organization recognized inside the name) and its term ("2025-2030"), else its number."""
    inside = [m for m in doc.mentions if m.type == "Organization" and start < m.start and m.end <= end]
    body = min(inside, key=lambda m: (m.start, -(m.end - m.start))).name if inside else place
    return f"congress-{body.lower()}@{number}"


def _period(match: re.Match[str], group: str) -> str | None:
    value = match.group(group)
    return re.sub(r"[\s,]|nhiệm kỳ", "", value).replace("–", "-") if value else None


def _congresses(doc: Document) -> list[Mention]:
    """The Party's national congresses, bare references to a congress, and any body's congress."""
    text = doc.search_text
    out = []
    for m in NATIONAL_CONGRESS.finditer(text):
        n = m.group("n")
        if n.isdigit() and not (m.group("party") or m.group("tail")) and re.search(r"đại biểu|toàn quốc", m.group()):
            continue  # "Đại hội đại biểu toàn quốc lần thứ 8" may be any national body's congress
        tenure = TENURE_AFTER.match(text, m.end())
        if tenure and not (m.group("party") or m.group("tail") or "toàn quốc" in m.group()):
            # "Đảng bộ phường X tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025-2030": that body's congress
            out.append(Mention(m.start(), tenure.end(), "Event", "Đại hội", "events", {"ref": True, "kind": "đại hội"}))
            continue
        number = _number(n)
        numeral = to_roman(number)
        aliases = [f"Đại hội {numeral}", f"Đại hội {numeral} của Đảng",
                   f"Đại hội đại biểu toàn quốc lần thứ {numeral}",
                   f"Đại hội đại biểu toàn quốc lần thứ {numeral} của Đảng"]
        out.append(Mention(m.start(), m.end(), "Event", f"Đại hội {numeral}", "events",
                           {"kind": "congress", "number": number, "key": f"party-congress-{number}",
                            "aliases": aliases}))
    for m in _congress_ref().finditer(text):
        out.append(Mention(m.start(), m.end(), "Event", "Đại hội", "events", {"ref": True, "kind": "đại hội"}))
    national = [(m.start, m.end) for m in out]
    for m in BODY_CONGRESS.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in national):
            continue  # "Đại hội Đảng toàn quốc lần thứ XIV" is the national congress
        key = _congress_key(doc, m.start(), m.end(), m.group("place"), str(_number(m.group("n"))))
        out.append(Mention(m.start(), m.end(), "Event", m.group(), "events",
                           {"kind": "congress", "key": key, "period": _period(m, "tail")}))
    numbered = [(m.start, m.end) for m in out]
    for m in TERM_CONGRESS.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in numbered):
            continue
        key = _congress_key(doc, m.start(), m.end(), m.group("place"), _period(m, "period"))
        out.append(Mention(m.start(), m.end(), "Event", m.group(), "events",
                           {"kind": "congress", "key": key, "period": _period(m, "period"), "by_term": True}))
    return out


def _plenums(text: str) -> list[Mention]:
    """Central Committee plenums in any of their spellings, named the one way."""
    out = []
    for m in PLENUM.finditer(text):
        raw = m.group("n1") or m.group("n2")
        if raw is None:
            continue
        number = ordinal_number(raw)
        term = m.group("term")
        name = f"Hội nghị lần thứ {number} Ban Chấp hành Trung ương Đảng" + (f" khóa {term}" if term else "")
        aliases = [f"Hội nghị Trung ương {number}", f"Hội nghị Trung ương lần thứ {number}"]
        if term:
            aliases += [f"Hội nghị Trung ương {number} khóa {term}",
                        f"Hội nghị lần thứ {number} Ban Chấp hành Trung ương khóa {term}"]
        out.append(Mention(m.start(), m.end(), "Event", name, "events",
                           {"kind": "plenum", "number": number, "term": term, "aliases": aliases,
                            "key": f"plenum-{number}-{term or '?'}"}))
    return out


def _sessions(text: str, year: int | None) -> list[Mention]:
    """Assembly and council sessions by number ("Kỳ họp thứ 9, Quốc hội khóa XV") or by dates."""
    out = []
    for m in SESSION.finditer(text):
        number = ordinal_number(m.group("n"))
        body, term = m.group("body"), m.group("term")
        holder = SESSION_HOLDER.search(text[max(0, m.start() - 160) : m.start()]) if body is None else None
        if holder:  # "HĐND tỉnh Hà Nam khóa XIX, nhiệm kỳ 2021-2026 tổ chức Kỳ họp thứ 30": its session
            body, term = holder.group("body"), holder.group("term")
        if body is None:
            name = f"Kỳ họp thứ {number}"
        else:
            body_name = "Quốc hội" if body == "QH" else re.sub(
                r"\b(?:TP|Tp)\.\s?", "thành phố ", body.replace("HĐND", "Hội đồng nhân dân"))
            name = f"Kỳ họp thứ {number}, {body_name}" + (f" khóa {term}" if term else "")
        out.append(Mention(m.start(), m.end(), "Event", name, "events",
                           {"kind": "session", "number": number, "term": term,
                            "aliases": [m.group(), f"Kỳ họp thứ {number}"],
                            "key": f"session-{body.lower()}-{term or '?'}-{number}" if body else None}))
    for bare in [m for m in out if m.attrs["key"] is None]:  # "Kỳ họp thứ 30" again: the session named in full
        named = {(m.attrs["key"], m.name) for m in out if m.attrs["key"] and m.attrs["number"] == bare.attrs["number"]}
        if len(named) == 1:
            (bare.attrs["key"], bare.name), = named
    for m in DATED_SESSION.finditer(text):
        attrs = {"kind": "session", "aliases": [m.group()]}
        try:
            attrs["date"] = date(int(m.group("y") or year or 0), int(m.group("m")), int(m.group("d"))).isoformat()
        except ValueError:
            pass  # no year known, or not a real date
        out.append(Mention(m.start(), m.end(), "Event", m.group()[0].upper() + m.group()[1:], "events", attrs))
    return out


def _elections(text: str) -> list[Mention]:
    """National Assembly (and people's council) elections by term."""
    out = []
    for m in ELECTION.finditer(text):
        term = m.group("term")
        name = f"Bầu cử đại biểu Quốc hội khóa {term}"
        if m.group("local"):
            name += " và đại biểu Hội đồng nhân dân các cấp"
        if m.group("period"):
            name += " " + m.group("period").lstrip(", ")
        out.append(Mention(m.start(), m.end(), "Event", name, "events",
                           {"kind": "election", "term": term, "key": f"election-na-{term}",
                            "aliases": [m.group(), f"bầu cử đại biểu Quốc hội khóa {term}"]}))
    return out


def _structured(doc: Document) -> list[Mention]:
    """Events with a fixed grammar and an identity from their numbers."""
    text = doc.search_text
    year = context_year(text, doc.metadata.get("published"))
    return _congresses(doc) + _plenums(text) + _sessions(text, year) + _elections(text)


_THIS_ONE = re.compile(r"\s+(?:lần này|này|nói trên|trên)(?![\w])")


def _rest(text: str, pos: int) -> str:
    """The text after a head, as far as any test reads it: the white space, then 1000 characters.

    A slice to the end of the article would make each head cost the article's length.
    """
    start = pos
    while pos < len(text) and text[pos].isspace():
        pos += 1
    return text[start : pos + 1000]


_NUMBERED_OF = re.compile(r"(?:lần )?thứ [^\W\d_]+(?: \w+)?,? (?:của )?")


def _named(doc: Document, taken: list[Mention]) -> list[Mention]:
    text = doc.search_text
    bodies = frozenset(m.start for m in doc.mentions if m.type == "Organization")
    # where bodies and places start: after a comma they go on naming the event ("..., TP.HCM sau kỳ họp ...")
    names_next = bodies | frozenset(m.start for m in doc.mentions if m.type == "Location")
    spans = SpanIndex(m for m in doc.mentions if m.type == "Organization")
    out = []
    taken_at = SpanIndex(taken)
    for m in _heads().finditer(text):
        if taken_at.containing(m.start()):
            continue
        if re.search(r"(?:Trung tâm|Cung|Nhà)\s+$", text[max(0, m.start() - 12) : m.start()]):
            continue  # "Trung tâm Hội nghị tỉnh" is a venue
        if re.search(r"(?:các|những|Các|Những)\s+$", text[max(0, m.start() - 8) : m.start()]):
            continue  # "các kỳ họp chuyên đề": meetings in general
        head = m.group()
        rest = _rest(text, m.end())
        capital = head[0].isupper()
        after = rest.lstrip(" ")
        starts_descriptor = any(after.startswith(d + " ") or after.startswith(d + ",") for d in _descriptors())
        # a head that names the act itself ("Lễ công bố", "Hội nghị sơ kết") needs no descriptor
        act = _act_heads().get(head.lower())
        if act == "opened" and not capital and not _opened(text, m.start()):
            act = None  # "đến thăm, gặp mặt gia đình": the verb, not an event
        starts_descriptor = starts_descriptor or act is not None
        numbered = _NUMBERED_OF.match(after)
        if numbered and m.end() + len(rest) - len(after) + numbered.end() in bodies:
            starts_descriptor = True  # "tại phiên họp thứ nhất của Ban Chỉ đạo ...": that body's numbered meeting
        if not capital and not starts_descriptor:
            if _after_cue(text, m.start()) and _is_reference(rest):
                # "chủ trì phiên họp", "phát biểu tại hội nghị": the meeting the article is about
                out.append(Mention(m.start(), m.end(), "Event", head, "events", {"ref": True, "kind": head.lower()}))
            continue
        quoted_title = capital and after.startswith('"')  # Hội nghị "Hà Nội 2020 - Hợp tác đầu tư"
        two_words = " ".join(after.split(" ", 2)[:2])
        if two_words and _stop_word().match(" " + two_words + " ") \
                and not (act == "opened" and re.match(r"(?:với|giữa) ", after)):
            starts_descriptor = False  # "Hội nghị dự kiến diễn ra ...": a reference
        if not starts_descriptor and not quoted_title:
            # "Hội nghị Ban Chấp hành Đảng bộ tỉnh", "Lễ ..." with a lowercase start
            nxt = after.split(" ", 1)[0].strip(",.;:") if after else ""
            opens_body = m.end() + len(rest) - len(after) in bodies  # "Phiên họp Chính phủ chuyên đề ..."
            if not nxt or nxt in _function_words() or not (nxt[0].islower() or nxt in ("Ban", "Thường") or opens_body):
                if capital and _is_reference(rest):
                    out.append(Mention(m.start(), m.end(), "Event", head, "events",
                                       {"ref": True, "kind": head.lower()}))
                continue
        title_end = _title_line_end(doc, m.start())
        if title_end is not None:  # a headline that opens with an event's head names that event whole
            out.append(Mention(m.start(), title_end, "Event", text[m.start() : title_end].rstrip(" .:"), "events",
                               {"kind": head.lower(), "aliases": [], "title": True}))
            continue
        quoted = re.match(r'\s*"([^"\n]{3,200})"', rest)
        partner = re.match(r"\s+(?:với|giữa)\s", rest) if act == "opened" else None
        # "buổi làm việc với Ban Thường vụ Tỉnh ủy ...", "hội đàm giữa ...": the partner is part of the name
        name_from = m.end() + partner.end() if partner else m.end()
        end = m.end() + quoted.end() if quoted else _named_end(text, name_from, names_next, spans)  # Hội nghị "Hà Nội 2020 - ..."
        if partner and end == name_from:
            end = m.end()
        name = text[m.start() : end].strip()
        if _THIS_ONE.match(text, end):
            # "Kỳ họp chuyên đề lần này": a reference to the session named before
            out.append(Mention(m.start(), end, "Event", head, "events", {"ref": True, "kind": head.lower()}))
            continue
        if end - m.end() <= 1 and len(head.split()) < 4 and (_after_cue(text, m.start()) or _is_reference(rest)):
            # "Dự buổi gặp mặt có ...", "Tại buổi làm việc, ...": the head alone refers to the article's event
            out.append(Mention(m.start(), m.end(), "Event", head, "events", {"ref": True, "kind": head.lower()}))
            continue
        if len(name.split()) < 3:
            continue
        aliases = [name]
        short = _comma_end(text, m.end())
        if m.end() < short < end:
            aliases.append(text[m.start() : short])
        of = name.find(" của ")
        if of > 0:
            aliases.append(name[:of])
        about = name.find(" về ")
        if about > 0 and act == "opened":  # "Buổi làm việc với X về kết quả ...": also "Buổi làm việc với X"
            aliases.append(name[:about])
        attrs = {"kind": head.lower(), "aliases": aliases}
        if re.search(r"(?<![\w])có(?: cuộc| buổi)?\s+$", text[max(0, m.start() - 12) : m.start()]):
            attrs["subjects_attend"] = True  # "Thủ tướng X đã có buổi làm việc với ...": X takes part
        out.append(Mention(m.start(), end, "Event", name[0].upper() + name[1:], "events", attrs))
    return out


def _title_line_end(doc: Document, start: int) -> int | None:
    """Where the article's headline ends, when ``start`` opens it ("Gặp mặt nguyên cán bộ, nhân viên ...").

    The headline is the first line, when the text goes on after it and it is short and unpunctuated.
    """
    text = doc.search_text
    lead = len(text) - len(text.lstrip())
    if start != lead:
        return None
    end = text.find("\n", start)
    if end < 0 or end - start > 200 or not text[end:].strip():
        return None
    line = text[start:end].rstrip()
    if line.endswith((".", "!", "?")) or ". " in line:
        return None
    return start + len(line)


@lru_cache(maxsize=None)
def _function_words() -> frozenset[str]:
    return frozenset(read_lines("function_words.txt"))


def _after_cue(text: str, start: int) -> bool:
    """A participation cue or "tại" right before ``start`` ("phát biểu tại hội nghị")."""
    return _ends_with("participation_cues.txt", text, start, ("tại", "Tại"))


@lru_cache(maxsize=None)
def _followers() -> str:
    return "|".join(re.escape(w) for w in sorted(read_lines("reference_followers.txt"), key=len, reverse=True))


@lru_cache(maxsize=None)
def _congress_ref() -> re.Pattern[str]:
    """A bare "Đại hội" that points back at the congress the article names."""
    return re.compile(rf"(?<![\w])Đại hội(?=\s*[,.;:]|\s+(?:{_followers()})(?![\w]))")


def _is_reference(rest: str) -> bool:
    """A bare head used as a reference: "Tại Hội nghị, ...", "Hội nghị đã ..."."""
    nxt = rest.lstrip(" ").split(" ", 1)[0]
    return (not nxt or nxt[0] in ",.;:)" or nxt in _function_words()
            or bool(re.match(rf"\s*(?:{_followers()})(?![\w])", rest)))


def _fill_plenum_terms(mentions: list[Mention]) -> None:
    """"Hội nghị Trung ương 11" is the plenum that the article names with its term elsewhere."""
    terms: dict[int, set[str]] = {}
    for m in mentions:
        if m.attrs.get("kind") == "plenum" and m.attrs.get("term"):
            terms.setdefault(m.attrs["number"], set()).add(m.attrs["term"])
    for m in mentions:
        if m.attrs.get("kind") == "plenum" and not m.attrs.get("term"):
            known = terms.get(m.attrs["number"], set())
            if len(known) == 1:
                term = next(iter(known))
                m.attrs.update(term=term, key=f"plenum-{m.attrs['number']}-{term}")
                m.name = f"{m.name} khóa {term}"


def _fill_congress_places(mentions: list[Mention]) -> None:
    """"Đại hội đại biểu Đảng bộ tỉnh lần thứ I" is the one named with its province elsewhere."""
    congresses = [m for m in mentions if str(m.attrs.get("key", "")).startswith("congress-")]
    for m in congresses:
        body, number = m.attrs["key"].rsplit("@", 1)
        fuller = {o.attrs["key"] for o in congresses if o is not m and o.attrs["key"].startswith(body + " ")
                  and o.attrs["key"].endswith("@" + number)}
        if len(fuller) == 1:
            m.attrs["key"] = fuller.pop()
    for m in congresses:  # "Đại hội Đảng bộ TPHCM nhiệm kỳ 2025-2030" is the numbered congress of that term
        if m.attrs.get("by_term"):
            body = m.attrs["key"].rsplit("@", 1)[0]
            # the numbered one of that term, else the one fuller name of it ("Đảng bộ cơ quan" of "... Tạp chí X")
            numbered = {o.attrs["key"] for o in congresses if not o.attrs.get("by_term")
                        and o.attrs.get("period") == m.attrs["period"] and o.attrs["key"].startswith(body)}
            numbered = numbered or {o.attrs["key"] for o in congresses if o.attrs["key"] != m.attrs["key"]
                                    and o.attrs.get("period") == m.attrs["period"]
                                    and o.attrs["key"].startswith(body + " ")}
            if len(numbered) == 1:
                m.attrs["key"] = numbered.pop()


def date_events(doc: Document, events: list[Mention]) -> None:
    """Give each event the date its sentence states before it (refs only in the lead)."""
    year = context_year(doc.search_text, doc.metadata.get("published"))
    lead = doc.sentences[2].end if len(doc.sentences) > 2 else len(doc.text)
    for mention in events:
        if mention.attrs.get("date"):
            continue
        if mention.attrs.get("ref") and mention.start >= lead:
            continue  # a reference dates its event only in the lead ("Ngày 28/6, ... tổ chức Đại hội nhiệm kỳ ...")
        sentence = doc.sentence_of(mention.start)
        if sentence is None:
            continue
        # a date in the same sentence before the event: "Ngày 30/6, tại Hà Nội, ... tổ chức Hội nghị"
        clause = doc.search_text[sentence.start : mention.start]
        dates = list(DATE.finditer(clause))
        if dates:
            iso = parse_date(dates[0], year)
            if iso:
                mention.attrs["date"] = iso


def recognize_events(doc: Document) -> Document:
    """Pipeline component: Event mentions (run after segmentation)."""
    structured = _structured(doc)
    named = _named(doc, structured)
    _fill_plenum_terms(structured)
    _fill_congress_places(structured)
    events = structured + named
    date_events(doc, events)
    doc.mentions.extend(events)
    return doc
