"""The graph in an embedded Oxigraph store (pyoxigraph), for corpora that outgrow memory.

The dataset goes in as N-Quads through Oxigraph's bulk loader, so each
article keeps its named graph. :func:`store_query` runs SPARQL with the
default graph as the union of all graphs (``use_default_graph_as_union``),
the same semantics :func:`kgraph.query.query` gives in rdflib, so the ready
queries in ``examples/queries/`` answer alike in both. Needs the ``store``
extra (pyoxigraph).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from kgraph.errors import InputError, KGraphError
from kgraph.export import graph_file

__all__ = ["open_store", "load_store", "store_query", "remote_query", "ArticleStore", "META_GRAPH"]


def _pyoxigraph():
    try:
        import pyoxigraph
    except ImportError as e:  # pragma: no cover - depends on the environment
        raise KGraphError("the Oxigraph store needs pyoxigraph: pip install 'kgraph[store]'") from e
    return pyoxigraph


def open_store(path: str | Path | None = None) -> Any:
    """An Oxigraph store: in memory, or on disk at ``path`` (created if missing)."""
    pyoxigraph = _pyoxigraph()
    if path is None:
        return pyoxigraph.Store()
    try:
        return pyoxigraph.Store(str(path))
    except OSError as e:
        raise KGraphError(f"cannot open Oxigraph store at {path}: {e}") from e


_FILE_FORMATS = {"ttl": "TURTLE", "nt": "N_TRIPLES", "nq": "N_QUADS", "trig": "TRIG",
                 "jsonld": "JSON_LD", "rdf": "RDF_XML"}


def load_store(source: Any, store: Any = None) -> Any:
    """Bulk-load a KnowledgeGraph, an rdflib graph or dataset, or a saved graph file.

    Returns the store (a new in-memory one unless ``store`` is given).
    A triple file (ttl, nt, rdf) lands in the default graph; quads keep their graphs.
    """
    pyoxigraph = _pyoxigraph()
    store = open_store() if store is None else store
    if isinstance(source, (str, Path)):
        path, ext = graph_file(source, _FILE_FORMATS)
        try:
            store.bulk_load(path=str(path), format=getattr(pyoxigraph.RdfFormat, _FILE_FORMATS[ext]))
        except (SyntaxError, ValueError) as e:
            raise InputError(f"{path}: Oxigraph cannot parse it: {e}") from e
        return store
    dataset = getattr(source, "dataset", source)
    try:
        data = dataset.serialize(format="nquads", encoding="utf-8")
    except Exception as e:
        raise KGraphError(f"cannot serialize a {type(source).__name__} as N-Quads: {e}") from e
    store.bulk_load(input=data, format=pyoxigraph.RdfFormat.N_QUADS)
    return store


def _text(term: Any) -> str:
    return term.value if hasattr(term, "value") else str(term)


def store_query(store: Any, sparql: str | Path) -> list[dict[str, str]]:
    """Run SPARQL on an Oxigraph store; rows shaped as in :func:`kgraph.query.query`.

    On a plain store the default graph is the union of its graphs; on an
    :class:`ArticleStore` it is the store's own union graph (each triple once).
    """
    if isinstance(store, ArticleStore):
        return store.query(sparql)
    return _rows(store, sparql, union=True)


def _rows(store: Any, sparql: str | Path, union: bool) -> list[dict[str, str]]:
    pyoxigraph = _pyoxigraph()
    from kgraph.query import read_query

    text = read_query(sparql)
    try:
        result = store.query(text, use_default_graph_as_union=union)
    except SyntaxError as e:
        raise KGraphError(f"invalid SPARQL: {e}") from e
    if isinstance(result, pyoxigraph.QueryBoolean):
        return [{"ask": "true" if bool(result) else "false"}]
    if isinstance(result, pyoxigraph.QueryTriples):
        return [{"subject": _text(t.subject), "predicate": _text(t.predicate), "object": _text(t.object)}
                for t in result]
    variables = [v.value for v in result.variables]
    return [{name: _text(value) for name, value in zip(variables, solution) if value is not None}
            for solution in result]


# ---------------------------------------------------------------- the article store


#: The named graph holding each article's content hash (kept out of exports and queries).
META_GRAPH = "urn:kgraph:store"
_HASH = "urn:kgraph:contentHash"
_JSON = "urn:kgraph:documentJson"
_HOMONYM_OF = "urn:kgraph:keptApartFrom"
_REASON = "urn:kgraph:reason"
_KG = "https://w3id.org/kgraph/ontology#"
_SKOS = "http://www.w3.org/2004/02/skos/core#"
_RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
_NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
_XSD = "http://www.w3.org/2001/XMLSchema#"


def _prefixes(base: str) -> dict[str, str]:
    from kgraph.vocab import PREFIXES

    prefixes = {prefix: str(namespace) for prefix, namespace in PREFIXES.items()}
    prefixes.update(rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#", rdfs="http://www.w3.org/2000/01/rdf-schema#",
                    kgid=base)
    return prefixes


_WATCHED = ("rdf-syntax-ns#type>", "org#member>", "org#organization>", "kgraph/ontology#issuedBy>",
            "kgraph/ontology#issuerCode>", "core#prefLabel>", "purl.org/dc/terms/date>")


_WATCHED_RE = re.compile("|".join(map(re.escape, _WATCHED)))  # one scan a line, not one per watched predicate
_SERVICE = re.compile(r"\bSERVICE\b", re.IGNORECASE)
_NAMES_GRAPHS = re.compile(r"\b(?:GRAPH\s*(?:[?$<]|[A-Za-z_][\w.-]*:)|FROM\s+NAMED)", re.IGNORECASE)


def _nt_string(value: str) -> str:
    """A string literal in N-Triples syntax."""
    import json

    return json.dumps(value, ensure_ascii=False)


def _rdflib_term(t: Any) -> Any:
    """A pyoxigraph term as the rdflib term kgraph wrote (a plain literal has no datatype)."""
    from rdflib import BNode, Literal, URIRef

    ox = _pyoxigraph()
    if isinstance(t, ox.NamedNode):
        return URIRef(t.value)
    if isinstance(t, ox.BlankNode):
        return BNode(t.value)
    if t.language:
        return Literal(t.value, lang=t.language)
    if t.datatype.value == _XSD + "string":
        return Literal(t.value)
    return Literal(t.value, datatype=URIRef(t.datatype.value))


class ArticleStore:
    """An Oxigraph store that grows with the corpus: one named graph per article.

    Two Oxigraph stores: ``store`` holds each article's named graph (and
    :data:`META_GRAPH` with each article's content hash, so a re-run skips
    articles that did not change); ``union`` holds the union of the
    articles' graphs with every triple once, kept up to date on each add and
    remove. Queries run on ``union``: not on Oxigraph's union view, where a
    triple shared by N articles is seen N times and joins blow up, and not
    beside the named graphs, which slow default-graph patterns down about
    three times. On disk they are ``DIR/articles`` and ``DIR/union``.
    Re-adding an article replaces its graph in one transaction. Labels follow
    :class:`kgraph.graph.KnowledgeGraph`: the first article to name an entity
    keeps its name as ``skos:prefLabel``, later different names become
    ``skos:altLabel``. Beside them the store keeps its N-Triples, N-Quads,
    RDF/XML and JSON-LD as text while articles go in (``DIR/text``, or a
    temporary folder for an in-memory store; about the size of those files;
    ``keep_text`` chooses which): writing them is then a file copy
    (:mod:`kgraph.store_text`).
    """

    def __init__(self, path: str | Path | None = None, base: str | None = None, batch: int | None = None,
                 union_in_memory: bool = False, keep_graphs: bool = True, keep_text: Any = True) -> None:
        from kgraph.vocab import DEFAULT_BASE

        self.path = Path(path) if path is not None else None
        self.base = base or DEFAULT_BASE
        if self.path is not None:
            try:
                self.path.mkdir(parents=True, exist_ok=True)
            except OSError as e:
                raise KGraphError(f"cannot create the store folder {self.path}: {e.strerror or e}") from e
        self.store = open_store(self.path / "articles" if self.path else None)
        # the union is what merges, queries, the page and triple formats read; in memory it is read fast
        self._union_on_disk = self.path is not None and not union_in_memory
        self.union = open_store(self.path / "union" if self._union_on_disk else None)
        # on disk a batch is one bulk load (new files, no transaction log): larger batches, fewer files
        self.batch = batch or (64 if self.path is None else 512)
        #: False: only the union, hashes and JSON are stored, not each article's graph (a one-off build whose
        #: outputs need no named graphs; re-adding an article cannot then replace it)
        self.keep_graphs = keep_graphs
        self._ox = _pyoxigraph()
        self._names: dict[str, str] = {}
        # new articles wait here and go in together (one load a batch, see commit: far fewer disk writes);
        # every read commits them first, and an article touching a waiting node commits them before it
        self._pending: list[str] = []
        self._pending_meta: list[str] = []
        self._pending_union: list[str] = []
        self._pending_graphs: set[str] = set()
        self._pending_labels: dict[Any, set[Any]] = {}
        self._pending_posts: dict[str, list] = {}
        self._pending_issuers: dict[str, set[str]] = {}
        self._pending_splits: set[str] = set()
        self._pending_lines: list[tuple[str, list[str]]] = []  # each new article's graph and lines (its JSON-LD)
        #: True: the N-Triples, N-Quads, RDF/XML and JSON-LD kept as text beside the store (:mod:`kgraph.store_text`);
        #: some of "nt", "nq", "rdf", "jsonld": those only; False: none (those formats come from the indexes)
        self.keep_text = keep_text
        self._text = self._open_text()
        self._union_copy: Any = None  # see hold_union_in_memory

    def _open_text(self) -> Any:
        """The N-Triples, N-Quads and RDF/XML kept as text beside the store (:mod:`kgraph.store_text`)."""
        from kgraph.store_text import StoreText

        if not self.keep_text:
            return StoreText(None, {}, False)
        formats = ("nt", "nq", "rdf", "jsonld") if self.keep_text is True else self.keep_text
        if self.path is not None:
            folder = self.path / "text"
        else:  # an in-memory store keeps them in a temporary folder (memory stays for the indexes)
            import shutil
            import tempfile
            import weakref

            folder = Path(tempfile.mkdtemp(prefix="kgraph-text-"))
            weakref.finalize(self, shutil.rmtree, folder, True)
        return StoreText(folder, _prefixes(self.base), self.keep_graphs, formats)

    def _start_text(self) -> None:
        """Check the text files against the stored articles once, before the first batch or read."""
        if not self._text.started:
            ox = self._ox
            self._text.start(sum(1 for _ in self.store.quads_for_pattern(
                None, ox.NamedNode(_HASH), None, ox.NamedNode(META_GRAPH))))

    @classmethod
    def temporary(cls, base: str | None = None, keep_graphs: bool = True, keep_text: Any = True) -> "ArticleStore":
        """A store in a fresh temporary folder, removed by :meth:`close` or when garbage-collected.

        What a one-off build uses: the articles' graphs (every triple once per
        article that states it, six indexes: most of the data) are bulk-loaded
        to disk, while the union (each triple once), which merges, queries,
        the page and the triple formats read, stays in memory, where reads are
        several times faster than on disk. With ``keep_graphs=False`` the
        articles' graphs are not stored at all (a build whose outputs are
        triple formats, the page and JSON needs none of them). ``keep_text``:
        which of N-Triples, N-Quads, RDF/XML, JSON-LD to keep as text while articles go
        in (a build keeps those it writes; see :class:`ArticleStore`).
        """
        import shutil
        import tempfile
        import weakref

        folder = tempfile.mkdtemp(prefix="kgraph-store-")
        store = cls(folder, base=base, union_in_memory=True, keep_graphs=keep_graphs, keep_text=keep_text)
        store._cleanup = weakref.finalize(store, shutil.rmtree, folder, True)
        return store

    def close(self) -> None:
        """Remove a :meth:`temporary` store's folder now (other stores: nothing to do)."""
        cleanup = getattr(self, "_cleanup", None)
        if cleanup is not None:
            self.store = self.union = None
            import gc

            gc.collect()  # the Oxigraph stores close their files when collected
            cleanup()

    def commit(self) -> None:
        """Store the articles still waiting in the current batch.

        In memory, one transaction per store. On disk, the graphs go through
        Oxigraph's bulk loader (it writes sorted files directly: several
        times faster than a transaction), and the articles' hashes and JSON
        follow in one transaction once the graphs are in: an article whose
        load was cut has no hash, so a re-run adds it again.
        """
        if not self._pending and not self._pending_meta:
            return
        self._union_copy = None
        self._start_text()
        articles, graphs = len(self._pending_graphs), self._pending_lines
        self._pending_lines = []
        data = "\n".join(self._pending).encode("utf-8")
        union = "\n".join(self._pending_union).encode("utf-8")
        meta = "\n".join(self._pending_meta).encode("utf-8")
        self._pending, self._pending_union, self._pending_graphs, self._pending_labels = [], [], set(), {}
        self._pending_meta = []
        self._pending_posts, self._pending_issuers, self._pending_splits = {}, {}, set()
        ox = self._ox
        try:
            # the text is kgraph's own N-Triples, already parsed once: lenient skips re-validating IRIs
            if self._union_on_disk:
                self.union.bulk_load(union, format=ox.RdfFormat.N_TRIPLES, lenient=True)
            else:
                self.union.load(union, format=ox.RdfFormat.N_TRIPLES)
            if data and self.path is None:
                self.store.load(data, format=ox.RdfFormat.N_QUADS)
            elif data:  # (no data: a store that keeps no per-article graphs)
                self.store.bulk_load(data, format=ox.RdfFormat.N_QUADS, lenient=True)
            self.store.load(meta, format=ox.RdfFormat.N_QUADS)
        except (SyntaxError, OSError) as e:
            self._text.drop()
            raise KGraphError(f"cannot store a batch of articles: {e}") from e
        self._text.add(articles, union, data, graphs)

    # ------------------------------------------------------------ articles
    def _name(self, doc_id: str) -> str:
        from kgraph.rdf import article_iri

        name = self._names.get(doc_id)
        if name is None:
            name = self._names[doc_id] = str(article_iri(doc_id, self.base))
        return name

    def documents(self) -> dict[str, dict]:
        """Each stored article's JSON (:func:`kgraph.export.document_json`), by doc_id."""
        return dict(sorted(dict(self.iter_documents()).items()))

    def iter_documents(self) -> Iterator[tuple[str, dict]]:
        """(doc_id, JSON) of each stored article, one at a time (a corpus's JSON is never all in memory)."""
        import json
        self.commit()

        ox = self._ox
        for quad in self.store.quads_for_pattern(None, ox.NamedNode(_JSON), None, ox.NamedNode(META_GRAPH)):
            data = json.loads(quad.object.value)
            yield data.get("doc_id", quad.subject.value), data

    def hashes(self) -> dict[str, str]:
        """Content hash by article graph IRI."""
        self.commit()
        ox = self._ox
        return {q.subject.value: q.object.value
                for q in self.store.quads_for_pattern(None, ox.NamedNode(_HASH), None, ox.NamedNode(META_GRAPH))}

    def content_hash(self, doc_id: str) -> str | None:
        """The hash stored with an article, or None when the store does not hold it."""
        self.commit()
        ox = self._ox
        for quad in self.store.quads_for_pattern(ox.NamedNode(self._name(doc_id)), ox.NamedNode(_HASH), None,
                                                 ox.NamedNode(META_GRAPH)):
            return quad.object.value
        return None

    def article_graphs(self) -> list[str]:
        """The IRIs of the articles' named graphs, sorted."""
        self.commit()
        return sorted(g.value for g in self.store.named_graphs() if g.value != META_GRAPH)

    def __contains__(self, doc_id: object) -> bool:
        return isinstance(doc_id, str) and self.content_hash(doc_id) is not None

    def __len__(self) -> int:
        """Number of distinct triples (the union graph)."""
        self.commit()
        return len(self.union)  # the union store holds the default graph only

    def add_ntriples(self, doc_id: str, ntriples: str, content_hash: str = "", document_json: str = "") -> str:
        """Add or replace one article from its graph as N-Triples text; returns the graph IRI.

        A new article waits in the current batch and goes in with it (see
        :meth:`commit`: its graph, its triples in the union, then its hash
        and JSON); a stored one is replaced by one SPARQL update, one
        transaction. The text is handled line by line: only the lines the
        merge rules read are parsed.
        """
        ox = self._ox
        g = self._name(doc_id)
        lines = [line for line in ntriples.splitlines() if line.strip()]
        watched = list(filter(_WATCHED_RE.search, lines))
        try:
            triples = [q.triple for q in ox.parse("\n".join(watched).encode("utf-8"), format=ox.RdfFormat.N_TRIPLES)]
        except SyntaxError as e:
            raise KGraphError(f"cannot store article {doc_id}: its N-Triples do not parse: {e}") from e
        renamed = self._separate(triples)
        if renamed:
            text = "\n".join(lines)
            for old, new in renamed.items():
                text = text.replace(f"<{old}>", f"<{new}>")
            lines = text.splitlines()
        meta = [(_HASH, content_hash)] + ([(_JSON, document_json)] if document_json else [])
        if g in self._pending_graphs:
            self.commit()
        replacing = self.store.contains_named_graph(ox.NamedNode(g))
        if replacing:
            self.commit()  # a replacement reads and rewrites what is stored
            self._unlink(g)
        lines = self._labelled(lines)
        if replacing:
            self._replace(doc_id, g, lines, meta)
            return g
        if self.keep_graphs:
            out = self._pending
            for line in lines:
                out.append(f"{line[:line.rindex('.')]}<{g}> .")
            if self._text.wants_graphs:
                self._pending_lines.append((g, lines))
        self._pending_union.extend(lines)
        for predicate, value in meta:
            self._pending_meta.append(f"<{g}> <{predicate}> {_nt_string(value)} <{META_GRAPH}> .")
        self._pending_graphs.add(g)
        if len(self._pending_graphs) >= self.batch:
            self.commit()
        return g

    def _labelled(self, lines: list[str]) -> list[str]:
        """The lines with a later article's different name for a known entity turned into an alternative label."""
        ox = self._ox
        pref = f"<{_SKOS}prefLabel>"
        out = []
        for line in lines:
            if pref in line:
                t = next(iter(ox.parse(line.encode("utf-8"), format=ox.RdfFormat.N_TRIPLES))).triple
                if self._named_otherwise(t.subject, t.object):
                    line = line.replace(pref, f"<{_SKOS}altLabel>", 1)
                else:
                    self._pending_labels.setdefault(t.subject, set()).add(t.object)
            out.append(line)
        return out

    def _separate(self, triples: list[Any]) -> dict[str, str]:
        """Homonyms and same-numbered local documents to keep apart (:mod:`kgraph.merge`): old IRI -> new.

        Each new split is recorded in :data:`META_GRAPH` (see :meth:`splits`).
        """
        from kgraph.merge import ArticleView, local_place, separate

        ox = self._ox
        view = ArticleView.of((t.subject.value, t.predicate.value, t.object.value) for t in triples)
        if not view.posts and not view.issuers:
            return {}
        default = ox.DefaultGraph()
        pred = {name: ox.NamedNode(iri) for name, iri in (
            ("type", "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), ("member", "http://www.w3.org/ns/org#member"),
            ("organization", "http://www.w3.org/ns/org#organization"), ("pref", _SKOS + "prefLabel"),
            ("during", "http://www.w3.org/ns/org#memberDuring"), ("reported", _KG + "reportedOn"),
            ("issuedBy", _KG + "issuedBy"))}

        def objects(subject: Any, name: str) -> list[Any]:
            return [q.object for q in self.union.quads_for_pattern(subject, pred[name], None, default)]

        def exists(iri: str) -> bool:
            return iri in self._pending_splits or any(
                True for _ in self.union.quads_for_pattern(ox.NamedNode(iri), pred["type"], None, default))

        def place_of(body: Any) -> str | None:
            return next((local_place(label.value) for label in objects(body, "pref")), None)

        def stored_posts(person: str) -> list[tuple[str, Any]]:
            from kgraph.merge import _date

            posts = []
            for quad in self.union.quads_for_pattern(None, pred["member"], ox.NamedNode(person), default):
                places = {place_of(body) for body in objects(quad.subject, "organization")} - {None}
                dates = [_date(d.value) for i in objects(quad.subject, "during") for d in objects(i, "reported")]
                posts.extend((place, when) for place in places for when in (dates or [None]))
            return posts + self._pending_posts.get(person, [])

        def stored_issuers(document: str) -> set[str]:
            stored = {place_of(body) for body in objects(ox.NamedNode(document), "issuedBy")} - {None}
            return stored | self._pending_issuers.get(document, set())

        splits = separate(view, exists=exists, stored_posts=stored_posts, stored_issuers=stored_issuers)
        renamed = {split.old: split.new for split in splits}
        # what this article says waits with it until the batch is stored; later articles read it here
        for person, places in view.posts.items():
            self._pending_posts.setdefault(renamed.get(person, person), []).extend(
                (place, view.published) for place in places)
        for document, places in view.issuers.items():
            self._pending_issuers.setdefault(renamed.get(document, document), set()).update(places)
        self._pending_splits.update(renamed.values())
        for split in splits:
            if not split.joined:
                self._pending_meta.append(f"<{split.new}> <{_HOMONYM_OF}> <{split.old}> <{META_GRAPH}> .")
                self._pending_meta.append(f"<{split.new}> <{_REASON}> {_nt_string(split.reason)} <{META_GRAPH}> .")
        return renamed

    def entity_rows(self) -> Iterator[tuple[str, str, str, str]]:
        """(entity IRI, type, label, article graph) for every entity each article names."""
        self.commit()
        ox = self._ox
        labels = {q.subject.value: q.object.value for q in self.union.quads_for_pattern(
            None, ox.NamedNode(_SKOS + "prefLabel"), None, ox.DefaultGraph())}
        for row in self.store.query(f"""SELECT ?e ?type ?g WHERE {{ GRAPH ?g {{ ?e a ?class }}
                VALUES (?class ?type) {{ (<{_KG}Person> "Person") (<{_KG}Organization> "Organization")
                  (<{_KG}Document> "Document") (<{_KG}Event> "Event") (<{_KG}Location> "Location") }} }}"""):
            iri = row["e"].value
            yield iri, row["type"].value, labels.get(iri, iri), row["g"].value

    def splits(self) -> list[tuple[str, str, str]]:
        """Nodes kept apart from a same-named one: (node, the node it was kept apart from, why)."""
        self.commit()
        ox = self._ox
        meta = ox.NamedNode(META_GRAPH)
        reasons = {q.subject.value: q.object.value
                   for q in self.store.quads_for_pattern(None, ox.NamedNode(_REASON), None, meta)}
        return sorted((q.subject.value, q.object.value, reasons.get(q.subject.value, ""))
                      for q in self.store.quads_for_pattern(None, ox.NamedNode(_HOMONYM_OF), None, meta))

    def _named_otherwise(self, subject: Any, label: Any) -> bool:
        """Whether the union already gives ``subject`` another preferred name in ``label``'s language."""
        ox = self._ox
        found = [q.object for q in self.union.quads_for_pattern(subject, ox.NamedNode(_SKOS + "prefLabel"), None,
                                                                ox.DefaultGraph())]
        for other in [*found, *self._pending_labels.get(subject, ())]:
            if other != label and getattr(other, "language", None) == getattr(label, "language", None):
                return True
        return False

    def _replace(self, doc_id: str, g: str, lines: list[str], meta: list[tuple[str, str]]) -> None:
        """Swap an article's stored graph for its new one in one transaction, then add the new triples to the union."""
        self._text.drop()
        self._union_copy = None
        facts = " ".join(f"<{g}> <{predicate}> {_nt_string(value)} ." for predicate, value in meta)
        body = "\n".join(lines)
        self._update(f"DROP SILENT GRAPH <{g}> ;\nDELETE WHERE {{ GRAPH <{META_GRAPH}> {{ <{g}> ?p ?o }} }} ;\n"
                     f"INSERT DATA {{ GRAPH <{g}> {{\n{body}\n}} GRAPH <{META_GRAPH}> {{ {facts} }} }}", doc_id)
        try:
            self.union.load(body.encode("utf-8"), format=self._ox.RdfFormat.N_TRIPLES)
        except (SyntaxError, OSError) as e:
            raise KGraphError(f"cannot store article {doc_id}: {e}") from e
        self._pending_labels = {}

    def remove(self, doc_id: str) -> None:
        """Drop one article: its graph, its hash, and the union's triples no other article holds."""
        self.commit()
        g = self._name(doc_id)
        self._unlink(g)
        self._update(f"DROP SILENT GRAPH <{g}> ;\nDELETE WHERE {{ GRAPH <{META_GRAPH}> {{ <{g}> ?p ?o }} }}", doc_id)

    def _held_elsewhere(self, s: Any, p: Any, o: Any, g: Any) -> bool:
        meta = self._ox.NamedNode(META_GRAPH)
        return any(q.graph_name != g and q.graph_name != meta for q in self.store.quads_for_pattern(s, p, o, None))

    def _unlink(self, g: str) -> None:
        """Take article ``g`` out of the union (its graph stays): its own triples go, names pass to other articles.

        An entity left without a preferred name takes the name another article
        gives it (the article whose graph IRI sorts first), as
        :meth:`kgraph.graph.KnowledgeGraph.remove` does.
        """
        ox = self._ox
        self._text.drop()  # other articles' labels and the union change: the text files no longer match
        self._union_copy = None
        name, default = ox.NamedNode(g), ox.DefaultGraph()
        pref, alt, label = (ox.NamedNode(_SKOS + "prefLabel"), ox.NamedNode(_SKOS + "altLabel"),
                            ox.NamedNode(_RDFS_LABEL))
        named = set()
        for quad in list(self.store.quads_for_pattern(None, None, None, name)):
            if quad.predicate == pref:
                named.add(quad.subject)
            if not self._held_elsewhere(quad.subject, quad.predicate, quad.object, name):
                self.union.remove(ox.Quad(quad.subject, quad.predicate, quad.object, default))
        for subject in sorted(named, key=lambda n: n.value):
            if any(True for _ in self.union.quads_for_pattern(subject, pref, None, default)):
                continue
            others = sorted((q.graph_name.value, q.object) for q in self.store.quads_for_pattern(subject, label, None, None)
                            if q.graph_name != name and q.graph_name.value != META_GRAPH)
            if not others:
                continue
            graph, text = others[0]
            other = ox.NamedNode(graph)
            self.store.remove(ox.Quad(subject, alt, text, other))
            self.store.add(ox.Quad(subject, pref, text, other))
            self.union.add(ox.Quad(subject, pref, text, default))
            if not self._held_elsewhere(subject, alt, text, name):
                self.union.remove(ox.Quad(subject, alt, text, default))

    def _update(self, sparql: str, doc_id: str) -> None:
        try:
            self.store.update(sparql)
        except (SyntaxError, ValueError, OSError) as e:
            raise KGraphError(f"cannot store article {doc_id}: {e}") from e

    # ------------------------------------------------------------ reading
    def query(self, sparql: str | Path) -> list[dict[str, str]]:
        """SPARQL over the union graph (each triple once); rows as in :func:`kgraph.query.query`.

        A query that names graphs (``GRAPH ?g``, ``FROM NAMED``) runs over the
        articles' graphs instead, with Oxigraph's union view as default graph
        (the same answers, slower joins).
        """
        self.commit()
        text = self._checked(sparql)
        if _NAMES_GRAPHS.search(text):  # GRAPH ?g { ... } reaches the articles' graphs, default graph their union
            return _rows(self.store, text, union=True)
        return _rows(self._readable_union(), text, union=False)

    def hold_union_in_memory(self) -> None:
        """Answer the following queries from a copy of the union in memory (a query session on a disk store).

        On disk every index lookup and every long string is a RocksDB read:
        ``provenance.rq`` (every fact with its sentence) takes about 2 s at
        2,000 articles there, against 0.5 s on the same union in memory. The
        copy is loaded from the union's N-Triples kept beside the store
        (:mod:`kgraph.store_text`; else from the union's dump), 0.5-0.6 s at
        2,000 articles and the memory of an in-memory store, so it pays
        off for several queries, not for one selective query. Adding,
        replacing or removing an article drops the copy (queries read the
        disk again); call this again to reload it. On an in-memory store
        there is nothing to do.
        """
        if not self._union_on_disk:
            return
        self.commit()
        self._start_text()
        ox = self._ox
        copy = ox.Store()
        kept = self._text.union_file()
        try:
            if kept is not None:
                copy.bulk_load(path=str(kept), format=ox.RdfFormat.N_TRIPLES, lenient=True)
            else:
                copy.bulk_load(self.union.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph()),
                               format=ox.RdfFormat.N_TRIPLES, lenient=True)
        except (SyntaxError, OSError) as e:
            raise KGraphError(f"cannot load the union of {self.path} into memory: {e}") from e
        self._union_copy = copy

    def _readable_union(self) -> Any:
        return self.union if self._union_copy is None else self._union_copy

    def _checked(self, sparql: str | Path) -> str:
        from kgraph.query import QueryRefused, read_query

        text = read_query(sparql)
        if _SERVICE.search(text):
            raise QueryRefused("SERVICE is refused: queries stay local; query the other endpoint yourself")
        return text

    def run_query(self, sparql: str | Path, *, limit: int | None = 100_000) -> Any:
        """The query's :class:`kgraph.query.Results` (rdflib terms), cut at ``limit`` rows (0 or None: no limit)."""
        from rdflib import Graph

        from kgraph.query import Results

        text = self._checked(sparql)
        ox = self._ox
        self.commit()
        named = bool(_NAMES_GRAPHS.search(text))
        try:
            result = (self.store if named else self._readable_union()).query(text, use_default_graph_as_union=named)
        except SyntaxError as e:
            raise KGraphError(f"invalid SPARQL: {e}") from e
        if isinstance(result, ox.QueryBoolean):
            return Results("ASK", boolean=bool(result))
        if isinstance(result, ox.QueryTriples):
            graph = Graph()
            for t in result:
                graph.add((_rdflib_term(t.subject), _rdflib_term(t.predicate), _rdflib_term(t.object)))
            return Results("CONSTRUCT", graph=graph)
        variables = [v.value for v in result.variables]
        limit = limit or None
        rows, truncated = [], False
        for solution in result:
            if limit is not None and len(rows) == limit:
                truncated = True
                break
            rows.append({name: _rdflib_term(value) for name, value in zip(variables, solution) if value is not None})
        return Results("SELECT", vars=variables, rows=rows, truncated=truncated, limit=limit)

    def _graph_quads(self, name: str | None, triples: bool = False) -> Iterator[Any]:
        """One graph's quads (the union when ``name`` is None), offsets typed as kgraph wrote them.

        Oxigraph's storage keeps integers as ``xsd:integer``; NIF offsets are
        ``xsd:nonNegativeInteger`` in kgraph's graphs (and its SHACL shapes),
        so they get their datatype back on the way out.
        """
        self.commit()
        ox = self._ox
        graph = ox.DefaultGraph() if name is None else ox.NamedNode(name)
        offsets = {_NIF + "beginIndex", _NIF + "endIndex"}
        non_negative = ox.NamedNode(_XSD + "nonNegativeInteger")
        for quad in (self.union if name is None else self.store).quads_for_pattern(None, None, None, graph):
            obj = quad.object
            if quad.predicate.value in offsets and isinstance(obj, ox.Literal):
                obj = ox.Literal(obj.value, datatype=non_negative)
                yield (ox.Triple(quad.subject, quad.predicate, obj) if triples
                       else ox.Quad(quad.subject, quad.predicate, obj, quad.graph_name))
            else:
                yield quad.triple if triples else quad

    def dump(self, path: str | Path, format: str = "ttl") -> Path:
        """Write the store with Oxigraph's serializers: the union for triple formats, articles' graphs for quads."""
        from kgraph.export import FORMATS, QUAD_FORMATS

        if format not in FORMATS:
            raise KGraphError(f"unknown RDF format {format!r}; choose from {', '.join(FORMATS)}")
        if format in QUAD_FORMATS and not self.keep_graphs:
            raise KGraphError(f"this store keeps no per-article graphs, which {format} writes; "
                              "open it with keep_graphs=True before adding articles")
        ox = self._ox
        path = Path(path)
        rdf_format = getattr(ox.RdfFormat, _FILE_FORMATS[format])
        prefixes = _prefixes(self.base) if format not in ("nt", "nq") else None
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            if format == "jsonld" and self._text_writes(path, format):
                return path
            if format == "jsonld":
                from kgraph.export import write_jsonld

                chunks = ((name, _retyped(self.store.dump(format=ox.RdfFormat.JSON_LD, from_graph=ox.NamedNode(name)),
                                          "jsonld"))
                          for name in self.article_graphs())
                write_jsonld(path, chunks, _prefixes(self.base))
                return path
            if format in ("nt", "nq", "rdf"):
                if not self._text_writes(path, format):  # the text kept as articles went in; else from the indexes
                    self._dump_native(path, format, prefixes)
                return path
            if format in QUAD_FORMATS:
                quads = (q for name in self.article_graphs() for q in self._graph_quads(name))
            else:
                quads = self._graph_quads(None, triples=True)
            with open(path, "wb") as out:
                ox.serialize(quads, out, rdf_format, prefixes=prefixes)
        except OSError as e:
            raise KGraphError(f"cannot write {path}: {e.strerror or e}") from e
        return path

    def _text_writes(self, path: Path, format: str) -> bool:
        """Write ``format`` from the text kept beside the store (:mod:`kgraph.store_text`); False when stale."""
        self.commit()
        self._start_text()
        return self._text.write(path, format)

    def _dump_native(self, path: Path, format: str, prefixes: dict[str, str] | None) -> None:
        """N-Triples, RDF/XML (the union) or N-Quads (the articles' graphs) from Oxigraph's own dump.

        No term passes through Python: the offsets' datatype is put back on
        the serialized text as it streams to the file (:func:`_retyped`).
        """
        ox = self._ox
        self.commit()
        with open(path, "wb") as file:
            out = _RetypingWriter(file, format)
            if format == "nq":  # the whole dataset in one scan; the lines of kgraph's own graph are dropped
                self.store.dump(out, ox.RdfFormat.N_QUADS)
            else:
                self.union.dump(out, getattr(ox.RdfFormat, _FILE_FORMATS[format]), from_graph=ox.DefaultGraph(),
                                prefixes=prefixes)
            out.close()

    def to_rdflib(self) -> Any:
        """The articles' graphs as an rdflib Dataset (default graph = union) for views and rdflib users."""
        from rdflib import Dataset

        ox = self._ox
        dataset = Dataset(default_union=True)
        quads = (q for name in self.article_graphs() for q in self._graph_quads(name))
        dataset.parse(data=ox.serialize(quads, format=ox.RdfFormat.N_QUADS).decode("utf-8"), format="nquads")
        return dataset

    def graph_ntriples(self, doc_id: str) -> str:
        """One article's stored graph (labels as merged) as N-Triples text."""
        self.commit()
        ox = self._ox
        return ox.serialize(self._graph_quads(self._name(doc_id), triples=True),
                            format=ox.RdfFormat.N_TRIPLES).decode("utf-8")

    def union_graph(self) -> Any:
        """The union as a plain rdflib Graph for the views, without the articles' full texts.

        Built term by term from the store (no parsing); ``nif:isString`` (each
        article's whole text) is left out, since views read sentences only.
        """
        from rdflib import Graph

        from kgraph.vocab import bind_prefixes

        graph = Graph()
        bind_prefixes(graph, self.base)
        terms: dict[Any, Any] = {}

        def term(t: Any) -> Any:
            found = terms.get(t)
            if found is None:
                found = terms[t] = _rdflib_term(t)
            return found

        skip = _NIF + "isString"
        add = graph.add
        for quad in self._graph_quads(None):
            if quad.predicate.value != skip:
                add((term(quad.subject), term(quad.predicate), term(quad.object)))
        return graph

    def flush(self) -> None:
        """Store the waiting articles and write pending changes to disk."""
        self.commit()
        if self.path is not None:
            self.store.flush()
        if self._union_on_disk:
            self.union.flush()

    def optimize(self) -> None:
        """Compact an on-disk union after a build: the queries and triple formats read it (a quarter faster)."""
        self.flush()
        if self._union_on_disk:
            try:
                self.union.optimize()
            except OSError as e:
                raise KGraphError(f"cannot optimize the store at {self.path}: {e}") from e

    def __repr__(self) -> str:
        where = str(self.path) if self.path else "memory"
        return f"<ArticleStore {len(self.article_graphs())} articles in {where}>"


