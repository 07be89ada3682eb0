"""Shared fixtures: every store test runs on the embedded store, and on Neo4j when it is configured."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from graph.store import Store, open_store

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
NEO4J_SKIP = "OSINTKG_NEO4J_URI is not set: the Neo4j run of this test is skipped"


def neo4j_store() -> Store:
    store = open_store(
        neo4j_uri=os.environ["OSINTKG_NEO4J_URI"],
        neo4j_user=os.environ.get("OSINTKG_NEO4J_USER", "neo4j"),
        neo4j_password=os.environ.get("OSINTKG_NEO4J_PASSWORD", ""),
        neo4j_database=os.environ.get("OSINTKG_NEO4J_DATABASE", "neo4j"),
    )
    foreign = store.view().read("MATCH (s:Source) WHERE NOT s.id STARTS WITH 'test-' RETURN count(s) AS n")[0]["n"]
    if foreign:
        store.close()
        pytest.skip("the Neo4j database holds articles that are not test data: refusing to empty it")
    store.run_in_transaction(lambda tx: tx.run("MATCH (n) DETACH DELETE n"), write=True)
    return store


@pytest.fixture(params=["ladybug", "neo4j"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    """An empty store of each kind."""
    if request.param == "neo4j":
        if not os.environ.get("OSINTKG_NEO4J_URI"):
            pytest.skip(NEO4J_SKIP)
        graph = neo4j_store()
    else:
        graph = open_store(tmp_path / "store")
    yield graph
    graph.close()
