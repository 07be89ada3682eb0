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


def test_a_promise_told_after_a_delivery_is_not_of_the_deliverys_day() -> None:
    text = (
        "La Slovaquie a annoncé avoir remis les quatre premiers MiG-29 à l'Ukraine le 23 mars. Au total, "
        "Bratislava avait promis à Kiev 13 MiG-29."
    )
    found = [c for c in record(text, "fr", published="2023-04-03").claims if c.kind == "transfer"]
    times = {c.status: (c.time.start, c.time.end) if c.time else None for c in found}
    assert times == {"delivered": ("2023-03-23", "2023-03-23"), "pledged": None}
