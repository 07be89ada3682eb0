"""Bringing a store up to the graph this osintkg writes and reads, run explicitly when a store is
opened for writing (`graph.store.open_store`), never on a read-only one.

    1. the backend's schema (`Store.create_schema`): tables or constraints and indexes; an embedded
       store made by an older osintkg gains the properties it lacks
    2. the data an older store lacks: its transfer claims linked to their flows, once; the flow
       links copied again from their claims when the links gained a property; the flows' claims
       counted and their sides linked to them, the transfers linked to their months and facet
       months, their pair months counted, and the entities' role months (the role links given their
       day first), once
"""

from __future__ import annotations

from graph.errors import QueryError, StoreUnavailableError
from graph.store import cypher, facets, flows, months, pairs, roles
from graph.store.base import Store, Tx


def migrate(store: Store) -> None:
    added = store.create_schema()
    store.run_in_transaction(lambda tx: _upgrade(tx, added), write=True)


def _upgrade(tx: Tx, added: dict[str, list[str]]) -> None:
    if added.get("IN_FLOW"):
        flows.refresh_links(tx)
    flows.backfill(tx)
    flows.count_flows(tx)
    flows.link_sides(tx)
    months.count_months(tx)
    facets.count_facets(tx)
    pairs.count_pairs(tx)
    roles.count_roles(tx)


def check_current(store: Store) -> None:
    """A store opened read-only is not brought up to date: refuse one whose claims an older osintkg wrote
    without the links and counts this one reads (it would answer from part of them), saying how to upgrade."""
    try:
        current = store.run_in_transaction(_counted)
    except QueryError:  # a table this osintkg reads is missing
        current = False
    if not current:
        raise StoreUnavailableError(
            f"the store at {store.location} was written by an older osintkg: open it once for writing "
            "(`osintkg ingest` of an article, or `osintkg serve`) to bring it up to date"
        )


def _counted(tx: Tx) -> bool:
    if not tx.run(cypher.HAS_CLAIMS)[0]["has"]:
        return True
    if not tx.run(cypher.HAS_ROLE_MONTHS)[0]["has"]:
        return False
    if not tx.run(cypher.HAS_TRANSFERS)[0]["has"]:
        return True
    return tx.run(cypher.HAS_TRANSFER_MONTHS)[0]["has"] and facets.has_facet(tx, "modality") and pairs.has_pairs(tx)
