"""Facet months: each transfer claim linked to the month of its day for each value it has of a filter the
transfers page offers alone (its item; each modality its statements give it; each number of origins, from
two up to as many as it has), each such month counting its claims, so that the newest transfers of one
item, one modality or at least n origins are a page read from the newest months of that value only,
however many claims the store holds.

    facet_rows(claims, evidence)   the writer's IN_FACET_MONTH rows for items and modalities
    link_origins(tx, claims)       the claims linked to their origin counts' months, once their statements are in
    count_facets(tx)               a store's facet months made and counted (older stores, bulk loads)

A claim gains a modality, or an origin, when a later article states it otherwise or cites someone else; it
never loses one, as statements are never taken back: links are only added.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from graph import model
from graph.ids import link_id
from graph.store import cypher
from graph.store.base import Row, Tx
from graph.store.months import month_rows

FACETS = ("item", "modality", "min_origins")


def facet_id(facet: str, value: str, month: str) -> str:
    """ "item:drones|2024-03"; month '' for the undated (`cypher.backfill_facet_months` writes the same)."""
    return f"{facet}:{value}|{month}"


def facet_rows(claims: Iterable[model.Claim], evidence: Iterable[model.Evidence]) -> Iterator[Row]:
    """A transfer claim in its month of its item, and of the modality of each of its statements."""
    months = {row["claim_id"]: row for row in month_rows(claims)}
    values = [("item", claim.id, claim.item) for claim in claims if claim.id in months and claim.item]
    values += [("modality", ev.claim_id, ev.modality.value) for ev in evidence if ev.claim_id in months]
    for facet, claim_id, value in values:
        yield facet_row(facet, value, months[claim_id])


def facet_row(facet: str, value: str, month: Row) -> Row:
    """The link of a claim (a row of `months.month_rows`) to its month of one facet value."""
    facet_month = facet_id(facet, value, month["month"])
    return {
        "id": link_id(month["claim_id"], facet_month),
        "facet_month": facet_month,
        "claim_id": month["claim_id"],
        "facet": facet,
        "value": value,
        "month": month["month"],
        "day": month["day"],
        "supplier": month["supplier"],
        "recipient": month["recipient"],
    }


def link_origins(tx: Tx, claims: list[model.Claim]) -> None:
    """The transfer claims of a batch, with all their statements written, in the months of 2, 3, ... n
    origins (`cypher.ORIGIN`) where they have n."""
    months = {row["claim_id"]: row for row in month_rows(claims)}
    if not months:
        return
    found = tx.run(cypher.CLAIM_ORIGINS, {"ids": sorted(months)})
    rows = [facet_row("min_origins", str(n), months[r["id"]]) for r in found for n in range(2, r["origins"] + 1)]
    if rows:
        tx.run(cypher.UPSERT_FACET_MONTHS, {"rows": rows})


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
