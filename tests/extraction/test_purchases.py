"""Purchases, orders and receptions: the buyer receives, the seller (or a named system's maker) supplies.
Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import only, record, transfers


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("La marine indonésienne a commandé deux corvettes à la France.", "fr", ("FR", "ID", "other")),
        ("Le Chili avait acheté quatre frégates aux Britanniques en 2003.", "fr", ("GB", "CL", "other")),
        ("Norway ordered 54 K9 howitzers from South Korea in March.", "en", ("KR", "NO", "artillery_systems")),
        ("Egypt bought 24 Rafale jets from France in 2015.", "en", ("FR", "EG", "aircraft")),
    ],
)
def test_the_buyer_receives_from_the_seller(text: str, language: str, expected: tuple) -> None:
    assert transfers(record(text, language)) == {expected}


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Le Mali a reçu ses premiers drones Bayraktar TB2 la semaine dernière.", "fr", ("TR", "ML", "drones")),
        ("Poland took delivery of its first K2 tanks on Tuesday.", "en", ("KR", "PL", "armoured_vehicles")),
        ("Estonia has ordered six Caesar howitzers.", "en", ("FR", "EE", "artillery_systems")),
    ],
)
def test_a_named_system_without_a_named_supplier_comes_from_its_maker(
    text: str, language: str, expected: tuple
) -> None:
    rec = record(text, language)
    assert transfers(rec) == {expected}
    maker = expected[0]
    assert not any(m.entity_id == maker for m in rec.mentions), "an implied maker is not a name the article used"


def test_a_supplier_the_text_names_wins_over_the_maker() -> None:
    rec = record("Slovakia delivered four MiG-29 jets and Bayraktar TB2 drones to Ukraine.")
    assert {(s, r) for s, r, _ in transfers(rec)} == {("SK", "UA")}


def test_soviet_era_kit_says_nothing_of_its_supplier() -> None:
    assert transfers(record("Sudan received several MiG-29 jets last year.")) == set()


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Norway ordered 54 K9 howitzers from South Korea in March.", "en"),
        ("The United States pledged 50 Abrams tanks to Ukraine.", "en"),
        ("La marine indonésienne a commandé deux corvettes à la France.", "fr"),
    ],
)
def test_orders_and_pledges_are_pledged(text: str, language: str) -> None:
    assert only(record(text, language)).status == "pledged"


def test_words_standing_for_the_materiel_named_before() -> None:
    text = (
        "Le Chili a commandé 12 Gripen en 2019. "
        "En 2021, le Pérou en a acheté 8 exemplaires, qui ont commencé à être livrés en 2023."
    )
    rec = record(text, "fr", published="2024-05")
    peru = [c for c in rec.claims if c.kind == "transfer" and c.role("recipient") == "PE"]
    assert {(c.role("supplier"), c.item) for c in peru} == {("SE", "aircraft")}
    assert any(c.quantity and c.quantity.min == 8 for c in peru)


def test_announced_as_done_is_delivered() -> None:
    text = "La Roumanie a annoncé avoir remis six obusiers à l'Ukraine le 3 mai."
    assert only(record(text, "fr", published="2024-05-20")).status == "delivered"


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Greece signed a contract for 18 Rafale jets in 2021. The fighter jet has since been sold widely. "
            "In 2023, Serbia bought 12 units.",
            "en",
            ("FR", "RS", "aircraft"),
        ),
        (
            "La Grèce a signé un contrat pour 18 Rafale en 2021. Depuis, l'avion de chasse s'est bien vendu. "
            "En 2023, la Serbie en a acheté 12 exemplaires.",
            "fr",
            ("FR", "RS", "aircraft"),
        ),
    ],
)
def test_units_of_a_kind_named_before_are_the_system_of_that_kind(text: str, language: str, expected: tuple) -> None:
    assert expected in transfers(record(text, language))


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Imports of Chinese machine tools by Russia doubled in 2023.", "en", ("CN", "RU", "technology")),
        ("Purchases of Iranian drones by Russia rose sharply.", "en", ("IR", "RU", "drones")),
    ],
)
def test_who_imports_by_a_noun_of_receiving_receives(text: str, language: str, expected: tuple) -> None:
    assert transfers(record(text, language)) == {expected}


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Ukraine received artillery shells produced by firms in South Korea.",
            "en",
            ("KR", "UA", "artillery_ammunition"),
        ),
        ("Le Niger a reçu des hélicoptères fabriqués en Russie l'an dernier.", "fr", ("RU", "NE", "aircraft")),
        ("Le Pakistan a reçu des frégates construites en Chine.", "fr", ("CN", "PK", "other")),
        ("La marine pakistanaise a réceptionné une frégate de construction chinoise.", "fr", ("CN", "PK", "other")),
    ],
)
def test_where_received_materiel_was_made_supplied_it(text: str, language: str, expected: tuple) -> None:
    assert transfers(record(text, language)) == {expected}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("En 2016, le Qatar a acheté 24 Rafale, qui ont commencé à être livrés en 2019.", "fr"),
        ("In 2016, Qatar bought 24 Rafale jets, which began to be delivered in 2019.", "en"),
    ],
)
def test_purchased_materiel_is_delivered_when_its_clause_says(text: str, language: str) -> None:
    rec = record(text, language, published="2021-05-04")
    [transfer] = [c for c in rec.claims if c.kind == "transfer"]
    [deal] = [c for c in rec.claims if c.kind == "agreement"]
    assert transfer.time is not None and (transfer.time.start, transfer.status) == ("2019", "delivered")
    assert deal.time is not None and deal.time.start == "2016"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Le gouvernement nigérien a réceptionné mardi deux hélicoptères d'attaque offerts par la Russie.", "fr"),
        ("Niger received two attack helicopters donated by Russia on Tuesday.", "en"),
    ],
)
def test_the_giver_a_participle_names_supplied_the_receiver(text: str, language: str) -> None:
    assert transfers(record(text, language)) == {("RU", "NE", "aircraft")}


def test_a_company_supplies_for_its_home_state() -> None:
    text = "Rheinmetall livrera 25 chars Leopard 1 à l'Ukraine d'ici la fin de l'année."
    assert transfers(record(text, "fr")) == {("DE", "UA", "armoured_vehicles")}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Chile signed a contract to buy eight Caesar howitzers from France.", "en"),
        ("Le Chili a signé un contrat pour acheter huit canons Caesar à la France.", "fr"),
    ],
)
def test_a_purchase_a_deal_provides_for_is_the_deal_alone(text: str, language: str) -> None:
    rec = record(text, language)
    assert not transfers(rec)
    assert set(only(rec, "agreement").roles["parties"]) == {"CL", "FR"}


def test_a_purchase_only_planned_makes_no_deal() -> None:
    rec = record("Chile plans to buy eight Caesar howitzers from France.")
    assert not [c for c in rec.claims if c.kind == "agreement"]
    claim = only(rec)
    assert (claim.role("supplier"), claim.role("recipient"), claim.status) == ("FR", "CL", "pledged")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Israël a fourni 69 % des importations d'armes de l'Azerbaïdjan entre 2016 et 2020.",
            {("IL", "AZ", "military_equipment")},
        ),
        ("Les importations de drones de la Chine en provenance d'Iran ont doublé.", {("IR", "CN", "drones")}),
        (  # "de l'" after "en provenance": where from, though an article stands there
            "Les importations d'armes de l'Arménie en provenance de l'Inde ont augmenté.",
            {("IN", "AM", "military_equipment")},
        ),
        ("L'Inde a réduit ses importations d'armes de la Russie.", {("RU", "IN", "military_equipment")}),
    ],
)
def test_whose_imports_and_where_from(text: str, expected: set) -> None:
    """ "de" and an article after a noun of importing names the importer, unless a possessive already does."""
    assert transfers(record(text, "fr")) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Le Pakistan aligne aussi six frégates de classe Tariq. Ces dernières avaient été achetées par Islamabad"
            " aux Britanniques en 1994.",
            "fr",
        ),
        (
            "Pakistan also fields six Tariq-class frigates. The latter were bought by Islamabad from the British in"
            " 1994.",
            "en",
        ),
    ],
)
def test_the_latter_stands_for_the_materiel_named_before(text: str, language: str) -> None:
    claims = [c for c in record(text, language).claims if c.kind == "transfer"]
    assert [(c.role("supplier"), c.role("recipient"), c.item, c.time and c.time.start) for c in claims] == [
        ("GB", "PK", "other", "1994")
    ]


def test_the_latter_who_sent_is_no_materiel() -> None:
    text = "Les Pays-Bas ont promis des F-16 à l'Ukraine. Ces derniers ont aussi envoyé des obus à Kiev."
    found = {(c.role("supplier"), c.item) for c in record(text, "fr").claims if c.kind == "transfer"}
    assert found == {("NL", "aircraft"), ("NL", "artillery_ammunition")}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("La Pologne a passé une commande de 180 chars K-2 à la Corée du Sud.", "fr"),
        ("Poland placed an order with South Korea for 180 K2 tanks.", "en"),
    ],
)
def test_who_places_an_order_receives_from_whom_it_is_placed_with(text: str, language: str) -> None:
    claims = [c for c in record(text, language).claims if c.kind == "transfer"]
    assert [(c.role("supplier"), c.role("recipient"), c.quantity and c.quantity.min) for c in claims] == [
        ("KR", "PL", 180)
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("La Pologne a passé la commande de 180 chars K-2 et celle de 212 obusiers K-9 à la Corée du Sud.", "fr"),
        (
            "La Pologne a passé à la Corée du Sud la commande de 180 chars K-2 [livrables en 2025] et celle d'un lot"
            " de 212 obusiers K-9.",
            "fr",
        ),
    ],
)
def test_that_of_a_second_kind_is_a_second_order(text: str, language: str) -> None:
    """ "celle de", the order again: a second kind ordered; a bracketed aside does not end the list."""
    claims = [c for c in record(text, language).claims if c.kind == "transfer"]
    assert {(c.item, c.quantity and c.quantity.min, c.status.value) for c in claims} == {
        ("armoured_vehicles", 180, "pledged"),
        ("artillery_systems", 212, "pledged"),
    }


@pytest.mark.parametrize(
    ("text", "language", "unit"),
    [
        ("Le Gabon a commandé trois patrouilleurs au chantier naval français Piriou.", "fr", "vessel"),
        ("Gabon ordered three patrol vessels from France.", "en", "vessel"),
    ],
)
def test_an_order_placed_with_a_body_of_a_state_is_from_that_state(text: str, language: str, unit: str) -> None:
    """ "au chantier naval français": the yard's state sold them, whatever adjectives stand between."""
    [claim] = [c for c in record(text, language).claims if c.kind == "transfer"]
    assert (claim.role("supplier"), claim.role("recipient"), claim.status) == ("FR", "GA", "pledged")
    assert claim.quantity is not None and (claim.quantity.min, claim.quantity.unit) == (3, unit)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Argentina agreed with Denmark to buy 24 F-16 jets.", "en"),
        ("L'Argentine s'est entendue avec le Danemark pour acheter 24 F-16.", "fr"),
        ("L'Argentine a convenu avec le Danemark d'acheter 24 F-16.", "fr"),
    ],
)
def test_who_the_buyer_agreed_with_sells(text: str, language: str) -> None:
    [claim] = [c for c in record(text, language).claims if c.kind == "transfer"]
    assert (claim.role("supplier"), claim.role("recipient"), claim.status) == ("DK", "AR", "pledged")
