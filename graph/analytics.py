"""Supply-network analytics over networkx: what a table of transfers cannot say at a glance.

    report = analyse(chunks(store), path=("KP", "RU"))
    report.suppliers, report.recipients   ranked by claims (or by independent origins), with both
    report.brokers                        betweenness in the graph of flows, ports and vessels
    report.path                           the route of supply from one actor to another, hop by hop
    report.years                          per year: flows that began, flows that stopped, trends

Only transfer claims count, and of them only those not wholly denied (a flow every statement of which
denies it is no evidence of supply). Every figure carries the claim ids behind it, to audit it.

The route graph: a transfer with neither vessel nor route is an edge supplier -> recipient; one carried
by vessels or through ports (its `vessel` and `via` roles) goes supplier -> vessel -> port -> recipient;
a port call adds vessel -> port. A port or a vessel on many routes between others is a broker.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Literal, get_args

import networkx as nx

from graph.export.dataset import Chunk, ExportedClaim
from graph.export.network import wholly_denied
from graph.reads import EntityRef

YEARS_PER_CLAIM = 10  # a claim over a longer period ("since 2005") counts in its last ten years only
EXACT_UP_TO = 1000  # route-graph nodes up to which betweenness is exact; past it, estimated from
PIVOTS = 500  # shortest paths from this many nodes, drawn with a fixed seed (the same answer each time)


@dataclass(frozen=True)
class Ranked:
    entity: EntityRef
    claims: int
    origins: int
    claim_ids: tuple[str, ...]


@dataclass(frozen=True)
class Broker:
    entity: EntityRef
    betweenness: float
    claim_ids: tuple[str, ...]  # the claims whose routes pass through it


@dataclass(frozen=True)
class Hop:
    source: EntityRef
    target: EntityRef
    claim_ids: tuple[str, ...]


@dataclass(frozen=True)
class FlowRef:
    supplier: EntityRef
    recipient: EntityRef
    claim_ids: tuple[str, ...]


@dataclass(frozen=True)
class Trend:
    supplier: EntityRef
    recipient: EntityRef
    trend: str
    item: str
    claim_id: str


@dataclass(frozen=True)
class Year:
    year: str
    flows: int
    began: tuple[FlowRef, ...]  # flows with claims this year and none the year before
    stopped: tuple[FlowRef, ...]  # flows with claims the year before and none this year
    trends: tuple[Trend, ...]


@dataclass
class NetworkReport:
    claims: int = 0
    suppliers: list[Ranked] = field(default_factory=list)
    recipients: list[Ranked] = field(default_factory=list)
    brokers: list[Broker] = field(default_factory=list)
    path: list[Hop] | None = None  # None: no path asked; []: none found
    years: list[Year] = field(default_factory=list)


@dataclass
class _Seen:
    """What the claims read so far say, before it is ranked."""

    entities: dict[str, EntityRef] = field(default_factory=dict)
    by_role: dict[str, dict[str, list[ExportedClaim]]] = field(
        default_factory=lambda: defaultdict(lambda: defaultdict(list))
    )
    routes: nx.DiGraph = field(default_factory=nx.DiGraph)
    yearly: dict[str, dict[tuple[str, str], list[str]]] = field(
        default_factory=lambda: defaultdict(lambda: defaultdict(list))
    )
    trends: dict[str, list[Trend]] = field(default_factory=lambda: defaultdict(list))
    claims: int = 0


Rank = Literal["claims", "origins"]  # what the suppliers and recipients are ranked by first
RANKINGS: tuple[str, ...] = get_args(Rank)


def analyse(
    chunks: Iterable[Chunk], *, path: tuple[str, str] | None = None, top: int = 10, rank: Rank = "claims"
) -> NetworkReport:
    seen = _Seen()
    for chunk in chunks:
        for claim in chunk.claims:
            _read(seen, claim)
    report = NetworkReport(claims=seen.claims)
    report.suppliers = _ranked(seen, "supplier", rank)[:top]
    report.recipients = _ranked(seen, "recipient", rank)[:top]
    report.brokers = _brokers(seen)[:top]
    report.path = None if path is None else _path(seen, *path)
    report.years = _years(seen)
    return report


def _read(seen: _Seen, claim: ExportedClaim) -> None:
    if claim.kind == "port_call":
        _route(seen, claim, [*claim.roles.get("vessel", ()), *claim.roles.get("port", ())])
        return
    supplier, recipient = claim.one("supplier"), claim.one("recipient")
    if claim.kind != "transfer" or supplier is None or recipient is None or wholly_denied(claim):
        return
    seen.claims += 1
    for role, ref in (("supplier", supplier), ("recipient", recipient)):
        seen.by_role[role][ref.id].append(claim)
    _route(seen, claim, [supplier, *claim.roles.get("vessel", ()), *claim.roles.get("via", ()), recipient])
    for year in _years_of(claim):
        seen.yearly[year][supplier.id, recipient.id].append(claim.id)
        if claim.qualifiers.get("trend"):
            seen.trends[year].append(
                Trend(supplier, recipient, claim.qualifiers["trend"], claim.qualifiers["item"], claim.id)
            )


def _route(seen: _Seen, claim: ExportedClaim, stops: list[EntityRef]) -> None:
    for ref in stops:
        seen.entities.setdefault(ref.id, ref)
    for source, target in pairwise(stops):
        if source.id != target.id:
            if not seen.routes.has_edge(source.id, target.id):
                seen.routes.add_edge(source.id, target.id, claims=[])
            seen.routes.edges[source.id, target.id]["claims"].append(claim.id)


def _years_of(claim: ExportedClaim) -> list[str]:
    start, end = claim.days()
    first, last = (start or end or "")[:4], (end or start or "")[:4]
    if not first:
        return []
    last = max(last, first)
    return [str(y) for y in range(max(int(first), int(last) - YEARS_PER_CLAIM + 1), int(last) + 1)]


def _ranked(seen: _Seen, role: str, rank: str) -> list[Ranked]:
    ranked = []
    for entity_id, claims in seen.by_role[role].items():
        origins = {origin for claim in claims for origin in claim.origins()}
        ids = tuple(sorted(claim.id for claim in claims))
        ranked.append(Ranked(seen.entities[entity_id], len(claims), len(origins), ids))
    if rank == "origins":  # how many independent origins back it, before how many claims
        return sorted(ranked, key=lambda r: (-r.origins, -r.claims, r.entity.id))
    return sorted(ranked, key=lambda r: (-r.claims, -r.origins, r.entity.id))


def _brokers(seen: _Seen) -> list[Broker]:
    if seen.routes.number_of_nodes() < 3:
        return []
    nodes = seen.routes.number_of_nodes()
    pivots = None if nodes <= EXACT_UP_TO else PIVOTS
    centrality = nx.betweenness_centrality(seen.routes, k=pivots, normalized=True, seed=7)
    brokers = []
    for node, score in centrality.items():
        if score > 0:
            through = {c for _, _, data in seen.routes.in_edges(node, data=True) for c in data["claims"]}
            brokers.append(Broker(seen.entities[node], round(score, 4), tuple(sorted(through))))
    return sorted(brokers, key=lambda b: (-b.betweenness, b.entity.id))


def _path(seen: _Seen, source: str, target: str) -> list[Hop]:
    if source not in seen.routes or target not in seen.routes:
        return []
    try:
        nodes = nx.shortest_path(seen.routes, source, target)
    except nx.NetworkXNoPath:
        return []
    return [
        Hop(seen.entities[a], seen.entities[b], tuple(sorted(set(seen.routes.edges[a, b]["claims"]))))
        for a, b in pairwise(nodes)
    ]


def _years(seen: _Seen) -> list[Year]:
    years: list[Year] = []
    if not seen.yearly:
        return years
    for number in range(int(min(seen.yearly)), int(max(seen.yearly)) + 1):  # a year without claims too
        year = str(number)
        flows, before = seen.yearly.get(year, {}), seen.yearly.get(str(number - 1), {})
        years.append(
            Year(
                year,
                len(flows),
                tuple(_flow(seen, pair, ids) for pair, ids in sorted(flows.items()) if pair not in before),
                tuple(_flow(seen, pair, ids) for pair, ids in sorted(before.items()) if pair not in flows),
                tuple(sorted(seen.trends.get(year, []), key=lambda t: (t.supplier.id, t.recipient.id, t.claim_id))),
            )
        )
    return years


def _flow(seen: _Seen, pair: tuple[str, str], ids: list[str]) -> FlowRef:
    return FlowRef(seen.entities[pair[0]], seen.entities[pair[1]], tuple(sorted(set(ids))))
