""" "The two countries", "les deux pays": the two states the article has been talking about, not merely the last
two named; a treaty of a known name signed in another year is another treaty; a state whose war a phrase names
is no party. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import record


def _parties(text: str, language: str) -> list[list[str]]:
    deals = [c for c in record(text, language, published="2025-09-01").claims if c.kind == "agreement"]
    return [sorted(c.roles["parties"]) for c in deals]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "China has given three patrol boats to the navy of Cambodia. Beijing also paid for a new pier. Cambodia's "
            "army has received Chinese rockets. A Japanese frigate visited the port in May, a call Cambodian "
            "officials welcomed. Reporters said the two countries had signed a secret agreement in 2021.",
            "en",
            [["CN", "KH"]],
        ),
        (
            "Le Venezuela reçoit des pièces russes. Un avion du ministère russe de la Défense s'est posé à Caracas, "
            "selon des responsables américains. Les deux pays ont signé en mai un traité de partenariat.",
            "fr",
            [["RU", "VE"]],
        ),
    ],
)
def test_the_states_the_article_is_about(text: str, language: str, expected: list[list[str]]) -> None:
    assert _parties(text, language) == expected


def test_a_known_treaty_name_signed_in_another_year() -> None:
    text = (
        "Iran has shipped missiles to Russia since March. The shipments began after the two countries signed a "
        "Comprehensive Strategic Partnership Treaty in January."
    )
    assert _parties(text, "en") == [["IR", "RU"]]


def test_the_known_treaty_signed_in_its_year() -> None:
    text = (
        "Iran and Russia keep trading drones. North Korea has sent shells to Russia. The two countries signed the "
        "Comprehensive Strategic Partnership Treaty in June 2024."
    )
    assert _parties(text, "en") == [["KP", "RU"]]


def test_a_speakers_institute_is_no_state_talked_about() -> None:
    text = (
        "Iran has sent missiles to Russia. \u201cThe route is closed to inspectors,\u201d said a researcher at the "
        "Lisbon Institute for Strategic Studies. The two countries signed a pact in January."
    )
    assert _parties(text, "en") == [["IR", "RU"]]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Three years after Russia's full-scale invasion, the Baltic states are giving Ukraine less from their "
            "stocks and more through contracts with arms makers, according to the institute.",
            "en",
        ),
        (
            "Trois ans après l'invasion russe, les pays baltes donnent moins à l'Ukraine et passent davantage par des "
            "contrats avec des industriels, selon l'institut.",
            "fr",
        ),
    ],
)
def test_a_state_waging_a_war_signs_nothing_by_that(text: str, language: str) -> None:
    assert _parties(text, language) == []


def test_the_state_a_war_is_waged_in_stays_a_party() -> None:
    text = "Deux ans après le début de la guerre en Ukraine, Kiev a signé un accord de sécurité avec la France."
    assert _parties(text, "fr") == [["FR", "UA"]]
