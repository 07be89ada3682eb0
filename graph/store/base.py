"""The storage interface: a Store runs units of work in transactions; backends are small.

    store.write(records)                    # each article all or nothing, idempotent
    store.writer()                          # many articles per transaction, for large ingests; bulk loads
    store.view().transfers_page(...)        # reads
    store.run_in_transaction(work, write=False, timeout_ms=...)

A backend implements `run_in_transaction`, `create_schema`, `close` and its Writer's bulk step;
everything else is shared, so the embedded store and Neo4j run the same Cypher and pass the same
conformance tests.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from graph.model import ArticleRecord

if TYPE_CHECKING:
    from graph.store.view import View
    from graph.store.writer import Writer

T = TypeVar("T")
Row = dict[str, Any]


class Tx(Protocol):
    """One open transaction: run a statement, get rows as dicts. `batches_lookups`: whether looking many
    ids up in one statement (`UNWIND $ids`) beats one statement each, as over a network (Neo4j); the
    embedded store scans for `UNWIND`ed ids, and one index lookup each costs it no round trip."""

    batches_lookups: bool

    def run(self, statement: str, params: dict[str, Any] | None = None, limit: int | None = None) -> list[Row]:
        """Rows of the statement's result, at most `limit` of them when given."""


class Store(ABC):
    """A graph store. `dialect` names the backend ("ladybug" or "neo4j")."""

    dialect: str
    location: str

    @abstractmethod
    def run_in_transaction(self, work: Callable[[Tx], T], *, write: bool = False, timeout_ms: int | None = None) -> T:
        """Run `work` in one transaction: committed if it returns, rolled back if it raises."""

    def run_analyst_query(self, work: Callable[[Tx], T], *, timeout_ms: int | None) -> T:
        """Run an analyst's query read-only, apart from the API's own reads where the store allows
        (the embedded store gives it a connection of its own, on one core)."""
        return self.run_in_transaction(work, timeout_ms=timeout_ms)

    @abstractmethod
    def close(self) -> None: ...

    @abstractmethod
    def create_schema(self) -> dict[str, list[str]]:
        """Make the backend's schema (`graph.store.migrations` runs it); per table, the properties an
        older store gained."""

    def check_query(self, query: str, params: dict[str, Any]) -> None:
        """Refuse, with a clear message, an analyst's query this store is known to mishandle."""
        return None  # most stores take whatever Cypher they can parse

    def write(self, records: Iterable[ArticleRecord]) -> list[bool]:
        """Write articles, one transaction each. Returns, per article, whether it was new."""
        from graph.store.writer import write_article

        def writing(record: ArticleRecord) -> Callable[[Tx], bool]:
            return lambda tx: write_article(tx, record)

        return [self.run_in_transaction(writing(record), write=True) for record in records]

    @abstractmethod
    def writer(self) -> Writer:
        """A writer of this store: articles in batches, or a bulk load."""

    def view(self) -> View:
        from graph.store.view import View

        return View(self)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
