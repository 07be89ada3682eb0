"""Listed materiel of several origins: each item comes from the state whose adjective it carries, in
either language and however the parser hung the adjective; verbs of rushing and airlifting move
materiel. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import record, transfers


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Chad received Turkish drones and Russian helicopters last year.", "en"),
        ("Le Tchad a reçu des drones turcs et des hélicoptères russes l'an dernier.", "fr"),
    ],
)
def test_each_listed_item_comes_from_its_own_state(text: str, language: str) -> None:
    assert transfers(record(text, language)) == {("TR", "TD", "drones"), ("RU", "TD", "aircraft")}


def test_one_adjective_before_a_list_gives_every_item_its_state() -> None:
    found = transfers(record("Chad received Turkish drones and helicopters last year."))
    assert found == {("TR", "TD", "drones"), ("TR", "TD", "aircraft")}


def test_a_french_adjective_tagged_as_a_participle_still_gives_the_origin() -> None:
    assert transfers(record("Le Tchad a reçu ses premiers chars russes.", "fr")) == {("RU", "TD", "armoured_vehicles")}


def test_the_adjective_of_a_port_left_behind_is_no_supplier() -> None:
    text = "The tanker delivered diesel to a North Korean ship on May 2, after leaving the Chinese port of Dalian."
    assert all(supplier != "CN" for supplier, _, _ in transfers(record(text)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Norway airlifted 200 anti-tank weapons to Estonia in March.", ("NO", "EE", "military_equipment")),
        ("Greece ferried armoured vehicles to Cyprus across the sea in 2021.", ("GR", "CY", "armoured_vehicles")),
        ("Seoul has rushed howitzers to Warsaw since July.", ("KR", "PL", "artillery_systems")),
        ("Japan delivered 20 radars to the Philippines.", ("JP", "PH", "other")),
    ],
)
def test_verbs_of_rushing_and_new_materiel_words(text: str, expected: tuple) -> None:
    assert transfers(record(text)) == {expected}


def test_nobody_rushing_to_a_scene_is_a_transfer() -> None:
    assert record("Rescuers rushed to the scene after the blast in Kyiv.").claims == []


def test_french_submarines_are_materiel() -> None:
    found = transfers(record("L'Égypte a réceptionné ses premiers sous-marins allemands en 2016.", "fr"))
    assert found == {("DE", "EG", "other")}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Norway sent anti-drone guns to Estonia to defend against Russian drones.", "en"),
        ("La Norvège a livré des canons anti-drones à l'Estonie contre les drones russes.", "fr"),
        ("Norway sent counter-drone systems to Estonia.", "en"),
        ("La Norvège a livré des systèmes de lutte anti-drones à l'Estonie.", "fr"),
    ],
)
def test_what_a_weapon_is_against_is_not_what_moves(text: str, language: str) -> None:
    assert transfers(record(text, language)) == {("NO", "EE", "air_defence")}  # the guns: air defence


def test_a_figure_counts_its_own_item_not_the_next_one_with_its_own_article() -> None:
    text = "La Belgique livrera à l'Ukraine huit canons Caesar et des systèmes de défense sol-air Crotale."
    quantities = {c.item: c.quantity and c.quantity.min for c in record(text, "fr").claims}
    assert quantities == {"artillery_systems": 8, "air_defence": None}


def test_a_date_after_a_french_state_adjective_dates_the_transfer() -> None:
    [claim] = record("L'aviation malienne a reçu deux hélicoptères russes en mars 2023.", "fr").claims
    assert claim.time is not None and (claim.time.start, claim.time.end) == ("2023-03", "2023-03")


def test_one_of_a_states_suppliers_is_no_figure() -> None:
    [claim] = record("Israel is one of Azerbaijan's main arms suppliers.").claims
    assert claim.quantity is None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The Bangladesh Navy took delivery of the first of three corvettes ordered from China.", "en"),
        ("La marine du Bangladesh a reçu la première des trois corvettes commandées à la Chine.", "fr"),
    ],
)
def test_the_first_of_an_order_is_one_delivered_of_the_figure_pledged(text: str, language: str) -> None:
    found = {(c.status, c.quantity.min if c.quantity else None) for c in record(text, language).claims}
    assert found == {("delivered", 1), ("pledged", 3)}


def test_a_contract_that_provides_for_a_transfer_pledges_it_in_french() -> None:
    text = "Le contrat, conclu en 2019, prévoit un transfert de technologie de la Turquie vers l'Indonésie."
    assert {c.status for c in record(text, "fr").claims if c.kind == "transfer"} == {"pledged"}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Austria halted deliveries of shells to Hungary in March.", "en"),
        ("L'Autriche a suspendu ses livraisons d'obus à la Hongrie en mars.", "fr"),
    ],
)
def test_who_halts_deliveries_is_their_supplier(text: str, language: str) -> None:
    [claim] = record(text, language).claims
    assert (transfers(record(text, language)), claim.trend) == ({("AT", "HU", "artillery_ammunition")}, "halt")


def test_the_end_of_a_period_is_no_halt() -> None:
    text = "Austria is expected to deliver air defence systems to Hungary by the end of the year."
    assert [c.trend for c in record(text).claims] == [None]


def test_a_state_adjective_on_a_systems_name_gives_its_origin() -> None:
    assert transfers(record("Armenia bought Indian Pinaka rocket launchers.")) == {("IN", "AM", "artillery_systems")}


def test_a_short_sentence_with_a_percentage_is_still_prose() -> None:
    text = "L'Inde a importé 60 % de ses armes de Russie entre 2017 et 2021."
    [claim] = record(text, "fr").claims
    assert claim.time is not None and (claim.time.start, claim.time.end) == ("2017", "2021")


def test_who_concludes_a_treaty_is_its_party_not_its_source() -> None:
    [claim] = record("Vietnam and Laos concluded a defence cooperation treaty in June 2023.").claims
    [evidence] = record("Vietnam and Laos concluded a defence cooperation treaty in June 2023.").evidence
    assert (claim.kind, evidence.modality, evidence.attributed_to) == ("agreement", "asserted", ())


def test_who_concludes_that_something_happened_is_its_source() -> None:
    [evidence] = record("UN experts concluded that Iran had supplied drones to Sudan.").evidence
    assert evidence.modality == "reported" and [a.name for a in evidence.attributed_to] == ["UN experts"]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("India handed over a submarine to Vietnam in 2020.", "en", ("IN", "VN", "other")),
        ("L'Inde a cédé un sous-marin au Vietnam en 2020.", "fr", ("IN", "VN", "other")),
        ("Britain gifted 14 tanks to Estonia.", "en", ("GB", "EE", "armoured_vehicles")),
    ],
)
def test_gifts_and_short_french_participles(text: str, language: str, expected: tuple) -> None:
    assert transfers(record(text, language)) == {expected}


def test_a_short_french_present_is_read() -> None:
    assert transfers(record("La Russie vend des hélicoptères à l'Algérie.", "fr")) == {("RU", "DZ", "aircraft")}


def test_a_transfer_told_by_its_verb_and_its_make_is_one_claim() -> None:
    claims = record("Chad's army received Chinese-made drones in 2024.").claims
    assert [(c.roles["supplier"], c.time and c.time.start) for c in claims] == [(("CN",), "2024")]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Russian-made Su-24 jets were delivered to Laos by Belarus last year.", "en"),
        ("Des Su-24 de fabrication russe ont été livrés au Laos par la Biélorussie.", "fr"),
        ("Jets of Russian make delivered to Laos by Belarus arrived last week.", "en"),
    ],
)
def test_a_resold_system_comes_from_who_delivered_it_not_its_maker(text: str, language: str) -> None:
    assert transfers(record(text, language)) == {("BY", "LA", "aircraft")}
