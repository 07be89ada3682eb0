"""Pages read a month at a time: the newest transfers of all, of one facet value (an item, a modality, at
least n origins), of a period, of one supplier or recipient; each month counts its claims, so that only the
months that hold the page are read."""

from __future__ import annotations

from typing import Any, NamedTuple

from graph.ontology import ontology
from graph.reads import TransferPage
from graph.store import cypher, facets
from graph.store.base import Tx
from graph.transfers.filters import PERIOD, TransferFilter
from graph.transfers.rows import other_sides, page_window, with_actors, with_evidence


def newest_page(tx: Tx, limit: int, offset: int) -> TransferPage:
    """The newest transfers of all, read from the months that hold the page (each counts its claims)."""
    return month_page(tx, (cypher.TRANSFER_MONTHS, cypher.NEWEST_TRANSFERS), {}, limit, offset)


def facet_page(tx: Tx, wanted: TransferFilter, limit: int, offset: int) -> TransferPage:
    """The newest transfers of one item, one modality or at least n origins, read from that value's months
    that hold the page (graph/store/facets.py counts them)."""
    (facet,) = wanted.chosen()
    params = {"facet": facet, "value": str(getattr(wanted, facet))}
    return month_page(tx, (cypher.FACET_MONTHS, cypher.FACET_TRANSFERS), params, limit, offset)


def period_page(tx: Tx, wanted: TransferFilter, limit: int, offset: int) -> TransferPage:
    """The newest transfers overlapping a period, read from the span months that hold the page: a month all
    of whose claims overlap it counts whole, one of which only some do is counted claim by claim."""
    cells = [cell for cell in span_cells(tx, wanted) if cell.overlapping is not False]
    per_month: dict[str, int] = {}
    for cell in cells:
        if cell.overlapping:
            per_month[cell.month] = per_month.get(cell.month, 0) + cell.n
    some = sorted(cell.id for cell in cells if cell.overlapping is None)
    for row in tx.run(cypher.facet_link_counts(wanted.chosen()), {**wanted.params(), "ids": some}) if some else []:
        per_month[row["month"]] = per_month.get(row["month"], 0) + row["n"]
    read = [(cell.id, cell.month) for cell in cells]
    return cells_page(tx, per_month, read, wanted.chosen(), wanted.params(), limit, offset)


def cells_page(
    tx: Tx,
    per_month: dict[str, int],
    cells: list[tuple[str, str]],
    conditions: set[str],
    params: dict[str, Any],
    limit: int,
    offset: int,
) -> TransferPage:
    """A page read from the facet months `cells` ((id, month) each) in the months that hold it, their claims
    that meet the conditions counted `per_month`."""
    total = sum(per_month.values())
    window = page_window(per_month, offset, limit)
    if window is None:
        return TransferPage([], total, limit, offset)
    ids = sorted(cell for cell, month in cells if window.oldest <= month <= window.newest)
    rows = tx.run(cypher.facet_link_page(conditions), {**params, "ids": ids, "skip": window.skip, "limit": limit})
    return TransferPage(with_evidence(tx, with_actors(tx, rows)), total, limit, offset)


def month_page(tx: Tx, queries: tuple[str, str], params: dict[str, Any], limit: int, offset: int) -> TransferPage:
    """A page read from the months that hold it: `queries` count the claims per month, then read a window
    of months."""
    months, page = queries
    per_month = {row["period"]: row["n"] for row in tx.run(months, params)}
    total = sum(per_month.values())
    window = page_window(per_month, offset, limit)
    if window is None:
        return TransferPage([], total, limit, offset)
    params = {**params, "from_month": window.oldest, "to_month": window.newest, "skip": window.skip, "limit": limit}
    rows = tx.run(page, params)
    return TransferPage(with_evidence(tx, with_actors(tx, rows)), total, limit, offset)


def actor_page(tx: Tx, wanted: TransferFilter, limit: int, offset: int) -> TransferPage:
    """One actor's transfers as supplier or recipient, read from its role's newest months that hold the
    page (graph/store/roles.py counts them), then each claim's other side looked up."""
    side = "supplier" if wanted.supplier else "recipient"
    months = tx.run(cypher.ROLE_MONTHS, {"id": getattr(wanted, side)})
    relationship = ontology().claims["transfer"].roles[side].relationship
    per_month = {row["month"]: row["claims"] for row in months if row["relationship"] == relationship}
    return actor_window_page(tx, wanted, per_month, limit, offset)


def actor_window_page(
    tx: Tx, wanted: TransferFilter, per_month: dict[str, int], limit: int, offset: int
) -> TransferPage:
    """A page of one actor's transfers (of the item, overlapping the period wanted), read from its role's
    links in the months that hold it, given its claims per month."""
    side, other = ("supplier", "recipient") if wanted.supplier else ("recipient", "supplier")
    entity, roles = getattr(wanted, side), ontology().claims["transfer"].roles
    total = sum(per_month.values())
    window = page_window(per_month, offset, limit)
    if window is None:
        return TransferPage([], total, limit, offset)
    params = {"id": entity, "from_day": window.from_day, "to_day": window.to_day, "skip": window.skip, "limit": limit}
    conditions = wanted.chosen() & {*PERIOD, "item"}
    rows = tx.run(cypher.actor_transfers(roles[side].relationship, conditions), params | wanted.params())
    others = other_sides(tx, roles[other].relationship, [row["id"] for row in rows])
    rows = [{**row, f"{side}_id": entity, f"{other}_id": others[row["id"]]} for row in rows]
    return TransferPage(with_evidence(tx, with_actors(tx, rows)), total, limit, offset)


class SpanCell(NamedTuple):
    """A span month (graph/store/facets.py) and whether all (True), none (False) or some (None) of its claims
    overlap the period wanted (`facets.overlaps`)."""

    id: str
    month: str
    span: str
    n: int
    overlapping: bool | None


def span_cells(tx: Tx, wanted: TransferFilter) -> list[SpanCell]:
    """The span months, each with whether its claims overlap the period wanted."""
    return [
        SpanCell(
            row["id"],
            row["month"],
            row["span"],
            row["n"],
            facets.overlaps(row["month"], row["span"], wanted.since, wanted.until),
        )
        for row in tx.run(cypher.SPAN_MONTHS)
    ]
