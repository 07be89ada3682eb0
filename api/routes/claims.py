"""GET /claims/{id}: a claim's provenance, re-checked."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path

from api.deps import Reader, StoreDep
from api.schemas import AuditOut, audit_out

router = APIRouter(tags=["claims"], dependencies=[Reader])


@router.get("/claims/{claim_id}", response_model=AuditOut, summary="Audit a claim back to its sources")
def audit(
    store: StoreDep, claim_id: Annotated[str, Path(max_length=100, examples=["claim:9b8e923342796d64ba8f"])]
) -> AuditOut:
    """Every statement of the claim, each quote re-read from the stored article and the article's text
    checked against its sha256; who each article cites; how many independent origins support it; flags
    for claims resting on one origin or on unnamed sources only; and the claims that contradict it."""
    return audit_out(store.view().audit(claim_id))
