"""The RDF export: PROV-O that rdflib reads back triple for triple, that the `prov` package reads as a
PROV document, that the shipped SHACL shapes accept, and that says what the store holds."""

from __future__ import annotations

import warnings

import prov.model
import pyshacl
from rdflib import RDF, RDFS, Graph, Literal, URIRef
from rdflib import namespace as ns
from rdflib.namespace import PROV

from graph.export import rdf
from graph.export.dataset import chunks
from graph.store import Store
from graph.transfers import TransferFilter
from tests.factories import FIRST_TEXT, first_article, second_article

OSK = rdf.OSK


def exported(store: Store, wanted: TransferFilter | None = None) -> Graph:
    graph = Graph()
    graph.parse(data="".join(rdf.turtle(chunks(store, wanted))), format="turtle")
    return graph


def union_of_chunk_graphs(store: Store) -> Graph:
    union = Graph()
    for part in rdf.graphs(chunks(store, size=7)):  # several chunks: articles and entities given once
        union += part
    return union


def values(graph: Graph) -> set[tuple[object, ...]]:
    """The triples, literals by their value: Turtle writes the decimal 60 as 60.0, JSON-LD as "60"."""
    return {(s, p, o.toPython() if isinstance(o, Literal) else o) for s, p, o in graph}


def shapes_report(graph: Graph) -> tuple[bool, str]:
    shapes, vocabulary = Graph().parse(rdf.SHAPES), Graph().parse(rdf.VOCABULARY)
    conforms, _, text = pyshacl.validate(graph, shacl_graph=shapes, ont_graph=vocabulary)
    return bool(conforms), str(text)


def test_a_statement_keeps_its_quote_offsets_modality_and_sources(store: Store) -> None:
    store.write([first_article()])
    graph = exported(store)
    quote = "North Korea shipped at least 1,000 containers of shells to Russia"
    [statement] = graph.subjects(PROV.value, Literal(quote))
    assert (statement, RDF.type, OSK.Statement) in graph
    start = FIRST_TEXT.index(quote)
    assert graph.value(statement, OSK.startOffset) == Literal(start, datatype=ns.XSD.integer)
    assert graph.value(statement, OSK.endOffset) == Literal(start + len(quote), datatype=ns.XSD.integer)
    assert graph.value(statement, OSK.modality) == Literal("reported")
    assert graph.value(statement, PROV.wasDerivedFrom) == rdf.iri("source", "test-first")
    cited = set(graph.objects(statement, PROV.wasAttributedTo))
    assert rdf.iri("entity", "organization:harbour-watch") in cited
    [imagery] = cited - {rdf.iri("entity", "organization:harbour-watch")}
    assert graph.value(imagery, RDFS.label) == Literal("satellite imagery")
    assert (imagery, RDF.type, PROV.Agent) in graph


def test_a_transfer_names_its_parties_figure_and_period(store: Store) -> None:
    store.write([first_article()])
    graph = exported(store)
    [claim] = graph.subjects(RDF.type, OSK.Transfer)
    assert graph.value(claim, OSK.supplier) == URIRef("urn:osintkg:entity:KP")
    assert graph.value(claim, OSK.recipient) == URIRef("urn:osintkg:entity:RU")
    assert graph.value(claim, OSK.via) == URIRef("urn:osintkg:entity:port%3Arason")
    assert graph.value(claim, OSK.item) == Literal("artillery_ammunition")
    assert graph.value(claim, OSK.quantityMin).toPython() == 1000
    assert graph.value(claim, OSK.quantityUnit) == Literal("container")
    assert graph.value(claim, OSK.timeStart) == Literal("2023-08", datatype=ns.XSD.gYearMonth)
    assert graph.value(URIRef("urn:osintkg:entity:KP"), RDFS.label) == Literal("North Korea")
    assert Literal("Corée du Nord", lang="fr") in set(graph.objects(URIRef("urn:osintkg:entity:KP"), None))


