"""Actors of another clause, figures that count no materiel, advice and search, a seller named beside a flow
carried on, and the state a pronoun's own sentence names. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import record, transfers


def _flows(text: str, language: str = "en") -> set[tuple[str | None, str | None]]:
    return {(supplier, recipient) for supplier, recipient, _ in transfers(record(text, language))}


def test_a_clause_a_colon_closes_gives_no_party() -> None:
    text = (
        "Les Polonais achètent. L'arsenal polonais reste d'origine russe : la Garde nationale a acquis auprès de "
        "la Corée du Sud des obusiers K9."
    )
    assert all(recipient != "RU" and supplier != "PL" for supplier, recipient in _flows(text, "fr"))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Chypre a acquis auprès de la Russie il y a plus de vingt ans des systèmes antiaériens Tor-M1.", "fr"),
        ("Cyprus bought Tor-M1 air defence systems from Russia for twenty years.", "en"),
    ],
)
def test_a_length_of_time_is_no_count_of_materiel(text: str, language: str) -> None:
    claims = [c for c in record(text, language).claims if c.kind == "transfer"]
    assert [(c.role("supplier"), c.role("recipient"), c.quantity) for c in claims] == [("RU", "CY", None)]


def test_a_count_of_countries_counts_no_materiel() -> None:
    rec = record("Poland sent 200 tanks to Ukraine, becoming one of the first countries to supply heavy arms to Kyiv.")
    units = {c.quantity.unit for c in rec.claims if c.kind == "transfer" and c.quantity}
    assert units == {"tank"}


def test_what_a_state_should_not_buy_is_no_delivery() -> None:
    rec = record("Two parties said Denmark should not buy weapons from Israel.")
    assert {c.status.value for c in rec.claims if c.kind == "transfer"} <= {"pledged"}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Greece signed a deal to buy jets from France. Greek officials said they are looking for buyers for the "
            "air force's older Mirage jets.",
            "en",
        ),
        ("Washington encourages Cairo to avoid purchases of Russian jets.", "en"),
        ("Washington encourage Le Caire à éviter les achats d'avions russes.", "fr"),
    ],
)
def test_buyers_sought_and_purchases_avoided_are_no_transfers(text: str, language: str) -> None:
    assert transfers(record(text, language)) == set()  # guards: each passed before too


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Ireland ordered two C-390 aircraft from Brazil. Two patrol vessels bought second-hand from New Zealand "
            "were handed over in 2023.",
            "en",
        ),
        (
            "L'Irlande a commandé deux avions au Brésil. Deux patrouilleurs achetés d'occasion à la Nouvelle-Zélande "
            "ont été remis en 2023.",
            "fr",
        ),
    ],
)
def test_a_seller_named_in_the_sentence_stops_the_flow_before(text: str, language: str) -> None:
    rec = record(text, language)
    assert not [c for c in rec.claims if c.kind == "transfer" and c.role("supplier") == "BR" and c.item == "other"]


def test_a_pronoun_names_the_state_of_the_subject_above_it() -> None:
    text = "Australia praised the deal. A change in Seoul's export rules allowed it to ship howitzers to Poland."
    assert _flows(text) == {("KR", "PL")}


def test_a_destination_of_a_later_clause_is_not_the_first_verbs() -> None:
    text = (
        "Australia praised the deal. A change of Tokyo's rules in 2023 allowed it to ship weapons made under "
        "licence back to the licensing country, and Japan sent interceptors to the United States in 2024."
    )
    assert _flows(text) == {("JP", "US")}
    assert {c.item for c in record(text).claims if c.kind == "transfer"} == {"air_defence"}


def test_the_clause_a_colon_explains_names_the_other_party() -> None:
    text = (
        "Les Émirats auraient livré des avions à l'Égypte. Depuis 2015, Le Caire s'est tourné vers la France : "
        "l'Égypte a reçu 24 avions de combat."
    )
    assert ("AE", "EG") not in _flows(text, "fr")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Germany delivered six boats to Norway in 2021. Canada has been spending more on surveillance. In 2023 it "
            "signed a deal to buy 14 aircraft from the United States. A month later it ordered 11 drones from General "
            "Atomics.",
            "en",
        ),
        (
            "L'Allemagne a livré six navires à la Norvège en 2021. Le Canada dépense davantage pour la surveillance. "
            "En 2023, il a signé un contrat pour acheter 14 avions aux États-Unis. Un mois plus tard, il a commandé "
            "11 drones à General Atomics.",
            "fr",
        ),
    ],
)
def test_a_pronoun_names_the_subject_told_after_the_last_flow(text: str, language: str) -> None:
    rec = record(text, language)
    assert {c.role("recipient") for c in rec.claims if c.kind == "transfer" and c.item == "drones"} == {"CA"}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Canada has been spending more on surveillance. In 2023 it signed a deal to buy 14 aircraft from the "
            "United States.",
            "en",
        ),
        (
            "Le Canada dépense davantage pour la surveillance. En 2023, il a signé un contrat pour acheter 14 avions "
            "aux États-Unis.",
            "fr",
        ),
    ],
)
def test_a_deal_signed_by_it_is_the_state_named_before(text: str, language: str) -> None:
    rec = record(text, language)
    assert [sorted(c.roles["parties"]) for c in rec.claims if c.kind == "agreement"] == [["CA", "US"]]
