"""Barter: who gives one thing for another gets that other thing back from its partner. Every sentence here
was written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import record, transfers


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "North Korea exchanged shells for Russian oil.",
            "en",
            {("KP", "RU", "artillery_ammunition"), ("RU", "KP", "fuel")},
        ),
        (
            "Russia traded oil to North Korea for artillery shells.",
            "en",
            {("RU", "KP", "fuel"), ("KP", "RU", "artillery_ammunition")},
        ),
        (
            "Moscou a échangé du pétrole contre des obus nord-coréens.",
            "fr",
            {("RU", "KP", "fuel"), ("KP", "RU", "artillery_ammunition")},
        ),
        (
            "La Corée du Nord a troqué des obus avec la Russie contre du pétrole.",
            "fr",
            {("KP", "RU", "artillery_ammunition"), ("RU", "KP", "fuel")},
        ),
    ],
)
def test_what_is_bartered_goes_both_ways(text: str, language: str, expected: set) -> None:
    assert transfers(record(text, language)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "North Korea supplied Russia with shells. The two sides will exchange ratification documents next week.",
        "Israeli troops exchanged fire with Hezbollah fighters near the border.",
        "Ukraine exchanged 100 Russian soldiers for 95 Ukrainian troops.",
    ],
)
def test_an_exchange_of_no_materiel_for_materiel_is_no_barter(text: str) -> None:
    found = transfers(record(text))
    assert found <= {("KP", "RU", "artillery_ammunition")}
