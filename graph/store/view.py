"""Reading the graph: the domain reads as typed models (`graph.reads`), counts, one article's claims with
their evidence, and an analyst's read-only Cypher.

    view = store.view()
    view.transfers_page(TransferFilter(supplier="KP"), limit=50)   # who supplied what to whom
    view.audit("claim:...")                                        # a claim's provenance, re-checked
    view.entity("KP"), view.search("Moscou")
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from graph import audit, entities, transfers
from graph.errors import QueryError
from graph.reads import Audit, EntityHit, EntityRead, StoredClaim, TransferPage
from graph.store import cypher
from graph.store.base import Row, Tx
from graph.store.guard import read_only_statement
from graph.store.schema import NODE_PROPERTIES
from graph.transfers import TransferFilter

if TYPE_CHECKING:
    from graph.store.base import Store


class QueryResult(dict[str, Any]):
    """Columns, rows (as lists) and whether the row limit cut the result."""


class View:
    def __init__(self, store: Store) -> None:
        self.store = store

    def read(self, statement: str, params: dict[str, Any] | None = None) -> list[Row]:
        return self.store.run_in_transaction(lambda tx: tx.run(statement, params))

    def transfers_page(self, wanted: TransferFilter | None = None, *, limit: int = 50, offset: int = 0) -> TransferPage:
        """One page of the transfers `wanted`, newest first, with the total count."""
        wanted = wanted or TransferFilter()
        return self.store.run_in_transaction(lambda tx: transfers.transfer_page(tx, wanted, limit, offset))

    def claim(self, claim_id: str) -> StoredClaim:
        return self.store.run_in_transaction(lambda tx: audit.stored_claim(tx, claim_id))

    def audit(self, claim_id: str) -> Audit:
        """Everything an auditor needs to check one claim."""
        return self.store.run_in_transaction(lambda tx: audit.audit_claim(tx, claim_id))

    def entity(self, entity_id: str, *, claim_limit: int = 200) -> EntityRead:
        return self.store.run_in_transaction(lambda tx: entities.describe_entity(tx, entity_id, claim_limit))

    def search(self, query: str, *, kind: str = "", limit: int = 20) -> list[EntityHit]:
        return self.store.run_in_transaction(lambda tx: entities.search_entities(tx, query, kind, limit))

    def has_entity(self, entity_id: str) -> bool:
        return bool(self.read(cypher.ENTITY, {"id": entity_id}))

    def entities_named(self, norm: str, *, entity_id: str = "") -> set[str]:
        """Ids of the entities one of whose names is `norm` once normalised (graph.ids.normalize_name),
        or whose id is `entity_id`."""
        return {row["id"] for row in self.read(cypher.ENTITY_BY_NAME, {"norm": norm, "id": entity_id})}

    def flows_around(self, entity_id: str, *, busiest: int | None = None) -> tuple[list[Row], int]:
        """The supplier-recipient flows the entity is a side of, the busiest first (then by supplier and
        recipient), the first `busiest` of them (all when None), with their transfer claims and the sides'
        names: `supplier`, `recipient`, `claims`, `names` (id -> name); and how many flows it has."""

        def work(tx: Tx) -> tuple[list[Row], int]:
            if busiest is None:
                chosen = tx.run(cypher.FLOWS_AROUND, {"id": entity_id})
                total = len(chosen)
            else:
                chosen = tx.run(cypher.BUSIEST_FLOWS_AROUND, {"id": entity_id, "limit": busiest})
                total = tx.run(cypher.COUNT_FLOWS_AROUND, {"id": entity_id})[0]["n"]
            ids = sorted({f["supplier"] for f in chosen} | {f["recipient"] for f in chosen})
            names = {r["id"]: r["name"] for r in tx.run(cypher.ENTITIES_BY_ID, {"ids": ids})}
            return [{**flow, "names": names} for flow in chosen], total

        return self.store.run_in_transaction(work)

    def source_fingerprint(self, source_id: str) -> str | None:
        rows = self.read(cypher.SOURCE_FINGERPRINT, {"id": source_id})
        return rows[0]["sha256"] if rows else None

    def stats(self) -> dict[str, Any]:
        def work(tx: Tx) -> dict[str, Any]:
            counts = {label: tx.run(cypher.COUNT_LABEL.format(label=label))[0]["n"] for label in NODE_PROPERTIES}
            kinds = tx.run(cypher.CLAIMS_BY_KIND)
            return {
                "store": self.store.dialect,
                "location": self.store.location,
                "nodes": counts,
                "claims_by_kind": {r["kind"]: r["n"] for r in kinds},
            }

        return self.store.run_in_transaction(work)

    def sources(self) -> list[Row]:
        return self.read(cypher.SOURCES)

    def evidence_counts(self) -> dict[str, int]:
        """Evidence actually stored per source (a whole article has as many as its `evidence_count`)."""
        return {r["id"]: r["n"] for r in self.read(cypher.EVIDENCE_PER_SOURCE)}

    def article(self, source_id: str) -> dict[str, Any]:
        """One article's mentions and evidence, each evidence row with its claim, roles and attributions."""

        def work(tx: Tx) -> dict[str, Any]:
            evidence = tx.run(cypher.SOURCE_EVIDENCE, {"id": source_id})
            claim_ids = sorted({r["claim_id"] for r in evidence})
            mentions = tx.run(cypher.SOURCE_MENTIONS, {"id": source_id})
            entity_ids = sorted({m["id"] for m in mentions})
            return {
                "mentions": mentions,
                "evidence": evidence,
                "roles": tx.run(cypher.CLAIM_ROLES, {"ids": claim_ids}),
                "attributions": tx.run(cypher.EVIDENCE_ATTRIBUTIONS, {"ids": [r["evidence_id"] for r in evidence]}),
                "aliases": tx.run(cypher.ENTITY_ALIASES, {"ids": entity_ids}),
            }

        return self.store.run_in_transaction(work)

    def query(
        self,
        statement: str,
        params: dict[str, Any] | None = None,
        *,
        limit: int = 1000,
        timeout_ms: int | None = 10_000,
        max_bytes: int | None = None,
    ) -> QueryResult:
        """Run an analyst's Cypher read-only, apart from the API's reads, with a row limit, a time
        limit and a size limit (`max_bytes` of rows as JSON: the rows past it are cut, like those past
        the row limit)."""
        statement = read_only_statement(statement)  # what runs is what the guard read
        self.store.check_query(statement, params or {})
        try:
            rows = self.store.run_analyst_query(
                lambda tx: tx.run(statement, params, limit=limit + 1), timeout_ms=timeout_ms
            )
        except (RuntimeError, ValueError, TypeError, OverflowError) as error:
            # Whatever the engine refuses in an analyst's query is the query's fault: say what it was.
            message = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
            raise QueryError(message.removeprefix("Runtime exception: ")) from None
        columns = list(rows[0]) if rows else []
        kept = within_bytes([list(r.values()) for r in rows[:limit]], max_bytes)
        return QueryResult(columns=columns, rows=kept, truncated=len(rows) > len(kept))


def within_bytes(rows: list[list[Any]], max_bytes: int | None) -> list[list[Any]]:
    """The first rows whose JSON fits in `max_bytes`; a first row alone over it is refused."""
    if max_bytes is None:
        return rows
    size = 0
    for count, row in enumerate(rows):
        size += len(json.dumps(row, ensure_ascii=False, default=str).encode()) + 1
        if size > max_bytes:
            if count == 0:
                raise QueryError(f"one row of the result is over the response limit of {max_bytes} bytes: return less")
            return rows[:count]
    return rows
