"""Posts (``holds_position``): titles, the bodies they name, and the people who hold them.

Title chains before a name ("Ủy viên Bộ Chính trị, Thủ tướng Chính phủ Phạm
Minh Chính"), after it in apposition or brackets ("Lê Kim Toàn, Phó Bí thư
Thường trực Tỉnh ủy"), a plural title distributed over a list ("các Ủy viên
Bộ Chính trị: A, B"), and appointments ("được bầu giữ chức ..."). A title
names its body, or implies it ("Tổng Bí thư" -> Ban Chấp hành Trung ương
Đảng, from ``titles.tsv``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from kgraph.document import Mention, Relation, Sentence
from kgraph.gazetteer import (
    Title,
    admin_words,
    body_by_name,
    foreign_implied_body,
    lowercase_titles,
    party_organization_heads,
    surnames,
    titles,
)
from kgraph.normalize import UPPER, search_form
from kgraph.recognize.party_grammar import NUMBER, ROMAN, TENURE, TERM_WORD
from kgraph.recognize.phrases import alternation, with_first_letters
from kgraph.relations.context import RelationContext
from kgraph.resources import read_lines, read_tsv

__all__ = ["positions", "roster_lines", "most_specific_roles", "deputies_by_delegation"]

# ", nguyên Bộ trưởng ...": a former post goes on the chain too (the post reads "nguyên" itself)
_LIST_SEP = re.compile(r"^(?:\s*,\s*(?:(?:nguyên|cựu)\s+)?|\s+kiêm\s+|\s*,\s*kiêm\s+|\s+và\s+|\s+-\s+|\s+là\s+)$")




# ("bà Lê Thị Cẩm Lệ-Phó chủ tịch UBND phường X": a hyphen alone too)
_APPOSITION = re.compile(r"\s*(?:[,(]|\s-|-(?=\s)|-)\s*(?:\d{1,3}\s+tuổi\s*[,;]\s*)?(?:(?:nguyên|cựu)\s+)?")


_DECISION_ABOUT = re.compile(r"(?<![\w])(?:[Qq]uyết định|việc) (?:bổ nhiệm|chuẩn y|điều động|miễn nhiệm|công nhận)(?: [^\W\d_]+){0,3} $")
_ACTING = re.compile(r"(?<![\w])[Qq]uyền $")
_FORMER = re.compile(r"(?:nguyên|Nguyên|cựu|Cựu|từng là|từng giữ|trước đó là)\s*$")


@dataclass
class _Post:
    start: int
    end: int
    role: str
    body: str | None  # entity id; None for a title whose body could not be read
    former: bool = False
    implied: str | None = None  # the name of a body the title implies, made an entity only once someone holds it
    field_only: bool = False  # the body named by its field alone ("Bộ trưởng Quốc phòng")

    def body_id(self, ctx: RelationContext, person: Mention | None = None) -> str | None:
        if self.field_only and person is not None and not _vietnamese(person.name):
            return None  # "cựu Bộ trưởng Quốc phòng Shigeru Ishiba": another country's ministry, unnamed
        if self.body is None and self.implied:
            if person is not None and (not _vietnamese(person.name) or _named_with_a_country(ctx, person)):
                # "Thủ tướng Dmitry Medvedev", "Thủ tướng Lý Cường": another country's government, named when
                # the article gives the country ("Thủ tướng Campuchia Hun Manet": Chính phủ Campuchia)
                country = _country_of(ctx, person)
                foreign = foreign_implied_body(self.implied, country, self.role) if country else None
                if foreign is None:
                    return None
                self.body = ctx.body_named(foreign).id
                return self.body
            self.body = ctx.body_named(self.implied).id
        return self.body


def _posts(ctx: RelationContext, sentence: Sentence) -> list[_Post]:
    """Every title in the sentence with the body it names."""
    text = ctx.text
    orgs = ctx.mentions_in(sentence, "Organization")
    places = ctx.mentions_in(sentence, "Location")
    posts = []
    segment = text[sentence.start : sentence.end]
    persons = ctx.mentions_in(sentence, "Person")
    for match in _title_matches(segment, {m.start - sentence.start: m.end - sentence.start for m in orgs},
                                {m.end - sentence.start for m in persons}, {m.start - sentence.start for m in persons}):
        start, end = sentence.start + match.start, sentence.start + match.end
        title: Title = match.payload
        if any(m.start < start < m.end or m.start < end < m.end for m in orgs if m.start < start):
            continue  # a word inside a body's name ("Ban Bí thư")
        if any(m.start < start < m.end for m in places):
            continue  # a word inside a venue's name ("tại Phủ Chủ tịch, Chủ tịch nước A")
        if _PRESIDIUM.search(text, max(sentence.start, start - 6), start):
            continue  # "thường trực Đoàn Chủ tịch, gồm: ...": the presidium, whoever is named in it
        if _DECISION_ABOUT.search(text, max(sentence.start, start - 24), start) \
                and not _introduces_people(ctx, sentence, end) and not _given_to(ctx, sentence, orgs, end):
            continue  # "công bố quyết định bổ nhiệm Giám đốc Công ty X": the post a decision fills, no one's yet
        role = title.role
        acting = _ACTING.search(text, max(sentence.start, start - 8), start)
        if acting:  # "Quyền Giám đốc Sở Xây dựng": an acting post is a post of its own ("Quyền Giám đốc")
            start, role = acting.start(), f"Quyền {role}"
        # "Trưởng ban" + "Ban Tổ chức ...": the title's last word opens the body's name
        shared = [m for m in orgs if start < m.start < end < m.end]
        if shared:
            end = shared[0].start  # the lexicon's role stands ("Trưởng ban", "Phó Chánh Văn phòng")
        following = [m for m in orgs if m.start >= end and not text[end : m.start].strip()] or \
            [m for m in orgs if m.start >= end and _TENURE_OF.fullmatch(text, end, m.start)]
        body = max(following, key=lambda m: m.end - m.start) if following else None
        if title.absorbs_head:
            if body is None:
                continue
            named = text[body.start : body.end].lower() + " "
            head = next((h for h in title.absorbs_head.split("|") if named.startswith(h.lower() + " ")), None)
            if head is None:
                continue
            role = re.sub(r"\bban$", head, role)  # "Trưởng ban", "Trưởng đoàn", "Trưởng Công an"
        if body is not None and body.attrs.get("prefix") == "Thường trực" and not title.implied_body:
            inner = [m for m in orgs if m.start == body.attrs.get("inner_start")]
            if inner:
                role, body = f"{role} Thường trực", inner[0]
        unit = _unit_after(ctx, places, role, end) if body is None else None
        if body is not None:
            entity_id, post_end = body.entity, body.end
        elif unit is not None:
            # "Chủ tịch xã Yên Thổ Hà Văn Quảng", "Bí thư huyện Quỳnh Lưu": the unit's People's Committee or
            # Party committee, made an entity once someone holds the post
            posts.append(_Post(start, unit[1], role, None, bool(_FORMER.search(text[max(sentence.start, start - 12) : start])),
                               implied=unit[0]))
            continue
        elif title.implied_body and ctx.implied(title.implied_body, start):
            # "Tổng Bí thư" names Ban Chấp hành Trung ương Đảng, once someone holds the post
            posts.append(_Post(start, end, role, None, bool(_FORMER.search(text[max(sentence.start, start - 12) : start])),
                               implied=ctx.implied(title.implied_body, start)))
            continue
        elif _introduces_people(ctx, sentence, end) and _context_body(ctx, sentence, start, role):
            # "Thường trực Thành ủy hiện có Bí thư A cùng 4 Phó Bí thư gồm: B, C": the sentence's body
            entity_id, post_end = _context_body(ctx, sentence, start, role), end
        elif _elected_to_last_body(ctx, sentence, start):
            # "... bầu ra Ban Chấp hành Công đoàn tỉnh X. Ông A được bầu làm Chủ tịch": the body just elected
            entity_id, post_end = _elected_to_last_body(ctx, sentence, start), end
        elif _headed_body(ctx, sentence, orgs, start, role):
            # "Ban Chỉ đạo Trung ương ... do đồng chí Tô Lâm làm Trưởng ban": the body the person heads
            entity_id, post_end = _headed_body(ctx, sentence, orgs, start, role), end
        elif roster := _roster_body(ctx, sentence, orgs, start, end, role):
            # "... của Đảng ủy Cục X và các ông: A, Bí thư Đảng ủy, Cục trưởng; B, ...": the body the roster is of
            entity_id, post_end = roster
        elif (_IS_THEN.match(text, end) or _IS_THEN.match(text, _past_parens(text, end))
              or (_MADE.search(text, max(sentence.start, start - 16), start) and _stands_alone(ctx, sentence, end))) \
                and (named := _body_named_before(ctx, sentence, role)):
            # "Trưởng Ban là Phó Thủ tướng A", "Phó Trưởng ban là Bộ trưởng B": a post of the body the article
            # has just named, given to whom "là" names; or to whom it is given: "Thứ trưởng B làm Tổ phó."
            entity_id, post_end = named, end
        elif (again := _BODY_NAMED_AGAIN.match(text, end)) \
                and (named := _body_named_before(ctx, sentence, role, (again.group(1).capitalize() + " ",),
                                                 start, any_role=True)):
            # "Thủ tướng A - phó chủ tịch hội đồng; ... ủy viên hội đồng" after the article names the council
            entity_id, post_end = named, again.end(1)
        elif role in _MINISTERS and text[start].islower() and _stands_alone(ctx, sentence, end) \
                and (named := _body_named_before(ctx, sentence, role, ("Bộ ",))) \
                and ctx.doc.entity(named).attrs.get("category") == "ministry":
            # "Lê Đình Thọ - ủy viên Ban cán sự đảng, thứ trưởng;" after the article names the ministry
            entity_id, post_end = named, end
        elif head := _head_listed_before(text, posts, start, role):
            # "A làm Trưởng Ban Chỉ đạo; B làm Phó Trưởng ban Thường trực": a deputy of the head just named
            entity_id, post_end = head.body, end
        elif ctx.headline_body and _stands_alone(ctx, sentence, end) and _fits(role, ctx.headline_name):
            # "Nguyễn Văn A, Giám đốc phát biểu" in an article whose headline names the hospital
            entity_id, post_end = ctx.headline_body, end
        elif role.removesuffix(" Thường trực") in _MINISTERS and text[start].isupper() \
                and (ministry := _sole_ministry(ctx)) \
                and _introduces_people(ctx, sentence, end):
            # "Thứ trưởng Hồ Anh Tuấn chủ trì" in an article that names one ministry: its deputy minister (a
            # foreign holder is left alone, as for any implied body)
            posts.append(_Post(start, end, role, None, bool(_FORMER.search(text[max(sentence.start, start - 12) : start])),
                               implied=ministry))
            continue
        else:
            # unread title ("Phó Bí thư Thường trực Đảng ủy,"): keeps a chain together, names no post
            comma = re.search(r"[,;.]", text[end : min(sentence.end, end + 40)])
            stop = end + comma.start() if comma else end
            # ... but not over the name right after it ("Bộ trưởng Phạm Bình Minh, Ủy viên Trung ương Đảng")
            named = any(end <= p.start < stop for p in persons)
            entity_id, post_end = None, end if named else stop
        former = bool(_FORMER.search(text[max(sentence.start, start - 12) : start]))
        # "Bộ trưởng Quốc phòng X": a ministry named by its field alone is Vietnam's only for a Vietnamese name
        field_only = body is not None and body.entity is not None and not text.startswith("Bộ ", body.start) \
            and body.attrs.get("category") == "ministry"
        posts.append(_Post(start, post_end, role, entity_id, former, field_only=field_only))
    return posts + _shared_membership(text, orgs, posts)


@lru_cache(maxsize=None)
def _unit_posts() -> dict[tuple[str, str], str]:
    """(role, unit word) -> the body's name pattern, from ``unit_posts.tsv``."""
    return {(row["role"], unit): row["body"] for row in read_tsv("unit_posts.tsv") for unit in row["units"].split("|")}


