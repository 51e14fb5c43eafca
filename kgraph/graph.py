"""Many articles in one RDF dataset: one named graph per article.

:class:`KnowledgeGraph` only stores: adding a Document writes its graph (see
:mod:`kgraph.rdf`), re-adding a ``doc_id`` replaces it. Exports, queries and
views are functions over it (:mod:`kgraph.export`, :mod:`kgraph.query`, ...).
:func:`build` reads paths or texts and runs the extraction pipeline.

At scale, :func:`build_store` runs the same per-article extraction
(:func:`extract_article`) serially, in worker processes or on a Dask cluster;
each worker returns the article's graph as N-Triples and its JSON, and the
parent loads them into an Oxigraph :class:`~kgraph.store.ArticleStore`
(optionally pushing each graph to a SPARQL server). Cross-article identity
follows :mod:`kgraph.merge` in both.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rdflib import Dataset, Graph, Literal, URIRef

from kgraph.document import Document
from kgraph.errors import KGraphError
from kgraph.iris import check_base
from kgraph.rdf import article_iri, to_rdf
from kgraph.sources import Skipped, scan_sources
from kgraph.vocab import DEFAULT_BASE, RDFS, SKOS, bind_prefixes

__all__ = ["KnowledgeGraph", "build", "extract_all", "build_store", "extract_article", "extract_results",
           "content_hash", "put_graph", "ArticleResult", "BuildResult"]


class KnowledgeGraph:
    """An rdflib :class:`~rdflib.Dataset` with one named graph per article.

    The same entity in two articles has one IRI, so the union (``.graph``)
    merges them. SKOS allows one ``skos:prefLabel`` per language: when two
    articles name an entity differently, the first article added keeps its
    name as the preferred label and later ones record theirs as
    ``skos:altLabel`` (each keeps ``rdfs:label`` with its own name).
    """

    def __init__(self, base: str = DEFAULT_BASE) -> None:
        self.base = base
        self.dataset = Dataset(default_union=True)
        bind_prefixes(self.dataset, base)
        self.documents: dict[str, Document] = {}
        self.skipped: list[Skipped] = []  # inputs build() left out, each with its reason
        #: Nodes kept apart from a same-named one (:mod:`kgraph.merge`): (node, kept apart from, why).
        self.splits: list[tuple[str, str, str]] = []

    @property
    def graph(self) -> Dataset:
        """The union of all articles' graphs (the dataset, queried as one graph)."""
        return self.dataset

    def article(self, doc_id: str) -> Graph:
        """The named graph of one article."""
        return self.dataset.graph(article_iri(doc_id, self.base))

    def add(self, document: Document) -> URIRef:
        """Add (or replace) one article; returns the IRI naming its graph."""
        name = article_iri(document.doc_id, self.base)
        if document.doc_id in self.documents or name in {g.identifier for g in self.dataset.graphs()}:
            self.remove(document.doc_id)
        fresh = self._separate(to_rdf(document, self.base))
        target = self.dataset.graph(name)
        for subject, label in list(fresh.subject_objects(SKOS.prefLabel)):
            existing = set(self.dataset.objects(subject, SKOS.prefLabel))
            same_language = {x for x in existing if getattr(x, "language", None) == label.language}
            if same_language and label not in same_language:
                fresh.remove((subject, SKOS.prefLabel, label))
                fresh.add((subject, SKOS.altLabel, label))
        for triple in fresh:
            target.add(triple)
        self.documents[document.doc_id] = document
        return name

    def _separate(self, fresh: Graph) -> Graph:
        """Rename homonyms and same-numbered local documents of a new article (see :mod:`kgraph.merge`)."""
        from kgraph.merge import ArticleView, _date, local_place, separate
        from kgraph.vocab import KG, ORG, RDF

        view = ArticleView.of((str(s), str(p), str(o)) for s, p, o in fresh)
        if not view.posts and not view.issuers:
            return fresh
        data = self.dataset

        def place_of(body) -> str | None:
            return next((local_place(str(label)) for label in data.objects(body, SKOS.prefLabel)), None)

        def stored_posts(person: str) -> list:
            posts = []
            for membership in data.subjects(ORG.member, URIRef(person)):
                places = {place_of(body) for body in data.objects(membership, ORG.organization)} - {None}
                dates = [_date(str(d)) for i in data.objects(membership, ORG.memberDuring)
                         for d in data.objects(i, KG.reportedOn)]
                posts.extend((place, when) for place in places for when in (dates or [None]))
            return posts

        def stored_issuers(document: str) -> set:
            return {place_of(body) for body in data.objects(URIRef(document), KG.issuedBy)} - {None}

        splits = separate(view, exists=lambda iri: (URIRef(iri), RDF.type, None) in data,
                          stored_posts=stored_posts, stored_issuers=stored_issuers)
        if not splits:
            return fresh
        renamed = {URIRef(split.old): URIRef(split.new) for split in splits}
        out = Graph(identifier=fresh.identifier)
        for prefix, namespace in fresh.namespaces():
            out.bind(prefix, namespace)
        for s, p, o in fresh:
            out.add((renamed.get(s, s), p, renamed.get(o, o)))
        self.splits.extend((split.new, split.old, split.reason) for split in splits if not split.joined)
        return out

    def remove(self, doc_id: str) -> None:
        """Drop one article's graph; entities it alone named lose nothing else's labels."""
        name = article_iri(doc_id, self.base)
        removed = self.dataset.graph(name)
        named = set(removed.subjects(SKOS.prefLabel, None))
        self.dataset.remove_graph(name)
        self.documents.pop(doc_id, None)
        for subject in named:  # another article may now hold the only names left
            if (subject, SKOS.prefLabel, None) in self.dataset:
                continue
            for graph in self.dataset.graphs():
                label = graph.value(subject, RDFS.label)
                if isinstance(label, Literal):
                    graph.remove((subject, SKOS.altLabel, label))
                    graph.add((subject, SKOS.prefLabel, label))
                    break

    def __len__(self) -> int:
        """Number of distinct triples in the union of the articles' graphs."""
        return len(set(self.dataset.triples((None, None, None))))

    def __contains__(self, doc_id: object) -> bool:
        return doc_id in self.documents

    def __repr__(self) -> str:
        return f"<KnowledgeGraph {len(self.documents)} articles, {len(self)} triples>"

    def _repr_html_(self) -> str:
        """Jupyter shows the graph's page inline (see :mod:`kgraph.views.notebook`)."""
        from kgraph.views.notebook import repr_html

        return repr_html(self)


