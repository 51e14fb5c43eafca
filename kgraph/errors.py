"""Every error kgraph raises on purpose derives from :class:`KGraphError`."""

from __future__ import annotations

__all__ = ["KGraphError", "InputError", "PipelineError"]


class KGraphError(Exception):
    """Root of kgraph's errors; the CLI prints these as one line."""


class InputError(KGraphError):
    """The input cannot be read as an article (missing, not UTF-8, empty)."""


class PipelineError(KGraphError):
    """A pipeline component broke the pipeline's contract."""
