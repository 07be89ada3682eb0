"""Arming someone is supplying it with weapons, materiel the verb names by itself; a state's rulers named
by its possessive ("Myanmar's junta") stand for it; a sentence of three words is still prose. Every
sentence here was written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import record, transfers


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Iran armed the Houthis.", "en", {("IR", "organization:houthis")}),
        ("Belarus has been arming Laos's junta since 2021.", "en", {("BY", "LA")}),
        ("La Biélorussie a armé la junte birmane en 2022.", "fr", {("BY", "MM")}),
    ],
)
def test_arming_a_party_supplies_it_with_weapons(text: str, language: str, expected: set) -> None:
    found = transfers(record(text, language, published="2024-05-10"))
    assert {(s, r) for s, r, _ in found} == expected
    assert {item for _, _, item in found} == {"military_equipment"}


@pytest.mark.parametrize(
    "text",
    ["Armed groups attacked the convoy near Goma.", "Russia is arming its own troops.", "The rebels were armed."],
)
def test_arming_with_no_other_party_is_no_transfer(text: str) -> None:
    assert transfers(record(text, published="2024-05-10")) == set()


def test_a_speakers_possessive_state_is_no_party() -> None:
    text = "Ukraine has received the first Gripen jets from Sweden, Finland's defence minister said."
    assert transfers(record(text, published="2024-05-10")) == {("SE", "UA", "aircraft")}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Hamas fighters armed with North Korean rifles attacked the base.", "en"),
        ("Des combattants du Hamas armés de fusils nord-coréens ont attaqué la base.", "fr"),
    ],
)
def test_who_is_armed_with_foreign_arms_received_them(text: str, language: str) -> None:
    """The fighters the participle describes are armed, not arms; the rifles' maker state gave them."""
    assert transfers(record(text, language)) == {("KP", "organization:hamas", "small_arms")}
