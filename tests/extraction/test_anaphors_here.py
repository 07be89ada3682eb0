"""A word standing for materiel ("en", "autres") stands first for the materiel its own sentence named before
it; a figure of "more" another verb counts is that verb's. Every sentence here was written for these tests."""

from __future__ import annotations

from tests.extraction.helpers import record


def test_en_stands_for_the_materiel_of_its_own_sentence() -> None:
    text = (
        "La Chine aurait livré des systèmes HQ-9B au Pérou. Depuis 2015, Lima s'est tourné vers la France : le Pérou "
        "a reçu 24 Rafale à partir de cette année-là et en a commandé 30 autres en 2021."
    )
    items = {c.item for c in record(text, "fr").claims if c.kind == "transfer" and c.role("supplier") == "FR"}
    assert items == {"aircraft"}


def test_more_another_verb_counts_is_not_more_of_the_first() -> None:
    text = "L'Inde a reçu 36 Rafale de la France en 2022 et en a commandé 26 autres en 2023."
    delivered = [
        c.quantity.min
        for c in record(text, "fr").claims
        if c.kind == "transfer" and c.status.value == "delivered" and c.quantity
    ]
    assert delivered == [36]


def test_more_of_an_elided_verb_is_still_more() -> None:
    text = "Qatar ordered 24 Rafale jets in 2015, then 12 more in December 2017."
    figures = sorted(c.quantity.min for c in record(text).claims if c.kind == "transfer" and c.quantity)
    assert figures == [12, 24]
