"""Pages read from flows: the transfers between two actors, or of one actor's flows, a year at a time."""

from __future__ import annotations

from typing import Any

from graph.ids import flow_id
from graph.reads import TransferPage
from graph.store import cypher
from graph.store.base import Tx
from graph.transfers.filters import TransferFilter
from graph.transfers.rows import page_window, with_actors, with_evidence


def flow_page(tx: Tx, wanted: TransferFilter, limit: int, offset: int) -> TransferPage:
    """The transfers of a supplier-recipient pair's flow, or of one actor's flows: count their transfers per
    year, then sort only the years that hold the page (a busy pair holds thousands)."""
    params: dict[str, Any] = {**wanted.params(), "flow": flow_id(wanted.supplier, wanted.recipient)}
    selection = flow_selection(wanted)
    filters = [name for name in cypher.FLOW_FILTERS if params[name]]
    per_year = {row["year"]: row["n"] for row in tx.run(cypher.flow_years(selection, filters), params)}
    total = sum(per_year.values())
    window = page_window(per_year, offset, limit)
    if window is None:
        return TransferPage([], total, limit, offset)
    params |= {"from_day": window.from_day, "to_day": window.to_day, "skip": window.skip, "limit": limit}
    rows = tx.run(cypher.flow_page(selection, filters), params)
    return TransferPage(with_evidence(tx, with_actors(tx, rows)), total, limit, offset)


def flow_selection(wanted: TransferFilter) -> str:
    return "pair" if wanted.supplier and wanted.recipient else "supplier" if wanted.supplier else "recipient"
