"""Documents: who ``issued`` them (issuer codes, "của X", "X ban hành", "được X thông qua") and where
they were ``adopted_at`` (an event named inside a resolution's name)."""

from __future__ import annotations

import re
from functools import lru_cache

from kgraph.document import Mention, Sentence
from kgraph.recognize.described_documents import told_subject
from kgraph.recognize.event_boundaries import opens_a_clause, subject_gap_words
from kgraph.recognize.party_grammar import ASSEMBLY, ROMAN, TERM_WORD
from kgraph.recognize.phrases import word_alternation
from kgraph.relations.context import RelationContext
from kgraph.resources import read_lines

__all__ = ["issued", "adopted", "sessions_of_issuers"]


# between a document and its issuer: its date or year, then "của"
_ISSUED_GAP = re.compile(
    r"[\s,]*(?:(?:ngày\s+[\d/.\-]+(?:\s*tháng\s+\d{1,2})?(?:\s*năm\s+\d{4})?|năm\s+\d{4})[\s,]*)?của\s+"
)


def issued(ctx: RelationContext, sentence: Sentence) -> None:
    text = ctx.text
    orgs = ctx.mentions_in(sentence, "Organization", top=True)
    for doc_mention in ctx.mentions_in(sentence, "Document"):
        entity = ctx.doc.entity(doc_mention.entity)
        issuers = list(doc_mention.attrs.get("issuers", ()) or ())
        # local codes ("05-KH/TU") name the article's own committee: "Tỉnh ủy {province}"
        issuers += [ctx.implied(p) for p in doc_mention.attrs.get("issuer_patterns", ()) or () if ctx.implied(p)]
        for issuer in issuers[:1] if not doc_mention.attrs.get("issuers") else issuers:
            if "{" in issuer:
                continue
            org = ctx.body_named(issuer)
            ctx.add(org.id, "issued", entity.id, sentence)
        if doc_mention.attrs.get("implements"):
            continue  # "Kế hoạch thực hiện Chương trình số 86-CTr/TU của Tỉnh ủy": "của" names the inner one's issuer
        # "Nghị quyết số 18-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương", "Kết luận số 35-KL/TW năm 2022 của ..."
        for org in orgs:
            gap = text[doc_mention.end : org.start]
            if 0 <= org.start - doc_mention.end <= 60 and _ISSUED_GAP.fullmatch(gap):
                if not doc_mention.attrs.get("number") and _coded_elsewhere(ctx, entity.id, org):
                    break  # "Nghị quyết về cơ cấu tổ chức của Chính phủ" for a QH15 resolution: "của" is its subject's
                ctx.add(org.entity, "issued", entity.id, sentence)
                for joint in _co_issuers(text, org, orgs):
                    ctx.add(joint.entity, "issued", entity.id, sentence)
                break
    # "Luật X được Quốc hội khóa XV thông qua"
    for doc_mention in ctx.mentions_in(sentence, "Document"):
        for org in orgs:
            gap = text[doc_mention.end : org.start]
            if 0 <= org.start - doc_mention.end <= 40 and re.fullmatch(r"\s*(?:đã|vừa|mới)?\s*được\s+", gap) \
                    and re.match(rf"(?:{TERM_WORD}{ROMAN})?\s*(?:thông qua|ban hành)", text[org.end : sentence.end]):
                ctx.add(org.entity, "issued", doc_mention.entity, sentence)
    # "Bộ Chính trị, Ban Bí thư ban hành Quy định 301", "Quốc hội đã thông qua Nghị quyết về ...": every
    # body listed before the verb issues the document right after it
    for verb in _ISSUING_VERB.finditer(text, sentence.start, sentence.end):
        objects = [d for d in ctx.mentions_in(sentence, "Document") if d.start >= verb.end()]
        if verb["verb"] != "ban hành":  # a passed document follows its verb at once, or its draft does
            objects = passed_documents(ctx, sentence, verb.end())
        if not objects:
            continue
        for org in _listed_before(text, verb.start(), orgs):
            for passed in objects if verb["verb"] != "ban hành" else objects[:1]:
                ctx.add(org.entity, "issued", passed.entity, sentence)
        # "Thay mặt Bộ Chính trị, Ban Bí thư, đồng chí A đã ký ban hành Quy định 301": the bodies signed for
        behalf = _ON_BEHALF.search(text, sentence.start, verb.start())
        if behalf and verb["verb"] == "ban hành" and re.search(r"\bký\s+$", text[verb.start() - 6 : verb.start()]):
            for org in _listed_after(text, behalf.end(), orgs):
                ctx.add(org.entity, "issued", objects[0].entity, sentence)


