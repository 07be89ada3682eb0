"""Trade in goods as sanctions reporting tells it: "those goods" stand for the goods named before, goods of
every kind carry nothing on, a sum after a word of trade is its value, and one figure for several pairs
is shared. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import only, record, transfers


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("China sells battlefield goods to Russia. Turkish exports of those goods to Russia fell in August.", "en"),
        (
            "La Chine vend des puces à la Russie. "
            "Les exportations turques de ces marchandises vers la Russie ont chuté.",
            "fr",
        ),
    ],
)
def test_goods_with_a_demonstrative_stand_for_the_goods_named_before(text: str, language: str) -> None:
    assert ("TR", "RU", "technology") in transfers(record(text, language))


def test_goods_of_every_kind_do_not_carry_on_the_materiel_named_before() -> None:
    text = "China sent drones to Russia. Overall, Chinese exports of goods to Russia rose by 20%."
    assert len([c for c in record(text).claims if c.kind == "transfer"]) == 1


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("Turkish exports of battlefield goods to Russia fell to $4.1 million in August.", "en", 4_100_000),
        ("China is the top exporter of high-priority goods to Russia at $377 million in July.", "en", 377_000_000),
        (
            "Les exportations turques de biens à double usage vers la Russie ont chuté à 4,1 millions de dollars.",
            "fr",
            4_100_000,
        ),
    ],
)
def test_a_sum_after_a_word_of_trade_is_its_value(text: str, language: str, value: int) -> None:
    quantity = only(record(text, language)).quantity
    assert quantity is not None and (quantity.min, quantity.unit) == (value, "dollar")


def test_one_figure_for_several_recipients_is_shared() -> None:
    rec = record("Chinese exports of sanctioned goods to Kazakhstan and Kyrgyzstan rose to $1.3 billion in 2023.")
    claims = [c for c in rec.claims if c.kind == "transfer"]
    assert {c.role("recipient") for c in claims} == {"KZ", "KG"}
    assert all(c.quantity is not None and c.quantity.shared and c.quantity.min == 1_300_000_000 for c in claims)


@pytest.mark.parametrize(
    "text",
    [
        "Les importations d'armes russes du Laos ont chuté de moitié en 2023.",
        "Les importations d'armes russes de l'Ouganda ont chuté de moitié en 2023.",
    ],
)
def test_the_importer_of_materiel_whose_maker_its_adjective_names(text: str) -> None:
    [(supplier, recipient, _)] = transfers(record(text, "fr"))
    assert supplier == "RU" and recipient in {"LA", "UG"}


def test_a_maker_named_by_its_short_name_speaks_after_a_french_verb_of_saying() -> None:
    text = "Le Qatar a commandé 12 Rafale supplémentaires, a annoncé Dassault mardi."
    rec = record(text, "fr")
    assert {a.name for e in rec.evidence for a in e.attributed_to} == {"Dassault"}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Dual-use goods are now exported from Georgia to intermediaries like Armenia and Kazakhstan.", "en"),
        (
            "Des biens à double usage sont exportés de Géorgie vers des intermédiaires comme l'Arménie et le "
            "Kazakhstan.",
            "fr",
        ),
    ],
)
def test_states_listed_after_a_general_noun_of_go_betweens_are_recipients(text: str, language: str) -> None:
    assert transfers(record(text, language)) == {("GE", "AM", "technology"), ("GE", "KZ", "technology")}
