"""Agreements: a capital where a deal was signed is no party; ceasefires and truces are agreements, armed groups
may be their parties; a state in what an agreement provides for is no party; an order told by a participle with
its own date is a deal. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import record


def _agreements(text: str, language: str) -> list[list[str]]:
    return [sorted(c.roles.get("parties", ())) for c in record(text, language).claims if c.kind == "agreement"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Lima et Quito ont paraphé en mai à Brasilia un accord de défense.", "fr"),
        ("Peru and Ecuador initialled a defence agreement in Brasilia in May.", "en"),
    ],
)
def test_the_capital_where_it_was_signed_is_no_party(text: str, language: str) -> None:
    assert _agreements(text, language) == [["EC", "PE"]]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Israel and Hezbollah agreed a ceasefire in November.", "en"),
        ("Israël et le Hezbollah ont conclu un cessez-le-feu en novembre.", "fr"),
    ],
)
def test_a_ceasefire_with_an_armed_group(text: str, language: str) -> None:
    assert _agreements(text, language) == [["IL", "organization:hezbollah"]]


def test_a_truce_between_states() -> None:
    assert _agreements("La trêve conclue en mai entre l'Inde et le Pakistan reste fragile.", "fr") == [["IN", "PK"]]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Le Pérou a reçu la première des quatre frégates commandées à la Corée du Sud en mars 2022.", "fr"),
        ("Peru received the first of four frigates ordered from South Korea in March 2022.", "en"),
    ],
)
def test_an_order_dated_by_its_participle(text: str, language: str) -> None:
    rec = record(text, language)
    deals = [c for c in rec.claims if c.kind == "agreement"]
    assert [(sorted(c.roles["parties"]), c.time.start if c.time else None) for c in deals] == [
        (["KR", "PE"], "2022-03")
    ]


def test_a_signing_verb_tagged_as_an_adjective() -> None:
    text = "Lima et Quito ont pourtant paraphé en mai à Brasilia un accord de défense."
    assert _agreements(text, "fr") == [["EC", "PE"]]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Chile, which has observed a de facto truce with Bolivia since 2022, did not comment.", "en"),
        ("Le Chili, qui observe une trêve de facto avec la Bolivie depuis 2022, n'a pas commenté.", "fr"),
    ],
)
def test_a_de_facto_truce_is_no_agreement(text: str, language: str) -> None:
    assert _agreements(text, language) == []
