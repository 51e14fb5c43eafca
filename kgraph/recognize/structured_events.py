"""Events with a fixed grammar: congresses, Central Committee plenums, assembly sessions, elections.

Each gets an identity from its numbers ("Đại hội XIII", "Hội nghị Trung ương
4 khóa XIII", "Kỳ họp thứ 9, Quốc hội khóa XV"), with the article's other
spellings as aliases, so that all of them resolve to one event. The patterns
are :mod:`~kgraph.recognize.party_grammar`'s; this module names what they match.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from kgraph.dates import context_year
from kgraph.document import Document, Mention
from kgraph.gazetteer import congress_body
from kgraph.recognize.event_boundaries import ends_with, followers, subject_gap_words
from kgraph.recognize.party_grammar import (
    BODY_CONGRESS,
    BODY_MEETING,
    DATED_SESSION,
    ELECTION,
    HALF_DAY,
    NAMED_SITTING,
    NATIONAL_CONGRESS,
    NTH,
    PLENUM,
    ROMAN,
    SESSION,
    SESSION_HOLDER,
    TENURE,
    TENURE_AFTER,
    TERM_CONGRESS,
    YEARS,
    congress_names,
    ordinal_number,
    plenum_names,
    session_name,
    tenure_years,
)
from kgraph.recognize.phrases import with_first_letters
from kgraph.recognize.units import PARTY
from kgraph.resources import read_lines

__all__ = ["structured_events", "fill_plenum_terms", "fill_congress_places"]


def _congress_key(doc: Document, start: int, end: int, place: str, number: str) -> str:
    """One congress, however the article spells its body: the body's canonical name (the
    organization recognized inside the name) and its term ("2025-2030"), else its number."""
    inside = [m for m in doc.mentions if m.type == "Organization" and start < m.start and m.end <= end]
    if inside:
        body = min(inside, key=lambda m: (m.start, -(m.end - m.start))).name
    else:  # "Đại hội Đoàn toàn quốc lần thứ X": a national congress of the body a bare word names
        body = congress_body(place) or place
    return f"congress-{body.lower()}@{number}"


@lru_cache(maxsize=None)
def _holds() -> re.Pattern[str]:
    """Between a body and what it holds: "long trọng" and the like (``subject_gap_words.txt``), "tổ chức"; perhaps
    the province the body lies in first ("Đoàn TNCS Hồ Chí Minh phường X, tỉnh Bắc Ninh tổ chức ...")."""
    place = r"\s*,\s*(?:tỉnh|thành phố|TP\.?)\s+[A-ZĐ][\w-]*(?:\s+[A-ZĐ][\w-]*){0,3}\s*,?"
    return re.compile(rf"(?:{place})?\s+(?:(?:{subject_gap_words()})\s+)*tổ chức\s+$")


def _holder_before(doc: Document, start: int) -> Mention | None:
    """The body that holds what follows ``start``: "Hội Cựu chiến binh tỉnh X long trọng tổ chức ..."."""
    text = doc.search_text
    held = [m for m in doc.mentions if m.type == "Organization" and m.end < start and m.name != PARTY
            and _holds().fullmatch(text, m.end, start)]
    holder = max(held, key=lambda m: m.end - m.start) if held else None
    if holder is None or any(o.type == "Organization" and 0 <= holder.start - o.end <= 1 for o in doc.mentions):
        return None  # "Đoàn TNCS Hồ Chí Minh UBND tỉnh X tổ chức": one body read as two, no holder to name
    return holder


def _period(match: re.Match[str], group: str) -> str | None:
    value = match.group(group)
    return tenure_years(value) if value else None


def _other_party(doc: Document, match: re.Match[str]) -> Mention | None:
    """The party named after "của Đảng" when it is not Vietnam's ("của Đảng Nhân dân Cách mạng Lào")."""
    if not match.group("tail"):
        return None
    start = match.start("tail") + match.group("tail").index("Đảng")
    parties = [m for m in doc.mentions if m.type == "Organization" and m.start == start and m.end > match.end()]
    return max(parties, key=lambda m: m.end) if parties else None


