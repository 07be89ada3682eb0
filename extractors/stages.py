"""Where an ingest's time goes: seconds per stage (read, language, first pass, models, qualifiers, tasks,
write), summed in this process, for `python -m benchmarks wire`'s profile of one worker.

    with stage("models"):
        ...
    SECONDS["models"]  # seconds spent there so far in this process

A stage costs two clock readings; stages are entered a few times per article, never per token.
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager

SECONDS: defaultdict[str, float] = defaultdict(float)


@contextmanager
def stage(name: str) -> Iterator[None]:
    start = time.perf_counter()
    try:
        yield
    finally:
        SECONDS[name] += time.perf_counter() - start
