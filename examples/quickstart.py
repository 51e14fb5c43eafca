"""kgraph in a few lines: one article to entities, relations, RDF and analysis.

Run from the repository root: python examples/quickstart.py
"""

from pathlib import Path

import kgraph
from kgraph.export import document_json, export
from kgraph.views import officials_of, posts_of, to_networkx

ROOT = Path(__file__).resolve().parent.parent

# One article: entities with canonical names and aliases, relations with their sentence.
text = "Sáng 12/3, tại Hà Nội, Ban Tổ chức Trung ương tổ chức Hội nghị tổng kết công tác tổ chức xây dựng Đảng. " \
       "Dự hội nghị có đồng chí Nguyễn Văn A, Ủy viên Trung ương Đảng, Phó Trưởng ban Tổ chức Trung ương."
doc = kgraph.extract(text, doc_id="example", metadata={"published": "2025-03-12"})
for entity in doc.entities:
    print(f"{entity.type:<13} {entity.name}  {entity.aliases or ''}")
for relation in doc.relations:
    subject, obj = doc.entity(relation.subject).name, doc.entity(relation.object).name
    print(f"{subject} --{relation.predicate}{f' [{relation.role}]' if relation.role else ''}--> {obj}")
    print(f"    evidence: {doc.text[relation.start:relation.end]!r}")

# Many articles: one graph, the same entity one node; exports for triple stores.
kg = kgraph.build([ROOT / "seeds", text])
export(kg, "/tmp/kgraph-example.ttl", format="ttl")
export(kg, "/tmp/kgraph-example.trig", format="trig")  # one named graph per article
print(document_json(doc)["entities"][:2])

# Analysis over the networkx view.
G = to_networkx(kg)
for official in officials_of(G, "Ban Tổ chức Trung ương"):
    print(official)
print(posts_of(G, "Mai Văn Chính"))
