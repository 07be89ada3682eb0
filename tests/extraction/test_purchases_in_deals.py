"""A purchase a contract is about is pledged; a state the parser cut off from its verb is not replaced by
the flow told before. Every sentence here was written for these tests."""

from __future__ import annotations

from tests.extraction.helpers import record, transfers


def test_the_purchase_a_contract_is_about_is_pledged() -> None:
    text = (
        "L'Indonésie commande 48 chasseurs KAAN à la Turquie\n\nL'Indonésie a signé mercredi avec Turkish Aerospace "
        "un contrat portant sur l'achat de 48 avions de combat KAAN, a annoncé le ministère turc de la Défense."
    )
    rec = record(text, "fr", published="2025-06-14")
    assert {(c.role("supplier"), c.role("recipient"), c.status) for c in rec.claims if c.kind == "transfer"} == {
        ("TR", "ID", "pledged")
    }


def test_a_state_cut_off_from_its_verb_does_not_take_the_flow_before() -> None:
    text = (
        "Ankara a accepté de prêter à l'Indonésie deux avions de patrouille maritime. Le Pakistan, autre client "
        "d'Ankara, avait pour sa part reçu en 2023 une corvette construite à Istanbul."
    )
    assert ("TR", "ID", "other") not in transfers(record(text, "fr", published="2025-06-14"))
