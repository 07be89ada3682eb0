"""`python -m benchmarks.synthetic 1000000 --store /tmp/store`: generate a synthetic graph, bulk-load it into an
embedded store (or only count its rows, without --store), and print the time taken and the peak memory."""

from __future__ import annotations

import argparse
import resource
import time
from pathlib import Path

from .parts import generate_parts


def main() -> None:
    parser = argparse.ArgumentParser(description="Generate a synthetic graph and bulk-load it into an embedded store.")
    parser.add_argument("claims", type=int)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--store", type=Path, help="an embedded store directory to load into (must not exist)")
    args = parser.parse_args()
    started = time.perf_counter()
    if args.store is None:
        counts: dict[str, int] = {}
        for part in generate_parts(args.claims, args.seed):
            for name, n in part.counts().items():
                counts[name] = counts.get(name, 0) + n
        print(f"generated in {time.perf_counter() - started:.1f} s: {counts}")
    else:
        from graph.store import open_store

        with open_store(args.store) as store:
            store.writer().bulk_load(generate_parts(args.claims, args.seed))
            print(f"generated and loaded in {time.perf_counter() - started:.1f} s: {store.view().stats()['nodes']}")
    print(f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 2**10:.0f} MiB")


if __name__ == "__main__":
    main()
