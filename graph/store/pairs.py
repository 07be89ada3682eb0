"""Pair months: the transfer claims of one month that have two filter values at once, counted as they are
written, without links (a page reads its claims from the facet months of one of the two values): an item, a
modality, a supplier or a recipient with a span (graph/store/facets.py), and a modality with an item. The
transfers page's count of one such filter within a period, or of a modality and an item, is then a sum over
a few hundred rows however many claims the store holds (graph/transfers.py).

    pair_id("item", "drones", "span", "2024-05", "2024-03")   "item:drones&span:2024-05|2024-03"
    pairs_of(facet, value, link)   the pair months a claim's new facet link puts it in (tab-separated ids)
    count_new(tx, found)           the pair months of the facet links a batch created, counted
    count_pairs(tx)                a store's pair months counted from its facet links (older stores, bulk loads)

A claim's item, sides and span never change (they make its id); a modality is new to it once, when the link
to that modality's month is created: each claim is counted once in each of its pair months.
"""

from __future__ import annotations

from collections import Counter

from graph.store import cypher
from graph.store.base import Row, Tx

WITH_PERIOD = ("item", "modality", "supplier", "recipient")  # each paired with the span
SIDES = ("item", "supplier", "recipient")  # carried by every facet link
SEPARATOR = "\t"


def pair_id(facet: str, value: str, other: str, other_value: str, month: str) -> str:
    """ "item:drones&span:2024-05|2024-03"; month '' for the undated (`cypher.BACKFILL_PAIR_MONTHS` writes the same)."""
    return f"{facet}:{value}&{other}:{other_value}|{month}"


def pairs_of(facet: str, value: str, link: Row) -> str:
    """The pair months that a claim's link to its month of a facet value puts it in, when the link is new: a
    span's puts it in those of its item and sides with that span, a modality's in those of the modality with
    its item and with its span."""
    month = link["month"]
    if facet == "span":
        found = [pair_id(side, link[side], "span", value, month) for side in SIDES if link[side]]
    elif facet == "modality":
        found = [pair_id("modality", value, "item", link["item"], month)] if link["item"] else []
        found += [pair_id("modality", value, "span", link["span"], month)] if link["span"] else []
    else:
        found = []
    return SEPARATOR.join(found)


def count_new(tx: Tx, found: list[Row]) -> None:
    """Count the claims of the facet links a batch created (rows of `cypher.UPSERT_FACET_MONTHS`) in their
    pair months."""
    counts = Counter(pair for row in found for joined in row["pairs"] for pair in joined.split(SEPARATOR) if pair)
    if counts:
        rows = [{"id": pair, "n": n} for pair, n in sorted(counts.items())]
        tx.run(cypher.UPSERT_PAIR_MONTHS, {"rows": rows})


def count_pairs(tx: Tx) -> None:
    """A store's pair months made from its facet links, when it holds transfers and none (an older osintkg's
    store, or a bulk load): every transfer has an item and a modality, so it is in one at least."""
    if tx.run(cypher.HAS_PAIR_MONTHS)[0]["has"] or not tx.run(cypher.HAS_TRANSFERS)[0]["has"]:
        return
    for statement in cypher.BACKFILL_PAIR_MONTHS:
        tx.run(statement)


def has_pairs(tx: Tx) -> bool:
    return bool(tx.run(cypher.HAS_PAIR_MONTHS)[0]["has"])
