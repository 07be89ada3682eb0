"""The HTTP API: who supplied what to whom, when, and on whose evidence; provenance audits of claims.

    uvicorn api.app:app            (or `osintkg serve`)

The store is opened in the app's lifespan (not at import) and closed when the server stops.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import Depends, FastAPI

from api import docs, openapi, problems
from api.analysts import AnalystQueries
from api.deps import known_query_parameters
from api.extraction import Extraction
from api.limits import BodyLimit
from api.routes import ask, claims, cypher, documents, entities, exports, network, transfers
from api.settings import Settings, load_settings
from api.ui import pages

REQUEST_OVERHEAD_BYTES = 64 * 1024  # JSON escaping and metadata around an article's text
DESCRIPTION = """osintkg answers **who supplied what to whom, when, and on whose evidence**, from news articles
in French and English. Every claim carries its evidence: the exact quote, its offsets in the stored article,
how sure the article is (asserted, reported, speculative, denied) and whom it cites.

Reads are open unless the server sets `OSINTKG_READ_KEY`; ingest (`POST /documents`) needs `OSINTKG_API_KEY`,
sent in the `X-API-Key` header. Errors are `application/problem+json` (RFC 9457)."""


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or load_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        app.state.settings = settings
        app.state.store = settings.open_store()
        app.state.extraction = Extraction(settings.api_workers)
        app.state.analysts = AnalystQueries(app.state.store, settings)
        try:
            yield
        finally:
            app.state.analysts.close()
            app.state.extraction.close()
            app.state.store.close()

    app = FastAPI(
        title="osintkg",
        version="0.1.0",
        description=DESCRIPTION,
        lifespan=lifespan,
        dependencies=[Depends(known_query_parameters)],
        docs_url=None,  # served from the package's assets (api/docs.py), not a CDN
        redoc_url=None,
    )
    problems.install(app)
    openapi.install(app, reads_open=not settings.read_key)
    docs.install(app)
    pages.install(app)
    for module in (transfers, claims, entities, ask, network, cypher, exports, documents):
        app.include_router(module.router)

    @app.get("/health", tags=["health"], summary="Whether the server and its store answer")
    def health() -> dict[str, str]:
        return {"status": "ok", "store": app.state.store.dialect}

    app.add_middleware(BodyLimit, max_bytes=settings.max_article_bytes + REQUEST_OVERHEAD_BYTES)
    return app


def __getattr__(name: str) -> FastAPI:
    """`uvicorn api.app:app`: the app built from the environment's settings, on first use."""
    if name == "app":
        return create_app()
    raise AttributeError(name)
