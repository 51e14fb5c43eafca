"""A saved web page (``.html``/``.htm``) to its article text.

A scraped page carries menus, footers and "related news" beside the article;
extracted as they are, their names become entities of the article. The text is
taken with trafilatura (the ``html`` extra), which keeps the article body and
drops the boilerplate, offline (it parses the string it is given and fetches
nothing).
"""

from __future__ import annotations

from kgraph.errors import InputError

__all__ = ["article_text"]


def article_text(html: str, name: str) -> str:
    """The article's text, one paragraph a line; InputError when the page holds none."""
    try:
        import trafilatura
    except ImportError as e:  # pragma: no cover - depends on the environment
        raise InputError(f"{name} is HTML, which needs trafilatura: pip install 'kgraph[html]'") from e
    text = trafilatura.extract(html, output_format="txt", include_comments=False, include_tables=True,
                               with_metadata=False, favor_precision=True)
    if not text or not text.strip():
        raise InputError(f"{name} is an HTML page in which no article text was found")
    return text
