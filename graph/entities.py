"""Entities: found by any of their names, in either language, and seen through the claims they take
part in (by role) and a month-by-month timeline of their transfers."""

from __future__ import annotations

from graph.errors import NotFoundError
from graph.ids import normalize_name
from graph.ontology import ontology
from graph.reads import ClaimRef, EntityHit, EntityRead, Month
from graph.store import cypher
from graph.store.base import Row, Tx


def search_entities(tx: Tx, query: str, kind: str, limit: int) -> list[EntityHit]:
    """Entities one of whose names contains the words of `query` (case, accents and punctuation aside)
    (`View.search`)."""
    norm = normalize_name(query)
    params = {"q": norm, "id": query.strip(), "kind": kind, "limit": limit}
    hits = [EntityHit.from_row(row) for row in tx.run(cypher.ENTITY_SEARCH, params)]
    # Exact names first, then shorter names (closer matches), then ids.
    return sorted(hits, key=lambda hit: (not _exact(hit, norm), len(hit.name), hit.id))


def _exact(hit: EntityHit, norm: str) -> bool:
    return normalize_name(hit.name) == norm or any(normalize_name(a) == norm for a in hit.aliases)


def describe_entity(tx: Tx, entity_id: str, claim_limit: int) -> EntityRead:
    """An entity, its aliases by language, its claims by role, and its transfers month by month
    (`View.entity`)."""
    rows = tx.run(cypher.ENTITY, {"id": entity_id})
    if not rows:
        raise NotFoundError(f"no entity {entity_id!r}")
    months: dict[str, list[Row]] = {}
    for row in tx.run(cypher.ROLE_MONTHS, {"id": entity_id}):
        months.setdefault(row["relationship"], []).append(row)
    aliases: dict[str, list[str]] = {}
    for row in tx.run(cypher.ENTITY_ALIAS_LIST, {"id": entity_id}):
        aliases.setdefault(row["lang"] or "any", []).append(row["text"])
    return EntityRead(
        id=rows[0]["id"],
        kind=rows[0]["kind"],
        name=rows[0]["name"],
        aliases=aliases,
        claims=_by_role(claims_by_role(tx, entity_id, claim_limit, months)),
        timeline=_timeline(months),
    )


def claims_by_role(tx: Tx, entity_id: str, limit: int, months: dict[str, list[Row]]) -> list[Row]:
    """The newest `limit` claims of each relationship type the entity takes part in (those its months
    count), read from the newest months that hold `limit` of them."""
    rows = []
    for relationship in sorted(months):
        params = {"id": entity_id, "limit": limit, "from_day": first_month_needed(months[relationship], limit)}
        rows += tx.run(cypher.entity_claims(relationship), params)
    return rows


def first_month_needed(months: list[Row], limit: int) -> str:
    """The first day of the oldest month among the newest ones that hold `limit` claims ('' when the
    dated claims are not enough, so that the undated ones, month '', come too)."""
    held = 0
    for row in sorted(months, key=lambda r: r["month"], reverse=True):
        held += row["claims"]
        if held >= limit and row["month"]:
            return f"{row['month']}-01"
    return ""


def _by_role(rows: list[Row]) -> dict[str, list[ClaimRef]]:
    roles: dict[str, list[ClaimRef]] = {}
    for row in rows:
        kind = row["kind"]
        role = ontology().role_of(kind, row["relationship"])
        roles.setdefault(f"{kind}.{role}", []).append(ClaimRef.from_row(row))
    return roles


def _timeline(months: dict[str, list[Row]]) -> list[Month]:
    """Dated transfers by month as supplier and as recipient."""
    counts: dict[str, dict[str, int]] = {}
    for relationship, column in TIMELINE.items():
        for row in months.get(relationship, []):
            if row["month"]:
                counts.setdefault(row["month"], dict.fromkeys(TIMELINE.values(), 0))[column] = row["claims"]
    return [Month(month, **n) for month, n in sorted(counts.items())]


TIMELINE = {"SUPPLIER": "supplied", "RECIPIENT": "received"}  # relationship -> Month's count
