"""Who supplied what to whom, when, on whose evidence: transfer claims filtered, sorted and paged,
each with every statement of it and the sources those statements cite."""

from __future__ import annotations

import sys
from dataclasses import asdict, dataclass
from typing import Any, NamedTuple

from graph.ids import flow_id
from graph.model import first_day, last_day
from graph.ontology import ontology
from graph.reads import CitedSource, Statement, Transfer, TransferPage
from graph.store import cypher, facets, pairs
from graph.store.base import Row, Tx

ALONE = {"item", "modality", "min_origins"}  # filters read alone from their facet months (graph/store/facets.py)
PERIOD = {"since", "until"}
WITH_PERIOD = set(pairs.WITH_PERIOD)  # filters whose claims in a period are counted by pair months
ACTORS = set(pairs.ACTORS)  # each counted with an item and with a modality by pair months


@dataclass(frozen=True)
class TransferFilter:
    """What to keep; an empty value keeps everything. Dates are ISO days; entities are ids."""

    supplier: str = ""
    recipient: str = ""
    item: str = ""
    since: str = ""
    until: str = ""
    modality: str = ""
    min_origins: int = 0

    def params(self) -> dict[str, Any]:
        return asdict(self)

    def chosen(self) -> set[str]:
        """The filters set (`min_origins` of 0 or 1 keeps every claim: not a filter)."""
        return {name for name, value in self.params().items() if value and (name != "min_origins" or value > 1)}


def named_sources(cited: list[Row]) -> dict[str, list[CitedSource]]:
    """The named sources of each statement (rows of cypher.CLAIM_CITATIONS), by name."""
    named: dict[str, list[CitedSource]] = {}
    for row in sorted(cited, key=lambda row: (row["evidence_id"], row["name"] or "")):
        named.setdefault(row["evidence_id"], []).append(CitedSource.from_row(row))
    return named


def statements_by_claim(evidence: list[Row], cited: list[Row]) -> dict[str, list[Statement]]:
    """Each claim's statements (rows of cypher.CLAIM_STATEMENTS) in `Statement.order`, with the sources
    each cites."""
    named = named_sources(cited)
    statements = [(row["claim_id"], Statement.from_row(row, named.get(row["evidence_id"], []))) for row in evidence]
    by_claim: dict[str, list[Statement]] = {}
    for claim_id, statement in sorted(statements, key=lambda pair: pair[1].order()):
        by_claim.setdefault(claim_id, []).append(statement)
    return by_claim


def with_evidence(tx: Tx, claims: list[Row]) -> list[Transfer]:
    """The transfers of the rows with their statements: two index lookups per claim, or two statements
    for them all where the store batches lookups."""
    ids = list(dict.fromkeys(c["id"] for c in claims))
    if tx.batches_lookups:
        evidence = tx.run(cypher.CLAIMS_STATEMENTS, {"ids": ids})
        cited = tx.run(cypher.CLAIMS_CITATIONS, {"ids": ids})
    else:
        evidence = [row for claim_id in ids for row in tx.run(cypher.CLAIM_STATEMENTS, {"id": claim_id})]
        cited = [row for claim_id in ids for row in tx.run(cypher.CLAIM_CITATIONS, {"id": claim_id})]
    by_claim = statements_by_claim(evidence, cited)
    return [Transfer.from_row(claim, by_claim.get(claim["id"], [])) for claim in claims]


def transfer_page(tx: Tx, wanted: TransferFilter, limit: int, offset: int) -> TransferPage:
    """One page of the transfers `wanted`, newest first, with the total count (`View.transfers_page`)."""
    chosen = wanted.chosen()
    if not chosen:
        return newest_page(tx, limit, offset)
    if chosen in ({"supplier"}, {"recipient"}):
        return actor_page(tx, wanted, limit, offset)
    if len(chosen) == 1 and chosen <= ALONE:
        return facet_page(tx, wanted, limit, offset)
    if chosen <= PERIOD or (chosen & PERIOD and len(chosen - PERIOD) == 1 and chosen - PERIOD <= WITH_PERIOD):
        return period_page(tx, wanted, limit, offset)  # of all, or of one item, modality or side
    if chosen == {"item", "modality"}:
        return item_modality_page(tx, wanted, limit, offset)
    if len(chosen & ACTORS) == 1 and len(chosen - ACTORS) == 1 and chosen - ACTORS <= {"item", "modality"}:
        return actor_pair_page(tx, wanted, limit, offset)
    if {"min_origins", "modality"} <= chosen:
        return general_page(tx, wanted, limit, offset)  # origins counted among the statements of one modality
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


