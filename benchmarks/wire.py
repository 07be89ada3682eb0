"""Keeping up with a news wire: `osintkg ingest` end to end of a feed where most articles are not about
arms transfers, against a plain spaCy pass of the same models over the same texts, on the same cores.

- the feed: N articles of 400-800 words (`OSINTKG_BENCH_WIRE_ARTICLES`, default 5 000), half French and
  half English, one in four about transfers (`benchmarks.corpus`), as `*.article.json` files;
- `osintkg ingest` of them into a new embedded store, in its own process, on 1 worker and on every
  core: articles/s, words/s and peak memory (PSS of the ingest with its workers, `benchmarks.ingest`);
- the plain pass: `nlp.pipe(texts, n_process=cores)` of the models as shipped, every component, over
  the same texts, models loaded before the clock starts (what a naive design would do, at its best);
- where the time goes: the same ingest in this process on one worker, over a slice of the feed
  (`OSINTKG_BENCH_WIRE_PROFILE`, default 500 articles), seconds per stage (`extractors.stages`).
"""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

import spacy

from benchmarks.corpus import LANGUAGES, articles, words
from benchmarks.ingest import Run, ingest, write_articles
from extractors.documents import Document
from extractors.nlp import MODELS

ARTICLES = 5_000
PROFILED = 500
ON_TOPIC_EVERY = 4


def plain_seconds(feed: list[Document], processes: int) -> float:
    """Seconds for spaCy as shipped to read every text of the feed on `processes` processes."""
    models = {language: spacy.load(MODELS[language]) for language in LANGUAGES}
    start = time.perf_counter()
    for language, nlp in models.items():
        texts = [d.text for d in feed if d.language == language]
        for _ in nlp.pipe(texts, n_process=processes, batch_size=16):
            pass
    return time.perf_counter() - start


def stage_seconds(folder: Path, store: Path) -> dict[str, float]:
    """Seconds per stage of an ingest of the folder's articles on one worker, in this process."""
    from api.ingest import ingest_paths
    from extractors.pipeline import load_everything
    from extractors.stages import SECONDS
    from graph.store import open_store

    load_everything()
    SECONDS.clear()
    start = time.perf_counter()
    with open_store(store) as graph:
        ingest_paths(graph, [folder], max_bytes=10 * 2**20, workers=1)
    return {**SECONDS, "total": time.perf_counter() - start}


def rate(count: int, word_count: int, seconds: float) -> str:
    return f"{count / seconds:.1f} articles/s, {word_count / seconds:,.0f} words/s ({seconds:.1f} s)"


def run() -> list[tuple[str, str, str]]:
    count = int(os.environ.get("OSINTKG_BENCH_WIRE_ARTICLES", ARTICLES))
    profiled = min(count, int(os.environ.get("OSINTKG_BENCH_WIRE_PROFILE", PROFILED)))
    cores = os.cpu_count() or 1
    feed = articles(count, on_topic_every=ON_TOPIC_EVERY)
    total_words = words(feed)
    with tempfile.TemporaryDirectory(prefix="osintkg-wire-") as tmp:
        folder, sample = Path(tmp) / "feed", Path(tmp) / "sample"
        write_articles(count, folder, on_topic_every=ON_TOPIC_EVERY)
        write_articles(profiled, sample, on_topic_every=ON_TOPIC_EVERY)
        runs: dict[int, Run] = {w: ingest(folder, Path(tmp) / f"store-{w}", w) for w in sorted({1, cores})}
        stages = stage_seconds(sample, Path(tmp) / "store-profile")
    plain = plain_seconds(feed, cores)
    name = f"{count:,} feed articles, 1 in {ON_TOPIC_EVERY} about transfers, {total_words:,} words, en+fr"
    rows = [(f"plain nlp.pipe, {cores} processes ({name})", rate(count, total_words, plain), "")]
    for workers, result in runs.items():
        rows.append((f"osintkg ingest, {workers} worker(s)", rate(count, total_words, result.seconds), ""))
        rows.append(("  peak memory", f"{result.total_mib:.0f} MiB PSS (main {result.main_mib:.0f})", ""))
    best = runs[cores]
    rows.append((f"  osintkg ingest / plain, {cores} processes", f"{plain / best.seconds:.2f}×", "target ≥ 10×"))
    rows.append((f"  osintkg ingest, {cores} workers", f"{count / best.seconds:.1f} articles/s", "target ≥ 100"))
    rows.append((f"  peak memory, {cores} workers", f"{best.total_mib:.0f} MiB PSS", "target < 1.5 GiB"))
    total = stages.pop("total")
    shares = ", ".join(
        f"{name} {seconds / total:.0%}" for name, seconds in sorted(stages.items(), key=lambda kv: -kv[1])
    )
    rows.append(
        (
            f"where one worker's time goes ({profiled} articles, {total:.1f} s)",
            f"{shares}; other {1 - sum(stages.values()) / total:.0%}",
            "",
        )
    )
    return rows
