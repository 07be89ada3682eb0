"""The folders show the architecture: extractors/ knows nothing of storage or HTTP, graph/ nothing of
HTTP or of the command line, and no task imports another task."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tests.conftest import ROOT

TASKS = ROOT / "extractors" / "tasks"


def imports(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
    return found


@pytest.mark.parametrize(
    ("package", "forbidden"),
    [
        ("extractors", ("graph.store", "api", "fastapi", "typer")),
        ("graph", ("api", "fastapi", "typer", "extractors")),
    ],
)
def test_a_layer_imports_nothing_above_it(package: str, forbidden: tuple[str, ...]) -> None:
    for path in (ROOT / package).rglob("*.py"):
        wrong = {m for m in imports(path) if m.split(".")[0] in forbidden or m.startswith(forbidden)}
        assert not wrong, f"{path.relative_to(ROOT)} imports {sorted(wrong)}"


def test_no_task_imports_another() -> None:
    tasks = {p.name for p in TASKS.iterdir() if p.is_dir() and not p.name.startswith("_")}
    for task in tasks:
        for path in (TASKS / task).rglob("*.py"):
            others = {m for m in imports(path) for t in tasks - {task} if m.startswith(f"extractors.tasks.{t}")}
            assert not others, f"{path.relative_to(ROOT)} imports {sorted(others)}"
