"""A deal's deliveries, continued: the seller named by its firm, the deal's own date kept off the deliveries,
a purchase from someone else, an ordinal under a negation, and "armed forces". Every sentence here was
written for these tests."""

from __future__ import annotations

from tests.extraction.helpers import record, transfers


def _flows(text: str, language: str) -> set[tuple[str | None, str | None, str | None, str | None, str]]:
    rec = record(text, language, published="2024-02-20")
    modality = {e.claim_id: e.modality.value for e in rec.evidence}
    return {
        (c.role("supplier"), c.role("recipient"), c.item, c.time.start if c.time else None, modality[c.id])
        for c in rec.claims
        if c.kind == "transfer"
    }


def test_a_deal_with_the_makers_firm_sets_up_the_flow_of_its_deliveries() -> None:
    text = (
        "Le Maroc a signé un contrat portant sur l'acquisition de 36 canons Caesar auprès de l'industriel KNDS "
        "France. Les livraisons commenceront en 2026."
    )
    assert _flows(text, "fr") == {("FR", "MA", "artillery_systems", "2026", "asserted")}


def test_the_date_a_deal_was_concluded_does_not_date_its_deliveries() -> None:
    text = (
        "Le Maroc a signé un contrat portant sur l'acquisition de 36 canons Caesar auprès de la France. Cet "
        "accord, conclu fin janvier, prévoit des livraisons échelonnées à partir de 2026."
    )
    assert _flows(text, "fr") == {("FR", "MA", "artillery_systems", "2026", "asserted")}


def test_buying_from_a_factory_is_not_the_flow_told_before() -> None:
    text = (
        "Une vingtaine de drones turcs ont été livrés au Maroc l'an dernier. Par ailleurs, les Forces armées "
        "royales comptent s'approvisionner en munitions auprès d'une usine que le Maroc construit sur son sol."
    )
    assert transfers(record(text, "fr", published="2024-02-20")) == {("TR", "MA", "drones")}


def test_not_the_first_purchase_denies_nothing() -> None:
    text = (
        "Le Maroc a signé un contrat portant sur l'acquisition de 36 canons Caesar auprès de la France. Les "
        "livraisons commenceront en 2026. Le royaume n'en est pas à son premier achat de ce type."
    )
    assert {m for *_, m in _flows(text, "fr")} == {"asserted"}


def test_a_real_negation_still_denies() -> None:
    assert _flows("Russia has not delivered tanks to Mali.", "en") == {
        ("RU", "ML", "armoured_vehicles", None, "denied")
    }