def _coded_elsewhere(ctx: RelationContext, entity_id: str, org) -> bool:
    """The document's number names another issuer by its code ("176/2025/QH15": Quốc hội) than ``org``."""
    coded = {name for m in ctx.doc.mentions if m.entity == entity_id and m.attrs.get("number")
             for name in m.attrs.get("issuers", ()) or ()}
    return bool(coded) and ctx.doc.entity(org.entity).name not in coded


# "có" and "ra" only right before the document: "Bộ Chính trị có Nghị quyết số 68-NQ/TW về ...", "BTV Huyện ủy
# X đã ra Quyết định số 223-QĐ/HU"
# (each verb opens at its first letter, the look-behind after it: re skips to those letters; word_alternation)
_ISSUING_VERB = re.compile(rf"(?P<verb>{word_alternation(['ban hành', 'biểu quyết thông qua', 'thông qua', 'có', 'ra'])})"
                           r"(?![\w])")
@lru_cache(maxsize=None)
def _before_verb() -> re.Pattern[str]:
    """Between the issuing bodies and the verb: a term ("khóa XV") and the words of ``subject_gap_words.txt``."""
    return re.compile(rf"(?:{TERM_WORD}{ROMAN})?\s*(?:(?:{subject_gap_words()})\s+)*")
# what stands between "thông qua" and the document passed: nothing, or "dự thảo" ("thông qua dự thảo Luật X"
# passes the law)
_PASSED_OBJECT = re.compile(r"(?s:.{0,3}(?:(?:các|hai|ba|\d+)\s+)?(?:dự thảo\s+)?)")
# a count of documents, then those it names: " 18 luật và 21 nghị quyết, trong đó có "
_AMONG = re.compile(r"\s+\d+\s+[^.;:,]{2,60}?,\s*(?:trong đó có|gồm|bao gồm)\s+")
_NEXT_PASSED = re.compile(r"\s*(?:,\s*và|,|và)\s+(?:dự thảo\s+)?")


def passed_documents(ctx: RelationContext, sentence: Sentence, pos: int) -> list:
    """The documents a verb passes at ``pos``: the one right after it, and those listed after that one, each
    perhaps with what it is about ("thông qua các Nghị quyết số 176/2025/QH15 về X và Nghị quyết số 177 ...")."""
    documents = sorted(ctx.mentions_in(sentence, "Document"), key=lambda d: d.start)
    among = _AMONG.match(ctx.text, pos, sentence.end)
    if among:  # "thông qua 18 luật và 21 nghị quyết, trong đó có Luật X và Nghị quyết Y": those named
        pos = among.end()
    first = next((d for d in documents if d.start >= pos and _PASSED_OBJECT.fullmatch(ctx.text, pos, d.start)), None)
    if first is None:
        return []
    listed = [first]
    for document in documents:
        if document.start < listed[-1].end:
            continue
        at = listed[-1].end + len(told_subject(ctx.text, listed[-1].end))
        if not _NEXT_PASSED.fullmatch(ctx.text, at, document.start):
            break
        listed.append(document)
    return listed
_LIST_GAP = re.compile(r"\s*(?:,\s*và|,|và)\s*")


_ON_BEHALF = re.compile(r"(?<![\w])[Tt]hay mặt\s+")


def _listed_after(text: str, pos: int, orgs: list) -> list:
    """The bodies listed from ``pos`` on ("Bộ Chính trị, Ban Bí thư, đồng chí ...")."""
    listed = []
    for org in sorted((o for o in orgs if o.start >= pos), key=lambda o: o.start):
        if org.start != pos:
            break
        listed.append(org)
        gap = _LIST_GAP.match(text, org.end)
        pos = gap.end() if gap else org.end
    return listed


