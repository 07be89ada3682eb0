"""Ingest end to end, and its memory: `osintkg ingest` of article files into a new embedded store.

Each run is the real command line in its own process (read, extract on every worker, write in
batches), watched every 0.2 s: wall time, articles/s, and the peak resident memory of the main
process and of the main process and its workers together.

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
    main_mib: float
    total_mib: float


def write_articles(count: int, folder: Path) -> None:
    """`count` different articles as `*.article.json` files, like a crawler's output."""
    folder.mkdir(parents=True)
    for document in articles(count):
        path = folder / f"{document.id}.article.json"
        path.write_text(json.dumps(document.model_dump(mode="json", exclude_none=True)), encoding="utf-8")


def resident_mib(process: psutil.Process) -> tuple[float, float]:
    """Resident memory of a process, and of it with its children."""
    try:
        main = process.memory_info().rss
        children = sum(child.memory_info().rss for child in process.children(recursive=True))
    except psutil.Error:
        return 0.0, 0.0
    return main / 2**20, (main + children) / 2**20


def ingest(folder: Path, store: Path, workers: int) -> Run:
    command = [str(OSINTKG), "ingest", str(folder), "--store", str(store), "--no-progress", "--workers", str(workers)]
    start = time.perf_counter()
    process = psutil.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak_main = peak_total = 0.0
    while process.poll() is None:
        main, total = resident_mib(process)
        peak_main, peak_total = max(peak_main, main), max(peak_total, total)
        time.sleep(SAMPLE_SECONDS)
    seconds = time.perf_counter() - start
    if process.returncode:
        raise RuntimeError(f"osintkg ingest failed: {process.stderr.read().decode()[-500:] if process.stderr else ''}")
    return Run(seconds, peak_main, peak_total)


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
            f"main {result.main_mib:.0f} MiB, with workers {result.total_mib:.0f} MiB "
            f"({count / result.seconds:.1f} articles/s)",
            "target < 1.5 GB",
        )
    )
    return rows
