"""Sides taken from words that name no side: a court ordering a halt buys nothing, the buyer of the materiel
is no source of the sentence, a generic "to the countries" is a recipient of its own, and a bare body
follows the state whose body was just named. Every sentence here was written for these tests."""

from __future__ import annotations

from tests.extraction.helpers import record, transfers


def test_ordering_a_halt_is_no_purchase() -> None:
    rec = record("A Dutch court in May ordered a halt to exports of Leopard 2 parts to Israel.", "en")
    assert not [c for c in rec.claims if c.kind == "agreement"]
    assert all(r != "NL" for _, r, _ in transfers(rec))


def test_the_buyer_named_on_the_materiel_is_no_source() -> None:
    text = (
        "France, meanwhile, shipped last week the first 6 of 18 Caesar self-propelled howitzers ordered by Armenia, "
        "KNDS said on Friday, in Paris's first major arms sale to a former Soviet country."
    )
    rec = record(text, "en", published="2026-04-10")
    assert {(s, r) for s, r, _ in transfers(rec)} == {("FR", "AM")}
    assert {a.name for e in rec.evidence for a in e.attributed_to} == {"KNDS"}


def test_sent_back_to_generic_countries_carries_no_parties() -> None:
    text = (
        "Chile took delivery of four F-16 jets from Norway in May. "
        "Seoul changed its rules in 2024 to let licensed rifles be shipped back to the countries that designed them."
    )
    assert transfers(record(text, "en", published="2026-06-01")) == {("NO", "CL", "aircraft")}


def test_a_bare_army_is_the_state_whose_forces_were_just_named() -> None:
    text = (
        "Qatar and the UAE are rivals in the Horn. The UAE denies arming anyone, the UAE says. "
        "The Ethiopian Armed Forces have backers of their own. Turkey has sent drones to the army since 2023."
    )
    assert ("TR", "ET", "drones") in transfers(record(text, "en", published="2026-01-10"))
