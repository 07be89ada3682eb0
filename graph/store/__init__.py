"""Graph stores: the embedded LadybugDB by default, Neo4j when configured."""

from __future__ import annotations

from pathlib import Path

from graph.store.base import Store, Tx
from graph.store.guard import read_only_statement

__all__ = ["Store", "Tx", "open_store", "read_only_statement"]


def open_store(
    directory: Path | str | None = None,
    *,
    neo4j_uri: str | None = None,
    neo4j_user: str = "neo4j",
    neo4j_password: str | None = None,
    neo4j_database: str = "neo4j",
    read_only: bool = False,
    buffer_pool_mb: int | None = None,
) -> Store:
    """Neo4j when a URI is given, else the embedded store in `directory`; brought up to this osintkg's
    schema (`graph.store.migrations`), or, opened read-only, refused if an older osintkg wrote it."""
    store: Store
    if neo4j_uri:
        from graph.store.neo4j import Neo4jStore

        store = Neo4jStore(neo4j_uri, neo4j_user, neo4j_password or "", neo4j_database, read_only=read_only)
    elif directory is None:
        raise ValueError("the embedded store needs a data directory")
    else:
        from graph.store.ladybug import LadybugStore

        store = LadybugStore(directory, read_only=read_only, buffer_pool_mb=buffer_pool_mb)
    from graph.store.migrations import check_current, migrate

    try:
        if read_only:
            check_current(store)
        else:
            migrate(store)
    except BaseException:
        store.close()
        raise
    return store
