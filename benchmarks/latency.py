"""Extraction latency: one article of 600 words, on one core, after the models are loaded (median)."""

from __future__ import annotations

import statistics
import time

from benchmarks.corpus import article_of
from extractors.pipeline import extract

WORDS = 600
RUNS = 9


def run() -> list[tuple[str, str, str]]:
    rows = []
    for language in ("en", "fr"):
        document = article_of(WORDS, language)
        extract(document)  # loads the models and warms the caches
        times = []
        for _ in range(RUNS):
            start = time.perf_counter()
            extract(document)
            times.append(time.perf_counter() - start)
        words = len(document.text.split())
        rows.append(
            (
                f"extract one {language} article ({words} words)",
                f"{statistics.median(times) * 1000:.0f} ms median of {RUNS}",
                "target < 150 ms",
            )
        )
    return rows
