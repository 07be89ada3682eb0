"""Facet months: each transfer claim linked to the month of its day for each value it has of a filter the
transfers page offers alone (its item; each modality its statements give it; each number of origins, from
two up to as many as it has, overall and among the statements of each modality; its span, for a period),
each such month counting its claims, so that the newest transfers of one item, one modality or at least n
origins (of one modality) are a page read from the newest months of that value only, however many claims
the store holds.

A claim's span says which periods it overlaps without reading it: the month its time ends in when it has
a start and an end ("2024-05"), OPEN when it has only a start (still going on), END_ONLY when it has only
an end (its month is then its end's); an undated claim has none. Its month of the span facet is that of
its start (or of its end when it has none), so that a span month tells whether all, none or some of its
claims overlap a period (`overlaps`).

    link_facets(tx, rows)          the claims linked to their months of items, modalities and spans (rows:
                                   `facet_rows(claims, evidence)`, one per link)
    link_origins(tx, claims, sources)  the claims linked to the origin counts' months (overall and by
                                   modality) that the statements of the articles `sources` add, once in
    count_facets(tx)               a store's facet months made and counted (older stores, bulk loads)

A claim gains a modality, or an origin, when a later article states it otherwise or cites someone else; it
never loses one, as statements are never taken back: links are only added.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from functools import lru_cache

from graph import model
from graph.ids import link_id
from graph.model import first_day, last_day
from graph.store import cypher, pairs
from graph.store.base import Row, Tx
from graph.store.flows import claim_days
from graph.store.months import month_rows

FACETS = ("item", "modality", "min_origins", "modality_origins", "span")
OPEN, END_ONLY = "open", "end only"


def facet_id(facet: str, value: str, month: str) -> str:
    """ "item:drones|2024-03"; month '' for the undated (`cypher.backfill_facet_months` writes the same)."""
    return f"{facet}:{value}|{month}"


def facet_rows(claims: Iterable[model.Claim], evidence: Iterable[model.Evidence]) -> Iterator[Row]:
    """A transfer claim in its month of its item, its span, and the modality of each of its statements."""
    links = link_rows(claims)
    values = [(facet, claim_id, link[facet]) for claim_id, link in links.items() for facet in ("item", "span")]
    values += [("modality", ev.claim_id, ev.modality.value) for ev in evidence if ev.claim_id in links]
    for facet, claim_id, value in values:
        if value:
            yield facet_row(facet, value, links[claim_id])


def link_rows(claims: Iterable[model.Claim]) -> dict[str, Row]:
    """What each transfer claim's facet links carry (its month's link, days, item), and its span, by claim."""
    claims_by_id = {claim.id: claim for claim in claims}
    links = {}
    for month in month_rows(claims_by_id.values()):
        claim = claims_by_id[month["claim_id"]]
        start, end = claim_days(claim)
        links[claim.id] = month | {"start_day": start, "end_day": end, "item": claim.item, "span": span_of(claim)}
    return links


def span_of(claim: model.Claim) -> str | None:
    """OPEN, END_ONLY, the month the claim's time ends in, or None when it has no time."""
    start, end = claim_days(claim)
    if start and end:
        return end[:7]
    return OPEN if start else END_ONLY if end else None


def overlaps(month: str, span: str, since: str, until: str) -> bool | None:
    """Whether the claims of a span month overlap the period from `since` to `until` (days; '' for no bound),
    as the filters decide (`cypher.FLOW_CONDITIONS`): all of them (True), none (False), or some (None: to
    read them one by one)."""
    answers = [_since(month, span, since) if since else True, _until(month, span, until) if until else True]
    return False if False in answers else None if None in answers else True


def _since(month: str, span: str, since: str) -> bool | None:
    """An end on or after `since` (or none: still going on)."""
    if span == OPEN:
        return True
    return _ends_since(month if span == END_ONLY else span, since)


def _until(month: str, span: str, until: str) -> bool | None:
    """A start on or before `until` (or none, with an end)."""
    if span == END_ONLY:
        return True
    return _starts_until(month, until)


# A period's request classifies every span month (thousands) against the same bound: a few hundred months.
@lru_cache(maxsize=4096)
def _ends_since(end: str, since: str) -> bool | None:
    return True if first_day(end) >= since else False if last_day(end) < since else None


@lru_cache(maxsize=4096)
def _starts_until(month: str, until: str) -> bool | None:
    return True if last_day(month) <= until else False if first_day(month) > until else None


def month_overlaps(cells: Iterable[tuple[str, bool | None]]) -> dict[str, bool | None]:
    """Whether all (True), none (False) or some (None) of each month's claims overlap a period, from its span
    months' (month, `overlaps`) pairs: a month without any has no dated claim, and none overlaps."""
    found: dict[str, bool | None] = {}
    for month, overlapping in cells:
        found[month] = overlapping if found.get(month, overlapping) == overlapping else None
    return found


def facet_row(facet: str, value: str, link: Row) -> Row:
    """The link of a claim (a row of `link_rows`) to its month of one facet value."""
    facet_month = facet_id(facet, value, link["month"])
    carried = ("claim_id", "month", "day", "supplier", "recipient", "start_day", "end_day", "item")
    return {
        "id": link_id(link["claim_id"], facet_month),
        "facet_month": facet_month,
        "facet": facet,
        "value": value,
        **{name: link[name] for name in carried},
        "pairs": pairs.pairs_of(facet, value, link),
    }


def link_origins(tx: Tx, claims: list[model.Claim], sources: list[str]) -> None:
    """The transfer claims of a batch, with all their statements written (those of the articles `sources`
    new), in the months of 2, 3, ... n origins (`cypher.ORIGIN`) where they have n, and of each modality's
    2, 3, ... n where its statements cite n: the values the new statements added (those up to the count
    the claim had before them were linked when it reached it)."""
    links = link_rows(claims)
    if not links:
        return
    found = tx.run(cypher.CLAIM_ORIGINS, {"ids": sorted(links), "sources": sorted(sources)})
    link_facets(tx, [facet_row(facet, value, links[claim]) for claim, facet, value in origin_values(found)])


def origin_values(found: Iterable[Row]) -> list[tuple[str, str, str]]:
    """(claim, facet, value) for each origins facet value the claims of `found` (rows of
    `cypher.CLAIM_ORIGINS`) reach with their new statements: "2" ... "n" of min_origins, "reported:2" ... of
    modality_origins, above the count of their other statements."""
    counted: dict[tuple[str, str, str], tuple[set[str], set[str]]] = defaultdict(lambda: (set(), set()))
    for row in found:
        for facet, key in (("min_origins", ""), ("modality_origins", row["modality"])):
            every, before = counted[row["id"], facet, key]
            every.add(row["origin"])
            if not row["new"]:
                before.add(row["origin"])
    values = []
    for (claim, facet, modality), (every, before) in counted.items():
        for n in range(max(2, len(before) + 1), len(every) + 1):
            values.append((claim, facet, modality_origins(modality, n) if modality else str(n)))
    return sorted(values)


def modality_origins(modality: str, n: int) -> str:
    """The value of the facet of claims with at least `n` origins among their statements of one modality."""
    return f"{modality}:{n}"


def link_facets(tx: Tx, rows: list[Row]) -> None:
    """The transfer claims of a batch in their months of their items, spans and modalities (`facet_rows`, one
    per link), and those new to a month counted there and in their pair months (graph/store/pairs.py)."""
    if rows:
        pairs.count_new(tx, tx.run(cypher.UPSERT_FACET_MONTHS, {"rows": rows}))


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
