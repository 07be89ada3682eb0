"""Whose materiel it is: a state's short name before the materiel ("US helicopters") reads as its adjective,
and a supplier named after "from" outranks where the materiel was made. Every sentence here was written
for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import only, record, transfers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Morocco received six US helicopters in March.", {("US", "MA", "aircraft")}),
        ("Kyiv received new UK missiles, the ministry said.", {("GB", "UA", "missiles")}),
        ("Ukraine has received U.S. weapons worth $2 billion this year.", {("US", "UA", "military_equipment")}),
    ],
)
def test_a_states_short_name_on_the_materiel_is_its_supplier(text: str, expected: set) -> None:
    assert transfers(record(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine received American tanks from Poland.",
        "Ukraine received US tanks from Poland.",
        "Poland sent US tanks to Ukraine.",
        "Poland sent American tanks to Ukraine.",
    ],
)
def test_who_passed_it_on_outranks_where_it_was_made(text: str) -> None:
    assert transfers(record(text)) == {("PL", "UA", "armoured_vehicles")}


def test_a_state_right_after_the_verb_with_no_other_recipient_still_takes() -> None:
    assert transfers(record("Russia sent Belarus missiles last year.")) == {("RU", "BY", "missiles")}


@pytest.mark.parametrize(
    "text",
    [
        "La France livrera douze canons à l'Ukraine d'ici la fin de l'année.",
        "La France livrera douze canons Caesar à l'Ukraine en 2026.",
    ],
)
def test_a_number_word_the_tagger_took_for_a_verb_keeps_its_materiel(text: str) -> None:
    assert transfers(record(text, "fr")) == {("FR", "UA", "artillery_systems")}


def test_a_spelled_number_after_a_month_counts_the_materiel() -> None:
    claim = only(record("Le Maroc a reçu en mars six hélicoptères américains.", "fr"))
    assert claim.quantity is not None and claim.quantity.min == 6.0


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Citant des sources sécuritaires, le quotidien affirme que l'Iran a livré des missiles au Soudan.", "fr"),
        ("The newspaper said Iran delivered missiles to Sudan, citing security sources.", "en"),
    ],
)
def test_whom_a_source_cites_is_a_source_too(text: str, language: str) -> None:
    rec = record(text, language)
    names = {a.name for e in rec.evidence for a in e.attributed_to}
    assert any("sources" in n for n in names) and any(n.endswith(("quotidien", "newspaper")) for n in names)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("L'Algérie achète des avions de chasse russes.", {("RU", "DZ", "aircraft")}),
        ("Le Maroc achètera des drones turcs.", {("TR", "MA", "drones")}),
    ],
)
def test_french_verbs_whose_stem_takes_an_accent(text: str, expected: set) -> None:
    assert transfers(record(text, "fr")) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Ukraine received F-16 jets from Denmark and Mirage jets from France.",
            "en",
            {("DK", "UA", "aircraft"), ("FR", "UA", "aircraft")},
        ),
        (
            "L'Ukraine a reçu des F-16 du Danemark et des Mirage de la France.",
            "fr",
            {("DK", "UA", "aircraft"), ("FR", "UA", "aircraft")},
        ),
        (
            "Ukraine received F-16 jets from Denmark and Leopard tanks from Germany.",
            "en",
            {("DK", "UA", "aircraft"), ("DE", "UA", "armoured_vehicles")},
        ),
    ],
)
def test_each_item_from_the_state_named_after_it(text: str, language: str, expected: set) -> None:
    assert transfers(record(text, language)) == expected


def test_a_figure_stays_on_the_item_it_counts() -> None:
    rec = record("Ukraine received 12 F-16 jets from Denmark and six Mirage jets from France.")
    counted = {c.role("supplier"): c.quantity and c.quantity.min for c in rec.claims if c.kind == "transfer"}
    assert counted == {"DK": 12.0, "FR": 6.0}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Iran sent drones to Russia, which in turn supplied Iran with Su-35 jets.",
            {("IR", "RU", "drones"), ("RU", "IR", "aircraft")},
        ),
        (
            "The drones were bought by Ethiopia, which also received Chinese Wing Loong drones.",
            {("CN", "ET", "drones")},
        ),
    ],
)
def test_a_relative_pronoun_subject_is_the_actor_it_follows(text: str, expected: set) -> None:
    assert transfers(record(text)) == expected


def test_the_materiel_a_relative_clause_is_on_is_its_item() -> None:
    text = "Les missiles que la Corée du Nord a envoyés à la Russie ont été utilisés contre Kharkiv."
    assert transfers(record(text, "fr")) == {("KP", "RU", "missiles")}


@pytest.mark.parametrize(
    "text", ["Des drones turcs livrés au Niger", "Les drones turcs livrés au Niger ont été déployés."]
)
def test_a_participle_on_materiel_whose_adjective_the_parser_took_for_the_noun(text: str) -> None:
    assert transfers(record(text, "fr")) == {("TR", "NE", "drones")}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Contrairement à la Norvège, qui a envoyé des chars Leopard à l'Ukraine, la Hongrie refuse d'envoyer "
            "des armes.",
            "fr",
        ),
        ("Unlike Norway, which sent Leopard tanks to Ukraine, Hungary refuses to send weapons.", "en"),
    ],
)
def test_a_relative_pronoun_after_a_comma_is_the_actor_before_it(text: str, language: str) -> None:
    assert transfers(record(text, language)) == {("NO", "UA", "armoured_vehicles")}


def test_getting_materiel_from_a_state_is_receiving_it() -> None:
    text = "Ukraine received tanks from Poland, which in turn got new K2 tanks from South Korea."
    assert transfers(record(text)) == {("PL", "UA", "armoured_vehicles"), ("KR", "PL", "armoured_vehicles")}
