"""The supply network: who supplied whom, as a networkx graph of the entities that supply and receive,
one edge per supplier-to-recipient flow.

    network = supply_network(chunks(store))
    network.edges["KP", "RU"]   {"claims": 12, "weight": 11, "denied": 1, "origins": 5, "items": "...", ...}

An edge counts the flow's transfer claims (`claims`), those not wholly denied (`weight`: a flow every
statement of which denies it is no evidence of supply), those wholly denied (`denied`), its independent
origins (`origins`: the named sources cited, else the outlets), its item categories, its first and last
days (`start`, `end`, from the claims' periods: the edge's interval in Gephi) and its claims' ids, so
that each figure can be audited. A node has the entity's `kind` and its name as `label`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

import networkx as nx

from graph.export.dataset import Chunk, ExportedClaim
from graph.model import first_day, last_day
from graph.reads import EntityRef

DENIED = "denied"


@dataclass
class _Flow:
    claims: list[str] = field(default_factory=list)
    denied: int = 0
    origins: set[str] = field(default_factory=set)
    items: set[str] = field(default_factory=set)
    days: list[str] = field(default_factory=list)


def wholly_denied(claim: ExportedClaim) -> bool:
    return bool(claim.statements) and all(s.modality == DENIED for s in claim.statements)


def supply_network(chunks: Iterable[Chunk]) -> nx.DiGraph:
    """The flows of the chunks' transfer claims, one edge each, between their suppliers and recipients."""
    flows: dict[tuple[str, str], _Flow] = {}
    actors: dict[str, EntityRef] = {}
    for chunk in chunks:
        for claim in chunk.claims:
            supplier, recipient = claim.one("supplier"), claim.one("recipient")
            if claim.kind != "transfer" or supplier is None or recipient is None:
                continue
            actors |= {supplier.id: supplier, recipient.id: recipient}
            _add(flows.setdefault((supplier.id, recipient.id), _Flow()), claim)
    network = nx.DiGraph()
    for actor in sorted(actors.values(), key=lambda actor: actor.id):
        network.add_node(actor.id, label=actor.name, kind=actor.kind or "")
    for (supplier_id, recipient_id), flow in sorted(flows.items()):
        network.add_edge(supplier_id, recipient_id, **_edge(flow))
    return network


def _add(flow: _Flow, claim: ExportedClaim) -> None:
    flow.claims.append(claim.id)
    flow.denied += wholly_denied(claim)
    flow.origins.update(claim.origins())
    flow.items.update(item for item in [claim.qualifiers.get("item")] if item)
    start, end = claim.days()
    flow.days += [first_day(start)] if start else []
    flow.days += [last_day(end)] if end else []


def _edge(flow: _Flow) -> dict[str, object]:
    """The edge's attributes: only those with a value (GraphML and GEXF have no null)."""
    edge: dict[str, object] = {
        "claims": len(flow.claims),
        "weight": len(flow.claims) - flow.denied,
        "denied": flow.denied,
        "origins": len(flow.origins),
        "items": ";".join(sorted(flow.items)),
        "claim_ids": " ".join(sorted(flow.claims)),
    }
    if flow.days:
        edge |= {"start": min(flow.days), "end": max(flow.days)}
    return edge
