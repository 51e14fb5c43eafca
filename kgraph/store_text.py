"""An article store's N-Triples, N-Quads, RDF/XML and JSON-LD kept as text while articles go in.

Writing these formats from Oxigraph's indexes (``Store.dump``) reads and
re-encodes every term; at 1,000 articles that alone is 0.12-0.25 s, slower
than a tenth of rdflib's plain string formatting. Yet the text exists
already: each article arrives as N-Triples (the workers write it), the
union's N-Triples are the distinct lines of all articles, an article's
N-Quads are its lines with its graph name, and the union's RDF/XML is the
concatenation of each new batch's ``rdf:Description`` elements, and the
dataset's JSON-LD one item per article graph. So the store appends them to
up to four files as each batch is stored, and writing a format is a file
copy.

The files hold what the store holds only while articles are added. A
replaced or removed article (which rewrites other articles' labels and the
union) makes them stale: they are dropped and the store's own serializers
take over. A store reopened from disk uses them when ``state.json`` says
they cover all the store's articles (a cut run leaves them stale, never
wrong).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from pathlib import Path
from typing import Any

from kgraph.errors import KGraphError

__all__ = ["StoreText"]

#: Format key -> file in the folder (RDF/XML: the elements between the root's tags).
_FILES = {"nt": "union.nt", "nq": "articles.nq", "rdf": "union.rdf-body", "jsonld": "articles.jsonld-body"}
#: What opens each JSON-LD item in its file (the first item's comma is left out when writing).
_ITEM = b",\n    "
_STATE = "state.json"
_VERSION = 1


def _digest(line: bytes) -> bytes:
    return hashlib.blake2b(line, digest_size=16).digest()


class StoreText:
    """The text files of one store, in ``folder``; see the module docstring.

    ``quads``: whether the store keeps each article's graph (else no N-Quads).
    ``prefixes``: the namespaces RDF/XML declares on its root element.
    ``formats``: which of nt, nq, rdf, jsonld to keep (each costs the load some time:
    see the README); none, or ``folder`` None: nothing is kept (never valid).
    """

    def __init__(self, folder: Path | None, prefixes: dict[str, str], quads: bool,
                 formats: Any = ("nt", "nq", "rdf", "jsonld")) -> None:
        self.folder, self.prefixes, self.quads = Path(folder or "."), prefixes, quads
        formats = set(formats) | ({"nt"} if "rdf" in formats else set())  # nt records which lines RDF/XML holds
        self.formats = sorted(formats & set(_FILES) - (set() if quads else {"nq", "jsonld"}))
        self.kept = folder is not None and bool(self.formats)
        self._seen: set[bytes] | None = None  # digests of the union's lines (read back from union.nt when reopened)
        self._state = self._read_state()
        self._checked = False  # whether the article count of a reopened store was compared with state.json

    # ------------------------------------------------------------ state
    def _read_state(self) -> dict[str, Any] | None:
        if not self.kept:
            return None
        try:
            state = json.loads((self.folder / _STATE).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if state.get("version") != _VERSION or state.get("prefixes") != self.prefixes or \
                state.get("quads") != self.quads or state.get("formats") != self.formats:
            return None
        for key in self.formats:
            name = _FILES[key]
            path = self.folder / name
            size = path.stat().st_size if path.exists() else 0
            if size != state["sizes"].get(key, 0):
                return None
        return state

    def start(self, articles: int) -> None:
        """Begin with a store holding ``articles`` articles: valid as is when none (else as ``state.json`` says)."""
        if self._checked:
            return
        self._checked = True
        if not self.kept:
            return
        if articles == 0 and self._state is None:
            self._reset()
        elif self._state is None or self._state["articles"] != articles:
            self.drop()

    def _reset(self) -> None:
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            for key in self.formats:
                (self.folder / _FILES[key]).write_bytes(b"")
        except OSError as e:
            raise KGraphError(f"cannot write the store's text files in {self.folder}: {e.strerror or e}") from e
        self._seen = set()
        self._state = {"version": _VERSION, "prefixes": self.prefixes, "quads": self.quads,
                       "formats": self.formats, "articles": 0, "sizes": {key: 0 for key in self.formats}}
        self._save()

    def _save(self) -> None:
        tmp = self.folder / (_STATE + ".tmp")
        tmp.write_text(json.dumps(self._state, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, self.folder / _STATE)

    @property
    def started(self) -> bool:
        """Whether :meth:`start` was called (the store counts its articles once, for it)."""
        return self._checked

    @property
    def valid(self) -> bool:
        """Whether the files hold exactly what the store holds."""
        return self._checked and self._state is not None

    @property
    def wants_graphs(self) -> bool:
        """Whether :meth:`add` uses each new article's lines (for JSON-LD): kept and not stale."""
        return self.kept and "jsonld" in self.formats and (not self._checked or self._state is not None)

    def drop(self) -> None:
        """The store changed otherwise than by adding articles: the files are stale, remove them."""
        self._state, self._seen, self._checked = None, None, True
        if not self.kept:
            return
        for name in [*_FILES.values(), _STATE]:
            try:
                (self.folder / name).unlink(missing_ok=True)
            except OSError:
                pass

    # ------------------------------------------------------------ adding
    def add(self, articles: int, union: bytes, quads: bytes, graphs: Any = ()) -> None:
        """Append one stored batch: ``articles`` new articles, their union's lines and their N-Quads (UTF-8).

        ``graphs``: each new article's graph IRI and lines, for JSON-LD.
        """
        if not self.valid:
            return
        import pyoxigraph as ox

        new = []
        if "nt" in self.formats or "rdf" in self.formats:  # the union's lines not written before
            seen = self._seen_lines()
            for line in union.split(b"\n"):
                if not line:
                    continue
                key = _digest(line)
                if key not in seen:
                    seen.add(key)
                    new.append(line)
        text = b"\n".join(new) + b"\n" if new else b""
        rdf = b""
        if new and "rdf" in self.formats:
            xml = ox.serialize((q.triple for q in ox.parse(text, format=ox.RdfFormat.N_TRIPLES)),
                               format=ox.RdfFormat.RDF_XML, prefixes=self.prefixes)
            # between the root's opening line and its closing tag: concatenated, the elements stay one valid document
            rdf = xml[xml.index(b">\n", xml.index(b"<rdf:RDF")) + 2:xml.rindex(b"</rdf:RDF>")]
        jsonld = b""
        if "jsonld" in self.formats and graphs:
            from kgraph.export import jsonld_parts

            _, item, _ = jsonld_parts(self.prefixes)
            jsonld = b"".join(_ITEM + item(name, ox.serialize(
                ox.parse("\n".join(lines).encode("utf-8"), format=ox.RdfFormat.N_TRIPLES),
                format=ox.RdfFormat.JSON_LD)).encode("utf-8") for name, lines in graphs)
        try:
            for key, data in (("nt", text), ("nq", quads), ("rdf", rdf), ("jsonld", jsonld)):
                if data and key in self.formats:
                    with open(self.folder / _FILES[key], "ab") as out:
                        if key == "nq" and not data.endswith(b"\n"):
                            data += b"\n"
                        out.write(data)
                    self._state["sizes"][key] += len(data)
            self._state["articles"] += articles
            self._save()
        except OSError as e:
            self.drop()
            raise KGraphError(f"cannot write the store's text files in {self.folder}: {e.strerror or e}") from e

    def _seen_lines(self) -> set[bytes]:
        if self._seen is None:  # a reopened store: its union's lines as they were written
            with open(self.folder / _FILES["nt"], "rb") as lines:
                self._seen = {_digest(line.rstrip(b"\n")) for line in lines}
        return self._seen

    # ------------------------------------------------------------ writing
    def union_file(self) -> Path | None:
        """The union's N-Triples file, or None when stale."""
        return self.folder / _FILES["nt"] if self.valid and "nt" in self.formats else None

    def write(self, path: Path, format: str) -> bool:
        """Write ``format`` (nt, nq or rdf) to ``path``; False when the files cannot give it (stale, no quads)."""
        if not self.valid or format not in self.formats:
            return False
        source = self.folder / _FILES[format]
        if format == "jsonld":
            from kgraph.export import jsonld_parts

            opening, _, end = jsonld_parts(self.prefixes)
            with open(path, "wb") as out, open(source, "rb") as body:
                out.write(opening.encode("utf-8"))
                if body.read(len(_ITEM)):  # the first item, without its comma
                    out.write(_ITEM[1:])
                    out.flush()
                    _copy_into(body, out, len(_ITEM))
                out.write(end.encode("utf-8"))
            return True
        if format != "rdf":
            shutil.copyfile(source, path)
            return True
        import pyoxigraph as ox

        empty = ox.serialize([], format=ox.RdfFormat.RDF_XML, prefixes=self.prefixes)
        cut = empty.rindex(b"</rdf:RDF>")
        with open(path, "wb") as out, open(source, "rb") as body:
            out.write(empty[:cut])
            out.flush()
            _copy_into(body, out)
            out.write(empty[cut:] + b"\n")
        return True


def _copy_into(source: Any, out: Any, start: int = 0) -> None:
    """Append file ``source`` from byte ``start`` to ``out`` in the kernel (``os.sendfile``) where it can."""
    size = os.fstat(source.fileno()).st_size
    sent = start
    try:
        while sent < size:
            done = os.sendfile(out.fileno(), source.fileno(), sent, size - sent)
            if done == 0:
                break
            sent += done
    except (AttributeError, OSError):
        pass
    if sent < size:
        source.seek(sent)
        out.seek(0, os.SEEK_END)
        shutil.copyfileobj(source, out, 1 << 22)