@lru_cache(maxsize=None)
def _unit_word() -> re.Pattern[str]:
    """An administrative unit's word as written (``admin_words.tsv``: "xã", "TP.", "Thị xã") opening a place."""
    words = sorted(admin_words(), key=len, reverse=True)
    return re.compile(rf"(?P<unit>{'|'.join(re.escape(w) for w in words)})\s*(?<=[\s.])")


def _unit_after(ctx: RelationContext, places: list[Mention], role: str, end: int) -> tuple[str, int] | None:
    """The body a post names by the administrative unit right after it ("Chủ tịch xã Yên Thổ": Ủy ban nhân
    dân xã Yên Thổ), and where that unit's name ends."""
    place = next((m for m in places if m.start == end + 1 and m.entity and ctx.text[end] == " "), None)
    written = _unit_word().match(ctx.text, place.start, place.end) if place else None
    if written is None:
        return None
    unit = admin_words()[written["unit"]][1]  # "TP." -> "thành phố"
    pattern = _unit_posts().get((role, unit))
    if pattern is None:
        return None
    name = ctx.doc.entity(place.entity).name
    if name.casefold().startswith(unit + " "):  # "Thành phố Hồ Chí Minh": the unit's word is in its name
        pattern = pattern.replace("{unit} {name}", "{name}")
    return pattern.format(unit=unit, name=name), place.end


# "được bầu làm Chủ tịch nhiệm kỳ 2013-2018 của Hội X": the tenure, then the body the post is of
_TENURE_OF = re.compile(rf"{TENURE}\s+của\s+")
_PRESIDIUM = re.compile(r"(?<![\w])Đoàn\s+$")
_GIVEN = re.compile(r"(?<![\w])(?:làm|giữ chức(?: vụ)?)\s+$")


def _head_listed_before(text: str, posts: list[_Post], start: int, role: str) -> _Post | None:
    """The post a list of appointments gave just before, whose deputy ``role`` is: "A làm Trưởng Ban Chỉ đạo;
    B làm Phó Trưởng ban Thường trực" ("Trưởng ban" for "Phó Trưởng ban Thường trực")."""
    if not role.startswith("Phó ") or not _GIVEN.search(text, max(0, start - 16), start):
        return None
    head = role[len("Phó ") :].removesuffix(" Thường trực").casefold()
    return next((p for p in reversed(posts) if p.body and p.role.casefold() == head and ";" in text[p.end : start]
                 and _GIVEN.search(text, max(0, p.start - 16), p.start)), None)


def _shared_membership(text: str, orgs: list[Mention], posts: list[_Post]) -> list[_Post]:
    """"Ủy viên Ban Chấp hành, Ban Thường vụ Tỉnh ủy": the bodies listed after a member's post share it."""
    out: list[_Post] = []
    for post in posts:
        if post.body is None or post.role not in ("Ủy viên", "Ủy viên dự khuyết"):
            continue
        end = post.end
        while True:
            listed = [m for m in orgs if m.start > end and _MEMBER_LIST.fullmatch(text, end, m.start)]
            if not listed or any(p.start <= listed[0].start < p.end for p in posts):
                break
            body = min(listed, key=lambda m: (m.start, -(m.end - m.start)))
            out.append(_Post(body.start, body.end, post.role, body.entity, post.former))
            end = body.end
    return out


_MEMBER_LIST = re.compile(r"\s*(?:,|,?\s*và)\s*")


def _title_matches(segment: str, bodies: dict[int, int], person_ends: set[int], person_starts: set[int]) -> list:
    """The titles of a sentence. One written in lower case counts only right before a body it names and
    right after a name or another post ("đại tá A (phó giám đốc Công an tỉnh Bắc Ninh)", "ông B, chủ
    tịch UBND tỉnh, ..."), or with a name right after that body ("người phát ngôn Bộ Ngoại giao A"),
    where no reading but a post is left. ``bodies`` maps each body's start to its end, ``person_ends``
    and ``person_starts`` are where names end and start (offsets in ``segment``)."""
    found = list(titles().finditer(segment))
    # a title inside a body's name ("Bí thư" of "Ban Bí thư") takes no room from a lowercase title around it
    taken = [(m.start, m.end) for m in found if not any(s <= m.start and m.end <= e for s, e in bodies.items())]
    anchors = set(person_ends) | {bodies.get(m.end + 1, m.end) for m in found}
    for match in lowercase_titles().finditer(segment):
        title: Title = match.payload
        body_end = bodies.get(match.end + 1)
        if body_end is None:  # "trưởng Ban Tổ chức ...": the body opens with the title's last word
            body_end = next((e for s, e in bodies.items() if match.start < s < match.end), None)
        # "ông A - ủy viên Bộ Chính trị, bí thư Trung ương Đảng, ...": a title that names its body itself
        implied = bool(title.implied_body) and re.match(r"\s*(?:[,;)]|\s-\s|$)", segment[match.end : match.end + 3])
        # "các phó chủ tịch: A, B", "X có bốn phó chủ tịch, gồm các ông A, B": a plural post listing its holders
        listed = bool(_PLURAL_HEAD.search(segment, max(0, match.start - 24), match.start))
        # "Lê Đình Thọ - thứ trưởng;": a minister's title alone, its ministry read from what the article named
        minister = title.role in _MINISTERS and bool(re.match(r"\s*(?:[,;.]|$)", segment[match.end : match.end + 2]))
        # "Thủ tướng A - phó chủ tịch hội đồng": the kind of body the article has just named
        again = _BODY_NAMED_AGAIN.match(segment, match.end)
        if (body_end is None and not implied and not minister and again is None
                and not (listed and _LIST_OPENING.match(segment, match.end))) \
                or any(s < match.end and match.start < e for s, e in taken):
            continue
        gap = _APPOSITION_BACK.search(segment, max(0, match.start - 16), match.start)
        named_next = body_end is not None and body_end + 1 in person_starts and segment[body_end : body_end + 1] == " "
        made = _MADE.search(segment, max(0, match.start - 16), match.start)
        # "bổ nhiệm ông A làm bộ trưởng Bộ X", "ông B là phó bí thư Thành ủy Y": the person named right before
        made = made is not None and made.start() in person_ends
        if (gap is None or gap.start() not in anchors) and not named_next and not made \
                and not _APPOINTED_TO.search(segment, max(0, match.start - 16), match.start) \
                and not (listed and _LIST_OPENING.search(segment, match.end)):
            continue
        found.append(match)
        anchors.add(body_end if body_end is not None else again.end(1) if again else match.end)
    return sorted(found, key=lambda m: m.start)


