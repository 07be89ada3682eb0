"""A purchase only thought about ("discussed buying", "envisage l'achat") and a supplier there is none of ("no
supplier has been selected") state no transfer and no deal. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import record


def _claims(text: str, language: str) -> list[tuple[object, ...]]:
    found = record(text, language, published="2025-05-02").claims
    return sorted(((c.kind, c.role("supplier"), c.role("recipient")) for c in found), key=str)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Officials in Niamey have also discussed buying Turkish drones, but no contract has been announced.", "en"),
        ("Serbian officials have floated the idea of buying more Chinese air defence systems.", "en"),
        ("Poland is considering buying more K2 tanks from South Korea.", "en"),
        ("Le Maroc envisage par ailleurs l'acquisition de sous-marins français, sans calendrier arrêté.", "fr"),
        ("L'Arménie envisage l'achat d'avions de combat indiens.", "fr"),
    ],
)
def test_a_purchase_only_thought_about_is_no_claim(text: str, language: str) -> None:
    assert _claims(text, language) == []


def test_talk_of_exports_made_keeps_them() -> None:
    text = "President Vucic said he discussed Serbian arms exports to Ukraine with the Russian leader."
    assert ("transfer", "RS", "UA") in _claims(text, "en")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "The Philippines took delivery of two FA-50 aircraft from South Korea on Monday. Planners want more "
            "fighters, but no supplier has been selected.",
            "en",
        ),
        (
            "Le Maroc a reçu des hélicoptères des États-Unis en mars. Rabat veut des sous-marins, sans qu'aucun "
            "fournisseur n'ait été retenu à ce stade.",
            "fr",
        ),
    ],
)
def test_no_supplier_is_no_further_flow(text: str, language: str) -> None:
    assert len([c for c in _claims(text, language) if c[0] == "transfer"]) == 1


def test_a_transfer_only_talked_about_is_no_claim() -> None:
    text = "Reports said that Russia had discussed supplying Yakhont anti-ship missiles to the Houthis."
    assert _claims(text, "en") == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "La Russie a livré du pétrole à la Corée du Nord en mai. Les deux pays ont signé en juin 2024 un traité "
            "comportant une clause d'assistance mutuelle en cas d'agression.",
            "fr",
        ),
    ],
)
def test_mutual_assistance_is_no_flow(text: str, language: str) -> None:
    assert [c for c in _claims(text, language) if c[0] == "transfer"] == [("transfer", "RU", "KP")]
