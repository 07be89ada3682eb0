"""A transfer still weighed is speculative and pledged; a participle on what a state is ("the hub for
weapons sent to Ukraine") says nothing of what that state did. Every sentence here was written for these
tests."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import modality_of, only, record, transfers


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Germany is considering sending Taurus missiles to Ukraine.", "en"),
        ("Berlin is weighing whether to send Taurus missiles to Kyiv.", "en"),
        ("L'Allemagne envisage de livrer des missiles Taurus à l'Ukraine.", "fr"),
    ],
)
def test_a_transfer_still_weighed_is_speculative_and_pledged(text: str, language: str) -> None:
    rec = record(text, language)
    assert modality_of(rec) == "speculative"
    assert only(rec).status == "pledged"


def test_what_a_state_considers_a_violation_was_done() -> None:
    rec = record("The US considers Iran's shipments of drones to Russia a violation of sanctions.")
    assert only(rec).status == "delivered"


def test_a_decision_to_send_is_a_pledge() -> None:
    assert only(record("Germany decided to send Taurus missiles to Ukraine.")).status == "pledged"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Poland is the main hub for Western weapons sent to Ukraine.", "en"),
        ("Poland became the main hub for Western weapons sent to Ukraine.", "en"),
        ("La Pologne est devenue la plaque tournante des armes envoyées à l'Ukraine.", "fr"),
    ],
)
def test_the_subject_of_is_does_not_send_what_a_participle_describes(text: str, language: str) -> None:
    assert transfers(record(text, language)) == set()


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Israel criticized Russia over missiles sold to Iran.", "en"),
        ("Kyiv praised Germany for the tanks sent to Ukraine last year.", "en"),
    ],
)
def test_who_speaks_of_a_participles_flow_is_not_its_supplier(text: str, language: str) -> None:
    suppliers = {s for s, _, _ in transfers(record(text, language))}
    assert suppliers <= {"RU", "DE"}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("If Canada sends howitzers to Armenia, Baku will protest.", "en"),
        ("Si le Canada envoie des obusiers à l'Arménie, Bakou protestera.", "fr"),
    ],
)
def test_a_transfer_in_a_clause_of_condition_is_speculative_and_still_to_come(text: str, language: str) -> None:
    rec = record(text, language)
    assert transfers(rec) == {("CA", "AM", "artillery_systems")}
    assert [(c.status, e.modality) for c, e in zip(rec.claims, rec.evidence, strict=True)] == [
        ("pledged", "speculative")
    ]
