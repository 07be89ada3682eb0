"""Who acts, read from the sentence's own words before the flow told before: no one in particular ("each",
"chacun"), where an arrival is placed, whose "its" army, a relative pronoun's antecedent, whom troops fight for,
a news outlet's state, and a report the accused deny. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import record, transfers


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Russia delivered tanks to Belarus in May. The two states signed a pact in 2024 that commits each to "
            "provide military aid if the other is attacked.",
            "en",
        ),
        (
            "La Turquie a livré des drones à la Libye en mai. « Ici, chacun arme ses alliés sans se cacher », "
            "résume un analyste.",
            "fr",
        ),
    ],
)
def test_no_one_in_particular_gives(text: str, language: str) -> None:
    assert len(transfers(record(text, language, published="2025-06-01"))) == 1


def test_an_arrival_opened_on_a_place_is_to_that_state() -> None:
    text = (
        "Le Burkina Faso a signé avec Moscou un accord prévoyant la livraison d'hélicoptères Mi-17. "
        "Au Tchad, des instructeurs russes et un système de défense antiaérienne étaient arrivés dès avril 2024."
    )
    found = transfers(record(text, "fr", published="2025-01-01"))
    assert ("RU", "TD", "troops") in found
    assert all(r != "BF" for _, r, c in found if c == "troops")


def test_its_army_opening_the_sentence_is_the_state_named_before() -> None:
    text = (
        "Le Pakistan a reçu des chasseurs chinois en mars. Le Népal diversifie lui aussi ses fournisseurs. "
        "Son armée a réceptionné en janvier des drones Bayraktar TB2 livrés par la Turquie, et Katmandou a signé "
        "un accord avec Ankara."
    )
    found = transfers(record(text, "fr", published="2025-06-01"))
    assert ("TR", "NP", "drones") in found
    assert ("TR", "PK", "drones") not in found


def test_the_antecedent_of_which_sends_and_the_troops_fight_for_whom() -> None:
    text = (
        "Japanese officials have warned that their policy could change because of Iran, which has sent hundreds "
        "of military advisers to fight for Syria."
    )
    assert transfers(record(text, "en")) == {("IR", "SY", "troops")}


def test_a_news_outlets_state_is_no_party_and_a_denied_report_is_reported() -> None:
    text = (
        "Brazil, too, has kept its distance. Its defence ministry on Monday denied a report in the French daily "
        "Le Matin that Brazilian rifles had been shipped to Ukraine through Poland."
    )
    rec = record(text, "en", published="2026-03-05")
    assert {(s, r) for s, r, _ in transfers(rec)} == {("BR", "UA")}
    assert [c.role("actor") for c in rec.claims if c.kind == "denial"] == ["BR"]
    assert {e.modality for e in rec.evidence if e.claim_id in {c.id for c in rec.claims if c.kind == "transfer"}} == {
        "reported"
    }


def test_money_each_gave_to_buy_listed_arms_is_funds_of_its_own() -> None:
    text = (
        "Denmark and Norway each gave Ukraine about $300 million last month to buy U.S.-made weapons, including "
        "HIMARS launchers, under a joint scheme."
    )
    rec = record(text, "en", published="2025-09-10")
    assert transfers(rec) == {("DK", "UA", "funds"), ("NO", "UA", "funds")}
    claims = [c for c in rec.claims if c.kind == "transfer"]
    assert all(c.quantity is not None and not c.quantity.shared for c in claims)


def test_a_blocs_deliveries_take_up_no_flow_told_before() -> None:
    text = (
        "Finland sent Ukraine 20 howitzers in May. Moscow said Western weapons deliveries would not change the "
        "situation on the battlefield."
    )
    assert len([c for c in record(text, "en", published="2025-06-01").claims if c.kind == "transfer"]) == 1


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ('"Our principle of not providing lethal weapons to Georgia has not changed," a Turkish spokesman said.', "en"),
        ("« Notre principe de ne pas fournir d'armes létales à la Géorgie n'a pas changé », a dit un ministre.", "fr"),
    ],
)
def test_a_rule_of_not_supplying_is_no_flow_nor_denial(text: str, language: str) -> None:
    assert not [c for c in record(text, language).claims if c.kind in {"transfer", "denial"}]


def test_the_firm_a_body_said_shipped_is_the_supplier() -> None:
    text = (
        "Among them is Kavkaz Trading, a Yerevan-based firm that OFAC said shipped $12 million worth of Western-made "
        "microchips to Russia's military industry in 2025."
    )
    assert {s for s, _, _ in transfers(record(text, "en", published="2026-01-01"))} == {"AM"}


def test_who_made_an_infinitives_flow_possible_is_named_there() -> None:
    text = (
        "La France a livré des canons Caesar à l'Ukraine en mai, selon le ministère des Armées. L'initiative "
        "tchèque, par laquelle Prague achète des obus auprès de pays tiers, a permis de livrer 1,5 million d'obus."
    )
    found = transfers(record(text, "fr", published="2025-12-01"))
    assert ("FR", "UA", "artillery_ammunition") not in found
