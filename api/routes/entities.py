"""GET /entities?q= and GET /entities/{id}."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query

from api.deps import Reader, StoreDep
from api.schemas import EntityHit, EntityOut
from graph.model import EntityKind

router = APIRouter(tags=["entities"], dependencies=[Reader])


@router.get("/entities", response_model=list[EntityHit], summary="Find entities by name or alias")
def find(
    store: StoreDep,
    q: Annotated[
        str, Query(min_length=1, max_length=200, description="any name, either language", examples=["Moscou"])
    ],
    kind: Annotated[EntityKind | None, Query()] = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 20,
) -> list[EntityHit]:
    """Entities one of whose names (in any language seen) contains the words of `q`."""
    hits = store.view().search(q, kind=kind.value if kind else "", limit=limit)
    return [EntityHit.model_validate(hit) for hit in hits]


@router.get("/entities/{entity_id}", response_model=EntityOut, summary="An entity and its claims")
def describe(store: StoreDep, entity_id: Annotated[str, Path(max_length=200, examples=["KP"])]) -> EntityOut:
    """The entity's kind and aliases, the claims it takes part in by role, and a timeline of its
    transfers by month."""
    return EntityOut.model_validate(store.view().entity(entity_id))
