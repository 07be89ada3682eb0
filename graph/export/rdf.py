"""The graph as linked data: W3C PROV-O for provenance, schema.org for articles, and the osintkg
vocabulary (`osintkg.ttl`, checked by `shapes.ttl`) for the rest, written by rdflib.

    article   urn:osintkg:source:ID           prov:Entity, schema:NewsArticle
    statement urn:osintkg:evidence:HASH       osk:Statement, prov:Entity; prov:wasDerivedFrom the article,
                                              prov:value its quote, osk:startOffset, osk:endOffset,
                                              osk:modality, prov:wasAttributedTo the sources it cites
    claim     urn:osintkg:claim:HASH          osk:Transfer (or its kind), prov:Entity; prov:wasDerivedFrom
                                              its statements; osk:ROLE its entities, osk:QUALIFIER values
    entity    urn:osintkg:entity:ID           osk:Country (or its kind); rdfs:label, skos:altLabel
    ingest    urn:osintkg:ingest:ID           prov:Activity that used the article and generated its
                                              statements, prov:wasAssociatedWith the extractor (a
                                              prov:SoftwareAgent, urn:osintkg:extractor:VERSION)

Turtle is written a chunk of claims at a time (each chunk's prefixes repeated, as Turtle allows), JSON-LD
as one document whose `@graph` is filled chunk by chunk.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

from rdflib import RDF, RDFS, XSD, Graph, Literal, Namespace, URIRef
from rdflib.namespace import PROV, SDO, SKOS

from graph.export.dataset import Article, Chunk, Entity, ExportedClaim
from graph.model import Quantity, TimeSpan
from graph.ontology import ontology
from graph.reads import Statement

OSK = Namespace("urn:osintkg:ns#")
VOCABULARY = Path(__file__).with_name("osintkg.ttl")
SHAPES = Path(__file__).with_name("shapes.ttl")
PREFIXES = {"osk": OSK, "prov": PROV, "schema": SDO, "skos": SKOS, "xsd": XSD, "rdfs": RDFS}
SYNTAXES = {"turtle": "text/turtle", "json-ld": "application/ld+json"}
CLAIMS_PER_GRAPH = 1000  # claims serialised together: rdflib holds their triples in memory
ENTITY_CLASSES = {  # entity kind (graph/ontology/entities.yaml) -> its classes
    "country": (OSK.Country, PROV.Agent),
    "organization": (OSK.Organization, PROV.Agent, PROV.Organization),
    "person": (OSK.Person, PROV.Agent, PROV.Person),
    "port": (OSK.Port, PROV.Entity, PROV.Location),
    "location": (OSK.Location, PROV.Entity, PROV.Location),
    "vessel": (OSK.Vessel, PROV.Entity),
    "agreement": (OSK.NamedAgreement, PROV.Entity),
    "materiel": (OSK.Materiel, PROV.Entity),
}
PARTIAL_DATE_TYPES = {4: XSD.gYear, 7: XSD.gYearMonth, 10: XSD.date}


def iri(kind: str, value: str) -> URIRef:
    """A stable IRI from an osintkg id: "claim:ab12" -> urn:osintkg:claim:ab12, "KP" -> urn:osintkg:entity:KP."""
    return URIRef(f"urn:osintkg:{kind}:{quote(value, safe='')}")


def hashed_iri(hashed_id: str) -> URIRef:
    """The IRI of a claim or a statement, whose ids are "claim:HASH", "evidence:HASH"."""
    return URIRef("urn:osintkg:" + quote(hashed_id, safe=":"))


def turtle(chunks: Iterable[Chunk]) -> Iterator[str]:
    for graph in graphs(chunks):
        yield graph.serialize(format="turtle")


def json_ld(chunks: Iterable[Chunk]) -> Iterator[str]:
    context = {name: str(namespace) for name, namespace in PREFIXES.items()}
    yield '{"@context": ' + json.dumps(context) + ', "@graph": ['
    first = True
    for graph in graphs(chunks):
        for node in json.loads(graph.serialize(format="json-ld", context=context, auto_compact=True)).get("@graph", []):
            yield ("\n" if first else ",\n") + json.dumps(node, ensure_ascii=False, sort_keys=True)
            first = False
    yield "\n]}\n"


def graphs(chunks: Iterable[Chunk]) -> Iterator[Graph]:
    """One rdflib graph per `CLAIMS_PER_GRAPH` claims, the chunk's articles and entities with its first."""
    agents: set[str] = set()
    for chunk in chunks:
        for start in range(0, max(len(chunk.claims), 1), CLAIMS_PER_GRAPH):
            graph = _new_graph()
            if start == 0:
                for article in chunk.articles:
                    add_article(graph, article, agents)
                for entity in chunk.entities:
                    add_entity(graph, entity)
            for claim in chunk.claims[start : start + CLAIMS_PER_GRAPH]:
                add_claim(graph, claim)
            yield graph


def _new_graph() -> Graph:
    graph = Graph(store="SimpleMemory")
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=True)
    return graph


