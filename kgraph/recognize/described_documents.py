"""Documents named by their issuer and subject rather than a number.

"Kết luận của Bộ Chính trị về lộ trình tăng tuổi nghỉ hưu", "Nghị quyết của
Quốc hội về sắp xếp đơn vị hành chính cấp tỉnh": a type word, "của" and a
body the organization recognizer found, "về" and the subject up to the end of
the clause. The body is the document's issuer (``attrs["issuers"]``). A plural
("các nghị quyết của Trung ương") names no one document. Runs after the
organization and number recognizers; a span they already cover is left alone.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kgraph.document import Document, Mention
from kgraph.gazetteer import titles
from kgraph.normalize import LOWER, UPPER
from kgraph.recognize.event_boundaries import abbreviation_before
from kgraph.recognize.phrases import alternation, first_letters, with_first_letters
from kgraph.resources import read_lines, read_tsv
from kgraph.spans import SpanIndex

__all__ = ["recognize_described_documents", "told_subject"]

_APPOSITION = re.compile(r"\s*(?:[-–,]\s)")  # a person's post set after the name
_ACT_END = re.compile(r"[.;:()\n\"]|\s(?:đã|được|sẽ|theo|tại)\s|\svới (?:\d|tỷ lệ|đa số)")
# a subject lists topics past commas; a comma and a word that opens a new clause ends it ("..., sau sắp xếp, ...")
_CLAUSE_END = re.compile(r"[.;:()\n\"]|\s(?:đã|được|nhằm|theo|tại|cũng|sẽ|để)\s"
                         r"|,\s(?:dự kiến|trong đó|theo đó|sau|hiện|tuy nhiên|đồng thời|qua đó|từ đó|cụ thể)\s")


@lru_cache(maxsize=None)
def _type_words() -> re.Pattern[str]:
    names = {row["name"] for row in read_tsv("document_types.tsv") if row.get("name")}
    return re.compile(rf"{first_letters(names)}(?<![\w])(?:{alternation(names)})(?= của )")


@lru_cache(maxsize=None)
def _subject_opener() -> str:
    """What opens a document's subject: "về ", or an act ("quy định", "thí điểm": ``document_subject_openers.txt``)."""
    words = "|".join(re.escape(w) for w in sorted(read_lines("document_subject_openers.txt"), key=len, reverse=True))
    return rf"(?:về |(?=(?:{words})(?![\w])))"


@lru_cache(maxsize=None)
def _about() -> re.Pattern[str]:
    """What opens the subject after the issuer."""
    return re.compile(" " + _subject_opener())


# what a document is about, right where it is named: "về" and words up to the clause's end, or up to where "và"
# adds another named thing ("... về X và Nghị quyết số 177")
_TOLD_ABOUT = re.compile(rf"\s+về\s+[^,.;:()\n\"“”]{{4,200}}?(?=[,.;:()\n\"“”]|\s(?:đã|được|nhằm|theo|tại)\s"
                         rf"|\svà\s+{UPPER}|$)")


def told_subject(text: str, end: int) -> str:
    """The "về ..." that follows a document named at ``end`` ("Nghị quyết số 176/2025/QH15 về cơ cấu tổ chức
    của Chính phủ"), or ""."""
    about = _TOLD_ABOUT.match(text, end)
    return about.group() if about else ""


_BODY_ACTS = re.compile(rf"\s+(?!và\s){LOWER}")  # a body that does something: a lowercase word after it


def _stop(ending: re.Pattern[str], text: str, pos: int) -> int:
    """Where ``ending`` first stops a subject from ``pos``, past the dots of abbreviations ("Thành ủy TP. Hồ Chí
    Minh")."""
    stop = ending.search(text, pos)
    while stop is not None and text[stop.start()] == "." and abbreviation_before(text, stop.start()):
        stop = ending.search(text, stop.start() + 1)
    return stop.start() if stop else len(text)


