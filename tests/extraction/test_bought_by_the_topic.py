"""Materiel bought from a state in the passive, by no one named: the state the sentence before is about bought
it. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import record, transfers


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Canada operates four submarines. The submarines were bought second-hand from Britain in 1998.", "en"),
        (
            "Le Canada exploite quatre sous-marins. Les sous-marins ont été achetés d'occasion au Royaume-Uni en 1998.",
            "fr",
        ),
    ],
)
def test_bought_from_a_state_by_the_topic(text: str, language: str) -> None:
    assert transfers(record(text, language)) == {("GB", "CA", "other")}


@pytest.mark.parametrize(
    "text",
    [
        "The submarines were bought second-hand from Britain in 1998.",  # no state before: no buyer
        "Canada operates four submarines. The submarines were bought from Britain by Chile in 1998.",
    ],
)
def test_no_topic_or_a_buyer_named(text: str) -> None:
    assert ("GB", "CA", "other") not in transfers(record(text))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("La Suisse a remis 25 chars Leopard 2 au groupe allemand Rheinmetall.", "fr"),
        ("Switzerland handed 25 Leopard 2 tanks to the German group Rheinmetall.", "en"),
    ],
)
def test_materiel_given_to_a_firm_of_a_state_goes_to_that_state(text: str, language: str) -> None:
    assert transfers(record(text, language)) == {("CH", "DE", "armoured_vehicles")}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Japan delivered two air surveillance radars to the Philippines in 2023.", "en"),
        ("Le Japon a livré deux radars de surveillance aérienne aux Philippines en 2023.", "fr"),
    ],
)
def test_air_surveillance_radars_are_air_defence(text: str, language: str) -> None:
    assert transfers(record(text, language)) == {("JP", "PH", "air_defence")}
