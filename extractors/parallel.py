"""Extraction on several cores: worker processes load the models once, then read article after article.

    for tag, outcome in extract_in_order(((path, document), ...), workers=2):
        ...  # outcome is the ArticleRecord, or the OsintkgError that refused the article

Outcomes come back in the order the articles went in, so what gets written, and in what order, is
the same whatever the number of workers. Articles go to the models a few at a time
(`ARTICLES_PER_BATCH`), and a few batches per worker are in flight, so memory stays flat however
many articles there are. With one worker everything runs in this process.

The pipeline (spaCy and its models) is imported where an article is extracted, not with this module:
the process that hands articles to workers never loads it (~80 MiB and 2 s less for it).
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
from typing import TypeVar

from extractors.documents import Document
from graph.errors import OsintkgError
from graph.model import ArticleRecord

Tag = TypeVar("Tag")
Outcome = ArticleRecord | OsintkgError
ARTICLES_PER_BATCH = 4  # read by the models together: bigger batches cost less per sentence
BATCHES_IN_FLIGHT_PER_WORKER = 2
PARENT_CHECK_SECONDS = 0.5


def start_worker(parent: int) -> None:
    """In each worker: build the tasks once, and end the worker if the parent process dies (killed,
    it cannot shut the pool down, and an orphan would hold its memory for ever)."""
    from extractors.pipeline import tasks

    tasks()
    threading.Thread(target=_exit_when_orphaned, args=(parent,), daemon=True).start()


def _exit_when_orphaned(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(PARENT_CHECK_SECONDS)
    os._exit(1)


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
    # "spawn": a worker starts clean, without the parent's open store or its threads.
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(workers, mp_context=context, initializer=start_worker, initargs=(os.getpid(),)) as pool:
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
