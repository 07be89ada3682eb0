"""More verbs of transfer and their tense: "doter de", sums granted, "va" + infinitive, and a model's name
at the end of a sentence. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import only, record, transfers


def test_doter_de_gives_the_materiel_to_its_object() -> None:
    claim = only(record("La France va doter l'armée laotienne de douze canons Caesar.", "fr", published="2024-05-10"))
    assert (claim.role("supplier"), claim.role("recipient"), claim.item) == ("FR", "LA", "artillery_systems")
    assert claim.status == "pledged"  # "va doter": not yet done


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Japan granted $300 million to Laos.", "en"),
        ("Le Japon a octroyé 300 millions de dollars au Laos.", "fr"),
    ],
)
def test_a_sum_granted_is_funds(text: str, language: str) -> None:
    claim = only(record(text, language, published="2024-05-10"))
    assert (claim.role("supplier"), claim.role("recipient"), claim.item) == ("JP", "LA", "funds")


@pytest.mark.parametrize(
    ("text", "language"),
    [("Le Laos a acquis auprès de la Chine 36 chasseurs J-10C.", "fr"), ("Last year Laos bought 36 J-10C.", "en")],
)
def test_a_models_name_ending_the_sentence_is_found(text: str, language: str) -> None:
    claim = only(record(text, language, published="2024-05-10"))
    assert (claim.role("supplier"), claim.role("recipient"), claim.item) == ("CN", "LA", "aircraft")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Paris doit confirmer la livraison au Laos de six nouveaux canons Caesar (en plus de 18 déjà envoyés), de "
            "plusieurs obusiers de 155 mm, des lance-roquettes LRU - l'équivalent français des HiMARS américains - "
            "et des systèmes de défense sol-air Crotale.",
            "fr",
        ),
        (
            "Paris will deliver six Caesar guns (on top of ten sent before), LRU launchers - the French HIMARS - "
            "and Crotale air-defence systems to Laos.",
            "en",
        ),
    ],
)
def test_a_list_goes_on_past_an_aside(text: str, language: str) -> None:
    found = {c.item for c in record(text, language, published="2024-05-10").claims if c.kind == "transfer"}
    assert "air_defence" in found
    assert all(c.role("supplier") == "FR" for c in record(text, language, published="2024-05-10").claims)


@pytest.mark.parametrize(
    ("text", "language", "status"),
    [
        ("Minsk moved 60 tanks to Russia last month.", "en", "delivered"),
        ("Minsk a déplacé 60 chars vers la Russie le mois dernier.", "fr", "delivered"),
        ("Seoul agreed to lend 100 howitzers to Warsaw.", "en", "pledged"),
        ("Berlin loaned two Patriot batteries to Bratislava in 2022.", "en", "delivered"),
        ("La Corée du Sud va prêter 100 obusiers à la Pologne.", "fr", "pledged"),
    ],
)
def test_moving_and_lending_materiel_to_a_state_is_a_transfer(text: str, language: str, status: str) -> None:
    claim = only(record(text, language, published="2024-05-10"))
    assert (claim.role("supplier"), claim.role("recipient")) in {("BY", "RU"), ("KR", "PL"), ("DE", "SK")}
    assert claim.status == status


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Russia relocated its S-300 systems from Armenia to Ukraine.", "en"),
        ("La Russie a déplacé ses systèmes S-300 de l'Arménie vers l'Ukraine.", "fr"),
    ],
)
def test_materiel_moved_into_the_enemy_state_is_no_transfer(text: str, language: str) -> None:
    assert not [c for c in record(text, language).claims if c.kind == "transfer"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("L'Allemagne a promis 20 chars au Laos.", "fr"),
        ("Les 20 chars ont été promis au Laos par l'Allemagne.", "fr"),
        ("En 2020, l'Allemagne vendait 20 chars au Laos.", "fr"),
        ("En 2020, l'Allemagne cédait 20 chars au Laos.", "fr"),
        ("Germany has lent 20 tanks to Laos.", "en"),
        ("Germany ferried 20 tanks to Laos.", "en"),
    ],
)
def test_irregular_forms_of_a_verb_of_transfer_get_the_sentence_read(text: str, language: str) -> None:
    claim = only(record(text, language, published="2024-05-10"))
    assert (claim.role("supplier"), claim.role("recipient"), claim.item) == ("DE", "LA", "armoured_vehicles")


@pytest.mark.parametrize(
    ("text", "language", "time"),
    [
        ("At the end of March, Laos received a new batch of Israeli drones.", "en", ("2024-03", "2024-03")),
        ("At the end of the meeting, Germany pledged 20 tanks to Laos.", "en", None),
        ("À la fin de la réunion, l'Allemagne a promis 20 chars au Laos.", "fr", None),
    ],
)
def test_the_end_of_a_month_or_a_meeting_is_a_moment_not_a_halt(text: str, language: str, time: tuple | None) -> None:
    claim = only(record(text, language, published="2024-05-10"))
    assert claim.trend is None
    assert ((claim.time.start, claim.time.end) if claim.time else None) == time


@pytest.mark.parametrize(
    "text",
    [
        "Les machines-outils chinoises continuent d'alimenter l'industrie de défense russe.",
        "La Chine alimente la Russie en composants électroniques.",
    ],
)
def test_what_feeds_an_industry_is_supplied_to_its_state(text: str) -> None:
    assert transfers(record(text, "fr")) == {("CN", "RU", "technology")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le Laos s'est doté de six drones fournis par la Turquie.", ("TR", "LA", "drones")),
        ("L'armée laotienne s'est dotée de drones turcs en 2022.", ("TR", "LA", "drones")),
        ("Le Laos s'est équipé d'hélicoptères russes.", ("RU", "LA", "aircraft")),
        ("La Russie a doté le Laos d'hélicoptères de combat.", ("RU", "LA", "aircraft")),
    ],
)
def test_a_state_that_equips_itself_receives(text: str, expected: tuple) -> None:
    """ "se doter de", "s'équiper de": the reflexive turns the verb of equipping into one of receiving."""
    assert transfers(record(text, "fr")) == {expected}
