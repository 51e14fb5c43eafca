"""Events: who ``organized`` and ``participated_in`` them, where they were ``held_in``."""

from __future__ import annotations

import re
from functools import lru_cache

from kgraph.dates import context_year
from kgraph.document import Mention, Sentence
from kgraph.gazetteer import admin_words, titles
from kgraph.normalize import UPPER
from kgraph.recognize.event_boundaries import INVITATION, subject_gap_words, told_of
from kgraph.recognize.named_events import act_of, is_visit
from kgraph.recognize.party_grammar import ASSEMBLY, ROMAN, TENURE, TERM_WORD
from kgraph.recognize.phrases import alternation
from kgraph.relations.bodies import peers
from kgraph.relations.context import RelationContext, cue_words
from kgraph.resources import read_lines, read_tsv

__all__ = ["organized", "participated", "parties_named", "speakers_at", "speakers_of_the_lead_event",
           "attendees_by_subject", "held_in", "visits",
           "own_meetings", "sessions_of_the_only_assembly", "guests_named_by_post"]



@lru_cache(maxsize=None)
def _subject_gap() -> re.Pattern[str]:
    """What may stand between the organizing bodies and the verb (a data file of adverbs and "phối hợp với")."""
    return re.compile(rf"\s*(?:,|và)?\s*(?:(?:{subject_gap_words()})\s+)*")


def _main_event(ctx: RelationContext) -> str | None:
    return ctx.main_event


def _event_mentions(ctx: RelationContext, sentence: Sentence) -> list[Mention]:
    return [m for m in ctx.mentions_in(sentence, "Event")]


_CLOSED = re.compile(r"\s*\)")  # the body sits in brackets that close before the verb: it qualifies another
# what may follow the subject before the verb: a bracketed qualifier ("(Bộ Công an)", "(Nghệ An)")
# or its term ("khóa XIX, nhiệm kỳ 2021-2026")
_QUALIFIER = re.compile(rf"\s*(?:\([^()\n]{{1,60}}\)|{TERM_WORD}{ROMAN}{TENURE}?)")
# "Hội LHPN huyện Ba Chẽ, tỉnh Quảng Ninh, tổ chức ...": the place the subject lies in, between commas
_PLACE_QUALIFIER = re.compile(rf"\s*,\s*(?:tỉnh|thành phố|TP\.?|huyện|quận|thị xã)?\s*{UPPER}[\w]*(?: {UPPER}[\w]*){{0,3}}\s*,")


# "do Hội LHPN tỉnh X phối hợp với Hội LHPN huyện Y tổ chức": partners listed with "phối hợp với" organize too
# (or "do A và B phối hợp tổ chức": both, together)
# (a body's short form in brackets may follow it: "Bộ Thông tin - Truyền thông (TT-TT), Hội Nhà báo ...")
_PASSIVE_LIST_GAP = re.compile(r"\s*(?:\([^()\n]{1,15}\)\s*)?(?:,|và|,\s*và|phối hợp với|phối hợp cùng|cùng với|cùng|phối hợp)?\s*")


def _passive_organizers(text: str, event_end: int, verb_start: int, orgs: list[Mention]) -> list[Mention]:
    """The bodies between "do" right after an event and the verb, when nothing else stands between them."""
    opening = re.match(r"\s*,?\s*\(?\s*do\s+", text[event_end : event_end + 8])  # ", do A tổ chức,"
    if not opening:
        return []
    pos, chain = event_end + opening.end(), []
    for org in sorted((o for o in orgs if event_end < o.start < verb_start), key=lambda o: o.start):
        if org.start != pos:
            return []
        chain.append(org)
        pos = org.end + len(_PASSIVE_LIST_GAP.match(text[org.end : verb_start]).group())
    return chain if chain and pos >= verb_start - 1 else []


def _owner(ctx: RelationContext, event: Mention) -> Mention | None:
    """The body an event is named as belonging to, which holds it: "Hội nghị tổng kết năm 2024 của Bộ Nội
    vụ", "cuộc họp của Ban Thường vụ X"; not the issuer of a document it is about ("Hội nghị triển khai
    Thông tư X của Y") nor the body whose delegation came ("Buổi tiếp Đoàn công tác của Y")."""
    if not event.attrs.get("kind", "").startswith(_HELD_BY_OWNER):
        return None
    within = ctx.mentions_within(event.start, event.end)
    cited = {d.end for d in within if d.type == "Document"}
    owners = [m for m in within if m.type == "Organization" and m.entity and event.start < m.start and m.end == event.end
              and re.search(r"\scủa\s+$", ctx.text[event.start : m.start])
              and not _DELEGATION_OF.search(ctx.text[event.start : m.start])
              and not any(re.fullmatch(r"\s+của\s+", ctx.text[end : m.start]) for end in cited)]
    return owners[0] if owners else None


_COOPERATE = re.compile(r"\s+(?:đã\s+)?phối hợp (?:với|cùng)\s+")
# a body that owns the partner ("của Bộ X"), bodies of a kind ("các"), or the end of a longer name the text holds
# ("Đoàn Thanh niên Ngân hàng X"), or its short name in brackets
_OWNER_BEFORE = re.compile(rf"(?:(?:(?<![\w])(?:của|các|thuộc)|{UPPER}\w*)\s+|\(\s*)$")


def _cooperating(text: str, sentence: Sentence, orgs: list[Mention], verb: int) -> list[Mention]:
    """"A đã phối hợp với các đơn vị của Bộ X cùng lãnh đạo Ban B, Ban C và Công an các tỉnh tổ chức ...": A
    and the bodies it works with organize, however long the list of partners; not a body that only owns
    a partner ("của Bộ X") nor bodies of a kind ("các ...")."""
    found = [m for m in _COOPERATE.finditer(text, sentence.start, verb)
             if not re.search(r"[.;:!?]", text[m.end() : verb])]
    if not found:
        return []
    cooperate = found[-1]
    lead = [o for o in orgs if o.end == cooperate.start()]
    unit = [o for o in orgs if lead and re.fullmatch(r"\s+[-–]\s+", text[o.end : lead[0].start])]
    lead = unit or lead  # "Học viện Chính trị khu vực IV - Học viện Chính trị quốc gia ...": the unit, not its parent
    partners = [o for o in orgs if cooperate.end() <= o.start and o.end <= verb
                and not _OWNER_BEFORE.search(text, max(sentence.start, o.start - 6), o.start)]
    return lead + partners if lead else []


_VENUE_BEFORE = re.compile(r"(?<![\w])(?:[Tt]ại|ở)\s+$")


