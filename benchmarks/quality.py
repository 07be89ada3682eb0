"""What selective parsing costs in quality: the dev-set scores with the models reading only the
sentences the first pass picks, and with them reading every sentence (`OSINTKG_PARSE_ALL=1`).

Needs the shared evaluation set (`../shared/eval`, or `OSINTKG_EVAL_DIR`); skipped without it.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

EVAL_DIR = Path(os.environ.get("OSINTKG_EVAL_DIR", Path(__file__).resolve().parents[2] / "shared" / "eval"))
OSINTKG = Path(sys.executable).parent / "osintkg"
CLAIMS_LINE = re.compile(r"^claims\s+P ([\d.]+)\s+R ([\d.]+)\s+F1 ([\d.]+)", re.MULTILINE)


def score(parse_all: bool) -> tuple[float, float, float]:
    """Claims precision, recall and F1 on the dev set, ingesting it into a new store."""
    env = {**os.environ, "OSINTKG_PARSE_ALL": "1" if parse_all else "0"}
    with tempfile.TemporaryDirectory(prefix="osintkg-quality-") as tmp:
        store, out = Path(tmp) / "store", Path(tmp) / "out"
        dev = EVAL_DIR / "dev"
        subprocess.run(
            [OSINTKG, "ingest", dev, "--store", store, "--no-progress"], env=env, check=True, capture_output=True
        )
        export = [OSINTKG, "export", "claims", "--format", "eval", "--out", out, "--store", store]
        subprocess.run(export, env=env, check=True, capture_output=True)
        report = subprocess.run(
            [sys.executable, EVAL_DIR / "score.py", dev, out], check=True, capture_output=True, text=True
        ).stdout
    match = CLAIMS_LINE.search(report)
    if match is None:
        raise RuntimeError(f"no claims line in the scorer's report:\n{report}")
    precision, recall, f1 = (float(g) for g in match.groups())
    return precision, recall, f1


def run() -> list[tuple[str, str, str]]:
    if not (EVAL_DIR / "score.py").exists():
        return [("dev-set F1, selective vs full parse", f"skipped: no evaluation set at {EVAL_DIR}", "")]
    selective, full = score(parse_all=False), score(parse_all=True)
    gap = full[2] - selective[2]
    return [
        ("dev-set claims, every sentence parsed", "P {:.3f} R {:.3f} F1 {:.3f}".format(*full), ""),
        ("dev-set claims, selective parsing", "P {:.3f} R {:.3f} F1 {:.3f}".format(*selective), ""),
        ("  F1 lost to selective parsing", f"{gap:.3f}", "target ≤ 0.01"),
    ]
