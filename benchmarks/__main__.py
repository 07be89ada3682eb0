"""Run the benchmarks and print one table: `python -m benchmarks [latency ...] [--store neo4j]`."""

from __future__ import annotations

import importlib
import os
import platform
import sys

from rich.console import Console
from rich.table import Table

BENCHMARKS = ["latency", "throughput", "quality", "ingest", "wire", "scale", "export"]
ONE_CORE = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")


def machine() -> str:
    import psutil
    import spacy

    memory = psutil.virtual_memory().total / 2**30
    return f"{os.cpu_count()} cores, {memory:.0f} GiB, Python {platform.python_version()}, spaCy {spacy.__version__}"


def main(arguments: list[str]) -> None:
    names = [a for i, a in enumerate(arguments) if a != "--store" and (i == 0 or arguments[i - 1] != "--store")]
    if "--store" in arguments:  # `scale --store neo4j`: the embedded store and Neo4j side by side
        chosen = arguments[arguments.index("--store") + 1 :][:1]
        if chosen != ["neo4j"]:
            raise SystemExit("--store takes neo4j (the embedded store is always measured)")
        os.environ["OSINTKG_BENCH_STORES"] = "embedded,neo4j"
    for variable in ONE_CORE:  # one core per process; set before the benchmarks import numpy
        os.environ.setdefault(variable, "1")
    table = Table("benchmark", "result", "target", title=machine())
    for name in names or BENCHMARKS:
        module = importlib.import_module(f"benchmarks.{name}")
        for row in module.run():
            table.add_row(*row)
    Console().print(table)


if __name__ == "__main__":
    main(sys.argv[1:])
