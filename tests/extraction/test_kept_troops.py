"""Troops kept in another state, "up to" a number of them, and the soil of a state. Every sentence here was
written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import record


def _flows(text: str, language: str) -> set[tuple]:
    rec = record(text, language, published="2024-10-02")
    return {
        (
            c.role("supplier"),
            c.role("recipient"),
            c.item,
            c.quantity.min if c.quantity else None,
            c.quantity.max if c.quantity else None,
        )
        for c in rec.claims
        if c.kind == "transfer"
    }


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Nairobi maintient environ 4 000 soldats sur le sol somalien.", "fr"),
        ("Nairobi keeps about 4,000 soldiers on Somali soil.", "en"),
        ("Kenya maintains some 4,000 troops in Somalia.", "en"),
    ],
)
def test_troops_kept_in_another_state_were_sent_there(text: str, language: str) -> None:
    assert _flows(text, language) == {("KE", "SO", "troops", 4000.0, 4000.0)}


@pytest.mark.parametrize(
    "text",
    [
        "Washington will keep up the pace of its aid to Kyiv.",
        "Moscow maintains close ties with Tehran and keeps its missiles in storage.",
    ],
)
def test_keeping_anything_but_troops_is_no_flow_of_its_own(text: str) -> None:
    assert {f[:3] for f in _flows(text, "en")} <= {("US", "UA", "military_equipment")}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Le Kenya s'est engagé à envoyer jusqu'à 5 000 soldats en Somalie.", "fr"),
        ("Kenya has pledged to send up to 5,000 soldiers to Somalia.", "en"),
    ],
)
def test_up_to_a_number_of_soldiers_is_how_many_not_to_whom(text: str, language: str) -> None:
    assert _flows(text, language) == {("KE", "SO", "troops", None, 5000.0)}


def test_who_keeps_troops_says_nothing() -> None:
    rec = record("Kenya maintains some 4,000 troops in Somalia.", "en")
    assert [a.name for e in rec.evidence for a in e.attributed_to] == []
