"""Analysts' Cypher, kept apart from the API's own reads so that an expensive query cannot starve them.

Queries run on threads of their own (`OSINTKG_QUERY_CONCURRENCY` at once, as many again waiting, the
rest refused with 503), each on a store connection of its own that uses one core (embedded store),
stopped at the time limit, its answer cut at the row limit and at `OSINTKG_QUERY_MAX_BYTES`.
"""

from __future__ import annotations

import asyncio
import threading
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from api.settings import Settings
from graph.errors import BusyError
from graph.store import Store
from graph.store.view import QueryResult

WAITING_PER_RUNNING = 1


class AnalystQueries:
    def __init__(self, store: Store, settings: Settings) -> None:
        self.store = store
        self.settings = settings
        running = settings.query_concurrency
        self._threads = ThreadPoolExecutor(running, thread_name_prefix="osintkg-cypher")
        self._admitted = threading.BoundedSemaphore(running * (1 + WAITING_PER_RUNNING))

    async def run(self, statement: str, params: dict[str, Any], limit: int | None) -> QueryResult:
        if not self._admitted.acquire(blocking=False):
            raise BusyError("too many Cypher queries are running or waiting: send this one again shortly")
        try:
            return await asyncio.wrap_future(self._threads.submit(self._run, statement, params, limit))
        finally:
            self._admitted.release()

    def _run(self, statement: str, params: dict[str, Any], limit: int | None) -> QueryResult:
        settings = self.settings
        return self.store.view().query(
            statement,
            params,
            limit=min(limit or settings.query_row_limit, settings.query_row_limit),
            timeout_ms=settings.query_timeout_ms,
            max_bytes=settings.query_max_bytes,
        )

    def close(self) -> None:
        self._threads.shutdown(cancel_futures=True)
