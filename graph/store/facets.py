"""Facet months: each transfer claim linked to the month of its day for each value it has of a filter the
transfers page offers alone (its item; each modality its statements give it), each such month counting
its claims, so that the newest transfers of one item or one modality are a page read from the newest
months of that value only, however many claims the store holds.

    facet_rows(claims, evidence)   the writer's IN_FACET_MONTH rows (cypher.UPSERT_FACET_MONTHS)
    count_facets(tx)               a store's facet months made and counted (older stores, bulk loads)

A claim gains a modality when a later article states it otherwise; it never loses one, as statements
are never taken back.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from graph import model
from graph.ids import link_id
from graph.store import cypher
from graph.store.base import Row, Tx
from graph.store.months import month_rows

FACETS = ("item", "modality")


def facet_id(facet: str, value: str, month: str) -> str:
    """ "item:drones|2024-03"; month '' for the undated."""
    return f"{facet}:{value}|{month}"


def facet_rows(claims: Iterable[model.Claim], evidence: Iterable[model.Evidence]) -> Iterator[Row]:
    """A transfer claim in its month of its item, and of the modality of each of its statements."""
    months = {row["claim_id"]: row for row in month_rows(claims)}
    claim_items = {claim.id: claim.item for claim in claims if claim.id in months and claim.item}
    values = [("item", claim_id, item) for claim_id, item in claim_items.items()]
    values += [("modality", ev.claim_id, ev.modality.value) for ev in evidence if ev.claim_id in months]
    for facet, claim_id, value in values:
        month = months[claim_id]
        facet_month = facet_id(facet, value, month["month"])
        yield {
            "id": link_id(claim_id, facet_month),
            "facet_month": facet_month,
            "claim_id": claim_id,
            "facet": facet,
            "value": value,
            "month": month["month"],
            "day": month["day"],
            "supplier": month["supplier"],
            "recipient": month["recipient"],
        }


def count_facets(tx: Tx) -> None:
    """A store's transfers linked to their months of each facet it has none of (written by an older osintkg,
    or bulk-loaded without them), and its facet months counted when they are not."""
    missing = [facet for facet in FACETS if not has_facet(tx, facet)]
    if missing and tx.run(cypher.HAS_TRANSFERS)[0]["has"]:
        for facet in missing:
            for statement in cypher.backfill_facet_months(facet):
                tx.run(statement)
        tx.run(cypher.COUNT_FACET_MONTHS)
    elif tx.run(cypher.HAS_UNCOUNTED_FACET_MONTHS)[0]["has"]:
        tx.run(cypher.COUNT_FACET_MONTHS)


def has_facet(tx: Tx, facet: str) -> bool:
    """Whether any transfer is in a month of the facet (every transfer is in one of its modality: a store
    whose transfers have none was written before facets)."""
    return bool(tx.run(cypher.HAS_FACET_MONTHS, {"facet": facet})[0]["has"])
