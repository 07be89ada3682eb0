"""The pages (`/ui/...`) through the real app on the examples: what an analyst or an auditor reads, in
English or French, each quote marked at its stored offsets, each page linking to its JSON twin. (Their
run in a real browser is issue 16's next step.)"""

from __future__ import annotations

import html
import re

import pytest

from tests.api.conftest import TestClient

MARK = re.compile(r'<div class="text">(.*?)<mark data-start="(\d+)" data-end="(\d+)">(.*?)</mark>', re.S)
ASSETS = re.compile(r'<(?:link|script|img)[^>]+(?:href|src)="([^"]+)"')


def rows(page: str) -> list[str]:
    """The table's rows, its head left out."""
    body = re.search(r"<tbody>(.*?)</tbody>", page, re.S)
    return re.findall(r"<tr>(.*?)</tr>", body.group(1), re.S) if body else []


def test_the_root_leads_to_the_pages(client: TestClient) -> None:
    answer = client.get("/", follow_redirects=False)
    assert answer.status_code in (302, 307) and answer.headers["location"] == "/ui/"


def test_the_home_page_searches_names_in_either_language(client: TestClient) -> None:
    page = client.get("/ui/", params={"q": "Pyongyang"}).text
    assert 'href="/ui/entities/KP?lang=en">North Korea</a>' in page
    newest = rows(page[page.index("Newest transfers") :])
    assert len(newest) == 10 and all("/ui/claims/claim:" in row for row in newest)


def test_a_search_that_reads_as_a_question_lists_its_transfers(client: TestClient) -> None:
    page = client.get("/ui/", params={"q": "Qui a fourni des drones à la Russie ?", "lang": "fr"}).text
    asked = page[page.index("Transferts que demande la question") : page.index("Derniers transferts")]
    assert "Destinataire: Russia" in asked and "Objet: drones" in asked
    assert rows(asked) and all("<td>drones</td>" in row for row in rows(asked))


def test_the_transfers_page_filters_and_pages(client: TestClient) -> None:
    everything = client.get("/ui/transfers").text
    kept = client.get("/ui/transfers", params={"supplier": "Pyongyang"}).text
    assert 0 < len(rows(kept)) < len(rows(everything))
    assert all(">North Korea</a>" in row.split("</td>")[1] for row in rows(kept))
    assert 'href="/transfers?supplier=Pyongyang&amp;offset=0">' in kept  # its JSON twin


def test_a_claims_page_marks_each_quote_at_its_stored_offsets(client: TestClient) -> None:
    transfer = client.get("/transfers", params={"supplier": "KP", "limit": 1}).json()["items"][0]
    page = client.get(f"/ui/claims/{transfer['id']}").text
    marks = MARK.findall(page)
    assert len(marks) == len(transfer["evidence"]) > 0
    stored = {(e["start"], e["end"]): e["quote"] for e in transfer["evidence"]}
    for before, start, end, quote in marks:
        assert html.unescape(quote) == stored[int(start), int(end)]
        assert len(html.unescape(before)) == int(start)  # the article's text up to the quote, whole
    assert "quote found at its offsets" in page and "text matches its sha256" in page


def test_an_entitys_page_draws_its_timeline_and_network(client: TestClient) -> None:
    entity = client.get("/entities/KP").json()
    page = client.get("/ui/entities/KP").text
    assert page.count("<rect ") == len(entity["timeline"]) > 0
    assert '<circle cx="' in page and 'class="centre"' in page
    assert client.get("/ui/entities/KP").text == page  # the same layout each time


def test_the_pages_speak_french_when_asked(client: TestClient) -> None:
    page = client.get("/ui/transfers", headers={"Accept-Language": "fr-FR,fr;q=0.9,en;q=0.5"}).text
    assert '<html lang="fr">' in page and ">Fournisseur</th>" in page
    assert '<html lang="en">' in client.get("/ui/transfers", params={"lang": "en"}).text


@pytest.mark.parametrize(
    ("url", "status", "said"),
    [
        ("/ui/transfers?supplier=Atlantis", 404, "supplier: no entity named &#39;Atlantis&#39;"),
        ("/ui/transfers?since=2024-13", 422, "since: &#39;2024-13&#39; is not an ISO date"),
        ("/ui/claims/claim:0000", 404, "no claim"),
        ("/ui/entities/XX", 404, "XX"),
    ],
)
def test_a_fault_is_a_page_saying_what_was_wrong(client: TestClient, url: str, status: int, said: str) -> None:
    answer = client.get(url)
    assert answer.status_code == status and answer.headers["content-type"].startswith("text/html")
    assert said in answer.text


@pytest.mark.parametrize("url", ["/ui/", "/ui/transfers", "/ui/entities/RU"])
def test_every_asset_of_a_page_is_the_servers_own(client: TestClient, url: str) -> None:
    page = client.get(url).text
    assets = ASSETS.findall(page)
    assert assets == ["/ui/static/style.css"]
    assert client.get(assets[0]).status_code == 200
    assert "<script" not in page  # readable without JavaScript


def test_an_entitys_page_draws_only_its_busiest_flows(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    from api.ui import pages

    every = client.get("/ui/entities/RU").text.count("<line ")
    assert every >= 2
    monkeypatch.setattr(pages, "NETWORK_FLOWS", 1)  # a store where Russia has hundreds of flows, in small
    page = client.get("/ui/entities/RU").text
    assert page.count("<line ") == 1 and f"1 / {every}</p>" in page
