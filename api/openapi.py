"""The OpenAPI document says what each route really answers: besides its result, its errors, each as
`application/problem+json` (the shape `api/problems.py` renders), by route group (its tag)."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi
from pydantic import BaseModel, ConfigDict, Field

from api.problems import PROBLEM_TYPE

MEANINGS = {
    400: "invalid query: the store or the request's JSON could not be read",
    401: "a key is needed: send it in the X-API-Key header",
    403: "refused: a query that would write or reach files, or ingest switched off",
    404: "no such entity or claim, or no entity by the name given",
    408: "the query ran past its time limit and was stopped",
    409: "the id is already used by another text",
    413: "the body is over the size limit, or an export over its most claims",
    415: "unsupported media type",
    422: "invalid input: the detail names the field",
    503: "busy or the store is unavailable: try again later",
}
READS = (401, 422, 503)
ERRORS_BY_TAG = {
    "transfers": (*READS, 404),
    "claims": (*READS, 404),
    "entities": (*READS, 404),
    "questions": (*READS, 404),
    "cypher": (*READS, 400, 403, 408, 413),
    "exports": (*READS, 404, 413),
    "network": (*READS, 404, 413),
    "documents": (*READS, 400, 403, 409, 413, 415),
    "health": (422,),  # an unknown query parameter
}


class Problem(BaseModel):
    """An error (RFC 9457)."""

    model_config = ConfigDict(extra="allow")

    type: str = Field(examples=["urn:osintkg:problem:invalid-input"])
    title: str
    status: int
    detail: str
    instance: str
    errors: list[dict[str, str]] | None = Field(None, description="each invalid field (422)")


def install(app: FastAPI, *, reads_open: bool) -> None:
    """Build the document once, with each operation's error responses, when it is first asked for;
    `reads_open`: reads need no key on this server (no OSINTKG_READ_KEY), so they never answer 401."""

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            document = get_openapi(title=app.title, version=app.version, description=app.description, routes=app.routes)
            with_problems(document, reads_open=reads_open)
            app.openapi_schema = document
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]


def with_problems(document: dict[str, Any], *, reads_open: bool) -> None:
    schemas = document.setdefault("components", {}).setdefault("schemas", {})
    schemas["Problem"] = Problem.model_json_schema(ref_template="#/components/schemas/{model}")
    for name in ("HTTPValidationError", "ValidationError"):
        schemas.pop(name, None)
    for operations in document["paths"].values():
        for operation in operations.values():
            statuses = {s for tag in operation.get("tags", []) for s in ERRORS_BY_TAG.get(tag, ())}
            if reads_open and "documents" not in operation.get("tags", []) and "security" in operation:
                operation["security"] = [{}, *operation["security"]]  # the key is optional
                statuses.discard(401)
            operation["responses"].pop("422", None)
            for status in sorted(statuses):
                operation["responses"][str(status)] = {
                    "description": MEANINGS[status],
                    "content": {PROBLEM_TYPE: {"schema": {"$ref": "#/components/schemas/Problem"}}},
                }
