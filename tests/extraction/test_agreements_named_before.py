"""An agreement named again by its article ("The agreement", "L'accord") is the agreement named before:
its statement joins that claim, with its name and time, unless the sentence names other actors. Every
text here was written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import record


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Peru and Chile signed a defence pact in Lima on Monday. The agreement allows joint naval drills.", "en"),
        ("Le Pérou et le Chili ont signé un pacte de défense lundi. L'accord prévoit des exercices navals.", "fr"),
    ],
)
def test_the_agreement_named_again_is_one_claim_with_two_statements(text: str, language: str) -> None:
    rec = record(text, language)
    [claim] = [c for c in rec.claims if c.kind == "agreement"]
    assert set(claim.roles["parties"]) == {"CL", "PE"}
    assert len([e for e in rec.evidence if e.claim_id == claim.id]) == 2


def test_an_agreement_named_again_with_other_actors_is_not_the_one_before() -> None:
    text = "Peru and Chile signed a defence pact on Monday. The contract was concluded with the Russians in May."
    rec = record(text)
    assert {frozenset(c.roles["parties"]) for c in rec.claims if c.kind == "agreement"} == {frozenset({"CL", "PE"})}
    assert len(rec.evidence) == 1


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Chad took delivery of four drones in 2023 and Togo received two the same year. A spokesman for the"
            " maker declined to give details of the contracts.",
            "en",
        ),
        (
            "Le Tchad a reçu quatre drones en 2023 et le Togo deux la même année. Un porte-parole du fabricant a"
            " refusé de détailler les contrats.",
            "fr",
        ),
    ],
)
def test_the_contracts_with_no_agreement_before_are_none_between_the_last_two_states(text: str, language: str) -> None:
    """The two buyers named last signed nothing together: "the contracts" are each buyer's with the maker."""
    assert [c for c in record(text, language).claims if c.kind == "agreement"] == []
