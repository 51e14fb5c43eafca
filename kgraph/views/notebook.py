"""Inline display in Jupyter: the page in an iframe whose ``srcdoc`` is the whole page.

The page is self-contained (no request leaves it), so a notebook shows it
offline and keeps showing it once saved. The iframe is sandboxed with scripts
allowed but no same-origin access: the page cannot touch the notebook, and
markup in an article stays text (the page escapes it, and the ``srcdoc``
attribute is escaped once more).
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

__all__ = ["PageView", "show", "repr_html"]


class PageView:
    """A rendered page that Jupyter displays inline (``_repr_html_``); ``save`` writes it."""

    def __init__(self, page: str, *, height: int = 620, title: str = "Knowledge graph") -> None:
        self.page, self.height, self.title = page, int(height), title

    def _repr_html_(self) -> str:
        return (f'<iframe srcdoc="{html.escape(self.page, quote=True)}" sandbox="allow-scripts" '
                f'title="{html.escape(self.title, quote=True)}" '
                f'style="width: 100%; height: {self.height}px; border: 1px solid #d5dae1;"></iframe>')

    def save(self, path: str | Path) -> Path:
        """Write the page as a standalone HTML file; returns its path."""
        path = Path(path)
        path.write_text(self.page, encoding="utf-8")
        return path

    def __repr__(self) -> str:
        return f"<PageView {self.title!r}: {len(self.page):,} characters>"


def show(graph: Any, *, height: int = 620, title: str | None = None, **options: Any) -> PageView:
    """The page of a networkx view or a :class:`~kgraph.graph.KnowledgeGraph`, for a notebook cell.

    ``options`` are :func:`kgraph.views.generate_html`'s (``focus``, ``k``,
    ``types``, ``pos``). The last expression of a cell displays it.

    Examples
    --------
    >>> from kgraph.views.networkx_view import example_graph
    >>> view = show(example_graph(), focus="Pleiku")
    >>> view._repr_html_().startswith('<iframe srcdoc="&lt;!DOCTYPE html&gt;')
    True
    """
    import networkx as nx

    from kgraph.views.html import generate_html

    if not isinstance(graph, nx.Graph):
        from kgraph.views.networkx_view import to_networkx

        if title is None:
            count = len(getattr(graph, "documents", {}) or {})
            title = f"Knowledge graph of {count} article{'' if count == 1 else 's'}" if count else None
        graph = to_networkx(graph)
    title = title or "Knowledge graph"
    return PageView(generate_html(graph, title=title, **options), height=height, title=title)


def repr_html(graph: Any) -> str:
    """What ``KnowledgeGraph._repr_html_`` returns: :func:`show` with the defaults."""
    return show(graph)._repr_html_()