# "bổ nhiệm giữ chức phó cục trưởng Cục X": the post an appointment gives, written in lower case
_APPOINTED_TO = re.compile(r"(?<![\w])(?:giữ chức(?: vụ)?|chức danh|bổ nhiệm|bầu làm|bầu giữ chức"
                           r"|(?:điều động|bổ nhiệm|chỉ định|phân công|giới thiệu|chuẩn y|bầu)\s+làm)\s+$")
_MADE = re.compile(r"\s+(?:làm|là|giữ chức(?: vụ)?)\s+$")
# "Các tỉnh ủy viên, phó chủ tịch UBND tỉnh: A, B": plural titles that head a list of people
_PLURAL_HEAD = re.compile(rf"(?<![\w])(?:[Cc]ác|có\s+{NUMBER})\s+$")  # "các phó chủ tịch:", "có bốn phó chủ tịch, gồm"
# what stands between a name (or a post) and a lowercase title after it: "A, ", "A (", "A - "
# "A, 58 tuổi, trưởng ban ...", "A, nguyên bộ trưởng ...": an age, or "former", may come between
_APPOSITION_BACK = re.compile(r"(?:\s*[,(]\s*(?:\d{1,3}\s+tuổi\s*,\s*)?|\s*-\s+)(?:(?:nguyên|cựu)\s+)?$")


_HEADED_BY = re.compile(r"\s+do\s+[^;.]{2,160}?\s+làm\s+$")


def _headed_body(ctx: RelationContext, sentence: Sentence, orgs: list[Mention], start: int, role: str) -> str | None:
    """"<body> do đồng chí A, ... làm <title>": the body before "do" that the title fits."""
    text = ctx.text
    for org in sorted((o for o in orgs if o.end <= start), key=lambda o: -o.end):
        if _HEADED_BY.fullmatch(text, org.end, start):
            return org.entity if _fits(role, ctx.doc.entity(org.entity).name) else None
    return None


# "... và các ông:", "gồm các đồng chí:": a roster of people opens, each with their posts
# the people a roster lists: "cán bộ", "đồng chí", "ông, bà"
_PEOPLE = r"(?:cán bộ|đồng chí|ông, bà|ông|bà)"
_ROSTER_OPENING = re.compile(rf"(?<![\w])(?:và\s+)?(?:gồm\s+)?các\s+{_PEOPLE}\s*:")


_BODY_HEAD_AGAIN = re.compile(rf" ({UPPER}\w*(?: \w+)?)(?=\s*(?:[,;.)]|$))")


def _roster_body(ctx: RelationContext, sentence: Sentence, orgs: list[Mention], start: int, end: int,
                 role: str) -> tuple[str, int] | None:
    """The body named right before a roster of people ("trách nhiệm của Đảng ủy Cục X nhiệm kỳ 2020-2025 và
    các ông: A, Bí thư Đảng ủy, Cục trưởng; ..."), for a bare title in that roster that fits it or the body
    its name contains (the Cục of "Đảng ủy Cục X" for "Cục trưởng"); the title may repeat the body's head
    ("Bí thư Đảng ủy"). The body and where the post ends."""
    text = ctx.text
    again = _BODY_HEAD_AGAIN.match(text, end, sentence.end)
    if not (_stands_alone(ctx, sentence, end) or again):
        return None
    openings = list(_ROSTER_OPENING.finditer(text, sentence.start, start))
    if not openings:
        return None
    opening = openings[-1]
    before = [o for o in orgs if o.end <= opening.start() and opening.start() - o.end <= 30
              and re.fullmatch(rf"{TENURE}?\s*(?:,\s*)?", text[o.end : opening.start()])]
    if not before:
        return None
    body = max(before, key=lambda o: (o.end, o.end - o.start))
    if again:
        if not body.entity or not ctx.doc.entity(body.entity).name.startswith(again.group(1)):
            return None
        return (body.entity, again.end()) if _fits(role, ctx.doc.entity(body.entity).name) else None
    inner = [m for m in ctx.mentions_within(body.start, body.end) if m.type == "Organization" and m.entity]
    for candidate in sorted(inner, key=lambda m: -(m.end - m.start)):
        if _fits(role, ctx.doc.entity(candidate.entity).name):
            return candidate.entity, end
    return None


def _fits(role: str, body: str) -> bool:
    """A Party post ("Phó Bí thư Thường trực") is held in a Party body only; a post named after its body's
    head ("Trưởng ban", "Cục trưởng") only in a body with that head."""
    head = _ROLE_HEAD.search(role)
    if head and not body.lower().startswith((head.group(1) or head.group(2) or head.group(3)).lower()):
        return False
    if body.casefold().startswith(party_organization_heads()) and not re.search(r"Bí thư|Ủy viên|Thường vụ", role):
        return False  # "Giám đốc" is no post of "Đảng ủy Cục X"
    own = _OWN_HEAD.match(body)
    if own and f"{own.group(1)} trưởng".casefold() not in role.casefold():
        return False  # a Cục is led by its Cục trưởng, not a "Giám đốc"
    if role.removeprefix("Quyền ") in _MINISTERS and not body.startswith("Bộ "):
        return False  # a (deputy) minister's post is in a ministry, whatever body the headline names
    if role.startswith("Đại sứ") and not body.startswith(("Đại sứ quán", "Phái đoàn")):
        return False
    return "Bí thư" not in role or "ủy" in body or body.startswith(("Đảng", "Chi bộ"))


_OWN_HEAD = re.compile(r"(Cục|Vụ|Viện|Tổng cục) ")  # bodies whose head's title names them: "Cục trưởng"
_ROLE_HEAD = re.compile(r"Trưởng (ban|đoàn)$|^(?:Phó )?(Cục|Vụ|Viện|Tổng cục|Tổ) trưởng|^(Tổ) phó$")


def _stands_alone(ctx: RelationContext, sentence: Sentence, end: int) -> bool:
    """A title that no body follows: punctuation, the sentence's end, or a verb comes next ("..., Giám đốc ôn lại")."""
    follow = ctx.text[end : sentence.end]
    if re.match(r"\s*(?:[,;.)\n]|$)", follow):
        return True
    nxt = re.match(r"\s+(\S+)", follow)
    return bool(nxt) and nxt.group(1)[:1].islower() and not any(
        m.start == end + nxt.start(1) for m in ctx.mentions_at(end + nxt.start(1)))


def _named_with_a_country(ctx: RelationContext, person: Mention) -> bool:
    """Whether the article names this person after a foreign country anywhere ("Thủ tướng Trung Quốc Lý
    Cường"): their bare title elsewhere ("Thủ tướng Lý Cường") is not a post in Vietnam's bodies."""
    return _country_of(ctx, person) is not None


def _country_of(ctx: RelationContext, person: Mention) -> str | None:
    """The foreign country the article names this person after, anywhere ("Thủ tướng Trung Quốc Lý Cường")."""
    for mention in ctx.doc.mentions:
        if mention.type == "Person" and mention.entity == person.entity and mention.entity:
            for place in ctx.mentions_within(mention.start - 40, mention.start):
                if place.type == "Location" and place.attrs.get("kind") == "country" and place.name != "Việt Nam" \
                        and not ctx.text[place.end : mention.start].strip():
                    return place.name
    return None


def _vietnamese(name: str) -> bool:
    """A name that opens with a Vietnamese family name (the titles' implied bodies are Vietnam's)."""
    words = name.split()
    return words[0] in surnames() or " ".join(words[:2]) in surnames()


