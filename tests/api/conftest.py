"""The real app, on a real embedded store holding the example articles, through an in-process client."""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest

from api.app import create_app
from api.ingest import ingest_paths
from api.settings import Settings
from graph.store import open_store
from tests.conftest import EXAMPLES

with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)
    from fastapi.testclient import TestClient

API_KEY = "test-ingest-key"


@pytest.fixture(scope="session")
def loaded_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store with the examples in it, made once; tests that write copy it first."""
    directory = tmp_path_factory.mktemp("api-store")
    with open_store(directory) as store:
        report = ingest_paths(store, [EXAMPLES], max_bytes=2_000_000)
    assert not report.refused
    return directory


def client_for(directory: Path, **settings: object) -> Iterator[TestClient]:
    app = create_app(Settings(**{"store": directory, "api_key": API_KEY, **settings}))  # type: ignore[arg-type]
    with TestClient(app) as client:
        yield client


@pytest.fixture(scope="module")
def client(loaded_store: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    """A client on a copy of the loaded store (module-scoped: tests in a module share it)."""
    import shutil

    copy = tmp_path_factory.mktemp("api-copy") / "store"
    shutil.copytree(loaded_store, copy)
    yield from client_for(copy)


def counts(client: TestClient) -> dict[str, int]:
    rows = client.post("/cypher", json={"query": "MATCH (n) RETURN count(n) AS n"}).json()["rows"]
    claims = client.post("/cypher", json={"query": "MATCH (c:Claim) RETURN count(c) AS n"}).json()["rows"]
    return {"nodes": rows[0][0], "claims": claims[0][0]}
