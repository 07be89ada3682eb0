"""Exports at scale: a synthetic graph of 100 000 claims (`OSINTKG_BENCH_EXPORT_CLAIMS`) bulk-loaded into a
new embedded store, then `osintkg export` of it in each format and syntax, one after the other in one
process: the seconds each takes end to end (reading the store a chunk at a time and writing the file),
claims per second, and the file's size; and `osintkg network` over the same claims. One run each (the
Turtle export of 100 000 claims takes minutes): read the figures as orders of magnitude.
"""

from __future__ import annotations

import os
import resource
import tempfile
import time
from pathlib import Path

from benchmarks.synthetic.parts import generate_parts
from graph.analytics import analyse
from graph.export.dataset import chunks
from graph.export.formats import FORMATS
from graph.store import open_store
from graph.transfers import TransferFilter

CLAIMS = int(os.environ.get("OSINTKG_BENCH_EXPORT_CLAIMS", "100000"))


def run() -> list[tuple[str, str, str]]:
    rows = []
    with tempfile.TemporaryDirectory(prefix="osintkg-export-") as folder:
        with open_store(Path(folder) / "store") as store:
            store.writer().bulk_load(generate_parts(CLAIMS, 7))
        with open_store(Path(folder) / "store", read_only=True) as store:
            started = time.perf_counter()
            claims = sum(len(chunk.claims) for chunk in chunks(store, TransferFilter()))
            rows.append((f"read {claims:,} claims for an export", _seconds(started, claims), ""))
            for fmt in FORMATS.values():
                for syntax in fmt.syntaxes:
                    path = Path(folder) / f"out{syntax.suffix}"
                    started = time.perf_counter()
                    with path.open("w", encoding="utf-8") as out:
                        for piece in syntax.write(chunks(store)):
                            out.write(piece)
                    size = f", {path.stat().st_size / 2**20:,.0f} MiB"
                    rows.append(
                        (f"export {fmt.name} ({syntax.name}), {claims:,} claims", _seconds(started, claims) + size, "")
                    )
                    path.unlink()
            started = time.perf_counter()
            analyse(chunks(store), path=("KP", "RU"))
            rows.append((f"network analytics, {claims:,} claims", _seconds(started, claims), ""))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 2**10
    rows.append(("peak memory of the process (loading included)", f"{peak:,.0f} MiB RSS", ""))
    return rows


def _seconds(started: float, claims: int) -> str:
    elapsed = time.perf_counter() - started
    return f"{elapsed:,.1f} s ({claims / elapsed:,.0f} claims/s)"
