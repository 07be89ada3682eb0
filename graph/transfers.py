"""Who supplied what to whom, when, on whose evidence: transfer claims filtered, sorted and paged,
each with every statement of it and the sources those statements cite."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from graph.store import Store, cypher
from graph.store.base import Row, Tx


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


@dataclass
class TransferPage:
    items: list[Row]
    total: int
    limit: int
    offset: int


def attach_evidence(claims: list[Row], evidence: list[Row], cited: list[Row]) -> list[Row]:
    """Nest each claim's evidence under it, and each evidence's named and unnamed sources under that."""
    named: dict[str, list[Row]] = {}
    for row in cited:
        named.setdefault(row["evidence_id"], []).append(
            {"name": row["name"], "named": True, "entity_id": row["entity_id"]}
        )
    by_claim: dict[str, list[Row]] = {}
    for row in evidence:
        sources = named.get(row["evidence_id"], [])
        sources += [{"name": n, "named": False, "entity_id": None} for n in row["unnamed_sources"] or []]
        by_claim.setdefault(row["claim_id"], []).append({**row, "attributed_to": sources})
    return [{**claim, "evidence": by_claim.get(claim["id"], [])} for claim in claims]


def origins_of(evidence: list[Row]) -> set[str]:
    """Independent origins: the named sources the statements cite, else the outlets that published them
    (five articles that all cite NK News are one origin)."""
    found: set[str] = set()
    for ev in evidence:
        cited = [s["entity_id"] for s in ev["attributed_to"] if s["named"]]
        found |= set(cited) if cited else {"outlet:" + (ev["publisher"] or ev["source_id"])}
    return found


def with_evidence(tx: Tx, claims: list[Row]) -> list[Row]:
    evidence = tx.run(cypher.CLAIM_EVIDENCE, {"ids": [c["id"] for c in claims]})
    cited = tx.run(cypher.EVIDENCE_ATTRIBUTIONS, {"ids": [e["evidence_id"] for e in evidence]})
    found = attach_evidence(claims, evidence, cited)
    for claim in found:
        claim["origins"] = sorted(origins_of(claim["evidence"]))
    return found


def transfer_page(store: Store, wanted: TransferFilter, *, limit: int = 50, offset: int = 0) -> TransferPage:
    """One page of the transfers `wanted`, newest first, with the total count."""
    params = {**wanted.params(), "limit": limit, "offset": offset}
    by_origins = wanted.min_origins > 1
    page_query = cypher.TRANSFER_PAGE_BY_ORIGINS if by_origins else cypher.TRANSFER_PAGE
    count_query = cypher.TRANSFER_COUNT_BY_ORIGINS if by_origins else cypher.TRANSFER_COUNT

    def work(tx: Tx) -> TransferPage:
        total = tx.run(count_query, params)[0]["n"]
        if offset >= total:  # nothing to sort (and LadybugDB 0.22 can crash sorting past a large SKIP)
            return TransferPage([], total, limit, offset)
        claims = tx.run(page_query, params)
        return TransferPage(with_evidence(tx, claims), total, limit, offset)

    return store.run_in_transaction(work)


def all_transfers(store: Store, wanted: TransferFilter) -> list[Row]:
    """Every transfer `wanted` (for the command line and exports), grouped by actors and item."""

    def work(tx: Tx) -> list[Row]:
        return with_evidence(tx, tx.run(cypher.TRANSFERS, wanted.params()))

    return store.run_in_transaction(work)
