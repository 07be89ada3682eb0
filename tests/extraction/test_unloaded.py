"""Materiel unloaded at a site was delivered to the site's state; unloading nothing named tells no flow.
Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import record, transfers


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Two Kenyan transport planes unloaded rifles and ammunition at Mogadishu airport.", "en"),
        ("Deux avions kényans ont débarqué des fusils et des munitions à l'aéroport de Mogadiscio.", "fr"),
    ],
)
def test_materiel_unloaded_at_an_airport_went_to_its_state(text: str, language: str) -> None:
    assert transfers(record(text, language)) == {("KE", "SO", "small_arms"), ("KE", "SO", "ammunition")}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Des militaires kényans ont débarqué à Mogadiscio.", "fr"),
        ("Le navire kényan a été déchargé sous haute sécurité à Mogadiscio.", "fr"),
    ],
)
def test_landing_or_a_ship_unloaded_names_no_materiel_unloaded(text: str, language: str) -> None:
    assert {t[2] for t in transfers(record(text, language))} <= {"troops"}


def test_unloading_what_no_lexicon_names_leaves_the_flow_told_before_to_the_next_words() -> None:
    text = (
        "Officials worry about what Iran will receive from Russia in return. Satellite images show Russian ships "
        "offloading containers in Iran, which may be the first deliveries of materiel from Russia."
    )
    assert ("RU", "IR", "military_equipment") in transfers(record(text, "en"))


def test_materiel_leased_to_a_state_is_pledged_to_it() -> None:
    text = "Brazil will lease two KC-390 transport aircraft to the Colombian air force for 18 months."
    rec = record(text, "en", published="2024-11-14")
    assert {(c.role("supplier"), c.role("recipient"), c.item, c.status) for c in rec.claims} == {
        ("BR", "CO", "aircraft", "pledged")
    }
