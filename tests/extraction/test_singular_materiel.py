"""Materiel named in the singular is materiel as its plural is ("a single bullet", "un système de défense
anti-aérienne", "a jet engine"): the lexicon lists both forms. Every sentence here was written for these
tests."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import record, transfers


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("La France a livré un système de défense anti-aérienne à l'Ukraine.", "fr", {("FR", "UA", "air_defence")}),
        ("Iran supplied Russia with a jet engine, the report said.", "en", {("IR", "RU", "technology")}),
        ("Germany sent a radar station to Lithuania in May.", "en", {("DE", "LT", "other")}),
        ("Le Japon a livré un missile guidé aux Philippines.", "fr", {("JP", "PH", "missiles")}),
    ],
)
def test_materiel_in_the_singular(text: str, language: str, expected: set) -> None:
    assert transfers(record(text, language)) == expected


def test_a_denial_of_a_single_bullet() -> None:
    text = "Serbia's defence minister said Belgrade had not sold a single bullet to Ukraine."
    assert [(c.kind, c.role("actor")) for c in record(text, "en").claims] == [("denial", "RS")]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("China will supply 40 J-35 stealth fighters to Pakistan.", "en"),
        ("La Chine fournira 40 chasseurs furtifs J-35 au Pakistan.", "fr"),
    ],
)
def test_stealth_fighters_are_aircraft_not_troops(text: str, language: str) -> None:
    assert transfers(record(text, language)) == {("CN", "PK", "aircraft")}
