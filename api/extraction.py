"""Extraction for the API's concurrent requests.

A spaCy pipeline is not safe to share between threads: two requests extracting at once corrupt its
string store (E084) and every later request fails. The server's extraction therefore never runs on
two threads at once: either in the server process behind a lock (`workers=0`), or in a pool of
worker processes, each with its own models, forked as `osintkg ingest`'s are (`workers>=1`).
Reading what is stored and writing stay in the server, where the store serialises writes.

One worker process serves concurrent posts best on two cores (benchmarks/README.md, "Measurements
behind the design"): extraction then no longer holds the server's interpreter lock, and the other
core is left to the server's reads and writes.
"""

from __future__ import annotations

import asyncio
import os
import threading
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from starlette.concurrency import run_in_threadpool

from api.ingest import is_stored
from extractors.documents import Document
from graph.errors import BusyError, OsintkgError
from graph.model import ArticleRecord
from graph.store import Store


class Extraction:
    """Extracts one article at a time per worker; `close` ends the workers."""

    def __init__(self, workers: int = 0) -> None:
        self.workers = workers
        self._lock = threading.Lock()
        self._pool: ProcessPoolExecutor | None = None

    async def ingest(self, store: Store, document: Document) -> ArticleRecord | None:
        """Extract and write one article; None when the same text is already stored (nothing changes)."""
        if await run_in_threadpool(is_stored, store, document):
            return None
        record = await self.extract(document)
        written = await run_in_threadpool(store.write, [record])
        return record if written[0] else None

    async def extract(self, document: Document) -> ArticleRecord:
        if self.workers <= 0:
            return await run_in_threadpool(self._extract_here, document)
        try:
            outcome = await asyncio.wrap_future(self._workers().submit(_extract_one, document))
        except BrokenProcessPool:
            self._pool = None  # the next article starts new workers
            raise BusyError("an extraction worker stopped unexpectedly; send the article again") from None
        if isinstance(outcome, OsintkgError):
            raise outcome
        return outcome

    def _extract_here(self, document: Document) -> ArticleRecord:
        from extractors.pipeline import extract  # here: the command line starts without spaCy

        with self._lock:
            return extract(document)

    def _workers(self) -> ProcessPoolExecutor:
        with self._lock:  # started on the first article, once
            if self._pool is None:
                from extractors.parallel import start_worker, worker_context

                self._pool = ProcessPoolExecutor(
                    self.workers, mp_context=worker_context(), initializer=start_worker, initargs=(os.getpid(),)
                )
            return self._pool

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)


def _extract_one(document: Document) -> ArticleRecord | OsintkgError:
    from extractors.parallel import extract_batch

    return extract_batch([document])[0]
