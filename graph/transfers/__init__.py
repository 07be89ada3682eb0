"""Who supplied what to whom, when, on whose evidence: transfer claims filtered, sorted and paged,
each with every statement of it and the sources those statements cite.

`transfer_page` picks the reader that reads least for the filters set:

    months.py     none, one facet value, a period, one supplier or recipient: a month at a time
    flows.py      a supplier and a recipient: their flow, a year at a time
    paired.py     two filters counted from pair months (one within a period, a modality with an item, an
                  actor with an item or a modality)
    combined.py   any other: the links of the facet that costs least, or the flows named (at least n origins
                  of one modality: the months of that modality's number of origins)
    rows.py       what every page's rows are completed with: statements, sources, sides' names
"""

from __future__ import annotations

from graph.reads import TransferPage
from graph.store import cypher, facets
from graph.store.base import Tx
from graph.transfers.combined import combined_page
from graph.transfers.filters import ACTORS, ALONE, PERIOD, WITH_PERIOD, TransferFilter
from graph.transfers.flows import flow_page
from graph.transfers.months import actor_page, facet_page, newest_page, period_page
from graph.transfers.paired import actor_pair_page, item_modality_page, paired_period_page
from graph.transfers.rows import named_sources, statements_by_claim, with_evidence

__all__ = ["TransferFilter", "flow_page", "general_page", "named_sources", "statements_by_claim", "transfer_page"]


def transfer_page(tx: Tx, wanted: TransferFilter, limit: int, offset: int) -> TransferPage:
    """One page of the transfers `wanted`, newest first, with the total count (`View.transfers_page`)."""
    chosen = wanted.chosen()
    if not chosen:
        return newest_page(tx, limit, offset)
    if chosen in ({"supplier"}, {"recipient"}):
        return actor_page(tx, wanted, limit, offset)
    if len(chosen) == 1 and chosen <= ALONE:
        return facet_page(tx, wanted, limit, offset)
    if chosen <= PERIOD:
        return period_page(tx, wanted, limit, offset)
    if chosen & PERIOD and len(chosen - PERIOD) == 1 and chosen - PERIOD <= WITH_PERIOD:
        return paired_period_page(tx, wanted, limit, offset)  # one item, modality or side within a period
    if chosen == {"item", "modality"}:
        return item_modality_page(tx, wanted, limit, offset)
    if len(chosen & ACTORS) == 1 and len(chosen - ACTORS) == 1 and chosen - ACTORS <= {"item", "modality"}:
        return actor_pair_page(tx, wanted, limit, offset)
    if {"min_origins", "modality"} <= chosen and not facets.has_facet(tx, "modality_origins"):
        return general_page(tx, wanted, limit, offset)  # an older store, read-only: its origins counted here
    if chosen == {"supplier", "recipient"}:
        return flow_page(tx, wanted, limit, offset)  # a pair's flow
    return combined_page(tx, wanted, limit, offset)


def general_page(tx: Tx, wanted: TransferFilter, limit: int, offset: int) -> TransferPage:
    """Any filter: match every transfer claim, keep those wanted, sort them all."""
    params = {**wanted.params(), "limit": limit, "offset": offset}
    by_origins = wanted.min_origins > 1
    total = tx.run(cypher.TRANSFER_COUNT_BY_ORIGINS if by_origins else cypher.TRANSFER_COUNT, params)[0]["n"]
    if offset >= total:  # nothing to sort (and LadybugDB 0.22 can crash sorting past a large SKIP)
        return TransferPage([], total, limit, offset)
    claims = tx.run(cypher.TRANSFER_PAGE_BY_ORIGINS if by_origins else cypher.TRANSFER_PAGE, params)
    return TransferPage(with_evidence(tx, claims), total, limit, offset)
