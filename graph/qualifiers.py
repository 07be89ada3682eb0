"""What each type of qualifier is in the store: its columns, the row a claim's value makes, and the
value a row reads back as (`graph/ontology/qualifiers.yaml` says which qualifiers there are).

    claim_columns()                  Claim property -> storage type, for both stores' schema
    claim_values(claim)              a claim's qualifiers as a row
    row_of({"quantity": {...}})      the same from plain values
    read(row)                        a row's qualifiers as domain values (Quantity, TimeSpan, str ...)
    projection("c", kind)            "c.item AS item, c.qty_min AS qty_min, ...", for Cypher
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import Any

from graph.model import Claim, Quantity, TimeSpan, first_day, last_day
from graph.ontology import QualifierSpec, ontology

STORAGE: dict[str, dict[str, str]] = {
    "text": {"value": "STRING"},
    "texts": {"value": "STRING[]"},
    "category": {"value": "STRING"},
    "choice": {"value": "STRING"},
    "range": {"min": "DOUBLE", "max": "DOUBLE", "unit": "STRING", "per": "STRING", "shared": "BOOL"},
    "period": {"start": "STRING", "end": "STRING", "first_day": "STRING", "last_day": "STRING"},
}
DAYS = ("first_day", "last_day")  # stored to filter and sort on; reads of a value need only start and end


@cache
def qualifiers(kind: str | None = None) -> tuple[QualifierSpec, ...]:
    """Every qualifier, or those of one claim kind, in the order of qualifiers.yaml (listed once: the API
    reads them for every row it answers)."""
    every = ontology().qualifiers
    wanted = ontology().claims[kind].qualifiers if kind else list(every)
    return tuple(spec for name, spec in every.items() if name in wanted)


def claim_columns() -> dict[str, str]:
    return {column: STORAGE[q.type][part] for q in qualifiers() for part, column in q.columns.items()}


def claim_values(claim: Claim) -> dict[str, Any]:
    """Every qualifier's columns, null (or empty, or false) where the claim has none."""
    return row_of({q.name: getattr(claim, q.name) for q in qualifiers()})


def row_of(values: Mapping[str, Any]) -> dict[str, Any]:
    """The columns of qualifier values given by name, as the model's objects or as plain dicts
    ({"min": 3, "unit": "shell"}, {"start": "2024"}): what the benchmarks' bulk rows are made of."""
    return {column: value for q in qualifiers() for column, value in _row(q, values.get(q.name)).items()}


def _part(value: Any, part: str) -> Any:
    return value.get(part) if isinstance(value, Mapping) else getattr(value, part, None)


def _row(q: QualifierSpec, value: Any) -> dict[str, Any]:
    columns = q.columns
    if q.type == "texts":
        return {columns["value"]: list(value or ())}
    if q.type in {"text", "category", "choice"}:
        return {columns["value"]: getattr(value, "value", value)}
    if q.type == "period":
        start, end = _part(value, "start"), _part(value, "end")
        days = {"first_day": first_day(start) if start else None, "last_day": last_day(end) if end else None}
        return {c: days[part] if part in DAYS else _part(value, part) for part, c in columns.items()}
    shared = bool(_part(value, "shared"))  # a range's flag is never null: an all-null column would not read as BOOL
    return {c: shared if part == "shared" else _part(value, part) for part, c in columns.items()}


def read(row: dict[str, Any], kind: str | None = None) -> dict[str, Any]:
    """The qualifiers (of a kind, or all) a row holds, as the model's values."""
    return {q.name: _value(q, row) for q in qualifiers(kind)}


def _value(q: QualifierSpec, row: dict[str, Any]) -> Any:
    parts = {part: row.get(column) for part, column in q.columns.items()}
    if q.type == "texts":
        return list(parts["value"] or [])
    if q.type == "range":
        if parts["min"] is None and parts["max"] is None:
            return None
        shared = bool(parts.get("shared"))
        return Quantity(min=parts["min"], max=parts["max"], unit=parts.get("unit"), per=parts.get("per"), shared=shared)
    if q.type == "period":
        return TimeSpan(start=parts["start"], end=parts["end"]) if parts["start"] or parts["end"] else None
    return parts["value"]


def projection(alias: str, kind: str | None = None, *, days: bool = False) -> str:
    """The Cypher columns of a claim's qualifiers (of a kind, or all), named as they are stored."""
    return ", ".join(
        f"{alias}.{column} AS {column}"
        for q in qualifiers(kind)
        for part, column in q.columns.items()
        if days or part not in DAYS
    )
