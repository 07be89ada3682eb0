"""Bulk loading: a large, new graph written straight into an empty store, for benchmarks and first imports.

    store.writer().bulk_load(Bulk(nodes={"Source": [...], ...}, relationships={"SUPPORTS": [...], ...}))
    store.writer().bulk_load(parts)   # an iterable of Bulk parts of one graph, for graphs larger than memory

Rows are dicts keyed exactly like `schema.py`: a node row has its label's properties, a relationship row
has "from" and "to" (the ids of its two nodes) and the relationship's properties. Unlike `Store.write`,
nothing is merged: every row creates a node or a relationship, so the store must be empty, and the rows
must name each node once (ids are checked by the store: the embedded store's primary keys, Neo4j's
uniqueness constraints).

Every table is first written, part by part, to a temporary Parquet file (typed columns, real nulls and
STRING[] lists, no quoting or line-break rules to get wrong). Then the store-specific step, its Writer's `load_files`:

- the embedded store runs `COPY <table> FROM '<file>'`, nodes first, all in one transaction, so the
  whole graph lands or nothing does;
- Neo4j reads each file back in batches of 10 000 rows and runs `UNWIND ... CREATE`, one transaction
  per batch (a graph this size does not fit in one Neo4j transaction): a failure part-way leaves the
  batches before it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from graph.errors import BadInputError, ConflictError
from graph.store import cypher
from graph.store.base import Row, Store, Tx
from graph.store.schema import NODE_PROPERTIES, relationships, role_relationships

ARROW_TYPES = {
    "STRING": pa.string(),
    "INT64": pa.int64(),
    "DOUBLE": pa.float64(),
    "BOOL": pa.bool_(),
    "STRING[]": pa.list_(pa.string()),
}


@dataclass
class Bulk:
    """Rows of a new graph (or of one part of it), per node label and per relationship type."""

    nodes: dict[str, list[Row]] = field(default_factory=dict)
    relationships: dict[str, list[Row]] = field(default_factory=dict)

    def counts(self) -> dict[str, int]:
        """Rows per table: node labels and relationship types together."""
        return {name: len(rows) for name, rows in (self.nodes | self.relationships).items()}

    def extend(self, part: Bulk) -> None:
        """Add the rows of another part of the same graph."""
        for mine, theirs in ((self.nodes, part.nodes), (self.relationships, part.relationships)):
            for name, rows in theirs.items():
                mine.setdefault(name, []).extend(rows)


@dataclass(frozen=True)
class Table:
    """One node or relationship table as stored: its name, typed columns (in the store's order) and endpoints."""

    name: str
    columns: dict[str, str]
    source: str | None = None  # the FROM label of a relationship table
    target: str | None = None

    @property
    def is_relationship(self) -> bool:
        return self.source is not None

    @property
    def arrow_schema(self) -> pa.Schema:
        return pa.schema([(name, ARROW_TYPES[kind]) for name, kind in self.columns.items()])


def tables() -> list[Table]:
    """Every table in load order: node tables first, then relationship tables (their endpoints must exist)."""
    nodes = [Table(label, properties) for label, properties in NODE_PROPERTIES.items()]
    rels = [
        Table(rel, {"from": "STRING", "to": "STRING", **properties}, source, target)
        for rel, source, target, properties in relationships()
    ]
    return nodes + rels


# --- checks ------------------------------------------------------------------------------------


def stored_counts(tx: Tx) -> dict[str, int]:
    """Nodes per label that the store already holds (labels holding none are left out)."""
    counts = {label: tx.run(cypher.COUNT_LABEL.format(label=label))[0]["n"] for label in NODE_PROPERTIES}
    return {label: n for label, n in counts.items() if n}


def refuse_unless_empty(store: Store) -> None:
    """Bulk loading creates and never merges: refuse a store that already holds any node."""
    held = store.run_in_transaction(stored_counts)
    if held:
        listed = ", ".join(f"{n} {label}" for label, n in held.items())
        raise ConflictError(
            f"bulk loading needs an empty store, and the store at {store.location} already holds {listed} "
            "nodes (bulk loading creates every row and cannot merge): load into a new store, or add "
            "articles with `osintkg ingest`"
        )


# Properties the store counts itself once the rows are in (`writer.count_after_load`): a row may leave them out.
COUNTED = {
    "Flow": {"claims"},
    "IN_FLOW": {"counted"},
    "TransferMonth": {"transfers"},
    "IN_MONTH": {"counted"},
    "FacetMonth": {"transfers"},
    "IN_FACET_MONTH": {"counted"},
} | {rel: {"counted"} for rel in role_relationships()}


def check_rows(table: Table, rows: list[Row]) -> None:
    """Every row must have exactly the table's columns (those the store counts aside): a misspelt or missing
    property is an error, not a null."""
    expected, counted = table.columns.keys(), COUNTED.get(table.name, set())
    for row in rows:
        if row.keys() - counted != expected - counted:
            missing, extra = sorted(expected - counted - row.keys()), sorted(row.keys() - expected)
            raise BadInputError(f"a {table.name} row has the wrong properties: missing {missing}, unexpected {extra}")


# --- the common step: every table to a Parquet file -----------------------------------------------


def write_parquet(parts: Iterable[Bulk], folder: Path) -> list[tuple[Table, Path]]:
    """Write each table's rows, part after part, to one Parquet file per table; the files in load order
    (tables without rows get none)."""
    by_name = {table.name: table for table in tables()}
    writers: dict[str, pq.ParquetWriter] = {}
    try:
        for part in parts:
            for name, rows in (part.nodes | part.relationships).items():
                if name not in by_name:
                    raise BadInputError(f"no table {name!r} in the graph's schema; tables: {', '.join(by_name)}")
                if rows:
                    table = by_name[name]
                    check_rows(table, rows)
                    if name not in writers:
                        writers[name] = open_writer(table, folder)
                    writers[name].write_table(arrow_table(table, rows))
    finally:
        for writer in writers.values():
            writer.close()
    return [(table, parquet_path(table, folder)) for table in tables() if table.name in writers]


def parquet_path(table: Table, folder: Path) -> Path:
    return folder / f"{table.name}.parquet"


def open_writer(table: Table, folder: Path) -> pq.ParquetWriter:
    return pq.ParquetWriter(parquet_path(table, folder), table.arrow_schema, compression="snappy")


def arrow_table(table: Table, rows: list[Row]) -> pa.Table:
    """Rows as one typed, columnar Arrow table (one Parquet row group)."""
    columns = [
        pa.array([row.get(name) for row in rows], type=ARROW_TYPES[kind]) for name, kind in table.columns.items()
    ]
    return pa.Table.from_arrays(columns, schema=table.arrow_schema)


def file_rows(path: Path, batch_rows: int) -> Iterator[list[Row]]:
    """A Parquet file's rows, back as dicts, `batch_rows` at a time."""
    for batch in pq.ParquetFile(path).iter_batches(batch_size=batch_rows):
        yield batch.to_pylist()
