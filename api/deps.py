"""What handlers are given: the settings, the store (built once in the app's lifespan), and the key
checks (ingest needs the API key; reads are open unless a read key is configured)."""

from __future__ import annotations

import secrets
from typing import Annotated

from fastapi import Depends, Request, Security
from fastapi.dependencies.models import Dependant
from fastapi.security import APIKeyHeader

from api.analysts import AnalystQueries
from api.extraction import Extraction
from api.settings import Settings
from graph.errors import AuthenticationError, BadInputError, ForbiddenError
from graph.store import Store

api_key_header = APIKeyHeader(name="X-API-Key", auto_error=False, description="the API key (OSINTKG_API_KEY)")


def known_query_parameters(request: Request) -> None:
    """Every route refuses a query parameter it does not take (422, the parameter named): a misspelt filter
    ("?suplier=") would otherwise be ignored, and an answer for everything taken for a filtered one."""
    route = request.scope.get("route")
    dependant = getattr(route, "dependant", None)
    if dependant is None:
        return
    taken = _query_names(dependant)
    unknown = sorted(set(request.query_params.keys()) - taken)
    if unknown:
        known = ", ".join(sorted(taken)) or "none"
        raise BadInputError(f"unknown query parameter {unknown[0]!r} (this route takes: {known})")


def _query_names(dependant: Dependant) -> set[str]:
    """The query parameters a route takes, its dependencies' included."""
    names = {parameter.alias for parameter in dependant.query_params}
    return names.union(*(_query_names(sub) for sub in dependant.dependencies))


def get_settings(request: Request) -> Settings:
    return request.app.state.settings


def get_store(request: Request) -> Store:
    return request.app.state.store


def get_extraction(request: Request) -> Extraction:
    return request.app.state.extraction


def get_analysts(request: Request) -> AnalystQueries:
    return request.app.state.analysts


SettingsDep = Annotated[Settings, Depends(get_settings)]
StoreDep = Annotated[Store, Depends(get_store)]
ExtractionDep = Annotated[Extraction, Depends(get_extraction)]
AnalystsDep = Annotated[AnalystQueries, Depends(get_analysts)]
KeyDep = Annotated[str | None, Security(api_key_header)]


def _matches(given: str | None, *expected: str | None) -> bool:
    return given is not None and any(e and secrets.compare_digest(given, e) for e in expected)


def require_reader(settings: SettingsDep, key: KeyDep) -> None:
    """Reads are open, unless OSINTKG_READ_KEY is set: then the read key (or the API key) is needed."""
    if settings.read_key and not _matches(key, settings.read_key, settings.api_key):
        raise AuthenticationError("this server needs a key to read: send it in the X-API-Key header")


def require_writer(settings: SettingsDep, key: KeyDep) -> None:
    """Ingest needs the API key; with none configured, ingest through the API is off."""
    if not settings.api_key:
        raise ForbiddenError("ingest through the API is off: set OSINTKG_API_KEY on the server to enable it")
    if not _matches(key, settings.api_key):
        raise AuthenticationError("ingest needs the API key: send it in the X-API-Key header")


Reader = Depends(require_reader)
Writer = Depends(require_writer)
