"""An agreement only proposed, studied, negotiated or left unsigned is no agreement; a sale states agree to
make is one; a list of parties the parser split keeps its first state. Every sentence here was written for
these tests."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import record, transfers


def _parties(text: str, language: str = "en") -> list[set[str]]:
    claims = [c for c in record(text, language).claims if c.kind == "agreement"]
    return [set(c.roles.get("parties", ())) for c in claims]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("A security agreement that Canberra proposed to Port Vila last year remains unsigned.", "en"),
        ("Germany and the Netherlands are studying similar arrangements.", "en"),
        ("Les négociations sur un traité de paix entre l'Arménie et l'Azerbaïdjan se poursuivent.", "fr"),
        ("Le Chili et le Pérou discutent d'un accord de défense.", "fr"),
    ],
)
def test_an_agreement_not_concluded_is_none(text: str, language: str) -> None:
    assert _parties(text, language) == []


@pytest.mark.parametrize(
    ("text", "language", "parties"),
    [
        ("Canberra and Port Vila signed the security agreement that Canberra proposed last year.", "en", {"AU", "VU"}),
        ("Argentina agreed to buy 24 Danish jets in 2024.", "en", {"AR", "DK"}),
        ("Le Mali, le Burkina Faso et le Niger ont signé en 2023 une charte de défense.", "fr", {"ML", "BF", "NE"}),
    ],
)
def test_a_concluded_agreement(text: str, language: str, parties: set[str]) -> None:
    assert _parties(text, language) == [parties]


def test_a_purchase_not_agreed_is_no_claim() -> None:
    rec = record("Argentina did not agree to buy the Danish jets.")
    assert transfers(rec) == set() and _parties("Argentina did not agree to buy the Danish jets.") == []


def test_a_place_before_the_comma_is_no_party() -> None:
    assert _parties("In Moscow, France and Italy signed a treaty.") == [{"FR", "IT"}]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("La Colombie a annoncé son intention d'acquérir des avions suédois, mais aucun contrat n'a été signé.", "fr"),
        ("Colombia announced its intention to buy Swedish jets.", "en"),
        ("No deal was signed between Seoul and Kyiv.", "en"),
        ("Les analystes s'attendent à ce que la Colombie achète des avions suédois en 2026.", "fr"),
    ],
)
def test_an_intention_an_expectation_or_no_contract_is_no_claim(text: str, language: str) -> None:
    rec = record(text, language)
    assert transfers(rec) == set() and _parties(text, language) == []


def test_awaiting_a_delivery_is_still_a_pledge() -> None:
    assert transfers(record("La Colombie attend la livraison de Gripen suédois en 2026.", "fr")) == {
        ("SE", "CO", "aircraft")
    }


def test_a_known_treatys_name_with_other_states_is_their_treaty() -> None:
    text = "Moscou et Téhéran ont signé un traité de partenariat stratégique global."
    assert _parties(text, "fr") == [{"RU", "IR"}]


def test_an_agreement_a_relative_clause_says_is_unsigned_is_none() -> None:
    text = "Erevan et Bakou ont finalisé en mars le texte d'un accord de paix, qui n'a pas encore été signé."
    assert _parties(text, "fr") == []