def test_one_claim_stated_by_two_articles_derives_from_both_statements(store: Store) -> None:
    store.write([first_article(), second_article()])
    graph = exported(store)
    [claim] = graph.subjects(RDF.type, OSK.Transfer)
    sources = {graph.value(s, PROV.wasDerivedFrom) for s in graph.objects(claim, PROV.wasDerivedFrom)}
    assert sources == {rdf.iri("source", "test-first"), rdf.iri("source", "test-second")}


def test_the_ingest_is_an_activity_of_the_extractor(store: Store) -> None:
    store.write([first_article()])
    graph = exported(store)
    [ingest] = graph.subjects(RDF.type, PROV.Activity)
    assert graph.value(ingest, PROV.used) == rdf.iri("source", "test-first")
    agent = graph.value(ingest, PROV.wasAssociatedWith)
    assert (agent, RDF.type, PROV.SoftwareAgent) in graph


def test_the_shapes_can_fail(store: Store) -> None:
    store.write([first_article()])
    graph = exported(store)
    assert shapes_report(graph)[0]
    statement = next(graph.subjects(RDF.type, OSK.Statement))
    graph.remove((statement, PROV.value, None))
    conforms, report = shapes_report(graph)
    assert not conforms and "value" in report


def test_the_dev_set_round_trips_and_passes_every_validator(dev_store: Store) -> None:
    text = "".join(rdf.turtle(chunks(dev_store, size=50)))
    turtle = Graph().parse(data=text, format="turtle")
    assert len(turtle) == len(union_of_chunk_graphs(dev_store)) > 5000
    json_ld = Graph().parse(data="".join(rdf.json_ld(chunks(dev_store, size=50))), format="json-ld")
    assert values(json_ld) == values(turtle)
    assert values(Graph().parse(data="".join(rdf.n_triples(chunks(dev_store))), format="nt")) == values(turtle)
    conforms, report = shapes_report(turtle)
    assert conforms, report[:2000]
    with warnings.catch_warnings():
        warnings.simplefilter("error", UserWarning)  # an attribute the prov package could not read warns
        document = prov.model.ProvDocument.deserialize(content=text, format="rdf", rdf_format="turtle")
    entities = [r for r in document.get_records(prov.model.ProvEntity)]
    statements = set(turtle.subjects(RDF.type, OSK.Statement))
    assert len(statements) <= len(entities)


def test_the_dev_set_export_counts_what_the_store_holds(dev_store: Store) -> None:
    graph = exported(dev_store)
    counts = dev_store.view().stats()["nodes"]
    assert len(set(graph.subjects(RDF.type, OSK.Claim))) == counts["Claim"]
    assert len(set(graph.subjects(RDF.type, OSK.Statement))) == counts["Evidence"]
    assert len(set(graph.subjects(RDF.type, rdf.SDO.NewsArticle))) == len(dev_store.view().evidence_counts())


def test_every_term_of_the_export_is_in_the_vocabulary(dev_store: Store) -> None:
    graph, vocabulary = exported(dev_store), Graph().parse(rdf.VOCABULARY)
    used = {p for p in graph.predicates() if p.startswith(OSK)} | {
        c for c in graph.objects(None, RDF.type) if c.startswith(OSK)
    }
    assert used and used <= set(vocabulary.subjects())


def test_a_filter_exports_only_the_transfers_it_keeps(dev_store: Store) -> None:
    graph = exported(dev_store, TransferFilter(supplier="KP"))
    claims = set(graph.subjects(RDF.type, OSK.Claim))
    assert claims and claims == set(graph.subjects(OSK.supplier, URIRef("urn:osintkg:entity:KP")))
    assert claims == set(graph.subjects(RDF.type, OSK.Transfer))


def test_the_same_store_gives_the_same_text(store: Store) -> None:
    store.write([first_article(), second_article()])
    assert "".join(rdf.turtle(chunks(store))) == "".join(rdf.turtle(chunks(store)))
