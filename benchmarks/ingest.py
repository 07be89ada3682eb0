"""Ingest end to end, and its memory: `osintkg ingest` of article files into a new embedded store.

Each run is the real command line in its own process (read, extract on every worker, write in
batches), watched every 0.2 s: wall time, articles/s, and the peak memory of the main process and
of the main process with its children (workers, and the server they are forked from) together.

Memory is the proportional set size (PSS): a page several processes share (the models the workers
are forked with, the libraries) counts once in all, split between them, so the sum over the
processes is what the ingest takes from the machine. The sum of their resident sets (RSS), which
counts a shared page once per process, is shown too.

- throughput: 200 articles, on 1 worker and on every core;
- memory: 10 000 articles on every core (`OSINTKG_BENCH_ARTICLES` sets another count).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import psutil

from benchmarks.corpus import articles

THROUGHPUT_ARTICLES = 200
MEMORY_ARTICLES = 10_000
SAMPLE_SECONDS = 0.2
OSINTKG = Path(sys.executable).parent / "osintkg"


@dataclass
class Run:
    seconds: float
    main_mib: float  # PSS
    total_mib: float  # PSS
    total_rss_mib: float


def write_articles(count: int, folder: Path, *, on_topic_every: int = 1) -> None:
    """`count` different articles as `*.article.json` files, like a crawler's output (one in
    `on_topic_every` about arms transfers, `benchmarks.corpus.articles`)."""
    folder.mkdir(parents=True)
    for document in articles(count, on_topic_every=on_topic_every):
        path = folder / f"{document.id}.article.json"
        path.write_text(json.dumps(document.model_dump(mode="json", exclude_none=True)), encoding="utf-8")


def memory_mib(process: psutil.Process) -> tuple[float, float, float]:
    """PSS of a process, PSS of it with its children, and the sum of their RSS."""
    try:
        tree = [process.memory_full_info()]
        for child in process.children(recursive=True):
            tree.append(child.memory_full_info())
    except psutil.Error:
        return 0.0, 0.0, 0.0
    return tree[0].pss / 2**20, sum(m.pss for m in tree) / 2**20, sum(m.rss for m in tree) / 2**20


def ingest(folder: Path, store: Path, workers: int) -> Run:
    command = [str(OSINTKG), "ingest", str(folder), "--store", str(store), "--no-progress", "--workers", str(workers)]
    start = time.perf_counter()
    process = psutil.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peaks = [0.0, 0.0, 0.0]
    while process.poll() is None:
        peaks = [max(peak, now) for peak, now in zip(peaks, memory_mib(process), strict=True)]
        time.sleep(SAMPLE_SECONDS)
    seconds = time.perf_counter() - start
    if process.returncode:
        raise RuntimeError(f"osintkg ingest failed: {process.stderr.read().decode()[-500:] if process.stderr else ''}")
    return Run(seconds, *peaks)


def measure(count: int, workers_list: list[int]) -> list[tuple[int, Run]]:
    with tempfile.TemporaryDirectory(prefix="osintkg-ingest-") as tmp:
        folder = Path(tmp) / "articles"
        write_articles(count, folder)
        return [(workers, ingest(folder, Path(tmp) / f"store-{workers}", workers)) for workers in workers_list]


def run() -> list[tuple[str, str, str]]:
    cores = os.cpu_count() or 1
    rows = []
    for workers, result in measure(THROUGHPUT_ARTICLES, sorted({1, cores})):
        rows.append(
            (
                f"ingest {THROUGHPUT_ARTICLES} articles, {workers} worker(s)",
                f"{THROUGHPUT_ARTICLES / result.seconds:.1f} articles/s ({result.seconds:.1f} s)",
                "",
            )
        )
    count = int(os.environ.get("OSINTKG_BENCH_ARTICLES", MEMORY_ARTICLES))
    [(workers, result)] = measure(count, [cores])
    rows.append(
        (
            f"ingest {count:,} articles, {workers} workers: peak memory",
            f"{result.total_mib:.0f} MiB PSS (main {result.main_mib:.0f}); sum of RSS {result.total_rss_mib:.0f} "
            f"MiB ({count / result.seconds:.1f} articles/s)",
            "target < 1.5 GB",
        )
    )
    return rows
