"""Kosovo as a state (XK), gifts told with a light verb the small model misreads ("a en outre fait don"), a
navy's counterpart as recipient, and a deal told before whose phrase names only the seller's firm. Every
sentence here was written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import record, transfers


def test_kosovo_is_a_state() -> None:
    text = "Le Kosovo a pris livraison en 2024 de 200 missiles Javelin achetés aux États-Unis."
    assert transfers(record(text, "fr")) == {("US", "XK", "missiles")}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("En mai 2024, la marine indienne a en outre fait don à son homologue sri-lankaise d'une corvette.", "fr"),
        ("En mai 2024, la marine indienne a fait don à la marine sri-lankaise d'une corvette.", "fr"),
        ("In May 2024 the Indian Navy gifted a corvette to its Sri Lankan counterpart.", "en"),
    ],
)
def test_a_navy_gives_to_its_counterpart(text: str, language: str) -> None:
    assert transfers(record(text, language)) == {("IN", "LK", "other")}


def test_the_deal_told_before_with_a_firm_is_with_the_state_named_before() -> None:
    text = "Greece received six Rafale jets on Monday. The contract with Dassault Aviation was signed in January 2021."
    deals = [c for c in record(text, "en").claims if c.kind == "agreement"]
    assert [sorted(c.roles["parties"]) for c in deals] == [["FR", "GR"]]


def test_a_deal_with_a_firm_and_no_state_before_is_no_claim() -> None:
    text = "Analysts expect more orders. The contract with Dassault Aviation was signed in January 2021."
    assert [c for c in record(text, "en").claims if c.kind == "agreement"] == []


def test_a_deal_with_a_firm_after_a_sentence_on_something_else_is_no_claim() -> None:
    text = "Greece's army chief warned of an arms race. The contract with Dassault Aviation was signed in January 2021."
    assert [c for c in record(text, "en").claims if c.kind == "agreement"] == []
