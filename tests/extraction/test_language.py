"""Which language an article is read in: short texts in English or French are read, texts in other
languages are refused with a warning. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from extractors.language import detect_language
from tests.extraction.helpers import record

ENGLISH = [
    "Russia received shells from North Korea.",
    "Pyongyang shipped missiles to Moscow.",
    "India ordered Mirage 2000 jets.",
    "Kim Jong Un met Vladimir Putin in Vladivostok.",
    "Turkey sold Bayraktar TB2 drones to Ukraine.",
    "Seoul says Pyongyang sent troops to Kursk.",
    "Tehran denies it.",
]
FRENCH = [
    "La Russie a reçu des obus de la Corée du Nord.",
    "L'Allemagne a livré des obusiers Panzerhaubitze 2000 à l'Ukraine.",
    "Kim Jong Un a rencontré Vladimir Poutine à Vladivostok.",
    "L'Angara a accosté deux fois à Vostotchny en mars.",
    "Le Lady Maria a quitté Nampo mardi.",
    "Téhéran dément.",
]
OTHERS = [
    ("de", "Russland erhielt Granaten aus Nordkorea."),
    ("de", "Die Ukraine bekam Patriot-Systeme aus Deutschland."),
    ("de", "Iran hat im Mai rund 200 Drohnen an Russland geliefert."),
    ("es", "Imágenes de satélite muestran buques en Rason."),
    ("es", "Irán entregó unos 200 drones de ataque a Rusia en mayo."),
    ("it", "La Germania ha consegnato obici all'Ucraina."),
    ("it", "Il ministero della Difesa ha confermato la consegna lunedì."),
    ("pt", "A Coreia do Norte enviou milhões de projéteis para a Rússia."),
    ("ru", "Северная Корея отправила миллионы снарядов в Россию."),
]


@pytest.mark.parametrize(("language", "text"), [("en", t) for t in ENGLISH] + [("fr", t) for t in FRENCH])
def test_a_short_text_in_english_or_french_is_read(language: str, text: str) -> None:
    assert detect_language(text) == (language, None)


@pytest.mark.parametrize(("language", "text"), OTHERS)
def test_a_short_text_in_another_language_is_refused(language: str, text: str) -> None:
    found, warning = detect_language(text)
    assert found is None and warning is not None
    assert f"language {language!r} is not supported" in warning


def test_a_declared_language_holds_unless_the_text_is_clearly_in_another() -> None:
    assert detect_language("Des drones Shahed frappent Odessa.", "fr") == ("fr", None)
    assert detect_language("Pyongyang shipped missiles to Moscow.", "en") == ("en", None)
    assert detect_language("La Russie a reçu des obus de la Corée du Nord.", "en") == ("fr", None)
    german = detect_language("Iran hat im Mai rund 200 Drohnen an Russland geliefert.", "en")
    assert german[0] is None and "'de' is not supported" in str(german[1])
    declared_german = detect_language("Tehran denies it.", "de")
    assert declared_german[0] is None and "'de' is not supported" in str(declared_german[1])


def test_a_one_sentence_english_article_without_a_language_gives_its_claim() -> None:
    rec = record("Iran delivered about 200 attack drones to Russia in May, officials said.", language=None)
    assert rec.source.language == "en" and not rec.source.warnings
    assert [(c.role("supplier"), c.role("recipient"), c.item) for c in rec.claims] == [("IR", "RU", "drones")]


def test_a_one_sentence_headline_without_a_language_gives_its_claim() -> None:
    rec = record("Pyongyang shipped missiles to Moscow.", language=None)
    assert rec.source.language == "en"
    assert [(c.role("supplier"), c.role("recipient")) for c in rec.claims] == [("KP", "RU")]


def test_a_one_sentence_french_article_without_a_language_gives_its_claim() -> None:
    rec = record("La Russie a reçu des obus de la Corée du Nord en mars.", language=None)
    assert rec.source.language == "fr" and not rec.source.warnings
    assert [(c.role("supplier"), c.role("recipient"), c.item) for c in rec.claims] == [
        ("KP", "RU", "artillery_ammunition")
    ]


def test_a_short_german_article_is_kept_with_a_warning_and_no_claims() -> None:
    rec = record("Nordkorea hat Granaten an Russland geliefert, sagen Beamte.", language=None)
    assert rec.claims == []
    assert rec.source.language is None
    assert len(rec.source.warnings) == 1 and "language 'de' is not supported" in rec.source.warnings[0]


@pytest.mark.parametrize(("text", "read"), [("Cuba armed Angola.", True), ("Cuba 1975 Angola", False)])
def test_a_sentence_of_three_words_is_read(text: str, read: bool) -> None:
    assert bool(record(text, "en", published="2024-05-10").source.warnings) is not read
