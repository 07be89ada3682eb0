"""The embedded store: LadybugDB, in-process and on disk, nothing to install or start.

One process at a time may open a data directory for writing. Writes are serialised by a lock;
each unit of work is one explicit transaction (`BEGIN TRANSACTION` ... `COMMIT`), so a killed
process leaves either a whole article or nothing (the write-ahead log is replayed on open).
"""

from __future__ import annotations

import contextlib
import re
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import ladybug

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
from graph.store.bulk import Table, stored_counts
from graph.store.schema import NODE_PROPERTIES, relationships
from graph.store.writer import Writer

T = TypeVar("T")
DATABASE_FILE = "graph.lbug"
MAX_SORTED_SKIP = 10_000
ANALYST_THREADS = 1
SKIP_VALUE = re.compile(r"\bSKIP\s+(?:(\d+)|\$(\w+))", re.IGNORECASE)

# Functions Neo4j has and LadybugDB names otherwise: defined as macros so one Cypher text runs on both.
COMPATIBILITY_MACROS = {
    "toFloat": "CREATE MACRO toFloat(x) AS to_double(x)",
    "toInteger": "CREATE MACRO toInteger(x) AS to_int64(x)",
    "type": "CREATE MACRO type(x) AS label(x)",
    "toString": "CREATE MACRO toString(x) AS to_string(x)",
}


def schema_statements() -> list[str]:
    """The DDL of the embedded store: one node table per label, one relationship table per type."""
    statements = []
    for label, properties in NODE_PROPERTIES.items():
        columns = ", ".join(f"{name} {kind}" for name, kind in properties.items())
        statements.append(f"CREATE NODE TABLE IF NOT EXISTS {label}({columns}, PRIMARY KEY (id))")
    for rel, source, target, properties in relationships():
        columns = "".join(f", {name} {kind}" for name, kind in properties.items())
        statements.append(f"CREATE REL TABLE IF NOT EXISTS {rel}(FROM {source} TO {target}{columns})")
    return statements


def _create_schema(tx: LadybugTx) -> dict[str, list[str]]:
    """The tables, the properties a store made by an older osintkg lacks, and the macros; per table,
    the properties it gained."""
    for statement in schema_statements():
        tx.run(statement)
    tables = [*NODE_PROPERTIES.items(), *((rel, properties) for rel, _, _, properties in relationships())]
    gained: dict[str, list[str]] = {}
    for table, properties in tables:
        existing = {row["name"] for row in tx.run(f"CALL table_info('{table}') RETURN name")}
        gained[table] = [name for name in properties if name not in existing]
        for name in gained[table]:
            tx.run(f"ALTER TABLE {table} ADD {name} {properties[name]}")
    existing = {row["name"].lower() for row in tx.run("CALL show_macros() RETURN name")}
    for name, statement in COMPATIBILITY_MACROS.items():
        if name.lower() not in existing:
            tx.run(statement)
    return gained


class LadybugTx:
    batches_lookups = False

    def __init__(self, connection: ladybug.Connection) -> None:
        self.connection = connection

    def run(self, statement: str, params: dict[str, Any] | None = None, limit: int | None = None) -> list[Row]:
        try:
            result = self.connection.execute(statement, params or {})
            assert not isinstance(result, list), "one statement at a time"
            columns = result.get_column_names()
            values = result.get_all() if limit is None else result.get_n(limit)
        except RuntimeError as error:
            raise translate(error) from error
        return [dict(zip(columns, [plain(v) for v in row], strict=True)) for row in values]


SCALARS = (str, int, float, bool, type(None))  # most values: as they are, with one check


def plain(value: Any) -> Any:
    """Store values as JSON-friendly Python: nodes and relationships as dicts of their properties."""
    if type(value) in SCALARS:
        return value
    if isinstance(value, dict):
        if "_LABEL" in value and ("_ID" in value or "_SRC" in value):
            properties = {k: plain(v) for k, v in value.items() if not k.startswith("_")}
            return {"_label": value["_LABEL"], **properties}
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [plain(v) for v in value]
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def translate(error: RuntimeError) -> Exception:
    text = str(error).strip()
    if "Buffer manager exception" in text:
        return StoreUnavailableError(
            "the embedded store ran out of its memory (OSINTKG_BUFFER_POOL_MB): give it more, or leave the "
            "variable unset to let it use most of the machine's memory"
            + (" (the last transaction was committed and is kept)" if "committed successfully" in text else "")
        )
    if "interrupted" in text.lower():
        return QueryTimeoutError("the query ran past its time limit and was stopped")
    if "read-only transaction" in text or "read only" in text.lower():
        return WriteRefusedError("read-only: this query would write")
    if text.startswith(("Parser exception", "Binder exception", "Catalog exception")):
        return QueryError(text.splitlines()[0])
    return error


