"""Checks of the IRIs a user gives kgraph (``--base``, a ``source`` in SOURCES.tsv), before anything is written."""

from __future__ import annotations

import re

from kgraph.errors import InputError

__all__ = ["is_iri", "is_web_iri", "check_base"]

# RFC 3987 in short: a scheme, a colon, then no white space, controls or the characters IRIs exclude.
_IRI = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:[^\x00-\x20<>\"{}|\\^`\x7f-\x9f]+")


def is_iri(text: str) -> bool:
    """True for an absolute IRI that every RDF format and store accepts.

    >>> is_iri("https://example.vn/tin-tuc/a1"), is_iri("https://example.vn/a b"), is_iri("báo in")
    (True, False, False)
    """
    return bool(_IRI.fullmatch(text))


def is_web_iri(text: str) -> bool:
    """An http(s) IRI: what a ``source`` must be to become a link rather than a text."""
    return is_iri(text) and bool(re.match(r"https?://[^/]", text))


def check_base(base: str) -> str:
    """``base`` when entity IRIs can be minted under it; InputError with the fix otherwise."""
    if not isinstance(base, str) or not is_iri(base):
        raise InputError(f"--base {base!r} is not an absolute IRI; give one such as https://example.org/id/")
    if not base.endswith(("/", "#")):
        raise InputError(f"--base {base!r} must end with '/' or '#' (entity IRIs are appended to it), "
                         f"e.g. {base}/")
    return base
