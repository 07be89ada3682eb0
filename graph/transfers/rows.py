"""A page's rows completed: each transfer with its statements and their sources, its sides' names; and the
window of periods (years or months) that holds a page."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from graph.model import first_day, last_day
from graph.reads import CitedSource, Statement, Transfer
from graph.store import cypher
from graph.store.base import Row, Tx


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


def actor(tx: Tx, entity_id: str) -> list[tuple[str, Any]]:
    """An entity's columns in a transfer row: _id, (name) and _kind."""
    rows = tx.run(cypher.ENTITY, {"id": entity_id})
    name, kind = (rows[0]["name"], rows[0]["kind"]) if rows else (entity_id, None)
    return [("_id", entity_id), ("", name), ("_kind", kind)]


def other_sides(tx: Tx, relationship: str, ids: list[str]) -> dict[str, str]:
    """The entity in the role `relationship` of each claim: an index lookup each, or one statement for them
    all where the store batches lookups."""
    if tx.batches_lookups:
        found = tx.run(cypher.other_sides(relationship), {"ids": ids})
    else:
        found = [row for claim_id in ids for row in tx.run(cypher.other_side(relationship), {"id": claim_id})]
    return {row["id"]: row["entity"] for row in found}


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
