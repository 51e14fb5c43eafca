"""Organizations: central bodies, local bodies, their units, and bodies named by a head.

Six sources, one grammar:

* the body gazetteer (``organizations.tsv``): Bộ Chính trị, Bộ Ngoại giao, TTXVN;
* local bodies (:mod:`~kgraph.recognize.local_bodies`): "Tỉnh ủy Gia Lai", "UBND tỉnh";
* units (:mod:`~kgraph.recognize.units`): "Ban Thường vụ Tỉnh ủy Gia Lai";
* bodies the gazetteer lacks, by a head from ``org_heads.txt``: "Vụ Quản lý khoa học";
* foreign national institutions, a head from ``foreign_body_heads.txt`` and a country: "Hạ viện Chile";
* numbered delegations (:mod:`~kgraph.recognize.delegations`): "Đoàn kiểm tra số 1348 của Bộ Chính trị".

"Đảng" alone names the Communist Party ("Nhà nước" alone is left out: annotators
disagree on it); a trailing "khóa XIII" is the body's term (an attribute, not
part of its name).
"""

from __future__ import annotations

import re
from functools import lru_cache

from kgraph.document import Document, Mention
from kgraph.gazetteer import Place, admin_words, bodies, honorifics, surnames
from kgraph.normalize import LOWER, UPPER
from kgraph.recognize.boundaries import name_words, trim_clause_tail
from kgraph.recognize.delegations import numbered_delegations
from kgraph.recognize.local_bodies import default_places, local_bodies
from kgraph.recognize.party_grammar import ROMAN, TENURE_WORD, TERM_WORD
from kgraph.recognize.phrases import PhraseMatcher, alternation, first_letters, with_first_letters, word_alternation
from kgraph.recognize.places import match_place_at
from kgraph.recognize.units import PARTY, bare_units, compose_units
from kgraph.recognize.village_bodies import village_bodies
from kgraph.resources import read_lines, read_tsv
from kgraph.segment import glued_stop
from kgraph.spans import SpanIndex

__all__ = ["recognize_organizations", "default_places", "PARTY"]

_TERM = re.compile(rf"(?:{TERM_WORD}|{TENURE_WORD}khóa\s+)({ROMAN}|\d+)\b")


_PARTY = re.compile(with_first_letters(r"(?<![\w])Đảng(?![\w])(?!\s+(?:ủy|bộ|đoàn|viên|Cộng|ban|phái)\b)"))


def _central_bodies(doc: Document) -> list[Mention]:
    text = doc.search_text
    out = []
    for m in bodies().finditer(text):
        start = m.start
        if text[m.start : m.end].isupper():  # "Tập đoàn TKV": the head written before an abbreviation is part of it
            head = _HEAD_BEFORE_ABBREVIATION.search(text, max(0, m.start - 16), m.start)
            start = head.start() if head else start
        country = match_place_at(text, m.end + 1) if text[m.end : m.end + 1] == " " \
            and m.payload.category in _NATIONAL else None
        if country is not None and country[1].kind == "country" and country[1].name != "Việt Nam":
            # "Bộ Văn hóa, Thể thao và Du lịch Lào": that country's counterpart of the body
            out.append(Mention(start, country[0], "Organization", " ".join(text[start : country[0]].split()),
                               "foreign_bodies", {"country": country[1].name}))
            continue
        out.append(Mention(start, m.end, "Organization", m.payload.name, "bodies",
                           {"category": m.payload.category, "parent": m.payload.parent}))
    return out


# the kinds of body every country has one of, so that a country's name after it names that country's own
_NATIONAL = frozenset({"ministry", "government", "legislature", "agency", "state", "judiciary", "media", "police",
                       "military"})


_HEAD_BEFORE_ABBREVIATION = re.compile(r"(?<![\w])(?:Tập đoàn|Tổng công ty|Công ty|Ngân hàng|Báo|Đài|Tạp chí) $")


_MINISTER = re.compile(rf"{word_alternation(['Bộ trưởng', 'bộ trưởng', 'Thứ trưởng', 'thứ trưởng', 'Bộ Trưởng', 'Thứ Trưởng'])}"
                       r" (?=\S)")  # "bộ trưởng Tài chính" too


def _ministries_by_field(doc: Document) -> list[Mention]:
    """"Bộ trưởng TN&MT": the ministry named by its field alone, after a minister's title."""
    text = doc.search_text
    out = []
    for match in _MINISTER.finditer(text):
        field = re.match(r"[^\s,;.()]+(?: [^\s,;.()]+){0,6}", text[match.end() :])
        if not field:
            continue
        found = next(iter(bodies().finditer("Bộ " + field.group())), None)
        if found is not None and found.start == 0 and found.end > 3:
            end = match.end() + found.end - 3
            # "Bộ trưởng Ngoại giao Nhật Bản": that country's ministry
            out.append(_foreign_ministry(text, match.end(), end, found.payload.name)
                       or Mention(match.end(), end, "Organization", found.payload.name, "bodies",
                                  {"category": found.payload.category, "parent": found.payload.parent}))
            continue
        # "Bộ trưởng Chiến tranh Mỹ": a ministry Vietnam has not, named by a foreign body's head and its country
        head = next((h for h in _foreign_ministry_heads() if ("Bộ " + field.group() + " ").startswith(h + " ")), None)
        foreign = _foreign_ministry(text, match.end(), match.end() + len(head) - 3, head) if head else None
        if foreign is not None:
            out.append(foreign)
    return out


def _foreign_ministry(text: str, start: int, end: int, ministry: str) -> Mention | None:
    """The ministry ``ministry`` of the foreign country named right after ``end``, or None."""
    country = _foreign_country_at(text, end)
    if country is None:
        return None
    return Mention(start, country[0], "Organization", f"{ministry} {text[end + 1 : country[0]]}", "foreign_bodies",
                   {"country": country[1].name})


