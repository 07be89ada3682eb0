"""Exports for people and tools: the command line writes a file, the API streams a response; both choose
the claims with the same filters (`api.filters`) and write them with the same formats
(`graph.export.formats`)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from api.filters import transfer_filter
from graph.export.dataset import Chunk, chosen_ids, chunks
from graph.export.formats import Syntax
from graph.store import Store
from graph.transfers import TransferFilter


def export_filter(
    store: Store,
    *,
    supplier: str | None = None,
    recipient: str | None = None,
    item: str | None = None,
    since: str | None = None,
    until: str | None = None,
) -> TransferFilter:
    """The transfers to export; with no filter set, every claim of every kind."""
    return transfer_filter(store.view(), supplier=supplier, recipient=recipient, item=item, since=since, until=until)


def counted(pieces: Iterator[Chunk], tally: list[int]) -> Iterator[Chunk]:
    for chunk in pieces:
        tally[0] += len(chunk.claims)
        yield chunk


def write_file(store: Store, syntax: Syntax, wanted: TransferFilter, path: Path) -> int:
    """Write the export to `path` whole or not at all (a `.partial` file renamed at the end); its claims."""
    partial = path.with_name(path.name + ".partial")
    tally = [0]
    try:
        with partial.open("w", encoding="utf-8") as out:
            for piece in syntax.write(counted(chunks(store, wanted), tally)):
                out.write(piece)
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)
    return tally[0]


def size_of(store: Store, wanted: TransferFilter) -> int:
    return len(chosen_ids(store, wanted))
