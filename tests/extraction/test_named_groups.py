"""A group the statistical model does not know, named with the noun of its kind ("the X militia", "la milice
X", "the militia X"), is an organization that can receive materiel, whatever label NER gave its name. Every
sentence here was written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import record, transfers


@pytest.mark.parametrize(
    ("text", "language", "recipient"),
    [
        (
            "Iran has been shipping weapons to the Kataib Sayyid al-Shuhada militia in Iraq, officials said.",
            "en",
            "organization:kataib-sayyid-al-shuhada",
        ),
        (
            "Iran supplied drones to the militia Kataib Sayyid al-Shuhada, officials said.",
            "en",
            "organization:kataib-sayyid-al-shuhada",
        ),
        (
            "L'Iran a livré des drones à la milice Kataeb Sayyid al-Chouhada, selon des responsables.",
            "fr",
            "organization:kataeb-sayyid-al-chouhada",
        ),
        (
            "L'Iran a livré des drones à la milice Kataeb Hezbollah en Irak, selon des responsables.",
            "fr",
            "organization:kataib-hezbollah",
        ),
    ],
)
def test_a_group_named_with_the_noun_of_its_kind_receives(text: str, language: str, recipient: str) -> None:
    assert {(s, r) for s, r, _ in transfers(record(text, language))} == {("IR", recipient)}


def test_the_noun_of_a_kind_after_a_name_is_not_part_of_the_name() -> None:
    found = record("Iran has been shipping weapons to the Kataib Sayyid al-Shuhada militia, officials said.", "en")
    assert "Kataib Sayyid al-Shuhada" in {e.name for e in found.entities}