def _subject_clause_end(text: str, start: int, end: int, bodies: dict[int, Mention]) -> int:
    """Where a subject listed past commas ends: at a comma after which a body opens the next clause ("..., đảng viên
    vi phạm, Ban Chấp hành Trung ương Đảng quyết định ..."); a body listed goes on ("..., Bộ Quốc phòng và ...")."""
    comma = text.find(", ", start, end)
    while comma >= 0:
        body = bodies.get(comma + 2)
        if body is not None and body.end < end + 60 and _BODY_ACTS.match(text, body.end):
            return comma
        comma = text.find(", ", comma + 2, end)
    return end


def recognize_described_documents(doc: Document) -> Document:
    """Pipeline component: Document mentions described as "<type> của <body> về <subject>"."""
    text = doc.search_text
    bodies = {m.start: m for m in doc.mentions if m.type == "Organization"}
    taken = SpanIndex(m for m in doc.mentions if m.type == "Document")
    people = [m for m in doc.mentions if m.type == "Person"]
    for match in _type_words().finditer(text):
        if re.search(r"(?:các|những|Các|Những)\s+$", text[max(0, match.start() - 8) : match.start()]):
            continue
        if taken.containing(match.start()):
            continue
        at = match.end() + len(" của ")
        body = bodies.get(at)  # one body a start: a lookup, not a scan
        if body is None:  # "Quyết định của Thủ tướng Chính phủ về ...": the body of the title that signs it
            title = next((t for t in titles().find_all(text[at : at + 40]) if t.start == 0), None)
            if title is not None:  # the body after the title, or the one that ends it ("Thủ tướng Chính phủ")
                body = bodies.get(at + title.end + 1) or next(
                    (b for b in bodies.values() if at < b.start and b.end == at + title.end), None)
        if body is None:
            continue
        about = _about().match(text, body.end)
        if not about:
            continue
        subject_start = about.end()
        # a subject that is an act ("thí điểm ... để phát triển ...") runs to the sentence's end
        clause_end = _CLAUSE_END if about.group().strip() == "về" else _ACT_END
        end = _stop(clause_end, text, subject_start)
        end = _subject_clause_end(text, subject_start, end, bodies)
        subject = text[subject_start:end].rstrip(" ,")
        if not (1 if body.start == at else 3) <= len(subject.split()) <= 40:  # signed by a title: "về bổ nhiệm" is no title
            continue
        end = subject_start + len(subject)
        # "... đối với Thiếu tướng A - Ủy viên Ủy ban Kiểm tra Trung ương": whom it concerns ends it, not their post
        end = min((p.end for p in people if subject_start < p.end < end and _APPOSITION.match(text, p.end)), default=end)
        name = text[match.start() : end]
        doc.mentions.append(Mention(match.start(), end, "Document", name, "described_documents",
                                    {"doc_type": match.group(), "issuers": [body.name], "form": "described"}))
    _passed(doc, taken)
    _passed_by_a_body(doc, taken)
    _personnel(doc, taken)
    _implementing(doc, taken)
    return doc


# "Quốc hội đã thông qua Nghị quyết bầu ông A giữ chức ...", "... Nghị quyết miễn nhiệm Chủ tịch Quốc hội đối với
# ông B": an assembly's resolution on a post, named by the act
_PERSONNEL = re.compile(r"(?<=thông qua )[Nn]ghị quyết (?:bầu|miễn nhiệm|phê chuẩn|bãi nhiệm|cho thôi|xác nhận) (?=\S)")
_PERSONNEL_END = re.compile(r"[,.;:()\n\"]|\s(?:đã|được|tại|theo|sau khi|khi)\s|\svới (?:\d|tỷ lệ)")


# whom it concerns told by a bare honorific ("... bổ nhiệm ông"): a person named before
_HIM = re.compile(r"\s(?:ông|bà|đồng chí)$")
# ", đại biểu Quốc hội tỉnh X, giữ chức ...", ", Ủy viên Bộ Chính trị, Phó Chủ tịch Quốc hội làm ...": the person's
# posts, then the post the resolution gives (which names it; the posts do not)
_POST_AFTER_APPOSITION = re.compile(r"(?:,[^,.;:()\n]{2,80}?){1,3}?(?:,\s*|\s+)(?P<post>(?:giữ chức|làm)\s[^,.;:()\n]+)")