def _foreign_country_at(text: str, end: int) -> tuple[int, Place] | None:
    """The foreign country named right after ``end`` (one space between), or None."""
    country = match_place_at(text, end + 1) if text[end : end + 1] == " " else None
    if country is not None and country[1].kind == "country" and country[1].name != "Việt Nam":
        return country
    return None


@lru_cache(maxsize=None)
def _foreign_ministry_heads() -> tuple[str, ...]:
    """The ministries of ``foreign_body_heads.txt`` ("Bộ Chiến tranh"), longest first."""
    return tuple(sorted((h for h in read_lines("foreign_body_heads.txt") if h.startswith("Bộ ")), key=len,
                        reverse=True))


@lru_cache(maxsize=None)
def _foreign_head() -> re.Pattern[str]:
    heads = read_lines("foreign_body_heads.txt")
    return re.compile(rf"{first_letters(heads)}(?<![\w])(?:{alternation(heads)}) (?={UPPER})")


@lru_cache(maxsize=None)
def _country_short_forms() -> dict[str, str]:
    return {row["short"]: row["country"] for row in read_tsv("country_short_forms.tsv")}


@lru_cache(maxsize=None)
def _country_short() -> re.Pattern[str]:
    return re.compile(rf"({'|'.join(re.escape(s) for s in _country_short_forms())})(?![\w])")


def _foreign_bodies(doc: Document) -> list[Mention]:
    """"Hạ viện Chile", "Chính phủ Liên bang Nga": a national institution followed by a foreign country."""
    text = doc.search_text
    out = []
    for match in _foreign_head().finditer(text):
        place = match_place_at(text, match.end())
        short = _country_short().match(text, match.end())
        if short and (place is None or place[0] <= short.end()):
            country, end = _country_short_forms()[short.group(1)], short.end()  # "Chính phủ Anh"
        elif place is None or place[1].kind != "country" or place[1].name == "Việt Nam":
            continue
        else:
            country, end = place[1].name, place[0]
        out.append(Mention(match.start(), end, "Organization", " ".join(text[match.start() : end].split()),
                           "foreign_bodies", {"country": country}))
    # "Đảng Dân chủ Nhân dân Uzbekistan", "Liên đoàn công nghiệp và giới chủ Hà Lan": a party or an association
    # named by its words and its country, none of Vietnam's
    for match in (*_FOREIGN_PARTY.finditer(text), *_foreign_association().finditer(text)):
        previous = match.end() - 1
        for word in _PARTY_WORD.finditer(text, match.end(), match.end() + 60):
            if text[previous : word.start()] != " ":
                break  # a comma, a dash, a full stop: no country closes the name
            if word.group() == "và" and text[word.end() + 1 : word.end() + 2].isupper():
                break  # "Liên đoàn Lao động tỉnh X và Hiệp hội Y": another body
            place = match_place_at(text, word.start()) if word.group()[:1].isupper() else None
            if place is not None and place[1].kind not in ("country", "none"):
                break  # "Liên đoàn Lao động tỉnh Hà Nam": a body at home
            if place is not None and place[1].kind == "country":
                if word.start() > match.end() and place[1].name != "Việt Nam":
                    out.append(Mention(match.start(), place[0], "Organization",
                                       " ".join(text[match.start() : place[0]].split()), "foreign_bodies",
                                       {"country": place[1].name}))
                break  # "ba Đảng Việt Nam - Campuchia - Lào": the parties of countries, no party's name
            previous = word.end()
    return out


@lru_cache(maxsize=None)
def _foreign_association() -> re.Pattern[str]:
    """The heads of associations a foreign country's name closes (``foreign_association_heads.txt``)."""
    heads = "|".join(re.escape(h) for h in sorted(read_lines("foreign_association_heads.txt"), key=len, reverse=True))
    return re.compile(rf"(?<![\w])(?:{heads}) (?=[^\W\d_])")


_ASSOCIATION = re.compile(rf"H(?<![\w].)ội (?={UPPER})")  # (the look-behind after the "H": re skips to those)


def _national_associations(doc: Document) -> list[Mention]:
    """"Hội Nước và Môi trường Việt Nam", "Hội Khoa học Lịch sử Việt Nam": a national association the gazetteer
    lacks, "Hội", a capitalized field (lowercase words and "và" between) and "Việt Nam", within a few words."""
    text = doc.search_text
    out = []
    for match in _ASSOCIATION.finditer(text):
        previous = match.end() - 1
        for word in _PARTY_WORD.finditer(text, match.end(), match.end() + 60):
            if text[previous : word.start()] != " ":
                break
            place = match_place_at(text, word.start()) if word.group()[:1].isupper() else None
            if place is not None:
                if place[1].name == "Việt Nam" and word.start() > match.end():
                    end, name = place[0], text[match.start() : place[0]]
                    dash = _PAIR_DASH.match(text, end)
                    other = match_place_at(text, dash.end()) if dash else None
                    if other is not None and other[1].kind == "country":
                        # "Hội Hữu nghị Việt Nam - Nhật Bản": a friendship association of two countries
                        end, name = other[0], f"{name} - {text[dash.end() : other[0]]}"
                    out.append(Mention(match.start(), end, "Organization", name, "named_bodies", {}))
                break  # another place: a local association, read with the local bodies
            previous = word.end()
    return out


