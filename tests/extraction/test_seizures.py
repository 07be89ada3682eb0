"""Materiel seized, intercepted or found: a transfer from where it came to where it was going, or to the
group found holding it. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import record, transfers


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "The navy seized 900 rifles bound for the Houthis from Iran.",
            "en",
            {("IR", "organization:houthis", "small_arms")},
        ),
        (
            "Les douanes ont intercepté une cargaison de missiles en provenance de l'Iran à destination du Soudan.",
            "fr",
            {("IR", "SD", "missiles")},
        ),
        (
            "Iranian-made rockets were found with Hezbollah fighters near the border.",
            "en",
            {("IR", "organization:hezbollah", "rockets")},
        ),
        (
            "Des fusils de fabrication iranienne ont été saisis chez les Houthis.",
            "fr",
            {("IR", "organization:houthis", "small_arms")},
        ),
        # the seizure as the verb, where the materiel was going said on a participle
        (
            "A cargo of 2,000 rifles bound for Yemen from Iran was seized in the Gulf of Oman.",
            "en",
            {("IR", "YE", "small_arms")},
        ),
        (
            "Des fusils iraniens destinés au Yémen ont été saisis dans le golfe d'Oman.",
            "fr",
            {("IR", "YE", "small_arms")},
        ),
    ],
)
def test_seized_materiel_is_a_transfer(text: str, language: str, expected: set) -> None:
    assert transfers(record(text, language)) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Officials said rockets of North Korean make were found with Hamas fighters.",
            "en",
            {("KP", "organization:hamas", "rockets")},
        ),
        (
            "Rifles made in Iran were found among the militants of the Houthi movement.",
            "en",
            {("IR", "organization:houthis", "small_arms")},
        ),
        (
            "Des roquettes nord-coréennes ont été saisies chez des combattants du Hamas.",
            "fr",
            {("KP", "organization:hamas", "rockets")},
        ),
        (
            "Des roquettes de fabrication nord-coréenne ont été retrouvées chez les combattants du Hamas.",
            "fr",
            {("KP", "organization:hamas", "rockets")},
        ),
    ],
)
def test_the_maker_s_word_and_the_holder_s_group(text: str, language: str, expected: set) -> None:
    """ "of North Korean make" names the maker; "chez des combattants du Hamas", the group that held it."""
    assert transfers(record(text, language)) == expected


def test_who_seized_it_is_no_party() -> None:
    rec = record("Ukrainian soldiers captured Russian tanks near Kharkiv.")
    assert all(s != "UA" and r != "UA" for s, r, _ in transfers(rec))


def test_a_calibre_is_no_figure() -> None:
    rec = record("North Korean-made 122mm rocket launchers were found with Hamas fighters.")
    assert [c.quantity for c in rec.claims if c.kind == "transfer"] == [None]


def test_a_group_in_a_state_is_not_a_second_recipient() -> None:
    rec = record("The navy seized 900 rifles bound for the Houthis in Yemen from Iran.")
    assert {r for _, r, _ in transfers(rec)} == {"organization:houthis"}


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "The coast guard stopped a dhow carrying 300 rifles from Iran to the Houthis.",
            "en",
            {("IR", "organization:houthis", "small_arms")},
        ),
        (
            "A freighter carrying North Korean shells to Russia was photographed in May.",
            "en",
            {("KP", "RU", "artillery_ammunition")},
        ),
        (
            "Un cargo transportant des obus nord-coréens vers la Russie a été photographié.",
            "fr",
            {("KP", "RU", "artillery_ammunition")},
        ),
        ("Hamas fighters carried North Korean rifles into Israel.", "en", set()),  # people carry, no conveyance
    ],
)
def test_a_conveyance_carrying_materiel_is_a_transfer(text: str, language: str, expected: set) -> None:
    assert transfers(record(text, language)) == expected


def test_the_cargo_s_demonym_is_no_flag_of_the_ship_carrying_it() -> None:
    rec = record("A freighter carrying North Korean shells docked at Vostochny in May.", published="2024-06")
    assert [c.role("flag") for c in rec.claims if c.kind == "port_call"] == [None]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "The freighter, carrying 900 tonnes of ammunition, was intercepted off Crete en route from Libya to Chad.",
            "en",
            {("LY", "TD", "ammunition")},
        ),
        (
            "Le cargo, qui transportait des fusils de Libye, a été arraisonné en route vers le Tchad.",
            "fr",
            {("LY", "TD", "small_arms")},
        ),
    ],
)
def test_what_a_seized_conveyance_carried_was_on_its_way(text: str, language: str, expected: set) -> None:
    assert transfers(record(text, language, published="2024-05-10")) == expected


@pytest.mark.parametrize(
    "text",
    [
        "A freighter carrying rifles from Libya arrived in Chad on May 3.",
        "The freighter arrived in Chad on May 3 carrying rifles from Libya.",
    ],
)
def test_what_an_arriving_conveyance_carried_came_from_where_it_was_loaded(text: str) -> None:
    assert transfers(record(text, published="2024-05-10")) == {("LY", "TD", "small_arms")}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The US Navy seized a dhow carrying Iranian rifles bound for Yemen.", "en"),
        ("A dhow carrying Iranian rifles to Yemen was seized by the US Navy.", "en"),
        ("La marine française a intercepté un boutre transportant des fusils d'Iran à destination du Yémen.", "fr"),
    ],
)
def test_who_stopped_the_conveyance_did_not_send_its_load(text: str, language: str) -> None:
    assert transfers(record(text, language)) == {("IR", "YE", "small_arms")}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Authorities in Greece intercepted a ship carrying explosives bound for Libya from Turkey.", "en"),
        ("Greece seized a freighter carrying explosives from Turkey to Libya.", "en"),
    ],
)
def test_a_state_that_stopped_the_conveyance_did_not_send_its_load(text: str, language: str) -> None:
    assert transfers(record(text, language)) == {("TR", "LY", "ammunition")}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The rifles were en route from Iran to the Houthis in Yemen, the Pentagon said.", "en"),
        ("Les fusils étaient en route de l'Iran vers les Houthis, selon le Pentagone.", "fr"),
    ],
)
def test_materiel_en_route_from_a_state_to_another_is_a_transfer(text: str, language: str) -> None:
    assert transfers(record(text, language)) == {("IR", "organization:houthis", "small_arms")}


def test_someone_en_route_carries_nothing() -> None:
    assert transfers(record("The minister was en route from Paris to Kyiv.")) == set()


def test_a_seized_boat_carrying_materiel_is_one_flow_told_by_whom_it_names() -> None:
    text = (
        "La marine américaine a intercepté un boutre transportant des missiles antichars et des fusils d'assaut "
        "en provenance d'Iran et à destination de la Somalie, a annoncé jeudi le Commandement central. "
        "Les armes ont été saisies en mer d'Arabie."
    )
    rec = record(text, "fr")
    assert {(c.role("supplier"), c.role("recipient"), c.item, c.status.value) for c in rec.claims} == {
        ("IR", "SO", "missiles", "delivered"),
        ("IR", "SO", "small_arms", "delivered"),
    }
    assert len({e.quote for e in rec.evidence}) == 2  # the second sentence is a statement of both


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Des puces et des moteurs d'origine chinoise ont été retrouvés dans des drones Geran-2 et des missiles "
            "de croisière abattus en Ukraine, selon Kiev.",
            "fr",
        ),
        ("Chinese chips were found in drones shot down over Ukraine, Kyiv said.", "en"),
    ],
)
def test_parts_found_in_weapons_shot_down_are_no_transfer_to_where_they_fell(text: str, language: str) -> None:
    assert transfers(record(text, language)) == set()


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "According to the tracking site, at least 20 Turkish-made armored vehicles have been spotted with "
            "Ukrainian units.",
            "en",
            {("TR", "UA", "armoured_vehicles")},
        ),
        (
            "Investigators photographed Iranian-made rifles with Houthi fighters in Yemen.",
            "en",
            {("IR", "organization:houthis", "small_arms")},
        ),
        (
            "Des drones iraniens ont été observés chez les rebelles houthis au Yémen.",
            "fr",
            {("IR", "organization:houthis", "drones")},
        ),
        # the remains of a missile in a city: where it struck, not who received it
        ("Ukrainian officials identified the remains of a North Korean missile in Kharkiv.", "en", set()),
    ],
)
def test_materiel_spotted_in_someones_hands_came_from_its_maker(text: str, language: str, expected: set) -> None:
    assert transfers(record(text, language)) == expected


def test_where_seized_materiel_was_bound_however_the_parser_hung_it() -> None:
    text = (
        "L'armée libanaise a intercepté dimanche un camion transportant une quarantaine de roquettes en provenance "
        "de Syrie et destinées au Hezbollah."
    )
    claims = [c for c in record(text, "fr", "2025-04-10").claims if c.kind == "transfer"]
    assert {(c.role("supplier"), c.role("recipient"), c.item) for c in claims} == {
        ("SY", "organization:hezbollah", "rockets")
    }
