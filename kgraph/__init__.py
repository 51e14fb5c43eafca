"""kgraph: Vietnamese political news to a knowledge graph.

Importing the package is cheap: models and data files load on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__all__ = ["extract", "build", "Document", "KnowledgeGraph", "KGraphError"]
__version__ = "0.1.0"

if TYPE_CHECKING:  # pragma: no cover
    from kgraph.document import Document
    from kgraph.errors import KGraphError
    from kgraph.graph import KnowledgeGraph, build
    from kgraph.pipeline import extract

_LAZY = {
    "extract": "kgraph.pipeline",
    "build": "kgraph.graph",
    "Document": "kgraph.document",
    "KnowledgeGraph": "kgraph.graph",
    "KGraphError": "kgraph.errors",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'kgraph' has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(module), name)
