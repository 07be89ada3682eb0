"""Extraction on several cores: worker processes load the models once, then read article after article.

    for tag, outcome in extract_in_order(((path, document), ...), workers=2):
        ...  # outcome is the ArticleRecord, or the OsintkgError that refused the article

Outcomes come back in the order the articles went in, so what gets written, and in what order, is
the same whatever the number of workers. Articles go to the models a few at a time
(`ARTICLES_PER_BATCH`), and a few batches per worker are in flight, so memory stays flat however
many articles there are. With one worker everything runs in this process.

The pipeline (spaCy and its models) is imported where an article is extracted, not with this module:
the process that hands articles to workers never loads it. Workers are forked from a server process
that loaded the models once (`extractors.preload`), so they share the models' memory rather than each
holding a copy; where there is no such server (Windows), each worker is spawned and loads its own.
(What each saves: benchmarks/README.md, "Measurements behind the design".)
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice
from multiprocessing.context import BaseContext
from typing import TypeVar

from extractors.documents import Document
from graph.errors import OsintkgError
from graph.model import ArticleRecord

Tag = TypeVar("Tag")
Outcome = ArticleRecord | OsintkgError
ARTICLES_PER_BATCH = 8  # read by the models together: bigger batches cost less per sentence
BATCHES_IN_FLIGHT_PER_WORKER = 2
PARENT_CHECK_SECONDS = 0.5
PRELOAD = "extractors.preload"


def worker_context() -> BaseContext:
    """How workers start: forked from a server that preloaded the models, or spawned clean. Never
    forked from the calling process itself, which may hold an open store and its threads."""
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload([PRELOAD])
        return context
    return multiprocessing.get_context("spawn")


def start_worker(ingest: int) -> None:
    """In each worker: load what extraction needs (already there when forked from the server), and
    end the worker when the ingesting process dies (killed, it cannot shut the pool down, and an
    orphan would hold its memory for ever). That process is watched by its id, not as the worker's
    parent: a forked worker's parent is the server, which lives as long as its workers do."""
    from extractors.pipeline import load_everything

    load_everything()
    threading.Thread(target=_exit_when_gone, args=(ingest,), daemon=True).start()


def _exit_when_gone(ingest: int) -> None:
    while _alive(ingest):
        time.sleep(PARENT_CHECK_SECONDS)
    os._exit(1)


def _alive(process: int) -> bool:
    try:
        os.kill(process, 0)  # signal 0: only asks whether the process exists
    except ProcessLookupError:
        return False
    except PermissionError:  # it exists, run by another user
        pass
    return True


def extract_batch(documents: list[Document]) -> list[Outcome]:
    """Each article's record, or the error that says why it cannot be read (returned, not raised). The
    models read the articles' sentences in one batch (cheaper per sentence); when an article is
    refused, each is read again alone, so that it refuses only itself."""
    from extractors.pipeline import extract_many

    try:
        return list(extract_many(documents))
    except OsintkgError as error:
        if len(documents) == 1:
            return [error]
        return [outcome for document in documents for outcome in extract_batch([document])]


def extract_in_order(jobs: Iterable[tuple[Tag, Document]], *, workers: int = 1) -> Iterator[tuple[Tag, Outcome]]:
    """Each job's tag with the outcome of extracting its document, in the order of `jobs`."""
    batches = in_batches(jobs, ARTICLES_PER_BATCH)
    if workers <= 1:
        for tags, documents in batches:
            yield from zip(tags, extract_batch(documents), strict=True)
        return
    pool = ProcessPoolExecutor(workers, mp_context=worker_context(), initializer=start_worker, initargs=(os.getpid(),))
    with pool:
        window: deque[tuple[list[Tag], Future[list[Outcome]]]] = deque()
        for tags, documents in batches:
            window.append((tags, pool.submit(extract_batch, documents)))
            if len(window) >= BATCHES_IN_FLIGHT_PER_WORKER * workers:
                oldest, future = window.popleft()
                yield from zip(oldest, future.result(), strict=True)
        while window:
            oldest, future = window.popleft()
            yield from zip(oldest, future.result(), strict=True)


def in_batches(jobs: Iterable[tuple[Tag, Document]], size: int) -> Iterator[tuple[list[Tag], list[Document]]]:
    """The jobs `size` at a time, as (tags, documents)."""
    remaining = iter(jobs)
    while batch := list(islice(remaining, size)):
        yield [tag for tag, _ in batch], [document for _, document in batch]
