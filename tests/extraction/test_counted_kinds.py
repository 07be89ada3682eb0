"""Several systems of one kind, each with its own figure, are claimed apart, whoever the parser hangs on them
and however a system's name restates it. Every text here was written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import record


def _counts(text: str, language: str) -> set[tuple[str | None, str | None, str | None, float | None]]:
    rec = record(text, language)
    return {
        (c.role("supplier"), c.role("recipient"), c.item, c.quantity and c.quantity.min)
        for c in rec.claims
        if c.kind == "transfer"
    }


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The United States will sell Taiwan 82 HIMARS launchers, 420 ATACMS missiles and 60 howitzers.", "en"),
        ("Les États-Unis vont livrer à Taïwan 82 lance-roquettes HIMARS, 420 missiles ATACMS et 60 obusiers.", "fr"),
        (
            "The package for Taiwan from the United States includes 82 High Mobility Artillery Rocket Systems"
            " (HIMARS) and 420 Army Tactical Missile Systems (ATACMS); 60 self-propelled howitzer systems.",
            "en",
        ),
    ],
)
def test_each_system_with_its_own_figure(text: str, language: str) -> None:
    assert _counts(text, language) == {
        ("US", "TW", "artillery_systems", 82.0),
        ("US", "TW", "artillery_systems", 60.0),
        ("US", "TW", "missiles", 420.0),
    }


def test_a_hyphenated_french_unit_is_whole() -> None:
    rec = record("La Pologne a livré 12 lance-roquettes à l'Ukraine.", "fr")
    assert [c.quantity and c.quantity.unit for c in rec.claims if c.kind == "transfer"] == ["launcher"]


@pytest.mark.parametrize(
    ("text", "language", "category"),
    [
        ("Egypt received S-300 missile systems from Russia.", "en", "air_defence"),
        ("Russia deployed Iskander missile launchers in Belarus.", "en", "missiles"),
    ],
)
def test_a_system_with_a_materiel_word_and_its_kind_is_one_item(text: str, language: str, category: str) -> None:
    assert {c.item for c in record(text, language).claims if c.kind == "transfer"} == {category}