def _congresses(doc: Document) -> list[Mention]:
    """The Party's national congresses, bare references to a congress, and any body's congress."""
    text = doc.search_text
    out = []
    bodies = {m.start: m for m in doc.mentions if m.type == "Organization"}
    for m in NATIONAL_CONGRESS.finditer(text):
        n = m.group("n")
        if n.isdigit() and not (m.group("party") or m.group("tail")) and re.search(r"đại biểu|toàn quốc", m.group()):
            continue  # "Đại hội đại biểu toàn quốc lần thứ 8" may be any national body's congress
        tenure = TENURE_AFTER.match(text, m.end())
        own = not (m.group("party") or m.group("tail") or "toàn quốc" in m.group())
        # "Quỹ X tổ chức Đại hội lần thứ III": a body that holds a numbered congress holds its own
        holder = _holder_before(doc, m.start()) if own and re.search(NTH, m.group()) else None
        if own and (tenure or holder is not None):
            # "Đảng bộ phường X tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025-2030": that body's congress,
            # named after it; a reference to the one the article names where no body holds it in the clause
            ref = Mention(m.start(), tenure.end() if tenure else m.end(), "Event", "Đại hội", "events",
                          {"ref": True, "kind": "đại hội"})
            holder = holder or _holder_before(doc, m.start())
            if holder is not None:
                ref.attrs["holder"] = (holder, ordinal_number(n))
            out.append(ref)
            continue
        number = ordinal_number(n)
        other = _other_party(doc, m)
        if other is not None:  # "Đại hội lần thứ XII của Đảng Nhân dân Cách mạng Lào": that party's own congress
            out.append(Mention(m.start(), other.end, "Event", text[m.start() : other.end], "events",
                               {"kind": "congress", "number": number, "key": f"congress-{other.name.lower()}@{number}"}))
            continue
        body = bodies.get(m.end() + 1) if not (m.group("party") or m.group("tail")) and text[m.end() : m.end() + 1] == " " \
            else None
        if body is not None and not body.name.startswith("Đảng"):
            # "Đại hội đại biểu toàn quốc lần thứ XI Công đoàn Việt Nam nhiệm kỳ 2013 - 2018": that body's congress
            tenure = TENURE_AFTER.match(text, body.end)
            end = tenure.end() if tenure else body.end
            out.append(Mention(m.start(), end, "Event", text[m.start() : end], "events",
                               {"kind": "congress", "number": number, "key": f"congress-{body.name.lower()}@{number}",
                                "period": tenure_years(tenure.group()) if tenure else None}))
            continue
        name, aliases = congress_names(number)
        out.append(Mention(m.start(), m.end(), "Event", name, "events",
                           {"kind": "congress", "number": number, "key": f"party-congress-{number}",
                            "aliases": aliases}))
    for m in _congress_ref().finditer(text):
        if m.group()[0] == "đ" and not ends_with("participation_cues.txt", text, m.start(), ("tại", "Tại")):
            continue  # lowercase, only where a cue points at the congress: "Tại đại hội, ông A ..."
        out.append(Mention(m.start(), m.end(), "Event", "Đại hội", "events", {"ref": True, "kind": "đại hội"}))
    national = [(m.start, m.end) for m in out]
    for m in BODY_CONGRESS.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in national):
            continue  # "Đại hội Đảng toàn quốc lần thứ XIV" is the national congress
        key = _congress_key(doc, m.start(), m.end(), m.group("place"), str(ordinal_number(m.group("n"))))
        out.append(Mention(m.start(), m.end(), "Event", "Đ" + m.group()[1:], "events",
                           {"kind": "congress", "key": key, "period": _period(m, "tail")}))
    numbered = [(m.start, m.end) for m in out]
    for m in TERM_CONGRESS.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in numbered):
            continue
        key = _congress_key(doc, m.start(), m.end(), m.group("place"), _period(m, "period"))
        out.append(Mention(m.start(), m.end(), "Event", "Đ" + m.group()[1:], "events",
                           {"kind": "congress", "key": key, "period": _period(m, "period"), "by_term": True}))
    for m in _HELD_BY_TERM.finditer(text):  # "Quỹ X tổ chức Đại hội nhiệm kỳ III (2013-2018)": the holder's congress
        holder = _holder_before(doc, m.start())
        overlapping = [t for t in out if t.start < m.end() and m.start() < t.end]
        if holder is not None and all(t.attrs.get("ref") and "holder" not in t.attrs for t in overlapping):
            out = [t for t in out if t not in overlapping]  # the bare "Đại hội" it opens with
            period = tenure_years(m.group()) or str(ordinal_number(m.group("n")))
            out.append(Mention(m.start(), m.end(), "Event", "Đại hội", "events",
                               {"ref": True, "kind": "đại hội", "holder": (holder, period)}))
    _name_by_holder(doc, out)
    return out + _congresses_of_a_body(doc, out)


