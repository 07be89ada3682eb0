"""Pages of two filters counted from pair months (graph/store/pairs.py): one within a period, a modality
with an item, a supplier or a recipient with an item or a modality."""

from __future__ import annotations

from graph.reads import TransferPage
from graph.store import cypher, facets, pairs
from graph.store.base import Tx
from graph.transfers.combined import MODALITY_COST, combined_page, flows_cost
from graph.transfers.filters import ACTORS, ALONE, PERIOD, TransferFilter
from graph.transfers.months import SpanCell, actor_window_page, cells_page
from graph.transfers.rows import page_window


def paired_period_page(tx: Tx, wanted: TransferFilter, limit: int, offset: int) -> TransferPage:
    """The newest transfers of one item, modality or side overlapping a period: its pair months with the spans
    (graph/store/pairs.py) count its claims in the span months all of whose claims overlap the period; in the
    others, it is counted claim by claim (`_count_some`); the page is read from the value's months (an
    actor's from its role's links)."""
    (paired,) = wanted.chosen() - PERIOD
    value = str(getattr(wanted, paired))
    counted = pairs.months_of(tx, pairs.pair_key(paired, value, "span"))
    cells = [  # its span months holding some of its claims: those of its pair months
        SpanCell(facets.facet_id("span", span, month), month, span, n, over)
        for (month, span), n in counted.items()
        if (over := facets.overlaps(month, span, wanted.since, wanted.until)) is not False
    ]
    per_month: dict[str, int] = {}
    for cell in cells:
        if cell.overlapping:
            per_month[cell.month] = per_month.get(cell.month, 0) + cell.n
    _count_some(tx, wanted, paired, [cell for cell in cells if cell.overlapping is None], counted, per_month)
    if paired not in ALONE:  # a side: its own role's links, a few of each month's claims
        return actor_window_page(tx, wanted, per_month, limit, offset)
    read = [(facets.facet_id(paired, value, month), month) for month in sorted({cell.month for cell in cells})]
    return cells_page(tx, per_month, read, wanted.chosen() & PERIOD, wanted.params(), limit, offset)


def _count_some(
    tx: Tx,
    wanted: TransferFilter,
    paired: str,
    some: list[SpanCell],
    counted: dict[tuple[str, str], int],
    per_month: dict[str, int],
) -> None:
    """Count in `per_month` the value's claims overlapping the period in the months holding span months of which
    only some claims do: from the value's month read whole with the period's conditions (an item's or a
    modality's; `counted` gives its claims), replacing the month's count, or from those span months with the
    value's condition, added to it, whichever reads fewer links (`MODALITY_COST` for a modality's)."""
    in_month: dict[str, int] = {}
    for (month, _), n in counted.items():
        in_month[month] = in_month.get(month, 0) + n
    factor = MODALITY_COST if paired == "modality" else 1
    ids = [cell.id for cell in some] if paired in ALONE else []  # a side has no month of its own to read
    claims = {row["id"]: row["n"] for row in tx.run(cypher.FACET_MONTHS_BY_ID, {"ids": ids})} if ids else {}
    by_month: dict[str, list[SpanCell]] = {}
    for cell in some:
        by_month.setdefault(cell.month, []).append(cell)
    read = {month: sum(claims.get(c.id, 0) for c in cs) for month, cs in by_month.items()}  # every value's claims
    whole = sorted(month for month in by_month if paired in ALONE and in_month[month] < factor * read[month])
    if whole:
        ids = [facets.facet_id(paired, str(getattr(wanted, paired)), month) for month in whole]
        rows = tx.run(cypher.facet_link_counts(wanted.chosen() & PERIOD), {**wanted.params(), "ids": ids})
        per_month |= {month: 0 for month in whole} | {row["month"]: row["n"] for row in rows}
    cells = sorted(cell.id for month, cs in by_month.items() if month not in whole for cell in cs)
    for row in tx.run(cypher.facet_link_counts(wanted.chosen()), {**wanted.params(), "ids": cells}) if cells else []:
        per_month[row["month"]] = per_month.get(row["month"], 0) + row["n"]


def item_modality_page(tx: Tx, wanted: TransferFilter, limit: int, offset: int) -> TransferPage:
    """The newest transfers of one item with one modality: counted from the pair months of the modality with
    the item, then read from the item's months that hold the page."""
    counted = pairs.months_of(tx, pairs.pair_key("modality", wanted.modality, "item"), wanted.item)
    per_month = {month: n for (month, _), n in counted.items()}
    read = [(facets.facet_id("item", wanted.item, month), month) for month in per_month]  # its pairs' months
    return cells_page(tx, per_month, read, {"modality"}, wanted.params(), limit, offset)


def actor_pair_page(tx: Tx, wanted: TransferFilter, limit: int, offset: int) -> TransferPage:
    """One supplier's or recipient's transfers of one item or modality: counted from the actor's pair months
    with it, then read from the actor's role links (the item a condition on the claim) or from the modality's
    months (the actor a condition on their links) in the months that hold the page, unless the actor's flows
    hold fewer claims than those months (`combined_page`)."""
    chosen = wanted.chosen()
    ((side,), (facet,)) = (chosen & ACTORS, chosen - ACTORS)
    value = str(getattr(wanted, facet))
    counted = pairs.months_of(tx, pairs.pair_key(side, getattr(wanted, side), facet), value)
    per_month = {month: n for (month, _), n in counted.items()}
    if facet == "item":
        return actor_window_page(tx, wanted, per_month, limit, offset)
    window = page_window(per_month, offset, limit)
    in_month = {row["period"]: row["n"] for row in tx.run(cypher.FACET_MONTHS, {"facet": facet, "value": value})}
    if window and flows_cost(tx, wanted) < sum(n for m, n in in_month.items() if window.oldest <= m <= window.newest):
        return combined_page(tx, wanted, limit, offset)  # a rare actor's flows: fewer links than the months
    read = [(facets.facet_id(facet, value, month), month) for month in per_month]
    return cells_page(tx, per_month, read, {side}, wanted.params(), limit, offset)
