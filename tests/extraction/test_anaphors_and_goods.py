"""Words that stand for the materiel named just before ("Ces engins ont été livrés"), and goods of
surveillance and electronic warfare. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import record, transfers


def test_devices_named_before_and_delivered_later_continue_the_flow() -> None:
    text = (
        "La Turquie a fourni à l'Azerbaïdjan des drones Bayraktar TB2. "
        "Ces engins ont été livrés en plusieurs lots entre 2019 et 2020, selon des sources turques."
    )
    rec = record(text, "fr")
    later = [c for c in rec.claims if c.time is not None]
    assert [(c.role("supplier"), c.role("recipient"), c.item) for c in later] == [("TR", "AZ", "drones")]
    assert (later[0].time.start, later[0].time.end) == ("2019", "2020")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Israel sold surveillance software to Bahrain in 2023.", "en"),
        ("Israël a vendu des logiciels espions à Bahreïn en 2023.", "fr"),
        ("Belarus supplied jamming equipment to Russia in 2023.", "en"),
    ],
)
def test_surveillance_and_jamming_goods_are_technology(text: str, language: str) -> None:
    found = transfers(record(text, language))
    assert len(found) == 1 and next(iter(found))[2] == "technology"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("L'Ukraine a obtenu de la Suède des avions radar.", "fr"),
        ("Sweden will send two early warning aircraft to Ukraine.", "en"),
        ("Turkey will deliver the first Hurjet trainers to Spain in 2028.", "en"),
        ("Le Pakistan recevra d'ici la fin de l'année ses premiers chasseurs J-35 chinois.", "fr"),
    ],
)
def test_aircraft_of_every_role_and_more_models_are_aircraft(text: str, language: str) -> None:
    found = transfers(record(text, language))
    assert len(found) == 1 and next(iter(found))[2] == "aircraft"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Ukraine has received the first F-16s.", "en"),
        ("« Nous avons reçu les premiers F-16 », a écrit le ministre ukrainien sur X.", "fr"),
    ],
)
def test_a_system_many_armies_pass_on_says_nothing_of_its_supplier(text: str, language: str) -> None:
    assert all(c.role("supplier") != "US" for c in record(text, language).claims)


def test_a_named_system_the_ner_takes_for_a_body_is_still_materiel() -> None:
    assert transfers(record("France will send Mirage jets to Ukraine.")) == {("FR", "UA", "aircraft")}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The US has shared satellite intelligence with Ukraine since 2022.", "en"),
        ("Les États-Unis partagent des renseignements satellitaires avec l'Ukraine depuis 2022.", "fr"),
    ],
)
def test_intelligence_shared_with_a_state_goes_to_it(text: str, language: str) -> None:
    assert transfers(record(text, language)) == {("US", "UA", "other")}


@pytest.mark.parametrize(
    "text",
    [
        "Russia and China share a long border.",
        "South Korea said it was tracking the shipments and would share its findings with allies.",
    ],
)
def test_sharing_no_materiel_is_no_transfer(text: str) -> None:
    assert transfers(record(text)) == set()


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "La junte tchadienne a renforcé ses liens avec la Turquie. En mars, le pays a reçu six drones d'Ankara.",
            "fr",
        ),
        (
            "Chad's junta has deepened its ties with Turkey. In March, the country received six drones from Ankara.",
            "en",
        ),
    ],
)
def test_the_country_is_the_state_whose_junta_the_sentence_before_was_about(text: str, language: str) -> None:
    assert transfers(record(text, language)) == {("TR", "TD", "drones")}


def test_an_air_defence_system_named_by_its_model_is_supplied_by_its_makers_state_when_sold() -> None:
    text = "Israeli officials confirmed the sale of the Arrow 3 system to Finland."
    assert transfers(record(text)) == {("IL", "FI", "air_defence")}
