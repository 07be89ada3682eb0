"""Pages of several filters read from the links of the facet that costs least, or from flows."""

from __future__ import annotations

import sys
from dataclasses import dataclass

from graph.ids import flow_id
from graph.ontology import ontology
from graph.reads import TransferPage
from graph.store import cypher, facets
from graph.store.base import Tx
from graph.transfers.filters import ALONE, PERIOD, TransferFilter
from graph.transfers.flows import flow_page
from graph.transfers.months import SpanCell, cells_page, span_cells


def combined_page(tx: Tx, wanted: TransferFilter, limit: int, offset: int) -> TransferPage:
    """Several filters: the links of the facet the filters name that costs least to read (an item's months,
    a modality's, a number of origins' (of a modality), a period's span months), read with the other
    filters, counted by month, then only the months that hold the page; or, where the flows of the actor or
    pair named cost less, those (`flow_page`). Beside a period alone, a facet's months all of whose claims
    overlap it count whole, and those none of whose do are left out."""
    chosen = wanted.chosen()
    cells = span_cells(tx, wanted) if wanted.since or wanted.until else []
    sources = [_facet_months(tx, facet, value, settled, cells, chosen) for facet, value, settled in _named(wanted)]
    if cells and "min_origins" not in chosen:
        sources.append(Source([], [(c.id, c.month, c.n) for c in cells if c.overlapping is not False]))
    source = min(sources, key=lambda found: _cost(found, chosen))
    if "min_origins" not in chosen and flows_cost(tx, wanted) < _cost(source, chosen):
        return flow_page(tx, wanted, limit, offset)
    conditions = chosen - source.settled  # a period's own: its span months hold some claims outside it
    per_month = {month: n for _, month, n in source.whole}
    if source.read:
        params = {**wanted.params(), "ids": sorted(cell for cell, _, _ in source.read)}
        per_month |= {row["month"]: row["n"] for row in tx.run(cypher.facet_link_counts(conditions), params)}
    read = [(cell, month) for cell, month, _ in [*source.whole, *source.read]]
    return cells_page(tx, per_month, read, conditions, wanted.params(), limit, offset)


def _named(wanted: TransferFilter) -> list[tuple[str, str, set[str]]]:
    """The facet values a page may be read from, with the filters each settles: a number of origins only
    as a source (no link can tell it), of the modality wanted where one is."""
    chosen = wanted.chosen()
    if {"min_origins", "modality"} <= chosen:
        value = facets.modality_origins(wanted.modality, wanted.min_origins)
        return [("modality_origins", value, {"min_origins", "modality"})]
    named = {"min_origins"} if "min_origins" in chosen else chosen & ALONE
    return [(facet, str(getattr(wanted, facet)), {facet}) for facet in sorted(named)]


@dataclass(frozen=True)
class Source:
    """The months of a facet value to read a page of several filters from: (id, month, claims) each, those
    that count whole (all their claims meet the other filters) and those to read claim by claim; and the
    filters it settles (none for a period's span months, which hold some claims outside it)."""

    whole: list[tuple[str, str, int]]
    read: list[tuple[str, str, int]]
    settled: frozenset[str] = frozenset()


MODALITY_COST = 10  # reading a claim's statements for their modality, against reading its link (measured ~10x)


def _cost(source: Source, chosen: set[str]) -> int:
    """What reading a source's links with the other filters costs: its claims to read, each read for its
    modality when the modality is a filter and not the source."""
    claims = sum(n for _, _, n in source.read)
    return claims * (MODALITY_COST if "modality" in chosen - source.settled else 1)


def flows_cost(tx: Tx, wanted: TransferFilter) -> int:
    """What reading the flows of the pair or the actor named costs (a flow counts its claims, and
    graph/store/roles.py an actor's in each role): each link read twice (the years, then the page), and
    each claim's statements where a modality is a filter."""
    side = "supplier" if wanted.supplier else "recipient" if wanted.recipient else ""
    if not side:
        return sys.maxsize
    if wanted.supplier and wanted.recipient:
        found = tx.run(cypher.FLOW_CLAIMS, {"id": flow_id(wanted.supplier, wanted.recipient)})
        claims = sum(row["claims"] or 0 for row in found)
    else:
        relationship = ontology().claims["transfer"].roles[side].relationship
        months = tx.run(cypher.ROLE_MONTHS, {"id": getattr(wanted, side)})
        claims = sum(row["claims"] for row in months if row["relationship"] == relationship)
    return 2 * claims * (MODALITY_COST if wanted.modality else 1)


def _facet_months(tx: Tx, facet: str, value: str, settled: set[str], cells: list[SpanCell], chosen: set[str]) -> Source:
    """A facet value's months, which settle the filters `settled`. Where the only other filter is a period,
    those all of whose claims overlap it (`facets.month_overlaps` of its span months `cells`) count whole,
    and those none of whose do are left out."""
    rows = tx.run(cypher.FACET_MONTHS, {"facet": facet, "value": value})
    months = [(facets.facet_id(facet, value, row["period"]), row["period"], row["n"]) for row in rows]
    if not cells or chosen - settled - PERIOD:
        return Source([], months, frozenset(settled))
    overlapping = facets.month_overlaps((cell.month, cell.overlapping) for cell in cells)
    whole = [cell for cell in months if overlapping.get(cell[1], False) is True]
    partial = [cell for cell in months if overlapping.get(cell[1], False) is None]
    return Source(whole, partial, frozenset(settled))
