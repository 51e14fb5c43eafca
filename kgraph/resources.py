"""Lazy, cached access to the domain knowledge in ``kgraph/data/``.

Data files are UTF-8 TSV with a header row (``#`` starts a comment line) or
plain lists with one entry a line. Nothing is read at import time.
"""

from __future__ import annotations

import csv
import importlib.util
import io
from functools import lru_cache
from importlib import resources
from pathlib import Path

__all__ = ["read_tsv", "read_lines", "split_list", "package_folder"]


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


def package_folder(package: str, source_folder: str) -> Path:
    """The folder of a data-only package (``kgraph.ontologies``); in an uninstalled tree, the source folder."""
    spec = importlib.util.find_spec(package)
    if spec is not None and spec.submodule_search_locations:
        return Path(list(spec.submodule_search_locations)[0])
    return Path(__file__).resolve().parent.parent / source_folder


def split_list(cell: str) -> list[str]:
    """A ``|``-separated cell as a list (empty cell: empty list)."""
    return [part.strip() for part in cell.split("|") if part.strip()]
