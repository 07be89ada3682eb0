"""Ingesting through the API: keys, formats, limits, atomicity, concurrency, and the audits that follow."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from graph.store import open_store
from tests.api.conftest import API_KEY, client_for, counts
from tests.conftest import fresh_store, neo4j_store, on_neo4j

KEY = {"X-API-Key": API_KEY}
ARTICLE = {
    "id": "wire-shells-1",
    "title": "Shells to Russia",
    "publisher": "Test Wire",
    "published": "2024-05-02",
    "language": "en",
    "text": "North Korea shipped at least 3,000 containers of artillery shells to Russia "
    "in April, according to Harbour Watch.",
}


@pytest.fixture
def empty(tmp_path: Path):
    yield from client_for(fresh_store(tmp_path / "store"))


def test_ingest_needs_the_api_key(empty) -> None:
    assert empty.post("/documents", json=ARTICLE).status_code == 401
    assert empty.post("/documents", json=ARTICLE, headers={"X-API-Key": "wrong"}).status_code == 401
    assert counts(empty)["claims"] == 0


def test_ingest_is_off_without_a_configured_key(tmp_path: Path) -> None:
    for client in client_for(fresh_store(tmp_path / "store"), api_key=None):
        response = client.post("/documents", json=ARTICLE, headers=KEY)
        assert response.status_code == 403 and "OSINTKG_API_KEY" in response.json()["detail"]


def test_reads_need_the_read_key_when_one_is_set(tmp_path: Path) -> None:
    for client in client_for(fresh_store(tmp_path / "store"), read_key="reader"):
        assert client.get("/transfers").status_code == 401
        assert client.get("/transfers", headers={"X-API-Key": "reader"}).status_code == 200
        assert client.get("/health").status_code == 200


def test_an_article_is_ingested_once_and_answered_with_what_was_read(empty) -> None:
    first = empty.post("/documents", json=ARTICLE, headers=KEY)
    assert first.status_code == 201
    body = first.json()
    assert body["status"] == "added"
    [claim] = body["claims"]
    assert claim["roles"]["supplier"][0]["id"] == "KP" and claim["item"] == "artillery_ammunition"
    assert claim["quantity"]["min"] == 3000
    again = empty.post("/documents", json=ARTICLE, headers=KEY)
    assert again.status_code == 200 and again.json()["status"] == "unchanged"
    assert counts(empty)["claims"] == 1
    other = {**ARTICLE, "text": ARTICLE["text"] + " Moscow denied it."}
    assert empty.post("/documents", json=other, headers=KEY).status_code == 409


def test_a_figure_over_several_kinds_of_items_is_shared_in_every_answer(empty) -> None:
    text = "Pyongyang shipped 9,500 containers of shells, rockets and rifles to Moscow in March."
    article = {"id": "wire-shared-1", "published": "2024-05-02", "language": "en", "text": text}
    answered = empty.post("/documents", json=article, headers=KEY).json()["claims"]
    assert len(answered) == 3 and all(c["quantity"]["shared"] for c in answered)
    items = empty.get("/transfers", params={"supplier": "KP", "recipient": "RU"}).json()["items"]
    assert {(t["item"], t["quantity"]["min"], t["quantity"]["shared"]) for t in items} == {
        ("artillery_ammunition", 9500, True),
        ("rockets", 9500, True),
        ("small_arms", 9500, True),
    }
    assert empty.get(f"/claims/{items[0]['id']}").json()["claim"]["quantity"]["shared"] is True
    empty.post("/documents", json=ARTICLE, headers=KEY)  # 3,000 containers of shells: a figure of its own
    own = empty.get("/transfers", params={"supplier": "KP", "since": "2024-04-01", "until": "2024-04-30"}).json()
    assert [t["quantity"]["shared"] for t in own["items"]] == [False]


def test_text_and_html_bodies_with_metadata(empty) -> None:
    text = "Iran delivered about 200 attack drones to Russia in March, officials said."
    response = empty.post(
        "/documents",
        content=text.encode(),
        params={"id": "plain-1", "published": "2024-05"},
        headers={**KEY, "content-type": "text/plain"},
    )
    assert response.status_code == 201 and response.json()["claims"][0]["roles"]["supplier"][0]["id"] == "IR"
    page = (
        f"<html><body><nav>Menu</nav><article><p>{text} The drones were flown to bases near Kursk, "
        "according to the same officials, who spoke on condition of anonymity.</p></article></body></html>"
    )
    response = empty.post(
        "/documents",
        content=page.encode(),
        params={"id": "page-1", "published": "2024-05"},
        headers={**KEY, "content-type": "text/html"},
    )
    assert response.status_code == 201


def test_the_language_parameter_is_that_of_an_article_that_declares_none(empty) -> None:
    text = "Des drones Shahed frappent Odessa."  # alone, it reads as English
    plain = {**KEY, "content-type": "text/plain"}
    plain_text = empty.post("/documents", content=text, params={"id": "strikes-1", "language": "fr"}, headers=plain)
    assert plain_text.status_code == 201
    undeclared = {"id": "strikes-2", "text": text}
    assert empty.post("/documents", json=undeclared, params={"language": "fr"}, headers=KEY).status_code == 201
    declared = {"id": "summit-1", "language": "en", "text": "Kim, Putin meet in Vladivostok."}
    assert empty.post("/documents", json=declared, params={"language": "fr"}, headers=KEY).status_code == 201
    rows = empty.post("/cypher", json={"query": "MATCH (s:Source) RETURN s.id AS id, s.language AS language"}).json()
    assert {row[0]: row[1] for row in rows["rows"]} == {"strikes-1": "fr", "strikes-2": "fr", "summit-1": "en"}
    refused = empty.post("/documents", json=declared, params={"language": "French"}, headers=KEY)
    assert refused.status_code == 422


@pytest.mark.parametrize(
    ("content", "content_type", "params", "status", "says"),
    [
        (b"{not json", "application/json", {}, 422, "invalid JSON"),
        (b'{"id": "x"}', "application/json", {}, 422, "missing field 'text'"),
        (b'{"id": "x", "text": "  "}', "application/json", {}, 422, "empty"),
        (b"some text", "text/plain", {}, 422, "?id="),
        (b"\xff\xfe\x00", "text/plain", {"id": "x"}, 422, "UTF-8"),
        (b"<doc/>", "application/xml", {"id": "x"}, 415, "application/json"),
    ],
)
def test_bad_articles_are_refused_and_change_nothing(empty, content, content_type, params, status, says) -> None:
    before = counts(empty)
    response = empty.post("/documents", content=content, params=params, headers={**KEY, "content-type": content_type})
    assert response.status_code == status
    assert response.headers["content-type"] == "application/problem+json"
    assert says in response.json()["detail"]
    assert counts(empty) == before


def test_huge_bodies_are_refused_before_they_are_read(tmp_path: Path) -> None:
    for client in client_for(fresh_store(tmp_path / "store"), max_article_bytes=10_000):
        huge = {**ARTICLE, "text": "North Korea shipped shells to Russia. " * 5000}
        response = client.post("/documents", json=huge, headers=KEY)
        assert response.status_code == 413 and "over the limit" in response.json()["detail"]
        assert counts(client)["claims"] == 0


def test_twenty_clients_at_once_lose_nothing_and_duplicate_nothing(empty) -> None:
    articles = [{**ARTICLE, "id": f"wire-{i % 10}", "text": ARTICLE["text"] + f" Copy {i % 10}."} for i in range(20)]
    statuses: list[int] = []

    def post(article: dict) -> None:
        statuses.append(empty.post("/documents", json=article, headers=KEY).status_code)

    threads = [threading.Thread(target=post, args=(a,)) for a in articles]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(statuses) == [200] * 10 + [201] * 10
    stats = empty.post("/cypher", json={"query": "MATCH (s:Source) RETURN count(s) AS n"}).json()["rows"][0][0]
    assert stats == 10
    assert counts(empty)["claims"] == 1
    evidence = empty.post("/cypher", json={"query": "MATCH (e:Evidence) RETURN count(e)"}).json()["rows"][0][0]
    assert evidence == 10
    entities = empty.post("/cypher", json={"query": "MATCH (e:Entity) RETURN e.id AS id, count(*) AS n"}).json()
    assert all(n == 1 for _, n in entities["rows"])


def test_audit_finds_denials_and_conflicting_figures(empty) -> None:
    empty.post("/documents", json=ARTICLE, headers=KEY)
    other = {
        "id": "wire-2",
        "published": "2024-05-20",
        "language": "en",
        "text": "North Korea shipped only 500 containers of artillery shells to Russia in April. "
        "Pyongyang denied any arms deliveries to Russia.",
    }
    assert empty.post("/documents", json=other, headers=KEY).status_code == 201
    claim = empty.get("/transfers", params={"supplier": "KP"}).json()["items"]
    first = next(c for c in claim if c["quantity"]["min"] == 3000)
    assert first["quantity"]["max"] is None  # "at least 3,000": 500 falls short of it
    audit = empty.get(f"/claims/{first['id']}").json()
    kinds = {c["kind"] for c in audit["contradictions"]}
    assert kinds == {"denial", "conflicting_figure"}
    assert audit["flags"]["single_origin"] is True


def test_audit_says_when_the_stored_text_no_longer_matches(tmp_path: Path) -> None:
    directory = fresh_store(tmp_path / "store")
    for client in client_for(directory):
        client.post("/documents", json=ARTICLE, headers=KEY)
        claim_id = client.get("/transfers").json()["items"][0]["id"]
    with neo4j_store(empty=False) if on_neo4j() else open_store(directory) as store:  # edited behind osintkg's back
        store.run_in_transaction(lambda tx: tx.run("MATCH (s:Source) SET s.text = 'Edited.' + s.text"), write=True)
    for client in client_for(directory):
        audit = client.get(f"/claims/{claim_id}").json()
        [statement] = audit["evidence"]
        assert statement["text_verified"] is False and statement["quote_verified"] is False
        assert audit["flags"]["unverified_quotes"] == 1
        assert any("sha256" in p for p in statement["problems"])


def test_figures_within_ten_percent_or_at_another_rate_do_not_conflict(empty) -> None:
    empty.post("/documents", json=ARTICLE, headers=KEY)  # at least 3,000 containers in April
    others = {
        "near": "North Korea shipped 2,800 containers of artillery shells to Russia in April.",
        "short": "North Korea shipped 1,200 containers of artillery shells to Russia in April.",
        "rate": "North Korea shipped 500 containers of artillery shells a month to Russia in April.",
    }
    for name, text in others.items():
        article = {"id": f"wire-{name}", "published": "2024-05-20", "language": "en", "text": text}
        assert empty.post("/documents", json=article, headers=KEY).status_code == 201
    claims = empty.get("/transfers", params={"supplier": "KP"}).json()["items"]
    by_min = {c["quantity"]["min"]: c for c in claims}
    assert by_min[1200]["quantity"]["per"] is None and by_min[500]["quantity"]["per"] == "month"
    audit = empty.get(f"/claims/{by_min[3000]['id']}").json()
    conflicting = [c["claim_id"] for c in audit["contradictions"] if c["kind"] == "conflicting_figure"]
    assert conflicting == [by_min[1200]["id"]]
