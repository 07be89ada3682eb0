"""Many clients at once on a new server: every first post succeeds, and the server keeps working after."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from tests.api.conftest import API_KEY, client_for

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
    for client in client_for(tmp_path / "store", api_workers=workers):
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