_FOREIGN_PARTY = re.compile(rf"Đ(?<![\w].)ảng (?={UPPER})(?!Cộng sản )")
_PARTY_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=None)
def _missions() -> tuple[re.Pattern[str], dict[str, str]]:
    """"Đại sứ quán Việt Nam tại Lào", "Đại sứ Việt Nam tại Lào A": the missions and envoys of
    ``diplomatic_missions.tsv``, and each head's mission."""
    mission_of = {}
    for row in read_tsv("diplomatic_missions.tsv"):
        mission_of[row["mission"]] = row["mission"]
        if row.get("envoy"):
            mission_of[row["envoy"]] = row["mission"]
    return re.compile(rf"{first_letters(mission_of)}(?<![\w])(?P<head>{alternation(mission_of)})(?: đặc mệnh toàn quyền)? "
                      rf"(?={UPPER})"), mission_of
_AT = re.compile(r" tại (?=" + UPPER + ")")
_CAPITALIZED_RUN = re.compile(rf"{UPPER}[\w'-]*(?: {UPPER}[\w'-]*){{0,2}}")
_NAME_NEXT = re.compile(r",? (?:ông |bà |ngài )?" + UPPER)


def _diplomatic_missions(doc: Document) -> list[Mention]:
    """A country's mission in another country or city. After an envoy's title ("Đại sứ Việt Nam tại Lào")
    the words "Việt Nam tại Lào" name the embassy the envoy heads, so they are its mention."""
    text = doc.search_text
    out = []
    pattern, mission_of = _missions()
    for match in pattern.finditer(text):
        sender = match_place_at(text, match.end())
        if sender is None or sender[1].kind != "country":
            continue
        end, head = sender[0], match["head"]
        mission = mission_of[head]
        envoy = head != mission
        at = _AT.match(text, end)
        host = match_place_at(text, at.end()) if at else None
        if host is None and at and not envoy:  # "tại Colombo": a city the gazetteer lacks
            run = _CAPITALIZED_RUN.match(text, at.end())
            host = (run.end(), None) if run else None
        if host is not None:
            end = host[0]
        elif envoy:
            continue  # "Đại sứ Nhật Bản" alone: the country stays a place
        if envoy and not _NAME_NEXT.match(text, end):
            continue  # "Đại sứ Đức tại Việt Nam dự lễ": no envoy named, the countries stay places
        start = match.end() if envoy else match.start()
        name = f"{mission} {text[match.end() : end]}"
        out.append(Mention(start, end, "Organization", " ".join(name.split()), "foreign_bodies",
                           {"country": sender[1].name}))
    return out


_REGION = re.compile(r" (?:[Kk]hu vực|chi nhánh [Kk]hu vực) (?:[IVXL]+|\d{1,2})(?![\w])")


def _regional_units(doc: Document, base: list[Mention]) -> list[Mention]:
    """"KTNN khu vực VII", "Bảo hiểm xã hội khu vực XXV": a central body's regional office, a unit of it."""
    text = doc.search_text
    out = []
    for body in base:
        region = _REGION.match(text, body.end)
        if region is None or body.source not in ("bodies", "named_bodies"):
            continue
        name = f"{body.name} {region.group().strip()}"
        out.append(Mention(body.start, region.end(), "Organization", name, "units",
                           {"part_of": body.name, "prefix": "", "inner_span": (body.start, body.end)}))
    return out


def _longest_first(mentions: list[Mention]) -> list[Mention]:
    kept: list[Mention] = []
    index = SpanIndex()
    for mention in sorted(mentions, key=lambda m: (-(m.end - m.start), m.start)):
        if not index.overlapping(mention.start, mention.end):
            kept.append(mention)
            index.add(mention)
    return sorted(kept, key=lambda m: m.start)


def _with_terms(doc: Document, mentions: list[Mention]) -> None:
    for mention in mentions:
        match = _TERM.match(doc.search_text, mention.end)
        if match:
            mention.attrs["term"] = match.group(1)


@lru_cache(maxsize=None)
def _party_as_modifier() -> re.Pattern[str]:
    """The words after which "Đảng" qualifies a noun ("xây dựng Đảng", "hai Đảng"): no body is named."""
    words = "|".join(re.escape(w) for w in sorted(read_lines("party_as_modifier.txt"), key=len, reverse=True))
    return re.compile(rf"(?i:(?<![\w])(?:{words}))\s+$")


def _named_once(doc: Document, pattern: re.Pattern[str], name: str, taken: list[Mention]) -> list[Mention]:
    out = []
    index = SpanIndex(taken)
    text = doc.search_text
    for match in pattern.finditer(text):
        if index.containing(match.start()) or _party_as_modifier().search(text, max(0, match.start() - 20), match.start()):
            continue
        out.append(Mention(match.start(), match.end(), "Organization", name, "bodies", {}))
    return out


_TITLE_HEAD = re.compile(r"(?<=[Tt]rưởng )(ban|đoàn)(?= [^\W\d_])")


def _title_cased_heads(text: str) -> str:
    """"Trưởng ban Tổ chức Trung ương" reads as "Trưởng Ban Tổ chức Trung ương" (same length)."""
    return _TITLE_HEAD.sub(lambda m: m.group(1).capitalize(), text)


def recognize_organizations(doc: Document) -> Document:
    """Pipeline component: Organization mentions (run after places)."""
    defaults = default_places(doc)
    original = doc.search_text
    doc.search_text = _title_cased_heads(original)
    try:
        _recognize(doc, defaults)
    finally:
        doc.search_text = original
    _venues_with_posts(doc)
    return doc


@lru_cache(maxsize=None)
def _head_post_before() -> re.Pattern[str]:
    """The post of whoever heads an institution, right before its name (``institution_head_titles.txt``)."""
    posts = "|".join(re.escape(p) for p in sorted(read_lines("institution_head_titles.txt"), key=len, reverse=True))
    return re.compile(rf"(?<![\w])(?:Phó\s+)?(?:{posts})\s+$")


