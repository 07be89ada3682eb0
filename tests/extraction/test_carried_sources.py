"""A claim the article marks as reported but whose sentence names no one is the word of the source named
last before it; a claim the article states itself takes no source from elsewhere. Every sentence here
was written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import record


def sources(text: str, language: str) -> dict[str | None, set[str]]:
    """The names credited for each transfer claim, by recipient."""
    rec = record(text, language, published="2024-07-01")
    return {
        claim.role("recipient"): {a.name for e in rec.evidence if e.claim_id == claim.id for a in e.attributed_to}
        for claim in rec.claims
        if claim.kind == "transfer"
    }


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "According to NK News, North Korea shipped artillery shells to Russia in May. "
            "The port was busy all summer. "
            "North Korea also reportedly sent rockets to Syria in June.",
            "en",
        ),
        (
            "Selon NK News, la Corée du Nord a expédié des obus à la Russie en mai. "
            "Le port a été très actif tout l'été. "
            "La Corée du Nord aurait aussi envoyé des roquettes à la Syrie en juin.",
            "fr",
        ),
    ],
)
def test_a_reported_claim_naming_no_one_takes_the_source_named_before(text: str, language: str) -> None:
    found = sources(text, language)
    assert found["RU"] == {"NK News"}
    assert found["SY"] == {"NK News"}


def test_a_claim_the_article_states_itself_takes_no_source() -> None:
    text = (
        "According to NK News, North Korea shipped artillery shells to Russia in May. "
        "North Korea sent rockets to Syria in June."
    )
    assert sources(text, "en") == {"RU": {"NK News"}, "SY": set()}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("North Korea shipped shells to Russia in May, officials told Reuters.", {"officials", "Reuters"}),
        (
            "North Korea shipped shells to Russia in May, according to a report by the Royal United Services "
            "Institute.",
            {"Royal United Services Institute"},  # the report is the institute's: no unnamed source besides
        ),
    ],
)
def test_the_outlet_told_and_the_author_of_a_report_are_sources(text: str, expected: set) -> None:
    assert sources(text, "en")["RU"] == expected


@pytest.mark.parametrize(
    ("text", "language", "person"),
    [
        (
            "Anna Smith, the spokeswoman of the Laotian foreign ministry, spoke about arms deliveries on Monday. "
            '"Laos sent rifles to Vietnam last week," the spokeswoman said.',
            "en",
            "Anna Smith",
        ),
        (
            "Le porte-parole du ministère laotien, Jean Martin, a évoqué lundi les livraisons d'armes. « Le Laos a "
            "livré des fusils au Vietnam », a précisé le porte-parole.",
            "fr",
            "Jean Martin",
        ),
    ],
)
def test_a_source_named_by_its_role_is_the_person_introduced_by_it(text: str, language: str, person: str) -> None:
    assert sources(text, language) == {"VN": {person}}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "The report by Conflict Armament Research traced the rifles to Laos. According to the report, Laos"
            " shipped 2,000 rifles to Vietnam in 2023.",
            "en",
        ),
        (
            "A report by Conflict Armament Research was released on Tuesday. The report says Laos shipped rifles to"
            " Vietnam.",
            "en",
        ),
        (
            "Un rapport de Conflict Armament Research a été publié mardi. Selon le rapport, le Laos a livré des"
            " fusils au Vietnam.",
            "fr",
        ),
    ],
)
def test_the_report_named_before_is_its_author_s(text: str, language: str) -> None:
    """ "the report" is the report the article introduced with its author; never a party of the claim."""
    assert "Conflict Armament Research" in sources(text, language)["VN"]
    assert not sources(text, language)["VN"] & {"Laos", "Vietnam"}


def test_a_role_no_one_was_introduced_by_stays_unnamed() -> None:
    text = 'Anna Smith, a teacher, spoke on Monday. "Laos sent rifles to Vietnam," an official said.'
    assert sources(text, "en") == {"VN": {"official"}}


def test_the_findings_of_an_investigation_are_credited_to_it_until_the_next_paragraph_ends() -> None:
    text = (
        "Reuters reviewed customs records covering a decade.\n\n"
        "In 2022, China exported 700 tons of nitrocellulose to Russia. In 2023, China exported 1,300 tons of"
        " nitrocellulose to Russia.\n\n"
        "Separately, Belarus sent 40 tanks to Russia."
    )
    rec = record(text)
    by_quote = {e.quote[:12]: {a.name for a in e.attributed_to} for e in rec.evidence}
    assert by_quote == {"In 2022, Chi": {"Reuters"}, "In 2023, Chi": {"Reuters"}, "Separately, ": set()}


@pytest.mark.parametrize(
    ("text", "language", "source"),
    [
        (
            "Iran has delivered 200 ballistic missiles to Laos. Two European officials confirmed the information.",
            "en",
            "Two European officials",
        ),
        (
            "Iran has delivered 200 ballistic missiles to Laos. The information was confirmed by two European "
            "officials.",
            "en",
            "two European officials",
        ),
        (
            "L'Iran a livré 200 missiles balistiques au Laos. L'information a été confirmée par deux responsables "
            "européens.",
            "fr",
            "deux responsables européens",
        ),
    ],
)
def test_a_sentence_confirming_the_information_credits_the_one_before(text: str, language: str, source: str) -> None:
    assert sources(text, language) == {"LA": {source}}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "According to Reuters, Belarus sent trucks to Russia in March. "
            "It remains unclear whether Belarus also supplied drones to Syria.",
            "en",
        ),
        (
            "Selon Reuters, le Bélarus a envoyé des camions à la Russie en mars. "
            "On ignore si le Bélarus a aussi fourni des drones à la Syrie.",
            "fr",
        ),
    ],
)
def test_the_articles_own_doubt_takes_no_source(text: str, language: str) -> None:
    found = sources(text, language)
    assert found["RU"] == {"Reuters"}
    assert found["SY"] == set()


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "According to a UN report, Iran shipped rifles to Yemen in 2019. "
            "Iran is also accused of selling drones to Sudan.",
            "en",
        ),
        (
            "Selon un rapport de l'ONU, l'Iran a expédié des fusils au Yémen en 2019. "
            "L'Iran est en outre accusé d'avoir vendu des drones au Soudan.",
            "fr",
        ),
    ],
)
def test_the_accused_is_no_source_of_the_accusation(text: str, language: str) -> None:
    found = sources(text, language)
    assert "Iran" not in found["SD"]
    assert found["SD"] and found["SD"] <= found["YE"]  # the report named before


def test_who_denied_is_not_whose_word_a_later_reported_claim_is() -> None:
    text = (
        "Selon Reuters, le Laos a livré des drones à la Birmanie. Vientiane dément toute livraison d'armes. "
        "La Birmanie aurait aussi reçu des fusils du Laos."
    )
    rec = record(text, "fr")
    rifles = [c for c in rec.claims if c.item == "small_arms"]
    [evidence] = [e for e in rec.evidence if e.claim_id == rifles[0].id]
    assert [s.name for s in evidence.attributed_to] == ["Reuters"]
