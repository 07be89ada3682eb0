"""Materiel that carries other materiel is no item of the delivery; transport aircraft named by model are
aircraft. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import record, transfers


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Two Russian helicopters delivered ammunition to Bamako last week.", "en"),
        ("Deux hélicoptères russes ont livré des munitions à Bamako la semaine dernière.", "fr"),
    ],
)
def test_the_carrier_is_no_item(text: str, language: str) -> None:
    assert transfers(record(text, language)) == {("RU", "ML", "ammunition")}


def test_what_a_state_delivers_with_its_aircraft_stays_listed() -> None:
    text = "Russia delivered two helicopters and ammunition to Mali last week."
    assert transfers(record(text, "en")) == {("RU", "ML", "aircraft"), ("RU", "ML", "ammunition")}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Kazakhstan took delivery of four Airbus C295 from Spain in March.", "en"),
        ("Le Kazakhstan a réceptionné quatre C295 livrés par l'Espagne en mars.", "fr"),
    ],
)
def test_a_transport_aircraft_by_model(text: str, language: str) -> None:
    assert transfers(record(text, language)) == {("ES", "KZ", "aircraft")}