def _venues_with_posts(doc: Document) -> None:
    """A venue whose head holds a post ("Giám đốc Bảo tàng Vĩnh Long") is a body, wherever the article names it:
    a museum or a theatre that collects, stages and hires, as well as a place to go to."""
    text = doc.search_text
    venues = [m for m in doc.mentions if m.type == "Location" and m.attrs.get("kind") == "venue"]
    bodies_named = {m.name for m in venues if _head_post_before().search(text, max(0, m.start - 20), m.start)}
    for mention in venues:
        if mention.name in bodies_named:
            mention.type, mention.attrs = "Organization", {"venue": True}


@lru_cache(maxsize=None)
def _named_body_parts() -> tuple[re.Pattern[str], frozenset[str]]:
    heads = "|".join(re.escape(h) for h in sorted(read_lines("org_heads.txt"), key=len, reverse=True))
    head = re.compile(rf"{first_letters(read_lines('org_heads.txt'))}(?<![\w])(?:{heads}) (?={UPPER})")
    stops = set()
    for name in ("function_words.txt", "event_stop_words.txt", "organize_cues.txt", "participation_cues.txt",
                 "body_name_stops.txt"):
        stops.update(w.lower() for w in read_lines(name))
    return head, frozenset(stops)


@lru_cache(maxsize=None)
def _proper_named_heads() -> frozenset[str]:
    """Heads whose name is capitalized words only (``proper_named_heads.txt``): schools."""
    return frozenset(read_lines("proper_named_heads.txt"))


_NAME_GOES_ON = re.compile(rf" {UPPER}")  # a surname then a capital: a person ("và Tôn Thất A"), not "và Tôn giáo"
_FIELD_DASH = re.compile(r" [-–] ")
_FIELD = re.compile(rf"{UPPER}[^\W\d_]*(?: {LOWER}[^\W\d_]*)?(?: và {UPPER}[^\W\d_]*(?: {LOWER}[^\W\d_]*)?)?"
                    r"(?=[\s,.;)]|$)")


@lru_cache(maxsize=None)
def _credit_words() -> frozenset[str]:
    return frozenset(line.split()[0].rstrip(",") for line in read_lines("credit_openers.txt"))


def _second_field(text: str, at: int, head: re.Pattern[str], family: frozenset[str]) -> bool:
    """After a dash inside a body's name, a second field of work ("Xuất bản", "Thương binh và Xã hội"): a
    capitalized word and a lowercase one, never another body ("Bộ ..."), a place or a person's name."""
    field = _FIELD.match(text, at)
    if field is None or head.match(text, at) or match_place_at(text, at) is not None \
            or field.group().split()[0].rstrip(",") in _credit_words():
        return False  # "Tập đoàn X - Ảnh: ...": a photo's credit
    words = field.group().split()
    return not (words[0] in family and len(words) > 1 and words[1][:1].isupper())


# after a remit ("về hoàn thiện thể chế"), a comma and a few lowercase words before "do", "của" or a stop go on
_REMIT_LIST = re.compile(rf"(,(?: {LOWER}[\w]*){{1,3}})(?= (?:do|của|và|được|đã)\b|[.;:\n])")


@lru_cache(maxsize=None)
def _qualifier_then_name() -> re.Pattern[str]:
    """"... Việt Nam khu vực Tây Nam Bộ": a word of region (``region_words.txt``) that goes on to a capitalized
    name qualifies the body ("Tổng Giáo phận Hà Nội một mùa Giáng sinh" moves on)."""
    words = "|".join(re.escape(w) for w in sorted(read_lines("region_words.txt"), key=len, reverse=True))
    return re.compile(rf"(?:{words}) {UPPER}")
_TWO_WORDS_THEN_STOP = re.compile(rf"{UPPER}\w* {UPPER}\w*(?=\s*(?:[,;.)]|$))")
@lru_cache(maxsize=None)
def _trailing_admin_word() -> re.Pattern[str]:
    words = sorted((w for w in admin_words() if w[:1].islower()), key=len, reverse=True)
    return re.compile(rf" (?:{'|'.join(re.escape(w) for w in words)})$")


def _spaced_pair(name: str) -> str:
    """"Hội hữu nghị Việt Nam-Canada" is named "Hội hữu nghị Việt Nam - Canada": a pair of countries is
    joined by a spaced dash, however the text spaces it."""
    pair = re.search(r"\s*[-–]\s*(?=[^-–]+$)", name)
    if pair and _ends_with_country(name) and _ends_with_country(name[: pair.start()]):
        return f"{name[: pair.start()]} - {name[pair.end() :]}"
    return name


def _ends_with_country(name: str) -> bool:
    from kgraph.gazetteer import places

    return any(m.end == len(name) and m.payload.kind == "country" for m in places().finditer(name))


_HEAD_BEFORE = re.compile(r"(?<![\w])Hội $")
_PAIR_DASH = re.compile(r" ?[-–] ?(?=\S)")  # between two countries, however the dash is spaced
_PLURAL_BEFORE = re.compile(r"(?<![\w])(?:các|những|Các|Những)\s+$")
# a company named with its group's abbreviation after a dash ("... Hàng hải – TKV", "... - PVN")
_GROUP_SUFFIX = re.compile(r"\s?[-–]\s?[A-ZĐ]{2,8}(?![\w-])")


@lru_cache(maxsize=None)
def _unit_names() -> PhraseMatcher[str]:
    """Standard units' names, read whole (``unit_names.txt``)."""
    matcher: PhraseMatcher[str] = PhraseMatcher()
    for name in read_lines("unit_names.txt"):
        matcher.add(name, name)
    return matcher


