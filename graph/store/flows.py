"""Flows: a supplier-to-recipient pair ("KP>RU") that each transfer claim between them links to, so
that the transfers between two actors are one hop from one node. This module owns a flow's id and
what a link carries, for the writer, for stores written before flows existed, and for bulk loads.

    flow_id("KP", "RU")                      "KP>RU" (graph/ids.py)
    flow_rows(claims)                        the writer's IN_FLOW rows (cypher.UPSERT_FLOWS)
    side_rows(flow_rows)                     each side's link to its flows (cypher.LINK_FLOW_SIDES)
    link_day(start_day, end_day)             the day a link sorts by: newest first, undated ('') last
    claim_day(claim)                         a claim's (the day its flow, role and month links carry)
    add_to_flows(tx, claims)                 what a batch adds to its flows' claim counts
    backfill(tx), refresh_links(tx)          for a store written by an older osintkg
    link_sides(tx)                           every flow's sides linked to it (older stores, bulk loads)
    count_flows(tx)                          every flow's claims counted (older stores, bulk loads)
"""

from __future__ import annotations

from collections.abc import Iterable

from graph import model
from graph.ids import flow_id, link_id
from graph.store import cypher
from graph.store.base import Row, Tx


def link_day(start_day: str | None, end_day: str | None) -> str:
    """What a link sorts by: the first day the claim covers, else its last, else '' (before every day,
    so undated claims come last newest-first); cypher.LINK_DAY is the same in Cypher."""
    return start_day or end_day or ""


def claim_days(claim: model.Claim) -> tuple[str | None, str | None]:
    """The first and the last day a claim's time covers (None where it says none)."""
    return (claim.time.first_day(), claim.time.last_day()) if claim.time else (None, None)


def claim_day(claim: model.Claim) -> str:
    """The day a claim's links carry and sort by (`link_day`)."""
    return link_day(*claim_days(claim))


def flow_rows(claims: Iterable[model.Claim]) -> Iterable[Row]:
    """A transfer claim in the flow of each of its supplier-recipient pairs, with its days."""
    for claim in claims:
        if claim.kind != "transfer":
            continue
        start, end = claim_days(claim)
        for supplier in claim.roles.get("supplier", []):
            for recipient in claim.roles.get("recipient", []):
                flow = flow_id(supplier, recipient)
                yield {
                    "id": link_id(claim.id, flow),
                    "claim_id": claim.id,
                    "flow_id": flow,
                    "supplier": supplier,
                    "recipient": recipient,
                    "day": link_day(start, end),
                    "item": claim.item,
                    "start_day": start,
                    "end_day": end,
                }


def side_rows(flows: Iterable[Row]) -> Iterable[Row]:
    """Each side of the flows (rows of `flow_rows`) with the flow: (Entity)-[:HAS_FLOW]->(Flow)."""
    for flow in flows:
        for side in ("supplier", "recipient"):
            yield {"id": link_id(flow[side], flow["flow_id"]), "entity_id": flow[side], "flow_id": flow["flow_id"]}


def link_sides(tx: Tx) -> None:
    """Every flow's sides linked to it, in a store that has flows but no such links (bulk-loaded without
    them, or written by an older osintkg)."""
    if tx.run(cypher.HAS_FLOW_SIDES)[0]["has"]:
        return
    rows = list(side_rows(tx.run(cypher.ALL_FLOW_SIDES)))
    for start in range(0, len(rows), SIDE_ROWS_PER_STATEMENT):
        tx.run(cypher.LINK_FLOW_SIDES, {"rows": rows[start : start + SIDE_ROWS_PER_STATEMENT]})


SIDE_ROWS_PER_STATEMENT = 10_000


def add_to_flows(tx: Tx, claims: list[model.Claim]) -> None:
    """Count the batch's transfer claims newly linked to a flow in the flow (once each: a claim stated
    again, by this batch or a later one, is linked already)."""
    ids = sorted({c.id for c in claims if c.kind == "transfer"})
    if ids:
        tx.run(cypher.ADD_TO_FLOWS, {"ids": ids})
        tx.run(cypher.MARK_COUNTED, {"ids": ids})


def count_flows(tx: Tx) -> None:
    """Every flow's claims counted from its links, in a store whose flows are not counted (bulk-loaded, or
    written by an older osintkg); its links counted or not, the counts are right."""
    if tx.run(cypher.HAS_UNCOUNTED_FLOWS)[0]["has"]:
        tx.run(cypher.COUNT_FLOWS)


def backfill(tx: Tx) -> None:
    """A store written before flows existed gets its transfer claims linked to their flows, once."""
    if not tx.run(cypher.HAS_FLOWS)[0]["has"]:
        tx.run(cypher.BACKFILL_FLOWS)


def refresh_links(tx: Tx) -> None:
    """When the links gain a property: copy them all again from their claims."""
    tx.run(cypher.REFRESH_FLOW_LINKS)
