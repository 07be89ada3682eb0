"""POST /documents: ingest one article, atomically, and answer what was extracted from it."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query, Request, Response
from pydantic import BaseModel, Field

from api.deps import ExtractionDep, SettingsDep, StoreDep, Writer
from api.errors import UnsupportedMediaType
from api.schemas import ClaimOut, EntityRef, claim_from_model
from extractors.documents import Document, declaring, parse_article_json, parse_html, parse_text
from graph.errors import BadInputError, InputTooLargeError
from graph.model import (
    CALENDAR_DATE,
    DOCUMENT_ID_MAX,
    DOCUMENT_ID_PATTERN,
    LANGUAGE_PATTERN,
    WEB_URL_PATTERN,
    check_language,
)

router = APIRouter(tags=["documents"], dependencies=[Writer])
ARTICLE_EXAMPLE = {
    "id": "wire-2024-03-11",
    "title": "Ships seen at Rason",
    "publisher": "Example Wire",
    "published": "2024-03-11",
    "language": "en",
    "text": "North Korea shipped artillery shells to Russia through Rason in February, "
    "according to satellite imagery reviewed by analysts.",
}


class IngestOut(BaseModel):
    status: Literal["added", "unchanged"] = Field(description="unchanged: the same text was already stored")
    source_id: str
    claims: list[ClaimOut]
    entities: list[EntityRef]
    warnings: list[str]


def _document(content_type: str, body: bytes, metadata: dict[str, str | None]) -> Document:
    where = "request body"
    if content_type == "application/json":
        return parse_article_json(body, where=where)
    if not metadata.get("id"):
        raise BadInputError("a text or HTML body needs the article's id as the ?id= parameter", where=where)
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        raise BadInputError("the body is not UTF-8 text", where=where) from None
    fields = {k: v for k, v in metadata.items() if v and k != "id"}
    if content_type == "text/html":
        return parse_html(text, default_id=str(metadata["id"]), where=where, **fields)
    if content_type == "text/plain":
        return parse_text(text, default_id=str(metadata["id"]), where=where, **fields)
    raise UnsupportedMediaType(f"send application/json, text/plain or text/html, not {content_type or 'nothing'}")


@router.post(
    "/documents",
    response_model=IngestOut,
    status_code=201,
    responses={200: {"model": IngestOut, "description": "the same text was already stored (status `unchanged`)"}},
    summary="Ingest an article",
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {
                "application/json": {"schema": Document.model_json_schema(), "example": ARTICLE_EXAMPLE},
                "text/plain": {"schema": {"type": "string"}},
                "text/html": {"schema": {"type": "string"}},
            },
        }
    },
)
async def ingest(
    request: Request,
    response: Response,
    store: StoreDep,
    settings: SettingsDep,
    extraction: ExtractionDep,
    id: Annotated[
        str | None,
        Query(max_length=DOCUMENT_ID_MAX, pattern=DOCUMENT_ID_PATTERN, description="article id (text or HTML bodies)"),
    ] = None,
    url: Annotated[str | None, Query(max_length=2000, pattern=WEB_URL_PATTERN, description="http or https")] = None,
    title: Annotated[str | None, Query(max_length=1000)] = None,
    publisher: Annotated[str | None, Query(max_length=300)] = None,
    author: Annotated[str | None, Query(max_length=300)] = None,
    published: Annotated[
        str | None, Query(max_length=10, pattern=CALENDAR_DATE.pattern, description="ISO date, possibly partial")
    ] = None,
    language: Annotated[
        str | None,
        Query(
            pattern=LANGUAGE_PATTERN,
            description="the article's language (ISO 639-1; en and fr are read) when it declares none; "
            "detected when not given",
        ),
    ] = None,
) -> IngestOut:
    """The article (`*.article.json` shape, or text or HTML with its metadata as parameters) is written in
    one transaction, all of it or nothing; the same text again changes nothing (status `unchanged`)."""
    body = await request.body()
    if len(body) > settings.max_article_bytes:
        raise InputTooLargeError(f"the article is over the limit of {settings.max_article_bytes} bytes")
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    metadata = {
        "id": id,
        "url": url,
        "title": title,
        "publisher": publisher,
        "author": author,
        "published": published,
        "language": language,
    }
    try:
        check_language(language)
    except ValueError as error:
        raise BadInputError(f"query.language: {error}") from None
    document = declaring(_document(content_type, body, metadata), language=language)
    record = await extraction.ingest(store, document)
    if record is None:
        response.status_code = 200
        return IngestOut(status="unchanged", source_id=document.id, claims=[], entities=[], warnings=[])
    entities = {e.id: EntityRef(id=e.id, name=e.name, kind=e.kind.value) for e in record.entities}
    return IngestOut(
        status="added",
        source_id=document.id,
        warnings=list(record.source.warnings),
        claims=[claim_from_model(c, entities) for c in record.claims],
        entities=list(entities.values()),
    )
