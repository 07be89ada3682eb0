"""Personnel told by where they are ("se trouvent au Venezuela"), no materiel made up from a soldier the
model read as an adjective ("Aucun militaire russe n'est stationné"), aid counted in money ("une aide de 30
millions de dollars à la Tunisie") and an army named without its state's word ("les Forces armées royales").
Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import record, transfers


def test_personnel_that_are_found_somewhere_were_sent_there() -> None:
    text = "Une centaine de techniciens militaires russes se trouvent au Nicaragua."
    assert transfers(record(text, "fr")) == {("RU", "NI", "troops")}


@pytest.mark.parametrize(
    "text", ["Aucun militaire russe n'est stationné au Nicaragua.", "Des militaires russes ont été retrouvés au Mali."]
)
def test_a_soldier_is_no_military_equipment(text: str) -> None:
    assert all(kind != "military_equipment" for _, _, kind in transfers(record(text, "fr")))


def test_aid_counted_in_money_is_funds() -> None:
    rec = record("Tokyo a annoncé en mai une aide de 40 millions de dollars au Sri Lanka.", "fr")
    claims = [c for c in rec.claims if c.kind == "transfer"]
    assert [(c.role("supplier"), c.role("recipient"), c.item, c.quantity and c.quantity.min) for c in claims] == [
        ("JP", "LK", "funds", 40_000_000.0)
    ]


def test_support_for_a_request_is_no_aid() -> None:
    text = "La France a annoncé son soutien à la demande de la Tunisie, qui réclame 30 millions de dollars."
    assert transfers(record(text, "fr")) == set()


def test_the_royal_armed_forces_are_morocco() -> None:
    text = "Les Forces armées royales ont réceptionné des canons Caesar livrés par le français KNDS France."
    assert transfers(record(text, "fr")) == {("FR", "MA", "artillery_systems")}
