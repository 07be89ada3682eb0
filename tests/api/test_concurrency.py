"""Many clients at once on a new server: every first post succeeds, and the server keeps working after."""

from __future__ import annotations

import statistics
import threading
import time
from pathlib import Path

import pytest

from tests.api.conftest import API_KEY, client_for, loaded_copy
from tests.conftest import fresh_store

KEY = {"X-API-Key": API_KEY}
SENTENCES = [
    "North Korea shipped {n} containers of artillery shells to Russia in March, officials said.",
    "La France a livré {n} canons Caesar à l'Ukraine en janvier, selon le ministère des Armées.",
    "Iran delivered {n} attack drones to Russia last year, according to US intelligence.",
    "L'Allemagne a envoyé {n} chars à l'Ukraine au printemps, a indiqué Berlin.",
]


def articles(count: int) -> list[dict[str, str]]:
    return [
        {
            "id": f"burst-{i}",
            "published": "2024-06-01",
            "language": "fr" if i % 2 else "en",
            "text": SENTENCES[i % len(SENTENCES)].format(n=100 + i),
        }
        for i in range(count)
    ]


def post_all_at_once(client, batch: list[dict[str, str]]) -> list[tuple[int, dict]]:
    answers: list[tuple[int, dict]] = [(0, {})] * len(batch)

    def post(i: int) -> None:
        response = client.post("/documents", json=batch[i], headers=KEY)
        answers[i] = (response.status_code, response.json())

    threads = [threading.Thread(target=post, args=(i,)) for i in range(len(batch))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return answers


@pytest.mark.parametrize("workers", [0, 1], ids=["in-server", "worker-process"])
def test_twenty_first_posts_at_once_all_succeed_and_the_server_keeps_working(tmp_path: Path, workers: int) -> None:
    batch = articles(20)
    for client in client_for(fresh_store(tmp_path / "store"), api_workers=workers):
        answers = post_all_at_once(client, batch)
        assert [status for status, _ in answers] == [201] * 20, [a for s, a in answers if s != 201][:2]
        figures = [answer["claims"][0]["quantity"]["min"] for _, answer in answers]
        assert figures == [100 + i for i in range(20)]  # each answer is its own article's
        later = {**batch[0], "id": "after-the-burst", "text": batch[0]["text"].replace("100", "7")}
        assert client.post("/documents", json=later, headers=KEY).status_code == 201
        stored = client.post("/cypher", json={"query": "MATCH (s:Source) RETURN count(s) AS n"}).json()
        claims = client.post("/cypher", json={"query": "MATCH (c:Claim) RETURN count(c) AS n"}).json()
        assert stored["rows"] == [[21]]
        assert claims["rows"] == [[sum(len(a["claims"]) for _, a in answers) + 1]]


EXPENSIVE = "MATCH (a), (b), (c), (d) WHERE a.id + b.id + c.id + d.id = 'none of them' RETURN count(*) AS n"


def transfer_times(client, count: int) -> list[float]:
    times = []
    for _ in range(count):
        started = time.perf_counter()
        assert client.get("/transfers", params={"recipient": "RU"}).status_code == 200
        times.append(time.perf_counter() - started)
    return times


def in_background(client, query: str, answers: list[int]) -> threading.Thread:
    def post() -> None:
        answers.append(client.post("/cypher", json={"query": query}).status_code)

    thread = threading.Thread(target=post)
    thread.start()
    return thread


def test_an_expensive_cypher_query_does_not_hold_the_api_s_reads(loaded_store: Path, tmp_path: Path) -> None:
    for client in client_for(loaded_copy(loaded_store, tmp_path / "store"), query_timeout_ms=4000):
        alone = statistics.median(transfer_times(client, 10))
        answers: list[int] = []
        heavy = in_background(client, EXPENSIVE, answers)
        time.sleep(0.3)
        during: list[float] = []
        while heavy.is_alive():
            during += transfer_times(client, 1)
        heavy.join()
        assert answers == [408]  # stopped at its time limit
        assert len(during) >= 5 and statistics.median(during) < 5 * alone + 0.05, (alone, during[:5])


def test_too_many_cypher_queries_at_once_are_refused_with_503(loaded_store: Path, tmp_path: Path) -> None:
    for client in client_for(loaded_copy(loaded_store, tmp_path / "store"), query_timeout_ms=2000, query_concurrency=1):
        answers: list[int] = []
        threads = [in_background(client, EXPENSIVE, answers) for _ in range(3)]
        for thread in threads:
            thread.join()
        assert sorted(answers) == [408, 408, 503]  # one runs, one waits, the third is refused
        assert client.post("/cypher", json={"query": "RETURN 1 AS one"}).json()["rows"] == [[1]]


def test_an_answer_is_cut_at_the_size_limit_as_well_as_the_row_limit(loaded_store: Path, tmp_path: Path) -> None:
    for client in client_for(loaded_copy(loaded_store, tmp_path / "store"), query_max_bytes=50_000):
        wide = client.post("/cypher", json={"query": "UNWIND range(1, 100) AS i RETURN i, range(1, 1000) AS r"})
        assert wide.status_code == 200
        body = wide.json()
        assert body["truncated"] is True and 5 <= len(body["rows"]) < 20
        assert len(wide.content) < 60_000
        huge = client.post("/cypher", json={"query": "RETURN range(1, 100000) AS r"})
        assert huge.status_code == 400 and "over the response limit of 50000 bytes" in huge.json()["detail"]
