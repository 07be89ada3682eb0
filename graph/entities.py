"""Entities: found by any of their names, in either language, and seen through the claims they take
part in (by role) and a month-by-month timeline of their transfers."""

from __future__ import annotations

from typing import Any

from graph.errors import NotFoundError
from graph.ids import normalize_name
from graph.ontology import ontology
from graph.store import Store, cypher
from graph.store.base import Row, Tx


def search_entities(store: Store, query: str, *, kind: str = "", limit: int = 20) -> list[Row]:
    """Entities one of whose names contains the words of `query` (case, accents and punctuation aside)."""
    norm = normalize_name(query)
    params = {"q": norm, "id": query.strip(), "kind": kind, "limit": limit}
    rows = store.view().read(cypher.ENTITY_SEARCH, params)
    # Exact names first, then shorter names (closer matches), then ids.
    return sorted(rows, key=lambda r: (not _exact(r, norm), len(r["name"]), r["id"]))


def _exact(row: Row, norm: str) -> bool:
    return normalize_name(row["name"]) == norm or any(normalize_name(a) == norm for a in row["aliases"])


def describe_entity(store: Store, entity_id: str, *, claim_limit: int = 200) -> dict[str, Any]:
    """An entity, its aliases by language, its claims by role, and its transfers month by month."""

    def work(tx: Tx) -> dict[str, Any]:
        rows = tx.run(cypher.ENTITY, {"id": entity_id})
        if not rows:
            raise NotFoundError(f"no entity {entity_id!r}")
        months = {rel: tx.run(cypher.entity_timeline(rel), {"id": entity_id}) for rel in cypher.FLOW_SIDES}
        aliases: dict[str, list[str]] = {}
        for row in tx.run(cypher.ENTITY_ALIAS_LIST, {"id": entity_id}):
            aliases.setdefault(row["lang"] or "any", []).append(row["text"])
        return {
            **rows[0],
            "aliases": aliases,
            "claims": _by_role(claims_by_role(tx, entity_id, claim_limit, months)),
            "timeline": _timeline([row for rows in months.values() for row in rows]),
        }

    return store.run_in_transaction(work)


def claims_by_role(tx: Tx, entity_id: str, limit: int, months: dict[str, list[Row]]) -> list[Row]:
    """The newest `limit` claims of each relationship type the entity takes part in; a transfer role
    is read through the entity's flows, from the newest months that hold `limit` claims."""
    rows = []
    for relationship in sorted(ontology().relationships()):
        params = {"id": entity_id, "limit": limit}
        if relationship in cypher.FLOW_SIDES:
            params["from_day"] = first_month_needed(months[relationship], limit)
            rows += tx.run(cypher.entity_transfers(relationship), params)
        else:
            rows += tx.run(cypher.entity_claims(relationship), params)
    return rows


def first_month_needed(months: list[Row], limit: int) -> str:
    """The first day of the oldest month among the newest ones that hold `limit` claims ('' when the
    dated claims are not enough, so that the undated ones come too)."""
    held = 0
    for row in sorted(months, key=lambda r: r["month"], reverse=True):
        held += row["n"]
        if held >= limit:
            return f"{row['month']}-01"
    return ""


def _by_role(rows: list[Row]) -> dict[str, list[Row]]:
    roles: dict[str, list[Row]] = {}
    for row in rows:
        kind = row["kind"]
        role = ontology().role_of(kind, row.pop("relationship"))
        roles.setdefault(f"{kind}.{role}", []).append(row)
    return roles


def _timeline(rows: list[Row]) -> list[Row]:
    months: dict[str, Row] = {}
    for row in rows:
        month = months.setdefault(row["month"], {"month": row["month"], "supplied": 0, "received": 0})
        month["supplied" if row["relationship"] == "SUPPLIER" else "received"] += row["n"]
    return [months[m] for m in sorted(months)]