def organized(ctx: RelationContext, sentence: Sentence) -> None:
    text = ctx.text
    events = _event_mentions(ctx, sentence)
    if not events:
        return
    orgs = ctx.mentions_in(sentence, "Organization", top=True)
    for verb in cue_words("organize_cues.txt").finditer(text, sentence.start, sentence.end):
        if any(m.type != "Event" for m in ctx.mentions_at(verb.start())):
            continue
        # the event right after the verb, perhaps past an adverb ("tổ chức trọng thể Lễ đón nhận ...")
        after = [e for e in events if 0 <= e.start - verb.end() <= 3
                 or (e.start > verb.end() and _subject_gap().fullmatch(text[verb.end() : e.start]))]
        passive = re.search(r"\bdo\s+$", text[max(sentence.start, verb.start() - 80) : verb.start()] + " ")
        if after:
            # subjects: the bodies listed right before the verb ("Bộ Chính trị, Ban Bí thư tổ chức")
            subjects = []
            pos = verb.start()
            for org in sorted((o for o in orgs if o.end <= pos), key=lambda o: -o.end):
                gap = text[org.end : pos]
                if _CLOSED.match(gap):
                    continue  # "Cục CSGT (Bộ Công an) tổ chức": the body in brackets qualifies the subject
                qualifier = _QUALIFIER.match(gap) or _PLACE_QUALIFIER.match(gap)
                if qualifier:
                    gap = gap[qualifier.end() :]
                if re.fullmatch(r"\s+[-–]\s+", gap) and subjects and peers(org, subjects[-1]):
                    subjects.append(org)  # "Huyện ủy - HĐND - UBND huyện X tổ chức": all of them
                    pos = org.start
                elif re.fullmatch(r"\s+-\s+", gap) and subjects:
                    subjects[-1] = org  # "Trường Chính trị tỉnh X - Tỉnh ủy X": the unit organizes, not its parent
                    pos = org.start
                elif _subject_gap().fullmatch(gap):
                    if _VENUE_BEFORE.search(text, max(sentence.start, org.start - 6), org.start):
                        break  # "tại UBND tỉnh, Hội Khuyến học tỉnh tổ chức ...": where, not who
                    subjects.append(org)
                    pos = org.start
                else:
                    break
            subjects += [org for org in _cooperating(text, sentence, orgs, verb.start()) if org not in subjects]
            if not subjects:
                _held_by_a_place(ctx, sentence, verb.start(), after[0])
            owner = _owner(ctx, after[0])
            for org in subjects:
                if owner is None or owner.entity == org.entity:  # "Thủ tướng Chính phủ chủ trì cuộc họp của Ban X": X's
                    ctx.add(org.entity, "organized", after[0].entity, sentence)
        # "Hội nghị Giao ban (do Ban A, Bộ B và Hội C tổ chức)": every body listed after "do"
        for event in events:
            chain = _passive_organizers(text, event.end, verb.start(), orgs)
            for org in chain:
                ctx.add(org.entity, "organized", event.entity, sentence)
        # "Hội nghị ... do Ban X tổ chức"
        for event in events:
            window = text[event.end : verb.start()]
            for org in orgs:
                if event.end <= org.start < verb.start() and re.search(r"\bdo\s+$", text[event.end : org.start]) \
                        and len(window) < 200 and not text[org.end : verb.start()].strip(" ,"):
                    ctx.add(org.entity, "organized", event.entity, sentence)
        del passive


def _held_by_a_place(ctx: RelationContext, sentence: Sentence, verb: int, event: Mention) -> None:
    """"Xã Liên Hà trang trọng tổ chức Lễ kỷ niệm ...": a commune, district or province that holds an event, as
    the clause's subject, holds it within itself."""
    text = ctx.text
    # no body or person before it: the place is the subject, not where a body named first lies
    first_named = min((m.start for kind in ("Organization", "Person") for m in ctx.mentions_in(sentence, kind)),
                      default=sentence.end)
    for place in ctx.mentions_in(sentence, "Location"):
        before = text[sentence.start : place.start].strip()
        if place.entity and place.end <= verb and _subject_gap().fullmatch(text[place.end : verb]) \
                and place.start <= first_named and (not before or before.endswith(",")) \
                and place.attrs.get("kind") != "venue":
            ctx.add(event.entity, "held_in", place.entity, sentence)


# a capitalized word between the head and the body: a title ("Hội kiến Chủ tịch Hạ viện Chile ..."), so the
# body qualifies a person, it does not meet
_TITLE_BETWEEN = re.compile(rf"\s{UPPER}")
_DELEGATION_OF = re.compile(r"(?<![\w])[Đđ]oàn(?: công tác| đại biểu| cấp cao)?(?: [^\W\d_]+){0,3} của $"
                            r"|(?<![\w])[Đđ]oàn (?:công tác|đại biểu|cấp cao) $")
CENTRAL_COMMITTEE = "Ban Chấp hành Trung ương Đảng"
_OWN_MEETINGS = frozenset({"congress", "plenum", "session", "phiên họp", "kỳ họp", "đại hội đồng"})
# the kinds of event a body holds when it is named as their owner ("Hội nghị tổng kết của Bộ X", "cuộc họp của X")
_HELD_BY_OWNER = ("hội nghị", "hội thảo", "lễ", "tọa đàm", "diễn đàn", "cuộc họp", "buổi họp", "đại hội đồng")


_AT_SESSION_THEN = re.compile(r"\s*,\s*")


def sessions_held_by_subject(ctx: RelationContext, sentence: Sentence) -> None:
    """"Tại Kỳ họp thứ 41, Ủy ban Kiểm tra Trung ương đã ...": a session named without its holder, then the
    body the sentence goes on with, holds it."""
    text = ctx.text
    orgs = ctx.mentions_in(sentence, "Organization", top=True)
    for event in ctx.mentions_in(sentence, "Event"):
        if event.attrs.get("kind") != "session" or event.attrs.get("ref") or event.attrs.get("key") \
                or not re.search(r"(?<![\w])[Tt]ại\s+$", text[max(sentence.start, event.start - 5) : event.start]):
            continue
        gap = _AT_SESSION_THEN.match(text, event.end)
        holder = [o for o in orgs if gap and o.start == gap.end()]
        if holder:
            ctx.add(holder[0].entity, "organized", event.entity, sentence)


