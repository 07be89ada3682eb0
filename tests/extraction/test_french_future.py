"""The French future and conditional, which the small model mistags: "enverraient" is a transfer to come,
"livrerait" one the article reports without vouching for it; a delivery dated after the article was
published is still to come. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import only, record


@pytest.mark.parametrize(
    "text",
    [
        "Un porte-parole du Pentagone a déclaré que les États-Unis enverraient 18 HIMARS à l'Ukraine.",
        "Les États-Unis enverront 18 HIMARS à l'Ukraine.",
        "Les États-Unis fourniraient 18 HIMARS à l'Ukraine.",
    ],
)
def test_a_french_future_is_a_pledge(text: str) -> None:
    claim = only(record(text, "fr"))
    assert (claim.role("supplier"), claim.role("recipient"), claim.status and claim.status.value) == (
        "US",
        "UA",
        "pledged",
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La France livrerait 12 Rafale à l'Inde.", "reported"),
        ("La France livrera 12 Rafale à l'Inde.", "asserted"),
    ],
)
def test_the_conditional_is_reported(text: str, expected: str) -> None:
    rec = record(text, "fr")
    assert [e.modality.value for e in rec.evidence] == [expected]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Les Rafale seraient livrés en 2026 à l'Inde par la France.", "fr"),
        ("The Rafale jets are delivered to India by France in 2026.", "en"),
    ],
)
def test_a_delivery_dated_after_publication_is_pledged(text: str, language: str) -> None:
    claim = only(record(text, language, published="2024-05-10"))
    assert claim.status is not None and claim.status.value == "pledged"
