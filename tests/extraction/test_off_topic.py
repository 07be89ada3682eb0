"""Articles with nothing to extract cost little: when no sentence names what a claim could be about
(materiel, a port, a vessel or an agreement by name, arming or training, a sum given), no sentence goes to
the models, and the article keeps the states and places its gazetteers name. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from extractors.analysis import analyse
from extractors.documents import Document
from extractors.selection import cue_stems
from tests.extraction.helpers import record, transfers

MATCH = (
    "Germany beat France 3-1 in Lyon on Sunday, the German coach said after the final whistle.\n"
    "The visitors sent their second striker on after the break and he scored twice.\n"
    "Exports of tickets to fans from Spain reached a record, the organisers reported."
)
MATCH_FR = (
    "L'Allemagne a battu la France 3-1 à Lyon dimanche, a déclaré l'entraîneur allemand.\n"
    "Les visiteurs ont envoyé leur second attaquant après la pause et il a marqué deux fois.\n"
    "Les exportations de billets vers l'Espagne ont atteint un record, selon les organisateurs."
)


def parsed(text: str, language: str) -> list[str]:
    analysis = analyse(Document(id="t", text=text, language=language))
    return [s.text for s in analysis.sentences if s.parsed]


@pytest.mark.parametrize(("text", "language"), [(MATCH, "en"), (MATCH_FR, "fr")])
def test_an_article_that_names_nothing_a_claim_is_about_is_not_parsed(text: str, language: str) -> None:
    assert parsed(text, language) == []
    rec = record(text, language)
    assert rec.claims == []
    assert {"DE", "FR"} <= {e.id for e in rec.entities if e.kind == "country"}  # the gazetteers still name them


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (MATCH + "\nThe same week Germany sent tanks to Poland.", "en", ("DE", "PL", "armoured_vehicles")),
        (
            MATCH_FR + "\nLa même semaine, l'Allemagne a livré des chars à la Pologne.",
            "fr",
            ("DE", "PL", "armoured_vehicles"),
        ),
    ],
)
def test_one_sentence_on_materiel_makes_the_article_read(text: str, language: str, expected: tuple) -> None:
    assert parsed(text, language)
    assert expected in transfers(record(text, language))


@pytest.mark.parametrize(
    "sentence",
    [
        "Japan will provide $300 million to the Philippines next year.",
        "Belarus is arming the junta, officials in Kyiv said.",
        "Instructors from Russia will train Malian soldiers in Bamako.",
        "Russia and North Korea signed a pact in Pyongyang last June.",
    ],
)
def test_sentences_without_an_item_still_anchor_a_claim(sentence: str) -> None:
    assert parsed(sentence, "en") == [sentence]


def test_ship_prefixes_cue_no_sentence_for_the_models() -> None:
    stems = cue_stems("en")  # "INS" would cue "instead", "insisted", "inside"
    assert {"ins", "uss", "hms"}.isdisjoint(stems) and {"ship", "vesse", "tanke"} <= stems
