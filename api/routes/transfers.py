"""GET /transfers: who supplied what to whom, when, and on whose evidence."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

from fastapi import APIRouter, Query

from api.deps import Reader, StoreDep
from api.filters import transfer_filter
from api.schemas import TransferPageOut, page_out
from graph.model import CALENDAR_DATE, Modality
from graph.ontology import ontology

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


@router.get("/transfers", response_model=TransferPageOut, summary="Transfers, with their evidence")
def list_transfers(
    store: StoreDep,
    supplier: EntityQuery = None,
    recipient: EntityQuery = None,
    item: Annotated[Item | None, Query(description="item category")] = None,
    since: DateQuery = None,
    until: DateQuery = None,
    modality: Annotated[Modality | None, Query(description="keep claims with a statement of this modality")] = None,
    min_origins: Annotated[
        int, Query(ge=0, le=100, description="least independent origins (cited sources, or outlets)")
    ] = 0,
    min_sources: Annotated[
        int | None, Query(ge=0, le=100, deprecated=True, description="the former name of min_origins")
    ] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
) -> TransferPageOut:
    """Transfer claims, newest first, each with every statement of it: the article (title, publisher,
    url, date), the quote and its offsets, its modality and the sources it cites."""
    wanted = transfer_filter(
        store.view(),
        supplier=supplier,
        recipient=recipient,
        item=item.value if item else None,
        since=since,
        until=until,
        modality=modality.value if modality else None,
        min_origins=max(min_origins, min_sources or 0),
    )
    return page_out(store.view().transfers_page(wanted, limit=limit, offset=offset))
