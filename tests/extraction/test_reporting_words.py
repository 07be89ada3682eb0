"""More ways of saying who says so: verbs of noting and pointing out ("relever", "pointer", "mention"),
some of which the French tagger takes for nouns ("..., pointe l'agence Reuters"); people who speak for
a body named with them ("UN experts", "les enquêteurs de l'AIEA"), who are one source standing for that
body; and clauses that look like a closing speaker but are not ("..., de quoi rapporter des millions").
Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from extractors.analysis import analyse
from extractors.documents import Document
from extractors.qualifiers.attribution import credits
from graph.model import ArticleRecord
from tests.extraction.helpers import modality_of, only, record, transfers


def sources(rec: ArticleRecord) -> list[str]:
    claim = only(rec)
    return [a.name for e in rec.evidence if e.claim_id == claim.id for a in e.attributed_to]


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("Le Soudan aurait reçu 40 drones de l'Iran en 2024, ont relevé les enquêteurs.", "fr", "enquêteurs"),
        ("L'Iran livre des missiles au Yémen, pointe l'agence Reuters.", "fr", "agence Reuters"),
        ("L'Iran a livré des missiles au Yémen, relève le quotidien Le Monde.", "fr", "quotidien Le Monde"),
        ("Iran shipped 30 missiles to Yemen last year, the investigators pointed out.", "en", "investigators"),
        ("Iran shipped 30 missiles to Yemen last year, the report mentioned.", "en", "report"),
    ],
)
def test_verbs_of_noting_and_pointing_out_credit_their_subject(text: str, language: str, name: str) -> None:
    rec = record(text, language)
    assert sources(rec) == [name]
    assert modality_of(rec) == "reported"


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("UN experts said North Korea delivered shells to Russia in 2024.", "en", "UN experts"),
        ("Les experts de l'ONU affirment que la Corée du Nord a livré des obus à la Russie.", "fr", "experts de l'ONU"),
        (
            "Selon des experts des Nations unies, la Corée du Nord a livré des obus à la Russie.",
            "fr",
            "experts des Nations unies",
        ),
        ("IAEA inspectors said Iran had shipped drones to Syria in 2024.", "en", "IAEA inspectors"),
    ],
)
def test_people_speaking_for_a_body_are_one_source_standing_for_it(text: str, language: str, name: str) -> None:
    rec = record(text, language)
    assert sources(rec) == [name]
    claim = only(rec)
    cited = next(a for e in rec.evidence if e.claim_id == claim.id for a in e.attributed_to)
    assert cited.named  # the body is named, and the source stands for it


def test_a_report_by_a_body_is_the_body() -> None:
    text = "A report by the Sentinel Institute said Iran delivered drones to Sudan."
    assert sources(record(text)) == ["Sentinel Institute"]


def test_the_verb_of_a_report_is_no_part_of_its_name() -> None:
    text = "Le rapport pointe les livraisons : l'Iran a livré des drones au Soudan en 2024."
    assert "rapport pointe" not in sources(record(text, "fr"))


def test_an_infinitive_after_a_comma_has_no_speaker() -> None:
    text = (
        "Le Mali a reçu 12 drones de la Turquie en 2024, affirme l'agence Reuters. "
        "Le Niger aurait reçu des drones de la Turquie, de quoi rapporter des millions au régime dirigé par "
        "Kim Jong-un."
    )
    analysis = analyse(Document(id="t", text=text, language="fr", published="2025-06-15"))
    first, second = credits(analysis)
    assert [c.name for c in first.own] == ["agence Reuters"]
    assert second.own == []  # "quoi" is no pronoun standing for Reuters


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "L'Inde a acheté 26 avions Rafale à la France, a confirmé le ministère indien de la Défense.",
            "ministère indien de la Défense",
        ),
        (
            "Le Maroc a reçu en juin des hélicoptères des États-Unis, a annoncé les Forces armées royales.",
            "Forces armées royales",
        ),
        (
            "La Chine a livré des drones au Pakistan, selon les autorités douanières chinoises remontant à 2015.",
            "autorités douanières chinoises",
        ),
    ],
)
def test_an_institution_is_named_with_all_its_words(text: str, name: str) -> None:
    assert sources(record(text, "fr")) == [name]


def test_an_inverted_source_ends_before_the_participle_that_describes_it() -> None:
    text = "Le Tchad a reçu des véhicules blindés des Émirats arabes unis, affirme un rapport de l'ONU publié mardi."
    rec = record(text, "fr")
    assert sources(rec) == ["ONU"]
    assert modality_of(rec) == "reported"


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        (
            "Russia supplied 30 tanks to Mali, according to a statement from the Malian army.",
            "en",
            "statement from the Malian army",
        ),
        (
            "La Russie a livré 30 chars au Mali, selon un communiqué de l'armée malienne.",
            "fr",
            "communiqué de l'armée malienne",
        ),
    ],
)
def test_a_statement_and_who_made_it_are_the_source(text: str, language: str, name: str) -> None:
    assert sources(record(text, language)) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "L'Algérie a reçu six Su-35 en février, selon le ministère algérien de la Défense.",
            "ministère algérien de la Défense",
        ),
        (
            "Le Tchad a reçu six hélicoptères russes en 2024, a indiqué le ministère tchadien de la Défense.",
            "ministère tchadien de la Défense",
        ),
    ],
)
def test_an_institutions_words_hung_on_its_adjective_stay_in_its_name(text: str, name: str) -> None:
    assert sources(record(text, "fr")) == [name]


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        (
            "Serbia has exported mortar shells to Russia since 2022, the opposition party alleged.",
            "en",
            "opposition party",
        ),
        (
            "La Serbie exporte des obus de mortier vers la Russie depuis 2022, a affirmé le parti d'opposition.",
            "fr",
            "parti d'opposition",
        ),
    ],
)
def test_a_party_is_a_source(text: str, language: str, name: str) -> None:
    assert sources(record(text, language)) == [name]


def test_a_microchip_named_in_the_singular_is_technology() -> None:
    text = "Malaysia supplied Iran with most of its microchip imports in 2023, officials said."
    assert transfers(record(text)) == {("MY", "IR", "technology")}


def test_a_body_named_first_and_then_an_aside_is_the_speaker_the_parser_lost() -> None:
    text = "Reuters, citant deux diplomates, a rapporté que le Bélarus avait envoyé 40 chars en Russie."
    assert set(sources(record(text, "fr"))) == {"Reuters", "deux diplomates"}


@pytest.mark.parametrize(
    ("text", "language", "source"),
    [
        ("Analysts suspect Belarus has transferred old tanks to Serbia.", "en", "Analysts"),
        ("Western officials fear Iran has sent ballistic missiles to Venezuela.", "en", "Western officials"),
        ("Des experts soupçonnent la Biélorussie d'avoir livré des chars à la Serbie.", "fr", "experts"),
    ],
)
def test_who_suspects_or_fears_a_transfer_is_its_speculative_source(text: str, language: str, source: str) -> None:
    rec = record(text, language)
    assert (sources(rec), modality_of(rec)) == ([source], "speculative")


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Le Laos devrait recevoir l'an prochain ses premières batteries antiaériennes de Thaïlande.", "asserted"),
        ("Le Laos aurait reçu l'an dernier des batteries antiaériennes de Thaïlande.", "reported"),
    ],
)
def test_the_conditional_of_devoir_is_an_expectation_not_hearsay(text: str, modality: str) -> None:
    [evidence] = record(text, "fr").evidence
    assert evidence.modality == modality
