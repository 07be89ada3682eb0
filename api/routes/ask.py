"""GET /ask: a plain question, French or English, answered through the same query as /transfers."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query

from api.deps import Reader, StoreDep
from api.filters import question_filter
from api.schemas import AnswerOut, EntityRef, Interpretation, page_out
from extractors.questions import Actor, read_question

router = APIRouter(tags=["questions"], dependencies=[Reader])


def _entity(actor: Actor | None) -> EntityRef | None:
    return EntityRef(id=actor.id, name=actor.name, kind=actor.kind) if actor else None


@router.get("/ask", response_model=AnswerOut, summary="Ask who supplied what to whom")
def ask(
    store: StoreDep,
    q: Annotated[
        str, Query(min_length=3, max_length=300, examples=["Qui a fourni des obus à la Russie depuis 2023 ?"])
    ],
    lang: Annotated[
        Literal["en", "fr"] | None, Query(description="the question's language (detected if absent)")
    ] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
) -> AnswerOut:
    """Reads the question into supplier, recipient, item and period, answers with /transfers' query, and
    returns the reading so that the caller can see how the question was understood."""
    reading = read_question(q, lang)
    supplier, recipient = _entity(reading.supplier), _entity(reading.recipient)
    wanted = question_filter(reading)
    interpretation = Interpretation(
        language=reading.language,
        supplier=supplier,
        recipient=recipient,
        item=reading.item,
        since=reading.since,
        until=reading.until,
        unread=reading.unread,
    )
    page = store.view().transfers_page(wanted, limit=limit, offset=offset)
    return AnswerOut(question=q, interpretation=interpretation, answer=page_out(page))
