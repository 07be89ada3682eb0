"""Figures of materiel: a value given to the materiel ("worth", "d'une valeur de") is its amount when no
count is; a compound adjective before the materiel ("Russian-made") is not its unit. Every sentence here
was written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import only, record, transfers


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Bulgaria exported ammunition worth $300 million to Ukraine.", "en"),
        ("La Bulgarie a exporté des munitions d'une valeur de 300 millions de dollars vers l'Ukraine.", "fr"),
    ],
)
def test_a_value_given_to_the_materiel_is_its_amount(text: str, language: str) -> None:
    quantity = only(record(text, language)).quantity
    assert quantity is not None
    assert (quantity.min, quantity.max, quantity.unit) == (300_000_000, 300_000_000, "dollar")


def test_a_count_comes_before_a_value() -> None:
    claim = only(record("Bulgaria sent 40 howitzers worth $300 million to Ukraine."))
    assert claim.quantity is not None and (claim.quantity.min, claim.quantity.unit) == (40, "howitzer")


def test_a_compound_adjective_is_not_the_unit() -> None:
    claim = only(record("The Nigerien army received three Turkish-made Bayraktar drones in May."))
    assert claim.quantity is not None and (claim.quantity.min, claim.quantity.unit) == (3, "drone")


def test_the_subject_of_a_clause_on_the_unit_is_not_the_unit() -> None:
    text = "The contract covers twelve helicopters Russia will deliver to Algeria."
    claim = only(record(text))
    assert claim.quantity is not None and (claim.quantity.min, claim.quantity.unit) == (12, "helicopter")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Bulgaria exported $40 million worth of machine tools to Serbia.", "en"),
        ("Bulgaria exported $40 million of machine tools to Serbia.", "en"),
        ("Bulgaria exported $0.04bn of machine tools to Serbia.", "en"),
        ("La Bulgarie a exporté pour 40 millions de dollars de machines-outils vers la Serbie.", "fr"),
    ],
)
def test_a_sum_right_before_the_materiel_is_its_value(text: str, language: str) -> None:
    quantity = only(record(text, language)).quantity
    assert quantity is not None and (quantity.min, quantity.max, quantity.unit) == (40_000_000, 40_000_000, "dollar")


@pytest.mark.parametrize(
    ("text", "count", "unit"),
    [
        ("Since March, Iran has supplied more than 300 Mohajer drones to Sudan.", 300, "drone"),
        ("Washington has sent Manila at least 900 1,000-pound bombs.", 900, "bomb"),
    ],
)
def test_a_name_or_a_measure_between_the_count_and_the_unit(text: str, count: int, unit: str) -> None:
    quantity = only(record(text)).quantity
    assert quantity is not None and (quantity.min, quantity.max, quantity.unit) == (count, None, unit)


def test_a_model_of_two_words_between_the_count_and_the_unit() -> None:
    quantity = only(record("France will deliver 26 Rafale Marine jets to India.")).quantity
    assert quantity is not None and (quantity.min, quantity.unit) == (26, "aircraft")


def test_a_measure_joined_by_a_hyphen_counts_nothing() -> None:
    assert only(record("Washington resumed a shipment of 1,000-pound bombs to Manila.")).quantity is None


def test_the_particle_of_a_verb_is_no_comparison() -> None:
    quantity = only(record("Slovakia handed over 13 MiG-29 jets to Ukraine.")).quantity
    assert quantity is not None and (quantity.min, quantity.max) == (13, 13)


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("La Turquie a vendu 40 drones Bayraktar au Niger.", "drone"),
        ("La Biélorussie a remis 60 chars T-72 à la Russie.", "tank"),
        ("La France a livré 12 canons Caesar à l'Arménie.", "gun"),
    ],
)
def test_a_french_unit_is_the_noun_before_the_name_in_english(text: str, unit: str) -> None:
    quantity = only(record(text, "fr")).quantity
    assert quantity is not None and quantity.unit == unit


def test_as_many_as_is_a_most() -> None:
    quantity = only(record("Iran may have shipped as many as 400 drones to Sudan.")).quantity
    assert quantity is not None and (quantity.min, quantity.max) == (None, 400)


@pytest.mark.parametrize(
    ("text", "language", "figure"),
    [
        ("Egypt bought some two dozen Rafale jets from France in 2015.", "en", (24, 24)),
        ("L'Égypte a acheté deux douzaines de Rafale à la France en 2015.", "fr", (24, 24)),
        ("L'Iran a expédié au moins un millier de drones vers la Russie en 2023.", "fr", (1000, None)),
        ("La Pologne a livré une quinzaine de chars à l'Ukraine en mars.", "fr", (15, 15)),
    ],
)
def test_a_word_counting_by_dozens_or_thousands_multiplies_the_figure_before_it(
    text: str, language: str, figure: tuple
) -> None:
    quantity = only(record(text, language)).quantity
    assert quantity is not None and (quantity.min, quantity.max) == figure


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Belarus has sent 300 trucks and two Mi-8 helicopters to Laos.", "en"),
        ("Belarus has sent hundreds of trucks and two helicopters to Laos.", "en"),
        ("La Biélorussie a envoyé 300 camions et deux hélicoptères au Laos.", "fr"),
    ],
)
def test_a_figure_that_counts_one_kind_is_not_the_next_kinds(text: str, language: str) -> None:
    rec = record(text, language)
    counted = {c.item: c.quantity and (c.quantity.max, c.quantity.unit) for c in rec.claims}
    assert counted["aircraft"] is not None and counted["aircraft"][0] == 2
    assert not counted["aircraft"][1] or "hel" in counted["aircraft"][1]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Serbia sold artillery shells worth €800 million to Georgia.", "euro"),
        ("Britain will provide £800 million to Georgia.", "sterling"),
        ("Washington will provide $800 million to Georgia.", "dollar"),
    ],
)
def test_a_currency_sign_gives_the_figure_its_currency(text: str, unit: str) -> None:
    quantity = only(record(text)).quantity
    assert quantity is not None and (quantity.min, quantity.unit) == (800_000_000, unit)


def test_items_of_one_kind_each_counted_apart_are_claimed_apart() -> None:
    rec = record("Germany sent 30 Leopard 2 tanks and 20 Marder vehicles to Ukraine.")
    counted = sorted((c.quantity.max, c.quantity.shared) for c in rec.claims if c.quantity)
    assert counted == [(20, False), (30, False)]
    assert {c.item for c in rec.claims} == {"armoured_vehicles"}


def test_items_of_one_kind_with_one_count_are_one_claim() -> None:
    claim = only(record("Germany sent tanks and 20 Marder vehicles to Ukraine."))
    assert claim.quantity is None or claim.quantity.max == 20


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("La Biélorussie a envoyé 1,5 million de cartouches au Laos.", "fr"),
        ("Belarus sent 1.5 million cartridges to Laos.", "en"),
    ],
)
def test_cartridges_are_ammunition_counted_as_cartridges(text: str, language: str) -> None:
    claim = only(record(text, language))
    assert claim.item == "ammunition"
    assert claim.quantity is not None and (claim.quantity.min, claim.quantity.unit) == (1_500_000, "cartridge")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bulgaria exported ammunition worth $1.500 million to Ukraine.", 1_500_000_000),  # a grouping point
        ("Bulgaria exported ammunition worth $1.5 million to Ukraine.", 1_500_000),
        ("Bulgaria exported ammunition worth $0.250 million to Ukraine.", 250_000),  # a decimal after 0
    ],
)
def test_a_point_that_groups_thousands(text: str, expected: float) -> None:
    quantity = only(record(text)).quantity
    assert quantity is not None and quantity.min == expected


@pytest.mark.parametrize(
    ("text", "amount"), [("Japan granted $2.5bn to Laos.", 2.5e9), ("Japan granted $2tn to Laos.", 2e12)]
)
def test_a_scale_abbreviated_after_the_figure(text: str, amount: float) -> None:
    quantity = only(record(text)).quantity
    assert quantity is not None and (quantity.min, quantity.unit) == (amount, "dollar")


@pytest.mark.parametrize(
    ("text", "language", "count"),
    [
        ("South Korea sent 330,000 155-mm shells to Ukraine.", "en", 330_000),
        ("South Korea sent 330,000 155mm shells to Ukraine.", "en", 330_000),
        ("La Corée du Sud a envoyé 1 330 000 obus de 155 mm à l'Ukraine.", "fr", 1_330_000),
    ],
)
def test_a_calibre_after_the_count_is_no_group_of_its_digits(text: str, language: str, count: int) -> None:
    claims = [c for c in record(text, language).claims if c.kind == "transfer"]
    assert [(c.quantity and c.quantity.min, c.quantity and c.quantity.unit) for c in claims] == [(count, "shell")]


@pytest.mark.parametrize(
    "text",
    [
        "A Russian firm bought $3 million worth of American chips.",
        "Itelma topped the list of Russian recipients of American chips, acquiring $3 million worth.",
    ],
)
def test_a_sum_worth_of_the_materiel_is_its_value_whatever_its_adjectives(text: str) -> None:
    claims = [c for c in record(text, "en").claims if c.kind == "transfer"]
    assert [(c.role("supplier"), c.quantity and (c.quantity.min, c.quantity.unit)) for c in claims] == [
        ("US", (3_000_000, "dollar"))
    ]


@pytest.mark.parametrize(
    ("text", "language", "unit"),
    [
        ("L'Indonésie a commandé 42 Rafale à la France.", "fr", "aircraft"),
        ("Le Qatar a commandé 12 Eurofighter Typhoon au Royaume-Uni.", "fr", "aircraft"),
        ("L'Inde a commandé 26 Rafale Marine à la France.", "fr", "aircraft"),
        ("Poland ordered 96 AH-64 Apache helicopters from the United States.", "en", "helicopter"),
    ],
)
def test_a_count_of_named_systems_is_in_the_unit_of_their_kind(text: str, language: str, unit: str) -> None:
    """ "42 Rafale": the count's noun is the system's name, not a unit; a unit word the text gives stays."""
    [transfer] = [c for c in record(text, language).claims if c.kind == "transfer"]
    assert transfer.quantity is not None and transfer.quantity.unit == unit


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Des sociétés arméniennes ont vendu à la Russie des puces occidentales pour 40 millions de dollars.", "fr"),
        ("Armenian firms sold Western chips to Russia for $40 million.", "en"),
    ],
)
def test_a_sum_the_materiel_was_sold_for_is_its_amount(text: str, language: str) -> None:
    quantity = only(record(text, language)).quantity
    assert quantity is not None and (quantity.min, quantity.unit) == (40_000_000, "dollar")


@pytest.mark.parametrize(
    ("text", "language", "count"),
    [
        ("Spain delivered the last of the 16 patrol boats to Senegal in May.", "en", 1.0),
        ("L'Espagne a livré le dernier des 16 patrouilleurs au Sénégal en mai.", "fr", 1.0),
        ("Spain delivered half of the 16 patrol boats to Senegal in May.", "en", None),
        ("L'Espagne a livré la moitié des 16 patrouilleurs au Sénégal en mai.", "fr", None),
        ("Spain delivered most of the 16 patrol boats to Senegal in May.", "en", None),
        ("Spain delivered four of the 16 patrol boats to Senegal in May.", "en", 4.0),
        ("Spain delivered the first two of the 16 patrol boats to Senegal in May.", "en", 2.0),
        ("L'Espagne a livré les deux premiers des 16 patrouilleurs au Sénégal en mai.", "fr", 2.0),
        ("L'Espagne a livré les derniers des 16 patrouilleurs au Sénégal en mai.", "fr", None),
    ],
)
def test_a_share_of_a_figure_is_not_the_figure(text: str, language: str, count: float | None) -> None:
    claim = only(record(text, language))
    assert (claim.quantity.max if claim.quantity else None) == count


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The Netherlands will donate 18 F-16s to Ukraine and 6 to Romania.", "en"),
        ("Les Pays-Bas donneront 18 F-16 à l'Ukraine et 6 à la Roumanie.", "fr"),
    ],
)
def test_a_bare_number_for_another_recipient_is_its_share(text: str, language: str) -> None:
    rec = record(text, language)
    shares = {(c.role("recipient"), c.quantity.min if c.quantity else None) for c in rec.claims}
    assert shares == {("UA", 18.0), ("RO", 6.0)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "La junte birmane a réceptionné en décembre six chasseurs Su-30SME livrés par la Russie.",
            {("RU", "MM", "aircraft")},
        ),
        ("La France a livré des chasseurs Rafale à l'Inde.", {("FR", "IN", "aircraft")}),
        ("Des chasseurs ont livré des fusils au Mali.", set()),  # hunters: no model after the word
    ],
)
def test_french_fighters_are_jets_when_a_model_follows(text: str, expected: set) -> None:
    assert transfers(record(text, "fr")) == expected


@pytest.mark.parametrize(
    "text",
    [
        "L'Iran livre chaque mois des dizaines de drones à la Biélorussie.",
        "La Biélorussie envoie chaque mois 400 obus au Venezuela.",
    ],
)
def test_a_rate_right_before_the_figure(text: str) -> None:
    [claim] = [c for c in record(text, "fr").claims if c.kind == "transfer"]
    assert claim.quantity.per == "month"
