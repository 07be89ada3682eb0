"""Property-based run over the OpenAPI schema (schemathesis) with its default checks: no server error, and
every answer as the schema says (its status, its content type, its body), invalid input refused."""

from __future__ import annotations

import shutil
import warnings
from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.specs.openapi.checks import positive_data_acceptance

from api.app import create_app
from api.settings import Settings
from tests.api.conftest import API_KEY

with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)
    from fastapi.testclient import TestClient

EXAMPLES_PER_OPERATION = 40
# A schema cannot say which strings are Cypher, nor which texts hold an article, nor that two parameters
# go together: a query the schema allows may still be invalid Cypher (400), an article body still empty
# of text (422), a route's `from` given without its `to` (422). There only, "schema-valid input is
# accepted" does not apply; every other check runs on every route.
EXCLUDED = {
    "/cypher": [positive_data_acceptance],
    "/documents": [positive_data_acceptance],
    "/network": [positive_data_acceptance],
}
_state: dict[str, object] = {}


def _app_on_a_store_copy() -> object:
    """The app, with its lifespan entered, on a store holding the examples (built on first use; on a Neo4j
    run, the Neo4j database emptied and given them)."""
    if "app" not in _state:
        from graph.store import open_store
        from tests.api.conftest import example_records
        from tests.conftest import neo4j_store, on_neo4j

        directory = Path(__import__("tempfile").mkdtemp(prefix="osintkg-fuzz-")) / "store"
        with neo4j_store() if on_neo4j() else open_store(directory) as store:
            store.write(example_records())
        app = create_app(Settings(store=directory, api_key=API_KEY, query_timeout_ms=2000))
        client = TestClient(app)
        client.__enter__()  # runs the lifespan: the store stays open for the whole run
        _state.update(app=app, client=client, directory=directory)
    return _state["app"]


schema = schemathesis.openapi.from_asgi("/openapi.json", _app_on_a_store_copy())


@pytest.fixture(scope="module", autouse=True)
def _close() -> object:
    yield
    client = _state.get("client")
    if client is not None:
        client.__exit__(None, None, None)  # type: ignore[attr-defined]
        shutil.rmtree(Path(str(_state["directory"])).parent, ignore_errors=True)


@schema.parametrize()
@settings(
    max_examples=EXAMPLES_PER_OPERATION,
    deadline=None,
    derandomize=True,  # the same examples every run: CI passes or fails on the code, not on the draw
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much, HealthCheck.function_scoped_fixture],
)
def test_every_answer_is_as_the_schema_says(case: schemathesis.Case) -> None:
    case.call_and_validate(headers={"X-API-Key": API_KEY}, excluded_checks=EXCLUDED.get(case.path, []))
