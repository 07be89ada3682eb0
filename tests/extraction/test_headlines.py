"""A headline's vaguer restatement of a transfer becomes a statement of the body's precise claim.
Every article here was written for these tests."""

from __future__ import annotations

import pytest

from extractors.documents import Document
from extractors.headlines import headline_line
from extractors.pipeline import extract
from graph.model import ArticleRecord

BODY = "North Korea shipped 9,500 artillery shells to Russia in March, officials said."


def article(text: str, title: str | None = None) -> ArticleRecord:
    return extract(Document(id="t", text=text, title=title, language="en", published="2024-05-02"))


def test_the_headline_becomes_a_statement_of_the_precise_claim() -> None:
    headline = "Pyongyang sends artillery shells to Moscow"
    rec = article(f"{headline}\n{BODY}")
    [claim] = rec.claims
    assert (claim.item, claim.quantity.min if claim.quantity else None) == ("artillery_ammunition", 9500)
    assert claim.time is not None and claim.time.start == "2024-03"
    statements = sorted((e.start, e.end, e.quote, e.modality) for e in rec.evidence)
    assert statements == [
        (0, len(headline), headline, "asserted"),
        (len(headline) + 1, len(headline) + 1 + len(BODY), BODY, "reported"),
    ]
    assert {e.claim_id for e in rec.evidence} == {claim.id}


def test_a_headline_about_another_item_stays_its_own_claim() -> None:
    rec = article(f"Pyongyang sends attack drones to Moscow\n{BODY}")
    found = sorted((c.item, c.quantity is not None) for c in rec.claims)
    assert found == [("artillery_ammunition", True), ("drones", False)]
    assert len(rec.evidence) == 2


@pytest.mark.parametrize(
    "headline",
    ["Pyongyang will send artillery shells to Moscow", "Pyongyang steps up artillery shell deliveries to Moscow"],
)
def test_a_headline_that_says_more_than_the_body_claim_stays_its_own_claim(headline: str) -> None:
    rec = article(f"{headline}\n{BODY}")
    assert len(rec.claims) == 2  # a pledge, a trend: not a vaguer restatement


def test_a_sentence_equal_to_the_title_is_the_headline() -> None:
    headline = "Pyongyang sends artillery shells to Moscow."
    assert len(article(f"{headline}\n{BODY}").claims) == 2  # a first line that ends as a sentence does
    rec = article(f"{headline}\n{BODY}", title=headline)
    assert len(rec.claims) == 1 and len(rec.evidence) == 2


def test_a_headline_with_two_precise_claims_to_choose_from_is_left_alone() -> None:
    text = (
        "Pyongyang sends artillery shells to Moscow\n"
        "North Korea shipped 9,500 artillery shells to Russia in March. "
        "It had shipped 4,000 artillery shells to Russia in January."
    )
    rec = article(text)
    assert sorted(c.quantity.min if c.quantity else 0 for c in rec.claims) == [0, 4000, 9500]


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("Shells for Moscow\nBody text.", (0, 17)),
        ("\n  Shells for Moscow \nBody text.", (3, 20)),
        ("Shells went to Moscow.\nBody text.", None),
        ("Shells for Moscow?\nBody text.", None),
        ("Only one line", None),
    ],
)
def test_the_headline_line(text: str, line: tuple[int, int] | None) -> None:
    assert headline_line(text) == line


def test_a_headline_denial_becomes_a_statement_of_the_body_s_denial() -> None:
    rec = article("Hanoi denies arming Yangon\nVietnam on Tuesday denied that it had sold rifles to Myanmar.")
    [denial] = [c for c in rec.claims if c.kind == "denial"]
    assert denial.role("actor") == "VN" and denial.time is not None and denial.time.start == "2024-04-30"
    assert len([e for e in rec.evidence if e.claim_id == denial.id]) == 2


@pytest.mark.parametrize("headline", ["Pyongyang sends weapons to Moscow", "Pyongyang sells ammunition to Moscow"])
def test_a_headline_naming_a_broader_kind_joins_the_body_claim(headline: str) -> None:
    [claim] = article(f"{headline}\n{BODY}").claims
    assert (claim.item, claim.quantity.min if claim.quantity else None) == ("artillery_ammunition", 9500)


def test_the_headline_joins_the_delivery_though_the_body_also_tells_an_order() -> None:
    more = "The shells are the first of 20,000 ordered in 2023."
    rec = article(f"Pyongyang sends artillery shells to Moscow\n{BODY} {more}")
    delivered = [c for c in rec.claims if c.status == "delivered"]
    assert len(delivered) == 1 and delivered[0].quantity is not None and delivered[0].quantity.min == 9500
    assert len([e for e in rec.evidence if e.claim_id == delivered[0].id]) == 2


def test_a_dateline_in_may_hedges_nothing() -> None:
    rec = article("Vientiane, May 9 - The Laotian air force took delivery of four Chinese-made jets, officials said.")
    assert {e.modality for e in rec.evidence} == {"reported"}


def test_a_headline_joins_the_body_claim_that_names_its_materiel_more_closely() -> None:
    text = "Belarus is sending trucks to Russia\nSince March, Minsk has sent more than 300 military trucks to Moscow."
    claims = [c for c in article(text).claims if c.kind == "transfer"]
    assert [(c.item, c.quantity.min if c.quantity else None) for c in claims] == [("military_equipment", 300.0)]


def test_a_headline_port_call_joins_the_dated_one_of_the_body() -> None:
    text = (
        "Russian ships unload armoured vehicles at Tobruk\n"
        "Two Russian navy landing ships docked at the Libyan port of Tobruk on April 11, satellite images show."
    )
    calls = [c for c in article(text).claims if c.kind == "port_call"]
    assert [c.time.start if c.time else None for c in calls] == ["2024-04-11"]