def add_article(graph: Graph, article: Article, agents: set[str]) -> None:
    node, ingest = iri("source", article.id), iri("ingest", article.id)
    graph.add((node, RDF.type, PROV.Entity))
    graph.add((node, RDF.type, SDO.NewsArticle))
    texts = {SDO.headline: article.title, SDO.publisher: article.publisher, SDO.author: article.author}
    for prop, value in texts.items():
        if value:
            graph.add((node, prop, Literal(value)))
    if article.url:
        graph.add((node, SDO.url, Literal(article.url, datatype=XSD.anyURI)))
    if article.published:
        graph.add((node, SDO.datePublished, partial_date(article.published)))
    if article.language:
        graph.add((node, SDO.inLanguage, Literal(article.language)))
    graph.add((node, OSK.sha256, Literal(article.sha256 or "")))
    graph.add((ingest, RDF.type, PROV.Activity))
    graph.add((ingest, PROV.used, node))
    if article.ingested_at:
        graph.add((ingest, PROV.endedAtTime, Literal(article.ingested_at, datatype=XSD.dateTime)))
    software = article.extractor or "unknown"
    agent = iri("extractor", software)
    graph.add((ingest, PROV.wasAssociatedWith, agent))
    if software not in agents:
        agents.add(software)
        graph.add((agent, RDF.type, PROV.SoftwareAgent))
        graph.add((agent, RDF.type, PROV.Agent))
        graph.add((agent, RDFS.label, Literal(f"osintkg extractor {software}")))


def add_entity(graph: Graph, entity: Entity) -> None:
    node = iri("entity", entity.id)
    for cls in ENTITY_CLASSES.get(entity.kind, (OSK.Entity, PROV.Entity)):
        graph.add((node, RDF.type, cls))
    graph.add((node, RDFS.label, Literal(entity.name)))
    for name, language in entity.aliases:
        if name != entity.name:
            graph.add((node, SKOS.altLabel, Literal(name, lang=language or None)))


def add_claim(graph: Graph, claim: ExportedClaim) -> None:
    node = hashed_iri(claim.id)
    graph.add((node, RDF.type, OSK.Claim))
    graph.add((node, RDF.type, OSK[ontology().claims[claim.kind].label]))
    graph.add((node, RDF.type, PROV.Entity))
    for role, refs in claim.roles.items():
        for ref in refs:
            graph.add((node, OSK[role], iri("entity", ref.id)))
    for name, value in claim.qualifiers.items():
        for prop, literal in qualifier_literals(name, value):
            graph.add((node, prop, literal))
    for statement in claim.statements:
        graph.add((node, PROV.wasDerivedFrom, hashed_iri(statement.id)))
        add_statement(graph, statement)


def add_statement(graph: Graph, statement: Statement) -> None:
    node = hashed_iri(statement.id)
    graph.add((node, RDF.type, OSK.Statement))
    graph.add((node, RDF.type, PROV.Entity))
    graph.add((node, PROV.wasDerivedFrom, iri("source", statement.source.id)))
    graph.add((node, PROV.wasGeneratedBy, iri("ingest", statement.source.id)))
    graph.add((node, PROV.value, Literal(statement.quote)))
    graph.add((node, OSK.startOffset, Literal(statement.start, datatype=XSD.integer)))
    graph.add((node, OSK.endOffset, Literal(statement.end, datatype=XSD.integer)))
    graph.add((node, OSK.modality, Literal(statement.modality)))
    for cited in statement.attributed_to:
        agent = iri("entity", cited.entity_id) if cited.entity_id else cited_iri(cited.name)
        graph.add((node, PROV.wasAttributedTo, agent))
        graph.add((agent, RDF.type, PROV.Agent))
        if not cited.entity_id:
            graph.add((agent, RDF.type, OSK.CitedSource))
            graph.add((agent, RDFS.label, Literal(cited.name)))


def cited_iri(name: str) -> URIRef:
    """An unnamed source ("satellite imagery") as an agent of its own, the same for the same words."""
    return iri("cited", hashlib.sha1(name.strip().lower().encode("utf-8")).hexdigest()[:20])


def qualifier_literals(name: str, value: Any) -> list[tuple[URIRef, Literal]]:
    """A qualifier's value as literals: a figure by its parts (quantityMin ...), a period by its ends."""
    if value is None or value == []:
        return []
    if isinstance(value, Quantity):
        parts = {"Min": value.min, "Max": value.max, "Unit": value.unit, "Per": value.per}
        found = [(OSK[name + p], _literal(v)) for p, v in parts.items() if v is not None]
        return found + ([(OSK[name + "Shared"], Literal(True))] if value.shared else [])
    if isinstance(value, TimeSpan):
        ends = {"Start": value.start, "End": value.end}
        return [(OSK[name + end], partial_date(v)) for end, v in ends.items() if v]
    values = value if isinstance(value, list) else [value]
    return [(OSK[name], Literal(str(getattr(v, "value", v)))) for v in values]


def _literal(value: Any) -> Literal:
    if isinstance(value, float | int) and not isinstance(value, bool):
        number = int(value) if float(value).is_integer() else value
        return Literal(str(number), datatype=XSD.decimal)
    return Literal(str(value))


def partial_date(value: str) -> Literal:
    """ "2023" as an xsd:gYear, "2023-08" an xsd:gYearMonth, "2023-08-26" an xsd:date."""
    value = value[:10]
    return Literal(value, datatype=PARTIAL_DATE_TYPES.get(len(value), XSD.string))


def n_triples(chunks: Iterable[Chunk]) -> Iterator[str]:
    """The same triples as N-Triples, one per line: many times faster to write than Turtle."""
    for graph in graphs(chunks):
        yield graph.serialize(format="nt")
