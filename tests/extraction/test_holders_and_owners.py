"""Who operates materiel a participle says was supplied received it; "the kingdom" stands for the state named
before; forces of "its" are those of the state the subject above names; an agreement noun that says what an
actor is ("a treaty ally") is no agreement. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import record


def _flows(text: str, language: str) -> list[tuple[object, ...]]:
    claims = [c for c in record(text, language, published="2025-05-02").claims if c.kind == "transfer"]
    return sorted(((c.role("supplier"), c.role("recipient"), c.item) for c in claims), key=str)


@pytest.mark.parametrize(
    ("text", "language", "flow"),
    [
        ("La marine égyptienne exploite deux frégates FREMM cédées par l'Italie en 2020.", "fr", ("IT", "EG", "other")),
        ("Egypt flies Rafale jets supplied by France.", "en", ("FR", "EG", "aircraft")),
        (
            "Le Maroc modernise son armée. Le royaume aurait également reçu ses premières batteries de défense "
            "aérienne Barak MX.",
            "fr",
            ("IL", "MA", "air_defence"),
        ),
        (
            "Uzbekistan's defence ministry said Chinese air defence systems had been delivered to its forces in "
            "August.",
            "en",
            ("CN", "UZ", "air_defence"),
        ),
    ],
)
def test_the_receiver_is_found(text: str, language: str, flow: tuple[str, str, str]) -> None:
    assert _flows(text, language) == [flow]


def test_a_treaty_ally_is_no_agreement() -> None:
    found = record("Washington, Manila's treaty ally, released $500 million in military financing to the Philippines.")
    assert [c.kind for c in found.claims] == ["transfer"]
