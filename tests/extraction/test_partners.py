"""Actors named in the sentence before: the one other actor a sentence about a state names is where a
pronoun or a noun for it points ("its ally", "lui", "au pays", "the group"). Every text here was
written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import record, transfers


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Belarus has deepened its ties with Venezuela. It has shipped rifles to its ally since 2021.",
            "en",
            ("BY", "VE", "small_arms"),
        ),
        (
            "La Russie est le principal partenaire militaire du Tchad. Moscou lui a livré des hélicoptères en 2022.",
            "fr",
            ("RU", "TD", "aircraft"),
        ),
        (
            "La Turquie renforce ses liens avec le Togo. Ankara a livré au pays des drones en mai.",
            "fr",
            ("TR", "TG", "drones"),
        ),
        (
            "Iran backs the Houthis in Yemen. Tehran has supplied the group with rockets.",
            "en",
            ("IR", "organization:houthis", "rockets"),
        ),
    ],
)
def test_the_partner_of_the_sentence_before_receives(text: str, language: str, expected: tuple) -> None:
    assert transfers(record(text, language)) == {expected}


def test_a_state_is_no_group() -> None:
    text = "Iran has deepened its ties with Syria. Tehran has supplied the group with rockets."
    assert transfers(record(text)) == set()


def test_two_other_actors_leave_the_pronoun_unresolved() -> None:
    text = "Belarus has deepened its ties with Venezuela and Cuba. It has shipped rifles to its ally since 2021."
    assert transfers(record(text)) == set()


def test_whose_materiel_arrived_gave_it() -> None:
    assert transfers(record("Norway's first F-16s arrived in Romania in July 2024.")) == {("NO", "RO", "aircraft")}


def test_the_owner_of_what_arrived_at_home_gave_nothing() -> None:
    assert transfers(record("Romania's first F-16s arrived in Romania in July 2024.")) == set()


def test_a_stopped_ship_is_no_halt_of_the_flow_but_ships_that_stop_their_voyages_are() -> None:
    stopped = record("A ship carrying Iranian arms to Sudan was stopped in the Red Sea.").claims
    halted = record("Ships carrying Iranian arms to Sudan stopped their voyages in March.").claims
    assert ([c.trend for c in stopped], [c.trend for c in halted]) == ([None], ["halt"])


def test_the_french_speaker_after_the_verb_of_saying_is_the_source_however_parsed() -> None:
    text = "Berlin fournira à Vilnius un nouveau système IRIS-T, a annoncé le chancelier Scholz."
    [evidence] = record(text, "fr").evidence
    assert [a.name for a in evidence.attributed_to] == ["Scholz"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Norway's order of 40 K9 howitzers from South Korea was signed in 2022.", "en"),
        (
            "La Norvège a réceptionné les premiers exemplaires de la commande de 40 obusiers K9 "
            "passée à la Corée du Sud.",
            "fr",
        ),
    ],
)
def test_an_order_is_a_pledged_transfer_of_its_figure(text: str, language: str) -> None:
    found = [(c.status, c.quantity and c.quantity.min) for c in record(text, language).claims if c.kind == "transfer"]
    assert found == [("pledged", 40)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Several shipments of rifles reached Chad in 2023. They came from Serbia, according to the report.", "en"),
        ("Des cargaisons de fusils sont arrivées au Tchad en 2023. Elles venaient de Serbie, selon le rapport.", "fr"),
    ],
)
def test_the_side_the_sentence_before_gave_completes_a_flow(text: str, language: str) -> None:
    rec = record(text, language)
    assert ("RS", "TD", "small_arms") in transfers(rec)
    [completed] = [c for c in rec.claims if c.roles["supplier"] == ("RS",)]
    assert completed.time is not None and completed.time.start == "2023"  # the time of the flow before


def test_another_state_named_leaves_the_flow_incomplete() -> None:
    text = "Shipments of rifles reached Chad in 2023. They came from Serbia through Niger, officials in Mali said."
    assert ("RS", "TD", "small_arms") not in transfers(record(text))


def test_people_of_a_nationality_are_not_their_state() -> None:
    assert transfers(record("A UN panel found that Eritrea supplied weapons to Somali militants.")) == set()


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "A UN report accuses Rwanda of supplying arms to the M23 rebels.",
            "en",
            ("RW", "organization:m23", "military_equipment"),
        ),
        (
            "Les Émirats arabes unis auraient livré des véhicules blindés aux Forces de soutien rapide.",
            "fr",
            ("AE", "organization:rapid-support-forces", "armoured_vehicles"),
        ),
    ],
)
def test_armed_groups_are_actors(text: str, language: str, expected: tuple) -> None:
    assert transfers(record(text, language)) == {expected}


def test_the_french_future_pledges_and_the_speaker_after_a_date_is_the_source() -> None:
    text = "La Norvège enverra des chars Leopard 2 en Lituanie, a annoncé samedi le ministère de la Défense."
    rec = record(text, "fr")
    assert [c.status for c in rec.claims] == ["pledged"]
    assert [a.name for e in rec.evidence for a in e.attributed_to] == ["ministère de la Défense"]


def test_a_figure_before_a_systems_name_alone_counts_it() -> None:
    claims = record("Le Qatar a commandé 24 Rafale à la France en 2015.", "fr").claims
    [transfer] = [c for c in claims if c.kind == "transfer"]
    assert transfer.quantity is not None and (transfer.quantity.min, transfer.quantity.max) == (24, 24)


def test_a_named_recipient_is_never_replaced_by_the_partner_before() -> None:
    text = "Russia accused Ukraine of shelling a plant. It has shipped drones to its ally Belarus since 2022."
    assert ("RU", "UA", "drones") not in transfers(record(text))


def test_missiles_fired_somewhere_are_no_delivery() -> None:
    assert record("Russian missiles fired from Belarus reached Kyiv.").claims == []


def test_a_report_of_a_named_body_is_that_bodys_word() -> None:
    text = "Selon un rapport de Human Rights Watch, le Tchad a reçu des drones de la Turquie."
    assert [a.name for e in record(text, "fr").evidence for a in e.attributed_to] == ["Human Rights Watch"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Laos imports most of its weapons from Russia. Last year it bought 12 Su-30SM fighters.", "en"),
        ("Le Laos importe l'essentiel de ses armes de Russie. L'an dernier, il a acheté 12 hélicoptères Mi-17.", "fr"),
    ],
)
def test_the_pronoun_subject_of_a_purchase_is_the_buyer_named_before(text: str, language: str) -> None:
    found = transfers(record(text, language, published="2024-05-10"))
    assert ("RU", "LA", "aircraft") in found
    assert all((s, r) == ("RU", "LA") for s, r, _ in found)


def test_a_flow_whose_other_side_is_named_otherwise_does_not_continue_the_last() -> None:
    text = (
        "La Russie a livré du pétrole raffiné au Laos en mars. Si le régime laotien a officiellement arrêté "
        "d'acheter de l'énergie aux pays étrangers après la fermeture de ses frontières, il aurait continué à s'en "
        "procurer en mer."
    )
    found = record(text, "fr", published="2024-05-10").claims
    assert [(c.role("supplier"), c.role("recipient"), c.trend) for c in found if c.kind == "transfer"] == [
        ("RU", "LA", None)
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "En 2022, le Laos a exporté 700 tonnes de charbon vers le Vietnam. En 2023, la quantité a doublé. "
            "Environ 110 tonnes ont été exportées de janvier à mars de cette année.",
            "fr",
        ),
        (
            "In 2022, Laos exported 700 tonnes of coal to Vietnam. In 2023, the amount doubled. About 110 tonnes "
            "were exported from January to March this year.",
            "en",
        ),
    ],
)
def test_a_measure_exported_two_sentences_later_continues_the_flow(text: str, language: str) -> None:
    claims = record(text, language, published="2024-05-10").claims
    continued = [c for c in claims if c.quantity and c.quantity.min == 110]
    assert [(c.role("supplier"), c.role("recipient")) for c in continued] == [("LA", "VN")]
    assert continued[0].time is not None and (continued[0].time.start, continued[0].time.end) == ("2024-01", "2024-03")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "North Korea sends shells and missiles to Russia. The freighter Orel made nine voyages for this"
            " pipeline between May and July.",
            "en",
        ),
        (
            "La Corée du Nord envoie des obus et des missiles à la Russie. Le cargo Orel a effectué neuf voyages"
            " pour ce trafic entre mai et juillet.",
            "fr",
        ),
    ],
)
def test_a_flow_of_several_arms_taken_up_carries_arms(text: str, language: str) -> None:
    """Which of the kinds listed before the later sentence means, it does not say: arms, together."""
    found = [(c.item, c.time and c.time.start) for c in record(text, language).claims if c.kind == "transfer"]
    assert sorted(found, key=str) == [
        ("artillery_ammunition", None),
        ("military_equipment", "2023-05"),  # told in March 2024: the last May
        ("missiles", None),
    ]


def test_a_flow_of_arms_and_oil_taken_up_carries_nothing_said() -> None:
    text = "North Korea sends shells and coal to Russia. The freighter Orel made nine voyages for this pipeline in May."
    assert sorted(c.item for c in record(text, "en").claims if c.kind == "transfer") == [
        "artillery_ammunition",
        "other",
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Mali turned to Russia for weapons. In 2023 it received four Su-24 jets.", "en"),
        ("Mali has relied on Russia for arms since 2021. Last year the junta bought four Su-24 jets.", "en"),
        ("Le Mali s'est tourné vers la Russie pour ses armes. En 2023, il a reçu quatre avions Su-24.", "fr"),
        ("Le Mali compte sur la Russie pour ses armements. L'an dernier, le pays a acquis quatre avions Su-24.", "fr"),
    ],
)
def test_what_a_state_received_came_from_the_state_it_turned_to_for_arms(text: str, language: str) -> None:
    assert transfers(record(text, language)) == {("RU", "ML", "aircraft")}


@pytest.mark.parametrize(
    "text",
    [
        "Mali criticised France over its withdrawal of troops and helicopters. In 2023 it received four Su-24 jets.",
        "Mali turned to Russia for weapons. In 2023 it received four drones from Turkey.",
        "Mali turned to Russia for weapons. It rained in Bamako. In 2023 it received four Su-24 jets.",
    ],
)
def test_not_from_a_state_it_did_not_turn_to_nor_when_another_is_named_or_further(text: str) -> None:
    assert ("RU", "ML", "aircraft") not in transfers(record(text))


def test_a_share_of_an_importer_s_imports_in_french_however_parsed() -> None:
    rec = record("Le Laos représenterait près de 80 % des importations russes de microprocesseurs.", "fr")
    assert transfers(rec) == {("LA", "RU", "technology")}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Russia and Iran have deepened their military ties. Tehran has sent its ally hundreds of drones, "
            "while Moscow has supplied Su-35 jets in return.",
            "en",
        ),
        (
            "La Russie et l'Iran ont renforcé leurs liens militaires. Téhéran a livré à son allié des centaines "
            "de drones, tandis que Moscou lui a fourni des avions Su-35.",
            "fr",
        ),
    ],
)
def test_each_ally_gives_the_other(text: str, language: str) -> None:
    assert transfers(record(text, language)) == {("IR", "RU", "drones"), ("RU", "IR", "aircraft")}


def test_what_is_sent_in_return_goes_back_to_who_gave() -> None:
    text = "North Korea shipped shells to Russia. In return, Moscow sent oil and food."
    assert transfers(record(text, "en")) == {
        ("KP", "RU", "artillery_ammunition"),
        ("RU", "KP", "fuel"),
        ("RU", "KP", "food"),
    }
