"""Materiel named only as what the materiel sent serves ("ammunition for Leopard tanks", "F-16 spare parts")
is not sent; and a flow owned by one actor is not the flow of the actor that acts on it ("Hungary blocked
the EU's aid"). Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import record, transfers


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Denmark sent ammunition for Leopard 1 tanks to Ukraine.", "en", {("DK", "UA", "ammunition")}),
        ("Denmark sent F-16 spare parts to Ukraine.", "en", {("DK", "UA", "other")}),
        ("Denmark sent spare parts for F-16 jets to Ukraine.", "en", {("DK", "UA", "other")}),
        # the tank is the ammunition's, not a system of its own
        ("Brazil sold Leopard 1 tank ammunition to Germany.", "en", {("BR", "DE", "artillery_ammunition")}),
        ("Germany sent four Gepard tanks to Ukraine.", "en", {("DE", "UA", "air_defence")}),
    ],
)
def test_what_the_materiel_serves_is_not_sent(text: str, language: str, expected: set) -> None:
    assert transfers(record(text, language)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hungary has blocked the EU's military aid to Ukraine.",
            {("organization:european-union", "UA", "military_equipment")},
        ),
        ("Poland criticised Germany's arms exports to Saudi Arabia.", {("DE", "SA", "military_equipment")}),
    ],
)
def test_the_owner_of_a_flow_gives_not_who_acts_on_it(text: str, expected: set) -> None:
    assert transfers(record(text)) == expected
