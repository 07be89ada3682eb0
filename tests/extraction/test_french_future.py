"""The French future and conditional, which the small model mistags: "enverraient" is a transfer to come,
"livrerait" one the article reports without vouching for it; a delivery dated after the article was
published is still to come; so is one told as possible ("could be transferred", "pourrait envoyer"). Every
sentence here was written for these tests."""

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


@pytest.mark.parametrize(
    ("text", "language", "status"),
    [
        ("About 330,000 shells could be transferred from South Korea to Ukraine.", "en", "pledged"),
        ("Russia might deliver S-400 systems to Iran.", "en", "pledged"),
        ("La Corée du Sud pourrait envoyer 330 000 obus à l'Ukraine.", "fr", "pledged"),
        ("North Korea may be sending shells to Russia.", "en", "delivered"),
        ("North Korea may have sent shells to Russia.", "en", "delivered"),
    ],
)
def test_a_transfer_told_as_possible_is_not_done(text: str, language: str, status: str) -> None:
    claims = [c for c in record(text, language).claims if c.kind == "transfer"]
    assert [c.status.value for c in claims] == [status]


def test_a_verb_of_intending_the_lemmatiser_misses_makes_a_pledge() -> None:
    claim = only(record("La Belgique compte livrer des F-16 à l'Ukraine.", "fr", published="2025-06-15"))
    assert (claim.role("supplier"), claim.status) == ("BE", "pledged")
