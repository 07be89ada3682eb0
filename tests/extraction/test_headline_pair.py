"""The two states a headline names give the lead's transfer the side it leaves out, in the direction the
headline states, never between states at war, never from a headline without materiel; and a donor is a
supplier. Every text here was written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import record, transfers


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Iran's drones for Russia\n\nTehran has shipped more than 2,000 Shahed drones since August.", "en"),
        ("Les drones iraniens de la Russie\n\nTéhéran a expédié plus de 2 000 drones Shahed depuis août.", "fr"),
    ],
)
def test_the_headline_names_the_other_side(text: str, language: str) -> None:
    assert transfers(record(text, language)) == {("IR", "RU", "drones")}


@pytest.mark.parametrize(
    "text",
    [
        "Russia and Ukraine trade blame over dam\n\nKyiv received 20 tanks last week.",  # no materiel, at war
        "Poland and Hungary clash over aid\n\nWarsaw delivered 20 tanks last week.",  # no materiel
        "Laos received tanks from Vietnam\n\nSo far Laos has ordered 20 tanks.",  # Laos received: no supplier
    ],
)
def test_no_side_from_a_headline_that_does_not_give_it(text: str) -> None:
    assert all((s, r) != ("LA", "VN") and None not in (s, r) for s, r, _ in transfers(record(text)))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Germany is Ukraine's second-largest donor. Berlin has delivered 18 Leopard 2 tanks so far.", "en"),
        ("L'Allemagne est le deuxième donateur de l'Ukraine. Berlin a déjà livré 18 chars Leopard 2.", "fr"),
    ],
)
def test_a_donor_supplies(text: str, language: str) -> None:
    assert ("DE", "UA", "armoured_vehicles") in transfers(record(text, language))