# --- between two actors: through their flow, a year at a time ------------------------------------


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


# --- no filter, one facet (item, modality, origins) or one supplier or recipient: a month at a time ---


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
    if wanted.chosen() - PERIOD:
        return paired_period_page(tx, wanted, limit, offset)
    cells = [cell for cell in _span_cells(tx, wanted) if cell.overlapping is not False]
    per_month: dict[str, int] = {}
    for cell in cells:
        if cell.overlapping:
            per_month[cell.month] = per_month.get(cell.month, 0) + cell.n
    some = sorted(cell.id for cell in cells if cell.overlapping is None)
    for row in tx.run(cypher.facet_link_counts(wanted.chosen()), {**wanted.params(), "ids": some}) if some else []:
        per_month[row["month"]] = per_month.get(row["month"], 0) + row["n"]
    read = [(cell.id, cell.month) for cell in cells]
    return cells_page(tx, per_month, read, wanted.chosen(), wanted.params(), limit, offset)


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
    rows = tx.run(cypher.FACET_MONTHS, {"facet": "item", "value": wanted.item})
    months = {row["period"]: facets.facet_id("item", wanted.item, row["period"]) for row in rows}
    counted = pairs.months_of(tx, pairs.pair_key("modality", wanted.modality, "item"), wanted.item)
    per_month = {month: n for (month, _), n in counted.items()}
    read = [(cell, month) for month, cell in months.items()]
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
    if window and _flows_cost(tx, wanted) < sum(n for m, n in in_month.items() if window.oldest <= m <= window.newest):
        return combined_page(tx, wanted, limit, offset)  # a rare actor's flows: fewer links than the months
    read = [(facets.facet_id(facet, value, month), month) for month in per_month]
    return cells_page(tx, per_month, read, {side}, wanted.params(), limit, offset)


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


def combined_page(tx: Tx, wanted: TransferFilter, limit: int, offset: int) -> TransferPage:
    """Several filters, not a modality beside a least number of origins: the links of the facet the filters
    name that costs least to read (an item's months, a modality's, a number of origins', a period's span
    months), read with the other filters, counted by month, then only the months that hold the page; or,
    where the flows of the actor or pair named cost less, those (`flow_page`). Beside a period alone, a
    facet's months all of whose claims overlap it count whole, and those none of whose do are left out."""
    chosen = wanted.chosen()
    named = {"min_origins"} if "min_origins" in chosen else chosen & ALONE  # origins only as a source
    cells = _span_cells(tx, wanted) if wanted.since or wanted.until else []
    sources = [_facet_months(tx, facet, str(getattr(wanted, facet)), cells, chosen) for facet in sorted(named)]
    if cells and "min_origins" not in chosen:
        sources.append(Source("period", [], [(c.id, c.month, c.n) for c in cells if c.overlapping is not False]))
    source = min(sources, key=lambda found: _cost(found, chosen))
    if "min_origins" not in chosen and _flows_cost(tx, wanted) < _cost(source, chosen):
        return flow_page(tx, wanted, limit, offset)
    conditions = chosen - {source.facet}  # a period's own: its span months hold some claims outside it
    per_month = {month: n for _, month, n in source.whole}
    if source.read:
        params = {**wanted.params(), "ids": sorted(cell for cell, _, _ in source.read)}
        per_month |= {row["month"]: row["n"] for row in tx.run(cypher.facet_link_counts(conditions), params)}
    read = [(cell, month) for cell, month, _ in [*source.whole, *source.read]]
    return cells_page(tx, per_month, read, conditions, wanted.params(), limit, offset)


@dataclass(frozen=True)
class Source:
    """The months of a facet value to read a page of several filters from: (id, month, claims) each, those
    that count whole (all their claims meet the other filters) and those to read claim by claim."""

    facet: str
    whole: list[tuple[str, str, int]]
    read: list[tuple[str, str, int]]


