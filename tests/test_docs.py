"""The README documents every setting and command, and its Cypher examples run on every store."""

from __future__ import annotations

import re

import pytest

from api.cli import app
from api.settings import Settings
from graph.store import Store
from tests.conftest import ROOT
from tests.factories import first_article, second_article

README = (ROOT / "README.md").read_text(encoding="utf-8")
PACKAGES = [path for package in ("api", "graph", "extractors") for path in (ROOT / package).rglob("*.py")]


@pytest.mark.parametrize("name", [f"OSINTKG_{f.upper()}" for f in Settings.model_fields])
def test_every_setting_is_documented(name: str) -> None:
    assert f"`{name}`" in README


def test_every_variable_the_code_reads_is_a_setting() -> None:
    read = {m for path in PACKAGES for m in re.findall(r"OSINTKG_[A-Z0-9_]+", path.read_text(encoding="utf-8"))}
    assert read - {f"OSINTKG_{f.upper()}" for f in Settings.model_fields} == set()


def test_every_command_is_documented() -> None:
    commands = [c.name or c.callback.__name__ for c in app.registered_commands if c.callback] + ["export claims"]
    for command in commands:
        assert f"osintkg {command}" in README, command


def cypher_examples() -> list[str]:
    return re.findall(r"```cypher\n(.*?)```", README, re.S)


def test_the_readme_has_cypher_examples() -> None:
    assert len(cypher_examples()) >= 4


@pytest.mark.parametrize("query", cypher_examples())
def test_readme_cypher_runs_as_written(store: Store, query: str) -> None:
    store.write([first_article(), second_article()])
    result = store.view().query(query)
    assert result["rows"], query