_XSD_RE = rb"http://www\.w3\.org/2001/XMLSchema#"
#: How each format writes a NIF offset once Oxigraph has stored it as ``xsd:integer`` (group 1: up to the type name).
_OFFSET = {
    "nt": re.compile(rb'(nif-core#(?:begin|end)Index> "[0-9]+"\^\^<' + _XSD_RE + rb")integer>"),
    "nq": re.compile(rb'(nif-core#(?:begin|end)Index> "[0-9]+"\^\^<' + _XSD_RE + rb")integer>"),
    # starts with a literal, so the scan runs at memchr speed; begin/end is checked behind it
    "rdf": re.compile(rb'(Index(?<=beginIndex|..endIndex)(?: xmlns="[^"]*")? rdf:datatype="' + _XSD_RE + rb')integer"'),
    "jsonld": re.compile(rb'(nif-core#(?:begin|end)Index":\[\{"@type":"' + _XSD_RE + rb')integer"'),
}


_META_END = b" <" + META_GRAPH.encode() + b"> .\n"


def _without_meta(lines: bytes) -> bytes:
    """N-Quads lines without those of :data:`META_GRAPH` (found by their literal ending: a fast scan)."""
    kept, start = [], 0
    while (end := lines.find(_META_END, start)) >= 0:
        cut = lines.rfind(b"\n", start, end) + 1
        kept.append(lines[start:cut])
        start = end + len(_META_END)
    kept.append(lines[start:])
    return b"".join(kept)