_UNIT_NUMBER = re.compile(r" \d{1,3}(?![\d/.,]\d)")


def _standard_units(doc: Document) -> list[Mention]:
    """Standard units' names (``unit_names.txt``) wherever no head read them, with their number if they are
    numbered ("Ban Quản lý đầu tư và xây dựng thủy lợi 4")."""
    text = doc.search_text
    out = []
    for match in _unit_names().finditer(text):
        number = _UNIT_NUMBER.match(text, match.end)
        end = number.end() if number else match.end
        out.append(Mention(match.start, end, "Organization", text[match.start : end], "named_bodies", {}))
    return out


def _named_bodies(doc: Document, taken: list[Mention]) -> list[Mention]:
    """Bodies the gazetteer lacks, named by a head and a capitalized name ("Vụ Quản lý khoa học")."""
    text = doc.search_text
    head, stops = _named_body_parts()
    out = []
    venues = {m.start for m in doc.mentions if m.type == "Location"}
    family = surnames()
    starts = {m.start for m in taken}
    for match in head.finditer(text):
        if match.start() in venues or any(m.start <= match.start() < m.end for m in taken):
            continue  # "Trung tâm Hội nghị tỉnh" is a venue
        if _PLURAL_BEFORE.search(text, max(0, match.start() - 8), match.start()):
            continue  # "các Viện Kiểm sát nhân dân khu vực": bodies of a kind, not one body
        if _HEAD_BEFORE.search(text, max(0, match.start() - 5), match.start()):
            continue  # "Hội Liên hiệp Phụ nữ": the head is a word inside a longer head
        apparatus = re.match(r"[Cc]ơ quan ", text[match.end() : match.end() + 8])
        follows = match.end() + (apparatus.end() if apparatus else 0)
        if follows in starts or head.match(text, follows):
            continue  # "Đảng ủy UBND tỉnh", "Đảng bộ Cơ quan Tạp chí X": a body follows, the units grammar composes
        end, words, previous, place_end, abroad = match.end(), 0, "", -1, False
        known = _unit_names().match_prefix(text[match.start() : match.start() + 160])
        # a standard unit's name, read whole ("Phòng Cảnh sát điều tra tội phạm về ma túy"); then perhaps its parent
        at = match.start() + known.end if known else match.end()
        if known:  # the standard name counts as one word of the body's name
            end, words = at, 1
        for word in re.finditer(r"[^\W_]+(?:[&'.-][^\W_]+)*", text[match.end() : at + 120]):
            if match.end() + word.start() < at:
                continue  # inside the standard unit's name
            gap = text[end : match.end() + word.start()]
            token = word.group()
            if words and _FIELD_DASH.fullmatch(gap) and match.end() + word.start() not in starts \
                    and _second_field(text, match.end() + word.start(), head, family):
                gap = ""  # "Vụ Báo chí - Xuất bản", "Phòng Tài chính - Kế hoạch": two fields make one unit's name
            if gap.strip() or "\n" in gap or words >= 10:
                break
            glued = glued_stop(text, match.end() + word.start(), match.end() + word.end())
            if glued:  # "Tổng cục Đường bộ Việt Nam.Tại Quyết định ...": the sentence ends at the dot
                end, words = glued - 1, words + 1
                break
            if token[:1].isupper() and place_end <= end:
                place = match_place_at(text, match.end() + word.start())
                said = text[match.end() + word.start() : place[0]] if place is not None else ""
                if place is not None and (" " in said or (place[1].kind == "country" and len(said) > 4)):
                    # a place of two words or more ("Thái Nguyên"), not "Bình"; a country not spelled like a
                    # syllable of a Vietnamese name ("Belarus", not "Nga" in "Nga Phú")
                    place_end = place[0]
                    abroad = place[1].kind == "country" and place[1].name != "Việt Nam"
            nxt = re.match(r"\s*([^\W_]+)", text[match.end() + word.end() :])
            following = nxt.group(1) if nxt else ""
            two = f"{token} {following}".lower()
            if words and token[:1].islower() and token != "và" and end == place_end \
                    and not _qualifier_then_name().match(text, match.end() + word.start()):
                break  # "Bệnh viện C Thái Nguyên hiện được giao ...": lowercase words after the place move on
            if token == "và" and following[:1].islower():
                after = match.end() + word.end() + 1
                if previous[:1].isupper() or honorifics().match_prefix(text[after : after + 20]):
                    # "Đảng ủy Than Quảng Ninh và lãnh đạo công ty": the name ended with its place;
                    # "Công đoàn Cơ quan Tổng công ty và ông A": a person follows
                    break
                end, words = match.end() + word.end(), words + 1  # "Nghiên cứu và ứng dụng ..."
                previous = token
                continue
            if token == "và" and following[:1].isupper():
                at = match.end() + word.end() + 1
                person = following in family and _NAME_GOES_ON.match(text, at + len(following))
                if at not in starts and not head.match(text, at) and match_place_at(text, at) is None \
                        and not person and honorifics().match_prefix(text[at : at + 20]) is None:
                    end, words = match.end() + word.end(), words + 1  # "Dự án Nông nghiệp và Phát triển nông thôn"
                    previous = token
                    continue
            if words and two in name_words():  # "Vụ Thị trường trong nước": a compound of the name
                at = match.end() + word.end() + 1 + len(following)
                end, words, previous = at, words + 2, following
                continue
            if words and (token.lower() in stops or two in stops):
                break
            if token[:1].islower() and match.group().strip() in _proper_named_heads():
                break  # "Trường Tiểu học Nguyễn Siêu đón ...": a school's name is a proper name
            if words and abroad and end == place_end and token[:1].isupper() \
                    and match_place_at(text, match.end() + word.start()) is None:
                break  # "Viện Đại biểu Quốc hội Belarus Vladimir Andreichenko": a foreign name after the country
            if words and token in family and following[:1].isupper() \
                    and match_place_at(text, match.end() + word.start()) is None \
                    and not _TWO_WORDS_THEN_STOP.match(text, match.end() + word.start()):
                # a person's name follows the body's ("... Việt Nam Trần Anh Tuấn"), not a place ("tỉnh Hà Tĩnh");
                # two capitalized words and a stop end the body's own name ("Công ty Than Cao Sơn;")
                break
            end, words = match.end() + word.end(), words + 1
            previous = token
        if words:
            remit = _REMIT_LIST.match(text, end) if " về " in text[match.start() : end] else None
            if remit:  # "Ban Chỉ đạo Trung ương về hoàn thiện thể chế, pháp luật do ...": a remit listed on
                end = remit.end(1)
            name = re.sub(r"(?: và| của| với)+$", "", text[match.start() : end])  # "Vụ Pháp chế và các đơn vị"
            name = _trailing_admin_word().sub("", name)  # an admin word cut from its place
            if not known or not re.fullmatch(r"(?:\s+\d{1,3})?", name[known.end :]):  # "... thủy lợi 4": a numbered one
                name = trim_clause_tail(name, text[match.start() + len(name) : match.start() + len(name) + 40])
            end = match.start() + len(name)
            dash = _PAIR_DASH.match(text, end)
            other = match_place_at(text, dash.end()) if dash else None
            if other is not None and other[1].kind == "country" and _ends_with_country(name):
                # "Nhóm Nghị sĩ hữu nghị Chile - Việt Nam", "Hội hữu nghị Việt Nam- Canada": the pair of countries
                end, name = other[0], f"{name} - {text[dash.end() : other[0]]}"
            name = _spaced_pair(name)
            group = _GROUP_SUFFIX.match(text, end)
            if group and not name.endswith((" và", " của")):  # "Công ty cổ phần Hoa tiêu Hàng hải – TKV"
                end, name = group.end(), name + group.group()
            out.append(Mention(match.start(), end, "Organization", name, "named_bodies", {}))
    return out


