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
        aliases: dict[str, list[str]] = {}
        for row in tx.run(cypher.ENTITY_ALIAS_LIST, {"id": entity_id}):
            aliases.setdefault(row["lang"] or "any", []).append(row["text"])
        return {
            **rows[0],
            "aliases": aliases,
            "claims": _by_role(tx.run(cypher.ENTITY_ROLES, {"id": entity_id, "limit": claim_limit})),
            "timeline": _timeline(tx.run(cypher.ENTITY_TIMELINE, {"id": entity_id})),
        }

    return store.run_in_transaction(work)


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
