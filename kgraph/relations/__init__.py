"""Relations between the entities of one article, each with its sentence.

One module per family of patterns, each a small function over one sentence:
:mod:`~kgraph.relations.posts` (``holds_position``),
:mod:`~kgraph.relations.events` (``organized``, ``participated_in``, ``held_in``),
:mod:`~kgraph.relations.documents` (``issued``, ``adopted_at``),
:mod:`~kgraph.relations.bodies` (``part_of``). They share a
:class:`~kgraph.relations.context.RelationContext`.
"""

from __future__ import annotations

from kgraph.document import Document
from kgraph.relations.bodies import bodies_directly_under, enumerated_units, part_of, stated_part_of
from kgraph.relations.context import RelationContext
from kgraph.relations.documents import adopted, issued, issuers_of_sessions, sessions_of_issuers
from kgraph.relations.events import (
    attendees_by_subject,
    guests_named_by_post,
    held_in,
    organized,
    own_meetings,
    participated,
    parties_named,
    sessions_held_by_subject,
    sessions_of_the_only_assembly,
    speakers_at,
    speakers_of_the_lead_event,
    visits,
)
from kgraph.relations.posts import (
    deputies_by_delegation,
    heads_of_organizations,
    most_specific_roles,
    positions,
    roster_lines,
)

__all__ = ["extract_relations"]


def extract_relations(doc: Document) -> Document:
    """Pipeline component: fill ``doc.relations`` (run after resolution)."""
    ctx = RelationContext(doc)
    for sentence in doc.sentences:
        positions(ctx, sentence)
        deputies_by_delegation(ctx, sentence)
        organized(ctx, sentence)
        sessions_held_by_subject(ctx, sentence)
        participated(ctx, sentence)
        speakers_at(ctx, sentence)
        speakers_of_the_lead_event(ctx, sentence)
        attendees_by_subject(ctx, sentence)
        parties_named(ctx, sentence)
        held_in(ctx, sentence)
        visits(ctx, sentence)
        issued(ctx, sentence)
        adopted(ctx, sentence)
        stated_part_of(ctx, sentence)
        bodies_directly_under(ctx, sentence)
    roster_lines(ctx)
    heads_of_organizations(ctx)
    part_of(ctx)
    enumerated_units(ctx)
    own_meetings(ctx)
    guests_named_by_post(ctx)
    sessions_of_issuers(ctx)
    sessions_of_the_only_assembly(ctx)
    issuers_of_sessions(ctx)
    reported = doc.metadata.get("published")
    for relation in ctx.relations.values():
        if relation.predicate == "holds_position" and reported:
            relation.attrs.setdefault("reported_on", str(reported)[:10])
    doc.relations = most_specific_roles(list(ctx.relations.values()))
    return doc
