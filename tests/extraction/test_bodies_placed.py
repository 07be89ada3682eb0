"""A body acting for its state sends its troops; a state's body named bare after an opening that places the
sentence in that state is that state's; the state a sentence opens on sold nothing. Every sentence here was
written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import record, transfers


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Des militaires de l'Africa Corps sont arrivés à Niamey fin mai.", "fr"),
        ("Environ 150 soldats de l'Africa Corps sont arrivés à Niamey fin mai.", "fr"),
    ],
)
def test_troops_of_a_body_acting_for_a_state_are_that_states(text: str, language: str) -> None:
    assert transfers(record(text, language, published="2025-07-03")) == {("RU", "NE", "troops")}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Au Niger voisin, l'armée a réceptionné l'an dernier trois drones de fabrication turque.", "fr"),
        ("In neighbouring Niger, the army took delivery of three Turkish-made drones last year.", "en"),
        ("In Niger, the junta received three drones from Türkiye last year.", "en"),
    ],
)
def test_the_army_of_the_state_the_sentence_opens_on_receives(text: str, language: str) -> None:
    assert transfers(record(text, language, published="2025-07-03")) == {("TR", "NE", "drones")}


def test_a_body_with_its_own_state_is_not_the_opening_places() -> None:
    text = "Au Mali, l'armée russe a livré des hélicoptères."
    assert transfers(record(text, "fr")) == {("RU", "ML", "aircraft")}
