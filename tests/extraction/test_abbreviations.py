"""An abbreviation the article spells out in brackets is the entity it spells, wherever the article uses
it: one entity in the graph, not two. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import record, transfers

RSF = "organization:rapid-support-forces"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "The Rapid Support Forces (RSF) received drones from the United Arab Emirates last year. "
            "The UAE also sent armoured vehicles to the RSF in March.",
            "en",
        ),
        (
            "Les Forces de soutien rapide (FSR) ont reçu des drones des Émirats arabes unis. "
            "Abou Dhabi a aussi livré des blindés aux FSR en mars.",
            "fr",
        ),
    ],
)
def test_a_spelled_out_abbreviation_is_the_entity_it_spells(text: str, language: str) -> None:
    found = record(text, language)
    assert transfers(found) == {("AE", RSF, "drones"), ("AE", RSF, "armoured_vehicles")}
    assert [e.id for e in found.entities if e.id.startswith("organization:")] == [RSF]


def test_an_abbreviation_used_before_it_is_spelled_out_takes_the_state_of_its_spelling() -> None:
    text = "The report says the SAF received drones from Iran. The Sudanese Armed Forces (SAF) deny it."
    assert {(s, r) for s, r, _ in transfers(record(text, "en"))} == {("IR", "SD")}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The Sudanese Armed Forces (SAF) have received drones from Iran, the report said.", "en"),
        ("Les Forces armées soudanaises (FAS) ont reçu des drones en provenance de l'Iran.", "fr"),
    ],
)
def test_a_states_forces_and_their_abbreviation_stand_for_the_state(text: str, language: str) -> None:
    assert {(s, r) for s, r, _ in transfers(record(text, language))} == {("IR", "SD")}


def test_the_abbreviation_of_a_states_forces_stays_their_own_entity() -> None:
    found = record("The Sudanese Armed Forces (SAF) have received drones from Iran, the report said.", "en")
    assert "organization:saf" in {e.id for e in found.entities}


def test_a_persons_bracketed_abbreviation_is_not_the_person() -> None:
    text = "Senator John Marlow (GOP) said the United States sold drones to Taiwan. The GOP backed the sale."
    gop = {m.entity_id for m in record(text, "en").mentions if "GOP" in m.names}
    assert gop and not any(i.startswith("person:") for i in gop)
