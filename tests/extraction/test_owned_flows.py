"""A flow owned by another state than the one told before is not its continuation; buying takes no item from a
clause of its own; "its own factories" make for the state above; air-defence equipment is air defence. Every
sentence here was written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import record, transfers


def test_a_package_owned_by_another_state_continues_no_flow() -> None:
    text = (
        "Norway's new aid package, announced in March, includes more K9 howitzers and air-surveillance radars for "
        "Ukraine's air defence, the Norwegian government said. Denmark, which keeps the contents of its packages "
        "secret, approved its 31st package, worth €95 million, in December."
    )
    assert transfers(record(text, "en")) == {("NO", "UA", "air_defence"), ("NO", "UA", "artillery_systems")}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Moscow has supplied Pyongyang with air-defence equipment in return.", "en"),
        ("Moscow has supplied Pyongyang with air-defense equipment in return.", "en"),
    ],
)
def test_air_defence_equipment(text: str, language: str) -> None:
    assert transfers(record(text, language)) == {("RU", "KP", "air_defence")}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Under a five-year security accord signed in May 2023, Seoul also committed to help Ukraine with demining, "
            "cyber defence and the treatment of wounded soldiers.",
            "en",
        ),
        ("La Corée du Sud s'est engagée à aider l'Ukraine pour le déminage et le soin des soldats blessés.", "fr"),
    ],
)
def test_wounded_soldiers_are_sent_by_no_one(text: str, language: str) -> None:
    rec = record(text, language)
    assert transfers(rec) == set()
    assert all(sorted(c.roles["parties"]) == ["KR", "UA"] for c in rec.claims if c.kind == "agreement")


def test_buying_takes_no_item_from_a_clause_of_its_own() -> None:
    text = (
        "Sanctions have not pushed Moscow out of the market. Two old clients, Laos and Cambodia, are still buying, "
        "and Russian frigates are calling at their ports more often."
    )
    rec = record(text, "en")
    assert transfers(rec) == set() and [c for c in rec.claims if c.kind == "agreement"] == []


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Estonia says its own factories delivered about 900 drones to Ukraine last year.", "en", ("EE", "UA")),
        ("La Pologne affirme que ses usines ont livré 300 drones à l'Ukraine.", "fr", ("PL", "UA")),
    ],
)
def test_its_own_factories_make_for_the_state_above(text: str, language: str, expected: tuple[str, str]) -> None:
    assert transfers(record(text, language)) == {(*expected, "drones")}


def test_french_armoured_vehicles_listed_once_are_known() -> None:
    rec = record("France delivered AMX-10 RC vehicles to Ukraine in 2023.", "en")
    assert transfers(rec) == {("FR", "UA", "armoured_vehicles")}


def test_soldiers_some_of_whom_were_wounded_were_still_sent() -> None:
    text = "North Korea sent some 9,000 soldiers to Russia, about 2,000 of whom have been killed or wounded."
    rec = record(text, "en")
    assert transfers(rec) == {("KP", "RU", "troops")}
