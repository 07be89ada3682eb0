"""The supply network (GEXF for Gephi, GraphML): one edge per flow, with figures a hand-built graph
gives by construction, read back by networkx."""

from __future__ import annotations

import io

import networkx as nx

from graph import model
from graph.export import gexf
from graph.export.dataset import chunks
from graph.export.network import supply_network
from graph.store import Store
from tests.factories import MONITOR_AND_IMAGERY, article

IR = model.Entity(id="IR", kind="country", name="Iran")
TEXT = (
    "North Korea shipped shells to Russia in March 2023. North Korea sent rockets to Russia in May 2024. "
    "Moscow says North Korea never sent it rifles. Iran supplied drones to Russia."
)


def transfer(supplier: str, item: str, time: model.TimeSpan | None = None) -> model.Claim:
    return model.Claim(
        kind="transfer", roles={"supplier": (supplier,), "recipient": ("RU",)}, item=item, time=time, status="delivered"
    )


def hand_built() -> model.ArticleRecord:
    """KP -> RU: shells (March 2023), rockets (May 2024) and rifles, the last only denied; IR -> RU: drones."""
    claims = [
        (transfer("KP", "artillery_ammunition", model.TimeSpan(start="2023-03", end="2023-03")),
         "North Korea shipped shells to Russia in March 2023", "reported"),
        (transfer("KP", "rockets", model.TimeSpan(start="2024-05", end="2024-05")),
         "North Korea sent rockets to Russia in May 2024", "asserted"),
        (transfer("KP", "small_arms"), "Moscow says North Korea never sent it rifles", "denied"),
        (transfer("IR", "drones"), "Iran supplied drones to Russia", "asserted"),
    ]  # fmt: skip
    cited = [MONITOR_AND_IMAGERY, (), (), ()]
    return article("test-network", TEXT, claims, cited=cited, entities=(IR,))


def test_one_edge_per_flow_with_its_counts_items_and_days(store: Store) -> None:
    store.write([hand_built()])
    network = supply_network(chunks(store))
    assert set(network.edges) == {("KP", "RU"), ("IR", "RU")}
    edge = network.edges["KP", "RU"]
    assert (edge["claims"], edge["weight"], edge["denied"]) == (3, 2, 1)
    assert edge["origins"] == 2  # Harbour Watch, cited by the first; the outlet for the others
    assert edge["items"] == "artillery_ammunition;rockets;small_arms"
    assert (edge["start"], edge["end"]) == ("2023-03-01", "2024-05-31")
    assert len(edge["claim_ids"].split()) == 3
    assert "start" not in network.edges["IR", "RU"]  # undated
    assert network.nodes["KP"] == {"label": "North Korea", "kind": "country"}


def test_gexf_and_graphml_read_back_the_same_network(store: Store) -> None:
    store.write([hand_built()])
    expected = supply_network(chunks(store))
    for written, read in ((gexf.gexf, nx.read_gexf), (gexf.graphml, nx.read_graphml)):
        network = read(io.BytesIO("".join(written(chunks(store))).encode("utf-8")))
        assert set(network.edges) == set(expected.edges)
        assert network.edges["KP", "RU"]["claims"] == 3
        assert network.edges["KP", "RU"]["items"] == "artillery_ammunition;rockets;small_arms"
    text = "".join(gexf.gexf(chunks(store)))
    assert 'mode="dynamic"' in text and 'timeformat="date"' in text and 'start="2023-03-01"' in text


def test_the_dev_set_network_has_every_flow_of_the_store(dev_store: Store) -> None:
    network = nx.read_gexf(io.BytesIO("".join(gexf.gexf(chunks(dev_store))).encode("utf-8")))
    rows = dev_store.view().read(
        "MATCH (c:Claim {kind: 'transfer'})-[:SUPPLIER]->(s:Entity), (c)-[:RECIPIENT]->(r:Entity) "
        "RETURN s.id AS supplier, r.id AS recipient, count(DISTINCT c.id) AS n"
    )
    assert {(r["supplier"], r["recipient"]): r["n"] for r in rows} == {
        (a, b): data["claims"] for a, b, data in network.edges(data=True)
    }
