"""Lazy, cached access to the domain knowledge in ``kgraph/data/``.

Data files are UTF-8 TSV with a header row (``#`` starts a comment line) or
plain lists with one entry a line. Nothing is read at import time.
"""

from __future__ import annotations

import csv
import io
from functools import lru_cache
from importlib import resources

__all__ = ["read_tsv", "read_lines", "split_list"]


def _read_text(name: str) -> str:
    return resources.files("kgraph.data").joinpath(name).read_text(encoding="utf-8")


@lru_cache(maxsize=None)
def read_tsv(name: str) -> tuple[dict[str, str], ...]:
    """Rows of a TSV data file as dicts keyed by the header; comments skipped."""
    lines = [line for line in _read_text(name).splitlines() if line.strip() and not line.startswith("#")]
    reader = csv.DictReader(io.StringIO("\n".join(lines)), delimiter="\t", quoting=csv.QUOTE_NONE)
    return tuple({k: (v or "").strip() for k, v in row.items()} for row in reader)


@lru_cache(maxsize=None)
def read_lines(name: str) -> tuple[str, ...]:
    """Entries of a one-entry-a-line data file; blank lines and ``#`` comments skipped."""
    return tuple(
        line.strip() for line in _read_text(name).splitlines() if line.strip() and not line.startswith("#")
    )


def split_list(cell: str) -> list[str]:
    """A ``|``-separated cell as a list (empty cell: empty list)."""
    return [part.strip() for part in cell.split("|") if part.strip()]
