"""A state that pays for another's purchase gives it funds; the seller still supplies the materiel, named
by a demonym after its noun in French ("auprès d'un producteur tchèque"). Every text here was written for
these tests."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import only, record, transfers


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Germany will fund the purchase of 100,000 shells for Ukraine from a Czech producer.", "en"),
        ("L'Allemagne financera l'achat de 100 000 obus pour l'Ukraine auprès d'un producteur tchèque.", "fr"),
    ],
)
def test_the_payer_gives_funds_and_the_seller_the_shells(text: str, language: str) -> None:
    assert transfers(record(text, language)) == {("CZ", "UA", "artillery_ammunition"), ("DE", "UA", "funds")}


def test_the_sum_paid_is_the_funds_figure() -> None:
    rec = record("The Netherlands will pay €100 million for the purchase of Czech shells for Kyiv.")
    funds = [c for c in rec.claims if c.item == "funds"]
    assert [(c.role("supplier"), c.role("recipient"), c.quantity and c.quantity.min) for c in funds] == [
        ("NL", "UA", 100_000_000)
    ]


def test_the_buyer_paying_for_itself_gives_nothing() -> None:
    rec = record("Ukraine will pay for the purchase of Czech shells itself.")
    assert [c for c in rec.claims if c.item == "funds"] == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Japan will give the Philippines $400 million to buy patrol boats.", "en"),
        ("Le Japon donnera 400 millions de dollars aux Philippines pour acheter des patrouilleurs.", "fr"),
    ],
)
def test_money_given_to_buy_materiel_is_funds_only(text: str, language: str) -> None:
    """What the money buys comes from a seller the words do not name: the giver gave funds, not boats."""
    assert transfers(record(text, language)) == {("JP", "PH", "funds")}


def test_verser_gives() -> None:
    rec = record("L'UE a versé 5 milliards d'euros d'aide militaire à l'Ukraine cette année.", "fr")
    assert transfers(rec) == {("organization:european-union", "UA", "funds")}  # aid counted in money


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Japan will provide $300 million in security assistance to the Philippines.", "en"),
        ("Le Japon fournira 300 millions de dollars d'aide sécuritaire aux Philippines.", "fr"),
    ],
)
def test_security_assistance_counted_in_money(text: str, language: str) -> None:
    claim = only(record(text, language))  # aid counted in money is funds (and counted once)
    assert (claim.role("supplier"), claim.role("recipient"), claim.item) == ("JP", "PH", "funds")
    assert claim.quantity is not None and (claim.quantity.min, claim.quantity.unit) == (300_000_000, "dollar")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Japan will fund the purchase of four patrol vessels for the Philippines.", "en"),
        ("Le Japon financera l'achat de quatre patrouilleurs pour les Philippines.", "fr"),
    ],
)
def test_a_purchase_with_no_seller_named_still_gives_the_payer_s_funds(text: str, language: str) -> None:
    claim = only(record(text, language))
    flow = (claim.role("supplier"), claim.role("recipient"), claim.item, claim.status)
    assert flow == ("JP", "PH", "funds", "pledged")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The US has provided Taiwan with $2 billion in military financing since 2023.", "en"),
        ("Washington granted Taipei a $2 billion loan to buy weapons.", "en"),
        ("Les États-Unis ont accordé à Taïwan un prêt de 2 milliards de dollars pour acheter des armes.", "fr"),
    ],
)
def test_financing_and_loans_are_funds(text: str, language: str) -> None:
    claim = only(record(text, language))
    assert (claim.role("supplier"), claim.role("recipient"), claim.item) == ("US", "TW", "funds")
    assert claim.quantity is not None and claim.quantity.min == 2_000_000_000


def test_a_state_covering_part_of_the_cost_funds_the_buyer() -> None:
    text = "Tallinn ordered 12 K9 howitzers from South Korea, with Seoul agreeing to cover $40 million of the cost."
    rec = record(text, "en")
    funds = [c for c in rec.claims if c.kind == "transfer" and c.item == "funds"]
    assert [(c.role("supplier"), c.role("recipient"), c.quantity and c.quantity.min) for c in funds] == [
        ("KR", "EE", 40_000_000.0)
    ]


def test_the_buyer_covering_its_own_cost_funds_no_one() -> None:
    text = "Romania bought 54 Abrams tanks from the United States for $2.5 billion, covering the cost with its budget."
    assert all(c.item != "funds" for c in record(text, "en").claims if c.kind == "transfer")
