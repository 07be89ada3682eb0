"""What was ordered by a state went to it, from whom it was ordered: "the frigates ordered by Pakistan from
China", "commandées par le Pakistan à la Chine". Every text here was written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import record, transfers


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Les frégates commandées par le Pakistan à la Chine seront livrées en 2009.", "fr"),
        ("The frigates ordered by Pakistan from China will be delivered in 2009.", "en"),
    ],
)
def test_the_seller_named_after_the_buyer_supplies(text: str, language: str) -> None:
    assert transfers(record(text, language)) == {("CN", "PK", "other")}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("China delivered the first of four frigates ordered by Pakistan last week.", "en"),
        ("La Chine a livré la première des quatre frégates commandées par le Pakistan.", "fr"),
    ],
)
def test_the_buyer_of_what_was_delivered_received_it(text: str, language: str) -> None:
    claims = [c for c in record(text, language).claims if c.kind == "transfer"]
    found = {(c.role("supplier"), c.role("recipient"), c.quantity and c.quantity.min, c.status.value) for c in claims}
    assert found == {
        ("CN", "PK", 1.0, "delivered"),
        ("CN", "PK", 4.0, "pledged"),
    }


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("A shipyard handed over last week the first of the four F-22P frigates ordered by Pakistan from China.", "en"),
        (
            "Un chantier a livré la première des quatre frégates F-22P commandées par le Pakistan à la Chine.",
            "fr",
        ),
    ],
)
def test_the_order_named_on_a_part_counts_the_whole(text: str, language: str) -> None:
    """The participle hangs on "the first"; the frigates, followed by their model, are still materiel (the
    first one handed over may be told beside the order)."""
    claims = [c for c in record(text, language).claims if c.kind == "transfer"]
    found = {(c.role("supplier"), c.role("recipient"), c.quantity and c.quantity.min, c.status.value) for c in claims}
    assert ("CN", "PK", 4.0, "pledged") in found
    assert found <= {("CN", "PK", 4.0, "pledged"), ("CN", "PK", 1.0, "delivered")}


def test_the_first_of_the_four_is_one() -> None:
    claims = [c for c in record("China delivered the first of the four frigates to Pakistan.", "en").claims]
    assert [(c.role("supplier"), c.quantity and c.quantity.min) for c in claims if c.kind == "transfer"] == [
        ("CN", 1.0)
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Les obusiers commandés par le Pérou à l'industriel sud-coréen Hanwha ont été livrés en mai.", "fr"),
        ("Les obusiers achetés par le Pérou à la Corée du Sud sont arrivés à Callao.", "fr"),
        ("The howitzers that Peru bought from South Korea's Hanwha arrived at Callao in May.", "en"),
        ("The howitzers ordered by Peru from South Korea were delivered in May.", "en"),
    ],
)
def test_the_purchase_on_the_materiel_names_both_sides_of_its_delivery(text: str, language: str) -> None:
    """The delivery verb's own markers would take "à l'industriel coréen" for where the guns went."""
    claims = [c for c in record(text, language).claims if c.kind == "transfer"]
    assert {(c.role("supplier"), c.role("recipient"), c.status.value) for c in claims} == {("KR", "PE", "delivered")}


def test_jets_bought_that_land_are_delivered_to_their_buyer() -> None:
    text = "The first four of the 24 Gripen fighters Thailand ordered from Sweden landed at Korat air base on Monday."
    claims = [c for c in record(text, "en").claims if c.kind == "transfer"]
    counted = [(c.quantity.min, c.quantity.unit) if c.quantity else None for c in claims]
    found = {(c.role("supplier"), c.role("recipient"), n) for c, n in zip(claims, counted, strict=True)}
    assert found == {("SE", "TH", (4.0, "fighter"))}


def test_missiles_that_land_are_still_no_delivery() -> None:
    assert transfers(record("Two Russian missiles landed near a village in Poland on Tuesday.", "en")) == set()
