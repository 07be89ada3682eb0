"""Denials of complaints, and of a thing's existence called untrue. Every sentence here was written for these
tests."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import modality_of, record, transfers


def _denials(text: str, language: str) -> list[tuple[str, str]]:
    found = [c for c in record(text, language).claims if c.kind == "denial"]
    return [(c.role("actor"), c.denies or "") for c in found]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Egypt rejected Sudanese complaints that Egyptian drones had struck the border town.",
            "en",
            [("EG", "Sudanese complaints that Egyptian drones had struck the border town")],
        ),
        (
            "Le Rwanda a rejeté les plaintes de Kinshasa selon lesquelles il livrerait des armes au M23.",
            "fr",
            [("RW", "les plaintes de Kinshasa selon lesquelles il livrerait des armes au M23")],
        ),
        (
            "Le ministre cubain de la Défense a qualifié de « fable » l'existence d'une base russe sur l'île.",
            "fr",
            [("CU", "l'existence d'une base russe sur l'île")],
        ),
        (
            "The Cuban defence minister called the existence of Russian radars on the island a fable.",
            "en",
            [("CU", "the existence of Russian radars on the island")],
        ),
    ],
)
def test_complaints_and_existence_denied(text: str, language: str, expected: list[tuple[str, str]]) -> None:
    assert _denials(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Le Mali a rejeté la présence de troupes étrangères sur son sol.", "fr"),
        ("Greece rejected the presence of Turkish ships in its waters.", "en"),
        ("Moscow condemned the presence of NATO warships in the Baltic as a provocation.", "en"),
        ("Moscou a qualifié de provocation la présence de navires de l'OTAN en mer Baltique.", "fr"),
    ],
)
def test_rejecting_a_presence_refuses_it(text: str, language: str) -> None:
    assert _denials(text, language) == []


def test_a_complaint_denied_reports_its_transfer() -> None:
    rec = record("Turkey rejected complaints that it had supplied drones to Sudan.", "en")
    assert transfers(rec) == {("TR", "SD", "drones")} and modality_of(rec) == "reported"
