"""Supply-network analytics on a graph built by hand, whose hubs, brokers, routes and years are known."""

from __future__ import annotations

from graph import model
from graph.analytics import analyse
from graph.export.dataset import chunks
from graph.store import Store
from graph.transfers import TransferFilter
from tests.factories import MONITOR_AND_IMAGERY, RASON, article

IR = model.Entity(id="IR", kind="country", name="Iran")
SY = model.Entity(id="SY", kind="country", name="Syria")
UA = model.Entity(id="UA", kind="country", name="Ukraine")
ANGARA = model.Entity(id="vessel:angara", kind="vessel", name="Angara")
TEXT = (
    "In 2023 the Angara carried North Korean shells to Russia through Rason. "
    "In 2024 more North Korean shells reached Russia through Rason. "
    "Iran sharply increased its drone deliveries to Russia in 2024. "
    "In 2023 North Korea shipped rockets to Syria through Rason. "
    "Kyiv denies that North Korea sent it anything."
)


def transfer(supplier: str, recipient: str, item: str, year: str, *, via: bool = False, **extra: object) -> model.Claim:
    roles = {"supplier": (supplier,), "recipient": (recipient,), **({"via": (RASON.id,)} if via else {})}
    roles |= extra.pop("roles", {})  # type: ignore[arg-type]
    period = model.TimeSpan(start=year, end=year) if year else None
    claim = {"kind": "transfer", "roles": roles, "item": item, "time": period, "status": "delivered", **extra}
    return model.Claim(**claim)  # type: ignore[arg-type]


def hand_built() -> model.ArticleRecord:
    claims = [
        (transfer("KP", "RU", "artillery_ammunition", "2023", via=True, roles={"vessel": (ANGARA.id,)}),
         "In 2023 the Angara carried North Korean shells to Russia through Rason", "reported"),
        (transfer("KP", "RU", "artillery_ammunition", "2024", via=True),
         "In 2024 more North Korean shells reached Russia through Rason", "reported"),
        (transfer("IR", "RU", "drones", "2024", trend="increase"),
         "Iran sharply increased its drone deliveries to Russia in 2024", "asserted"),
        (transfer("KP", "SY", "rockets", "2023", via=True),
         "In 2023 North Korea shipped rockets to Syria through Rason", "asserted"),
        (transfer("KP", "UA", "other", ""), "Kyiv denies that North Korea sent it anything", "denied"),
    ]  # fmt: skip
    cited = [MONITOR_AND_IMAGERY[:1], MONITOR_AND_IMAGERY[:1], (), (), ()]
    return article("test-analytics", TEXT, claims, cited=cited, entities=(IR, SY, UA, ANGARA))


def ids_of(record: model.ArticleRecord, *indexes: int) -> tuple[str, ...]:
    return tuple(sorted(record.claims[i].id for i in indexes))


def test_the_hubs_are_ranked_by_claims_with_their_origins(store: Store) -> None:
    record = hand_built()
    store.write([record])
    report = analyse(chunks(store))
    assert report.claims == 4  # the wholly denied one is no evidence of supply
    [russia, syria] = report.recipients
    assert (russia.entity.id, russia.claims, russia.origins) == ("RU", 3, 2)  # Harbour Watch; the outlet
    assert russia.claim_ids == ids_of(record, 0, 1, 2)
    assert (syria.entity.id, syria.claims) == ("SY", 1)
    assert [(s.entity.id, s.claims) for s in report.suppliers] == [("KP", 3), ("IR", 1)]
    by_origins = analyse(chunks(store), rank="origins").recipients
    assert [(r.entity.id, r.origins) for r in by_origins] == [("RU", 2), ("SY", 1)]


def test_the_port_on_every_route_is_the_first_broker(store: Store) -> None:
    record = hand_built()
    store.write([record])
    broker = analyse(chunks(store)).brokers[0]
    assert (broker.entity.id, broker.entity.kind) == ("port:rason", "port")
    assert broker.betweenness > 0
    assert broker.claim_ids == ids_of(record, 0, 1, 3)


def test_the_route_goes_through_the_port_hop_by_hop(store: Store) -> None:
    record = hand_built()
    store.write([record])
    route = analyse(chunks(store), path=("KP", "RU")).path
    assert route is not None
    assert [(hop.source.id, hop.target.id) for hop in route] == [("KP", "port:rason"), ("port:rason", "RU")]
    assert route[0].claim_ids == ids_of(record, 1, 3)  # the first goes through the Angara; the third to Syria
    assert route[1].claim_ids == ids_of(record, 0, 1)
    assert analyse(chunks(store), path=("RU", "KP")).path == []  # supply flows one way


def test_each_year_says_which_flows_began_and_stopped_and_the_trends(store: Store) -> None:
    record = hand_built()
    store.write([record])
    y2023, y2024 = analyse(chunks(store)).years
    assert y2023.year == "2023" and {(f.supplier.id, f.recipient.id) for f in y2023.began} == {
        ("KP", "RU"),
        ("KP", "SY"),
    }
    assert [(f.supplier.id, f.recipient.id) for f in y2024.began] == [("IR", "RU")]
    assert [(f.supplier.id, f.recipient.id, f.claim_ids) for f in y2024.stopped] == [("KP", "SY", ids_of(record, 3))]
    assert [(t.supplier.id, t.trend, t.claim_id) for t in y2024.trends] == [("IR", "increase", record.claims[2].id)]


def test_the_filters_narrow_the_network(store: Store) -> None:
    store.write([hand_built()])
    report = analyse(chunks(store, TransferFilter(recipient="RU", since="2024-01-01")))
    assert [(r.entity.id, r.claims) for r in report.recipients] == [("RU", 2)]
