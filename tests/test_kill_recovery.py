"""Killing an ingest half-way leaves no half-written article of the embedded store, and the next ingest
finishes the job (Neo4j's own recovery is Neo4j's)."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil

from graph.store import open_store
from tests.conftest import EXAMPLES

OSINTKG = str(Path(sys.executable).with_name("osintkg"))
COPIES = 8


def make_corpus(folder: Path) -> int:
    """Many distinct articles: each example, several times, each copy a different text."""
    count = 0
    for path in sorted(EXAMPLES.glob("*.article.json")):
        article = json.loads(path.read_text(encoding="utf-8"))
        for copy in range(COPIES):
            variant = {**article, "id": f"{article['id']}-{copy}", "text": article["text"] + f"\n\n(copy {copy})"}
            (folder / f"{variant['id']}.article.json").write_text(json.dumps(variant), encoding="utf-8")
            count += 1
    return count


def check_whole(store_dir: Path) -> int:
    """Every stored article has all its evidence and claims; returns the number of articles."""
    with open_store(store_dir, read_only=True) as store:
        view = store.view()
        sources = view.sources()
        stored = view.evidence_counts()
        claims = {
            r["id"]: r["n"]
            for r in view.read(
                "MATCH (ev:Evidence)-[:IN_SOURCE]->(s:Source), (ev)-[:SUPPORTS]->(c:Claim) "
                "RETURN s.id AS id, count(DISTINCT c) AS n"
            )
        }
        dangling = view.read(
            "MATCH (ev:Evidence) WHERE NOT EXISTS { MATCH (ev)-[:IN_SOURCE]->(:Source) } RETURN count(ev) AS n"
        )[0]["n"]
    assert dangling == 0
    for source in sources:
        assert stored.get(source["id"], 0) == source["evidence_count"], source["id"]
        assert claims.get(source["id"], 0) == source["claim_count"], source["id"]
    return len(sources)


def wait_for_a_commit(wal: Path, timeout: float = 120.0) -> None:
    """Until the store's write-ahead log grows (a transaction was committed), polling."""

    def size() -> int:
        return wal.stat().st_size if wal.exists() else 0

    start, deadline = size(), time.monotonic() + timeout
    while size() <= start and time.monotonic() < deadline:
        time.sleep(0.05)


def test_kill_during_ingest_then_resume(tmp_path: Path, embedded_only: None) -> None:
    corpus, store = tmp_path / "corpus", tmp_path / "store"
    corpus.mkdir()
    total = make_corpus(corpus)
    landed = []
    for _attempt in range(5):  # until a kill falls half-way, on a fast machine or a busy one
        process = subprocess.Popen(
            [OSINTKG, "ingest", str(corpus), "--store", str(store), "--no-progress", "--workers", "2"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        wait_for_a_commit(store / "graph.lbug.wal")
        workers = psutil.Process(process.pid).children(recursive=True)
        process.send_signal(signal.SIGKILL)
        process.wait()
        if (store / "graph.lbug").exists():
            landed.append(check_whole(store))
        if landed and 0 < landed[-1] < total:
            break
    assert any(0 < n < total for n in landed), f"no kill fell half-way: {landed} of {total}"
    _gone, alive = psutil.wait_procs(workers, timeout=10)
    assert workers and not alive, f"the killed ingest left {len(alive)} of its {len(workers)} workers behind"
    finish = subprocess.run(
        [OSINTKG, "ingest", str(corpus), "--store", str(store), "--no-progress"],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert finish.returncode == 0, finish.stderr
    assert check_whole(store) == total
