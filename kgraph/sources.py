"""Reading articles: files, folders of ``.txt``/``.html`` files, or texts, with their metadata.

A folder is read only inside itself (a symbolic link leading out is left out),
each file through :func:`kgraph.encoding.decode`; :func:`scan_sources` leaves out
what cannot be an article, with the reason, instead of stopping the corpus.

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
import io
import os
import re
import unicodedata
import warnings
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from kgraph.errors import InputError

__all__ = ["read_sources", "scan_sources", "Skipped", "folder_metadata", "ARTICLE_SUFFIXES"]

_ISO_DATE = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
_VN_DATE = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4})(?![\d/])")

#: File name endings read as articles in a folder: plain text, and saved web pages.
ARTICLE_SUFFIXES = (".txt", ".html", ".htm")
_HTML = (".html", ".htm")
#: Longest document id, in UTF-8 bytes: ``docs/{id}.json`` must fit a file name (255 bytes).
_MAX_ID_BYTES = 150

Item = tuple[str, str, dict]


@dataclass(frozen=True)
class Skipped:
    """An input a build left out: the file and why (one line, naming the file)."""

    source: str
    reason: str

    def __str__(self) -> str:
        return self.reason


def _read_text(path: Path) -> tuple[str, dict]:
    """The article text of one file and what reading it found (encoding, byte order mark, HTML)."""
    from kgraph.encoding import decode

    try:
        raw = path.read_bytes()
    except OSError as e:
        raise InputError(f"cannot read {path}: {e.strerror or e}") from e
    if not raw.strip():
        raise InputError(f"{path} is empty")
    decoded = decode(raw, str(path))
    info: dict = {} if decoded.encoding == "utf-8" else {"encoding": decoded.encoding}
    if decoded.bom:
        info["bom"] = decoded.bom
    if decoded.note:
        warnings.warn(f"{path}: {decoded.note}", stacklevel=3)
    text = decoded.text
    if path.suffix.lower() in _HTML:
        from kgraph.htmltext import article_text

        text = article_text(text, str(path))
        info["format"] = "html"
    if not text.strip():
        raise InputError(f"{path} holds only white space")
    return text, info


def _check_file(file: Path, root: Path | None) -> None:
    """Refuse what is not an article file inside the folder the user named."""
    if file.is_symlink():
        target = Path(os.path.realpath(file))
        if not target.exists():
            raise InputError(f"{file} is a dangling symbolic link (to {os.readlink(file)})")
        if root is not None and not target.is_relative_to(root):
            raise InputError(f"{file} is a symbolic link leading outside {root} (to {target}); "
                             "kgraph reads only inside the folders it is given")
    if file.is_dir():
        raise InputError(f"{file} is a folder, not an article file")
    if not file.is_file():
        raise InputError(f"{file} is not a regular file (a pipe, socket or device)")


def _first_line(text: str) -> str:
    return next((line.strip() for line in text.splitlines() if line.strip()), "")


def _looks_like_path(source: str) -> bool:
    if "\n" not in source and (source.endswith(("/", "\\")) or ("/" in source and not any(map(str.isspace, source)))):
        return True  # "missing/", "data/a.md": a path even when it does not exist, never an article
    return "\n" not in source and (source.endswith(ARTICLE_SUFFIXES) or Path(source).exists())


def _folder_files(folder: Path) -> list[Path]:
    files = {p for suffix in ARTICLE_SUFFIXES for p in folder.glob("*" + suffix)}
    return sorted(files, key=lambda p: str(p))


def _file_item(file: Path, root: Path | None, known: dict[str, dict[str, str]]) -> Item:
    _check_file(file, root)
    text, info = _read_text(file)
    stem = file.stem
    metadata = {"source": str(file), "title": _first_line(text), **info}
    metadata.update(known.get(stem) or known.get(unicodedata.normalize("NFC", stem)) or {})
    return text, unicodedata.normalize("NFC", stem), metadata


def scan_sources(sources: Iterable[str | Path] | str | Path, *,
                 on_error: str = "skip") -> tuple[list[Item], list[Skipped]]:
    """Inputs as ``(text, doc_id, metadata)`` triples, and the inputs left out.

    With ``on_error="skip"`` a file that cannot be an article (empty, not
    text, an undecodable or legacy encoding, a folder, a dangling symbolic link
    or one leading outside the folder named) is left out and listed with the
    reason; with ``"raise"`` the first one raises :class:`~kgraph.errors.InputError`.
    A missing input, or a folder holding no articles, always raises.
    Document ids are made unique (see :func:`read_sources`).
    """
    if on_error not in ("skip", "raise"):
        raise InputError(f"on_error must be 'skip' or 'raise', not {on_error!r}")
    if isinstance(sources, (str, Path)):
        sources = [sources]
    items: list[Item] = []
    skipped: list[Skipped] = []
    for source in sources:
        if isinstance(source, Path) or (isinstance(source, str) and _looks_like_path(source)):
            path = Path(source)
            if not path.exists() and not path.is_symlink():
                raise InputError(f"no such file or folder: {path}")
            if path.is_dir():
                files, root = _folder_files(path), Path(os.path.realpath(path))
                if not files:
                    raise InputError(f"folder {path} holds no {', '.join(ARTICLE_SUFFIXES)} files")
            else:
                files, root = [path], None  # a file named on its own is what the user asked for
            known = folder_metadata(path if path.is_dir() else path.parent)
            for file in files:
                try:
                    items.append(_file_item(file, root, known))
                except InputError as e:
                    if on_error == "raise":
                        raise
                    skipped.append(Skipped(str(file), str(e)))
        elif isinstance(source, str):
            if not source.strip():
                if on_error == "raise":
                    raise InputError("an input text is empty")
                skipped.append(Skipped("<text>", "an input text is empty"))
                continue
            doc_id = "text-" + hashlib.sha1(source.encode("utf-8", "surrogatepass")).hexdigest()[:8]
            items.append((source, doc_id, {"title": _first_line(source)}))
        else:
            raise InputError(f"an input must be a path or a text, not {type(source).__name__}")
    return _unique_ids(items), skipped


def read_sources(sources: Iterable[str | Path] | str | Path) -> list[Item]:
    """Inputs as ``(text, doc_id, metadata)`` triples, in order; the first bad input raises.

    A :class:`~pathlib.Path`, or a string naming an existing path or ending in
    ``.txt``/``.html``/``.htm``, is a file (doc_id its stem in NFC, metadata
    ``source``, ``title``; ``encoding`` and ``bom`` when not plain UTF-8) or a folder of such files; any other
    string is article text (doc_id from a hash of it). An HTML page gives its
    article text (see :mod:`kgraph.htmltext`); bytes are decoded by
    :func:`kgraph.encoding.decode`.

    Document ids are unique: inputs whose ids clash (one name in two folders,
    NFC and NFD spellings, names differing in case) become ``{folder}-{name}``,
    then ``-2``, ``-3`` in path order; an id longer than 150 UTF-8 bytes is cut
    and given a hash. Each change is a warning naming the file. Raises
    :class:`~kgraph.errors.InputError` for a missing, unreadable, non-text or
    empty input.
    """
    items, _ = scan_sources(sources, on_error="raise")
    return items


def _safe_id(doc_id: str) -> str:
    """An id that fits ``docs/{id}.json``: no control characters, at most 150 UTF-8 bytes."""
    clean = re.sub(r"[\x00-\x1f\x7f/\\]", "-", doc_id)
    if len(clean.encode("utf-8", "surrogatepass")) <= _MAX_ID_BYTES:
        return clean
    cut = clean.encode("utf-8", "surrogatepass")[:100].decode("utf-8", "ignore")
    return f"{cut}-{hashlib.sha1(doc_id.encode('utf-8', 'surrogatepass')).hexdigest()[:8]}"


def _unique_ids(items: list[Item]) -> list[Item]:
    out = []
    for text, doc_id, metadata in items:
        safe = _safe_id(doc_id)
        if safe != doc_id:
            warnings.warn(f"{metadata.get('source', doc_id)}: id shortened to {safe!r} (a file name must fit "
                          "docs/ID.json)", stacklevel=3)
        out.append((text, safe, metadata))
    groups: dict[str, list[int]] = defaultdict(list)
    for i, (_, doc_id, _) in enumerate(out):
        groups[doc_id.casefold()].append(i)
    taken = {doc_id.casefold() for _, doc_id, _ in out}
    for members in groups.values():
        if len(members) < 2:
            continue
        shared = out[members[0]][1]
        names = []
        for i in members:
            text, doc_id, metadata = out[i]
            source = metadata.get("source")
            folder = Path(source).parent.name if source else ""
            stem = f"{folder}-{doc_id}" if folder else doc_id
            new, number = _safe_id(stem), 1
            while new.casefold() in taken:
                number += 1
                new = _safe_id(f"{stem}-{number}")
            taken.add(new.casefold())
            out[i] = (text, new, metadata)
            names.append(f"{source or doc_id} is {new!r}")
        warnings.warn(f"{len(members)} inputs would share the id {shared!r}: " + ", ".join(names), stacklevel=3)
    return out


def _published(row: dict[str, str]) -> str | None:
    if row.get("published"):
        return row["published"].strip()[:10]
    source = row.get("source") or ""  # a short row gives None
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
        # lines end at a newline only: str.splitlines() would also break at a form feed or vertical tab
        rows = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"), newline=""), delimiter="\t"))
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
