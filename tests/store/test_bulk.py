"""Bulk loading a synthetic graph, and the transfers between two actors read through their flow."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import Any

import pytest

from benchmarks.synthetic import generate
from graph.errors import ConflictError
from graph.ontology import ontology
from graph.reads import TransferPage
from graph.store import Store
from graph.store.bulk import Bulk
from graph.transfers import TransferFilter, flow_page, general_page, transfer_page

CLAIMS = 3_000


@pytest.fixture(scope="module")
def graph() -> Bulk:
    return generate(CLAIMS, seed=5)


def test_the_generator_is_deterministic_and_shaped_like_news(graph: Bulk) -> None:
    again = generate(CLAIMS, seed=5)
    assert again.nodes["Claim"] == graph.nodes["Claim"] and again.nodes["Evidence"] == graph.nodes["Evidence"]
    assert len(graph.nodes["Claim"]) == CLAIMS
    suppliers = Counter(row["to"] for row in graph.relationships["SUPPLIER"])
    top_three = sum(n for _, n in suppliers.most_common(3))
    assert top_three > 0.35 * sum(suppliers.values())  # a few actors in many claims
    sources = {row["id"]: row["text"] for row in graph.nodes["Source"]}
    for ev in graph.nodes["Evidence"][:500]:
        assert sources[ev["source_id"]][ev["start_offset"] : ev["end_offset"]] == ev["quote"]


def test_a_bulk_load_lands_every_row_and_refuses_a_second(store: Store, graph: Bulk) -> None:
    store.writer().bulk_load(graph)
    stats = store.view().stats()["nodes"]
    assert {label: stats[label] for label in graph.nodes} == {k: len(v) for k, v in graph.nodes.items()}
    with pytest.raises(ConflictError, match="empty store"):
        store.writer().bulk_load(graph)


def page_by(store: Store, way: Callable[..., TransferPage], *args: Any) -> TransferPage:
    return store.run_in_transaction(lambda tx: way(tx, *args))


def test_the_flow_of_two_actors_and_the_filters_around_one_page_like_the_general_query(
    store: Store, graph: Bulk
) -> None:
    store.writer().bulk_load(graph)
    pairs = Counter((row["supplier"], row["recipient"]) for row in graph.nodes["Flow"])
    flows = Counter(row["to"] for row in graph.relationships["IN_FLOW"])
    busiest = [tuple(flow_id.split(">")) for flow_id, _ in flows.most_common(2)]
    assert all(pair in pairs for pair in busiest)
    filters = [{}, {"item": "drones"}, {"since": "2022-01-01"}, {"until": "2019-12-31", "modality": "reported"}]
    compared = 0
    for supplier, recipient in [*busiest, (busiest[0][0], ""), ("", busiest[0][1]), ("", "")]:
        for extra in filters:
            wanted = TransferFilter(supplier=supplier, recipient=recipient, **extra)
            ways = [transfer_page, flow_page] if supplier or recipient else [transfer_page]  # both, for an actor
            for limit, offset in [(50, 0), (7, 30), (40, 95), (500, 0), (10, 10_000)]:
                slow = page_by(store, general_page, wanted, limit, offset)
                for way in ways:
                    fast = page_by(store, way, wanted, limit, offset)
                    assert (fast.total, fast.items) == (slow.total, slow.items), (way, wanted, limit, offset)
                compared += len(slow.items)
    assert compared > 500


def test_the_newest_transfers_and_one_actors_page_like_the_general_query(store: Store, graph: Bulk) -> None:
    """No filter (read month by month), one supplier or recipient alone (read from its role's months), one
    item, one modality or a least number of origins alone (read from its facet's months, which the bulk load
    makes), a period (read from the span months that hold the page)."""
    store.writer().bulk_load(graph)
    flows = Counter(row["to"] for row in graph.relationships["IN_FLOW"])
    supplier, recipient = flows.most_common(1)[0][0].split(">")
    rare = flows.most_common()[-1][0].split(">")[1]
    items = Counter(row["item"] for row in graph.relationships["IN_FLOW"]).most_common()
    compared = 0
    everything, one_side = TransferFilter(), [TransferFilter(supplier=supplier), TransferFilter(recipient=recipient)]
    facets = [TransferFilter(item=items[0][0]), TransferFilter(item=items[-1][0]), TransferFilter(item="nothing")]
    facets += [TransferFilter(modality=modality) for modality in ("asserted", "reported", "denied")]
    facets += [TransferFilter(min_origins=n) for n in (2, 3, 50)]
    periods = [
        TransferFilter(since="2022-03-15"),
        TransferFilter(until="2021-06-10"),
        TransferFilter(since="2030-01-01"),
    ]
    periods += [TransferFilter(since="2019-11-30", until="2020-02-01"), TransferFilter(until="1990-01-01")]
    others = [TransferFilter(recipient=rare), TransferFilter(supplier="nobody"), *facets, *periods]
    for wanted in [everything, *one_side, *others]:
        for limit, offset in [(50, 0), (7, 30), (40, 95), (500, 0), (10, 10_000), (10, CLAIMS - 5)]:
            fast, slow = (page_by(store, way, wanted, limit, offset) for way in (transfer_page, general_page))
            assert (fast.total, fast.items) == (slow.total, slow.items), (wanted, limit, offset)
            compared += len(fast.items)
    assert compared > 4000


def test_several_filters_page_like_the_general_query(store: Store, graph: Bulk) -> None:
    """Several filters, one side at most: read from the links of the smallest facet they name."""
    store.writer().bulk_load(graph)
    flows = Counter(row["to"] for row in graph.relationships["IN_FLOW"])
    supplier, recipient = flows.most_common(1)[0][0].split(">")
    item = Counter(row["item"] for row in graph.relationships["IN_FLOW"]).most_common(2)[1][0]
    combinations = [
        {"supplier": supplier, "item": item},
        {"recipient": recipient, "modality": "reported"},
        {"supplier": supplier, "since": "2022-03-15"},
        {"item": item, "since": "2021-02-10"},
        {"modality": "denied", "until": "2020-07-31"},
        {"item": item, "modality": "asserted"},
        {"supplier": supplier, "item": item, "modality": "reported", "since": "2018-01-01", "until": "2024-12-31"},
        {"recipient": "nobody", "item": item},
        {"min_origins": 2, "item": item},
        {"min_origins": 3, "supplier": supplier, "since": "2019-05-20"},
        {"min_origins": 2, "modality": "reported"},
        {"modality": "reported", "since": "2019-11-30", "until": "2020-02-01"},
        {"item": item, "since": "2020-03-01", "until": "2020-03-31"},  # whole months at both ends
        {"item": item, "until": "2019-01-31"},
        {"min_origins": 2, "since": "2021-06-10"},
        {"recipient": recipient, "until": "2021-06-10"},
        {"item": item, "modality": "denied"},
        {"modality": "speculative", "since": "2024-02-01", "until": "2024-02-29"},
        {"supplier": supplier, "modality": "asserted"},
        {"recipient": recipient, "item": item},
    ]
    compared = 0
    for extra in combinations:
        wanted = TransferFilter(**extra)  # type: ignore[arg-type]
        for limit, offset in [(50, 0), (7, 30), (40, 95), (500, 0), (10, 10_000)]:
            fast, slow = (page_by(store, way, wanted, limit, offset) for way in (transfer_page, general_page))
            assert (fast.total, fast.items) == (slow.total, slow.items), (wanted, limit, offset)
            compared += len(fast.items)
    assert compared > 1000


def test_a_bulk_load_counts_each_actors_months_and_each_flows_claims(store: Store, graph: Bulk) -> None:
    store.writer().bulk_load(graph)
    links = graph.relationships["IN_FLOW"]
    flows = {row["id"]: (row["supplier"], row["recipient"]) for row in graph.nodes["Flow"]}
    supplier, _ = flows[Counter(row["to"] for row in links).most_common(1)[0][0]]
    supplied = Counter(row["day"][:7] for row in links if row["day"] and flows[row["to"]][0] == supplier)
    received = Counter(row["day"][:7] for row in links if row["day"] and flows[row["to"]][1] == supplier)
    timeline = store.view().entity(supplier, claim_limit=5).timeline
    assert {m.month: (m.supplied, m.received) for m in timeline} == {
        month: (supplied[month], received[month]) for month in supplied | received
    }
    flows_around, total = store.view().flows_around(supplier)
    around = {(f["supplier"], f["recipient"]): f["claims"] for f in flows_around}
    assert total == len(around)
    assert around == {flows[f]: n for f, n in Counter(row["to"] for row in links).items() if supplier in flows[f]}


def test_an_entitys_newest_claims_by_role_are_those_its_links_give(store: Store, graph: Bulk) -> None:
    """Read from the newest months its RoleMonths count, an actor's claims in each role are exactly the
    newest of its links (day first, undated last, then claim id), however many it has."""
    store.writer().bulk_load(graph)
    busiest = Counter(row["to"] for row in graph.relationships["SUPPLIER"]).most_common()
    for entity, limit in [(busiest[0][0], 25), (busiest[0][0], 10_000), (busiest[-1][0], 3)]:
        read = store.view().entity(entity, claim_limit=limit).claims
        got: dict[str, set[str]] = {}
        for key, claims in read.items():
            kind, role = key.split(".")
            got.setdefault(ontology().claims[kind].roles[role].relationship, set()).update(c.claim_id for c in claims)
        expected = {}
        for relationship in ontology().relationships():
            links = sorted(
                (row["from"], row["day"]) for row in graph.relationships.get(relationship, []) if row["to"] == entity
            )
            newest = sorted(links, key=lambda link: link[1], reverse=True)[:limit]  # stable: then claim ids ascending
            if newest:
                expected[relationship] = {claim for claim, _ in newest}
        assert got == expected, (entity, limit)
    assert len(expected) == 1 and len(got) == 1  # the least busy supplier: its one claim
