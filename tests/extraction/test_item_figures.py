"""Figures of materiel: a value given to the materiel ("worth", "d'une valeur de") is its amount when no
count is; a compound adjective before the materiel ("Russian-made") is not its unit. Every sentence here
was written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import only, record


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Bulgaria exported ammunition worth $300 million to Ukraine.", "en"),
        ("La Bulgarie a exporté des munitions d'une valeur de 300 millions de dollars vers l'Ukraine.", "fr"),
    ],
)
def test_a_value_given_to_the_materiel_is_its_amount(text: str, language: str) -> None:
    quantity = only(record(text, language)).quantity
    assert quantity is not None
    assert (quantity.min, quantity.max, quantity.unit) == (300_000_000, 300_000_000, "dollar")


def test_a_count_comes_before_a_value() -> None:
    claim = only(record("Bulgaria sent 40 howitzers worth $300 million to Ukraine."))
    assert claim.quantity is not None and (claim.quantity.min, claim.quantity.unit) == (40, "howitzer")


def test_a_compound_adjective_is_not_the_unit() -> None:
    claim = only(record("The Nigerien army received three Turkish-made Bayraktar drones in May."))
    assert claim.quantity is not None and (claim.quantity.min, claim.quantity.unit) == (3, "drone")