class LadybugStore(Store):
    dialect = "ladybug"

    def __init__(self, directory: Path | str, *, read_only: bool = False, buffer_pool_mb: int | None = None) -> None:
        self.directory = Path(directory)
        self.buffer_pool_bytes = (buffer_pool_mb or 0) * 2**20  # 0: LadybugDB's default, most of the memory
        self.location = str(self.directory)
        self.read_only = read_only
        self._write_lock = threading.Lock()
        self._local = threading.local()
        self._database = self._open()

    def _open(self) -> ladybug.Database:
        path = self.directory / DATABASE_FILE
        if self.read_only and not path.exists():
            raise StoreUnavailableError(f"no osintkg store at {self.directory} (ingest something first)")
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            return ladybug.Database(
                str(path),
                read_only=self.read_only,
                buffer_pool_size=self.buffer_pool_bytes,
                throw_on_wal_replay_failure=False,  # a kill's torn log tail is dropped, not the whole store
            )
        except RuntimeError as error:
            if "lock" in str(error).lower():
                raise StoreUnavailableError(
                    f"the store at {self.directory} is open for writing in another process "
                    "(a running `osintkg serve`, or another ingest); stop it, or send articles to "
                    "the running server's POST /documents"
                ) from error
            raise StoreUnavailableError(f"cannot open the store at {self.directory}: {error}") from error
        except OSError as error:
            raise StoreUnavailableError(f"cannot open the store at {self.directory}: {error}") from error

    def _connection(self, *, analyst: bool = False) -> ladybug.Connection:
        """This thread's connection; an analyst's has its own, which runs a query on one core only, so
        that an expensive one leaves the store's other threads to the API's reads."""
        name = "analyst_connection" if analyst else "connection"
        connection = getattr(self._local, name, None)
        if connection is None:
            connection = ladybug.Connection(self._database)
            if analyst:
                connection.set_max_threads_for_exec(ANALYST_THREADS)
            setattr(self._local, name, connection)
        return connection

    def create_schema(self) -> dict[str, list[str]]:
        """Tables, new properties of older stores and macros, in one transaction: all or nothing."""
        return self.run_in_transaction(_create_schema, write=True)

    def run_in_transaction(
        self, work: Callable[[LadybugTx], T], *, write: bool = False, timeout_ms: int | None = None
    ) -> T:
        if write and self.read_only:
            raise StoreUnavailableError(f"the store at {self.directory} is open read-only")
        if write:
            with self._write_lock:
                return self._transaction(work, "BEGIN TRANSACTION", timeout_ms)
        return self._transaction(work, "BEGIN TRANSACTION READ ONLY", timeout_ms)

    def run_analyst_query(self, work: Callable[[LadybugTx], T], *, timeout_ms: int | None) -> T:
        return self._transaction(work, "BEGIN TRANSACTION READ ONLY", timeout_ms, analyst=True)

    def _transaction(
        self, work: Callable[[LadybugTx], T], begin: str, timeout_ms: int | None, *, analyst: bool = False
    ) -> T:
        connection = self._connection(analyst=analyst)
        connection.set_query_timeout(timeout_ms or 0)
        tx = LadybugTx(connection)
        tx.run(begin)
        try:
            result = work(tx)
        except BaseException:
            self._rollback(connection)
            raise
        finally:
            connection.set_query_timeout(0)
        tx.run("COMMIT")
        return result

    @staticmethod
    def _rollback(connection: ladybug.Connection) -> None:
        # A failed statement already ends the transaction in LadybugDB; roll back what may remain.
        with contextlib.suppress(RuntimeError):
            connection.execute("ROLLBACK")

    def check_query(self, query: str, params: dict[str, Any]) -> None:
        """LadybugDB 0.22 can crash the process on ORDER BY ... SKIP n when n passes about 10 000:
        such a query is refused rather than risk the server."""
        if not re.search(r"\bORDER\s+BY\b", query, re.IGNORECASE):
            return
        for match in SKIP_VALUE.finditer(query):
            value = params.get(match.group(2)) if match.group(2) else match.group(1)
            if not isinstance(value, bool) and str(value).isdigit() and int(str(value)) > MAX_SORTED_SKIP:
                raise QueryError(
                    f"SKIP {value} after ORDER BY is over what the embedded store handles "
                    f"({MAX_SORTED_SKIP}); page with a WHERE condition on the sort key instead"
                )

    def close(self) -> None:
        self._local = threading.local()
        self._database.close()

    def writer(self) -> LadybugWriter:
        return LadybugWriter(self)


class LadybugWriter(Writer):
    def load_files(self, files: list[tuple[Table, Path]]) -> None:
        """One COPY per table, nodes first, all in one transaction: the whole graph lands or nothing does."""

        def copy(tx: Tx) -> None:
            held = stored_counts(tx)
            if held:
                raise ConflictError(f"bulk loading needs an empty store; another writer added {held} meanwhile")
            for table, path in files:
                if "'" in str(path):
                    raise BadInputError(f"cannot COPY from a path holding a quote: {path}")
                tx.run(cypher.copy_table(table.name, str(path)))

        self.store.run_in_transaction(copy, write=True)
