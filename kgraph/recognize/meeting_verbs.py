"""Meetings an article reports with a verb and no name: "A hội đàm với B", "A tiếp B".

Diplomatic and working news often names its event only by the verb ("Chủ
tịch nước Lương Cường hội đàm với Tổng thống Chile ...", "Bí thư Tỉnh ủy làm
việc với Ban Thường vụ ..."). The subject is who meets (a person, or a post
title as headlines write it) and the object whom they meet, up to where the
clause moves on (a date, "tại", "về", a comma). The meeting is named by the
template of ``event_verbs.tsv``, the clause is an alias, and the subject takes
part (``attrs["subjects_attend"]``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from kgraph.document import Document, Mention
from kgraph.gazetteer import titles
from kgraph.recognize.events import clause_end, date_events
from kgraph.resources import read_tsv
from kgraph.spans import SpanIndex

__all__ = ["recognize_meeting_verbs"]

_GAP = r"(?:\s+(?:đã|vừa|cũng|sẽ|có cuộc))*"


@lru_cache(maxsize=None)
def _verbs() -> tuple[re.Pattern[str], dict[str, str]]:
    rows = {row["verb"]: row["name"] for row in read_tsv("event_verbs.tsv")}
    alternation = "|".join(re.escape(v) for v in sorted(rows, key=len, reverse=True))
    return re.compile(rf"{_GAP}\s+({alternation})\s+(?=[A-ZĐ])"), rows


def recognize_meeting_verbs(doc: Document) -> Document:
    """Pipeline component: an Event for each "subject verb object" meeting clause (run after persons)."""
    text = doc.search_text
    pattern, templates = _verbs()
    people = SpanIndex(m for m in doc.mentions if m.type in ("Person", "Organization"))
    events = SpanIndex(m for m in doc.mentions if m.type == "Event")
    found = []
    for sentence in doc.sentences:
        for verb in pattern.finditer(text, sentence.start, sentence.end):
            clause_start = max(sentence.start, text.rfind(",", sentence.start, verb.start()) + 1,
                               text.rfind(":", sentence.start, verb.start()) + 1)
            subject = text[clause_start : verb.start()].strip()
            subject = re.sub(r"^(?:(?:Sáng|Chiều|Tối|Trưa|Ngày|sáng|chiều|tối|trưa|ngày)\s+[\d/.]+\s*)?", "", subject)
            who = [m for m in people.overlapping(clause_start, verb.start()) if m.type == "Person"]
            titled = any(t.end == len(subject) or t.start == 0 for t in titles().find_all(subject))
            if not subject or len(subject.split()) > 12 or not (who or titled):
                continue
            obj_start = verb.end()
            obj_end = clause_end(text, obj_start)
            obj = text[obj_start:obj_end].strip()
            if not obj or len(obj.split()) > 20 or not people.overlapping(obj_start, obj_end):
                continue
            if events.overlapping(verb.start(1), obj_end):
                continue  # "... hội đàm với ... tại Hội nghị ...": the event has a name already
            name = templates[verb.group(1)].format(subject=subject, object=obj)
            clause = f"{subject} {verb.group(1)} {obj}"
            head = re.sub(r"\s+(?:với|giữa)$", "", templates[verb.group(1)].split("{", 1)[0].strip())
            found.append(Mention(verb.start(1), obj_end, "Event", name[0].upper() + name[1:], "meeting_verbs",
                                 {"kind": head.lower(), "aliases": [clause, head.lower()], "subjects_attend": True}))
    date_events(doc, found)
    doc.mentions.extend(found)
    return doc