def own_meetings(ctx: RelationContext) -> None:
    """A body takes part in the meeting its name carries, and organizes its own congress or session.

    "Kỳ họp thứ 31 của Ủy ban Kiểm tra Trung ương", "Phiên họp Chính phủ ...",
    "Hội nghị Ban Chấp hành Đảng bộ tỉnh", "Hội nghị trực tuyến Chính phủ với
    địa phương". A meeting only cited inside a document's name ("Nghị quyết
    Hội nghị Trung ương 11") is left alone.
    """
    documents = [m for m in ctx.doc.mentions if m.type == "Document"]
    for event in ctx.doc.mentions:
        if event.type != "Event" or not event.entity or event.attrs.get("ref"):
            continue
        if str(event.attrs.get("key", "")).startswith("plenum-"):
            # "Hội nghị Trung ương 10": a plenum of the Central Committee, which holds it
            ctx.add(ctx.body_named(CENTRAL_COMMITTEE).id, "organized", event.entity,
                    ctx.doc.sentence_of(event.start) or Sentence(event.start, event.end))
            continue
        if str(event.attrs.get("key", "")).startswith(("party-", "election-")):
            continue  # "Đại hội XIII của Đảng": annotators disagree on whether the Party "organized" it
        if any(d.start <= event.start and event.end <= d.end for d in documents):
            continue
        inside = [m for m in ctx.mentions_within(event.start, event.end) if m.type == "Organization" and m.entity
                  and event.start < m.start]
        sentence = ctx.doc.sentence_of(event.start) or Sentence(event.start, event.end)
        if event.attrs.get("holder_span"):  # "HĐND TP. Hồ Chí Minh khóa X đã tổ chức Kỳ họp thứ 23"
            start, end = event.attrs["holder_span"]
            for holder in ctx.mentions_within(start, end):
                if holder.type == "Organization" and holder.entity and (holder.start, holder.end) == (start, end):
                    ctx.add(holder.entity, "organized", event.entity, ctx.doc.sentence_of(start) or sentence)
        if event.attrs.get("kind") in _OWN_MEETINGS:  # its own congress or session: the body organizes it
            named = [m for m in inside
                     if re.match(r"\s*(?:lần thứ|[Kk]hóa|nhiệm kỳ|thường kỳ|định kỳ|chuyên đề|thứ|,|$)", ctx.text[m.end : event.end])]
            if named:
                body = min(named, key=lambda m: (m.start, -(m.end - m.start)))
                ctx.add(body.entity, "organized", event.entity, sentence)
            continue
        owner = _owner(ctx, event)  # "Hội nghị tổng kết năm 2024 của Bộ Nội vụ": the body whose conference it is
        if owner is not None:
            ctx.add(owner.entity, "organized", event.entity, sentence)
        # a meeting of the body named right after its head takes part in it: "Hội nghị Ban Chấp hành ..."
        heading = [m for m in inside if m.start - event.start <= 25 and m is not owner
                   and not _TITLE_BETWEEN.search(ctx.text[event.start : m.start])
                   and not str(event.attrs.get("kind", "")).startswith(_contest_heads())]
        if heading:
            body = min(heading, key=lambda m: (m.start, -(m.end - m.start)))
            # "Hội nghị Ủy ban Trung ương Hội X lần thứ 8, khóa VI": the body's own numbered meeting, which it holds
            own = _OWN_NUMBER.match(ctx.text, body.end, event.end)
            ctx.add(body.entity, "organized" if own else "participated_in", event.entity, sentence)
        # "Buổi tiếp Đoàn công tác của Ngân hàng Thế giới": the body whose delegation came takes part
        for body in inside:
            if _DELEGATION_OF.search(ctx.text[event.start : body.start]):
                ctx.add(body.entity, "participated_in", event.entity, sentence)




@lru_cache(maxsize=None)
def _contest_heads() -> tuple[str, ...]:
    """Heads of festivals, contests and fairs (``contest_heads.txt``): named after a body, none of its meetings."""
    return read_lines("contest_heads.txt")

_OWN_NUMBER = re.compile(rf"\s*,?\s*(?:lần\s+thứ|lần\s+\d|[Kk]hóa\s+(?:{ROMAN}|\d)|nhiệm\s+kỳ)")


# "gửi điện chúc mừng", "gửi thư chúc mừng", "gửi lẵng hoa chúc mừng": sent from afar, not said there
_SENT = re.compile(r"(?<![\w])gửi\s+(?:điện|thư|thư điện tử|lẵng hoa|hoa|thông điệp|lời)(?:\s+[^\W\d_]+){0,2}\s+$")


# "Theo báo cáo, ...", "bản báo cáo", "các phát biểu": the cue word as a noun, nobody doing it there
_AS_NOUN = re.compile(r"(?<![\w])(?:[Tt]heo|bản|[Cc]ác|những|ý kiến)\s+$")


@lru_cache(maxsize=None)
def _compound() -> re.Pattern[str]:
    """Words that open with a cue and mean something else ("dự kiến", "dự thảo": ``cue_compounds.txt``)."""
    words = sorted(read_lines("cue_compounds.txt"), key=len, reverse=True)
    return re.compile(rf"(?i:{'|'.join(re.escape(w) for w in words)})(?![\w])")


# "thôi tham gia Ban Chấp hành", "tham gia Ban Chỉ đạo": membership of a body, not attendance
_MEMBERSHIP = re.compile(r"(?i:tham gia)\s+(?:Ban|Ủy ban|Hội đồng|Đảng ủy|Tổ|Đoàn Chủ tịch)\s")


# "Ban Điều hành Dự án nhóm A": a capitalized cue after a capitalized word is a word of a name
_IN_A_NAME = re.compile(rf"(?<![\w]){UPPER}\w* {UPPER}$")
# "Ủy ban Kiểm tra Trung ương kết luận ông A vi phạm ...": a finding about A, who was not there
_CONCLUDED_ABOUT = re.compile(r"(?i:kết luận)\s+(?:(?:đối với|về)\s+)?(?:các\s+)?(?:ông|bà|đồng chí)\s")


def participated(ctx: RelationContext, sentence: Sentence) -> None:
    text = ctx.text
    cues = [c for c in cue_words("participation_cues.txt").finditer(text, sentence.start, sentence.end)
            if not _SENT.search(text, max(sentence.start, c.start() - 30), c.start())
            and not _AS_NOUN.search(text, max(sentence.start, c.start() - 8), c.start())
            and not _compound().match(text, c.start())
            and not _MEMBERSHIP.match(text, c.start())
            and not _CONCLUDED_ABOUT.match(text, c.start())
            and not _IN_A_NAME.search(text, max(sentence.start, c.start() - 12), c.start() + 1)
            and not _INVITED.search(text, max(sentence.start, c.start() - 100), c.start())
            and not any(m.start <= c.start() and c.end() <= m.end for m in ctx.mentions_in(sentence, "Organization"))
            # "chuyến thăm chính thức Nhật Bản và tham dự Hội nghị X": a word of a visit's name, no cue
            and not any(m.start < c.start() and c.end() <= m.end and is_visit(m)
                        for m in ctx.mentions_in(sentence, "Event"))]
    if not cues:
        return
    documents = ctx.mentions_in(sentence, "Document")
    events = [e for e in _event_mentions(ctx, sentence)
              if not str(e.attrs.get("key", "")).startswith(("party-", "election-"))
              and not any(d.start <= e.start and e.end <= d.end for d in documents)]
    told, last_told = set(), None
    for e in sorted(events, key=lambda m: m.start):  # "... sau Kỳ họp thứ 7, Quốc hội khóa XV và Kỳ họp thứ 21 ..."
        if told_of().search(text, max(sentence.start, e.start - 10), e.start) \
                or (last_told is not None and re.fullmatch(r"\s*(?:,|và|,\s*và)\s*", text[last_told : e.start])):
            told.add(id(e))
            last_told = e.end
    events = [e for e in events if id(e) not in told]
    # a meeting the article names beats a plenum or session only cited in the sentence
    named = [e for e in events if not e.attrs.get("key")] or events
    # ... unless the sentence opens with a cue right before one: "Báo cáo tại phiên họp ..., A cho biết ...
    # kỳ họp thứ 9 ..." (a cue after the people, "A nhấn mạnh ... đã báo cáo tại Hội nghị", tells nothing)
    persons = ctx.mentions_in(sentence, "Person")
    cued = [e for e in events if e.entity and any(not text[c.end() : e.start].strip()
                                                  and all(c.end() <= p.start for p in persons) for c in cues)]
    if not (cued or named) and _of_the_past(ctx, sentence):
        return  # "Năm 541, X tham gia cuộc khởi nghĩa ...": history the article recalls, not its own event
    # "A và B đã đến dự và chủ trì Diễn đàn X": the meeting right after a cue is the one they attend, and a visit
    # that frames it ("trong khuôn khổ chuyến thăm ..., A dự X") is not
    direct = [e for e in named if e.entity and any(c.end() <= e.start and not text[c.end() : e.start].strip()
                                                   and not any(o.start <= c.start() < o.end for o in events)
                                                   for c in cues)]  # (not "Phiên bế mạc" of a name)
    named = [e for e in named if not _FRAMING.search(text, max(sentence.start, e.start - 20), e.start)] or named
    event = cued[0].entity if cued else direct[0].entity if direct else named[0].entity if named \
        else _main_event(ctx)
    if event is None:
        return
    speech = [v.start() for v in cue_words("speech_verbs.txt").finditer(text, sentence.start, sentence.end)]
    sent = [_SENDS.search(text, max(sentence.start, c.start() - 60), c.start()) for c in cues]
    sender_end = min(s.start() for s in sent) if all(sent) else sentence.start
    for person in persons:
        if person.end <= sender_end:
            continue  # "Thủ tướng A khẳng định sẽ cử Bộ trưởng B tham dự": whom one sends attends, not the sender
        if _cited(_outside_bodies(ctx, sentence, person.start),
                  rf"{_FORMER}|của|như|theo|với|cho|tới|kỷ luật|nhân sự|cảm ơn"):
            continue  # "chỉ đạo của Tổng Bí thư X", "như Tổng Bí thư X đã nói", "kỷ luật ông Y", "gửi lời cảm ơn tới Tổng Bí
            # thư Z", "cảm ơn Thủ tướng W đã tiếp; ... tham dự Hội nghị V": cited, not present
        if any(other.end <= verb < person.start for verb in speech for other in persons if other is not person):
            continue  # "đồng chí A nhấn mạnh, thời gian qua, đồng chí B đã ...": B is in what A said
        ctx.add(person.entity, "participated_in", event, sentence)
    # "Tham dự có ...; các đồng chí trong Ban Thường vụ Tỉnh ủy, Thường trực HĐND tỉnh": a standing board
    # listed among those present attends as a body
    first_cue, previous_end = cues[0].start(), None
    for body in ctx.mentions_in(sentence, "Organization", top=True):
        if body.start < first_cue or body.attrs.get("prefix") not in _COLLECTIVE_UNITS:
            continue
        if _MEMBERS_OF.search(text, max(sentence.start, body.start - 24), body.start) \
                or (previous_end is not None and _LIST_GAP.fullmatch(text, previous_end, body.start)):
            ctx.add(body.entity, "participated_in", event, sentence)
            previous_end = body.end