# "Đại hội nhiệm kỳ 2013-2018", "Đại hội nhiệm kỳ III (2013-2018)": a congress named by its term alone
_HELD_BY_TERM = re.compile(rf"[Đđ](?<![\w].)ại hội(?: đại biểu)?\s+nhiệm\s+kỳ\s+(?:{YEARS}|(?P<n>{ROMAN})(?:\s*\(\s*{YEARS}\s*\))?)(?![\w])")


def _name_by_holder(doc: Document, congresses: list[Mention]) -> None:
    """"Hội Cựu chiến binh tỉnh X tổ chức Đại hội đại biểu lần thứ VII, nhiệm kỳ ...": the holder's congress,
    named after it ("Đại hội đại biểu Hội Cựu chiến binh tỉnh X lần thứ VII, ..."), unless the article names
    a congress of that number itself (the headline, say), which the reference then means."""
    text = doc.search_text
    named = {_number_in(m.name) for m in congresses
             if not m.attrs.get("ref") and not str(m.attrs.get("key", "")).startswith("party-")}
    for ref in congresses:
        holder, number = ref.attrs.pop("holder", (None, None))
        if holder is None or number in named:
            continue
        words = re.match(r"[Đđ]ại hội(?: đại biểu)?", text[ref.start : ref.end]).group()
        rest = text[ref.start + len(words) : ref.end].strip()
        ref.name = f"Đại hội{words[len('Đại hội'):]} {holder.name} {rest}"
        written = f"Đại hội{words[len('Đại hội'):]} {text[holder.start : holder.end]} {rest}"  # as the article has it
        ref.attrs = {"kind": "congress", "key": f"congress-{holder.name.lower()}@{number}",
                     "aliases": [text[ref.start : ref.end]] + ([written] if written != ref.name else []),
                     "holder_span": (holder.start, holder.end)}


def _number_in(name: str) -> int | None:
    """The ordinal a congress's name gives ("... lần thứ VII, nhiệm kỳ ..." -> 7)."""
    found = re.search(rf"{NTH} (\S+?)(?:,|\s|$)", name)
    return ordinal_number(found.group(1)) if found else None


# "Đại hội đại biểu toàn quốc Hội X", "đại hội Đại biểu Toàn quốc Hội X" (a caption's capitals, a lead's lowercase)
_CONGRESS_OF = re.compile(r"(?=[Đđ])(?<![\w])[Đđ]ại hội(?P<kind>(?i: đại biểu| đảng viên)?(?i: toàn quốc)?) ")
_EVERY_BODY = re.compile(r"\s+(?:các cấp|cấp|cơ sở)(?![\w])")