_ELECTED = re.compile(r"(?:được\s+)?(?:bầu|bầu giữ chức|bầu làm|hiệp thương cử|hiệp thương giữ chức)\s+(?:làm\s+)?$")


def _elected_to_last_body(ctx: RelationContext, sentence: Sentence, title_start: int) -> str | None:
    """The body a sentence just before an election names ("bầu ra Ban Chấp hành X ...")."""
    if not _ELECTED.search(ctx.text[max(sentence.start, title_start - 30) : title_start]):
        return None
    previous = [s for s in ctx.doc.sentences if s.end <= sentence.start][-1:]
    if not previous or not re.search(r"bầu|hiệp thương", ctx.text[previous[0].start : previous[0].end]):
        return None
    bodies = ctx.mentions_in(previous[0], "Organization", top=True)
    if not bodies:
        return None
    body = bodies[-1]
    if body.attrs.get("prefix") in ("Ban Chấp hành", "Ban Thường vụ") and body.attrs.get("inner_span"):
        span = tuple(body.attrs["inner_span"])
        inner = [m for m in ctx.mentions_within(*span) if m.type == "Organization" and m.entity
                 and (m.start, m.end) == span]
        if body.attrs.get("prefix") == "Ban Chấp hành" and inner:
            return inner[0].entity  # the chairman of the union's committee chairs the union
    return body.entity


@lru_cache(maxsize=None)
def _name_gap() -> re.Pattern[str]:
    """What may stand between a title and the name it goes with: honorifics and ranks ("đồng chí",
    "PGS.TS.", "Đại tướng"), and the body's short form in brackets ("Giám đốc điều hành Quỹ Nhi đồng Liên hợp
    quốc (UNICEF) Anthony Lake")."""
    words = "|".join(re.escape(w) for w in sorted(read_lines("short_name_cues.txt"), key=len, reverse=True))
    ranks = "|".join(re.escape(w) for w in sorted(read_lines("honorifics.txt"), key=len, reverse=True))
    return re.compile(rf"^\s*(?:\([A-ZĐ][\w&.-]*\)\s*)?(?:(?:(?i:{words})|(?:{ranks})(?!\w)|[A-ZĐ][\w.,]*\.)\s*)*$")


@lru_cache(maxsize=None)
def _set_off_name_gap() -> re.Pattern[str]:
    """A name set off from its title by a dash, or by a comma and an honorific or a rank: "Bộ trưởng Bộ
    Công an - Đại tướng A", "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh - B" (the caption style of many
    provincial papers), "Giám đốc Công an tỉnh, Đại tá C", "Chủ tịch UBND tỉnh, ông D"."""
    forms = {*read_lines("short_name_cues.txt"), *read_lines("honorifics.txt")}
    words = "|".join(re.escape(w) for w in sorted(forms, key=len, reverse=True))
    return re.compile(rf"^\s*(?:,\s*(?:(?:{words})(?!\w)\s*)+|\s[-–]\s*(?:(?:{words})(?!\w)\s*)*)$")


_IS_THEN = re.compile(r"\s+là\s+")


def _past_parens(text: str, end: int) -> int:
    parens = re.match(r"\s*\([^()\n]{1,80}\)", text[end:])
    return end + parens.end() if parens else end


_MINISTERS = ("Bộ trưởng", "Thứ trưởng")
# "phó chủ tịch hội đồng", "ủy viên ban chỉ đạo": the kind of body alone, in lower case, names the one of that
# kind the article has just named
_BODY_NAMED_AGAIN = re.compile(r"\s+(hội đồng|ủy ban|ban chỉ đạo|ban)(?=\s*(?:[,;.)]|\s-\s|$)|\s+[a-zđ])")


def _body_named_before(ctx: RelationContext, sentence: Sentence, role: str,
                       kinds: tuple[str, ...] = ("Ban ", "Hội đồng ", "Tổ "), before: int | None = None,
                       any_role: bool = False) -> str | None:
    """The last body of one of ``kinds`` named before this sentence or in it (before ``before``), within two
    sentences, that the post fits ("Trưởng ban" a "Ban ...", "Thứ trưởng" a "Bộ ...")."""
    if _ROLE_HEAD.search(role) is None and role not in _MINISTERS and not any_role:
        return None
    earlier = [s for s in ctx.doc.sentences if s.end <= sentence.start][-2:]
    start = earlier[0].start if earlier else sentence.start
    end = sentence.end if before is None else before
    for org in sorted((m for m in ctx.doc.mentions if m.type == "Organization" and m.entity
                       and start <= m.start < end), key=lambda m: -m.start):
        if _fits(role, ctx.doc.entity(org.entity).name) and ctx.doc.entity(org.entity).name.startswith(kinds):
            return org.entity
    return None


def _sole_ministry(ctx: RelationContext) -> str | None:
    """The one ministry the article names, if it names exactly one."""
    ministries = {ctx.doc.entity(m.entity).name for m in ctx.doc.mentions if m.type == "Organization" and m.entity
                  and m.attrs.get("category") == "ministry"}
    return ministries.pop() if len(ministries) == 1 else None


def _given_to(ctx: RelationContext, sentence: Sentence, orgs: list[Mention], end: int) -> bool:
    """A post a decision gives to the person named right after it ("trao quyết định bổ nhiệm Giám đốc Sở X
    cho ông A")."""
    body = max((m for m in orgs if m.start >= end and not ctx.text[end : m.start].strip()),
               key=lambda m: m.end, default=None)
    after = body.end if body is not None else end
    return any(p.start >= after and _beneficiary().fullmatch(ctx.text, after, p.start)
               for p in ctx.mentions_in(sentence, "Person"))


def _introduces_people(ctx: RelationContext, sentence: Sentence, end: int) -> bool:
    """A title followed by a list ("gồm:") or directly by a name."""
    if _LIST_OPENING.match(ctx.text[: min(sentence.end, end + 40)], end):
        return True
    return any(p.start >= end and _name_gap().match(ctx.text[end : p.start])
               for p in ctx.mentions_in(sentence, "Person"))


def _context_body(ctx: RelationContext, sentence: Sentence, title_start: int, role: str) -> str | None:
    """The body a sentence opens with ("Thường trực Tỉnh ủy hiện có Bí thư A"); for its standing unit, the body,
    except for its members ("Ban Thường vụ Tỉnh ủy có 12 Ủy viên").

    Only where the sentence lists its members ("có", "gồm") before the title.
    """
    opening = [m for m in ctx.mentions_in(sentence, "Organization") if m.start - sentence.start <= 40
               and m.end <= title_start]
    if not opening:
        # "Các Phó Chủ tịch gồm: ...", "Ba Phó Trưởng ban gồm: ..." right after a sentence that gave the body's
        # head its post
        if re.match(rf"\s*(?:Các|các|{NUMBER})\s+$", ctx.text[sentence.start : title_start]) and ctx.last_post_body:
            return ctx.last_post_body
        return None
    body = min(opening, key=lambda m: (m.start, -(m.end - m.start)))
    if not re.search(r"(?<!\w)(?:có|gồm)(?!\w)", ctx.text[body.end : title_start]):
        return None
    if body.attrs.get("prefix") in ("Thường trực", "Ban Thường vụ") and body.attrs.get("part_of") and role != "Ủy viên":
        parent = ctx.entity_named("Organization", body.attrs["part_of"], create=False)
        return parent.id if parent else None
    return body.entity


# "Ủy viên Bộ Chính trị khóa XIII, Chủ nhiệm ...", "Ủy viên Trung ương Đảng khóa 11, 12, 13; Đại biểu Quốc hội
# khóa 14": the body's terms, then the next post of the chain (after a term, a ";" too goes on with the career)
_TERM_NUMBER = rf"(?:{ROMAN}|\d{{1,2}}(?!\d))"
_TERM_AFTER = re.compile(rf"\s+[Kk]hóa\s+{_TERM_NUMBER}(?:\s*(?:,|và|-)\s*{_TERM_NUMBER})*|{TENURE}")


def _past_term(text: str, end: int) -> int:
    term = _TERM_AFTER.match(text, end)
    return term.end() if term else end


def _chains(ctx: RelationContext, posts: list[_Post]) -> list[list[_Post]]:
    """Posts joined by commas or "kiêm" into chains."""
    chains: list[list[_Post]] = []
    for post in sorted(posts, key=lambda p: p.start):
        termed = chains and _past_term(ctx.text, chains[-1][-1].end)
        if chains and (_LIST_SEP.match(ctx.text[termed : post.start])
                       or (termed > chains[-1][-1].end and re.fullmatch(r"\s*;\s*", ctx.text[termed : post.start]))):
            chains[-1].append(post)
        else:
            chains.append([post])
    return chains