# "A mời B sang thăm Việt Nam và tham dự Hội nghị X": an invitation; nobody attends yet ("Nhận lời mời của A, B tham
# dự ...": the attendance made at it, after the comma; "A mời B duyệt đội danh dự": asked to, now)
_INVITED = re.compile(rf"{INVITATION}[^,;.]*?(?<![\w])(?:sang|thăm)(?![\w])[^,;.]*$")
_SENDS = re.compile(r"(?<![\w])(?<!bầu )(?<!ứng )(?<!đề )(?<!tuyển )cử\s+(?!tri(?![\w]))(?=[^,;.]*$)")  # sends someone
# "Tại Hội nghị X, ...", also after a connective: "Tuy nhiên, tại Hội nghị X, ...", "Cũng tại hội nghị, ..."
_AT_THE_EVENT = re.compile(r"\s*(?:(?:Tuy nhiên|Trong khi đó|Ngoài ra|Đồng thời|Trước đó|Sau đó),\s+(?=tại)|Cũng\s+(?=tại))?"
                           r"(?:[Tt]ại|Phát biểu tại|Phát biểu chỉ đạo tại|Phát biểu kết luận)\s+")


# "năm 1945", or a date with its year ("tháng 1/1948", "31/8/1955")
_A_YEAR = re.compile(r"(?<![\w])[Nn]ăm\s+(\d{3,4})(?![\d/.\-]\d)|(?<![\w/.])(?:\d{1,2}[/.])?\d{1,2}[/.](\d{4})(?![\d/.]\d)")


def _of_the_past(ctx: RelationContext, sentence: Sentence) -> bool:
    """A sentence set in a year before the article's ("Năm 541, ...", "Tháng 1/1948, ..."), and in none
    since (an anniversary's "(7/5/1954 - 7/5/2024)" spans to the article's time)."""
    year = context_year(ctx.text, ctx.doc.metadata.get("published"))
    if year is None:
        return False
    years = [int(m.group(1) or m.group(2)) for m in _A_YEAR.finditer(ctx.text, sentence.start, sentence.end)]
    return any(y < year - 1 for y in years) and all(y < year - 1 for y in years)


def speakers_at(ctx: RelationContext, sentence: Sentence) -> None:
    """"Tại cuộc họp X ngày 31/1, Thủ tướng A khẳng định ...": the sentence opens at the event and whoever
    speaks in it (the subject before a speech verb) or is elected in it ("được bầu", ``elected_words.txt``) was there."""
    text = ctx.text
    opening = _AT_THE_EVENT.match(text, sentence.start, sentence.end)
    if opening is None:
        return
    events = [e for e in _event_mentions(ctx, sentence) if e.start == opening.end() and e.entity]
    if not events:
        return
    speech = next(iter(cue_words("speech_verbs.txt").finditer(text, events[0].end, sentence.end)), None)
    if speech is None:  # "Tại Đại hội, ông A được bầu làm Chủ tịch": who is elected there was there too
        speech = next(iter(cue_words("elected_words.txt").finditer(text, events[0].end, sentence.end)), None)
    if speech is None:
        return
    for person in ctx.mentions_in(sentence, "Person"):
        if events[0].end < person.start < speech.start():
            ctx.add(person.entity, "participated_in", events[0].entity, sentence)


@lru_cache(maxsize=None)
def _speaker_opening() -> re.Pattern[str]:
    """"Ông A, Giám đốc Sở X cho biết ...", "Theo ông B, ...", "ĐB C cho rằng ...": how a sentence opens on a
    speaker (the words that call a person, ``short_name_cues.txt``, or a deputy's)."""
    words = alternation([*read_lines("short_name_cues.txt"), "đại biểu"])
    return re.compile(rf"\s*(?:(?P<theo>[Tt]heo)\s+)?(?:(?:(?i:{words})|ĐBQH|ĐB)\s+)?")


@lru_cache(maxsize=None)
def _speech() -> re.Pattern[str]:
    return re.compile(rf"\s*(?:,\s*)?(?:{alternation(read_lines('speech_verbs.txt'))})(?![\w])")


@lru_cache(maxsize=None)
def _apposition_before_speech() -> re.Pattern[str]:
    """A speaker's post set off after the name, up to the comma or the speech verb ("A, Giám đốc Sở X cho biết")."""
    return re.compile(rf"\s*,[^.;:]{{2,140}}?(?=,|\s+(?:{alternation(read_lines('speech_verbs.txt'))})(?![\w]))")


_ADVERB = re.compile(r"(?:\s+(?:cũng|đã|thì|lại|còn|tiếp tục))*")
_POST_GAP = re.compile(r"(?:[\s,&.-]|(?<![\w])(?:Quyền|quyền|Nguyên|nguyên)(?![\w]))*")  # "Quyền Tổng cục trưởng ..."