def _congresses_of_a_body(doc: Document, taken: list[Mention]) -> list[Mention]:
    """"dự Đại hội đại biểu Hội Nông dân xã Sà Phìn": a body's congress named by the body alone, without
    its number or term. It is the congress of that body the article numbers, if it numbers one."""
    text = doc.search_text
    bodies: dict[int, Mention] = {}
    for m in doc.mentions:
        if m.type == "Organization" and (m.start not in bodies or m.end > bodies[m.start].end):
            bodies[m.start] = m
    out = []
    for m in _CONGRESS_OF.finditer(text):
        body = bodies.get(m.end())
        if body is None or body.name == PARTY or any(t.start < body.end and m.start() < t.end for t in taken) \
                or _EVERY_BODY.match(text, body.end):
            continue  # "Đại hội Đảng" is the national congress's (its number tells which)
        prefix = f"congress-{body.name.lower()}@"
        key = next((str(t.attrs["key"]) for t in taken if str(t.attrs.get("key", "")).startswith(prefix)), prefix)
        name, end, attrs = f"Đại hội{m['kind'].lower()} {body.name}", body.end, {}
        tenure = _BODY_TENURE.match(text, body.end)
        if tenure:  # "Đại hội Công đoàn tỉnh X nhiệm kỳ 2023-2028", "Đại hội LĐBĐVN nhiệm kỳ VII": its term names it
            period = tenure_years(tenure.group()) or str(ordinal_number(tenure.group("n")))
            name, end, attrs = name + tenure.group(), tenure.end(), {"period": period, "by_term": True}
            if key == prefix:
                key = prefix + period
        out.append(Mention(m.start(), end, "Event", name, "events", {"kind": "congress", "key": key, **attrs}))
    return out


# its term, perhaps after its number of terms ("Đại hội đại biểu Hội X, khóa VII, nhiệm kỳ 2025 – 2030")
_BODY_TENURE = re.compile(rf"(?:,?\s+kh[óo]a\s+{ROMAN}(?=,?\s+nhiệm\s+kỳ))?(?:{TENURE}|\s+nhiệm\s+kỳ\s+(?P<n>{ROMAN})(?![\w]))")


def _plenums(text: str) -> list[Mention]:
    """Central Committee plenums in any of their spellings, named the one way."""
    out = []
    for m in PLENUM.finditer(text):
        raw = m.group("n1") or m.group("n2")
        if raw is None:
            continue
        number = ordinal_number(raw)
        term = m.group("term")
        name, aliases = plenum_names(number, term)
        out.append(Mention(m.start(), m.end(), "Event", name, "events",
                           {"kind": "plenum", "number": number, "term": term, "aliases": aliases,
                            "key": f"plenum-{number}-{term or '?'}"}))
    return out


_OF = re.compile(r"\s+của\s+")


