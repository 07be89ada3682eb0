"""Guards from a review of the rules on sides and doers: sentences where a broader rule would misfire. Every
sentence here was written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import record, transfers


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Russia has received weekly Iranian shipments of drones.", "en", {("IR", "RU", "drones")}),
        ("A consortium led by Rheinmetall will deliver 100 tanks to Italy.", "en", {("DE", "IT", "armoured_vehicles")}),
        ("Les rebelles, que Kigali dit armer, ont pris Goma.", "fr", set()),
        ("In Kyiv, officials said North Korean troops had arrived in Kursk.", "en", set()),
        ("Seoul dismissed speculation that it would ship shells to Ukraine.", "en", set()),
        ("US officials said Russia still accounts for 60% of its arms imports.", "en", set()),
        (
            "Poland is buying Abrams tanks. The US government approved the sale. The army will receive the first "
            "tanks in 2025.",
            "en",
            set(),
        ),
    ],
)
def test_no_side_from_a_neighbouring_word(text: str, language: str, expected: set[tuple[str, str, str]]) -> None:
    assert transfers(record(text, language, published="2025-06-01")) == expected


def test_a_hope_about_a_signed_deal_leaves_it_signed() -> None:
    text = "India signed a deal with France in 2023, which Paris hopes will lead to more sales, for 26 Rafale jets."
    deals = [c for c in record(text, "en").claims if c.kind == "agreement"]
    assert [sorted(c.roles["parties"]) for c in deals] == [["FR", "IN"]]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Hanoi's defence ministry said it expects to sign a deal for 10 more K9 howitzers with South Korea.", "en"),
        ("« Chaque contrat est pensé pour ne pas inquiéter Moscou tout en rassurant Paris », dit un diplomate.", "fr"),
        ("The navy's planned purchase of four frigates from Italy has been frozen since March.", "en"),
    ],
)
def test_a_deal_expected_planned_or_any_is_no_agreement(text: str, language: str) -> None:
    assert not [c for c in record(text, language, published="2025-06-01").claims if c.kind == "agreement"]


def test_who_finances_the_purchase_is_no_party_to_the_deal() -> None:
    text = (
        "Moldova also signed a contract in May with the Czech manufacturer Excalibur Army for 12 howitzers, with "
        "the purchase financed by Sweden and Finland."
    )
    deals = [c for c in record(text, "en", published="2025-06-01").claims if c.kind == "agreement"]
    assert [sorted(c.roles["parties"]) for c in deals] == [["CZ", "MD"]]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Chile took delivery of six F-16 jets in May, out of 24 ordered from Norway in 2023.", "en", ("NO", "CL")),
        ("L'Arménie a reçu en décembre six canons Caesar, sur les 36 commandés à la France.", "fr", ("FR", "AM")),
        ("Peru took delivery of two FA-50 Block 20 fighters, out of 12 ordered from South Korea.", "en", ("KR", "PE")),
    ],
)
def test_a_delivery_out_of_a_count_ordered_from_a_seller(text: str, language: str, expected: tuple[str, str]) -> None:
    assert {(s, r) for s, r, _ in transfers(record(text, language, published="2026-03-05"))} == {expected}


def test_a_models_variant_keeps_its_fighters_jets() -> None:
    text = "Chile took delivery of six F-16 Block 50 fighters from Norway in May."
    assert transfers(record(text, "en", published="2025-06-01")) == {("NO", "CL", "aircraft")}
