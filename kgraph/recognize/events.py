"""Events: congresses, Central Committee plenums, assembly sessions, elections,
and named conferences and ceremonies.

The structured kinds (:mod:`~kgraph.recognize.structured_events`) have a fixed
grammar and an identity from their numbers; the named kinds
(:mod:`~kgraph.recognize.named_events`) are a head word and a descriptor, up to
where the clause moves on (:mod:`~kgraph.recognize.event_boundaries`). A head
inside a structured event's span is not read again. An event's date is the
date the sentence states ("Ngày 30/6, ... tổ chức Hội nghị ...").
"""

from __future__ import annotations

from kgraph.dates import DATE, context_year, parse_date
from kgraph.document import Document, Mention
from kgraph.recognize.event_boundaries import clause_end
from kgraph.recognize.headline_events import delegation_act, headline_act, headline_ceremony, headline_event
from kgraph.recognize.named_events import body_meetings, named_events
from kgraph.recognize.organized_acts import organized_acts
from kgraph.recognize.structured_events import fill_congress_places, fill_plenum_terms, structured_events

__all__ = ["recognize_events", "date_events", "clause_end"]


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
    structured = structured_events(doc)
    named = named_events(doc, structured)
    named += body_meetings(doc, structured + named)
    named += organized_acts(doc, structured + named)
    named += headline_event(doc, structured + named)
    named += headline_act(doc, structured + named)
    named += headline_ceremony(doc, structured + named)
    named += delegation_act(doc, structured + named)
    fill_plenum_terms(structured)
    fill_congress_places(structured)
    events = structured + named
    date_events(doc, events)
    doc.mentions.extend(events)
    return doc
