"""The production store: Neo4j 5 through the official driver.

Uniqueness constraints on every label's id (created idempotently on open) make concurrent MERGEs
from several writers safe: two ingest workers cannot create the same entity or claim twice.
Transactions are the driver's managed ones, retried on transient errors such as deadlocks.
"""

from __future__ import annotations

import pathlib
from collections.abc import Callable
from typing import Any, TypeVar

import neo4j
from neo4j import exceptions as neo4j_errors
from neo4j.graph import Node, Path, Relationship

from graph.errors import (
    BadInputError,
    ConflictError,
    QueryError,
    QueryTimeoutError,
    StoreUnavailableError,
    WriteRefusedError,
)
from graph.store import cypher
from graph.store.base import Row, Store, Tx
from graph.store.bulk import Table, file_rows
from graph.store.schema import INDEXED_PROPERTIES, NODE_PROPERTIES
from graph.store.writer import Writer

T = TypeVar("T")


def schema_statements() -> list[str]:
    """The DDL of Neo4j: a uniqueness constraint per label, an index per filtered property."""
    statements = [
        f"CREATE CONSTRAINT {label.lower()}_id IF NOT EXISTS FOR (n:{label}) REQUIRE n.id IS UNIQUE"
        for label in NODE_PROPERTIES
    ]
    statements += [
        f"CREATE INDEX {label.lower()}_{prop} IF NOT EXISTS FOR (n:{label}) ON (n.{prop})"
        for label, prop in INDEXED_PROPERTIES
    ]
    return statements


def plain(value: Any) -> Any:
    """Driver values as JSON-friendly Python: nodes and relationships as dicts of their properties."""
    if isinstance(value, Node):
        return {"_label": next(iter(value.labels), None), **{k: plain(v) for k, v in value.items()}}
    if isinstance(value, Relationship):
        return {"_label": value.type, **{k: plain(v) for k, v in value.items()}}
    if isinstance(value, Path):
        return [plain(n) for n in value.nodes]
    if isinstance(value, list):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if hasattr(value, "iso_format"):
        return value.iso_format()
    return value


class Neo4jTx:
    batches_lookups = True

    def __init__(self, tx: neo4j.ManagedTransaction) -> None:
        self.tx = tx

    def run(self, statement: str, params: dict[str, Any] | None = None, limit: int | None = None) -> list[Row]:
        result = self.tx.run(statement, params or {})
        rows: list[Row] = []
        for record in result:
            if limit is not None and len(rows) >= limit:
                break
            rows.append({k: plain(v) for k, v in record.items()})
        return rows


def translate(error: neo4j_errors.Neo4jError) -> Exception:
    code = error.code or ""
    message = (error.message or code).splitlines()[0]
    if code.endswith("Statement.AccessMode") or ("write" in code.lower() and "read" in message.lower()):
        return WriteRefusedError(f"read-only: {message}")
    if "TransactionTimedOut" in code or "Timeout" in code:
        return QueryTimeoutError("the query ran past its time limit and was stopped")
    if code.startswith("Neo.ClientError.Statement") or code.startswith("Neo.ClientError.Procedure"):
        return QueryError(message)
    return error


class Neo4jStore(Store):
    dialect = "neo4j"

    def __init__(self, uri: str, user: str, password: str, database: str = "neo4j", *, read_only: bool = False) -> None:
        self.location = f"{uri} (database {database})"
        self.database = database
        self.read_only = read_only
        try:
            self.driver = neo4j.GraphDatabase.driver(uri, auth=(user, password))
            self.driver.verify_connectivity()
        except (neo4j_errors.ServiceUnavailable, neo4j_errors.AuthError, ValueError) as error:
            raise StoreUnavailableError(f"cannot reach Neo4j at {uri}: {error}") from error

    def create_schema(self) -> dict[str, list[str]]:
        """Uniqueness constraints and indexes (a property needs no declaring: none is gained)."""
        with self.driver.session(database=self.database) as session:
            for statement in schema_statements():
                session.run(statement).consume()
        return {}

    def run_in_transaction(
        self, work: Callable[[Neo4jTx], T], *, write: bool = False, timeout_ms: int | None = None
    ) -> T:
        if write and self.read_only:
            raise StoreUnavailableError(f"the store at {self.location} is open read-only")
        timeout = timeout_ms / 1000 if timeout_ms else None

        @neo4j.unit_of_work(timeout=timeout)
        def unit(tx: neo4j.ManagedTransaction) -> T:
            return work(Neo4jTx(tx))

        access = neo4j.WRITE_ACCESS if write else neo4j.READ_ACCESS
        try:
            with self.driver.session(database=self.database, default_access_mode=access) as session:
                return session.execute_write(unit) if write else session.execute_read(unit)
        except neo4j_errors.Neo4jError as error:
            raise translate(error) from error
        except neo4j_errors.ServiceUnavailable as error:
            raise StoreUnavailableError(f"Neo4j is unreachable: {error}") from error

    def close(self) -> None:
        self.driver.close()

    def writer(self) -> Neo4jWriter:
        return Neo4jWriter(self)


BATCH_ROWS = 10_000  # rows of a bulk load per transaction (a large graph does not fit in one)


class Neo4jWriter(Writer):
    def load_files(self, files: list[tuple[Table, pathlib.Path]]) -> None:
        """UNWIND ... CREATE in batches, one transaction each (a failure part-way leaves the batches
        before it); duplicates fail on the uniqueness constraints."""
        for table, path in files:
            statement = create_statement(table)
            for rows in file_rows(path, BATCH_ROWS):
                try:
                    created = self.store.run_in_transaction(creating(statement, rows), write=True)
                except Exception as error:
                    if "ConstraintValidationFailed" in str(getattr(error, "code", "")):
                        raise ConflictError(f"bulk loading {table.name}: {error}") from error
                    raise
                if created != len(rows):
                    missing = len(rows) - created
                    raise BadInputError(f"{missing} of {len(rows)} {table.name} rows name a node that does not exist")


def create_statement(table: Table) -> str:
    """Create one batch of a table's rows; a relationship's endpoints must exist, or the count says so."""
    if not table.is_relationship:
        return cypher.create_nodes(table.name)
    properties = [name for name in table.columns if name not in ("from", "to")]
    return cypher.create_relationships(table.name, str(table.source), str(table.target), properties)


def creating(statement: str, rows: list[Row]) -> Callable[[Tx], int]:
    """The unit of work creating one batch: returns how many rows it created."""
    return lambda tx: tx.run(statement, {"rows": rows})[0]["n"]
