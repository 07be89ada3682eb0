"""A purchase going on is pledged; a deal with a company is with its state; materiel flown in under a
participle is moved; another state's materiel does not carry on the flow told before. Every sentence here
was written for these tests."""

from __future__ import annotations

from tests.extraction.helpers import record


def _claims(text: str) -> set[tuple]:
    rec = record(text, "en", published="2025-09-18")
    return {
        (c.kind, c.role("supplier"), c.role("recipient"), c.status)
        if c.kind == "transfer"
        else (c.kind, *sorted(c.roles["parties"]))
        for c in rec.claims
    }


def test_a_purchase_going_on_is_pledged_and_the_firms_deal_is_its_states() -> None:
    text = "Greece is buying 20 Rafale fighter jets from Dassault Aviation."
    assert _claims(text) == {("transfer", "FR", "GR", "pledged"), ("agreement", "FR", "GR")}


def test_materiel_flown_in_told_by_a_participle_is_a_transfer() -> None:
    assert _claims("Chinese air-defence systems flown into Serbia, ministry confirms") == {
        ("transfer", "CN", "RS", "delivered")
    }


def test_drones_flying_somewhere_are_no_transfer() -> None:
    assert _claims("Iranian drones flying over Kyiv were shot down.") == set()


def test_another_states_materiel_does_not_carry_on_the_flow_before() -> None:
    text = "Serbia is buying 12 Rafale jets from France. Deliveries of Russian equipment have slowed since 2022."
    assert {c for c in _claims(text) if c[0] == "transfer"} == {("transfer", "FR", "RS", "pledged")}