def _only_posts_before(ctx: RelationContext, start: int, person: Mention) -> bool:
    """Whether only titles, bodies, places and honorifics stand between ``start`` (a sentence's or a clause's)
    and ``person`` ("Quyền Tổng cục trưởng Tổng cục THADS Hoàng Sỹ Thành ...", "TS. Nguyễn Khắc Minh ...")."""
    text = ctx.text
    covered = [(m.start, m.end) for m in ctx.mentions_within(start, person.start)
               if m.type in ("Organization", "Location")]
    window = text[start : person.start]
    covered += [(start + t.start, start + t.end) for t in titles().find_all(window)]
    covered += [(start + h.start(), start + h.end()) for h in _honorific().finditer(window)]
    at = start
    for start, end in sorted(covered):
        if start > at and not _POST_GAP.fullmatch(text, at, start):
            return False
        at = max(at, end)
    return bool(covered) and _POST_GAP.fullmatch(text, at, person.start) is not None


@lru_cache(maxsize=None)
def _honorific() -> re.Pattern[str]:
    """Honorifics, ranks and academic titles before a name (``honorifics.txt``, ``short_name_cues.txt``)."""
    words = sorted({*read_lines("honorifics.txt"), *read_lines("short_name_cues.txt")}, key=len, reverse=True)
    return re.compile(rf"(?<![\w])(?i:{alternation(words)})(?![\w])")


def speakers_of_the_lead_event(ctx: RelationContext, sentence: Sentence) -> None:
    """A sentence that names no event, where an official speaks ("Ông A, Giám đốc Sở X cho biết ...", "Theo ông
    B, Chủ tịch UBND quận Y, ...", after a fronted clause: "Ở một góc nhìn khác, ĐB C cho biết ..."), in an
    article whose first sentences name its own meeting: the official spoke at that meeting. Only a name with a
    post given in the same sentence counts."""
    event = ctx.main_event
    if event is None or ctx.mentions_in(sentence, "Event"):
        return
    lead = ctx.lead
    first = next((m for m in ctx.doc.mentions if m.entity == event), None)
    if first is None or not any(s.start <= first.start < s.end for s in lead) or is_visit(first) \
            or first.start > sentence.start:
        return
    text = ctx.text
    for person in ctx.mentions_in(sentence, "Person"):
        clause = max(sentence.start, text.rfind(",", sentence.start, person.start) + 1)
        opening = _speaker_opening().match(text, clause, person.start)
        # at the sentence's start the name may open it; after a comma a cue must stand before it ("ông", "ĐB")
        opens = opening.end() == person.start and (clause == sentence.start or bool(text[clause : person.start].strip()))
        if not opens and not _only_posts_before(ctx, clause, person):
            continue
        post = next((r for r in ctx.relations.values() if r.predicate == "holds_position" and r.subject == person.entity
                     and r.start >= sentence.start and r.end <= sentence.end), None)
        if post is None:
            return
        apposition = _apposition_before_speech().match(text, person.end, sentence.end)
        after = apposition.end() if apposition else person.end
        after = _ADVERB.match(text, after).end()
        if opening["theo"] or _speech().match(text, after):
            ctx.add(person.entity, "participated_in", event, sentence)
        return  # the first speaker's clause only: who else is named is in what was said


_COLLECTIVE_UNITS = frozenset({"Ban Thường vụ", "Thường trực", "Ban Thường trực", "Đoàn Chủ tịch"})
_MEMBERS_OF = re.compile(r"(?<![\w])(?:các đồng chí trong|các đồng chí|đồng chí trong|đại diện|toàn thể)\s+$")
_LIST_GAP = re.compile(r"\s*(?:,|và|,\s*và)\s*")


def _outside_bodies(ctx: RelationContext, sentence: Sentence, end: int) -> str:
    """The sentence up to ``end`` with the bodies' names blanked: their own words ("Ủy ban Quốc phòng, An
    ninh và Đối ngoại của Quốc hội") say nothing of whether the person after them is cited."""
    text = list(ctx.text[sentence.start : end])
    for body in ctx.mentions_in(sentence, "Organization"):
        if body.end <= end:
            for i in range(body.start - sentence.start, body.end - sentence.start):
                if not text[i].isspace() and text[i] not in ",;:.":
                    text[i] = "X"
    return "".join(text)


def _cited(before: str, words: str) -> bool:
    """Whether the clause before a name cites the person ("của Tổng Bí thư", "như ... đã nói") rather than
    having them act: a cited word not followed by "do" ("Đoàn công tác của Bộ Chính trị do đồng chí X")."""
    clause = re.split(r"[,;:.]", before)[-1] + " "
    cue = None
    for cue in re.finditer(rf"(?:^|\s)(?:{words})\s", clause):
        pass
    if cue is not None and re.search(r"(?:chủ trì|điều hành|tham dự|tham gia|chứng kiến|có mặt|hiện diện|giao lưu)\s+$",
                                     clause[: cue.start() + 1]):
        return False  # "dưới sự chủ trì của Thủ tướng X", "với sự tham dự của đồng chí Y": they are there
    if cue is not None and cue.group().strip() == "cho" and re.search(r"(?:^|\s)(?:trao|tặng)\s", clause[: cue.start() + 1]):
        return False  # "trao quyết định cho đồng chí X": X receives it there
    if cue is not None and cue.group().strip().lower() == "nguyên" and re.search(r"(?:^|\s)(?:có|gồm)\s+$", clause[: cue.start() + 1]):
        return False  # "Dự lễ có nguyên Thủ tướng X": a former leader listed among those there
    # "... do đồng chí X", "Tiếp và làm việc với đoàn có đồng chí X": after the cited word, "do" or "có" names
    # who acts or is there
    return cue is not None and not re.search(r"\s(?:do|có)\s", clause[cue.end() - 1 :])


def attendees_by_subject(ctx: RelationContext, sentence: Sentence) -> None:
    """"Thủ tướng X đã có buổi làm việc với Ban Thường vụ Tỉnh ủy Y, Bí thư Z": all of them take part."""
    for event in _event_mentions(ctx, sentence):
        if not event.attrs.get("subjects_attend"):
            continue
        spans = {tuple(span) for span in event.attrs.get("subject_bodies", ())}
        sent_end = None  # where the last body that sent a delegation ends
        for body in sorted(ctx.mentions_in(sentence, "Organization", top=True), key=lambda m: m.start):
            if (body.start, body.end) in spans:  # the bodies that meet by the verb
                held = event.attrs.get("subjects_hold")  # "Ban Thường vụ X họp thông qua ...": its own meeting
                ctx.add(body.entity, "organized" if held else "participated_in", event.entity, sentence)
            elif body.end <= event.start and (
                    _DELEGATION_OF.search(ctx.text, max(sentence.start, body.start - 40), body.start)
                    or (sent_end is not None and _LIST_GAP.fullmatch(ctx.text, sent_end, body.start))):
                # "A và đoàn công tác của Ban Thường vụ Tỉnh ủy đã có buổi làm việc với ...", "Đoàn đại biểu Tỉnh
                # ủy, HĐND, UBND tỉnh X ... đã đến dâng hoa": the bodies sent them
                ctx.add(body.entity, "participated_in", event.entity, sentence)
                sent_end = body.end
        # "A đến viếng ... Chủ tịch B": A, not B; "họp xem xét, thi hành kỷ luật đối với ông C": not C
        doers_end = event.attrs.get("doers_end", sentence.end)
        takers = event.attrs.get("takers")  # "A hội đàm với B; hội kiến với C": A and the act's own partner
        for person in ctx.mentions_in(sentence, "Person"):
            if takers and not any(start <= person.start and person.end <= end for start, end in takers):
                continue
            if person.end <= doers_end \
                    and not _cited(_outside_bodies(ctx, sentence, person.start),
                                   rf"{_FORMER}|của|như|theo|cho|đối với|kỷ luật"):
                ctx.add(person.entity, "participated_in", event.entity, sentence)


