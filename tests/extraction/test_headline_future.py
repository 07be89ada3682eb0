"""A headline's "X to supply Y" is a pledge, and the body's restatement with a date joins it; a word
standing for the materiel named before is read ("Les premiers appareils"), and a state named in whom a
sentence is credited to is no party ("selon des responsables iraniens"). Every text here was written for
these tests."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import record


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Russia to supply Su-35 jets to Iran\n\nThe first aircraft will be delivered next spring, according to"
            " Iranian officials.",
            "en",
        ),
        (
            "La Russie va livrer des Su-35 à l'Iran\n\nLes premiers appareils seront livrés au printemps prochain,"
            " selon des responsables iraniens.",
            "fr",
        ),
    ],
)
def test_the_headline_pledge_and_the_dated_body_are_one_claim(text: str, language: str) -> None:
    rec = record(text, language, published="2024-05-10")
    claims = [c for c in rec.claims if c.kind == "transfer"]
    assert [(c.role("supplier"), c.role("recipient"), c.status and c.status.value) for c in claims] == [
        ("RU", "IR", "pledged")
    ]
    assert claims[0].time is not None and claims[0].time.start == "2025-03"
    assert len([e for e in rec.evidence if e.claim_id == claims[0].id]) == 2