def _hold(ctx: RelationContext, person: Mention, chain: list[_Post], sentence: Sentence) -> None:
    for post in chain:
        if post.body_id(ctx, person) is None:
            continue
        attrs = {"former": True} if post.former else {}
        ctx.add(person.entity, "holds_position", post.body_id(ctx, person), sentence, post.role, **attrs)


def _unread(post: _Post) -> bool:
    return post.body is None and not post.implied


# "..., Chủ nhiệm Ủy ban Công tác về các tổ chức phi chính phủ nước ngoài Ngô Lê Văn": a title whose body
# could not be read still ends a chain that goes with the name right after the body's words
_UNREAD_BODY = re.compile(rf" (?={UPPER})(?!(?:\S+ )*?(?:sẽ|đã|đang|được|là|cùng|tại|trong|cho|khi|thì) )[^,;.:()\n]{{2,100}}? ")
# "Bộ trưởng Bộ Ngoại giao Việt Nam Bùi Thanh Sơn": the country after the body, before the name
_OWN_COUNTRY = re.compile(r"^\s+Việt Nam(?=\s)")


_PARENT_GAP = re.compile(r"\s*,\s*|\s+của\s+")  # "Vụ X, Bộ Ngoại giao A", "Ủy ban X của Quốc hội A"
# not a bare "của": "dưới sự điều hành của Ủy viên Trung ương Đảng, Phó Chủ tịch Quốc hội A" gives A both
# posts; "ý kiến chỉ đạo của Phó Thủ tướng, Phó Chủ tịch UBND tỉnh A" does not
# "thừa ủy quyền của Thủ tướng, ...", "Báo cáo với Tổng Bí thư, Bí thư Thành ủy A ...": a first post that is
# someone else's: whose authority is carried, whom one speaks to
_ON_BEHALF_OF = re.compile(r"(?<![\w])(?:ủy quyền(?: của)?|ủy nhiệm(?: của)?|[Tt]hay mặt|đề nghị của|(?<!sự )chỉ đạo của"
                           r"|với)\s+$")


def _country_between(ctx: RelationContext, end: int, start: int) -> bool:
    """"Thủ tướng Campuchia Hun Manet": a foreign country alone between a title and the name."""
    return any(m.type == "Location" and m.attrs.get("kind") == "country" and m.name != "Việt Nam"
               and not ctx.text[end : m.start].strip() and not ctx.text[m.end : start].strip()
               for m in ctx.mentions_within(end, start))


@lru_cache(maxsize=None)
def _province_words() -> str:
    """The admin words of a province or a centrally-run city (``admin_words.tsv``: "tỉnh", "thành phố", "TP.")."""
    forms = [form for form, (level, _) in admin_words().items() if level in ("province", "city")]
    return "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))


@lru_cache(maxsize=None)
def _province_word() -> re.Pattern[str]:
    return re.compile(rf"\s+(?:{_province_words()})(?![\w])\s*")


def _past_province(ctx: RelationContext, sentence: Sentence, end: int) -> int:
    """Past "tỉnh X" right after ``end``, where X is a place the article names."""
    word = _province_word().match(ctx.text, end)
    if word is None:
        return end
    place = [m for m in ctx.mentions_in(sentence, "Location") if m.start in (word.start() + 1, word.end())]
    return max(m.end for m in place) if place else end


_PLACE_STEP = re.compile(r"\s*(?:,|\()\s*")


@lru_cache(maxsize=None)
def _admin_word() -> re.Pattern[str]:
    """An admin word and its space, or nothing ("huyện ", "TP. "; ``admin_words.tsv``)."""
    return re.compile(rf"(?:(?:{'|'.join(re.escape(w) for w in sorted(admin_words(), key=len, reverse=True))})\s+)?")


def _past_places(ctx: RelationContext, sentence: Sentence, end: int) -> int:
    """Past the places that locate a body, set off by commas or brackets: "Chủ tịch UBND xã Thái Sơn, huyện Bảo
    Lâm (Cao Bằng) Hoàng Văn Chính"."""
    places = {m.start: m for m in ctx.mentions_in(sentence, "Location")}
    at = end
    while (step := _PLACE_STEP.match(ctx.text, at)) \
            and (place := places.get(step.end()) or places.get(_admin_word().match(ctx.text, step.end()).end())):
        at = place.end
        if step.group().strip() == "(":
            close = re.match(r"\s*\)", ctx.text[at : at + 3])
            if close is None:
                return end
            at += close.end()
    return at


def _past_parent_bodies(text: str, end: int, bodies: list[Mention]) -> int:
    """Where a post ends once the ministry or body its unit belongs to, set off by a comma or "của", is read
    with it."""
    while True:
        gap = _PARENT_GAP.match(text, end)
        parent = [b for b in bodies if gap and b.start == gap.end()] if gap else []
        if not parent:
            return end
        end = parent[0].end


def positions(ctx: RelationContext, sentence: Sentence) -> None:
    text = ctx.text
    persons = [m for m in ctx.mentions_in(sentence, "Person")]
    chains = _chains(ctx, _posts(ctx, sentence))
    used = set()
    # "thừa ủy quyền của Thủ tướng Chính phủ, Bộ trưởng A": the first post is whose authority A carries; so is a
    # lone one before a comma ("Thừa ủy quyền của Bộ trưởng Bộ Công an, Thiếu tướng A, Cục trưởng ...")
    chains = [c[1:] if _ON_BEHALF_OF.search(text, max(sentence.start, c[0].start - 24), c[0].start)
              and (len(c) > 1 or text.startswith(",", c[0].end)) else c for c in chains]
    chains = [c for c in chains if c]
    bodies = ctx.mentions_in(sentence, "Organization", top=True)
    for chain in chains:
        # chain before the name: "..., Trưởng Ban Tổ chức Trung ương Nguyễn Văn A"; the body's parent may come
        # between ("Phó Vụ trưởng Vụ Thông tin Báo chí, Bộ Ngoại giao Đoàn Khắc Việt")
        end = _past_parent_bodies(text, chain[-1].end, bodies)
        if chain[-1].role == "Đại biểu Quốc hội":  # "Đại biểu Quốc hội tỉnh Sơn La Thào Xuân Sùng": the province
            end = _past_province(ctx, sentence, end)
        end = _past_places(ctx, sentence, end)
        after = [p for p in persons if p.start >= end
                 and (_name_gap().match(_OWN_COUNTRY.sub("", text[end : p.start], count=1))
                      or (_unread(chain[-1]) and _UNREAD_BODY.fullmatch(text, chain[-1].end, p.start))
                      or _country_between(ctx, end, p.start))]
        if after:
            _hold(ctx, after[0], chain, sentence)
            used.add(id(chain))
            continue
        # name before the chain: "Lê Kim Toàn, Phó Bí thư ..." or "ông A (Chủ tịch ...)"
        before = [p for p in persons if p.end <= chain[0].start and _APPOSITION.fullmatch(text[p.end : chain[0].start])]
        if before:
            _hold(ctx, before[-1], chain, sentence)
            used.add(id(chain))
            continue
        # name set off after the chain: "Bộ trưởng Bộ Công an - Đại tướng Lương Tam Quang"
        set_off = [p for p in persons if p.start >= chain[-1].end and _set_off_name_gap().match(text[chain[-1].end : p.start])]
        if set_off and chain[-1].body is not None:
            _hold(ctx, set_off[0], chain, sentence)
            used.add(id(chain))
            continue
        # a sentence that opens on the posts, then the name after a bare comma: "Phó Giám đốc Sở Y tế, Lê Văn
        # Tám cho biết ..."
        opens = not text[sentence.start : chain[0].start].strip()
        bare = [p for p in persons if opens and p.start >= chain[-1].end and _BARE_COMMA.fullmatch(text, chain[-1].end, p.start)]
        if bare and chain[-1].body is not None:
            _hold(ctx, bare[0], chain, sentence)
            used.add(id(chain))
            continue
        # a sentence that opens on the posts and says who holds them: "Chủ nhiệm Tổng cục Chính trị hiện nay là
        # thượng tướng A"
        named = [p for p in persons if opens and p.start >= end and _is_named().fullmatch(text, end, p.start)]
        if named and chain[-1].body is not None:
            _hold(ctx, named[0], chain, sentence)
            used.add(id(chain))
            continue
        # "Ông là Ủy viên Trung ương Đảng khóa XIII; Bí thư Tỉnh ủy X": the person the pronoun stands for
        holder = _pronoun_subject(ctx, sentence, chain[0].start, chains)
        if holder is not None:
            past = _PRONOUN_PAST.search(text, sentence.start, chain[0].start)  # "Ông từng giữ chức ..."
            _hold(ctx, holder, [replace(post, former=True) for post in chain] if past else chain, sentence)
            used.add(id(chain))
    _distributed(ctx, sentence, chains, persons)
    _members_listed(ctx, sentence, chains, persons)
    _appointments(ctx, sentence, chains, persons, used)
    _joined_committees(ctx, sentence, persons)
    bodies = [post.body for chain in chains for post in chain if post.body]
    if bodies:
        ctx.last_post_body = bodies[-1]


