"""GET /export/{format}: the peers' formats streamed from the real app on the examples."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path

import networkx as nx
import pytest
from rdflib import RDF, Graph, URIRef

from graph.export.rdf import OSK
from tests.api.conftest import TestClient, client_for, loaded_copy


def test_rdf_is_turtle_by_default_and_json_ld_on_request(client: TestClient) -> None:
    turtle = client.get("/export/rdf")
    assert turtle.status_code == 200 and turtle.headers["content-type"].startswith("text/turtle")
    assert 'filename="osintkg-rdf.ttl"' in turtle.headers["content-disposition"]
    claims = set(Graph().parse(data=turtle.text, format="turtle").subjects(RDF.type, OSK.Claim))
    stored = client.post("/cypher", json={"query": "MATCH (c:Claim) RETURN count(c) AS n"}).json()["rows"][0][0]
    assert len(claims) == stored
    json_ld = client.get("/export/rdf", params={"syntax": "jsonld"})
    assert json_ld.headers["content-type"].startswith("application/ld+json")
    assert set(Graph().parse(data=json_ld.text, format="json-ld").subjects(RDF.type, OSK.Claim)) == claims


def test_the_filters_choose_the_transfers(client: TestClient) -> None:
    kept = client.get("/export/rdf", params={"supplier": "Pyongyang", "since": "2023"})
    graph = Graph().parse(data=kept.text, format="turtle")
    claims = set(graph.subjects(RDF.type, OSK.Claim))
    assert claims and claims == set(graph.subjects(OSK.supplier, URIRef("urn:osintkg:entity:KP")))


def test_ftm_is_json_lines_of_entities(client: TestClient) -> None:
    answer = client.get("/export/ftm", params={"recipient": "Russia"})
    assert answer.status_code == 200 and answer.headers["content-type"].startswith("application/x-ndjson")
    entities = [json.loads(line) for line in answer.text.splitlines()]
    links = [e for e in entities if e["schema"] == "UnknownLink"]
    assert links and all(link["properties"]["object"] == ["RU"] for link in links)


def test_stix_is_one_bundle(client: TestClient) -> None:
    answer = client.get("/export/stix", params={"supplier": "KP"})
    assert answer.status_code == 200 and answer.headers["content-type"].startswith("application/stix+json")
    bundle = answer.json()
    assert bundle["type"] == "bundle"
    assert {o["relationship_type"] for o in bundle["objects"] if o["type"] == "relationship"} == {"transfers-to"}


def test_the_network_formats(client: TestClient) -> None:
    for name, read in (("gexf", nx.read_gexf), ("graphml", nx.read_graphml)):
        answer = client.get(f"/export/{name}")
        assert answer.status_code == 200 and answer.headers["content-type"].startswith(f"application/{name}+xml")
        network = read(io.BytesIO(answer.content))
        assert ("KP", "RU") in network.edges


@pytest.mark.parametrize(
    ("url", "status", "detail"),
    [
        ("/export/rdf?syntax=xml", 422, "query.syntax: Input should be 'turtle', 'jsonld' or 'nt'"),
        ("/export/gexf?syntax=turtle", 422, "query.syntax: Input should be 'gexf'"),
        ("/export/rdf?supplier=Atlantis", 404, "supplier: no entity named 'Atlantis'"),
        ("/export/rdf?since=2025-13", 422, "query.since"),
        ("/export/rdf?item=tanks", 422, "item"),
        ("/export/rdf?suplier=KP", 422, "unknown query parameter 'suplier'"),
    ],
)
def test_bad_requests_name_what_was_wrong(client: TestClient, url: str, status: int, detail: str) -> None:
    answer = client.get(url)
    assert answer.status_code == status
    assert answer.headers["content-type"] == "application/problem+json"
    assert detail in answer.json()["detail"]


@pytest.fixture(scope="module")
def small_client(loaded_store: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    yield from client_for(loaded_copy(loaded_store, tmp_path_factory.mktemp("small") / "store"), export_max_claims=5)


def test_an_export_past_the_limit_is_refused_and_a_narrower_one_is_not(small_client: TestClient) -> None:
    answer = small_client.get("/export/gexf")
    assert answer.status_code == 413
    assert "over the limit of 5" in answer.json()["detail"]
    assert small_client.get("/export/gexf", params={"supplier": "IR"}).status_code == 200


def test_the_openapi_document_declares_the_export_errors(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    operation = paths["/export/rdf"]["get"]
    assert {"404", "413", "422"} <= set(operation["responses"])
    assert set(operation["responses"]["200"]["content"]) == {
        "text/turtle",
        "application/ld+json",
        "application/n-triples",
    }
    assert {"/export/ftm", "/export/gexf", "/export/graphml"} <= set(paths)


def test_an_unknown_format_is_not_found(client: TestClient) -> None:
    answer = client.get("/export/pdf")
    assert answer.status_code == 404 and answer.headers["content-type"] == "application/problem+json"
