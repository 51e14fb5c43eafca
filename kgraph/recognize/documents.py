"""Document mentions: numbered Party and state documents, short references,
resolutions named by the congress or plenum that adopted them, documents that
amend others, and (from :mod:`~kgraph.recognize.document_titles`) documents
named by their title.

The numbers are decoded by :mod:`~kgraph.recognize.document_numbers`; a type
word written before the number ("Chương trình hành động số 32-CT/TU") wins
over the number's code, since the same code can mean different types in the
Party and the state.
Everything is matched on ``doc.search_text`` (modern tone marks, same length as
the text), so every span is a valid span of ``doc.text``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from kgraph.document import Document, Mention
from kgraph.errors import PipelineError
from kgraph.gazetteer import congress_body
from kgraph.normalize import search_form
from kgraph.recognize.document_candidates import Candidate, clean, unique
from kgraph.recognize.document_numbers import (
    DocumentNumber,
    TypeWord,
    alternation,
    date_after,
    find_numbers,
    parse_number,
    type_words,
)
from kgraph.recognize.document_titles import PLURAL_BEFORE, horizon_heads, title_end, titled_documents
from kgraph.recognize.party_grammar import adopted_at_after, cited_resolutions, event_identity
from kgraph.recognize.phrases import word_alternation

__all__ = ["DocumentNumber", "parse_number", "recognize_documents"]

SOURCE = "documents"


@lru_cache(maxsize=None)
def _type_before_pattern() -> re.Pattern[str]:
    words = alternation([t.word for t in type_words().values()])
    return re.compile(rf"(?<!\w)(?P<w>{words})(?:\s+(?P<so>số))?\s*:?\s*\Z", re.IGNORECASE)


@lru_cache(maxsize=None)
def _short_pattern() -> re.Pattern[str]:
    # the words opening at their first letters (re skips to those), the rest ignoring case
    words = word_alternation([" ".join(t.word.split()) for t in type_words().values() if t.short_ref],
                             ignore_case=True, space=r"\s+")
    return re.compile(
        rf"(?P<w>{words})(?i:(?:\s+(?P<so>số))?\s+(?P<n>\d{{1,4}})(?!\d|[/.,-]\d|\s?[-/]\s?[A-Za-zĐđ])"
        rf"(?:\s+năm\s+(?P<y>(?:19|20)\d\d)(?!\d))?)"  # "Kết luận số 35 năm 2022": the year it was issued
    )


_SHORT_NEXT = re.compile(r"\s*(?:,|;|,?\s+và)\s*(?P<n>\d{1,4})(?!\d|[/.,-]\d|\s?[-/]\s?[A-Za-zĐđ])")
# What may follow a short reference: punctuation, a capital, or a word that
# starts a clause or says what the document does ("Quyết định 1348 thành lập ...").
# "Kết luận 6 nhiệm vụ" (a count) is not a reference.
_SHORT_FOLLOW = re.compile(
    r"\s*(?:\Z|[,.;:)\]\"'!?…-]|[A-ZĐ]|(?:của|về|và|ngày|đã|được|là|thì|với|cho|trong|tại|theo|nêu|đề|"
    r"có|sẽ|vào|hoặc|hay|này|đó|khóa|cũng|vẫn|đang|nhằm|để|từ|mà|ban|do|chưa|không|"
    r"thành lập|phê duyệt|quy định|kiện toàn|hướng dẫn)(?!\w))"
)


def _type_word(raw: str) -> TypeWord:
    return type_words()[clean(raw).casefold()]


def _number_candidates(text: str) -> list[Candidate]:
    candidates = []
    type_before = _type_before_pattern()

    def typed_at(start: int) -> bool:  # "văn bản số 3561/...": a type word and "số" before the number
        before = type_before.search(text, max(0, start - 60), start)
        return before is not None and before["so"] is not None

    for start, end, parsed in find_numbers(text, typed_at):
        before = type_before.search(text, max(0, start - 60), start)
        word = _type_word(before["w"]) if before else None
        mention_start = before.start() if before else start
        number = parsed.normalized
        code_type = parsed.type_name
        if word is not None and not word.generic:
            doc_type = word.word
        else:
            doc_type = code_type or (word.word if word else None)
        label = word.word if word is not None else code_type
        name = f"{label} số {number}" if label else number
        forms = [clean(text[mention_start:end])]
        for form_type in unique([label or "", code_type if word is not None and word.generic else ""]):
            forms += [f"{form_type} số {number}", f"{form_type} {number}"]
        forms.append(number)
        date, date_end = date_after(text, end)
        attrs: dict[str, Any] = {
            "form": "number",
            "number": parsed.number,
            "normalized": number,
            "doc_type": doc_type,
            "type_code": parsed.type_code,
            "issuer_codes": list(parsed.issuer_codes),
            "issuers": list(parsed.issuers),
            "issuer_patterns": list(parsed.issuer_patterns),
            "year": parsed.year,  # the number's own year; the date is in "date"
            "legislature": parsed.legislature,
            "system": parsed.system,
            "surface_forms": unique(forms),
            **date,
        }
        span = adopted_at_after(text, date_end)
        if span:
            attrs["adopted_at_span"] = span
        candidates.append(Candidate(mention_start, end, name, attrs, priority=0))
    return candidates


def _resolution_candidates(text: str) -> list[Candidate]:
    candidates = []
    for head, span in cited_resolutions(text):
        if PLURAL_BEFORE.search(text, max(0, head.start() - 10), head.start()):
            continue
        word = _type_word(head["w"]).word
        name = word + clean(text[head.start() : span[1]])[len(clean(head["w"])) :]
        identity, term = event_identity(clean(text[span[0] : span[1]]))
        attrs: dict[str, Any] = {
            "form": "resolution",
            "doc_type": word,
            "type_code": _type_word(head["w"]).code,
            "adopted_at_span": span,
            "surface_forms": [name],
        }
        if identity and identity.startswith("congress:local:"):
            # "Nghị quyết Đại hội Đoàn toàn quốc lần thứ X" and "... Đại hội Đoàn TNCS Hồ Chí Minh toàn quốc ...":
            # one congress of one body
            scope, ordinal = identity[len("congress:local:"):].rsplit(":", 1)
            identity = f"congress:local:{(congress_body(scope) or scope).casefold()}:{ordinal}"
        if identity:
            attrs["resolution_key"] = f"{attrs['type_code']}:{identity}"
        if term:
            attrs["term"] = term
        candidates.append(Candidate(head.start(), span[1], name, attrs, priority=1))
    return candidates



def _short_candidates(text: str) -> list[Candidate]:
    candidates = []
    for match in _short_pattern().finditer(text):
        raw_word = match["w"]
        if not raw_word[0].isupper() and not match["so"]:
            continue  # "nghị quyết 18" without "số" is too often a count
        word = _type_word(raw_word)
        spans = [(match.start(), match.end(), match["n"], match["y"])]
        end = match.end()
        while True:
            more = _SHORT_NEXT.match(text, end)
            if not more or not _SHORT_FOLLOW.match(text, more.end()):
                break
            spans.append((more.start("n"), more.end(), more["n"], None))
            end = more.end()
        if not _SHORT_FOLLOW.match(text, spans[0][1]):
            continue
        for start, stop, number, year in spans:
            if re.fullmatch(r"(?:19|20)\d\d|0+", number):
                continue
            name = f"{word.word} {number}" + (f" năm {year}" if year else "")
            date, _ = date_after(text, stop)
            attrs = {
                "form": "short",
                "short_number": number,
                "doc_type": word.word,
                "type_code": word.code,
                "surface_forms": unique([clean(text[start:stop]), name]
                                        + ([f"{word.word} số {number}", f"{word.word} {number}"] if year else [])),
                **date,
            }
            if year:
                attrs["year"] = int(year)
            candidates.append(Candidate(start, stop, name, attrs, priority=4))
    return candidates


_AMENDED_TYPES = ("bộ luật", "luật", "pháp lệnh", "nghị quyết", "nghị định", "thông tư", "quyết định")
_AMENDED_WORDS = word_alternation([w for t in _AMENDED_TYPES for w in (t, t.capitalize())], space=r"\s+")
_AMEND_HEAD = re.compile(rf"(?P<w>{_AMENDED_WORDS})(?P<of>\s+của\s+)?")
_AMEND_VERB = re.compile(r"\s+[Ss]ửa\s+đổi\s*,\s*bổ\s+sung(?:\s+(?:một\s+số\s+điều|[Đđ]iều\s+\d+))?(?:\s+của)?\s+")
_AMEND_MORE = re.compile(r"\s*(?:,\s*và|,|và)\s+")
_LAW_TYPES = ("Luật", "Bộ luật", "Pháp lệnh", "Hiến pháp")


def _horizon_plan(candidate: Candidate) -> bool:
    """A plan named by its horizon ("Chiến lược ... đến năm 2030"): a law amends no plan."""
    return candidate.attrs.get("doc_type") in horizon_heads()


def _amending_candidates(text: str, accepted: list[Candidate]) -> list[Candidate]:
    """"Nghị quyết sửa đổi, bổ sung một số điều của Nội quy kỳ họp Quốc hội".

    A document named after the one it amends; it contains that document's
    mention (the lead keeps nested Document mentions).
    """
    starts = {c.start: c for c in accepted if c.attrs.get("form") in ("named", "number", "amending")}
    candidates = []
    for head in _AMEND_HEAD.finditer(text):
        pos = head.end()
        if head["of"]:
            issuer_end = title_end(text, pos, max_words=8)
            if issuer_end is None:
                continue
            pos = issuer_end
        verb = _AMEND_VERB.match(text, pos)
        if not verb or verb.end() not in starts:
            continue
        if any(head.start() < c.end and c.start < verb.end() for c in accepted):
            continue
        targets = [starts[verb.end()]]
        while True:
            more = _AMEND_MORE.match(text, targets[-1].end)
            if not more or more.end() not in starts or _horizon_plan(starts[more.end()]):
                break  # "... của Luật X, Chiến lược Y đến năm 2030": the list goes on to what is not amended
            targets.append(starts[more.end()])
        end = targets[-1].end
        word = _type_word(head["w"]).word
        name = word + clean(text[head.start() : end])[len(clean(head["w"])) :]
        attrs: dict[str, Any] = {
            "form": "amending",
            "doc_type": word,
            "type_code": _type_word(head["w"]).code,
            "amends": [t.name for t in targets],
            "amends_spans": [(t.start, t.end) for t in targets],
            "surface_forms": [name],
        }
        candidates.append(Candidate(head.start(), end, name, attrs, priority=5))
    return candidates


def _link_title_and_number(accepted: list[Candidate], text: str) -> None:
    """"Luật Đất đai năm 2024 (Luật số 31/2024/QH15)": one law, two mentions.

    The number goes to every mention of that title, so all of them resolve to
    the numbered document.
    """
    by_start = sorted(accepted, key=lambda c: c.start)
    linked: dict[str, Candidate] = {}
    for named, following in zip(by_start, by_start[1:]):
        if named.attrs.get("form") != "named" or following.attrs.get("form") != "number":
            continue
        between = text[named.end : following.start]
        after = text[following.end : following.end + 3]
        if re.fullmatch(r"\s*\(\s*", between) and re.match(r"\s*\)", after):
            linked.setdefault(named.name, following)
            following.attrs["title"] = named.name
    for named in by_start:
        number = linked.get(named.name)
        if number is None or named.attrs.get("form") != "named":
            continue
        for field in ("number", "normalized"):
            named.attrs[field] = number.attrs[field]
        if number.attrs.get("year"):
            named.attrs.setdefault("year", number.attrs["year"])


def _settle_law_names(accepted: list[Candidate]) -> None:
    """A bare law title ("Luật Đất đai") names the latest version the article
    dates ("Luật Đất đai năm 2024")."""
    dated: dict[str, list[Candidate]] = {}
    for c in accepted:
        if c.attrs.get("form") == "named" and c.attrs.get("doc_type") in _LAW_TYPES and c.attrs.get("year"):
            dated.setdefault(re.sub(r" năm \d{4}$", "", c.name), []).append(c)
    for c in accepted:
        if c.attrs.get("form") != "named" or c.attrs.get("year") or c.name not in dated:
            continue
        latest = max(dated[c.name], key=lambda d: d.attrs["year"])
        c.attrs["surface_forms"] = unique([*c.attrs["surface_forms"], latest.name])
        c.name = latest.name
        c.attrs["year"] = latest.attrs["year"]


def _settle_fullest_names(accepted: list[Candidate]) -> None:
    """The resolutions of one congress or plenum, and the amendments of one
    document, take the fullest form the article uses."""
    groups: dict[tuple[str, ...], list[Candidate]] = {}
    for c in accepted:
        if c.attrs.get("resolution_key"):
            groups.setdefault(("resolution", c.attrs["resolution_key"]), []).append(c)
        elif c.attrs.get("form") == "amending":
            groups.setdefault(("amending", c.attrs["doc_type"], *c.attrs["amends"]), []).append(c)
    for members in groups.values():
        terms = {m.attrs["term"] for m in members if m.attrs.get("term")}
        if len(terms) > 1:
            continue  # the same plenum number in two terms: leave them apart
        fullest = max(members, key=lambda m: (len(m.name.split()), -m.start))
        for m in members:
            if m.name != fullest.name:
                m.attrs["surface_forms"] = unique([*m.attrs["surface_forms"], fullest.name])
                m.name = fullest.name
            if terms:
                m.attrs["term"] = next(iter(terms))


def recognize_documents(doc: Document) -> Document:
    """Append a ``Document`` mention for each document the article names.

    Numbers (with the type word before them and the date after them), congress
    and plenum resolutions, named laws and standing documents, and short
    references ("Nghị quyết 18") that the resolver links to a full number.
    """
    text = doc.search_text or search_form(doc.text)
    if len(text) != len(doc.text):
        raise PipelineError(
            f"search_text of {doc.doc_id!r} has {len(text)} characters, the text {len(doc.text)}: "
            "fill it with kgraph.normalize.search_form(doc.text)"
        )
    candidates = (
        _number_candidates(text)
        + _resolution_candidates(text)
        + titled_documents(text)
        + _short_candidates(text)
    )
    accepted: list[Candidate] = []
    for candidate in sorted(candidates, key=lambda c: (c.priority, c.start, -(c.end - c.start))):
        if not any(candidate.start < a.end and a.start < candidate.end for a in accepted):
            accepted.append(candidate)
    _settle_law_names(accepted)
    _link_title_and_number(accepted, text)
    accepted += _amending_candidates(text, accepted)
    _settle_fullest_names(accepted)
    for candidate in sorted(accepted, key=lambda c: c.start):
        doc.mentions.append(
            Mention(
                start=candidate.start,
                end=candidate.end,
                type="Document",
                name=candidate.name,
                source=SOURCE,
                attrs=candidate.attrs,
            )
        )
    return doc
