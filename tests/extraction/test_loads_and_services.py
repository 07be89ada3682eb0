"""Materiel inside a load ("a cargo of rifles") hangs on the verb of the load; a place after a counted
group ("une centaine d'instructeurs au Burkina Faso") is where they were sent; training and technical
assistance are transfers of other goods. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import record, transfers


def test_a_seized_load_en_route_is_a_transfer_from_where_it_came_to_where_it_went() -> None:
    text = "Italian police seized a cargo of rifles en route from Serbia to Libya."
    assert transfers(record(text)) == {("RS", "LY", "small_arms")}


def test_a_counted_group_goes_where_the_sentence_sends_it() -> None:
    text = "La Russie a dépêché une centaine d'instructeurs militaires au Niger en janvier."
    assert transfers(record(text, "fr")) == {("RU", "NE", "troops")}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Britain provided military training and technical assistance to Ukraine.", "en"),
        ("Le Royaume-Uni a fourni une formation militaire et une assistance technique à l'Ukraine.", "fr"),
    ],
)
def test_training_and_technical_assistance_are_transfers(text: str, language: str) -> None:
    assert transfers(record(text, language)) == {("GB", "UA", "other")}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("A US official said Iran had trained Russian drone operators in Crimea.", "en"),
        ("L'Iran a formé des opérateurs russes de drones en Crimée, selon un responsable américain.", "fr"),
    ],
)
def test_training_people_of_a_state_is_a_transfer_to_it(text: str, language: str) -> None:
    assert transfers(record(text, language)) == {("IR", "RU", "other")}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("French instructors have trained 2,000 Laotian soldiers in Poland since the spring.", "en"),
        ("Des instructeurs français ont formé 2 000 soldats laotiens en Pologne depuis le printemps.", "fr"),
        ("Paris trained Laotian drone operators in Poland.", "en"),
    ],
)
def test_counted_trainees_receive_and_where_they_trained_does_not(text: str, language: str) -> None:
    assert transfers(record(text, language)) == {("FR", "LA", "other")}


def test_trainees_named_by_an_adjective_tagged_as_a_proper_noun() -> None:
    assert transfers(record("Ankara trained Azerbaijani special forces in 2020.")) == {("TR", "AZ", "other")}


def test_forming_a_government_is_no_training() -> None:
    assert transfers(record("Les partis maliens ont formé un gouvernement en 2022.", "fr")) == set()


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Chinese firms shipped drone engines to Iran last year.", "en"),
        ("Des entreprises chinoises ont livré des moteurs de drones à l'Iran.", "fr"),
    ],
)
def test_engines_are_technology_not_the_system_they_drive(text: str, language: str) -> None:
    assert transfers(record(text, language)) == {("CN", "IR", "technology")}


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "La Chine a fourni au Laos de la nitrocellulose, des roulements à billes et des moteurs d'avion.",
            "fr",
            {("CN", "LA", "other"), ("CN", "LA", "technology")},
        ),
        ("Kyrgyz firms re-exported optics and thermal cameras to Laos.", "en", {("KG", "LA", "other")}),
        ("India bought 2 million barrels of Laotian crude in March.", "en", {("LA", "IN", "fuel")}),
    ],
)
def test_dual_use_goods_and_crude_after_the_recipient_too(text: str, language: str, expected: set) -> None:
    assert transfers(record(text, language)) == expected


def test_satellite_images_shipped_are_goods_not_a_source() -> None:
    rec = record("The UAE shipped $50 million worth of satellite images and radar components to Laos.")
    assert ("AE", "LA", "other") in transfers(rec)
    assert not [a for e in rec.evidence for a in e.attributed_to]
