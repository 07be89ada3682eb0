"""POST /cypher: read-only Cypher with a time limit and a row limit."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Body
from pydantic import BaseModel, Field

from api.deps import Reader, SettingsDep, StoreDep

router = APIRouter(tags=["cypher"], dependencies=[Reader])


class CypherIn(BaseModel):
    query: str = Field(
        min_length=1,
        max_length=20_000,
        examples=["MATCH (c:Claim)-[:SUPPLIER]->(s:Entity {id: 'KP'}) RETURN c.item AS item, count(*) AS n"],
    )
    params: dict[str, Any] = Field(default_factory=dict, examples=[{}])
    limit: int | None = Field(None, ge=1, description="most rows (capped by the server's OSINTKG_QUERY_ROW_LIMIT)")


class CypherOut(BaseModel):
    columns: list[str]
    rows: list[list[Any]]
    truncated: bool = Field(description="the row limit cut the result")


@router.post("/cypher", response_model=CypherOut, summary="Run a read-only Cypher query")
def run(store: StoreDep, settings: SettingsDep, body: Annotated[CypherIn, Body()]) -> CypherOut:
    """A query that would write (CREATE, MERGE, SET, DELETE ...) or call a procedure other than the
    schema's read-only ones is refused with 403; a query past the time limit is stopped with 408."""
    limit = min(body.limit or settings.query_row_limit, settings.query_row_limit)
    result = store.view().query(body.query, body.params, limit=limit, timeout_ms=settings.query_timeout_ms)
    return CypherOut(columns=result["columns"], rows=result["rows"], truncated=result["truncated"])
