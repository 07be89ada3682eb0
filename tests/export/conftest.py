"""The exports' fixtures: hand-built articles with known values, and the shared dev set as extracted
(once per run; its tests skip, saying why, where `../shared/eval/dev` is absent)."""

from __future__ import annotations

from functools import cache

import pytest

from extractors.documents import find_articles, read_document
from extractors.parallel import extract_in_order
from graph.model import ArticleRecord
from graph.store import Store
from tests.conftest import ROOT

DEV = ROOT.parent / "shared" / "eval" / "dev"


@cache
def dev_records() -> list[ArticleRecord]:
    documents = [(path, read_document(path, max_bytes=2_000_000)) for path in find_articles([DEV])]
    records = [outcome for _, outcome in extract_in_order(documents)]
    assert all(isinstance(r, ArticleRecord) for r in records)
    return records  # type: ignore[return-value]


@pytest.fixture
def dev_store(store: Store) -> Store:
    """A store (of each kind) holding the dev set's 38 articles as extracted."""
    if not DEV.is_dir():
        pytest.skip(f"the shared dev set is not at {DEV}")
    store.write(dev_records())
    return store