def _personnel(doc: Document, taken: SpanIndex) -> None:
    """A personnel resolution an assembly passes, named by its act and whom it concerns."""
    text = doc.search_text
    passed: list[Mention] = []
    for match in _PERSONNEL.finditer(text):
        if taken.containing(match.start()):
            continue
        stop = _PERSONNEL_END.search(text, match.end())
        end = stop.start() if stop else len(text)
        post = _POST_AFTER_APPOSITION.match(text, end)
        name = text[match.start() : end]
        if post:  # "bầu ông A, đại biểu Quốc hội tỉnh X, giữ chức Tổng Thư ký Quốc hội": the post belongs to it
            name, end = f"{name} {post['post']}", post.end()
        if not 2 <= len(text[match.end() : end].split()) <= 25:
            continue
        name = name[0].upper() + name[1:]
        if _HIM.search(name):
            # "... sau khi Quốc hội thông qua nghị quyết phê chuẩn bổ nhiệm ông.": the one told before, of that act
            act = match.group().split()[2]
            told = [m.name for m in passed if m.name.split()[2] == act]
            if not told:
                continue
            name = told[-1]
        mention = Mention(match.start(), end, "Document", name, "described_documents",
                          {"doc_type": "Nghị quyết", "form": "described"})
        doc.mentions.append(mention)
        passed.append(mention)


@lru_cache(maxsize=None)
def _passed_type_words() -> re.Pattern[str]:
    names = {row["name"] for row in read_tsv("document_types.tsv") if row.get("name")}
    lowered = "|".join(re.escape(n[0].lower() + n[1:]) for n in sorted(names, key=len, reverse=True))
    # capitalized mid-text, the type word opens a title ("..., trong đó có Nghị quyết về kế hoạch đầu tư công");
    # in lower case only right after the verb that passes it
    titled = "|".join(re.escape(n) for n in _TITLED_TYPES)
    capitalized = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    acts = "|".join(re.escape(w) for w in sorted(read_lines("document_subject_openers.txt"), key=len, reverse=True)
                    if w != "về")
    # right after the verb, the subject may also be an act: "thông qua Nghị quyết bổ sung một số cơ chế, ..."
    return re.compile(rf"{first_letters([*_TITLED_TYPES, *names, *(n[0].lower() + n[1:] for n in names)])}"
                      rf"(?:(?<![\w])(?P<titled>{titled}) về (?=\S)|(?:(?<=thông qua )|(?<=ban hành ))"
                      rf"(?:{lowered}|{capitalized}) (?:về (?=\S)|(?P<act>)(?=(?:{acts})(?![\w]))))")


_PASSING = re.compile(r"(?:thông qua|ban hành)\s+$")
_PLURAL = re.compile(r"(?<![\w])(?:các|những|hai|ba|\d+)\s+$", re.IGNORECASE)

# the types whose documents news cites by their subject as a title ("Quy định về những điều đảng viên không được làm")
_TITLED_TYPES = ("Nghị quyết", "Quy định", "Chỉ thị", "Kết luận", "Nghị định")


# when it is passed ("... vào cuối Kỳ họp", "vào ngày 30/6") is no part of a subject
_WHEN = r"|\svào\s(?:cuối|đầu|giữa|ngày|sáng|chiều|tối|dịp|phiên|thời điểm)\s"
_TITLE_END = re.compile(r"[,.;:()\n\"]|\s(?:đã|nhằm|theo|tại|cũng|sẽ|với|của|trình|do|và các|cho)\s|(?<!không)\sđược\s" + _WHEN)
_SUBJECT_END = re.compile(r"[,.;:()\n\"]|\s(?:đã|được|nhằm|theo|tại|cũng|sẽ|với)\s" + _WHEN)


