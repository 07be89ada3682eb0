"""The real app, on a real store holding the example articles (the embedded one; Neo4j on a Neo4j run),
through an in-process client."""

from __future__ import annotations

import shutil
import warnings
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest

from api.app import create_app
from api.ingest import ingest_paths
from api.settings import Settings
from graph.model import ArticleRecord
from graph.store import open_store
from tests.conftest import EXAMPLES, extracted, neo4j_store, on_neo4j

with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)
    from fastapi.testclient import TestClient

API_KEY = "test-ingest-key"


@pytest.fixture(scope="session")
def loaded_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An embedded store with the examples in it, made once; tests that write take a copy of it."""
    directory = tmp_path_factory.mktemp("api-store")
    with open_store(directory) as store:
        report = ingest_paths(store, [EXAMPLES], max_bytes=2_000_000)
    assert not report.refused
    return directory


def loaded_copy(loaded_store: Path, directory: Path) -> Path:
    """A store holding the examples at `directory`, a copy of the loaded store (on a Neo4j run, the Neo4j
    database emptied and given the same articles)."""
    if not on_neo4j():
        shutil.copytree(loaded_store, directory)
        return directory
    with neo4j_store() as store:
        store.write(example_records())
    return directory


@cache
def example_records() -> list[ArticleRecord]:
    """The examples as extracted, once per run."""
    return extracted(EXAMPLES)


def client_for(directory: Path, **settings: object) -> Iterator[TestClient]:
    app = create_app(Settings(**{"store": directory, "api_key": API_KEY, **settings}))  # type: ignore[arg-type]
    with TestClient(app) as client:
        yield client


@pytest.fixture(scope="module")
def client(loaded_store: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    """A client on a copy of the loaded store (module-scoped: tests in a module share it)."""
    yield from client_for(loaded_copy(loaded_store, tmp_path_factory.mktemp("api-copy") / "store"))


def counts(client: TestClient) -> dict[str, int]:
    rows = client.post("/cypher", json={"query": "MATCH (n) RETURN count(n) AS n"}).json()["rows"]
    claims = client.post("/cypher", json={"query": "MATCH (c:Claim) RETURN count(c) AS n"}).json()["rows"]
    return {"nodes": rows[0][0], "claims": claims[0][0]}
