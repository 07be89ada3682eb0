"""A deal for materiel one party makes, then its deliveries told without the parties: the deliveries go
from the maker to the other party; the deal keeps the date it was signed and what it covers, and "under
the contract" is no one's word. Words of selling or ordering after the deal restate it, and give no
transfer. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import record, transfers


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "India and Armenia signed a contract in 2022 covering Pinaka launchers. Under this contract, the "
            "first launchers were delivered in July.",
            "en",
            {("IN", "AM", "artillery_systems")},
        ),
        (
            "L'Arménie et l'Inde ont signé l'an dernier un contrat portant sur la livraison de systèmes Pinaka. "
            "Selon ce contrat, les premiers lance-roquettes ont été livrés en juillet.",
            "fr",
            {("IN", "AM", "artillery_systems")},
        ),
        (
            "Egypt signed a deal with France last year for 30 more Rafale jets. Deliveries are to begin in 2026.",
            "en",
            {("FR", "EG", "aircraft")},
        ),
    ],
)
def test_deliveries_after_a_deal_go_from_the_maker_to_the_other_party(text: str, language: str, expected: set) -> None:
    assert transfers(record(text, language)) == expected


def test_the_deal_keeps_its_date_and_what_it_covers_and_is_no_ones_word() -> None:
    text = (
        "L'Arménie et l'Inde ont signé l'an dernier un contrat portant sur la livraison de systèmes Pinaka. "
        "Selon ce contrat, les premiers lance-roquettes ont été livrés en juillet."
    )
    found = record(text, "fr", published="2025-06-15")
    deals = [c for c in found.claims if c.kind == "agreement"]
    assert [(d.time.start if d.time else None, d.provisions) for d in deals] == [
        ("2024", ("la livraison de systèmes Pinaka",))
    ]
    assert {e.modality.value for e in found.evidence} == {"asserted"}


@pytest.mark.parametrize(
    "text",
    [
        "L'Égypte a signé avec la France un contrat pour 30 Rafale. Depuis, l'avion a été vendu à 114 exemplaires.",
        "Egypt signed a deal with France for 30 Rafale jets. The purchase will be financed by a loan.",
    ],
)
def test_selling_or_ordering_after_a_deal_restates_it(text: str) -> None:
    language = "fr" if text.startswith("L'") else "en"
    assert transfers(record(text, language)) == set()


def test_a_year_on_the_deals_own_noun_dates_it() -> None:
    text = "Beijing has supplied Islamabad with eight submarines under a 2015 deal."
    deals = [c for c in record(text, "en").claims if c.kind == "agreement"]
    assert [d.time.start if d.time else None for d in deals] == ["2015"]


def test_a_date_on_the_delivery_a_deal_plans_does_not_date_the_deal() -> None:
    text = "L'Algérie a commandé à la Russie 14 Su-57 dont la livraison est prévue en 2026."
    deals = [c for c in record(text, "fr").claims if c.kind == "agreement"]
    assert [d.time for d in deals] == [None]


def test_a_deal_signed_in_the_clause_of_rising_deliveries_keeps_its_date() -> None:
    text = (
        "Les livraisons de pétrole de Moscou à Pyongyang ont augmenté depuis la signature du traité de "
        "défense entre la Russie et la Corée du Nord, en juin 2024, selon des experts."
    )
    deals = [c for c in record(text, "fr", published="2025-03-01").claims if c.kind == "agreement"]
    assert [d.time.start if d.time else None for d in deals] == ["2024-06"]
