"""Who sent the materiel or the people, named as the subject or after "by", against an adjective that says
where they come from; and a licence still to come. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import only, record, transfers


@pytest.mark.parametrize(
    ("text", "language", "unit"),
    [
        ("About 300 Chadian mercenaries were flown to Libya by the United Arab Emirates.", "en", "mercenary"),
        (
            "Quelque 300 mercenaires tchadiens ont été acheminés en Libye par les Émirats arabes unis.",
            "fr",
            "mercenary",
        ),
        ("The United Arab Emirates flew about 300 Chadian fighters to Libya.", "en", "fighter"),
        ("Les Émirats arabes unis ont acheminé quelque 300 combattants tchadiens en Libye.", "fr", "fighter"),
    ],
)
def test_who_sent_people_is_not_where_they_come_from(text: str, language: str, unit: str) -> None:
    claim = only(record(text, language))
    assert (claim.role("supplier"), claim.role("recipient"), claim.item) == ("AE", "LY", "troops")
    assert claim.quantity is not None and (claim.quantity.min, claim.quantity.unit) == (300, unit)


def test_an_adjective_of_origin_alone_still_gives_the_supplier() -> None:
    assert transfers(record("Iranian drones were delivered to Russia in May.", "en")) == {("IR", "RU", "drones")}


@pytest.mark.parametrize(
    ("text", "language", "status"),
    [
        ("Brazil will build Italian frigates under licence in Rio.", "en", "pledged"),
        ("Le Brésil construira sous licence des frégates italiennes à Rio.", "fr", "pledged"),
        ("Brazil has been building Italian frigates under licence since 2020.", "en", "delivered"),
    ],
)
def test_a_licence_to_come_is_pledged(text: str, language: str, status: str) -> None:
    claim = only(record(text, language))
    assert (claim.role("supplier"), claim.role("recipient"), claim.status) == ("IT", "BR", status)


@pytest.mark.parametrize(
    "text",
    ["Iran supplied drones to Lebanon's Hezbollah.", "Lebanon's Hezbollah received drones from Iran."],
)
def test_an_armed_group_named_with_its_country_is_the_recipient(text: str) -> None:
    assert transfers(record(text)) == {("IR", "organization:hezbollah", "drones")}


def test_a_participle_on_other_materiel_names_neither_its_maker_nor_its_supplier() -> None:
    text = "Ukraine shot down Russia's Shahed drones with missiles supplied by Germany."
    assert ("DE", "RU", "drones") not in transfers(record(text))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The Panama-flagged tanker Sea Lark transferred 3,000 tonnes of diesel to a North Korean vessel.", "en"),
        (
            "Le pétrolier Sea Lark, battant pavillon panaméen, a transféré 3 000 tonnes de gazole à la Corée du Nord.",
            "fr",
        ),
    ],
)
def test_a_vessels_flag_is_not_its_cargos_supplier(text: str, language: str) -> None:
    assert all(supplier != "PA" for supplier, _, _ in transfers(record(text, language)))
