"""Guards from a review of the sixteenth session's rules: a call for a ceasefire is no agreement and who hails
one is no party; the buyer's office denies nothing for the seller; every speaker named in a denied flow denies;
a denial on another matter is its own; businessmen are no troops. Every sentence here was written for them."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import record, transfers


def _kinds(text: str, language: str, kind: str) -> list[list[str]]:
    role = {"agreement": "parties", "denial": "actor"}[kind]
    return sorted(sorted(c.roles.get(role, ())) for c in record(text, language).claims if c.kind == kind)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Brazil called for a ceasefire between Peru and Ecuador.", "en", []),
        ("Le Brésil a salué le cessez-le-feu conclu entre le Pérou et la Colombie.", "fr", [["CO", "PE"]]),
        ("Brazil hailed the agreement between Peru and Ecuador.", "en", [["EC", "PE"]]),
    ],
)
def test_who_calls_for_or_hails_an_agreement_is_no_party(text: str, language: str, expected: list) -> None:
    assert _kinds(text, language, "agreement") == expected


def test_the_buyers_office_denies_nothing_for_the_seller() -> None:
    text = '"Chile has not delivered the rifles we paid for," a defence ministry spokesman said.'
    assert _kinds(text, "en", "denial") == []


def test_every_speaker_named_in_the_denied_flow_denies() -> None:
    text = "Lima and Quito said Peru had never sent rifles to Ecuador."
    assert _kinds(text, "en", "denial") == [["EC"], ["PE"]]


def test_a_denial_on_another_matter_stays_its_own() -> None:
    text = "Chile dismissed the allegations. Separately, Chile denied supplying jets to Peru."
    rec = record(text, "en")
    assert len([c for c in rec.claims if c.kind == "denial"]) == 2


def test_businessmen_are_no_troops() -> None:
    assert transfers(record("Le Chili a envoyé 150 hommes d'affaires au Pérou.", "fr")) == set()