# "Ban Chỉ đạo của Chính phủ về phát triển khoa học, công nghệ, ... và Đề án 06", "Ban Chỉ đạo quốc gia về ...",
# "Ban Chỉ đạo liên ngành Trung ương về ...": a steering committee is named by whose it is (a body, or words
# such as "quốc gia") and its remit, up to where the clause moves on; a remit may also open with what is
# steered: "Ban Chỉ đạo các công trình, dự án ...", "Ban Chỉ đạo của Chính phủ tổng kết việc thực hiện ..."
# owners a shorter mention leaves out ("Ban Chỉ đạo Dự án X" for "Ban Chỉ đạo Nhà nước Dự án X")
_OWNER_WORDS = re.compile(r"(?:(?:Nhà nước|cấp quốc gia|quốc gia|Trung ương|trung ương|liên ngành) )+")
_STEERING_OWNER = (r"(?:(?:của )?(?:Chính phủ|Bộ Chính trị|Ban Bí thư|Quốc hội|Thủ tướng Chính phủ) "
                   r"|(?:(?:liên ngành|Trung ương|trung ương|quốc gia|Nhà nước) )+)")
@lru_cache(maxsize=None)
def _steering() -> re.Pattern[str]:
    """"Ban Chỉ đạo" and its owner, then "về" or a word that opens its remit (``steering_remits.txt``)."""
    remits = "|".join(re.escape(w) for w in sorted(read_lines("steering_remits.txt"), key=len, reverse=True))
    return re.compile(with_first_letters(rf"(?<![\w])Ban [Cc]hỉ đạo (?P<owner>{_STEERING_OWNER}?về (?=[^\W\d_])"
                                         rf"|{_STEERING_OWNER}?(?=(?:{remits})\s))"))
@lru_cache(maxsize=None)
def _organizing() -> re.Pattern[str]:
    """"Ban Tổ chức", perhaps "cấp quốc gia", then a word that opens its remit (``organizing_remits.txt``): an
    organizing committee named by what it organizes."""
    remits = "|".join(re.escape(w) for w in sorted(read_lines("organizing_remits.txt"), key=len, reverse=True))
    return re.compile(with_first_letters(rf"(?<![\w])Ban [Tt]ổ chức (?P<owner>(?:cấp quốc gia |quốc gia )?)(?=(?:{remits})\s)"))


_STEERING_PARENT = re.compile(r"(?:của )?(Chính phủ|Quốc hội) ")
_REMIT_END = re.compile(rf"\.(?!\w)|[;:()\n\"“”]|,\s*(?={UPPER}[^\W\d_]*\s+(?!và\b)[^\W\d_]*[a-zđ])|\svà\s+(?=Ban\s)"
                        r"|\s(?:do|đã|được|sẽ|có|là|họp|tổ chức|chủ trì|phát biểu|tại|cho|vừa|tiến hành|quyết định)(?!\w)"
                        r"|,\s*(?:thành phần|gồm|bao gồm|đồng chí|ông|bà)\s"
                        r"|\s(?:ngày|sáng|chiều|tối|hôm)\s+(?:\d|nay|qua)")


