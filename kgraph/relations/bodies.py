"""Bodies (``part_of``): units named after their body, parents the gazetteer knows where the
text names them, and hierarchy the text states ("của Quốc hội", "X - Y")."""

from __future__ import annotations

import re
from functools import lru_cache

from kgraph.document import Sentence
from kgraph.gazetteer import body_by_name
from kgraph.relations.context import RelationContext
from kgraph.resources import read_lines

__all__ = ["part_of", "stated_part_of"]

def part_of(ctx: RelationContext) -> None:
    gazetteer = body_by_name()
    for mention in ctx.doc.mentions:
        if mention.type != "Organization" or not mention.entity:
            continue
        sentence = ctx.doc.sentence_of(mention.start) or Sentence(mention.start, mention.end)
        if mention.attrs.get("part_of"):
            span = tuple(mention.attrs["inner_span"])
            inner = [m for m in ctx.mentions_within(*span) if m.type == "Organization" and m.entity
                     and (m.start, m.end) == span]
            if inner:
                ctx.add(mention.entity, "part_of", inner[0].entity, sentence)
            continue
        body = gazetteer.get(mention.name)
        # a gazetteer parent counts where the text says it: "Văn phòng Chính phủ", "Ủy ban Pháp luật của Quốc hội"
        surface = ctx.text[mention.start : mention.end]
        if body is not None and body.parent and (body.parent in mention.name or body.parent in surface):
            ctx.add(mention.entity, "part_of", ctx.body_named(body.parent).id, sentence)


@lru_cache(maxsize=None)
def _unit_heads() -> tuple[str, ...]:
    return read_lines("unit_heads.txt")


def stated_part_of(ctx: RelationContext, sentence: Sentence) -> None:
    """"Ủy ban Pháp luật của Quốc hội", "Học viện Chính trị khu vực IV - Học viện Chính trị quốc gia ..."."""
    text = ctx.text
    orgs = sorted(ctx.mentions_in(sentence, "Organization", top=True), key=lambda m: m.start)
    for child, parent in zip(orgs, orgs[1:]):
        gap = text[child.end : parent.start]
        if re.fullmatch(r"\s+-\s+", gap) or (re.fullmatch(r"\s+của\s+", gap) and child.name.startswith(_unit_heads())):
            ctx.add(child.entity, "part_of", parent.entity, sentence)
