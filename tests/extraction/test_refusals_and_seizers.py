"""A transfer refused is no transfer made, the navy that seized a cargo gave nothing, and a party hung on
the load that holds the materiel is still the flow's. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import only, record, transfers


@pytest.mark.parametrize(
    ("text", "language", "modality"),
    [
        ("Brazil refused to sell tank shells to Germany.", "en", "denied"),
        ("Brazil declined to sell tank shells to Germany.", "en", "denied"),  # "declined": no decrease either
        ("Le Brésil a refusé de livrer des obus à l'Allemagne.", "fr", "denied"),
        ("Brazil has ruled out sending tank shells to Germany.", "en", "denied"),
        ("Le Brésil a exclu de livrer des obus à l'Allemagne.", "fr", "denied"),
        # not ruled out: possible
        ("Brazil has not ruled out sending tank shells to Germany.", "en", "speculative"),
        ("Le Brésil n'a pas exclu de livrer des obus à l'Allemagne.", "fr", "speculative"),
    ],
)
def test_a_refused_sale_is_denied_and_still_to_come(text: str, language: str, modality: str) -> None:
    rec = record(text, language)
    claim = only(rec)
    evidence = next(e for e in rec.evidence if e.claim_id == claim.id)
    assert (claim.role("supplier"), claim.role("recipient")) == ("BR", "DE")
    assert (claim.status, claim.trend, evidence.modality) == ("pledged", None, modality)


def test_opposing_a_re_export_denies_it() -> None:
    rec = record("Berne s'oppose à la réexportation de munitions suisses vers l'Ukraine.", "fr")
    claim = only(rec)
    assert (claim.role("supplier"), claim.role("recipient"), claim.status) == ("CH", "UA", "pledged")
    assert {e.modality for e in rec.evidence} == {"denied"}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Switzerland has blocked the re-export of Swiss-made ammunition to Ukraine.", "en"),
        ("La Suisse a bloqué la réexportation de munitions suisses vers l'Ukraine.", "fr"),
    ],
)
def test_a_blocked_flow_halts(text: str, language: str) -> None:
    claim = only(record(text, language))
    assert (claim.role("supplier"), claim.role("recipient"), claim.trend) == ("CH", "UA", "halt")


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("A shipment of weapons bound for Yemen was seized by the US Navy in the Arabian Sea.", "en", set()),
        (
            "Une cargaison d'armes iraniennes à destination du Yémen a été saisie par la marine américaine.",
            "fr",
            {("IR", "YE", "military_equipment")},
        ),
    ],
)
def test_who_seized_a_cargo_is_not_its_supplier(text: str, language: str, expected: set) -> None:
    assert transfers(record(text, language)) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Azerbaijan took delivery of a second batch of air-defence systems from Israel in March.", "en"),
        (
            "L'Azerbaïdjan a réceptionné un deuxième lot de systèmes antiaériens en provenance d'Israël en mars.",
            "fr",
        ),
    ],
)
def test_the_supplier_hung_on_the_batch_is_the_flows(text: str, language: str) -> None:
    assert transfers(record(text, language)) == {("IL", "AZ", "air_defence")}
