"""The exports' fixtures: hand-built articles with known values, and the shared dev set as extracted
(once per run; its tests skip, saying why, where `../shared/eval/dev` is absent)."""

from __future__ import annotations

from functools import cache

import pytest

from graph.model import ArticleRecord
from graph.store import Store
from tests.conftest import ROOT, extracted

DEV = ROOT.parent / "shared" / "eval" / "dev"


@cache
def dev_records() -> list[ArticleRecord]:
    return extracted(DEV)


@pytest.fixture
def dev_store(store: Store) -> Store:
    """A store (of each kind) holding the dev set's 38 articles as extracted."""
    if not DEV.is_dir():
        pytest.skip(f"the shared dev set is not at {DEV}")
    store.write(dev_records())
    return store
