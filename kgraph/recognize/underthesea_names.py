"""An optional fallback: personal names from underthesea's CRF tagger.

Not in the default pipeline. Measured on the dev set, underthesea's ``ner()``
alone scores entity F1 0.17, and it runs about 140 times slower than the
whole default pipeline; the surname list and title cues find the names it
finds. It can still help on text whose names start with family names the
list lacks: add it with :func:`with_underthesea_names`, and its Person
mentions join the others before overlaps are settled (a gazetteer body or
place wins over a tagged name of the same span).
"""

from __future__ import annotations

from kgraph.document import Document, Mention
from kgraph.pipeline import Pipeline

__all__ = ["recognize_names_with_underthesea", "with_underthesea_names"]


def _tagged_names(sentence: str) -> list[tuple[int, int]]:
    """Character spans of B-PER/I-PER runs in one sentence."""
    from underthesea import ner  # loads the CRF model on first use

    spans: list[tuple[int, int]] = []
    cursor = 0
    for word, _pos, _chunk, tag in ner(sentence):
        start = sentence.find(word, cursor)
        if start < 0:  # underthesea normalized the word: give up aligning this sentence
            return spans
        end = cursor = start + len(word)
        if tag == "B-PER" or (tag == "I-PER" and not spans):
            spans.append((start, end))
        elif tag == "I-PER":
            spans[-1] = (spans[-1][0], end)
    return spans


def recognize_names_with_underthesea(doc: Document) -> Document:
    """Pipeline component: Person mentions tagged by underthesea (``source="underthesea"``)."""
    for sentence in doc.sentences:
        text = doc.search_text[sentence.start : sentence.end]
        for start, end in _tagged_names(text):
            name = text[start:end]
            if len(name.split()) >= 2:
                doc.mentions.append(
                    Mention(sentence.start + start, sentence.start + end, "Person", name, "underthesea", {})
                )
    return doc


def with_underthesea_names(pipeline: Pipeline) -> Pipeline:
    """A copy of ``pipeline`` with the underthesea fallback right after the rule-based persons."""
    components = list(pipeline.components)
    names = [name for name, _ in components]
    at = names.index("persons") + 1 if "persons" in names else len(components)
    components.insert(at, ("underthesea_names", recognize_names_with_underthesea))
    return Pipeline(components)