def _passed(doc: Document, taken: SpanIndex) -> None:
    """"Quốc hội đã thông qua Nghị quyết về việc ...", "..., trong đó có Nghị quyết về kế hoạch đầu tư công năm
    2026": a resolution named by its subject (a capitalized type word, or any after the verb that passes it).

    The body that passes it is its issuer (:mod:`kgraph.relations.documents`)."""
    text = doc.search_text
    for match in _passed_type_words().finditer(text):
        if taken.containing(match.start()) or _PLURAL.search(text, max(0, match.start() - 12), match.start()):
            continue  # "thông qua 2 Nghị quyết về ...", "các Nghị quyết về ...": more than one document
        if match["act"] is not None and _PERSONNEL.match(text, match.start()):
            continue  # "thông qua Nghị quyết phê chuẩn ... đối với ông A": a personnel resolution, read below
        # an act runs past commas ("bổ sung một số cơ chế, chính sách đặc biệt ..."), a topic stops at one
        ending = _ACT_END if match["act"] is not None else _SUBJECT_END if not match["titled"] \
            or _PASSING.search(text, max(0, match.start() - 12), match.start()) else _TITLE_END
        # ("thông qua Nghị quyết về cơ cấu tổ chức của Chính phủ": after the verb that passes it, "của" is the topic's)
        stop = ending.search(text, match.end())
        end = stop.start() if stop else len(text)
        if not (4 if match["titled"] else 2) <= len(text[match.end() : end].split()) <= 30:
            continue
        name = text[match.start() : end]
        name = name[0].upper() + name[1:]
        doc.mentions.append(Mention(match.start(), end, "Document", name, "described_documents",
                                    {"doc_type": match.group().strip() if match["act"] is not None
                                     else name.split(" về ")[0], "form": "described"}))


# "Nghị quyết thành lập thành phố X vừa được Quốc hội thông qua": a resolution named by its act, then passed by a
# body named after "được"
_PASSIVE = re.compile(r"\s(?:đã\s+)?được\s+")
_PASSING_AFTER = re.compile(r"\s*(?:(?:đã|vừa|chính thức)\s+)?(?:biểu quyết\s+)?(?:thông qua|ban hành)(?![\w])")


@lru_cache(maxsize=None)
def _resolution_by_act() -> re.Pattern[str]:
    return re.compile(r"(?<![\w])Nghị quyết " + _subject_opener())


def _passed_by_a_body(doc: Document, taken: SpanIndex) -> None:
    """"Nghị quyết thành lập thành phố Huế trực thuộc Trung ương vừa được Quốc hội thông qua": the resolution
    the sentence's subject names, up to the passive "được" before the body that passes it."""
    text = doc.search_text
    bodies = {m.start for m in doc.mentions if m.type == "Organization"}
    ends = {m.start: m.end for m in doc.mentions if m.type == "Organization"}
    for match in _resolution_by_act().finditer(text):
        if taken.containing(match.start()) or any(m.type == "Document" and m.start <= match.start() < m.end
                                                  for m in doc.mentions):
            continue
        stop = _ACT_END.search(text, match.end())
        passive = _PASSIVE.match(text, stop.start()) if stop else None
        if passive is None:
            continue
        body = passive.end()
        if body not in bodies or not _PASSING_AFTER.match(text, ends[body]):
            continue
        subject = re.sub(r"\s+(?:vừa|mới|chính thức)$", "", text[match.end() : stop.start()].rstrip(" ,"))
        if not 2 <= len(subject.split()) <= 30:
            continue
        end = match.end() + len(subject)
        doc.mentions.append(Mention(match.start(), end, "Document", text[match.start() : end], "described_documents",
                                    {"doc_type": "Nghị quyết", "form": "described"}))


# "Kế hoạch thực hiện Chương trình hành động số 86-CTr/TU": a plan named after the document it carries out
_IMPLEMENTING = re.compile(with_first_letters(
    r"(?<![\w])(Kế hoạch|Chương trình|Đề án|Hướng dẫn)(?: triển khai)?(?: thực hiện| triển khai) (?=\S)"))


def _implementing(doc: Document, taken: SpanIndex) -> None:
    """A plan without a number of its own, named by the document it implements: a Document too."""
    numbered = {m.start: m for m in doc.mentions if m.type == "Document" and m.attrs.get("number")}
    for match in _IMPLEMENTING.finditer(doc.search_text):
        if taken.containing(match.start()):
            continue
        inner = numbered.get(match.end())
        if inner is None:
            continue
        name = doc.search_text[match.start() : inner.end]
        doc.mentions.append(Mention(match.start(), inner.end, "Document", name, "described_documents",
                                    {"doc_type": match.group(1), "form": "described", "implements": True}))
