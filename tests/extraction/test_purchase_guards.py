"""Guards on this session's rules, from a review: a verb of awaiting with its agent is no arrival, a purchase for
another names no buyer as recipient, the rest of an order cancelled is nothing to come, a captain is no ship.
Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import record, transfers


def test_awaited_by_a_state_makes_it_no_supplier() -> None:
    assert all(s != "IN" for s, _, _ in transfers(record("Les Rafale sont attendus par l'Inde en 2028.", "fr")))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Les obus achetés par la République tchèque au profit de l'Ukraine ont été livrés en mai.", "fr"),
        ("Les obus achetés par la République tchèque pour l'Ukraine ont été livrés en mai.", "fr"),
    ],
)
def test_a_purchase_for_another_keeps_its_beneficiary_the_recipient(text: str, language: str) -> None:
    assert all(r != "CZ" for _, r, _ in transfers(record(text, language)))


def test_the_rest_of_an_order_cancelled_is_no_pledge() -> None:
    text = "Le Chili a reçu en avril six avions F-16 de la Norvège. Le reste de la commande a été annulé en mai."
    rec = record(text, "fr", published="2026-05-04")
    assert [c.status.value for c in rec.claims if c.kind == "transfer"] == ["delivered"]


def test_a_captain_is_no_ship() -> None:
    rec = record("Le navire du capitaine Ivan Petrov a accosté à Tartous mardi.", "fr")
    assert all(c.role("vessel") is None for c in rec.claims if c.kind == "port_call")
