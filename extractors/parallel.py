"""Extraction on several cores: worker processes load the models once, then read article after article.

    for tag, outcome in extract_in_order(((path, document), ...), workers=2):
        ...  # outcome is the ArticleRecord, or the OsintkgError that refused the article

Outcomes come back in the order the articles went in, so what gets written, and in what order, is
the same whatever the number of workers. A few articles per worker are in flight at a time, so
memory stays flat however long the batch. With one worker everything runs in this process.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import TypeVar

from extractors.documents import Document
from extractors.pipeline import extract, tasks
from graph.errors import OsintkgError
from graph.model import ArticleRecord

Tag = TypeVar("Tag")
Outcome = ArticleRecord | OsintkgError
IN_FLIGHT_PER_WORKER = 4
PARENT_CHECK_SECONDS = 0.5


def start_worker(parent: int) -> None:
    """In each worker: build the tasks once, and end the worker if the parent process dies (killed,
    it cannot shut the pool down, and an orphan would hold its memory for ever)."""
    tasks()
    threading.Thread(target=_exit_when_orphaned, args=(parent,), daemon=True).start()


def _exit_when_orphaned(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(PARENT_CHECK_SECONDS)
    os._exit(1)


def extract_or_refuse(document: Document) -> Outcome:
    """The article's record, or the error that says why it cannot be read (returned, not raised)."""
    try:
        return extract(document)
    except OsintkgError as error:
        return error


def extract_in_order(jobs: Iterable[tuple[Tag, Document]], *, workers: int = 1) -> Iterator[tuple[Tag, Outcome]]:
    """Each job's tag with the outcome of extracting its document, in the order of `jobs`."""
    if workers <= 1:
        for tag, document in jobs:
            yield tag, extract_or_refuse(document)
        return
    # "spawn": a worker starts clean, without the parent's open store or its threads.
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(workers, mp_context=context, initializer=start_worker, initargs=(os.getpid(),)) as pool:
        window: deque[tuple[Tag, Future[Outcome]]] = deque()
        for tag, document in jobs:
            window.append((tag, pool.submit(extract_or_refuse, document)))
            if len(window) >= IN_FLIGHT_PER_WORKER * workers:
                oldest, future = window.popleft()
                yield oldest, future.result()
        while window:
            oldest, future = window.popleft()
            yield oldest, future.result()
