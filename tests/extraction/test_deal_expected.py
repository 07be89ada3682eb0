"""A deal whose materiel the sentence expects on a date gives a pledged transfer beside the agreement
(SCHEMA.md, Deals); without an expected delivery, the agreement alone. Every sentence here was written for
these tests."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import record


def _claims(text: str, language: str = "en") -> list[tuple[object, ...]]:
    found = []
    for c in record(text, language, published="2025-03-01").claims:
        if c.kind == "transfer":
            found.append(("transfer", c.role("supplier"), c.role("recipient"), c.status.value, c.time.start))
        elif c.kind == "agreement":
            found.append(("agreement", *sorted(c.roles["parties"])))
    return sorted(found, key=str)


def test_a_deal_with_its_first_deliveries_due() -> None:
    text = "In 2024 Chile signed a deal to buy 12 patrol aircraft from Brazil, the first of which are due in 2027."
    assert _claims(text) == [("agreement", "BR", "CL"), ("transfer", "BR", "CL", "pledged", "2027")]


def test_the_buyer_signed_the_deal_with_the_seller() -> None:
    text = "In May Peru signed an agreement with Spain to buy 20 armoured vehicles, with the first ones due in 2026."
    assert _claims(text) == [("agreement", "ES", "PE"), ("transfer", "ES", "PE", "pledged", "2026")]


@pytest.mark.parametrize(
    "text",
    [
        "In 2024 Chile signed a deal to buy 12 patrol aircraft from Brazil.",
        "In May Peru signed an agreement with Spain to buy 20 armoured vehicles.",
    ],
)
def test_a_deal_without_an_expected_delivery_is_the_agreement_alone(text: str) -> None:
    assert [c[0] for c in _claims(text)] == ["agreement"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("In 2024 Chile bought 12 patrol aircraft from Brazil.", "en"),
        ("En 2024, le Chili a acheté 12 avions de patrouille au Brésil.", "fr"),
    ],
)
def test_patrol_aircraft_are_aircraft(text: str, language: str) -> None:
    assert ("transfer", "BR", "CL", "delivered", "2024") in _claims(text, language)


def test_a_deal_it_signed_with_a_partner_carries_no_flow_before() -> None:
    text = (
        "Peru sent 12 old tanks to Bolivia in 2022. Lima has since begun to rearm. In May it signed an agreement "
        "with Spain to buy 20 armoured vehicles, with the first ones due in 2026."
    )
    claims = _claims(text)
    assert ("agreement", "ES", "PE") in claims
    assert not [c for c in claims if c[0] == "transfer" and c[1:3] == ("PE", "BO") and c[3] == "pledged"]
