"""The embedded store after a kill: the write-ahead log's torn tail is dropped, the store still opens
with every article committed before it, each whole."""

from __future__ import annotations

import shutil
from pathlib import Path

from graph.store import open_store
from tests.factories import first_article, second_article


def test_a_torn_log_tail_loses_the_last_write_only(tmp_path: Path) -> None:
    directory, copy = tmp_path / "store", tmp_path / "after-a-kill"
    store = open_store(directory)
    store.write([first_article()])
    store.write([second_article()])
    shutil.copytree(directory, copy)  # the files as a kill leaves them: nothing checkpointed yet
    store.close()
    log = copy / "graph.lbug.wal"
    with log.open("r+b") as file:
        file.truncate(log.stat().st_size - 7)  # the last record half-written
    with open_store(copy, read_only=True) as reopened:
        sources = reopened.view().sources()
        claims = reopened.view().read("MATCH (c:Claim)<-[:SUPPORTS]-(:Evidence) RETURN count(DISTINCT c) AS n")
    assert [s["id"] for s in sources] == ["test-first"]
    assert claims[0]["n"] == sources[0]["claim_count"] == 2