def _extract_item(item: tuple[str, str, dict]) -> Document:
    from kgraph.pipeline import extract  # the pipeline loads its data on use

    text, doc_id, metadata = item
    return extract(text, doc_id=doc_id, metadata=metadata)


def extract_all(items: list[tuple[str, str, dict]], *, jobs: int = 1) -> Iterator[Document]:
    """Extract articles in order; with ``jobs > 1``, in that many worker processes.

    Extraction is per article and shares nothing, so processes scale it over
    cores; the graph is merged in the calling process.
    """
    if jobs <= 1 or len(items) < 2:
        yield from map(_extract_item, items)
        return
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=jobs) as pool:
        yield from pool.map(_extract_item, items, chunksize=max(1, len(items) // (jobs * 8)))


def build(sources: Iterable[str | Path] | str | Path, *, base: str = DEFAULT_BASE,
          progress: bool = False, jobs: int = 1, on_error: str = "raise") -> KnowledgeGraph:
    """Extract every input article and merge them into one :class:`KnowledgeGraph`.

    ``sources`` are paths (``.txt`` files or folders of them) or article
    texts; see :func:`read_sources`. ``jobs`` worker processes extract in
    parallel (the result is the same). With ``progress=True`` and several
    inputs, a progress bar goes to stderr. ``on_error="skip"`` leaves out the
    inputs that cannot be read as articles and lists them, with the reason, in
    the result's ``skipped``; ``"raise"`` raises at the first.
    """
    check_base(base)
    items, skipped = scan_sources(sources, on_error=on_error)
    kg = KnowledgeGraph(base=base)
    documents = extract_all(items, jobs=jobs)
    if progress and len(items) > 1:
        from tqdm import tqdm

        documents = tqdm(documents, total=len(items), desc="articles", unit="article")
    for document in documents:
        kg.add(document)
    kg.skipped = skipped
    return kg


# ---------------------------------------------------------------- at scale: workers, Dask, stores, endpoints


@dataclass
class ArticleResult:
    """What a worker sends back for one article: compact, so the parent does little.

    ``ntriples`` is the article's graph as N-Triples text and ``json`` its
    per-article JSON (:func:`kgraph.export.document_json`); ``error`` names
    what went wrong when extraction failed (then both are empty).
    """

    doc_id: str
    content_hash: str
    ntriples: str = ""
    json: dict | None = None
    error: str | None = None


@dataclass
class BuildResult:
    """The outcome of :func:`build_store`: the store, and what happened to each article."""

    store: Any
    added: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)  # already stored with the same content hash
    skipped: list[Skipped] = field(default_factory=list)  # inputs that cannot be read as articles
    failures: list[tuple[str, str]] = field(default_factory=list)  # (doc_id, error) of failed extractions
    documents: dict[str, dict] = field(default_factory=dict)
    timings: dict[str, float] = field(default_factory=dict)


def content_hash(item: tuple[str, str, dict], base: str = DEFAULT_BASE) -> str:
    """A hash of what an article's graph depends on: text, metadata, base IRI and kgraph's version."""
    import hashlib
    import json

    from kgraph import __version__

    text, doc_id, metadata = item
    key = json.dumps([__version__, base, doc_id, text, sorted((str(k), str(v)) for k, v in metadata.items())],
                     ensure_ascii=False)
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def extract_article(item: tuple[str, str, dict], base: str = DEFAULT_BASE) -> ArticleResult:
    """Extract one article to its N-Triples and JSON; a failure is returned, not raised.

    This is the per-article unit that processes and Dask workers run.
    """
    from kgraph.export import document_json
    from kgraph.pipeline import extract

    text, doc_id, metadata = item
    digest = content_hash(item, base)
    try:
        document = extract(text, doc_id=doc_id, metadata=metadata)
        ntriples = to_rdf(document, base).serialize(format="nt", encoding="utf-8").decode("utf-8")
        return ArticleResult(doc_id, digest, ntriples, document_json(document, base))
    except Exception as e:  # isolate one bad article from the corpus
        message = str(e).splitlines()[0] if str(e) else ""
        return ArticleResult(doc_id, digest, error=f"{type(e).__name__}: {message}".rstrip(": "))


def _extract_batch(batch: list[tuple[str, str, dict]], base: str) -> list[ArticleResult]:
    return [extract_article(item, base) for item in batch]


def _batches(items: list, size: int) -> list[list]:
    return [items[i:i + size] for i in range(0, len(items), size)]


def extract_results(items: list[tuple[str, str, dict]], *, jobs: int = 1, base: str = DEFAULT_BASE,
                    dask_scheduler: Any = None) -> Iterator[ArticleResult]:
    """:func:`extract_article` over many articles, in order: serially, in processes, or on Dask.

    ``dask_scheduler`` is a scheduler address (``tcp://host:8786``) or a
    ``dask.distributed.Client``; the workers need kgraph installed.
    """
    if dask_scheduler is not None:
        yield from _on_dask(items, base, dask_scheduler)
        return
    if jobs <= 1 or len(items) < 2:
        for item in items:
            yield extract_article(item, base)
        return
    from collections import deque
    from concurrent.futures import ProcessPoolExecutor

    size = max(1, min(16, len(items) // (jobs * 4)))
    # a few batches in flight per worker, not the whole corpus: when the caller stores more slowly than the
    # workers extract, finished results would otherwise pile up in memory (600 MB at 10,000 articles)
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        waiting: deque = deque()
        for batch in _batches(items, size):
            waiting.append(pool.submit(_extract_batch, batch, base))
            if len(waiting) >= jobs * 3:
                yield from waiting.popleft().result()
        while waiting:
            yield from waiting.popleft().result()


def _on_dask(items: list[tuple[str, str, dict]], base: str, scheduler: Any) -> Iterator[ArticleResult]:
    try:
        from dask.distributed import Client
    except ImportError as e:
        raise KGraphError("--dask-scheduler needs dask.distributed: pip install 'kgraph[dask]'") from e
    client = scheduler if isinstance(scheduler, Client) else None
    try:
        if client is None:
            client = Client(scheduler, timeout="10s")
    except OSError as e:
        raise KGraphError(f"cannot reach the Dask scheduler at {scheduler}: {e}") from e
    try:
        futures = client.map(_extract_batch, _batches(items, 8), base=base, pure=False)
        for future in futures:
            yield from future.result()
            future.release()
    finally:
        if client is not scheduler:
            client.close()


def build_store(sources: Iterable[str | Path] | str | Path, store: Any = None, *, base: str | None = None,
                jobs: int = 1, dask_scheduler: Any = None, sparql_endpoint: str | None = None,
                progress: bool = False, on_error: str = "raise", keep_documents: bool = True) -> BuildResult:
    """Extract articles into an :class:`~kgraph.store.ArticleStore`, skipping unchanged ones.

    ``store`` is an ArticleStore, a folder for a persistent one, or None (in
    memory). An article whose content hash is already stored is skipped;
    one that changed replaces its graph in one transaction. With
    ``sparql_endpoint`` (a SPARQL 1.1 Graph Store Protocol URL) each
    extracted article's graph is also PUT there, replacing what it held.
    An article that fails is listed in ``failures`` and left out;
    ``on_error`` treats unreadable inputs as in :func:`build` (``skipped``).
    ``keep_documents=False`` leaves ``documents`` empty: each article's JSON
    is in the store (:meth:`~kgraph.store.ArticleStore.iter_documents`), and
    a large corpus's JSON held in Python costs about 35 KB an article.
    """
    import json
    import time

    from kgraph.store import ArticleStore

    if base is not None:
        check_base(base)
    if not isinstance(store, ArticleStore):
        store = ArticleStore(store, base=base)
    base = store.base
    result = BuildResult(store)
    started = time.perf_counter()
    items, result.skipped = scan_sources(sources, on_error=on_error)
    known = store.hashes()
    if not getattr(store, "keep_graphs", True) and len({item[1] for item in items}) < len(items):
        store.keep_graphs = True  # an article given twice replaces the first: that needs its stored graph
    todo = []
    for item in items:
        if known.get(str(article_iri(item[1], base))) == content_hash(item, base):
            result.unchanged.append(item[1])
        else:
            todo.append(item)
    result.timings["read"] = time.perf_counter() - started
    results: Iterable[ArticleResult] = extract_results(todo, jobs=jobs, base=base, dask_scheduler=dask_scheduler)
    if progress and len(todo) > 1:
        from tqdm import tqdm

        results = tqdm(results, total=len(todo), desc="articles", unit="article")
    extract_time = store_time = 0.0
    mark = time.perf_counter()
    for article in results:
        now = time.perf_counter()
        extract_time += now - mark
        if article.error is not None:
            result.failures.append((article.doc_id, article.error))
        else:
            store.add_ntriples(article.doc_id, article.ntriples, article.content_hash,
                               json.dumps(article.json, ensure_ascii=False))
            if sparql_endpoint:
                put_graph(sparql_endpoint, str(article_iri(article.doc_id, base)), store.graph_ntriples(article.doc_id))
            result.added.append(article.doc_id)
            if keep_documents:
                result.documents[article.doc_id] = article.json
        mark = time.perf_counter()
        store_time += mark - now
    mark = time.perf_counter()
    store.flush()
    if result.added:
        store.optimize()
    store_time += time.perf_counter() - mark
    result.timings.update(extract=extract_time, store=store_time)
    return result


def put_graph(endpoint: str, graph: str, ntriples: str) -> None:
    """Replace one named graph on a SPARQL 1.1 Graph Store Protocol endpoint (HTTP PUT)."""
    import urllib.error
    import urllib.parse
    import urllib.request

    if not endpoint.startswith(("http://", "https://")):
        raise KGraphError(f"--sparql-endpoint {endpoint!r} is not an http(s) URL; give the store's Graph Store URL")
    separator = "&" if "?" in endpoint else "?"
    url = f"{endpoint}{separator}graph={urllib.parse.quote(graph, safe='')}"
    request = urllib.request.Request(url, data=ntriples.encode("utf-8"), method="PUT",
                                     headers={"Content-Type": "application/n-triples"})
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            response.read()
    except (urllib.error.URLError, OSError) as e:
        raise KGraphError(f"cannot PUT graph {graph} to {endpoint}: {getattr(e, 'reason', e)}; "
                          "check that the server runs and accepts the Graph Store Protocol") from e
