"""Bodies of a state stand for it: its armed forces however the parser reads them, a bracketed
abbreviation after their name, an institution given to with its adjective; fighters of a nationality do
not. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import record, transfers


@pytest.mark.parametrize(
    "text",
    [
        "Les Forces armées soudanaises (FAS) ont reçu plusieurs livraisons d'armes en provenance de l'Iran.",
        "Selon un rapport, les Forces armées soudanaises ont reçu des drones en provenance de l'Iran.",
    ],
)
def test_armed_forces_and_their_abbreviation_stand_for_the_state(text: str) -> None:
    assert {(s, r) for s, r, _ in transfers(record(text, "fr"))} == {("IR", "SD")}


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Turkey sent six drones to the Malian air force in May.", "en", {("TR", "ML", "drones")}),
        ("L'Iran a livré des armes aux combattants syriens qu'il soutient.", "fr", set()),
        ("China shipped microchips to Russian firms last year.", "en", {("CN", "RU", "technology")}),
    ],
)
def test_an_institution_with_a_state_adjective_is_the_state(text: str, language: str, expected: set) -> None:
    assert transfers(record(text, language)) == expected


def test_a_states_arms_makers_stand_for_it() -> None:
    text = "Citing three sources, Reuters reported that China supplied microchips to Russian arms makers."
    claims = [c for c in record(text, "en").claims if c.kind == "transfer"]
    assert [(c.role("supplier"), c.role("recipient"), c.item) for c in claims] == [("CN", "RU", "technology")]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Des entreprises chinoises ont fourni des drones aux fabricants d'armes russes l'an dernier.",
            "fr",
            {("CN", "RU", "drones")},
        ),
        (
            "La Chine a fourni des microprocesseurs aux fabricants d'armes russes.",
            "fr",
            {("CN", "RU", "technology")},
        ),
        ("China supplied microprocessors to Russian arms makers.", "en", {("CN", "RU", "technology")}),
    ],
)
def test_makers_of_arms_named_with_their_states_adjective_after_the_arms_stand_for_it(
    text: str, language: str, expected: set
) -> None:
    assert transfers(record(text, language)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Belarus has been supplying Myanmar's military junta with helicopters since last year.",
        "Myanmar's military government took delivery of helicopters from Belarus.",
    ],
)
def test_a_ruling_word_qualifying_a_ruling_noun_is_one_body(text: str) -> None:
    assert transfers(record(text, "en")) == {("BY", "MM", "aircraft")}


@pytest.mark.parametrize(
    "text",
    [
        "Des drones de fabrication turque ont été livrés à l'armée de l'air tchadienne.",
        "Des drones ont été livrés à l'armée de l'air tchadienne par la Turquie.",
    ],
)
def test_a_french_air_force_with_its_adjective_is_its_state(text: str) -> None:
    assert transfers(record(text, "fr")) == {("TR", "TD", "drones")}