def _steering_committees(doc: Document, base: list[Mention]) -> list[Mention]:
    """Steering committees named by whose they are and their remit; part of the Government or Assembly
    whose committee they are (the body found at that place: ``inner_span``)."""
    text = doc.search_text
    out = []
    owned: dict[str, str] = {}  # a committee's name without its owner word -> its full name
    known = {m.start for m in base}
    for match in [*_steering().finditer(text), *_organizing().finditer(text)]:
        if match.start() in known:
            continue  # "Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, lãng phí, tiêu cực": a body the gazetteer names
        stop = _REMIT_END.search(text, match.end())
        end = stop.start() if stop else len(text)
        # "... 18-NQ/TW (Ban Chỉ đạo)", "... cấp tỉnh, cấp xã và <a clause>": no dangling comma or "và"
        end = match.start() + len(re.sub(r"(?:[ ,]|\svà)+$", "", text[match.start() : end]))
        if not 1 <= len(text[match.end() : end].split()) <= 25:
            continue
        attrs = {}
        owner = _STEERING_PARENT.match(text, match.start("owner"))
        parent = [m for m in base if owner and (m.start, m.end) == owner.span(1)]
        if parent and parent[0].name in ("Chính phủ", "Quốc hội"):
            attrs = {"part_of": parent[0].name, "inner_span": (parent[0].start, parent[0].end)}
        out.append(Mention(match.start(), end, "Organization", text[match.start() : end], "named_bodies", attrs))
        if match.group("owner") and _OWNER_WORDS.fullmatch(match.group("owner")):
            short = text[match.start() : match.start("owner")] + text[match.end("owner") : end]
            owned[short.casefold()] = out[-1].name
    for mention in out:  # "Ban chỉ đạo Dự án X" after "Ban Chỉ đạo Nhà nước Dự án X": the same committee
        mention.name = owned.get(mention.name.casefold(), mention.name)
    for head, bare_form in (("Ban Chỉ đạo", _BARE_STEERING), ("Ban Tổ chức", _BARE_ORGANIZING)):
        named = [m for m in out if m.name.casefold().startswith(head.casefold())]
        if len({m.name.casefold() for m in named}) == 1:
            # "Phó Trưởng ban thường trực Ban Chỉ đạo", "Các Ủy viên Ban Tổ chức gồm": the one committee of that
            # kind the article names in full
            for bare in bare_form.finditer(text):
                if not any(m.start <= bare.start() < m.end for m in out + base):
                    out.append(Mention(bare.start(), bare.end(), "Organization", named[0].name, "named_bodies", {}))
    return out


# "Tổ công tác giúp việc cho Ban Chỉ đạo ...", "Tổ Biên tập giúp việc Ban Chỉ đạo ...": a working group is named
# by the body it works for
_HELPING_GROUP = re.compile(with_first_letters(r"(?<![\w])(?:Tổ|Nhóm)(?: (?:[Cc]ông tác|[Bb]iên tập|[Tt]hư ký|[Cc]huyên gia|liên ngành))*"
                                               r" giúp việc(?: cho)? "))


def _helping_groups(doc: Document, bodies: list[Mention]) -> list[Mention]:
    """Working groups named by "giúp việc (cho)" and the body they work for: one name up to that body's end."""
    text = doc.search_text
    starts = {}
    for body in bodies:
        if body.end - body.start > starts.get(body.start, (0, 0))[1] - starts.get(body.start, (0, 0))[0]:
            starts[body.start] = (body.start, body.end)
    out = []
    for group in _HELPING_GROUP.finditer(text):
        served = starts.get(group.end())
        if served is not None:
            out.append(Mention(group.start(), served[1], "Organization", text[group.start() : served[1]],
                               "named_bodies", {}))
    return out


# "Ban Chỉ đạo" alone, not opening another one's name ("Ban Chỉ đạo tỉnh", "Ban Chỉ đạo 35 của ...")
@lru_cache(maxsize=None)
def _formation() -> re.Pattern[str]:
    heads = read_lines("military_unit_heads.txt")
    arms = read_lines("military_branches.txt")  # "Lữ đoàn Công binh 219": the arm between head and number
    return re.compile(rf"{first_letters(heads)}(?<![\w])(?:{alternation(heads)})(?: (?:{alternation(arms)}))? \d{{1,4}}"
                      rf"(?![\w/.,]\w)")


def _numbered_formations(doc: Document) -> list[Mention]:
    """Military formations named by a number (``military_unit_heads.txt``), perhaps with their arm
    (``military_branches.txt``): "Sư đoàn 330", "Lữ đoàn 147", "Lữ đoàn Công binh 219"."""
    return [Mention(m.start(), m.end(), "Organization", m.group(), "named_bodies", {})
            for m in _formation().finditer(doc.search_text)]


# "Ban Tổ chức" alone: not "Ban Tổ chức Trung ương", "Ban Tổ chức Tỉnh ủy", nor one named by its remit
_BARE_ORGANIZING = re.compile(with_first_letters(rf"(?<![\w])Ban [Tt]ổ chức(?![\w])(?!\s+(?:cấp|quốc gia|{UPPER}|\d))"))
_BARE_STEERING = re.compile(with_first_letters(rf"(?<![\w])Ban [Cc]hỉ đạo(?: Trung ương)?(?![\w])"
                                               rf"(?!\s+(?:về|của|liên ngành|quốc gia|Nhà nước|\d|{UPPER}))"))


@lru_cache(maxsize=None)
def _enterprise_head() -> re.Pattern[str]:
    heads = "|".join(re.escape(h) for h in sorted(read_lines("enterprise_heads.txt"), key=len, reverse=True))
    return re.compile(rf"(?:{heads}) (?={UPPER})")


