"""Run the benchmarks and print one table: `python -m benchmarks [latency ...]`."""

from __future__ import annotations

import importlib
import os
import platform
import sys

from rich.console import Console
from rich.table import Table

BENCHMARKS = ["latency", "throughput", "quality", "ingest", "scale"]
ONE_CORE = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")


def machine() -> str:
    import psutil
    import spacy

    memory = psutil.virtual_memory().total / 2**30
    return f"{os.cpu_count()} cores, {memory:.0f} GiB, Python {platform.python_version()}, spaCy {spacy.__version__}"


def main(names: list[str]) -> None:
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
