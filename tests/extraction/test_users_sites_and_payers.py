"""Who uses materiel received it; personnel at a site in a state were sent there; money sent to pay for
materiel is a flow of funds; a government named by its capital stands for its state. Every sentence here was
written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import record, transfers


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Rockets used by Hezbollah were supplied by Iran, the report said.", "en"),
        ("Les roquettes utilisées par le Hezbollah ont été livrées par l'Iran, selon le rapport.", "fr"),
    ],
)
def test_the_user_of_materiel_is_no_supplier(text: str, language: str) -> None:
    assert {(s, k) for s, _, k in transfers(record(text, language))} == {("IR", "rockets")}


def test_a_complement_of_a_describing_participle_is_no_recipient() -> None:
    text = "Rockets used by Syria's army near Homs were flown in aboard cargo planes linked to Belarus, officials said."
    assert transfers(record(text, "en")) == set()


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("About 40 Chinese technicians are now based at an air base in Cambodia.", "en"),
        ("Une quarantaine d'instructeurs chinois sont stationnés sur une base aérienne au Cambodge.", "fr"),
    ],
)
def test_personnel_at_a_site_in_a_state(text: str, language: str) -> None:
    assert transfers(record(text, language)) == {("CN", "KH", "troops")}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Une centaine d'hommes de la Garde nationale turque sont stationnés en Libye.", "fr"),
        ("Une trentaine d'hommes turcs sont déployés en Libye depuis mars.", "fr"),
    ],
)
def test_men_counted_by_a_round_number_are_troops(text: str, language: str) -> None:
    assert transfers(record(text, language)) == {("TR", "LY", "troops")}


def test_men_after_a_round_number_of_business_are_no_troops() -> None:
    assert transfers(record("Une centaine d'hommes d'affaires turcs sont arrivés en Libye.", "fr")) == set()


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Norway has transferred 90 million euros to Warsaw this year to pay for shells bought for Kyiv.", "en"),
        ("La Norvège a versé 90 millions d'euros à Varsovie cette année pour payer des obus achetés pour Kiev.", "fr"),
    ],
)
def test_money_sent_to_pay_for_materiel_is_funds(text: str, language: str) -> None:
    assert ("NO", "PL", "funds") in transfers(record(text, language))
    assert ("NO", "PL", "artillery_ammunition") not in transfers(record(text, language))


def test_materiel_after_money_does_not_continue_its_flow() -> None:
    text = (
        "Norway has transferred 90 million euros to Warsaw this year to pay for shells bought for Kyiv. "
        "Critics have asked where the ammunition originates."
    )
    assert transfers(record(text, "en")) == {("NO", "PL", "funds")}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Egypt kept delivering armed drones to the government of Tripoli in 2024.", "en"),
        ("L'Égypte a continué de livrer des drones armés au gouvernement de Tripoli en 2024.", "fr"),
    ],
)
def test_the_government_of_a_capital_receives(text: str, language: str) -> None:
    assert transfers(record(text, language)) == {("EG", "LY", "drones")}


def test_after_receiving_the_main_subject_received() -> None:
    text = "After receiving dozens of Turkish drones in 2023, Azerbaijan now assembles them itself."
    assert transfers(record(text, "en")) == {("TR", "AZ", "drones")}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Turkish engineers helped Qatar set up an assembly line for armoured vehicles last year.", "en"),
        ("Des ingénieurs turcs ont aidé le Qatar à mettre en place une chaîne de montage de blindés.", "fr"),
    ],
)
def test_helping_set_up_production_supplies_know_how(text: str, language: str) -> None:
    assert transfers(record(text, language)) == {("TR", "QA", "technology")}


def test_helping_a_state_defend_itself_gives_no_know_how() -> None:
    assert transfers(record("Turkish advisers helped Qatar defend itself.", "en")) == set()


def test_what_is_unloaded_at_a_port_is_received_by_its_state() -> None:
    text = (
        "At least six tankers unloaded diesel at Thilawa port during 2024. "
        "Analysts estimate that most of the fuel came from Iran."
    )
    assert transfers(record(text, "en")) == {("IR", "MM", "fuel")}


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("About 2,000 Chadian soldiers fought alongside Nigerien forces near the border.", "en", ("TD", "NE")),
        ("Environ 2 000 soldats tchadiens ont combattu aux côtés de l'armée nigérienne.", "fr", ("TD", "NE")),
    ],
)
def test_troops_fighting_beside_another_side_were_sent_to_it(text: str, language: str, expected: tuple) -> None:
    assert transfers(record(text, language)) == {(*expected, "troops")}


def test_troops_fighting_against_a_state_were_not_sent_to_it() -> None:
    assert transfers(record("About 2,000 Chadian soldiers fought against Nigerien forces.", "en")) == set()


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Officials said Belarus passed rifles to the rebels, though they offered no evidence.", "en"),
        (
            "Selon des responsables, le Bélarus a livré des fusils aux rebelles, mais ils n'ont fourni aucune preuve.",
            "fr",
        ),
    ],
)
def test_offering_no_evidence_denies_nothing(text: str, language: str) -> None:
    assert [c for c in record(text, language).claims if c.kind == "denial"] == []


def test_paying_for_materiel_bought_by_another_gives_it_funds() -> None:
    text = "Kuwait paid for a batch of armoured vehicles bought by the Jordanian army last year, sources said."
    assert transfers(record(text, "en")) == {("KW", "JO", "funds")}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("China helped Pakistan build a solar plant near Karachi.", "en"),
        ("Israeli troops fought for weeks in southern Lebanon.", "en"),
    ],
)
def test_no_know_how_nor_troops_without_materiel_or_a_side(text: str, language: str) -> None:
    assert transfers(record(text, language)) == set()
