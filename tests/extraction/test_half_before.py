"""A word standing for materiel the sentence just before told with one side ("livrés par l'américain Boeing")
takes that side, not the side of an older flow. Every sentence here was written for these tests."""

from __future__ import annotations

from tests.extraction.helpers import record


def test_the_side_told_just_before_completes_the_flow() -> None:
    text = (
        "Le Maroc a reçu des drones turcs en 2021. Quelques jours plus tôt, les six premiers hélicoptères "
        "d'attaque AH-64E livrés par l'américain Boeing avaient atterri sur la base aérienne de Salé. Rabat en "
        "avait commandé 24 en 2020."
    )
    found = record(text, "fr", published="2025-04-10").claims
    ordered = {(c.role("supplier"), c.role("recipient"), c.item) for c in found if c.kind == "transfer"}
    assert ordered == {("TR", "MA", "drones"), ("US", "MA", "aircraft")}
    assert [sorted(c.roles["parties"]) for c in found if c.kind == "agreement"] == [["MA", "US"]]
