"""Errors as application/problem+json (RFC 9457), rendered in one place: a clear title and detail,
the status of the error's class, never a stack trace."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from api.errors import answer
from graph.errors import OsintkgError

PROBLEM_TYPE = "application/problem+json"
log = logging.getLogger("osintkg.api")


def problem(
    status: int, title: str, detail: str, instance: str, headers: Mapping[str, str] | None = None, **extra: Any
) -> JSONResponse:
    slug = title.lower().replace(" ", "-")
    body = {
        "type": f"urn:osintkg:problem:{slug}",
        "title": title,
        "status": status,
        "detail": detail,
        "instance": instance,
        **extra,
    }
    return JSONResponse(body, status_code=status, media_type=PROBLEM_TYPE, headers=headers)


async def _osintkg_error(request: Request, error: Exception) -> JSONResponse:
    assert isinstance(error, OsintkgError)
    status, title, _ = answer(error)
    return problem(status, title, str(error), request.url.path)


async def _validation_error(request: Request, error: Exception) -> JSONResponse:
    assert isinstance(error, RequestValidationError)
    errors = [{"where": ".".join(str(p) for p in e["loc"]), "problem": e["msg"]} for e in error.errors()]
    first = errors[0] if errors else {"where": "request", "problem": "invalid"}
    return problem(422, "Invalid input", f"{first['where']}: {first['problem']}", request.url.path, errors=errors)


async def _http_error(request: Request, error: Exception) -> JSONResponse:
    assert isinstance(error, StarletteHTTPException)
    titles = {404: "Not found", 405: "Method not allowed", 413: "Input too large", 415: "Unsupported media type"}
    title = titles.get(error.status_code, "Request refused")
    # the headers the error carries, such as Allow on a 405, go out with it
    return problem(error.status_code, title, str(error.detail), request.url.path, headers=error.headers)


async def _unexpected(request: Request, error: Exception) -> JSONResponse:
    log.exception("unexpected error on %s", request.url.path)
    return problem(500, "Internal error", "the server met an unexpected error; it has been logged", request.url.path)


def install(app: FastAPI) -> None:
    app.add_exception_handler(OsintkgError, _osintkg_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(Exception, _unexpected)
