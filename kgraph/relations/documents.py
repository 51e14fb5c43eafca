"""Documents: who ``issued`` them (issuer codes, "của X", "X ban hành", "được X thông qua") and where
they were ``adopted_at`` (an event named inside a resolution's name)."""

from __future__ import annotations

import re

from kgraph.document import Sentence
from kgraph.relations.context import RelationContext

__all__ = ["issued", "adopted"]

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
        # "Nghị quyết số 18-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương"
        for org in orgs:
            gap = text[doc_mention.end : org.start]
            if 0 <= org.start - doc_mention.end <= 60 and re.fullmatch(
                r"[\s,]*(?:(?:ngày|ngày)\s+[\d/.\-]+(?:\s*năm\s+\d{4})?[\s,]*)?của\s+", gap
            ):
                ctx.add(org.entity, "issued", entity.id, sentence)
                break
    # "Luật X được Quốc hội khóa XV thông qua"
    for doc_mention in ctx.mentions_in(sentence, "Document"):
        for org in orgs:
            gap = text[doc_mention.end : org.start]
            if 0 <= org.start - doc_mention.end <= 40 and re.fullmatch(r"\s*(?:đã|vừa|mới)?\s*được\s+", gap) \
                    and re.match(r"(?:\s*khóa\s+[IVXLC]+)?\s*(?:thông qua|ban hành)", text[org.end : sentence.end]):
                ctx.add(org.entity, "issued", doc_mention.entity, sentence)
    for verb in re.finditer(r"(?<![\w])ban hành(?![\w])", text[sentence.start : sentence.end]):
        pos = sentence.start + verb.start()
        subjects = [o for o in orgs if o.end <= pos and re.fullmatch(r"\s*(?:đã|vừa|mới)?\s*", text[o.end : pos])]
        objects = [d for d in ctx.mentions_in(sentence, "Document") if d.start >= pos + len("ban hành")]
        if subjects and objects:
            ctx.add(subjects[-1].entity, "issued", objects[0].entity, sentence)


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
    sessions = [e for e in events if e.attrs.get("kind") in ("session", "congress") and not e.attrs.get("ref")]
    for verb in _PASSED.finditer(ctx.text, sentence.start, sentence.end):
        held = [e for e in sessions if e.end <= verb.start()
                and re.match(r"\s*(?:Tại|tại)\s+$", ctx.text[max(sentence.start, e.start - 6) : e.start])]
        passed = [d for d in ctx.mentions_in(sentence, "Document") if 0 <= d.start - verb.end() <= 3]
        if held and passed:
            ctx.add(passed[0].entity, "adopted_at", held[-1].entity, sentence)


_PASSED = re.compile(r"(?<![\w])(?:thông qua|biểu quyết thông qua|ban hành)(?![\w])")
