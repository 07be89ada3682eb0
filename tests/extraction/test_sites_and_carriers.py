"""Materiel delivered to a site (an airport, a base) goes to the state the site is in; a body that only
carried it (a cargo airline, "une compagnie de fret") is no party. Every sentence here was written for these
tests."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import only, record, transfers


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Russia delivered two helicopters to the air base in Bamako.", "en", {("RU", "ML", "aircraft")}),
        ("La Russie a livré deux hélicoptères à la base aérienne de Bamako.", "fr", {("RU", "ML", "aircraft")}),
        ("La Turquie a livré six drones à l'aéroport de Niamey.", "fr", {("TR", "NE", "drones")}),
    ],
)
def test_a_site_stands_for_its_state(text: str, language: str, expected: set) -> None:
    assert transfers(record(text, language)) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The drones were delivered to Niamey airport by a Ukrainian cargo airline.", "en"),
        ("A Ukrainian cargo airline delivered the drones to Niger last week.", "en"),
        ("Les drones ont été livrés à l'aéroport de Niamey par une compagnie ukrainienne de fret aérien.", "fr"),
    ],
)
def test_the_carrier_s_state_supplied_nothing(text: str, language: str) -> None:
    assert all(supplier != "UA" for supplier, _, _ in transfers(record(text, language)))


def test_a_state_company_still_supplies() -> None:
    assert transfers(record("La société russe Rosoboronexport a livré des hélicoptères au Mali.", "fr")) == {
        ("RU", "ML", "aircraft")
    }


@pytest.mark.parametrize(
    "text",
    [
        "The tanker Blue Heron transferred 4,000 tons of diesel to Laotian vessels in April.",
        "The Blue Heron is believed to have handed over 4,000 tons of diesel to a Laotian ship in April.",
    ],
)
def test_a_named_tanker_handing_over_fuel_at_sea_supplies_it(text: str) -> None:
    rec = record(text)
    claim = only(rec)
    names = {e.id: e.name for e in rec.entities}  # a vessel, or a body where the NER read the name as one
    assert (names[claim.role("supplier") or ""], claim.role("recipient"), claim.item) == ("Blue Heron", "LA", "fuel")


def test_a_named_ship_bringing_munitions_is_no_supplier_of_them() -> None:
    assert not [c for c in record("The cargo ship Blue Heron delivered munitions to Laos.").claims]
