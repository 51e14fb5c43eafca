"""Small helpers shared by the tests: run part of the pipeline on a sentence."""

from __future__ import annotations

from pathlib import Path

from rdflib import Graph

from kgraph.document import Document
from kgraph.pipeline import default_pipeline

SEED = next((Path(__file__).parent.parent / "seeds").glob("*.txt"))


def run_until(text: str, last: str, metadata: dict | None = None) -> Document:
    """Run the default pipeline's components up to and including ``last``."""
    doc = Document(text=text, doc_id="t", metadata=metadata or {})
    for name, component in default_pipeline().components:
        doc = component(doc)
        if name == last:
            break
    return doc


def names(doc: Document, type_: str) -> set[str]:
    return {e.name for e in doc.entities if e.type == type_}


def mention_names(doc: Document, type_: str) -> list[str]:
    return [m.name for m in doc.mentions if m.type == type_]


def facts(doc: Document, predicate: str) -> set[tuple]:
    out = set()
    for r in doc.relations:
        if r.predicate == predicate:
            s, o = doc.entity(r.subject).name, doc.entity(r.object).name
            out.add((s, o, r.role) if predicate == "holds_position" else (s, o))
    return out


def flat_union(graph: Graph) -> Graph:
    """Every triple of a graph or dataset in one plain rdflib Graph (for ``isomorphic``)."""
    flat = Graph()
    for triple in graph.triples((None, None, None)):
        flat.add(triple)
    return flat


def write_articles(folder: Path, articles: dict[str, str], seed: bool = True) -> Path:
    """A corpus folder: one NAME.txt per article, and the seed article beside them."""
    folder.mkdir(parents=True, exist_ok=True)
    for stem, text in articles.items():
        (folder / f"{stem}.txt").write_text(text, encoding="utf-8")
    if seed:
        (folder / SEED.name).write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    return folder
