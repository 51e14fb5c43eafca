"""The RDF vocabulary, as code that mirrors ``ontologies/kgraph.ttl``.

``KG`` and ``NIF`` are :class:`rdflib.namespace.DefinedNamespace` subclasses
with ``_fail = True``: a misspelt term (``KG.isuedBy``) raises AttributeError
instead of silently minting a new IRI. ``tests/test_vocab.py`` fails when
``KG`` and the ontology file drift apart.
"""

from __future__ import annotations

from pathlib import Path

from rdflib import URIRef
from rdflib.namespace import (
    DCTERMS,
    FOAF,
    ORG,
    OWL,
    PROV,
    RDF,
    RDFS,
    SDO,
    SKOS,
    TIME,
    XSD,
    DefinedNamespace,
    Namespace,
)

__all__ = [
    "KG",
    "NIF",
    "GEO",
    "SCHEMA",
    "ORG",
    "PROV",
    "TIME",
    "SKOS",
    "DCTERMS",
    "FOAF",
    "RDF",
    "RDFS",
    "OWL",
    "XSD",
    "ONTOLOGY_IRI",
    "DEFAULT_BASE",
    "PREFIXES",
    "ontology_file",
    "bind_prefixes",
]

ONTOLOGY_IRI = URIRef("https://w3id.org/kgraph/ontology")
DEFAULT_BASE = "https://w3id.org/kgraph/id/"

#: schema.org, under the https IRIs rdflib uses.
SCHEMA = SDO


class KG(DefinedNamespace):
    """Terms minted by the kgraph ontology (and nothing else)."""

    _fail = True
    _NS = Namespace("https://w3id.org/kgraph/ontology#")

    # classes
    Person: URIRef
    Organization: URIRef
    Document: URIRef
    Event: URIRef
    Location: URIRef
    # properties
    entityKey: URIRef
    issuedBy: URIRef
    adoptedAt: URIRef
    documentNumber: URIRef
    documentType: URIRef
    documentTypeCode: URIRef
    issuerCode: URIRef
    year: URIRef
    legislature: URIRef
    reportedOn: URIRef
    former: URIRef
    # places: the administrative unit a Location is
    unitType: URIRef
    currentProvince: URIRef
    adminUnitCode: URIRef
    AdministrativeUnitTypes: URIRef
    Province: URIRef
    Municipality: URIRef
    ProvincialCity: URIRef
    Town: URIRef
    District: URIRef
    Ward: URIRef
    Commune: URIRef
    Township: URIRef
    SpecialZone: URIRef


#: W3C Basic Geo (WGS84 lat/long) vocabulary, for a place's coordinates.
GEO = Namespace("http://www.w3.org/2003/01/geo/wgs84_pos#")


class NIF(DefinedNamespace):
    """The NIF 2.0 Core terms kgraph uses for sentence provenance."""

    _fail = True
    _NS = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")

    String: URIRef
    Sentence: URIRef
    Phrase: URIRef
    Context: URIRef
    beginIndex: URIRef
    endIndex: URIRef
    anchorOf: URIRef
    referenceContext: URIRef
    isString: URIRef
    sourceUrl: URIRef


PREFIXES = {
    "kg": KG._NS,
    "org": ORG._NS,
    "schema": SCHEMA._NS,
    "prov": PROV._NS,
    "nif": NIF._NS,
    "time": TIME._NS,
    "skos": SKOS._NS,
    "dcterms": DCTERMS._NS,
    "foaf": FOAF._NS,
    "owl": OWL._NS,
    "xsd": XSD._NS,
    "geo": GEO,
}


def bind_prefixes(graph, base: str = DEFAULT_BASE) -> None:
    """Bind kgraph's prefixes (and ``kgid:`` for the data base) on a graph."""
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=True, replace=True)
    graph.bind("kgid", Namespace(base), override=True, replace=True)


def ontology_file(name: str = "kgraph.ttl") -> Path:
    """Path of a file of ``ontologies/`` (shipped in the package as ``kgraph.ontologies``)."""
    from kgraph.resources import package_folder

    return package_folder("kgraph.ontologies", "ontologies") / name