def _sessions(text: str, year: int | None, bodies: dict[int, Mention] | None = None) -> list[Mention]:
    """Assembly and council sessions by number ("Kỳ họp thứ 9, Quốc hội khóa XV") or by dates."""
    out = []
    for m in SESSION.finditer(text):
        number = ordinal_number(m.group("n"))
        # "kỳ họp Quốc hội bất thường lần thứ 8": the Assembly named before the number
        body, term = m.group("body") or (m.group("before") or "").strip() or None, m.group("term")
        window = max(0, m.start() - 160)
        holder = SESSION_HOLDER.search(text[window : m.start()]) if body is None else None
        if holder:  # "HĐND tỉnh Hà Nam khóa XIX, nhiệm kỳ 2021-2026 tổ chức Kỳ họp thứ 30": its session
            body, term = holder.group("body"), holder.group("term")
        extra = bool(m.group("extra"))  # extraordinary sessions have numbers of their own
        short = f"Kỳ họp bất thường lần thứ {number}" if extra else f"Kỳ họp thứ {number}"
        attrs = {"kind": "session", "number": number, "term": term, "aliases": [m.group(), short],
                 "extraordinary": extra, "holder": body.lower() if body else None,
                 "key": f"session-{body.lower()}-{term or '?'}-{'extra-' if extra else ''}{number}" if body else None}
        if holder:  # where the holder is named, so that it organizes its session
            attrs["holder_span"] = (window + holder.start("body"), window + holder.end("body"))
        of = _OF.match(text, m.end()) if body is None and bodies else None
        owner = bodies.get(of.end()) if of else None
        if owner is not None:  # "Kỳ họp thứ 41 của Ủy ban Kiểm tra Trung ương": a commission's session
            attrs.update(key=f"meeting-{owner.name.casefold()}-{number}", holder_span=(owner.start, owner.end))
            out.append(Mention(m.start(), owner.end, "Event", f"Kỳ họp thứ {number} của {owner.name}", "events", attrs))
            continue
        out.append(Mention(m.start(), m.end(), "Event", session_name(number, body, term, extra), "events", attrs))
    def same(a: Mention, b: Mention) -> bool:
        return (a.attrs["number"], a.attrs["extraordinary"]) == (b.attrs["number"], b.attrs["extraordinary"])

    for partial in [m for m in out if m.attrs["key"] and m.attrs["term"] is None]:
        # "HĐND TP.HCM khai mạc kỳ họp thứ 5", then "kỳ họp thứ 5 của HĐND TP.HCM khóa X": one session
        termed = {(m.attrs["key"], m.name, m.attrs["term"]) for m in out if m.attrs["key"] and m.attrs["term"]
                  and m.attrs["holder"] == partial.attrs["holder"] and same(m, partial)}
        if len(termed) == 1:
            (partial.attrs["key"], partial.name, partial.attrs["term"]), = termed
    for bare in [m for m in out if m.attrs["key"] is None]:  # "Kỳ họp thứ 30" again: the session named in full
        named = {(m.attrs["key"], m.name) for m in out if m.attrs["key"] and same(m, bare)}
        if len(named) == 1:
            (bare.attrs["key"], bare.name), = named
    for m in out:
        del m.attrs["holder"]
    for m in DATED_SESSION.finditer(text):
        attrs = {"kind": "session", "aliases": [m.group()]}
        try:
            attrs["date"] = date(int(m.group("y") or year or 0), int(m.group("m")), int(m.group("d"))).isoformat()
        except ValueError:
            pass  # no year known, or not a real date
        out.append(Mention(m.start(), m.end(), "Event", m.group()[0].upper() + m.group()[1:], "events", attrs))
    return out


@lru_cache(maxsize=None)
def _assembly_acts() -> re.Pattern[str]:
    """The Assembly acting right after its name ("Quốc hội đã biểu quyết thông qua ...")."""
    acts = "|".join(re.escape(a) for a in sorted(read_lines("assembly_acts.txt"), key=len, reverse=True))
    return re.compile(rf"\s+(?:đã\s+|tiếp tục\s+|sẽ\s+)?(?:{acts})(?![\w])")


