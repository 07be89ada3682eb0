"""Pair months: the transfer claims of one month that have two filter values at once, counted as they are
written, without links (a page reads its claims from the facet months of one of the two values, or from an
actor's role links): an item, a modality, a supplier or a recipient with a span (graph/store/facets.py); a
modality with an item; a supplier or a recipient with an item and with a modality. The transfers page's
count of two such filters, or of one within a period, is then a sum over a few hundred rows however many
claims the store holds (graph/transfers/paired.py).

    pair_key("item", "drones", "span")   "item:drones&span": a Pair node, its PairMonths hanging from it
    pair_id(key, "2024-05", "2024-03")   "item:drones&span:2024-05|2024-03": one of them, of claims of March 2024
                                         whose time ends in May
    pairs_of(facet, value, link)   the pair months a claim's new facet link puts it in
    count_new(tx, found)           the pair months of the facet links a batch created, counted
    months_of(tx, key)             a pair's months: claims by (month, other value)
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
ACTORS = ("supplier", "recipient")  # each paired with the item and with the modality
FIELD, RECORD = "\x1f", "\x1e"  # a new link's pair months, as `cypher.UPSERT_FACET_MONTHS` returns them


def pair_key(facet: str, value: str, other: str) -> str:
    """A value of one filter paired with another filter ("item:drones&span"): its pair months hang from it."""
    return f"{facet}:{value}&{other}"


def pair_id(key: str, other_value: str, month: str) -> str:
    """ "item:drones&span:2024-05|2024-03"; month '' for the undated (`cypher.BACKFILL_PAIR_MONTHS` writes the same)."""
    return f"{key}:{other_value}|{month}"


def pairs_of(facet: str, value: str, link: Row) -> str:
    """The pair months that a claim's link to its month of a facet value puts it in, when the link is new: a
    span's puts it in those of its item and sides with that span, an item's in those of its sides with that
    item, a modality's in those of the modality with its item and span and of its sides with the modality
    (key, other value and month each, encoded for the statement's rows)."""
    if facet == "span":
        found = [(pair_key(side, link[side], "span"), value) for side in SIDES if link[side]]
    elif facet == "item":
        found = [(pair_key(side, link[side], "item"), value) for side in ACTORS if link[side]]
    elif facet == "modality":
        found = [(pair_key("modality", value, "item"), link["item"])] if link["item"] else []
        found += [(pair_key("modality", value, "span"), link["span"])] if link["span"] else []
        found += [(pair_key(side, link[side], "modality"), value) for side in ACTORS if link[side]]
    else:
        found = []
    return RECORD.join(FIELD.join((key, other, link["month"])) for key, other in found)


def count_new(tx: Tx, found: list[Row]) -> None:
    """Count the claims of the facet links a batch created (rows of `cypher.UPSERT_FACET_MONTHS`) in their
    pair months."""
    counts = Counter(pair for row in found for joined in row["pairs"] for pair in joined.split(RECORD) if pair)
    rows = []
    for encoded, n in sorted(counts.items()):
        key, other, month = encoded.split(FIELD)
        rows.append({"id": pair_id(key, other, month), "pair": key, "other": other, "month": month, "n": n})
    if rows:
        tx.run(cypher.UPSERT_PAIR_MONTHS, {"rows": rows})


def months_of(tx: Tx, key: str, other: str | None = None) -> dict[tuple[str, str], int]:
    """A pair's months: claims by (month, other value), or of one other value only."""
    if other is None:
        rows = tx.run(cypher.PAIR_MONTHS, {"key": key})
    else:
        rows = tx.run(cypher.PAIR_MONTHS_OF, {"key": key, "other": other})
    return {(row["month"], row["other"]): row["n"] for row in rows}


def count_pairs(tx: Tx) -> None:
    """A store's pair months made from its facet links, when it holds transfers and none (an older osintkg's
    store, or a bulk load): every transfer has an item and a modality, so it is in one at least."""
    if has_pairs(tx) or not tx.run(cypher.HAS_TRANSFERS)[0]["has"]:
        return
    for statement in cypher.BACKFILL_PAIR_MONTHS:
        tx.run(statement)


def has_pairs(tx: Tx) -> bool:
    return bool(tx.run(cypher.HAS_PAIR_MONTHS)[0]["has"])