_BARE_COMMA = re.compile(r"\s*,\s*")


# "Ông là", "Bà hiện là", "Năm 2020, ông được bầu làm", "ông từng giữ chức": a post whose holder is a pronoun
@lru_cache(maxsize=None)
def _pronoun_subject_opening() -> re.Pattern[str]:
    """A sentence opening whose subject is "Ông"/"Bà", then a verb that gives a post (``appointment_cues.txt``,
    perhaps after "được"; "giữ cương vị")."""
    return re.compile(
        r"^\s*(?:[^,.;:()\n]{1,40},\s*)?(?P<pronoun>[ÔôBb](?:ng|à))\s+(?:[A-ZĐ]\w*\s+)?"
        r"(?:(?:hiện|hiện nay|nay|đang|cũng|còn|đồng thời|từng|vẫn|sau đó)\s+)*"
        rf"(?:giữ cương vị|(?:được\s+)?(?:{_appointment_words()}|giao)(?:\s+(?:giữ chức(?:\s+vụ)?|làm))?)"
        r"\s+(?:(?:nguyên|cựu)\s+)?$")
_PRONOUN_PAST = re.compile(r"(?<![\w])(?:từng|trước đó|nguyên|cựu|đến\s+(?:tháng|năm)\s+\d)(?![\w])")
_RECENT_SENTENCES = 6  # how far back a pronoun's person may have been named


def _pronoun_subject(ctx: RelationContext, sentence: Sentence, start: int, chains) -> Mention | None:
    """The person a sentence-opening "Ông"/"Bà" stands for: the last one the article named with the same word
    ("ông Đoàn Minh Huấn ... Ông là Ủy viên Bộ Chính trị"), a few sentences back at most. A later chain of the
    same sentence after a semicolon goes to the same person ("Ông là A khóa X; B khóa XI")."""
    text = ctx.text
    opening = text[sentence.start : start]
    earlier = [c for c in chains if c[-1].end <= start]
    if earlier and re.fullmatch(r"[^.:()\n]*?;\s*(?:và\s+)?(?:là\s+)?", text[_past_term(text, earlier[-1][-1].end) : start]):
        opening = text[sentence.start : earlier[0][0].start]  # the list's later item: the opening of its first
    match = _pronoun_subject_opening().match(opening)
    if match is None:
        return None
    pronoun = match.group("pronoun").lower()
    before = [s for s in ctx.doc.sentences if s.end <= sentence.start][-_RECENT_SENTENCES:]
    if not before:
        return None
    named = [m for m in ctx.doc.mentions if m.type == "Person" and m.entity and before[0].start <= m.start < sentence.start
             and re.search(rf"(?i)(?<![\w]){pronoun}\s+$", text[max(0, m.start - 6) : m.start])]
    return named[-1] if named else None


# "đại biểu A (Đoàn Thái Bình)", "các đại biểu B (Sơn La), C (Bến Tre)": a deputy and the province that elected them
@lru_cache(maxsize=None)
def _delegation_after() -> re.Pattern[str]:
    return re.compile(r"\s*\(\s*(?P<delegation>[Đđ]oàn\s+(?:ĐBQH\s+|đại biểu Quốc hội\s+)?)?"
                      rf"(?:(?:{_province_words()})(?![\w])\s*)?")
_DEPUTY_CUE = re.compile(r"(?<![\w])[Đđ]ại biểu(?!\s+Quốc hội)(?![\w])")


def deputies_by_delegation(ctx: RelationContext, sentence: Sentence) -> None:
    """A National Assembly deputy named with the province's delegation in brackets, in an article that names the
    Assembly: "(Đoàn Thái Bình)" says so itself; a bare province does after "đại biểu" in the sentence."""
    assembly = ctx.entity_named("Organization", "Quốc hội", create=False)
    if assembly is None:
        return
    text = ctx.text
    places = {m.start: m for m in ctx.mentions_in(sentence, "Location")}
    persons = ctx.mentions_in(sentence, "Person")
    deputies_article = _deputies_article(ctx)
    for person in persons:
        if deputies_article and _DEPUTY_BEFORE.search(text, max(sentence.start, person.start - 12), person.start):
            # "ĐB Nguyễn Quốc Bình cho biết ...", "Đại biểu A, Chủ tịch HĐND TP cho rằng ...": in an article about the
            # Assembly's deputies, the word alone before a name says which deputies
            ctx.add(person.entity, "holds_position", assembly.id, sentence, "Đại biểu Quốc hội")
            continue
        opening = _delegation_after().match(text, person.end)
        place = places.get(opening.end()) if opening else None
        if place is None or not re.match(r"\s*\)", text[place.end : place.end + 3]):
            continue
        if opening["delegation"] or _deputies_listed(text, sentence, person, persons):
            ctx.add(person.entity, "holds_position", assembly.id, sentence, "Đại biểu Quốc hội")


_DEPUTY_BEFORE = re.compile(r"(?<![\w])(?:ĐBQH|ĐB|Đại biểu|đại biểu)\s+$")
_ASSEMBLY_DEPUTIES = re.compile(r"(?<![\w])(?:ĐBQH|[Đđ]ại biểu Quốc hội)(?![\w])")


def _deputies_article(ctx: RelationContext) -> bool:
    """An article about the National Assembly's deputies ("ĐBQH", "đại biểu Quốc hội") that names no congress,
    whose delegates ("đại biểu") would be another body's."""
    if "deputies_article" not in ctx.memo:
        ctx.memo["deputies_article"] = bool(_ASSEMBLY_DEPUTIES.search(ctx.text)) and not any(
            m.type == "Event" and str(m.attrs.get("kind", "")) in ("congress", "đại hội") for m in ctx.doc.mentions)
    return bool(ctx.memo["deputies_article"])


def _deputies_listed(text: str, sentence: Sentence, person: Mention, persons: list[Mention]) -> bool:
    """"(các) đại biểu A (X), B (Y) và C": the word, then only names with their provinces, up to ``person``."""
    cues = list(_DEPUTY_CUE.finditer(text, sentence.start, person.start))
    if not cues:
        return False
    gap = text[cues[-1].end() : person.start]
    for other in sorted((p for p in persons if cues[-1].end() <= p.start < person.start), key=lambda p: -p.start):
        gap = gap[: other.start - cues[-1].end()] + gap[other.end - cues[-1].end() :]
    return bool(re.fullmatch(r"(?:\s|,|và|\([^()]{1,40}\))*", gap))


# "có các đồng chí Ủy viên Trung ương Đảng: A; B; C": a post shared by everyone listed after the colon
_ITEM_SEP = re.compile(";")
_SHARED_HEADING = re.compile(rf"(?<![\w])[Cc]ác\s+(?:{_PEOPLE}\s+)?$")


def _members_listed(ctx: RelationContext, sentence: Sentence, chains, persons: list[Mention]) -> None:
    """"Cùng dự có các đồng chí Ủy viên Trung ương Đảng: Chủ nhiệm X A; Bộ trưởng Y B": the post that heads
    the list goes to everyone named in it, up to the next group (an item with a heading of its own)."""
    text = ctx.text
    for chain in chains:
        if len(chain) != 1 or (chain[0].body is None and not chain[0].implied) or not text.startswith(":", chain[0].end) \
                or not _SHARED_HEADING.search(text, max(sentence.start, chain[0].start - 24), chain[0].start):
            continue
        bounds = [chain[0].end, *(m.start() for m in _ITEM_SEP.finditer(text, chain[0].end + 1, sentence.end)),
                  sentence.end]
        for item_start, item_end in zip(bounds, bounds[1:]):
            if ":" in text[item_start + 1 : item_end]:
                break  # "...; các Ủy viên Trung ương Đảng: ...": the next group of the list, under its own post
            # each name of the item: "; A" or, listed with commas, "Chánh Văn phòng X A, Phó Trưởng ban Y B, ..."
            for person in (p for p in persons if item_start < p.start < item_end):
                ctx.add(person.entity, "holds_position", chain[0].body_id(ctx, person), sentence, chain[0].role)


