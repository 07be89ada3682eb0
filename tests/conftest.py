"""Shared fixtures: every store test runs on the embedded store, and on Neo4j when it is configured."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from graph.model import ArticleRecord
from graph.store import Store, open_store

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
NEO4J_SKIP = "OSINTKG_NEO4J_URI is not set: the Neo4j run of this test is skipped"


def extracted(folder: Path) -> list[ArticleRecord]:
    """The articles of a folder as the extraction reads them (every one must be read)."""
    from extractors.documents import find_articles, read_document
    from extractors.parallel import extract_in_order

    documents = [(path, read_document(path, max_bytes=2_000_000)) for path in find_articles([folder])]
    records = [outcome for _, outcome in extract_in_order(documents)]
    assert all(isinstance(r, ArticleRecord) for r in records)
    return records  # type: ignore[return-value]


def neo4j_store(*, empty: bool = True, read_only: bool = False) -> Store:
    """The Neo4j database the run points at, emptied unless `empty` is false (and only if it holds test
    data, or is the throwaway test server)."""
    store = open_store(
        neo4j_uri=os.environ["OSINTKG_NEO4J_URI"],
        neo4j_user=os.environ.get("OSINTKG_NEO4J_USER", "neo4j"),
        neo4j_password=os.environ.get("OSINTKG_NEO4J_PASSWORD", ""),
        neo4j_database=os.environ.get("OSINTKG_NEO4J_DATABASE", "neo4j"),
        read_only=read_only,
    )
    if not empty or read_only:
        return store
    throwaway = os.environ.get("OSINTKG_NEO4J_THROWAWAY") == "1"  # set by tools/neo4j_test_server.py only
    foreign = store.view().read("MATCH (s:Source) WHERE NOT s.id STARTS WITH 'test-' RETURN count(s) AS n")[0]["n"]
    if foreign and not throwaway:
        store.close()
        pytest.skip("the Neo4j database holds articles that are not test data: refusing to empty it")
    store.run_in_transaction(lambda tx: tx.run("MATCH (n) DETACH DELETE n"), write=True)
    return store


def reopened_read_only(store: Store) -> Store:
    """The same store, closed and opened again read-only."""
    store.close()
    if store.dialect == "neo4j":
        return neo4j_store(read_only=True)
    return open_store(store.location, read_only=True)


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


NEO4J_SETTINGS = ("OSINTKG_NEO4J_URI", "OSINTKG_NEO4J_USER", "OSINTKG_NEO4J_PASSWORD", "OSINTKG_NEO4J_DATABASE")


def on_neo4j() -> bool:
    """A Neo4j run (`make test-neo4j`): the app and the command line read OSINTKG_NEO4J_URI and use Neo4j
    whatever store directory a test gives them, so each test that needs a new store empties Neo4j."""
    return bool(os.environ.get("OSINTKG_NEO4J_URI"))


def fresh_store(directory: Path) -> Path:
    """A new, empty store at `directory` (on a Neo4j run, the Neo4j database emptied)."""
    if on_neo4j():
        neo4j_store().close()
    return directory


@pytest.fixture
def embedded_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """For a test of the embedded store itself (its lock, its directory): Neo4j's settings unset."""
    for name in NEO4J_SETTINGS:
        monkeypatch.delenv(name, raising=False)
