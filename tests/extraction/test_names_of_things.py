"""Names that are no actors: the NER's bodies that name a model or an event, officials a sentence is credited
to. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import record, transfers


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Belarus hosts Russian units. Last autumn, Moscow sent several thousand soldiers to its ally for the "
            "Zapad-2025 exercises, held near the border.",
            "en",
            {("RU", "BY", "troops")},
        ),
        (
            "Russia has moved at least two launchers for its Oreshnik intermediate-range missile to an air base in "
            "eastern Belarus.",
            "en",
            {("RU", "BY", "missiles")},
        ),
        (
            "Russia moved three launchers for its Oreshnik missile to a base in Belarus, satellite images show.",
            "en",
            {("RU", "BY", "missiles")},
        ),
    ],
)
def test_a_name_of_a_model_or_an_event_receives_nothing(
    text: str, language: str, expected: set[tuple[str, str, str]]
) -> None:
    assert transfers(record(text, language)) == expected


def test_a_maker_named_before_its_materiel_stays_an_actor() -> None:
    rec = record("Poland received 24 Zelmar howitzers from South Korea in May.", "en")
    assert transfers(rec) == {("KR", "PL", "artillery_systems")}


def test_officials_after_d_apres_are_a_source_not_a_supplier() -> None:
    text = "D'après des responsables iraniens cités par la presse, l'avion transportait des drones pour le Venezuela."
    assert transfers(record(text, "fr")) == set()