def _co_issuers(text: str, first, orgs: list) -> list:
    """The bodies listed after the first issuer, of its own kind: "của Bộ Chính trị, Ban Bí thư"; not the
    subject of the next clause ("của Bộ Chính trị, Chính phủ đã đề xuất ...")."""
    kind = first.attrs.get("category")
    if kind is None:
        return []
    gap = _LIST_GAP.match(text, first.end)
    listed = _listed_after(text, gap.end(), orgs) if gap else []
    joint = []
    for org in listed:
        if org.attrs.get("category") != kind or opens_a_clause().match(text, org.end):
            break  # "... của Văn phòng Trung ương, Bộ Chính trị đã đồng ý ...": the next clause's subject
        joint.append(org)
    return joint



def _listed_before(text: str, pos: int, orgs: list) -> list:
    """The bodies listed right before ``pos`` ("Bộ Chính trị, Ban Bí thư đã"), nearest last."""
    listed = []
    gap = _before_verb()
    for org in sorted((o for o in orgs if o.end <= pos), key=lambda o: -o.end):
        if not gap.fullmatch(text, org.end, pos):
            break
        listed.append(org)
        pos, gap = org.start, _LIST_GAP
    return listed[::-1]


def adopted(ctx: RelationContext, sentence: Sentence) -> None:
    events = ctx.mentions_in(sentence, "Event")
    for doc_mention in ctx.mentions_in(sentence, "Document"):
        inner = [e for e in events if doc_mention.start < e.start and e.end <= doc_mention.end and not e.attrs.get("ref")]
        span = doc_mention.attrs.get("adopted_at_span")
        if span:
            inner = [e for e in inner if e.start >= span[0] - 1] or inner
        if inner and ctx.doc.entity(doc_mention.entity).attrs.get("doc_type", "Nghị quyết") == "Nghị quyết":
            ctx.add(doc_mention.entity, "adopted_at", inner[0].entity, sentence)
    # "Tại Kỳ họp thứ 9, Quốc hội ... đã biểu quyết thông qua Nghị quyết X": passed at the session
    # "Phiên họp thứ 54 xem xét, thông qua Nghị quyết X": the session as the subject passes it too; "Tại phiên
    # họp này, ... thông qua": a reference to the session, once resolved
    sessions = [e for e in events if e.attrs.get("kind") in _SESSIONS and e.entity]
    for verb in _PASSED.finditer(ctx.text, sentence.start, sentence.end):
        if _proposed().search(ctx.text, max(sentence.start, verb.start() - 12), verb.start()):
            continue  # "trình bày tờ trình về việc thông qua Đề án X": proposed, not passed
        held = [e for e in sessions if e.end <= verb.start()
                and (_AT_SESSION.search(ctx.text[max(sentence.start, e.start - 12) : e.start])
                     or _session_passes().fullmatch(ctx.text, e.end, verb.start()))]
        if held:
            for passed in passed_documents(ctx, sentence, verb.end()):
                ctx.add(passed.entity, "adopted_at", held[-1].entity, sentence)
        elif passive := _passed_by(ctx, sentence, verb.start()):
            # "Nghị quyết X vừa được Quốc hội thông qua sáng 30/11": passed at the sentence's sitting or session
            document, body = passive
            held = [e for e in sessions if not e.attrs.get("ref")] if ASSEMBLY.match(body.name) else []
            session = held[0].entity if len(held) == 1 else _the_only_session(ctx) if ASSEMBLY.match(body.name) else None
            if session:
                ctx.add(document.entity, "adopted_at", session, sentence)
        elif any(ASSEMBLY.match(o.name) for o in _listed_before(ctx.text, verb.start(), ctx.mentions_in(
                sentence, "Organization", top=True))):
            # "Quốc hội cũng đã thông qua Nghị quyết X" in an article about one session: passed there
            session = _the_only_session(ctx)
            for passed in passed_documents(ctx, sentence, verb.end()) if session else ():
                ctx.add(passed.entity, "adopted_at", session, sentence)


_BY_BODY = re.compile(r"\s*(?:(?:đã|vừa|mới|chính thức)\s+)?được\s+$")


