"""A package of arms named again after the sale that announced it: each kind of materiel it includes is
a transfer between the sale's parties, whoever is credited with the list; the materiel another item
serves ("kits for weapons systems") is not sent. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import record, transfers

SALE = "Washington approved a sale of arms to Manila worth $2 billion on Monday. "


@pytest.mark.parametrize(
    "follow",
    [
        "According to the Philippine defence ministry, the package approved by Washington includes five items, "
        "including coastal radars, anti-ship missiles and patrol drones.",
        "The package is rounded out by coastal radars, anti-ship missiles and patrol drones.",
    ],
)
def test_each_kind_the_package_includes_is_a_transfer_of_the_sale(follow: str) -> None:
    found = transfers(record(SALE + follow))
    assert {item for supplier, recipient, item in found if (supplier, recipient) == ("US", "PH")} >= {
        "missiles",
        "drones",
    }
    assert {(s, r) for s, r, _ in found} == {("US", "PH")}


def test_materiel_another_item_serves_is_not_sent() -> None:
    found = transfers(record("Germany sent Ukraine spare parts for tanks in May."))
    assert found == {("DE", "UA", "other")}


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Japan rushed billions of dollars in military aid to Ukraine last year.", "en", 2_000_000_000),
        ("Le Japon a envoyé des milliards de dollars d'aide militaire à l'Ukraine l'an dernier.", "fr", 2_000_000_000),
    ],
)
def test_an_amount_in_aid_is_given_by_the_subject_of_its_verb(text: str, language: str, expected: int) -> None:
    rec = record(text, language)
    assert transfers(rec) == {("JP", "UA", "military_equipment")}
    [claim] = rec.claims
    assert claim.quantity is not None
    assert (claim.quantity.min, claim.quantity.max, claim.quantity.unit) == (expected, None, "dollar")


def test_a_provision_of_materiel_is_a_transfer() -> None:
    text = "Norway's provision of artillery shells for Ukraine this year made it a major supplier."
    assert ("NO", "UA", "artillery_ammunition") in transfers(record(text))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "The Pentagon announced a $500 million package for Kyiv, including Stinger missiles and HIMARS ammunition.",
            "en",
        ),
        (
            "Le Pentagone a annoncé une aide de 500 millions de dollars pour Kiev, comprenant des missiles Stinger "
            "et des munitions pour HIMARS.",
            "fr",
        ),
    ],
)
def test_ammunition_for_a_system_is_ammunition_not_the_system(text: str, language: str) -> None:
    assert transfers(record(text, language)) == {("US", "UA", "air_defence"), ("US", "UA", "ammunition")}
