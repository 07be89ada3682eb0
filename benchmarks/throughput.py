"""Extraction throughput: osintkg's extraction against a plain `nlp.pipe` of the same spaCy models over
the same texts, in the same run, on one process and on every core.

Two corpora: articles that are all about arms transfers (most of their sentences can state a claim,
so most are parsed), and a news feed where one article in four is (`benchmarks.corpus`).

The plain pass is what a naive design would do: every component of the model (tagger, parser, NER,
lemmatizer...) on every sentence. osintkg tokenises everything but runs the models only on the
sentences a cheap first pass picks (`extractors.selection`), then reads claims out of them.
osintkg's models do their matrix products with numpy's OpenBLAS on one thread (`extractors.nlp`),
where spaCy as shipped uses blis; a third pass, the plain one with osintkg's matrix product, shows
how much of the ratio is that choice and how much is reading fewer sentences with fewer models.
On several cores both run in a pool of worker processes that loaded the models once; the time is
taken once the pool is up (steady state), over the same chunks of articles.
"""

from __future__ import annotations

import os
import statistics
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor

import spacy
from spacy.language import Language
from thinc.api import use_ops

from benchmarks.corpus import LANGUAGES, articles, words
from extractors.documents import Document
from extractors.nlp import MODELS
from extractors.parallel import ARTICLES_PER_BATCH, extract_in_order, worker_context
from extractors.pipeline import tasks

CORPUS = 60  # articles, half in each language
FEED_ON_TOPIC_EVERY = 4  # the news feed: one article in four about transfers, the others about other news
RUNS = 3
CHUNK = ARTICLES_PER_BATCH  # articles per job sent to a worker, as an ingest sends them
_PLAIN: dict[tuple[str, bool], Language] = {}


def load_plain(blis: bool = True) -> None:
    """The spaCy models as shipped, every component enabled by default (with `blis=False`, their
    matrix products done by numpy's OpenBLAS, as osintkg's are)."""
    for language in LANGUAGES:
        if (language, blis) not in _PLAIN:
            with use_ops("numpy", use_blis=blis):
                _PLAIN[language, blis] = spacy.load(MODELS[language])


def plain_pass(documents: list[Document], blis: bool = True) -> int:
    load_plain(blis)
    for language in LANGUAGES:
        for _ in _PLAIN[language, blis].pipe(d.text for d in documents if d.language == language):
            pass
    return len(documents)


def osintkg_pass(documents: list[Document]) -> int:
    """What an ingest does in one process: the articles extracted a few at a time (`extract_in_order`)."""
    for _ in extract_in_order((d.id, d) for d in documents):
        pass
    return len(documents)


def load_both() -> None:
    load_plain()
    tasks()


def median_seconds(work: Callable[[], object]) -> float:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def on_workers(work: Callable[[list[Document]], int], corpus: list[Document], workers: int) -> float:
    """Median seconds for a pool of `workers` processes to get through the corpus, once the pool is up."""
    chunks = [corpus[i : i + CHUNK] for i in range(0, len(corpus), CHUNK)]
    with ProcessPoolExecutor(workers, mp_context=worker_context(), initializer=load_both) as pool:
        list(pool.map(work, chunks[: workers * 2]))  # every worker up, models loaded
        return median_seconds(lambda: list(pool.map(work, chunks)))


def rate(corpus: list[Document], seconds: float) -> str:
    return f"{len(corpus) / seconds:.1f} articles/s, {words(corpus) / seconds:,.0f} words/s"


def run() -> list[tuple[str, str, str]]:
    corpus, cores = articles(CORPUS), os.cpu_count() or 1
    feed = articles(CORPUS, on_topic_every=FEED_ON_TOPIC_EVERY)
    load_both()
    osintkg_pass(corpus[:4])  # warm the caches
    plain = median_seconds(lambda: plain_pass(corpus))
    plain_openblas = median_seconds(lambda: plain_pass(corpus, blis=False))
    ours = median_seconds(lambda: osintkg_pass(corpus))
    plain_feed = median_seconds(lambda: plain_pass(feed))
    ours_feed = median_seconds(lambda: osintkg_pass(feed))
    plain_all = on_workers(plain_pass, corpus, cores)
    ours_all = on_workers(osintkg_pass, corpus, cores)
    name = f"{len(corpus)} articles about transfers, {words(corpus):,} words, en+fr"
    feed_name = f"{len(feed)} articles, 1 in {FEED_ON_TOPIC_EVERY} about transfers, {words(feed):,} words"
    return [
        (f"plain nlp.pipe, 1 process ({name})", rate(corpus, plain), ""),
        ("osintkg extraction, 1 process", rate(corpus, ours), ""),
        ("  osintkg / plain, 1 process", f"{plain / ours:.2f}×", "target ≥ 2×"),
        ("plain nlp.pipe, 1 process, OpenBLAS as osintkg", rate(corpus, plain_openblas), ""),
        ("  osintkg / plain with the same matrix product, 1 process", f"{plain_openblas / ours:.2f}×", ""),
        (f"plain nlp.pipe, {cores} processes", rate(corpus, plain_all), ""),
        (f"osintkg extraction, {cores} processes", rate(corpus, ours_all), ""),
        (f"  osintkg {cores} processes / 1 process", f"{ours / ours_all:.2f}×", "target ≥ 1.7× on 2 cores"),
        (f"  osintkg / plain, {cores} processes", f"{plain_all / ours_all:.2f}×", ""),
        (f"plain nlp.pipe, 1 process, news feed ({feed_name})", rate(feed, plain_feed), ""),
        ("osintkg extraction, 1 process, news feed", rate(feed, ours_feed), ""),
        ("  osintkg / plain, 1 process, news feed", f"{plain_feed / ours_feed:.2f}×", ""),
    ]
