"""A war's loose words ("since the war began", "depuis le début de la guerre") stand for the day the war in
Ukraine began only in a sentence that names one of its parties, never for another war. And a French
speaker's name after their role ("a déclaré la ministre de la Défense, Margarita Robles") is the source.
Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import only, record


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Since the war began, the Czech Republic has sent howitzers to Ukraine.", "en"),
        ("Depuis le début de la guerre, la France a livré 18 canons Caesar à Kiev.", "fr"),
    ],
)
def test_the_war_in_ukraine(text: str, language: str) -> None:
    claim = only(record(text, language))
    assert claim.time is not None and (claim.time.start, claim.time.end) == ("2022-02-24", None)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Depuis le début de la guerre au Soudan, l'Iran a livré des drones à l'armée soudanaise.", "fr"),
        ("Since the start of the war in Gaza, the United States has sent bombs to Israel.", "en"),
        ("Since the war began, Iran has sent drones to Sudan.", "en"),
        ("Depuis le début de la guerre, l'Iran a livré des drones à l'armée soudanaise.", "fr"),
    ],
)
def test_another_war_gets_no_date(text: str, language: str) -> None:
    assert only(record(text, language)).time is None


def test_the_name_after_a_french_speaker_s_role() -> None:
    rec = record(
        "L'Espagne enverra six lanceurs Hawk à l'Ukraine, a déclaré la ministre de la Défense, Margarita Robles.",
        "fr",
    )
    claim = only(rec)
    assert claim.item == "air_defence" and claim.quantity is not None and claim.quantity.min == 6
    assert "Margarita Robles" in {a.name for e in rec.evidence for a in e.attributed_to}
