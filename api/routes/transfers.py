"""GET /transfers: who supplied what to whom, when, and on whose evidence."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

from fastapi import APIRouter, Query

from api.deps import Reader, StoreDep
from api.resolve import resolve_entity
from api.schemas import TransferPageOut, page_out
from graph.errors import BadInputError
from graph.model import CALENDAR_DATE, PARTIAL_DATE, Modality, first_day, last_day
from graph.ontology import ontology
from graph.transfers import TransferFilter, transfer_page

router = APIRouter(tags=["transfers"], dependencies=[Reader])
Item = StrEnum("Item", {name: name for name in ontology().item_categories})  # type: ignore[misc]

EntityQuery = Annotated[
    str | None,
    Query(
        description="id, name or alias, French or English",
        examples=["Pyongyang"],
        max_length=200,
        pattern=r"\S",  # a name, not only spaces
    ),
]
DateQuery = Annotated[
    str | None,
    Query(
        description="ISO date or partial date: 2023, 2023-08, 2023-08-26",
        examples=["2023"],
        max_length=10,
        pattern=CALENDAR_DATE.pattern,
    ),
]


def day(value: str | None, what: str, *, last: bool) -> str:
    """The first (or last) day of a partial date given as a parameter; a clear error if it is not one."""
    if not value:
        return ""
    from datetime import date

    if not PARTIAL_DATE.match(value):
        raise BadInputError(f"{what}: {value!r} is not an ISO date or partial date (2023, 2023-08, 2023-08-26)")
    try:
        if len(value) == 10:
            date.fromisoformat(value)
    except ValueError:
        raise BadInputError(f"{what}: {value!r} is not a real date") from None
    return last_day(value) if last else first_day(value)


@router.get("/transfers", response_model=TransferPageOut, summary="Transfers, with their evidence")
def list_transfers(
    store: StoreDep,
    supplier: EntityQuery = None,
    recipient: EntityQuery = None,
    item: Annotated[Item | None, Query(description="item category")] = None,
    since: DateQuery = None,
    until: DateQuery = None,
    modality: Annotated[Modality | None, Query(description="keep claims with a statement of this modality")] = None,
    min_sources: Annotated[int, Query(ge=0, le=100, description="least independent origins")] = 0,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
) -> TransferPageOut:
    """Transfer claims, newest first, each with every statement of it: the article (title, publisher,
    url, date), the quote and its offsets, its modality and the sources it cites."""
    view = store.view()
    wanted = TransferFilter(
        supplier=resolve_entity(view, supplier, what="supplier") if supplier else "",
        recipient=resolve_entity(view, recipient, what="recipient") if recipient else "",
        item=item.value if item else "",
        since=day(since, "since", last=False),
        until=day(until, "until", last=True),
        modality=modality.value if modality else "",
        min_origins=min_sources,
    )
    return page_out(transfer_page(store, wanted, limit=limit, offset=offset))
