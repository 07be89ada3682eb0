"""Planes that land carrying materiel deliver it from where they came; with no figure of its own, what
arrived is counted by the conveyances (a figure shared by its kinds); missiles that land deliver nothing.
Every text here was written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import record, transfers


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "At least seven cargo flights from Iran landed in Sudan between December and July, carrying drones and"
            " ammunition.",
            "en",
        ),
        (
            "Au moins sept vols cargo en provenance d'Iran ont atterri au Soudan entre décembre et juillet,"
            " transportant des drones et des munitions.",
            "fr",
        ),
    ],
)
def test_landing_flights_deliver_what_they_carry_counted_by_flights(text: str, language: str) -> None:
    claims = [c for c in record(text, language).claims if c.kind == "transfer"]
    found = {(c.role("supplier"), c.role("recipient"), c.item) for c in claims}
    assert found == {("IR", "SD", "drones"), ("IR", "SD", "ammunition")}
    assert {(c.quantity.min, c.quantity.unit, c.quantity.shared) for c in claims if c.quantity} == {(7, "flight", True)}
    assert len(claims) == 2


def test_missiles_that_land_deliver_nothing() -> None:
    assert transfers(record("Russian missiles landed in Poland overnight.")) == set()
