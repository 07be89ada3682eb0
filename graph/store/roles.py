"""Roles: a claim's link to each entity filling one of its roles (SUPPLIER, PARTY, ...), carrying the
claim's day as a flow's link does, and an entity's claims in each role counted by month (RoleMonth), so
that its newest claims in a role are read from its newest months only, and its timeline is a few rows.

    link_roles(tx, claims)       the writer's role links, each new one counted in its entity's month
    count_roles(tx)              every entity's months counted from its links (older stores, bulk loads)
"""

from __future__ import annotations

from collections.abc import Iterable

from graph import model
from graph.ids import link_id
from graph.ontology import ontology
from graph.store import cypher
from graph.store.base import Row, Tx
from graph.store.flows import claim_day
from graph.store.schema import role_relationships


def role_rows(claims: Iterable[model.Claim]) -> dict[str, list[Row]]:
    """Each role relationship type's links, one row per claim and entity, with the claim's day."""
    by_relationship: dict[str, dict[str, Row]] = {}
    for claim in claims:
        spec = ontology().claims[claim.kind]
        day = claim_day(claim)
        for role, ids in claim.roles.items():
            rows = by_relationship.setdefault(spec.roles[role].relationship, {})
            for entity in ids:
                row = {"id": link_id(claim.id, entity), "claim_id": claim.id, "entity_id": entity, "day": day}
                rows.setdefault(row["id"], row)  # a MERGE batch must not name the same link twice
    return {rel: list(rows.values()) for rel, rows in sorted(by_relationship.items())}


def link_roles(tx: Tx, claims: list[model.Claim]) -> None:
    """Link the claims to the entities in their roles (after both are written), and count the links this
    batch created in their entities' months (a claim stated again is linked already)."""
    created = []
    for relationship, rows in role_rows(claims).items():
        new = tx.run(cypher.upsert_role(relationship), {"rows": rows})
        created += [{**row, "relationship": relationship} for row in new]
    if created:
        tx.run(cypher.ADD_TO_ROLE_MONTHS, {"rows": month_rows(created)})


def month_rows(counted: list[Row]) -> list[Row]:
    """RoleMonth rows (id, entity, relationship, month, n) from counts of links, in a stable order."""
    totals: dict[tuple[str, str, str], int] = {}
    for row in counted:
        key = (row["entity"], row["relationship"], row["month"])
        totals[key] = totals.get(key, 0) + row["n"]
    return [
        {"id": month_id(*key), "entity": key[0], "relationship": key[1], "month": key[2], "n": n}
        for key, n in sorted(totals.items())
    ]


def month_id(entity: str, relationship: str, month: str) -> str:
    return cypher.MONTH_SEPARATOR.join((entity, relationship, month))


def count_roles(tx: Tx) -> None:
    """Every entity's months counted from all its role links, in a store that has none yet (bulk-loaded,
    or written by an older osintkg, whose links are given their claims' day first)."""
    if tx.run(cypher.HAS_ROLE_MONTHS)[0]["has"]:
        return
    counted = []
    for relationship in role_relationships():
        tx.run(cypher.date_role_links(relationship))
        counted += [{**row, "relationship": relationship} for row in tx.run(cypher.role_months_of_all(relationship))]
    rows = month_rows(counted)
    for start in range(0, len(rows), MONTH_ROWS_PER_STATEMENT):
        part = {"rows": rows[start : start + MONTH_ROWS_PER_STATEMENT]}
        tx.run(cypher.CREATE_ROLE_MONTHS, part)
        tx.run(cypher.LINK_ROLE_MONTHS, part)


MONTH_ROWS_PER_STATEMENT = 10_000