def _retyped(data: bytes, format: str) -> bytes:
    """Serialized text with NIF offsets typed ``xsd:nonNegativeInteger`` again, as kgraph wrote them."""
    return _OFFSET[format].sub(lambda m: m.group(1) + b"nonNegativeInteger" + m.group(0)[-1:], data)


class _RetypingWriter:
    """A binary file wrapper that applies :func:`_retyped` to whole lines as Oxigraph writes them."""

    def __init__(self, file: Any, format: str) -> None:
        self.file, self.format, self.carry = file, format, b""

    def write(self, chunk: bytes) -> int:
        data = self.carry + bytes(chunk)
        cut = data.rfind(b"\n") + 1
        self.carry = data[cut:]
        if cut:
            self.file.write(self._fixed(data[:cut]))
        return len(chunk)

    def _fixed(self, lines: bytes) -> bytes:
        if self.format == "nq":  # N-Quads escapes line breaks in literals: a quad is exactly one line
            lines = _without_meta(lines)
        return _retyped(lines, self.format)

    def flush(self) -> None:
        pass

    def close(self) -> None:
        if self.carry:
            self.file.write(self._fixed(self.carry + (b"\n" if self.format == "nq" else b"")))
            self.carry = b""


def remote_query(endpoint: str, sparql: str | Path, timeout: float = 60) -> list[dict[str, str]]:
    """Run SPARQL on a SPARQL 1.1 endpoint over HTTP; rows shaped as in :func:`kgraph.query.query`."""
    import json
    import urllib.error
    import urllib.parse
    import urllib.request

    from kgraph.query import read_query

    body = urllib.parse.urlencode({"query": read_query(sparql)}).encode("utf-8")
    request = urllib.request.Request(endpoint, data=body, method="POST", headers={
        "Content-Type": "application/x-www-form-urlencoded", "Accept": "application/sparql-results+json"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            data = json.loads(response.read().decode("utf-8"))
    except urllib.error.HTTPError as e:
        raise KGraphError(f"{endpoint} refused the query: {e.code} {e.read().decode('utf-8', 'replace')[:200]}") from e
    except (urllib.error.URLError, OSError) as e:
        raise KGraphError(f"cannot reach {endpoint}: {getattr(e, 'reason', e)}") from e
    if "boolean" in data:
        return [{"ask": "true" if data["boolean"] else "false"}]
    return [{name: cell["value"] for name, cell in row.items()} for row in data["results"]["bindings"]]
