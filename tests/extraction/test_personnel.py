"""Personnel as transfers: troops, instructors and contingents sent, deployed or standing abroad.
Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import only, record, transfers


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Une cinquantaine de militaires turcs sont arrivés à Tripoli la semaine dernière.", "fr", ("TR", "LY")),
        ("Des instructeurs militaires russes sont présents au Niger depuis avril.", "fr", ("RU", "NE")),
        ("About 200 Russian troops arrived in Bamako on Monday.", "en", ("RU", "ML")),
        ("Belarus sent 300 soldiers to Syria in 2023.", "en", ("BY", "SY")),
        # the small French model tags "instructeurs" an adjective and "turcs" a pronoun here
        ("Des instructeurs turcs sont arrivés au Niger.", "fr", ("TR", "NE")),
        ("Des instructeurs turcs ont été déployés au Tchad en février.", "fr", ("TR", "TD")),
    ],
)
def test_troops_sent_or_standing_abroad(text: str, language: str, expected: tuple) -> None:
    assert transfers(record(text, language)) == {(*expected, "troops")}


def test_troops_that_invade_are_no_transfer() -> None:
    assert transfers(record("Russian troops arrived in Kharkiv after the invasion began.")) == set()


def test_military_as_an_adjective_is_no_personnel() -> None:
    rec = record("Les liens militaires entre la Serbie et la Russie sont anciens.", "fr")
    assert [c for c in rec.claims if c.item == "troops"] == []


def test_a_figure_counts_the_troops() -> None:
    claim = only(record("Une centaine de militaires russes sont arrivés à Ouagadougou.", "fr"))
    assert (claim.quantity.min, claim.quantity.max) == (100, 100)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Some 400 Wagner fighters arrived in Bangui from Russia in May.", "en", ("RU", "CF", "troops")),
        ("La Turquie a envoyé des combattants syriens en Libye.", "fr", ("TR", "LY", "troops")),
        ("Romania received 32 F-16AM fighters from Norway.", "en", ("NO", "RO", "aircraft")),
    ],
)
def test_fighters_are_people_except_after_a_model_s_name(text: str, language: str, expected: tuple) -> None:
    assert transfers(record(text, language)) == {expected}


def test_fighters_after_a_capitalised_word_of_no_known_name_are_left_out() -> None:
    """ "Zephyr fighters": jets, or people of a group osintkg does not know? Neither is claimed; a known
    system's letter suffix leaves the system ("Gripen-C fighters" are Gripen jets)."""
    assert transfers(record("Hungary delivered 12 Zephyr fighters to Croatia.")) == set()
    assert transfers(record("Hungary delivered 12 Gripen-C fighters to Croatia.")) == {("HU", "HR", "aircraft")}


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "La Russie a mis une centaine de conseillers militaires à la disposition du Burkina Faso.",
            "fr",
            {("RU", "BF", "troops")},
        ),
        (
            "Russia has stationed around 100 military advisers in Burkina Faso, a security source said.",
            "en",
            {("RU", "BF", "troops")},
        ),
        ("Russia deployed tactical nuclear weapons in Belarus last year.", "en", {("RU", "BY", "other")}),
        ("The US deployed Patriot batteries in Poland.", "en", {("US", "PL", "air_defence")}),
        ("Russia deployed troops in Ukraine in February 2022.", "en", set()),  # an invasion
        ("La Russie a déployé des troupes en Ukraine en février 2022.", "fr", set()),
    ],
)
def test_placed_where_they_went(text: str, language: str, expected: set) -> None:
    assert transfers(record(text, language)) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Le Burkina Faso a déployé 900 soldats dans la région malienne de Kidal.", "fr"),
        ("Burkina Faso deployed 900 soldiers into the Malian region of Kidal.", "en"),
    ],
)
def test_troops_sent_into_a_region_named_by_its_states_adjective(text: str, language: str) -> None:
    assert transfers(record(text, language)) == {("BF", "ML", "troops")}


def test_a_state_hosting_foreign_troops_received_them() -> None:
    text = "La Guinée équatoriale a accueilli environ 200 instructeurs russes, selon Jeune Afrique."
    assert transfers(record(text, "fr")) == {("RU", "GQ", "troops")}


def test_hosting_a_meeting_is_no_transfer() -> None:
    assert transfers(record("La Russie a accueilli une délégation nord-coréenne à Moscou.", "fr")) == set()


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("About 2,000 Belarusian soldiers are now in Venezuela, the agency said.", "en", {("BY", "VE", "troops")}),
        ("Some 150 Turkish instructors are already in Somalia.", "en", {("TR", "SO", "troops")}),
        ("Environ 2 000 soldats turcs se trouvent en Libye.", "fr", {("TR", "LY", "troops")}),
        ("Ukrainian soldiers are in Russia's Kursk region.", "en", set()),
    ],
)
def test_troops_said_to_be_in_another_state(text: str, language: str, expected: set) -> None:
    assert transfers(record(text, language)) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Serbian soldiers received Chinese rifles.", "en"),
        ("Les soldats serbes ont reçu des fusils chinois.", "fr"),
    ],
)
def test_soldiers_who_receive_materiel_are_not_received(text: str, language: str) -> None:
    assert transfers(record(text, language)) == {("CN", "RS", "small_arms")}


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Serbia received Chinese howitzers for its soldiers from China.", "en", {("CN", "RS", "artillery_systems")}),
        ("China delivered rifles to Serbia for its troops.", "en", {("CN", "RS", "small_arms")}),
        ("Belarus has sent ground forces to Venezuela.", "en", {("BY", "VE", "troops")}),
        ("La Biélorussie a envoyé des forces terrestres au Venezuela.", "fr", {("BY", "VE", "troops")}),
    ],
)
def test_whom_materiel_is_for_and_ground_forces_sent(text: str, language: str, expected: set) -> None:
    assert transfers(record(text, language)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of Wagner fighters arrived in Mali in December 2021, diplomats said.",
        "About 100 Wagner instructors arrived in Mali in January.",
    ],
)
def test_a_group_s_men_who_arrived_were_sent_by_the_group(text: str) -> None:
    assert transfers(record(text)) == {("organization:wagner-group", "ML", "troops")}


def test_a_group_s_materiel_seized_is_not_sent_by_it() -> None:
    assert transfers(record("Israel seized Hezbollah rockets in Syria.")) == set()


def test_personnel_after_a_partitive_is_a_noun_however_tagged() -> None:
    """The small French model tags "instructeurs" an adjective of "russes" after "d'"."""
    rec = record("Moscou a dépêché des dizaines d'instructeurs russes au Laos.", "fr")
    assert transfers(rec) == {("RU", "LA", "troops")}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Turkey has put a team of drone technicians at the disposal of the Nigerien army.", "en"),
        ("Ankara a envoyé au Niger des techniciens de drones.", "fr"),
    ],
)
def test_materiel_that_says_what_personnel_work_on_is_not_given(text: str, language: str) -> None:
    assert transfers(record(text, language)) == {("TR", "NE", "troops")}


def test_a_figure_read_as_a_pronoun_still_counts_personnel() -> None:
    text = "La Russie envoie des instructeurs en Guinée équatoriale. Environ 200 instructeurs sont arrivés à Malabo."
    counts = {c.quantity.min if c.quantity else None for c in record(text, "fr").claims}
    assert 200.0 in counts