MODALITY_COST = 10  # reading a claim's statements for their modality, against reading its link (measured ~10x)


def _cost(source: Source, chosen: set[str]) -> int:
    """What reading a source's links with the other filters costs: its claims to read, each read for its
    modality when the modality is a filter and not the source."""
    claims = sum(n for _, _, n in source.read)
    return claims * (MODALITY_COST if "modality" in chosen and source.facet != "modality" else 1)


def _flows_cost(tx: Tx, wanted: TransferFilter) -> int:
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


def _facet_months(tx: Tx, facet: str, value: str, cells: list[SpanCell], chosen: set[str]) -> Source:
    """A facet value's months. Where the only other filter is a period, those all of whose claims overlap it
    (`facets.month_overlaps` of its span months `cells`) count whole, and those none of whose do are left out."""
    rows = tx.run(cypher.FACET_MONTHS, {"facet": facet, "value": value})
    months = [(facets.facet_id(facet, value, row["period"]), row["period"], row["n"]) for row in rows]
    if not cells or chosen - {facet, *PERIOD}:
        return Source(facet, [], months)
    overlapping = facets.month_overlaps((cell.month, cell.overlapping) for cell in cells)
    whole = [cell for cell in months if overlapping.get(cell[1], False) is True]
    return Source(facet, whole, [cell for cell in months if overlapping.get(cell[1], False) is None])


class SpanCell(NamedTuple):
    """A span month (graph/store/facets.py) and whether all (True), none (False) or some (None) of its claims
    overlap the period wanted (`facets.overlaps`)."""

    id: str
    month: str
    span: str
    n: int
    overlapping: bool | None


def _span_cells(tx: Tx, wanted: TransferFilter) -> list[SpanCell]:
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


def other_sides(tx: Tx, relationship: str, ids: list[str]) -> dict[str, str]:
    """The entity in the role `relationship` of each claim: an index lookup each, or one statement for them
    all where the store batches lookups."""
    if tx.batches_lookups:
        found = tx.run(cypher.other_sides(relationship), {"ids": ids})
    else:
        found = [row for claim_id in ids for row in tx.run(cypher.other_side(relationship), {"id": claim_id})]
    return {row["id"]: row["entity"] for row in found}


def flow_selection(wanted: TransferFilter) -> str:
    return "pair" if wanted.supplier and wanted.recipient else "supplier" if wanted.supplier else "recipient"


def with_actors(tx: Tx, rows: list[Row]) -> list[Row]:
    """Each row with its supplier's and recipient's name and kind, each entity looked up once."""
    ids = {row[f"{role}_id"] for row in rows for role in ("supplier", "recipient")}
    found = {entity_id: actor(tx, entity_id) for entity_id in sorted(ids)}
    return [
        {
            **row,
            **{
                f"{role}{suffix}": value
                for role in ("supplier", "recipient")
                for suffix, value in found[row[f"{role}_id"]]
            },
        }
        for row in rows
    ]


@dataclass(frozen=True)
class PageWindow:
    newest: str  # the periods (years or months, '' for undated) that hold the page
    oldest: str
    skip: int  # claims of the window's periods that come before the page

    @property
    def from_day(self) -> str:
        return first_day(self.oldest) if self.oldest else ""

    @property
    def to_day(self) -> str:
        return last_day(self.newest) if self.newest else ""


def page_window(per_period: dict[str, int], offset: int, limit: int) -> PageWindow | None:
    """The periods (years or months) holding claims offset..offset+limit, newest first and undated ('')
    last."""
    seen, skip, chosen = 0, 0, list[str]()
    for period in sorted(per_period, reverse=True):
        if seen + per_period[period] > offset and seen < offset + limit:
            skip = skip if chosen else offset - seen
            chosen.append(period)
        seen += per_period[period]
    if not chosen:
        return None
    return PageWindow(chosen[0], chosen[-1], skip)


def actor(tx: Tx, entity_id: str) -> list[tuple[str, Any]]:
    """An entity's columns in a transfer row: _id, (name) and _kind."""
    rows = tx.run(cypher.ENTITY, {"id": entity_id})
    name, kind = (rows[0]["name"], rows[0]["kind"]) if rows else (entity_id, None)
    return [("_id", entity_id), ("", name), ("_kind", kind)]
