"""No file is read or written through `POST /cypher` or `osintkg cypher`, whatever the spelling;
reads whose strings hold keywords still answer."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.api.conftest import TestClient, counts, loaded_copy
from tests.conftest import on_neo4j

OSINTKG = str(Path(sys.executable).with_name("osintkg"))

SECRET = "the-secret-line-4711"


@pytest.fixture(scope="module")
def secret(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("secret") / "secret.csv"
    path.write_text(f"{SECRET}:x:1\n", encoding="utf-8")
    return path


def reading(path: Path) -> list[str]:
    load = f" FROM '{path}' (file_format='csv', header=false, delim=':') RETURN *"
    return [
        f"MATCH (e:Entity) WITH e LIMIT 1LOAD{load}",
        f"MATCH (e:Entity) WITH e LIMIT 1e0LOAD{load}",
        f"MATCH (e:Entity) WITH e LIMIT 1.0load{load}",
        f"MATCH (e:Entity) WITH e LIMIT 1/**/LOAD{load}",
        f"MATCH (e:Entity) WITH e LIMIT 1\vLOAD{load}",
        f"RETURN 1 AS n UNION LOAD{load}",
        f"LOAD{load}",
    ]


def writing(folder: Path) -> list[str]:
    return [
        f"COPY (MATCH (e:Entity) RETURN e.id) TO '{folder / 'out.csv'}'",
        f"MATCH (e:Entity) WITH e LIMIT 1COPY (MATCH (e:Entity) RETURN e.id) TO '{folder / 'out.csv'}'",
        f"EXPORT DATABASE '{folder / 'dump'}'",
        f"ATTACH '{folder / 'other'}' AS other (dbtype lbug)",
        "CALL project_graph('leak', ['Entity'], ['SUPPLIER'])",
    ]


def test_no_file_is_read_through_cypher(client: TestClient, secret: Path) -> None:
    for query in reading(secret):
        response = client.post("/cypher", json={"query": query})
        assert response.status_code == 403, (query, response.text)
        assert response.headers["content-type"] == "application/problem+json"
        assert "LOAD" in response.json()["detail"] and SECRET not in response.text


def test_no_file_is_written_and_nothing_changes_through_cypher(client: TestClient, tmp_path: Path) -> None:
    before = counts(client)
    for query in writing(tmp_path):
        response = client.post("/cypher", json={"query": query})
        assert response.status_code == 403, (query, response.text)
    assert list(tmp_path.iterdir()) == []
    assert counts(client) == before
    if not on_neo4j():  # the embedded store's catalog: no projected graph was made
        tables = client.post("/cypher", json={"query": "CALL show_tables() RETURN name"}).json()["rows"]
        assert "leak" not in {row[0] for row in tables}


def test_reads_with_keywords_in_their_strings_answer(client: TestClient) -> None:
    query = "MATCH (s:Source) WHERE s.text CONTAINS 'CREATE' OR s.title = 'LOAD FROM x' RETURN count(s) AS n"
    response = client.post("/cypher", json={"query": query})
    assert response.status_code == 200 and response.json()["rows"] == [[0]]
    named = client.post("/cypher", json={"query": "MATCH (`load`:Source) RETURN count(`load`) AS set"})
    assert named.json()["columns"] == ["set"] and named.json()["rows"][0][0] >= 6


def test_no_file_is_read_or_written_through_the_command_line(
    loaded_store: Path, secret: Path, tmp_path: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    store = tmp_path_factory.mktemp("cli-guard") / "store"
    loaded_copy(loaded_store, store)
    for query in [*reading(secret), *writing(tmp_path)]:
        result = subprocess.run(
            [OSINTKG, "cypher", query, "--store", str(store)], capture_output=True, text=True, timeout=120
        )
        assert result.returncode == 2, (query, result.stderr)
        assert result.stderr.startswith("osintkg: error: read-only:") and len(result.stderr.splitlines()) == 1
        assert SECRET not in result.stdout + result.stderr
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("query", ["MATCH (e:Entity) SET e.name = 'changed'", "CREATE (:Entity {id: 'planted'})"])
def test_a_write_that_passed_the_guard_is_refused_by_the_store(
    client: TestClient, query: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The second wall, through /cypher: the guard made to let everything by, the analyst's read-only
    transaction (the read access mode on Neo4j) still refuses the write, and nothing changes."""
    monkeypatch.setattr("graph.store.view.read_only_statement", lambda statement: statement)
    before = counts(client)
    response = client.post("/cypher", json={"query": query})
    assert response.status_code == 403, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    assert counts(client) == before
    changed = client.post("/cypher", json={"query": "MATCH (e:Entity {name: 'changed'}) RETURN count(e)"})
    assert changed.json()["rows"] == [[0]]
