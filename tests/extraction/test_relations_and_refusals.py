"""Relations that are no agreements, bodies named after treaties, states' adjectives on things, refusals
through a verb of letting, and a seller a noun of buying names. Every sentence here was written for these
tests."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import record


def _agreements(text: str, language: str) -> list[list[str]]:
    return [sorted(c.roles["parties"]) for c in record(text, language).claims if c.kind == "agreement"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "The United States sold jets to Argentina in 2024. The two countries called the sale a sign of a renewed "
            "partnership.",
            "en",
        ),
        (
            "India sold Pinaka launchers to Armenia. Armenia froze its participation in the Collective Security "
            "Treaty Organization in 2024.",
            "en",
        ),
        (
            "L'Inde a vendu des lance-roquettes Pinaka à l'Arménie. L'Arménie a gelé sa participation à "
            "l'Organisation du traité de sécurité collective en 2024.",
            "fr",
        ),
    ],
)
def test_a_relation_or_a_body_is_no_agreement(text: str, language: str) -> None:
    assert _agreements(text, language) == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Argentina and the United States signed a strategic partnership in 2024.", "en"),
        ("L'Argentine et les États-Unis ont signé un partenariat stratégique en 2024.", "fr"),
        ("Selon un partenariat (CaMo), signé avec l'Argentine en 2018, les États-Unis livrent des chars.", "fr"),
    ],
)
def test_a_partnership_signed_is_an_agreement(text: str, language: str) -> None:
    assert _agreements(text, language) == [["AR", "US"]]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "L'Égypte modernise son aviation. Un contrat signé en 2018 avec la Russie pour une vingtaine de Su-35 a "
            "été abandonné sous la menace de sanctions américaines.",
            "fr",
        ),
        (
            "Egypt is modernising its air force. A contract signed in 2018 with Russia for twenty Su-35 jets was "
            "dropped under the threat of American sanctions.",
            "en",
        ),
    ],
)
def test_a_states_adjective_on_a_thing_is_no_party(text: str, language: str) -> None:
    assert all("US" not in parties for parties in _agreements(text, language))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("In 2022, Switzerland refused to let Germany re-export Swiss ammunition to Ukraine.", "en"),
        ("En 2022, la Suisse avait refusé que l'Allemagne réexporte vers l'Ukraine des munitions suisses.", "fr"),
    ],
)
def test_a_refusal_reaches_the_transfer_through_letting(text: str, language: str) -> None:
    claims = [c for c in record(text, language).claims if c.kind == "transfer"]
    assert [(c.role("supplier"), c.role("recipient"), c.status.value) for c in claims] == [("DE", "UA", "pledged")]


def test_a_seller_a_noun_of_buying_names_stops_the_flow_before() -> None:
    text = (
        "L'Allemagne a livré des chars à l'Ukraine. Le Conseil fédéral avait signé en 2022 le contrat d'acquisition "
        "de 36 avions auprès des États-Unis, qui doivent être livrés entre 2027 et 2030."
    )
    claims = [c for c in record(text, "fr").claims if c.kind == "transfer"]
    assert [(c.role("supplier"), c.role("recipient"), c.item) for c in claims] == [("DE", "UA", "armoured_vehicles")]
