"""The doer of a participle on the materiel is the other side of the flow ("31 chars Abrams, offerts par
les États-Unis"), and the subject of a French copula on a noun of supplier or recipient plays that part
("L'Inde est le premier destinataire des armes russes"). Every text here was written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import record, transfers


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("L'Ukraine a reçu 31 chars Abrams, offerts par les États-Unis.", "fr"),
        ("Ukraine has received 31 Abrams tanks, which were donated by the United States.", "en"),
    ],
)
def test_the_giver_named_by_a_participle_supplies(text: str, language: str) -> None:
    assert transfers(record(text, language)) == {("US", "UA", "armoured_vehicles")}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("L'Inde est le premier destinataire des armes russes.", "fr"),
        ("La Russie est le premier fournisseur d'armes de l'Inde.", "fr"),
        ("India is the largest recipient of Russian arms.", "en"),
    ],
)
def test_the_subject_of_a_copula_plays_the_noun_s_part(text: str, language: str) -> None:
    assert transfers(record(text, language)) == {("RU", "IN", "military_equipment")}


def test_recipients_listed_after_the_noun_receive() -> None:
    text = "Among the recipients of Russian arms are Algeria, India and China."
    assert {r for _, r, _ in transfers(record(text))} == {"DZ", "IN", "CN"}