_SIDES = re.compile(r"\s(?:giữa|với)\s")
_LEADERS_OF = re.compile(r"(?:(?:lãnh đạo|đại diện)\s+)?")  # "với lãnh đạo Tỉnh ủy ...": the body, through its leaders
_OF = re.compile(r"\scủa\s")
_SIGNED_BETWEEN = re.compile(r"(?i:(?<![\w])ký kết(?![\w]))[^\n]*?\sgiữa\s")
# "nguyên Bộ trưởng X": a former holder, cited; not the rank "Nguyên soái" (marshal)
_FORMER = r"(?:nguyên|Nguyên)(?! soái)"


@lru_cache(maxsize=None)
def _two_sided_acts() -> frozenset[str]:
    """Meetings that two sides hold with each other ("opened" heads of ``event_heads.tsv``): "hội đàm",
    "làm việc", "gặp mặt", without "cuộc"/"buổi"."""
    return frozenset(act_of(row["head"]) for row in read_tsv("event_heads.tsv")
                     if row.get("names_act") == "opened")


@lru_cache(maxsize=None)
def _guest_ceremonies() -> re.Pattern[str]:
    """The head of a ceremony named after its guest (``guest_ceremonies.txt``): "Lễ đón", "lễ tiễn"."""
    words = "|".join(re.escape(w) for w in read_lines("guest_ceremonies.txt"))
    return re.compile(rf"(?i:{words})\s")


def parties_named(ctx: RelationContext, sentence: Sentence) -> None:
    """"Tại cuộc hội đàm giữa đồng chí A với đồng chí B, ...": the people a meeting's name gives as its
    sides (after "giữa" or "với" inside the name) take part in it, as does the guest a welcome ceremony
    is named after ("chủ trì lễ đón Bộ trưởng X")."""
    for event in _event_mentions(ctx, sentence):
        if not event.entity or event.attrs.get("ref"):
            continue
        act = act_of(str(event.attrs.get("kind", "")))
        sides = _guest_ceremonies().match(ctx.text, event.start, event.end)
        signed = sides is None and _SIGNED_BETWEEN.search(ctx.text, event.start, event.end)
        if sides is None and (act in _two_sided_acts() or signed):
            sides = _SIDES.search(ctx.text, event.start, event.end)
        if sides is None:
            continue
        # "cuộc gặp của ông A với Tổng thống B": whose meeting it is, before its other side, takes part too
        whose = _OF.search(ctx.text, event.start, sides.start()) if act in _two_sided_acts() else None
        for person in ctx.mentions_in(sentence, "Person"):
            if (sides.end() <= person.start and person.end <= event.end) \
                    or (whose and whose.end() <= person.start and person.end <= sides.start()):
                ctx.add(person.entity, "participated_in", event.entity, sentence)
        if signed:  # "Lễ ký kết Kế hoạch phối hợp ... giữa Tổng cục X và Báo Y": the bodies that sign
            for body in ctx.mentions_in(sentence, "Organization", top=True):
                if sides.end() <= body.start and body.end <= event.end and body.entity:
                    ctx.add(body.entity, "participated_in", event.entity, sentence)
        elif act in _two_sided_acts():  # "Buổi làm việc ... với lãnh đạo Tỉnh ủy, UBND tỉnh X": the bodies met
            pos = _LEADERS_OF.match(ctx.text, sides.end()).end()
            for body in sorted(ctx.mentions_in(sentence, "Organization", top=True), key=lambda m: m.start):
                if body.start < pos or not body.entity:
                    continue
                if body.start > pos or body.end > event.end:
                    break
                ctx.add(body.entity, "participated_in", event.entity, sentence)
                gap = _LIST_GAP.match(ctx.text, body.end)
                pos = gap.end() if gap else body.end


# "tại Hà Nội", "tại Thủ đô Santiago", "tại tỉnh Gia Lai": the place right after "tại"
@lru_cache(maxsize=None)
def _unit_words() -> str:
    """The words that may stand before a place's name: admin words (``admin_words.tsv``) and "Thủ đô"."""
    return "|".join(re.escape(w) for w in sorted({*admin_words(), "thủ đô", "Thủ đô"}, key=len, reverse=True))


@lru_cache(maxsize=None)
def _at() -> re.Pattern[str]:
    """"tại" and perhaps an admin word or "Thủ đô" right before a place."""
    return re.compile(rf"(?<![\w])(?:tại|Tại)\s+(?:(?:{_unit_words()})\s*)?$")


@lru_cache(maxsize=None)
def _at_a_venue() -> re.Pattern[str]:
    """"tại" and a venue the recognizers do not name, then the address it stands at: "tại Trụ sở tiếp công dân
    Bộ Công an, phường X", "tại điểm tiếp công dân, số 99 Nguyễn Tuân, phường Y", "tại nhà văn hóa thôn (xã Z"."""
    return re.compile(rf"(?<![\w])(?:tại|Tại)\s+[^.,;:()\n]{{3,80}}(?:,\s*số\s+\d+[^.,;:()\n]{{0,40}})?[,(]\s*"
                      rf"(?:(?:{_unit_words()})\s*)?$")


_ADDRESS_UNITS = frozenset({"province", "municipality", "city", "town", "district", "ward", "commune", "township"})


@lru_cache(maxsize=None)
def _right_after_in() -> re.Pattern[str]:
    """"ở" (and perhaps an admin word) between an event's name and a place."""
    return re.compile(rf"\s+ở\s+(?:(?:{_unit_words()})\s*)?")


@lru_cache(maxsize=None)
def _not_venue() -> re.Pattern[str]:
    words = sorted(read_lines("not_venue_cues.txt"), key=len, reverse=True)
    return re.compile(rf"(?<![\w])(?:{'|'.join(re.escape(w) for w in words)})(?:\s+[^\W\d_]+)?\s+$")


_OFFICE_GAP = re.compile(r"\s*(?:\([^()\n]{1,20}\))?\s*")  # "... Liên hợp quốc (UNESCO) tại Việt Nam"


_VOTERS_OF = re.compile(r"(?i)tiếp xúc cử tri\s+$")


@lru_cache(maxsize=None)
def _local_unit() -> re.Pattern[str]:
    """A unit below a province right before a place: "xã", "phường", "huyện" (``admin_words.tsv``), "ấp",
    "thôn", "khu" (``village_words.txt``)."""
    words = {form for form, (level, _) in admin_words().items() if level in ("district", "town", "commune")}
    words |= {w.lower() for w in read_lines("village_words.txt")} | {"khu"}
    return re.compile(rf"(?i:(?<![\w])(?:{'|'.join(re.escape(w) for w in sorted(words, key=len, reverse=True))}))\s+$")


