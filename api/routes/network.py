"""GET /network: who are the hubs and brokers of supply, the route between two actors, year by year."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from api.deps import Reader, StoreDep
from api.exports import Selection, route_ends
from api.schemas import NetworkOut
from graph.analytics import Rank, analyse
from graph.export.dataset import chunks_of

router = APIRouter(tags=["network"], dependencies=[Reader])


@router.get("/network", response_model=NetworkOut, summary="Hubs, brokers and routes of the supply network")
def network(
    store: StoreDep,
    chosen_ids: Selection,
    path_from: Annotated[str | None, Query(alias="from", max_length=200, description="start of a route")] = None,
    path_to: Annotated[str | None, Query(alias="to", max_length=200, description="end of the route")] = None,
    top: Annotated[int, Query(ge=1, le=100, description="entries of each ranking")] = 10,
    rank: Annotated[
        Rank, Query(description="rank suppliers and recipients by claims or by independent origins")
    ] = "claims",
) -> NetworkOut:
    """The suppliers and recipients ranked by claims (with their independent origins), the brokers
    (betweenness in the graph of flows, ports and vessels), the route of supply from `from` to `to`
    through the ports and vessels the claims give, and each year's new and stopped flows and trends;
    every figure with the claim ids behind it. Filters as /transfers; at most OSINTKG_EXPORT_MAX_CLAIMS."""
    route = route_ends(store.view(), {"from": path_from, "to": path_to})
    return NetworkOut.model_validate(analyse(chunks_of(store, chosen_ids), path=route, top=top, rank=rank))