def _passed_by(ctx: RelationContext, sentence: Sentence, verb: int) -> tuple[Mention, Mention] | None:
    """The document and the body in "<document> (vừa) được <body> (biểu quyết) thông qua", when the verb at
    ``verb`` reads so."""
    orgs = [o for o in ctx.mentions_in(sentence, "Organization", top=True)
            if o.end <= verb and re.fullmatch(r"\s*(?:(?:đã|vừa|chính thức)\s+)?(?:biểu quyết\s+)?", ctx.text[o.end : verb])]
    if not orgs:
        return None
    body = orgs[-1]
    document = next((d for d in ctx.mentions_in(sentence, "Document")
                     if d.end <= body.start and _BY_BODY.fullmatch(ctx.text, d.end, body.start)), None)
    return (document, body) if document else None


_PASSED = re.compile(rf"{word_alternation(['thông qua', 'biểu quyết thông qua', 'ban hành'])}(?![\w])")
@lru_cache(maxsize=None)
def _proposed() -> re.Pattern[str]:
    """Words before "thông qua" that only propose it (``proposal_words.txt``): "tờ trình về việc thông qua"."""
    words = "|".join(re.escape(w) for w in sorted(read_lines("proposal_words.txt"), key=len, reverse=True))
    return re.compile(rf"(?<![\w])(?:{words})\s+$")
_SESSIONS = frozenset({"session", "congress", "phiên họp", "kỳ họp", "plenum", "hội nghị"})


@lru_cache(maxsize=None)
def _session_passes() -> re.Pattern[str]:
    """Between a session named as the subject and the verb that passes: the words of
    ``subject_gap_words.txt`` ("đã", "cũng") and the verbs joined to it ("xem xét, thông qua")."""
    return re.compile(rf"\s*(?:(?:{subject_gap_words()}|xem xét|thảo luận|và|,)\s*)*")
# "Tại Kỳ họp thứ 9", "tiếp tục Kỳ họp thứ 9", "trong Kỳ họp": the session the sentence passes things at
_AT_SESSION = re.compile(r"(?<![\w])(?:[Tt]ại|[Tt]iếp tục|[Tt]rong)\s+$")




def _the_only_session(ctx: RelationContext) -> str | None:
    """The one assembly session the article names, if it names one."""
    sessions = {m.entity for m in ctx.doc.mentions if m.type == "Event" and m.entity and not m.attrs.get("ref")
                and m.attrs.get("kind") == "session"}
    return sessions.pop() if len(sessions) == 1 else None


def issuers_of_sessions(ctx: RelationContext) -> None:
    """A resolution passed at a body's session with no issuer named is the body's: "Phiên họp thứ 54 của
    Ủy ban Thường vụ Quốc hội ... thông qua Nghị quyết X" (X issued by the Standing Committee)."""
    relations = list(ctx.relations.values())
    issued_docs = {r.object for r in relations if r.predicate == "issued"}
    holders: dict[str, list[str]] = {}
    for r in relations:
        if r.predicate == "organized":
            holders.setdefault(r.object, []).append(r.subject)
    for adopted_at in (r for r in relations if r.predicate == "adopted_at" and r.subject not in issued_docs):
        if len(holders.get(adopted_at.object, [])) == 1:
            ctx.add(holders[adopted_at.object][0], "issued", adopted_at.subject, Sentence(adopted_at.start, adopted_at.end))


def sessions_of_issuers(ctx: RelationContext) -> None:
    """The assembly that passed a resolution at one of its sessions held that session ("Quốc hội thông qua
    Nghị quyết kỳ họp thứ 9": the National Assembly organized its 9th session)."""
    kinds = {m.entity: m.attrs.get("kind") for m in ctx.doc.mentions if m.type == "Event" and m.entity}
    relations = list(ctx.relations.values())
    for adopted_at in (r for r in relations if r.predicate == "adopted_at" and kinds.get(r.object) == "session"):
        for issued_by in (r for r in relations if r.predicate == "issued" and r.object == adopted_at.subject):
            if ASSEMBLY.match(ctx.doc.entity(issued_by.subject).name):
                ctx.add(issued_by.subject, "organized", adopted_at.object,
                        Sentence(adopted_at.start, adopted_at.end))
