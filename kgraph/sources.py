"""Reading articles: files, folders of ``.txt`` files, or texts, with their metadata.

A folder may hold a ``SOURCES.tsv`` beside its articles (header ``doc``,
``source``, ``title`` and optionally ``published``): each row gives the
article ``doc`` (its file stem) a source, a title and a publication date. A
date found inside ``source`` ("published 2025-06-28T22:22", "dated 2025-04-16")
counts when ``published`` is absent. The publication date dates the posts
an article reports and gives event dates their year.
"""

from __future__ import annotations

import csv
import hashlib
import re
from collections.abc import Iterable
from pathlib import Path

from kgraph.errors import InputError

__all__ = ["read_sources", "folder_metadata"]

_ISO_DATE = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
_VN_DATE = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4})(?![\d/])")


def _read_text(path: Path) -> str:
    try:
        raw = path.read_bytes()
    except OSError as e:
        raise InputError(f"cannot read {path}: {e.strerror or e}") from e
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise InputError(f"{path} is not UTF-8 text (byte {e.start}); save it as UTF-8") from e
    if not text.strip():
        raise InputError(f"{path} is empty")
    return text


def _first_line(text: str) -> str:
    return next((line.strip() for line in text.splitlines() if line.strip()), "")


def _looks_like_path(source: str) -> bool:
    if "\n" not in source and (source.endswith(("/", "\\")) or ("/" in source and not any(map(str.isspace, source)))):
        return True  # "missing/", "data/a.md": a path even when it does not exist, never an article
    return "\n" not in source and (source.endswith(".txt") or Path(source).exists())


def read_sources(sources: Iterable[str | Path]) -> list[tuple[str, str, dict]]:
    """Inputs as ``(text, doc_id, metadata)`` triples, in order.

    A :class:`~pathlib.Path`, or a string naming an existing path or ending in
    ``.txt``, is a file (doc_id its stem, metadata ``source`` and ``title``) or
    a folder of ``.txt`` files; any other string is article text (doc_id from
    a hash of it). Raises :class:`~kgraph.errors.InputError` for a missing,
    unreadable, non-UTF-8 or empty input.
    """
    if isinstance(sources, (str, Path)):
        sources = [sources]
    items: list[tuple[str, str, dict]] = []
    for source in sources:
        if isinstance(source, Path) or _looks_like_path(source):
            path = Path(source)
            if not path.exists():
                raise InputError(f"no such file or folder: {path}")
            files = sorted(path.glob("*.txt")) if path.is_dir() else [path]
            if path.is_dir() and not files:
                raise InputError(f"folder {path} holds no .txt files")
            known = folder_metadata(path if path.is_dir() else path.parent)
            for file in files:
                text = _read_text(file)
                metadata = {"source": str(file), "title": _first_line(text)}
                metadata.update(known.get(file.stem, {}))
                items.append((text, file.stem, metadata))
        elif isinstance(source, str):
            if not source.strip():
                raise InputError("an input text is empty")
            doc_id = "text-" + hashlib.sha1(source.encode("utf-8")).hexdigest()[:8]
            items.append((source, doc_id, {"title": _first_line(source)}))
        else:
            raise InputError(f"an input must be a path or a text, not {type(source).__name__}")
    return items




def _published(row: dict[str, str]) -> str | None:
    if row.get("published"):
        return row["published"].strip()[:10]
    source = row.get("source", "")
    if match := _ISO_DATE.search(source):
        return "-".join(match.groups())
    if match := _VN_DATE.search(source):
        day, month, year = match.groups()
        return f"{year}-{int(month):02d}-{int(day):02d}"
    return None


def folder_metadata(folder: Path) -> dict[str, dict[str, str]]:
    """Metadata by article stem from ``folder/SOURCES.tsv``, or nothing when there is none."""
    path = folder / "SOURCES.tsv"
    if not path.is_file():
        return {}
    try:
        rows = list(csv.DictReader(path.read_text(encoding="utf-8").splitlines(), delimiter="\t"))
    except (OSError, UnicodeDecodeError, csv.Error) as e:
        raise InputError(f"cannot read {path}: {e}") from e
    out: dict[str, dict[str, str]] = {}
    for row in rows:
        doc = (row.get("doc") or "").strip()
        if not doc:
            continue
        meta = {k: v.strip() for k, v in row.items() if k in ("source", "title") and v and v.strip()}
        if published := _published(row):
            meta["published"] = published
        out[doc] = meta
    return out
