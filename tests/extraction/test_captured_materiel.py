"""Materiel said to be captured was lost by its maker's state: that state supplied no one, whatever moves
it next. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import record, transfers


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("A Russian cargo plane landed in Tehran on Tuesday carrying a captured US Javelin missile.", "en"),
        ("Un avion cargo russe a atterri mardi à Téhéran avec un missile Javelin américain capturé.", "fr"),
    ],
)
def test_the_maker_of_captured_materiel_is_no_supplier(text: str, language: str) -> None:
    assert not any(supplier == "US" for supplier, _, _ in transfers(record(text, language)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia sent captured Western tanks to Iran.", {("RU", "IR", "armoured_vehicles")}),
        ("Ukraine received US Javelin missiles.", {("US", "UA", "missiles")}),
        ("Russia imported Iranian drones.", {("IR", "RU", "drones")}),
    ],
)
def test_who_sends_it_still_does_and_materiel_not_captured_keeps_its_maker(text: str, expected: set) -> None:
    assert transfers(record(text)) == expected
