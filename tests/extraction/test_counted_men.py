"""Men counted by a number are troops; men named without one are no materiel; drone kits are drones. Every sentence
here was written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import record, transfers


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Ankara a déployé en Libye environ 1 500 hommes l'an dernier.", "fr"),
        ("Ankara deployed some 1,500 men to Libya last year.", "en"),
    ],
)
def test_men_counted_are_troops(text: str, language: str) -> None:
    rec = record(text, language)
    assert transfers(rec) == {("TR", "LY", "troops")}
    assert [c.quantity.min for c in rec.claims if c.quantity] == [1500]


def test_men_without_a_number_are_no_troops() -> None:
    assert transfers(record("Ankara a envoyé des hommes d'affaires en Libye.", "fr")) == set()


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Kyrgyzstan received a new batch of Turkish drone kits in March.", "en"),
        ("Le Kirghizistan a reçu un nouveau lot de kits de drones turcs en mars.", "fr"),
    ],
)
def test_drone_kits_are_drones(text: str, language: str) -> None:
    assert transfers(record(text, language)) == {("TR", "KG", "drones")}
