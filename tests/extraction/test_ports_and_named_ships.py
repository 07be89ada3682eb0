"""Ports and naval bases the gazetteer knows by name ("Mers el-Kébir", "Jebel Ali"), a large city's port only as
its port ("the port of Busan"; Busan alone stays a city), and a ship named after its noun, its qualifiers and a
complement ("le navire de débarquement russe Alexandre Chabaline"). Every sentence here was written for these
tests."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import record


def _calls(text: str, language: str) -> set[tuple]:
    rec = record(text, language)
    return {(c.role("port"), c.role("vessel")) for c in rec.claims if c.kind == "port_call"}


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "La frégate russe Amiral Kasatonov a fait escale lundi à Mers el-Kébir.",
            "fr",
            {("port:mers-el-kebir", "vessel:amiral-kasatonov")},
        ),
        (
            "Le navire de débarquement russe Piotr Morgounov a accosté à Tartous mardi.",
            "fr",
            {("port:tartus", "vessel:piotr-morgounov")},
        ),
        (
            "The tanker Blue Heron loaded its cargo at Jebel Ali on Monday.",
            "en",
            {("port:jebel-ali", "vessel:blue-heron")},
        ),
    ],
)
def test_known_ports_and_named_ships(text: str, language: str, expected: set) -> None:
    assert _calls(text, language) == expected


def test_a_large_city_alone_is_no_port() -> None:
    rec = record("Un chercheur de Busan spécialiste du transport maritime suit ces navires.", "fr")
    assert [e.kind for e in rec.entities if e.name == "Busan" and e.kind == "port"] == []
