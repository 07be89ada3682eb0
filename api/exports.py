"""What the exports and the network read, for people and tools: the command line writes a file, the API
streams a response; both choose the claims with the filters of /transfers (`api.filters`) and write them
with the same formats (`graph.export.formats`)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated

from fastapi import Depends, Query

from api.deps import SettingsDep, StoreDep
from api.filters import transfer_filter
from api.resolve import resolve_entity
from api.routes.transfers import DateQuery, EntityQuery, Item
from graph.errors import BadInputError, InputTooLargeError
from graph.export.dataset import Chunk, chosen_ids, chunks
from graph.export.formats import Syntax
from graph.store import Store
from graph.store.view import View
from graph.transfers import TransferFilter


def selection(
    store: StoreDep,
    settings: SettingsDep,
    supplier: EntityQuery = None,
    recipient: EntityQuery = None,
    item: Annotated[Item | None, Query(description="item category")] = None,
    since: DateQuery = None,
    until: DateQuery = None,
) -> list[str]:
    """The ids of the claims an API export or the network reads: every claim, or with a filter the
    transfers it keeps; at most OSINTKG_EXPORT_MAX_CLAIMS of them (413 past it)."""
    kind = item.value if item else None
    wanted = transfer_filter(store.view(), supplier=supplier, recipient=recipient, item=kind, since=since, until=until)
    ids = chosen_ids(store, wanted)
    if len(ids) > settings.export_max_claims:
        raise InputTooLargeError(
            f"the answer would read {len(ids)} claims, over the limit of {settings.export_max_claims}: "
            "narrow it with supplier, recipient, item, since or until"
        )
    return ids


Selection = Annotated[list[str], Depends(selection)]  # the chosen claims' ids, read once


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


def route_ends(view: View, ends: dict[str, str | None]) -> tuple[str, str] | None:
    """The two actors of a route asked for (`ends`: its start and end by the names the caller gives
    them, "from" and "to" or "--from" and "--to"), resolved; None when neither is given."""
    (start_name, start), (end_name, end) = ends.items()
    if (start is None) != (end is None):
        raise BadInputError(f"{start_name} and {end_name}: give both ends of the route, or neither")
    if start is None or end is None:
        return None
    return resolve_entity(view, start, what=start_name), resolve_entity(view, end, what=end_name)
