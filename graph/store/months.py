"""Transfer months: each transfer claim linked to the month of its day ("2024-03", '' undated), the link
carrying the day and the claim's sides, and each month counting its claims, so that the newest transfers
of all are a page read from the newest months only, however many claims the store holds.

    month_rows(claims)     the writer's IN_MONTH rows (cypher.UPSERT_TRANSFER_MONTHS)
    count_months(tx)       a store's months made and counted from its transfers (older stores, bulk loads)
"""

from __future__ import annotations

from collections.abc import Iterable

from graph import model
from graph.store import cypher
from graph.store.base import Row, Tx
from graph.store.flows import claim_day


def month_rows(claims: Iterable[model.Claim]) -> Iterable[Row]:
    """A transfer claim in the month of its day, with its sides (a transfer has one of each)."""
    for claim in claims:
        if claim.kind != "transfer":
            continue
        day = claim_day(claim)
        supplier, recipient = claim.role("supplier"), claim.role("recipient")
        yield {
            "id": claim.id,
            "claim_id": claim.id,
            "month": day[:7],
            "day": day,
            "supplier": supplier,
            "recipient": recipient,
        }


def count_months(tx: Tx) -> None:
    """A store's transfers linked to their months when it has none (written by an older osintkg), and its
    months counted when they are not (bulk-loaded)."""
    if not tx.run(cypher.HAS_TRANSFER_MONTHS)[0]["has"]:
        tx.run(cypher.BACKFILL_TRANSFER_MONTHS)
        tx.run(cypher.COUNT_TRANSFER_MONTHS)
    elif tx.run(cypher.HAS_UNCOUNTED_TRANSFER_MONTHS)[0]["has"]:
        tx.run(cypher.COUNT_TRANSFER_MONTHS)
