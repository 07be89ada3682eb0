"""POST /cypher: read-only Cypher with a time limit and a row limit."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Body
from pydantic import BaseModel, Field

from api.deps import AnalystsDep, Reader

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
    truncated: bool = Field(description="the row limit or the size limit cut the result")


@router.post("/cypher", response_model=CypherOut, summary="Run a read-only Cypher query")
async def run(analysts: AnalystsDep, body: Annotated[CypherIn, Body()]) -> CypherOut:
    """Only reading clauses and the schema's read-only procedures: anything else (a write, LOAD,
    COPY, a setting ...) is refused with 403. A query past the time limit is stopped with 408; the
    answer is cut at the row limit and at the size limit (`truncated`); with too many queries
    running at once, 503."""
    result = await analysts.run(body.query, body.params, body.limit)
    return CypherOut(columns=result["columns"], rows=result["rows"], truncated=result["truncated"])
