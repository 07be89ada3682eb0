"""A state named as where a part of it lies is never a supplier; one leading a body received nothing the body did;
people displaced by a war are no materiel of the flow before. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import record, transfers


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "L'Iran a livré des missiles à la Russie en mai. Il s'agirait de Fath-360, acheminés par la mer "
            "Caspienne à bord de cargos avant d'être transportés par rail vers des bases de l'ouest de la Russie.",
            "fr",
            {("IR", "RU", "missiles")},
        ),
    ],
)
def test_a_part_of_a_state_is_where_it_went(text: str, language: str, expected: set[tuple[str, str, str]]) -> None:
    rec = record(text, language)
    assert transfers(rec) == expected
    assert len(rec.evidence) == 2


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "L'Iran a livré six drones au Soudan en mai. La guerre a fait des milliers de morts et déplacé plus de "
            "douze millions de personnes.",
            "fr",
        ),
        ("Iran delivered six drones to Sudan in May. The war has displaced more than twelve million people.", "en"),
    ],
)
def test_people_displaced_are_no_materiel(text: str, language: str) -> None:
    rec = record(text, language)
    assert [(c.role("supplier"), c.role("recipient"), str(c.item)) for c in rec.claims] == [("IR", "SD", "drones")]
    assert len(rec.evidence) == 1


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The regional mission, led by Ghana, received 12 armoured vehicles supplied by France last week.", "en"),
        ("La mission régionale, dirigée par le Ghana, a reçu 12 véhicules blindés fournis par la France.", "fr"),
    ],
)
def test_the_state_leading_a_body_is_not_the_body(text: str, language: str) -> None:
    assert transfers(record(text, language)) == set()


def test_ordered_by_a_state_is_no_leading() -> None:
    text = "La Chine a livré la première des quatre frégates commandées par la marine pakistanaise."
    assert transfers(record(text, "fr")) >= {("CN", "PK", "other")}