def _enterprise_short_forms(doc: Document, bodies: list[Mention]) -> list[Mention]:
    """"Tổng công ty Tân Cảng Sài Gòn", then "người lính Tân Cảng Sài Gòn": an enterprise named without its
    head later in the article. Its words are a name, not a place ("Sài Gòn")."""
    text = doc.search_text
    out = []
    taken = SpanIndex(bodies)
    for body in bodies:
        head = _enterprise_head().match(text, body.start)
        if head is None or body.source not in ("bodies", "named_bodies"):
            continue
        short = text[head.end() : body.end]
        if len(short.split()) < 2 or not all(w[:1].isupper() for w in short.split()):
            continue
        for found in re.finditer(rf"(?<![\w]){re.escape(short)}(?![\w])", text):
            if not taken.overlapping(found.start(), found.end()):
                out.append(Mention(found.start(), found.end(), "Organization", body.name, "named_bodies",
                                   {"surface_forms": [short]}))
    return out


def _recognize(doc: Document, defaults: dict[str, str]) -> None:
    base = _longest_first(_central_bodies(doc) + _foreign_bodies(doc) + _diplomatic_missions(doc) + local_bodies(doc, defaults)
                          + _ministries_by_field(doc) + _national_associations(doc))
    base += [m for m in village_bodies(doc, base) if not any(b.start < m.end and m.start < b.end for b in base)]
    base += [m for m in _numbered_formations(doc) if not any(b.start < m.end and m.start < b.end for b in base)]
    steering = _steering_committees(doc, base)
    base += _named_bodies(doc, base + steering)
    base += [m for m in _standard_units(doc) if not any(b.start < m.end and m.start < b.end for b in base + steering)]
    steering += _helping_groups(doc, base + steering)
    base += _enterprise_short_forms(doc, base)
    base += [m for m in numbered_delegations(doc, base) if not any(b.start < m.end and m.start < b.end for b in base)]
    units = compose_units(doc, base) + _regional_units(doc, base)
    mentions = base + steering + units
    bare = bare_units(doc, mentions)
    mentions += bare + compose_units(doc, bare)  # "Ban Thường vụ" + a bare "Đảng ủy" read from context
    _with_terms(doc, mentions)
    taken = mentions + [m for m in doc.mentions if m.type != "Location"]
    mentions += _named_once(doc, _PARTY, PARTY, taken)
    mentions += _association_by_its_head(doc, mentions)
    _short_names(doc, mentions)
    doc.mentions.extend(m for m in mentions if not _EVERY_LEVEL.match(doc.search_text, m.end))
    doc.mentions.extend(_headquarters(doc, mentions))


# a bare "Hội" after a post in it ("Phó Chủ tịch Hội gồm các ông: ...", "Chủ tịch Hội Nguyễn Văn A"), not a name's
# first word ("Hội Nông dân") nor "Hội đồng", "Hội nghị"
_BARE_ASSOCIATION = re.compile(
    rf"(?:Chủ tịch|Tổng [Tt]hư ký|Ủy viên|Trưởng ban) (Hội)(?![\w])(?!\s+(?:đồng|nghị|thảo|{UPPER}[\w]*\s+{LOWER}))")


def _association_by_its_head(doc: Document, bodies: list[Mention]) -> list[Mention]:
    """A bare "Hội" after a post is the one association the article names in full ("Hội Truyền thông số Việt Nam")."""
    named = {m.name for m in bodies if m.name.startswith("Hội ") and not m.name.startswith(("Hội đồng", "Hội nghị"))}
    if len(named) != 1:
        return []
    name = named.pop()
    return [Mention(bare.start(1), bare.end(1), "Organization", name, "named_bodies", {})
            for bare in _BARE_ASSOCIATION.finditer(doc.search_text)
            if not any(m.start <= bare.start(1) < m.end for m in bodies)]


_HEADQUARTERS = re.compile(r"(?<![\w])Trụ sở $")


def _headquarters(doc: Document, bodies: list[Mention]) -> list[Mention]:
    """"tại Trụ sở Ban Đối ngoại Trung ương": a body's headquarters, capitalized, is a venue named after it."""
    text = doc.search_text
    venues = {m.start for m in doc.mentions if m.type == "Location"}
    out = []
    for body in sorted(bodies, key=lambda m: m.end - m.start, reverse=True):
        start = body.start - len("Trụ sở ")
        if start >= 0 and start not in venues and _HEADQUARTERS.match(text, start, body.start):
            venues.add(start)
            out.append(Mention(start, body.end, "Location", f"Trụ sở {text[body.start : body.end]}", "places",
                               {"kind": "venue", "headquarters": True}))
    return out


# "Ủy ban Mặt trận Tổ quốc Việt Nam cấp tỉnh", "Hội Liên hiệp Phụ nữ các cấp": the kind of body at a level, no one body
_EVERY_LEVEL = re.compile(r"\s+(?:cấp (?:tỉnh|huyện|xã|cơ sở|trung ương|Trung ương)|các cấp|cùng cấp)(?![\w])")


_SHORT_NAME = re.compile(r"\s*\((?:gọi tắt là|viết tắt là|sau đây gọi tắt là|sau đây gọi là|gọi tắt)\s*:?\s*([^()\n]{2,60})\)")


def _short_names(doc: Document, mentions: list[Mention]) -> None:
    """"Vụ Địa bàn I (gọi tắt là Vụ I)": every mention of the short name is the body of the full one."""
    text = doc.search_text
    short: dict[str, str] = {}
    for mention in mentions:
        match = _SHORT_NAME.match(text, mention.end)
        if match:
            name = match.group(1).strip(" .,;\"'")
            short[name] = mention.name
            mention.attrs.setdefault("surface_forms", []).append(name)
    if not short:
        return
    for mention in mentions:
        full = short.get(text[mention.start : mention.end])
        if full and full != mention.name:
            mention.attrs.setdefault("surface_forms", []).append(mention.name)
            mention.name = full
            mention.attrs.pop("part_of", None)  # the full name's own structure stands
