"""Input a hostile client sends gets a 4xx problem naming what was wrong, and lands nothing; ids that
reach the store are safe file names; the OpenAPI document declares the errors each route returns."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from api.settings import Settings
from graph.export.eval import file_name
from tests.api.conftest import API_KEY, TestClient, client_for, counts, loaded_copy

KEY = {"X-API-Key": API_KEY}
LIMIT = Settings.model_fields["max_article_bytes"].default


@pytest.fixture(scope="module")
def writable(loaded_store: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    copy = tmp_path_factory.mktemp("hostile") / "store"
    loaded_copy(loaded_store, copy)
    yield from client_for(copy)


def post_json(client: TestClient, path: str, raw: str | bytes) -> object:
    return client.post(path, content=raw, headers={**KEY, "content-type": "application/json"})


@pytest.mark.parametrize("path", ["/documents", "/cypher"])
def test_a_deeply_nested_body_is_a_4xx_not_a_crash(writable: TestClient, path: str) -> None:
    response = post_json(writable, path, "[" * 100_000 + "]" * 100_000)
    assert 400 <= response.status_code < 500, response.text  # type: ignore[attr-defined]
    assert response.headers["content-type"] == "application/problem+json"  # type: ignore[attr-defined]


@pytest.mark.parametrize("extra", [1, 1000, 60 * 1024, 70 * 1024])
def test_every_body_over_the_limit_is_413(writable: TestClient, extra: int) -> None:
    body = json.dumps({"id": "too-big", "text": "x" * (LIMIT + extra)})
    response = post_json(writable, "/documents", body)
    assert response.status_code == 413, response.text[:200]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("field", "value", "named"),
    [
        ("id", "a" * 129, "id"),
        ("id", "bad\x00id", "id"),
        ("id", "..", "id"),
        ("id", "../../etc/x", "id"),
        ("id", "two..dots", "id"),
        ("language", "zz", "language"),
        ("published", "0000", "published"),
        ("published", "2024-02-30", "published"),
        ("url", "javascript:alert(1)", "url"),
        ("url", "file:///etc/passwd", "url"),
    ],
)
def test_bad_metadata_is_refused_by_name_and_lands_nothing(
    writable: TestClient, field: str, value: str, named: str
) -> None:
    before = counts(writable)
    article = {"id": "fine-id", "text": "Russia sent shells to Syria.", field: value}
    response = writable.post("/documents", json=article, headers=KEY)
    assert response.status_code == 422, response.text
    assert named in response.json()["detail"]
    assert counts(writable) == before


def test_the_same_checks_hold_for_text_bodies(writable: TestClient) -> None:
    for query in ["id=a..b", "id=fine&language=zz", "id=fine&published=0000", "id=fine&url=javascript:x"]:
        response = writable.post(
            f"/documents?{query}", content="Some text.", headers={**KEY, "content-type": "text/plain"}
        )
        assert response.status_code == 422, (query, response.text)


def test_export_names_files_safely_whatever_the_id() -> None:
    assert file_name("kbs-fr-petrole-russe-coree-2023") == "kbs-fr-petrole-russe-coree-2023.claims.json"
    for hostile in ["a" * 300, "bad\x00id", "..", "../x", "a/b"]:
        name = file_name(hostile)
        assert name.endswith(".claims.json") and "/" not in name and "\x00" not in name and len(name) < 64
        assert not name.startswith(".")


def test_the_openapi_document_declares_each_routes_problems(writable: TestClient) -> None:
    document = writable.get("/openapi.json").json()
    for path, operations in document["paths"].items():
        for method, operation in operations.items():
            if path == "/health":
                continue
            errors = {s for s in operation["responses"] if s.startswith("4")}
            assert "422" in errors, (method, path)
            content = operation["responses"]["422"]["content"]
            assert list(content) == ["application/problem+json"], (method, path)
    assert {"400", "403", "408", "413", "503"} <= set(document["paths"]["/cypher"]["post"]["responses"])
    assert {"409", "413", "415"} <= set(document["paths"]["/documents"]["post"]["responses"])
    since = next(p for p in document["paths"]["/transfers"]["get"]["parameters"] if p["name"] == "since")
    pattern = re.compile(since["schema"]["anyOf"][0]["pattern"])  # what the schema calls a date, the API takes
    assert [bool(pattern.search(d)) for d in ("2024-02-29", "2023-02-29", "2023-11-31", "0000", "2023")] == [
        True,
        False,
        False,
        False,
        True,
    ]
