"""The API's answers as CSV for spreadsheets: `osintkg transfers --csv` gives `GET /transfers`'s items,
one row per statement (a transfer stated by three articles is three rows with the same `id`), each
column a field of the JSON named by its path (`supplier.name`, `quantity.min`, `evidence.quote`);
a list of names or values is one cell, joined by "; "."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from typing import Any

JOINED = "; "


def flat(value: Any, prefix: str = "") -> dict[str, Any]:
    """A JSON value as columns named by their path; a list is one cell (its items' names, or the items)."""
    if isinstance(value, dict):
        return {column: cell for key, inner in value.items() for column, cell in flat(inner, f"{prefix}{key}.").items()}
    name = prefix.rstrip(".")
    if isinstance(value, list):
        return {name: JOINED.join(str(v.get("name", v) if isinstance(v, dict) else v) for v in value)}
    return {name: value}


def transfer_rows(items: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """A row per statement of each transfer (`evidence` taken apart), the transfer's fields on each."""
    for item in items:
        claim = flat({k: v for k, v in item.items() if k != "evidence"})
        for statement in item["evidence"] or [{}]:
            yield claim | flat(statement, "evidence.")


def as_csv(rows: list[dict[str, Any]]) -> str:
    """The rows as CSV. A field null in one row and an object in another (a transfer with no figure, one
    with) is the object's columns, empty in the first."""
    seen = list(dict.fromkeys(column for row in rows for column in row))
    columns = [c for c in seen if not any(other.startswith(c + ".") for other in seen)]
    text = io.StringIO()
    writer = csv.DictWriter(text, fieldnames=columns, lineterminator="\n", extrasaction="ignore")
    writer.writeheader()
    writer.writerows(rows)
    return text.getvalue()
