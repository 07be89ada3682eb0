"""A model's number is never a date ("Panzerhaubitze 2000", "Mirage 2000-5"), nor is a number that
counts materiel ("2000 shells"); years in a temporal context still are. Every sentence here was
written for these tests."""

from __future__ import annotations

import pytest

from extractors.analysis import analyse
from extractors.documents import Document
from tests.extraction.helpers import only, record, transfers

PUBLISHED = "2025-06-15"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Germany delivered Panzerhaubitze 2000 howitzers to Ukraine.", "en"),
        ("France sold the Mirage 2000-5 to Taiwan.", "en"),
        ("Germany sent Patriot PAC-3 interceptors to Ukraine.", "en"),
        ("Russia sent T-90 tanks to Belarus.", "en"),
        ("Saudi Arabia bought drones from China for its Vision 2030 plan.", "en"),
        ("L'Allemagne a livré des Panzerhaubitze 2000 à l'Ukraine.", "fr"),
        ("La Russie a livré des chars T-90 à la Biélorussie.", "fr"),
    ],
)
def test_a_model_number_is_no_date(text: str, language: str) -> None:
    claim = only(record(text, language, published=PUBLISHED))
    assert claim.time is None
    assert claim.quantity is None  # nor a count: "Panzerhaubitze 2000 howitzers" are not 2000 howitzers


@pytest.mark.parametrize(
    ("text", "language", "time"),
    [
        ("The Netherlands delivered PzH 2000 howitzers to Ukraine in 2022.", "en", ("2022", "2022")),
        ("France delivered Mirage 2000-5 fighters to Ukraine in February.", "en", ("2025-02", "2025-02")),
        ("France supplied Mirage 2000 fighters to India in 2000.", "en", ("2000", "2000")),
        ("L'Allemagne a livré des obusiers PzH 2000 à l'Ukraine en 2022.", "fr", ("2022", "2022")),
        ("La France a livré des Mirage 2000-5 à l'Ukraine en février.", "fr", ("2025-02", "2025-02")),
    ],
)
def test_beside_a_model_number_the_date_is_the_year_written(text: str, language: str, time: tuple) -> None:
    claim = only(record(text, language, published=PUBLISHED))
    assert claim.time is not None and (claim.time.start, claim.time.end) == time


@pytest.mark.parametrize(
    ("text", "language", "time"),
    [
        ("Since 2022, North Korea has sent shells to Russia.", "en", ("2022", None)),
        ("North Korea has sent shells to Russia since 2022.", "en", ("2022", None)),
        ("In 2000 Russia sold Su-30 jets to India.", "en", ("2000", "2000")),
        ("During the 2024 offensive, North Korea sent troops to Russia.", "en", ("2024", "2024")),
        ("2023 was a record year: North Korea sent shells to Russia.", "en", ("2023", "2023")),
        ("North Korea sent shells to Russia between 2022 and 2024.", "en", ("2022", "2024")),
        ("Depuis 2022, la Corée du Nord a livré des obus à la Russie.", "fr", ("2022", None)),
        ("La Corée du Nord a livré des obus à la Russie en janvier 2024.", "fr", ("2024-01", "2024-01")),
        ("La Corée du Nord a livré des obus à la Russie en 2023.", "fr", ("2023", "2023")),
        ("Fin 2023, la Corée du Nord a livré des obus à la Russie.", "fr", ("2023", "2023")),
    ],
)
def test_a_year_in_a_temporal_context_is_still_a_date(text: str, language: str, time: tuple) -> None:
    claim = only(record(text, language, published=PUBLISHED))
    assert claim.time is not None and (claim.time.start, claim.time.end) == time


@pytest.mark.parametrize(
    ("text", "language", "time"),
    [
        ("Ukraine received 2000 shells from Germany.", "en", None),
        ("La Corée du Nord a livré 2000 obus à la Russie.", "fr", None),
        ("In 2023, 2000 shells were sent by North Korea to Russia.", "en", ("2023", "2023")),
        ("In January 2024 North Korea sent 2000 shells to Russia.", "en", ("2024-01", "2024-01")),
    ],
)
def test_a_number_that_counts_materiel_is_a_quantity_not_a_date(text: str, language: str, time: tuple | None) -> None:
    claim = only(record(text, language, published=PUBLISHED))
    assert claim.quantity is not None and claim.quantity.min == 2000
    assert (claim.time and (claim.time.start, claim.time.end)) == time


def test_a_model_number_with_a_suffix_is_read_as_neither_date_nor_count() -> None:
    """No materiel mention here: the hyphenated suffix alone says "2000-5" names a model, while "2022-23"
    is a span of years."""
    document = Document(id="t", text="Paris confirmed the 2000-5 deliveries, and more in 2022-23.", language="en")
    [sentence] = analyse(document, parse_all=True).sentences
    assert [(p.start, p.end) for p in sentence.periods] == [("2022", "2022")]
    assert not [f for f in sentence.figures if f.token_start < 6]  # neither 2000 nor 5 deliveries


def test_the_numbers_of_a_materiel_name_are_no_count() -> None:
    rec = record("Iran sent 2 Shahed 136 drones and 155 mm shells to Russia.", published=PUBLISHED)
    assert {c.quantity.min for c in rec.claims if c.quantity} <= {2.0}


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Berlin delivered six Gepard tanks to Kyiv.", "en", {("DE", "UA", "air_defence")}),
        ("L'Allemagne a livré six chars Gepard à l'Ukraine.", "fr", {("DE", "UA", "air_defence")}),
        (
            "Washington shipped HIMARS launchers and Stinger missiles to Kyiv.",
            "en",
            {("US", "UA", "artillery_systems"), ("US", "UA", "air_defence")},
        ),
    ],
)
def test_a_word_of_kind_next_to_a_system_is_part_of_it(text: str, language: str, expected: set) -> None:
    rec = record(text, language)
    assert transfers(rec) == expected
    assert len(rec.claims) == len(expected)


@pytest.mark.parametrize("model", ["T-90S", "Su-30SM", "K239"])
def test_a_count_reaches_its_unit_past_a_models_designation(model: str) -> None:
    """However the tagger reads the designation (as a verb, for "T-90S"), the count still counts the noun after it."""
    claim = only(record(f"Russia sold 64 {model} tanks to Laos in 2017.", published=PUBLISHED))
    assert claim.quantity is not None and (claim.quantity.min, claim.quantity.unit) == (64.0, "tank")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("L'Iran a livré des drones Shahed-136 à la Russie depuis août 2022.", "fr"),
        ("Iran has delivered Shahed-136 drones to Russia since August 2022.", "en"),
    ],
)
def test_a_model_the_parser_reads_as_a_verb_does_not_take_the_date_from_the_claim(text: str, language: str) -> None:
    claim = only(record(text, language))
    assert (claim.time.start, claim.time.end) == ("2022-08", None)
