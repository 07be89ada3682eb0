"""GET /network on the examples: rankings, a route and years, each with the claims behind it."""

from __future__ import annotations

from tests.api.conftest import TestClient


def test_the_network_ranks_and_routes_with_claim_ids(client: TestClient) -> None:
    answer = client.get("/network", params={"from": "Pyongyang", "to": "Moscou", "top": 3})
    assert answer.status_code == 200
    network = answer.json()
    assert len(network["suppliers"]) == 3
    first = network["suppliers"][0]
    assert first["claims"] == len(first["claim_ids"]) >= first["origins"] >= 1
    assert network["path"][0]["source"]["id"] == "KP"
    assert network["path"][-1]["target"]["id"] == "RU"
    audit = client.get(f"/claims/{network['path'][0]['claim_ids'][0]}")
    assert audit.status_code == 200  # each figure can be audited
    assert [y["year"] for y in network["years"]] == sorted(y["year"] for y in network["years"])


def test_a_route_needs_both_ends_and_known_names(client: TestClient) -> None:
    half = client.get("/network", params={"from": "KP"})
    assert half.status_code == 422 and "give both ends" in half.json()["detail"]
    unknown = client.get("/network", params={"from": "KP", "to": "Atlantis"})
    assert unknown.status_code == 404 and "Atlantis" in unknown.json()["detail"]
    assert client.get("/network").json()["path"] is None
    ranked = client.get("/network", params={"rank": "origins"}).json()["suppliers"]
    assert [r["origins"] for r in ranked] == sorted((r["origins"] for r in ranked), reverse=True)
    assert client.get("/network", params={"rank": "size"}).status_code == 422
