"""Complaints: who complains that another failed to deliver is the source of what it says, and denies
nothing of its own; a state before a comma is not the government of the official after it. Every
sentence here was written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import only, record


def _sources(text: str, language: str) -> list[str]:
    rec = record(text, language, published="2024-05-02")
    claim = only(rec)
    return [a.name for e in rec.evidence if e.claim_id == claim.id for a in e.attributed_to]


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        (
            "The Armenian defence minister complained that Russia had delivered only half of the howitzers to Armenia.",
            "en",
            "Armenian defence minister",
        ),
        ("Le ministre a déploré que l'Allemagne n'ait livré que 20 chars à l'Ukraine.", "fr", "ministre"),
        (
            "Le ministre arménien s'est plaint que la Russie n'avait livré que la moitié des obusiers à l'Arménie.",
            "fr",
            "ministre arménien",
        ),
    ],
)
def test_who_complains_is_the_source(text: str, language: str, name: str) -> None:
    assert _sources(text, language) == [name]


def test_a_complaint_dates_itself_not_the_delivery() -> None:
    text = (
        "The Armenian prime minister complained last month that Russia had delivered only half of the howitzers "
        "to Armenia."
    )
    claim = only(record(text, "en", published="2024-05-02"))
    assert claim.time is not None and (claim.time.start, claim.time.end) == (None, "2024-04")


def test_a_complaint_that_allies_did_not_deliver_is_no_denial() -> None:
    text = (
        "Dans une allusion à Moscou, le Premier ministre Arsen Vardanian s'est plaint que nos alliés n'avaient pas "
        "livré d'armes à l'Arménie."
    )
    rec = record(text, "fr", published="2024-05-02")
    assert [c for c in rec.claims if c.kind == "denial"] == []
    assert not [a.name for e in rec.evidence for a in e.attributed_to if "Moscou" in a.name]


def test_a_state_named_about_is_a_party_to_the_contracts_signed_with_them() -> None:
    text = (
        "L'Arménie a signé l'an dernier des contrats avec l'Inde. Dans une allusion à Moscou, le Premier ministre "
        "Arsen Vardanian s'est plaint que nos alliés n'avaient pas livré d'armes à l'Arménie malgré les contrats "
        "signés avec eux au cours des deux dernières années."
    )
    deals = [c for c in record(text, "fr", published="2024-05-02").claims if c.kind == "agreement"]
    assert {frozenset(d.roles["parties"]) for d in deals} == {frozenset({"AM", "IN"}), frozenset({"AM", "RU"})}
