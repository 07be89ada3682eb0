"""A flow told again by a noun that carries the materiel of the sentence before ("ces ventes", "these sales")
is a further statement of its claim, not a vaguer claim beside it. Every sentence here was written for these
tests."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import record


def _claims(text: str, language: str) -> list[tuple[str, int]]:
    rec = record(text, language)
    told = [sum(1 for e in rec.evidence if e.claim_id == c.id) for c in rec.claims if c.kind == "transfer"]
    items = [str(c.item) for c in rec.claims if c.kind == "transfer"]
    return list(zip(items, told, strict=True))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Spain delivered 24 armoured vehicles to Chile in 2023. Spanish officials describe these sales as "
            "purely defensive.",
            "en",
        ),
        (
            "L'Espagne a livré 24 véhicules blindés au Chili en 2023. Les autorités espagnoles présentent ces "
            "ventes comme strictement défensives.",
            "fr",
        ),
    ],
)
def test_the_sales_told_again(text: str, language: str) -> None:
    assert _claims(text, language) == [("armoured_vehicles", 2)]