# "được Bộ Chính trị điều động, chỉ định tham gia Ban Chấp hành, Ban Thường vụ và giữ chức Bí thư Tỉnh ủy X"
_JOINS = re.compile(with_first_letters(r"(?<![\w])(?:chỉ định|bầu bổ sung|bổ sung|bầu)\s+(?:vào\s+|tham gia\s+)|(?<![\w])tham gia\s+(?=Ban )"))
_JOIN_GAP = re.compile(r"\s*(?:,|và|,\s*và)\s*")
_BARE_COMMITTEE = re.compile(r"(?:Ban [Cc]hấp hành|BCH)\s*(?:,|và|,\s*và)\s*")


def _joined_committees(ctx: RelationContext, sentence: Sentence, persons: list[Mention]) -> None:
    """Who is appointed to ("chỉ định tham gia", "bầu bổ sung vào") a committee and its boards is a member
    ("Ủy viên") of each body listed."""
    text = ctx.text
    orgs = sorted(ctx.mentions_in(sentence, "Organization", top=True), key=lambda m: m.start)
    for join in _JOINS.finditer(text, sentence.start, sentence.end):
        subject = [p for p in persons if p.end <= join.start()]
        if not subject:
            continue
        pos = join.end()
        for org in orgs:
            if org.start < pos:
                continue
            bare = _BARE_COMMITTEE.match(text, pos)
            if org.start != pos and bare and bare.end() == org.start:
                pos = org.start  # "tham gia Ban chấp hành, Ban Thường vụ Tỉnh ủy": the committee, then its board
            if org.start != pos:
                break
            held = {k[3] for k in ctx.relations if k[:3] == (subject[-1].entity, "holds_position", org.entity)}
            if not held:  # "tham gia Ban Chấp hành ... và giữ chức Bí thư Tỉnh ủy": the post says more
                ctx.add(subject[-1].entity, "holds_position", org.entity, sentence, "Ủy viên")
            gap = _JOIN_GAP.match(text, org.end)
            if not gap or gap.end() == org.end:
                break
            pos = gap.end()


def _distributed(ctx: RelationContext, sentence: Sentence, chains, persons) -> None:
    """"các Ủy viên Bộ Chính trị: A, B, C" or "5 Phó Chủ tịch X gồm các đồng chí: A, B": each gets the post."""
    text = ctx.text
    for chain in chains:
        lead = text[max(sentence.start, chain[0].start - 20) : chain[0].start]
        colon = _LIST_OPENING.match(text, chain[-1].end)
        if not colon:
            if _PLURAL.search(lead):  # "các Phó Thủ tướng Chính phủ A, B, C": the names listed right after
                for person in _names_listed(ctx, sentence, chain[-1].end, persons):
                    _hold(ctx, person, chain, sentence)
            continue
        # "đang giữ chức Phó Trưởng ban X là các ông, bà: A; B": "các" in the opening says the holders are many
        if "gồm" not in colon.group() and "các" not in colon.group() \
                and not re.search(rf"(?:các|Các|{NUMBER})\s+(?:đồng chí\s+)?$", lead):
            continue
        # "gồm: A (...); B (...)" lists the whole sentence; "các Ủy viên X: A, B; các Ủy viên Y: ..." ends at
        # the ";" that opens another group, not at one that goes on with a name ("X: A, ...; B; C")
        stop = sentence.end if "gồm" in colon.group() or "là" in colon.group() \
            else _end_of_list(text, colon.end(), sentence.end, persons)
        for person in persons:
            if chain[-1].end < person.start < stop:
                _hold(ctx, person, chain, sentence)


_PLURAL = re.compile(r"(?<![\w])[Cc]ác\s+$")
_NEXT_NAME = re.compile(r"\s*(?:,|và|,\s*và)\s*")


def _names_listed(ctx: RelationContext, sentence: Sentence, end: int, persons: list[Mention]) -> list[Mention]:
    """The names listed right after ``end`` ("... A, B và C"), each after a comma or "và" only."""
    listed: list[Mention] = []
    for person in sorted((p for p in persons if p.start >= end), key=lambda p: p.start):
        gap = ctx.text[listed[-1].end if listed else end : person.start]
        if not (_NEXT_NAME.fullmatch(gap) if listed else _name_gap().match(gap)):
            break
        listed.append(person)
    return listed


def _end_of_list(text: str, start: int, end: int, persons: list[Mention]) -> int:
    """Where a list of people that opens at ``start`` ends: at the first ";" whose item does not open with a
    name (after ranks and honorifics), or at ``end``."""
    pos = start
    while (semicolon := text.find(";", pos, end)) != -1:
        if not any(p.start > semicolon and _name_gap().match(text[semicolon + 1 : p.start]) for p in persons):
            return semicolon
        pos = semicolon + 1
    return end


# what opens a list of the people who hold a post: "gồm:", "là các đồng chí:", ", gồm các ông A, B", "là ông A và bà B"
_LIST_OPENING = re.compile(rf"\s*,?\s*(?:(?:(?:bao\s+)?gồm|là)?\s*(?:các đồng chí|các ông, bà|các ông|đồng chí)?\s*:"
                           rf"|(?:(?:bao\s+)?gồm|là)\s+(?:các\s+)?{_PEOPLE}(?=\s))")


@lru_cache(maxsize=None)
def _appoint() -> re.Pattern[str]:
    """Verbs that give a post to the person before them ("được bầu giữ chức", "làm"), from a data file."""
    return re.compile(rf"(?:được\s+)?(?:{_appointment_words()})(?:\s+(?:giữ chức|giữ chức vụ|chức vụ|chức danh|làm|vào))?"
                      r"\s*[-–]?\s*$")


@lru_cache(maxsize=None)
def _proposes() -> re.Pattern[str]:
    """Words that only propose what follows (``proposal_words.txt``: "đề nghị", "trình"): "Thủ tướng A trình danh
    sách đề nghị phê chuẩn bổ nhiệm Bộ trưởng ..." gives A no post ("việc" there is about a document's title)."""
    words = [w for w in read_lines("proposal_words.txt") if w != "việc"]
    return re.compile(rf"(?<![\w])(?:{alternation(words)})(?![\w])")


@lru_cache(maxsize=None)
def _appointment_words() -> str:
    """An alternation of ``appointment_cues.txt``: "bổ nhiệm", "bầu", "làm"."""
    return "|".join(re.escape(w) for w in sorted(read_lines("appointment_cues.txt"), key=len, reverse=True))


# "... đối với 3 cán bộ gồm:", "..., nhiệm kỳ 2021 - 2026 đối với các ông:": the people listed next take the post
_ROSTER_AFTER = re.compile(rf"{TENURE}?\s*(?:,\s*)?(?:đối với|cho)\s+(?:\d+|các|hai|ba|bốn|năm)\s+"
                           rf"{_PEOPLE}(?:\s+gồm)?\s*:")


@lru_cache(maxsize=None)
def _ranks() -> str:
    """Honorifics and ranks before a name (``honorifics.txt``): "ông", "đồng chí", "Thiếu tướng"."""
    return alternation(read_lines("honorifics.txt"))


@lru_cache(maxsize=None)
def _beneficiary() -> re.Pattern[str]:
    """Between a post and whom it is given to: "phê chuẩn kết quả bầu chức vụ Phó Chủ tịch UBND tỉnh X nhiệm kỳ
    2021 - 2026 đối với ông A", "chuẩn y giữ chức Phó Chủ nhiệm ... khóa XIII đối với Thiếu tướng B"."""
    return re.compile(rf"(?:{TERM_WORD}{ROMAN})?{TENURE}?\s*(?:đối với|cho)\s+(?:(?:các\s+)?(?:{_ranks()}))?\s*$")


@lru_cache(maxsize=None)
def _is_named() -> re.Pattern[str]:
    """Between posts and their holder: "(hiện nay) là (thượng tướng)" (``honorifics.txt``, in either case)."""
    return re.compile(rf"\s+(?:(?:hiện nay|hiện tại|hiện)\s+)?là\s+(?:(?i:{_ranks()})\s+)?")


_QUOTE_OPENS = re.compile(r":\s*[\"“]")  # a speaker's words begin


