"""A state's body named bare ("The Air Force received", "la Garde nationale a acquis") stands for the one
state the sentence before names. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import record


def _flows(text: str, language: str) -> list[tuple[object, ...]]:
    claims = [c for c in record(text, language).claims if c.kind == "transfer"]
    return sorted(((c.role("supplier"), c.role("recipient"), c.item) for c in claims), key=str)


@pytest.mark.parametrize(
    ("text", "language", "flow"),
    [
        (
            "Switzerland is rebuilding its air defence. The Air Force received two Patriot batteries from the "
            "United States in March.",
            "en",
            ("US", "CH", "air_defence"),
        ),
        (
            "Ireland has long relied on others to patrol its skies. The Air Corps took delivery of two C295 "
            "patrol aircraft from Spain last year.",
            "en",
            ("ES", "IE", "aircraft"),
        ),
        (
            "Chypre cherche à moderniser son arsenal. La Garde nationale a acquis auprès de la France des "
            "missiles Exocet en 2024.",
            "fr",
            ("FR", "CY", "missiles"),
        ),
        (
            "Le Maroc poursuit la modernisation de ses forces. L'armée de terre a reçu des chars Abrams livrés "
            "par les États-Unis.",
            "fr",
            ("US", "MA", "armoured_vehicles"),
        ),
    ],
)
def test_a_bare_body_is_the_state_named_before(text: str, language: str, flow: tuple[str, str, str]) -> None:
    assert _flows(text, language) == [flow]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # two states before: whose army is not said
        (
            "Poland and Germany agreed on tank repairs. The army will receive 250 Abrams tanks from the United States.",
            "en",
        ),
        # an army of no state named before
        ("The storm closed the port. The army received 40 trucks from the United States.", "en"),
    ],
)
def test_a_bare_body_without_one_state_before_stays_unresolved(text: str, language: str) -> None:
    assert all(flow[1] is None or flow[1] not in {"PL", "DE", "US"} for flow in _flows(text, language))


def test_the_body_is_listed_as_that_states_organization() -> None:
    found = record(
        "Switzerland is rebuilding its air defence. The Air Force received two Patriot batteries from the United "
        "States in March.",
        "en",
    )
    organizations = {e.name for e in found.entities if e.kind == "organization"}
    assert "Air Force (Switzerland)" in organizations
    assert "Air Force" not in organizations  # not one organization shared by every state's air force


def test_a_body_with_its_own_state_keeps_it() -> None:
    text = (
        "Switzerland is rebuilding its air defence. The Indian Air Force received two Patriot batteries from "
        "the United States."
    )
    assert ("US", "IN", "air_defence") in _flows(text, "en")


@pytest.mark.parametrize(
    ("text", "language", "flow"),
    [
        (
            "Le Mali diversifie ses fournisseurs. Son armée de l'air a réceptionné en décembre des drones Akinci du "
            "constructeur turc Baykar.",
            "fr",
            ("TR", "ML", "drones"),
        ),
        (
            "Mali keeps diversifying its suppliers. Its air force took delivery of Akinci drones from Turkey in "
            "December.",
            "en",
            ("TR", "ML", "drones"),
        ),
    ],
)
def test_a_body_of_its_is_the_state_the_sentence_before_names(
    text: str, language: str, flow: tuple[str, str, str]
) -> None:
    assert _flows(text, language) == [flow]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Au Nigeria, l'armée de l'air a réceptionné au printemps un nouveau lot de drones turcs.", "fr"),
        ("In Nigeria, the air force took delivery of a new batch of Turkish drones.", "en"),
    ],
)
def test_a_bare_body_after_an_opening_place_is_that_states(text: str, language: str) -> None:
    assert _flows(text, language) == [("TR", "NG", "drones")]


def test_a_body_after_an_opening_naming_two_states_stays_unresolved() -> None:
    text = "In Nigeria and Ghana, the air force took delivery of a new batch of Turkish drones."
    assert _flows(text, "en") == []
