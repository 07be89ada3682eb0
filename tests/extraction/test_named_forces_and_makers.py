"""Armed forces named with their state inside ("the Royal Thai Navy") stand for that state, and defence firms the
gazetteer places (Kongsberg, Elbit Systems, Embraer) for theirs. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from extractors.gazetteer import gazetteer
from tests.extraction.helpers import record, transfers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Royal Thai Navy received two patrol boats from the United States.", ("US", "TH")),
        ("The Royal Malaysian Air Force received two jets from South Korea.", ("KR", "MY")),
    ],
)
def test_a_named_force_with_its_state_inside_stands_for_it(text: str, expected: tuple[str, str]) -> None:
    assert {(s, r) for s, r, _ in transfers(record(text, "en"))} == {expected}


def test_a_foundation_named_after_a_state_is_still_no_party() -> None:
    rec = record("The Free Russia Foundation sent drones to Ukraine.", "en")
    assert all(s != "RU" for s, _, _ in transfers(rec))


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Kongsberg delivered NASAMS launchers to Ukraine.", "en", {("NO", "UA", "air_defence")}),
        (
            "The Royal Moroccan Army took delivery of its first howitzers from Elbit.",
            "en",
            {("IL", "MA", "artillery_systems")},
        ),
        ("Le Nigeria a acheté douze avions Super Tucano à Embraer.", "fr", {("BR", "NG", "aircraft")}),
    ],
)
def test_a_placed_firm_stands_for_its_state(text: str, language: str, expected: set) -> None:
    assert transfers(record(text, language)) == expected


def test_every_firm_norway_included_keeps_its_state_code() -> None:
    """YAML reads a bare NO as false: the loader refuses it, and Norway's firms keep their code."""
    assert gazetteer().get("organization:nammo").country == "NO"