def _appointments(ctx: RelationContext, sentence: Sentence, chains, persons, used) -> None:
    """"ông A được bầu giữ chức Bí thư Tỉnh ủy", "Bộ Chính trị chuẩn y ông A làm ..."."""
    text = ctx.text
    for chain in chains:
        if id(chain) in used:
            continue
        lead = text[max(sentence.start, chain[0].start - 40) : chain[0].start]
        # "bổ nhiệm Bộ trưởng Bộ X cho ông A": the post goes to the person named after it
        beneficiary = [p for p in persons if p.start >= chain[-1].end
                       and _beneficiary().fullmatch(text[chain[-1].end : p.start])]
        # "phê chuẩn đề nghị của Chủ tịch nước về Ủy viên Hội đồng X đối với ông A": the verb earlier on
        told_about = bool(beneficiary) and text[max(sentence.start, chain[0].start - 4) : chain[0].start] == " về " \
            and bool(_appoint_verbs().search(text, sentence.start, chain[0].start))
        if not _appoint().search(lead) and not told_about \
                and not (beneficiary and _next_item(ctx, sentence, chain[0].start)):
            continue
        roster = _ROSTER_AFTER.match(text, chain[-1].end)
        if roster and not beneficiary:
            # "bổ nhiệm giữ chức Phó Cục trưởng Cục X đối với 3 cán bộ gồm: A (...), B (...) và C (...)"
            subject = [p for p in persons if p.start >= roster.end()]
        else:
            # (not who speaks before a quotation of it: "A tin tưởng: "Sự tín nhiệm bầu Chủ tịch nước làm ...")
            subject = beneficiary or [p for p in persons if p.end <= chain[0].start
                                      and not _proposes().search(text, p.end, chain[0].start)
                                      and not _QUOTE_OPENS.search(text, p.end, chain[0].start)]
            if subject:
                subject = _listed_after(text, persons, subject[0]) if beneficiary \
                    else _listed_people(text, persons, subject[-1])
        if not subject:
            continue
        former = bool(re.search(r"(?:Trước đó|trước đó|từng|nguyên)", lead))
        ceremony = _announcing_ceremony(ctx, sentence)
        for person in subject:
            if ceremony and not former:  # the appointee receives the decision at the article's ceremony
                ctx.add(person.entity, "participated_in", ceremony, sentence)
            for post in chain:
                if post.body_id(ctx, person) is None:
                    continue
                attrs = {"former": True} if (former or post.former) else {}
                ctx.add(person.entity, "holds_position", post.body_id(ctx, person), sentence, post.role, **attrs)


_ITEM_BREAK = re.compile(r"(?:;|,|\s+và)\s*$")


def _next_item(ctx: RelationContext, sentence: Sentence, start: int) -> bool:
    """"bổ nhiệm Phó Thủ tướng đối với ông A; Bộ trưởng Bộ X đối với ông B": a post after ";" in a sentence that
    appoints earlier is the next item of its list, the verb written once."""
    before = ctx.text[sentence.start : start]
    return bool(_ITEM_BREAK.search(before) and re.search(r"(?<![\w])đối với\s", before)
                and _appoint_verbs().search(before))


@lru_cache(maxsize=None)
def _appoint_verbs() -> re.Pattern[str]:
    """The appointment verbs anywhere in a text."""
    return re.compile(rf"(?<![\w])(?:{_appointment_words()})(?![\w])")


_ANNOUNCES = re.compile(r"(?i)công bố|trao (?:các )?quyết định|trao quyết định")


def _announcing_ceremony(ctx: RelationContext, sentence: Sentence) -> str | None:
    """The article's own event when it announces or hands over decisions ("Lễ công bố quyết định ..."), told
    before the appointment in ``sentence`` (an appointment told before the ceremony is any, signed elsewhere)."""
    event = ctx.main_event
    if not event or not _ANNOUNCES.search(ctx.doc.entity(event).name):
        return None
    told = min((m.start for m in ctx.doc.mentions if m.entity == event), default=sentence.start)
    return event if told < sentence.end else None


_PEOPLE_SEP = re.compile(r"\s*(?:,|và|,\s*và)\s*(?:đồng chí\s+|ông\s+|bà\s+)?")


def _listed_people(text: str, persons: list[Mention], last: Mention) -> list[Mention]:
    """"các đồng chí A, B và C được bầu ...": the names listed up to ``last``, which all take the post."""
    listed = [last]
    for person in sorted((p for p in persons if p.end <= last.start), key=lambda p: -p.end):
        if not _PEOPLE_SEP.fullmatch(text, person.end, listed[0].start):
            break
        listed.insert(0, person)
    return listed


# "đối với ông A, bộ trưởng Bộ X, và ông B, ...": each name with its own posts, then the next honorific
_APPOSED_NEXT = re.compile(r"\s*,[^;:.()]{2,120}?,?\s+và\s+(?:ông|bà|đồng chí)\s+")


def _listed_after(text: str, persons: list[Mention], first: Mention) -> list[Mention]:
    """"đối với các ông A và B", "đối với ông A, <posts>, và ông B": ``first`` and the names listed right after
    it, which all take the post."""
    listed = [first]
    for person in sorted((p for p in persons if p.start >= first.end), key=lambda p: p.start):
        if not (_PEOPLE_SEP.fullmatch(text, listed[-1].end, person.start)
                or _APPOSED_NEXT.fullmatch(text, listed[-1].end, person.start)):
            break
        listed.append(person)
    return listed


# the heads of an organization, whom its elected committee elects from among its members
_ORGANIZATION_HEADS = ("Chủ tịch", "Phó Chủ tịch", "Phó Chủ tịch Thường trực")


def heads_of_organizations(ctx: RelationContext) -> None:
    """"Chủ tịch" read in "Ban Chấp hành Tổng Liên đoàn Lao động Việt Nam" heads the Tổng Liên đoàn itself: an
    organization's committee has members, the organization its president and vice presidents."""
    for key, relation in list(ctx.relations.items()):
        body = ctx.doc.entity(relation.object)
        if relation.predicate != "holds_position" or relation.role not in _ORGANIZATION_HEADS \
                or not body.name.startswith("Ban Chấp hành ") or body.name == "Ban Chấp hành Trung ương Đảng":
            continue
        organization = ctx.entity_named("Organization", body.name[len("Ban Chấp hành "):], create=False)
        known = body_by_name().get(search_form(body.name))
        if organization is None and known is not None and known.parent:
            organization = ctx.body_named(known.parent)  # "Ban Chấp hành Tổng Liên đoàn ...": the gazetteer's parent
        if organization is not None:
            del ctx.relations[key]
            ctx.relations.setdefault((relation.subject, "holds_position", organization.id, relation.role),
                                     Relation(relation.subject, "holds_position", organization.id, relation.start,
                                              relation.end, relation.role, dict(relation.attrs)))


def most_specific_roles(relations: list[Relation]) -> list[Relation]:
    """"Phó Thủ tướng" beside "Phó Thủ tướng Thường trực" for one person and body: keep the fuller role."""
    roles: dict[tuple[str, str], set[str]] = {}
    for r in relations:
        if r.predicate == "holds_position" and r.role:
            roles.setdefault((r.subject, r.object), set()).add(r.role)
    return [
        r for r in relations
        if not (r.predicate == "holds_position" and r.role
                and any(o != r.role and o.startswith(r.role + " ") for o in roles[(r.subject, r.object)]))
    ]


# "Các ủy viên Ban Chỉ đạo gồm:", "Thành viên Hội đồng gồm các đồng chí:": a post in a body, then one holder a line
_ROSTER_HEADING = re.compile(r"^(?:Các|các)?\s*(?P<post>[^\n:;,.]{4,160}?)\s+(?:bao gồm|gồm|là)"
                             r"(?:\s+(?:các đồng chí|các ông, bà|các ông|các bà))?\s*:\s*$", re.MULTILINE)


def roster_lines(ctx: RelationContext) -> None:
    """A heading line that names a post in a body and opens a list ("Các ủy viên Ban Chỉ đạo gồm:"): the
    first person of each line after it holds that post, until a line names no one or ends the list with a stop."""
    text = ctx.text
    for heading in _ROSTER_HEADING.finditer(text):
        post = heading.group("post")
        title = next((t for t in lowercase_titles().find_all(post.lower()) if t.start == 0), None)
        if title is None:
            continue
        at = heading.start("post") + title.end
        bodies = [m for m in ctx.mentions_within(at, heading.end("post")) if m.type == "Organization" and m.entity
                  and not text[at : m.start].strip() and m.end == heading.end("post")]
        if not bodies:
            continue
        body = max(bodies, key=lambda m: m.end - m.start)
        line_start = heading.end() + 1
        while line_start < len(text):
            line_end = text.find("\n", line_start)
            line_end = len(text) if line_end < 0 else line_end
            people = sorted((m for m in ctx.mentions_within(line_start, line_end) if m.type == "Person" and m.entity),
                            key=lambda m: m.start)
            if not people:
                break
            sentence = ctx.doc.sentence_of(people[0].start) or Sentence(line_start, line_end)
            ctx.add(people[0].entity, "holds_position", body.entity, sentence, title.payload.role)
            if text[line_start:line_end].rstrip().endswith("."):
                break
            line_start = line_end + 1