def _deputies_group(before: str, place: Mention) -> bool:
    """"(thảo luận tại) tổ Hà Nội": the Assembly's group of a province's deputies, not where an event was held."""
    return before.endswith("tổ ") and place.attrs.get("kind") in ("province", "municipality")


def _places_named(ctx: RelationContext, events: list[Mention], sentence: Sentence) -> None:
    """"Buổi tiếp xúc cử tri TP. Thủ Đức", "Ngày hội Đại đoàn kết toàn dân tộc ấp Đại Thôn", "Đại hội đại
    biểu Hội Nông dân xã X": an event named after a place's voters, or after a district, commune or village,
    is held there."""
    for event in events:
        for place in ctx.mentions_within(event.start, event.end):
            if place.type != "Location" or not place.entity or place.start == event.start:
                continue
            before = ctx.text[max(event.start, place.start - 20) : place.start]
            if _deputies_group(before, place):
                continue
            if _VOTERS_OF.search(before) or _local_unit().search(before) \
                    or _local_unit().search(ctx.text[place.start : place.end].split(" ")[0] + " "):
                ctx.add(event.entity, "held_in", place.entity, sentence)


# a sentence that opens with its time and place: "Sáng 18/7, tại ", "Tại ", "Ngày 3/9/2025, tại Hà Nội, "
_WHERE_OPENING = r"\s*(?:[^,.;:\n]{0,30},\s*)?(?:tại|Tại)\s"  # "Sáng 18/7, tại ": a sentence that opens with where
_OPENS_WITH_WHERE = re.compile(rf"{_WHERE_OPENING}\s*(?:[^\W\d_]+\s+){{0,3}}$")
_WHERE_FIRST = re.compile(_WHERE_OPENING)
# ("Tiếp tục chuyến thăm X, A dự Diễn đàn Y ... tại Z", "Trong chuyến thăm X, ...": the visit goes on around it)
_FRAMING = re.compile(r"(?<![\w])(?i:trong khuôn khổ|nhân dịp|nhân|tiếp tục|trong)\s+$")


def held_in(ctx: RelationContext, sentence: Sentence) -> None:
    text = ctx.text
    documents = ctx.mentions_in(sentence, "Document")
    # a sitting told by what the Assembly did there ("Sáng 30/11, Quốc hội thông qua Nghị quyết về X tại Y"):
    # the places of what it passed or heard, not where it sat
    events = [e for e in _event_mentions(ctx, sentence)
              if not str(e.attrs.get("key", "")).startswith("party-") and not e.attrs.get("told")
              and not any(d.start <= e.start and e.end <= d.end for d in documents)]
    orgs = ctx.mentions_in(sentence, "Organization")
    people = ctx.mentions_in(sentence, "Person")
    _places_named(ctx, [e for e in events if not e.attrs.get("ref") and e.entity], sentence)
    for place in ctx.mentions_in(sentence, "Location"):
        lead_start = max(sentence.start, place.start - 24)
        lead = text[lead_start : place.start]
        # a named event of the sentence, else a reference to one ("Hội thảo được tổ chức tại ...")
        # ... or one after the place when the sentence opens with where ("Sáng 18/7, tại X, Hội Y tổ chức Đại hội
        # đại biểu lần thứ VII, nhiệm kỳ ...")
        candidates = [e for e in events if not e.attrs.get("ref")] or [e for e in events if e.end <= place.start] \
            or [e for e in events if _OPENS_WITH_WHERE.match(text, sentence.start, place.start)]
        # "tiếp xúc cử tri sau Kỳ họp thứ ba ... tại xã X", "Tiếp theo Hội nghị X lần thứ nhất, ...": an event told
        # of only dates the one held there
        candidates = [e for e in candidates if not told_of().search(text, max(sentence.start, e.start - 12), e.start)]
        # "trong khuôn khổ chuyến thăm X, A hội kiến B tại Moscow": the visit frames the meeting held there
        # "... tiếp D, Tổng Bí thư X đang thăm và làm việc tại Việt Nam": a place inside an event's name is its,
        # framed or not ("đột quỵ trong chuyến thăm và làm việc tại Kiên Giang")
        inside = [e for e in candidates if e.start < place.start and place.end <= e.end]
        framing = [e for e in candidates if _FRAMING.search(text, max(sentence.start, e.start - 20), e.start)]
        # (and what the framing visit's name holds: "... chuyến thăm X và tham dự Hội nghị Y, A tiếp B")
        candidates = inside or [e for e in candidates if not any(f.start <= e.start and e.end <= f.end for f in framing)] \
            or candidates
        at = _at().search(lead)
        venue = _at_a_venue().search(text, max(sentence.start, place.start - 100), place.start) \
            if at is None and place.attrs.get("kind") in _ADDRESS_UNITS else None
        if venue is not None:  # the address of a venue no recognizer names: "tại" opens the lead from there
            lead_start, lead = venue.start(), text[venue.start() : place.start]
            at = re.match(r"[Tt]ại", lead)
        if at and any(o.end <= lead_start + at.start() and _OFFICE_GAP.fullmatch(text, o.end, lead_start + at.start())
                      and not any(e.start <= o.start and o.end <= e.end for e in events) for o in orgs):
            continue  # "Trưởng Đại diện UNESCO tại Việt Nam": where the body's office is, not the event
        if at and any(0 <= p.start - place.end <= 1 for p in people):
            continue  # "Đại sứ Việt Nam tại Nhật Bản Phạm Quang Hiệu": an envoy's post, not the venue
        if at and _deputies_group(lead, place):
            continue
        if at and _not_venue().search(text, max(sentence.start, lead_start + at.start() - 24), lead_start + at.start()):
            continue  # "doanh nghiệp Anh đang đầu tư tại Việt Nam": where they invest, not the venue
        if not candidates and at and _lead_venue(ctx, sentence, place):
            # "Sáng 6/8, tại Trụ sở Trung ương Đảng, Lãnh đạo chủ chốt đã họp ...": the lead tells where the
            # article's own event (the headline's) took place, without naming it again
            candidates = [m for m in ctx.doc.mentions if m.entity == ctx.main_event][:1]
        if candidates and at:
            for where in [place, *_address_chain(ctx, sentence, place)]:
                ctx.add(candidates[0].entity, "held_in", where.entity, sentence)
        # "Hội nghị cấp cao ASEAN lần thứ 47 ở Kuala Lumpur, Malaysia": "ở" right after the event's name
        for event in events:
            if event.entity and not event.attrs.get("ref") and _right_after_in().fullmatch(text, event.end, place.start):
                for where in [place, *_address_chain(ctx, sentence, place)]:
                    ctx.add(event.entity, "held_in", where.entity, sentence)
    _at_a_bodys_seat(ctx, sentence, events, orgs)


