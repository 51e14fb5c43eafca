"""Views of the knowledge graph: networkx, analysis helpers, an offline HTML page.

Nothing heavy is imported until used: ``from kgraph.views import render_html``
loads networkx and the page template on first access.
"""

from __future__ import annotations

import importlib
from typing import Any

__all__ = [
    "to_networkx",
    "add_fact",
    "find_entity",
    "officials_of",
    "posts_of",
    "central_actors",
    "co_participants",
    "ego_network",
    "summary",
    "format_summary",
    "render_html",
    "generate_html",
    "example_graph",
    "EntityLookupError",
    "to_pyvis",
    "show",
    "PageView",
]

_LAZY = {
    "to_networkx": "kgraph.views.networkx_view",
    "add_fact": "kgraph.views.networkx_view",
    "find_entity": "kgraph.views.analysis",
    "officials_of": "kgraph.views.analysis",
    "posts_of": "kgraph.views.analysis",
    "central_actors": "kgraph.views.analysis",
    "co_participants": "kgraph.views.analysis",
    "ego_network": "kgraph.views.analysis",
    "summary": "kgraph.views.analysis",
    "format_summary": "kgraph.views.analysis",
    "EntityLookupError": "kgraph.views.analysis",
    "render_html": "kgraph.views.html",
    "generate_html": "kgraph.views.html",
    "example_graph": "kgraph.views.networkx_view",
    "to_pyvis": "kgraph.views.pyvis_view",
    "show": "kgraph.views.notebook",
    "PageView": "kgraph.views.notebook",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'kgraph.views' has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)