def _sittings(doc: Document, year: int | None, sessions: list[Mention]) -> list[Mention]:
    """The Assembly's plenary sittings, told apart by their half-day: "Phiên họp Quốc hội sáng 30/11".

    An article may report a sitting by what the Assembly did that half-day ("Sáng 30/11, Quốc hội thông qua
    ...", "Chiều 21/10, Bộ trưởng X trình bày trước Quốc hội ..."), or name it ("Phiên họp Quốc hội sáng
    30/11"). Where the article names the session instead ("tiếp tục Kỳ họp thứ 8"), the session is its event.
    """
    if sessions:
        return []
    text = doc.search_text
    found: list[tuple[int, int, re.Match[str], tuple[int, int] | None]] = []
    for m in NAMED_SITTING.finditer(text):
        half = HALF_DAY.match(text, m.end())
        if half:
            found.append((m.start(), half.end(), half, None))
    for body in doc.mentions:
        if body.type != "Organization" or text[body.start : body.end] != "Quốc hội":
            continue
        before = text[max(0, body.start - 6) : body.start]
        if not (before.endswith("trước ") or _assembly_acts().match(text, body.end)):
            continue
        sentence = doc.sentence_of(body.start)
        halves = list(HALF_DAY.finditer(text, sentence.start, sentence.end)) if sentence else []
        if len(halves) == 1:  # two half-days in one sentence: which one the act was is not said
            found.append((halves[0].start(), halves[0].end(), halves[0], (body.start, body.end)))
    out: dict[tuple[str, str, str], Mention] = {}
    for start, end, half, holder in sorted(found, key=lambda f: f[0]):
        when = (half["half"].lower(), str(int(half["d"])), str(int(half["m"])))
        if when in out:
            continue
        attrs: dict = {"kind": "session", "aliases": [text[start:end]]}
        if holder:  # told by what the Assembly did: the half-day alone ("Chiều 21/10") is no name of it
            attrs.update(holder_span=holder, aliases=[], told=True)
        try:
            attrs["date"] = date(int(half["y"] or year or 0), int(half["m"]), int(half["d"])).isoformat()
        except ValueError:
            pass  # no year known, or not a real date
        day = text[half.start("d") : half.end("y") if half["y"] else half.end("m")]  # as the article writes it
        out[when] = Mention(start, end, "Event", f"Phiên họp Quốc hội {when[0]} {day}", "events", attrs)
    return list(out.values())


def _elections(text: str) -> list[Mention]:
    """National Assembly (and people's council) elections by term."""
    out = []
    for m in ELECTION.finditer(text):
        term = m.group("term")
        name = f"Bầu cử đại biểu Quốc hội khóa {term}"
        if m.group("local"):
            name += " và đại biểu Hội đồng nhân dân các cấp"
        if m.group("period"):
            name += " " + m.group("period").strip(", \n\t")
        out.append(Mention(m.start(), m.end(), "Event", name, "events",
                           {"kind": "election", "term": term, "key": f"election-na-{term}",
                            "aliases": [m.group(), f"bầu cử đại biểu Quốc hội khóa {term}"]}))
    return out


def structured_events(doc: Document) -> list[Mention]:
    """Events with a fixed grammar and an identity from their numbers."""
    text = doc.search_text
    year = context_year(text, doc.metadata.get("published"))
    bodies = {m.start: m for m in doc.mentions if m.type == "Organization"}
    sessions = _sessions(text, year, bodies)
    return (_congresses(doc) + _plenums(text) + sessions + _sittings(doc, year, sessions) + _body_meetings(doc)
            + _elections(text))


def _body_meetings(doc: Document) -> list[Mention]:
    """"Ủy ban Kiểm tra Trung ương họp kỳ thứ 53": the body's numbered meeting, which the body holds."""
    text = doc.search_text
    bodies = {m.end: m for m in doc.mentions if m.type == "Organization"}
    out = []
    for m in BODY_MEETING.finditer(text):
        body = bodies.get(m.start())
        number = ordinal_number(m.group("n"))
        if body is None or number is None:
            continue
        out.append(Mention(m.start("kỳ"), m.end(), "Event", f"Kỳ họp thứ {number} của {body.name}", "events",
                           {"kind": "session", "number": number, "aliases": [m.group("kỳ")],
                            "key": f"meeting-{body.name.casefold()}-{number}", "holder_span": (body.start, body.end)}))
    return out


@lru_cache(maxsize=None)
def _congress_ref() -> re.Pattern[str]:
    """A bare "Đại hội" that points back at the congress the article names ("đại hội" after a cue)."""
    return re.compile(with_first_letters(rf"(?<![\w])[Đđ]ại hội(?=\s*[,.;:]|\s+(?:{followers()})(?![\w]))"))


def fill_plenum_terms(mentions: list[Mention]) -> None:
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


def fill_congress_places(mentions: list[Mention]) -> None:
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