def _at_a_bodys_seat(ctx: RelationContext, sentence: Sentence, events: list[Mention], orgs: list[Mention]) -> None:
    """"Sáng 2/11, tại Tỉnh ủy Quảng Ngãi, đoàn công tác ... đã đến ...": an event held at a local body's seat is
    held in the body's place, as the article names it elsewhere ("tỉnh Quảng Ngãi")."""
    text = ctx.text
    for body in orgs:
        place = body.attrs.get("place")
        at = _at().search(text, max(sentence.start, body.start - 24), body.start) if place else None
        if at is None or at.end() != body.start:
            continue
        if not _OPENS_WITH_WHERE.fullmatch(text, sentence.start, body.start):
            continue  # "kiểm tra tài chính tại Thị ủy X": where something else was done
        where = next((e for e in ctx.doc.entities if e.type == "Location" and e.name == place), None)
        named = [e for e in events if not e.attrs.get("ref") and e.entity]
        event = named[0].entity if named else ctx.main_event if sentence in ctx.lead else None
        if where is not None and event is not None:
            ctx.add(event, "held_in", where.id, sentence)


def _lead_venue(ctx: RelationContext, sentence: Sentence, place: Mention) -> bool:
    """A place the lead opens with ("Sáng 6/8, tại X, ..."), in one of the article's first sentences, where the
    article names an event of its own."""
    if ctx.main_event is None or not _OPENS_WITH_WHERE.fullmatch(ctx.text, sentence.start, place.start):
        return False
    opening = next((s for s in ctx.lead  # the first that opens with where, only
                    if _WHERE_FIRST.match(ctx.text, s.start, s.end)), None)
    return opening is not None and opening.start == sentence.start


@lru_cache(maxsize=None)
def _address_step() -> re.Pattern[str]:
    """What joins one place of an address to the next, wider one: ", Thủ đô ", " (xã ", ", tỉnh ", " ở "; the
    ``unit`` group is the admin word, which the next place's mention may take in."""
    return re.compile(rf"(?:\s*[,(]|\s+ở)\s*(?P<unit>(?:{_unit_words()})\s+)?")  # "... Nhà Quốc hội ở Thủ đô Hà Nội"


def _address_chain(ctx: RelationContext, sentence: Sentence, place: Mention) -> list[Mention]:
    """The places that go on an address after the venue: "tại Nhà Quốc hội, Thủ đô Hà Nội", "tại đồi E2,
    tỉnh Điện Biên", "tại ấp Vườn Ươm, xã Tân Định": annotators hold the event in each of them."""
    places = {m.start: m for m in ctx.mentions_in(sentence, "Location") if m.entity}
    chain, end = [], place.end
    while step := _address_step().match(ctx.text, end, sentence.end):
        # the place's mention may or may not take in its admin word ("xã Tân Lập")
        nxt = places.get(step.end()) or (places.get(step.start("unit")) if step.group("unit") else None)
        if nxt is None:
            break
        chain.append(nxt)
        end = nxt.end
    return chain


def visits(ctx: RelationContext, sentence: Sentence) -> None:
    """A visit names who travels and where: "chuyến thăm cấp nhà nước của Tổng Bí thư X tới Campuchia",
    "Chuyến thăm Lào của Chủ tịch nước Y". The people after "của" make it; it is held in the places it
    names (the destination, however it is introduced: "thăm", "tới", "đến", "tại")."""
    for event in _event_mentions(ctx, sentence):
        if event.attrs.get("ref") or not event.entity or not is_visit(event):
            continue
        of = ctx.text.find(" của ", event.start, event.end)
        destination = None
        for inside in sorted(ctx.mentions_within(event.start, event.end), key=lambda m: m.start):
            if inside.entity and inside.type == "Person" and 0 <= of < inside.start:
                ctx.add(inside.entity, "participated_in", event.entity, sentence)
            elif inside.entity and inside.type == "Location" and not _inside_a_body(ctx, inside) \
                    and not (0 <= of < inside.start and _qualifies_a_title(ctx.text, inside.start)) \
                    and (destination is None or _LIST_GAP.fullmatch(ctx.text, destination.end, inside.start)):
                # the first place ("đến Việt Nam của Tổng thống Sri Lanka X" goes to Việt Nam), and the places
                # listed with it ("thăm chính thức Singapore và Nhật Bản")
                destination = inside
                ctx.add(event.entity, "held_in", inside.entity, sentence)
        visitors = event.attrs.get("visitors")  # "Thủ tướng X thăm chính thức Lào": X, before the verb
        for person in ctx.mentions_within(*visitors) if visitors and visitors[0] >= 0 else ():
            if person.type == "Person" and person.entity:
                ctx.add(person.entity, "participated_in", event.entity, sentence)


def _qualifies_a_title(text: str, start: int) -> bool:
    """A country right after a title ("của một Tổng thống Mozambique"): whose the visitor is, not where to."""
    before = text[max(0, start - 40) : start]
    return any(t.end == len(before.rstrip()) and before.endswith(" ") for t in titles().find_all(before))


def _inside_a_body(ctx: RelationContext, place: Mention) -> bool:
    """"của Đoàn đại biểu tỉnh Gia Lai": the place names a body's province, not where the visit goes."""
    return any(m.type == "Organization" and m.start < place.start and place.end <= m.end
               for m in ctx.mentions_within(place.start - 120, place.end))


def sessions_of_the_only_assembly(ctx: RelationContext) -> None:
    """A session named by its number alone ("tại Kỳ họp thứ 8") in an article that names one assembly or
    council (Quốc hội, or one HĐND) and no other holder: that assembly held it."""
    assemblies = [e for e in ctx.doc.entities if e.type == "Organization" and ASSEMBLY.match(e.name)]
    if len(assemblies) != 1:
        return
    held = {r.object for r in ctx.relations.values() if r.predicate == "organized"}
    for event in ctx.doc.mentions:
        if event.type == "Event" and event.entity and event.entity not in held and not event.attrs.get("ref") \
                and event.attrs.get("kind") == "session" and event.attrs.get("number") \
                and not str(event.attrs.get("key") or "").startswith("meeting-"):
            ctx.add(assemblies[0].id, "organized", event.entity,
                    ctx.doc.sentence_of(event.start) or Sentence(event.start, event.end))
            held.add(event.entity)


def guests_named_by_post(ctx: RelationContext) -> None:
    """"Phó Thủ tướng A hội kiến Bí thư Tỉnh ủy Vân Nam": a meeting whose guest the clause names by post
    alone is attended by whoever the article says holds that post ("Bí thư Tỉnh ủy Vân Nam B")."""
    holders: dict[tuple[str, str], set[str]] = {}
    for subject, predicate, body, role in ctx.relations:
        if predicate == "holds_position" and role:
            holders.setdefault((body, role), set()).add(subject)
    for event in ctx.doc.mentions:
        if event.type != "Event" or event.source != "meeting_verbs" or not event.entity:
            continue
        inside = ctx.mentions_within(event.start, event.end)
        if any(m.type == "Person" for m in inside):
            continue
        sentence = ctx.doc.sentence_of(event.start) or Sentence(event.start, event.end)
        for body in (m for m in inside if m.type == "Organization" and m.entity):
            before = ctx.text[event.start : body.start]
            for title in titles().find_all(before):
                if before[title.end :].strip():
                    continue  # the title that names this body ends right before it
                guests = holders.get((body.entity, title.payload.role), set())
                if len(guests) == 1:
                    ctx.add(next(iter(guests)), "participated_in", event.entity, sentence)
