"""Who says so: an office holder named by title ("the defence minister said"), a name closing the
sentence ("..., Defence Minister Jens Halvorsen said"), and the state that qualifies a speaker, which is
whose speaker it is, not a party to the transfer. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import only, record, transfers


def names(text: str, language: str = "en") -> set[str]:
    return {a.name for e in record(text, language).evidence for a in e.attributed_to}


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("Norway has sent 20 armoured vehicles to Ukraine, the defence minister said.", "en", "defence minister"),
        ("Norway has sent 20 armoured vehicles to Ukraine, a senior lawmaker said.", "en", "senior lawmaker"),
        ("Norway has sent 20 armoured vehicles to Ukraine, the think tank said.", "en", "think tank"),
        ("Norway has sent 20 tanks to Kyiv, South Korean lawmakers said.", "en", "South Korean lawmakers"),
        ("La Norvège a envoyé 20 blindés à l'Ukraine, a indiqué le ministre.", "fr", "ministre"),
    ],
)
def test_an_office_holder_named_by_title_is_the_source(text: str, language: str, name: str) -> None:
    assert names(text, language) == {name}


def test_a_name_closing_the_sentence_is_the_source_where_the_parser_gives_the_verb_no_subject() -> None:
    text = "Ukraine has received the first Gripen jets from Sweden, Defence Minister Jens Halvorsen said."
    assert "Jens Halvorsen" in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine has received the first Gripen jets from Sweden, the Finnish defence minister said.",
        "Ukraine has received the first Gripen jets from Sweden, Finland's defence minister said.",
    ],
)
def test_the_state_of_a_speaker_is_no_party(text: str) -> None:
    assert transfers(record(text)) == {("SE", "UA", "aircraft")}


def test_a_speaking_state_taken_up_by_a_pronoun_stays_a_party() -> None:
    claim = only(record("Finland's defence ministry said it had received drones from Sweden."))
    assert (claim.role("supplier"), claim.role("recipient")) == ("SE", "FI")


def test_an_inverted_speaker_leaves_the_recipient_before_it() -> None:
    text = "La Turquie livrera douze drones Bayraktar au Niger, a indiqué le ministère nigérien de la Défense."
    claim = only(record(text, "fr"))
    assert (claim.role("supplier"), claim.role("recipient"), claim.item) == ("TR", "NE", "drones")


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        (
            "Reuters reviewed customs records. It found that China had exported 700 tons of nitrocellulose to Russia.",
            "en",
            "Reuters",
        ),
        (
            "La NHK a analysé les données des douanes. Elle a constaté que la Chine avait exporté 700 tonnes de"
            " nitrocellulose vers la Russie.",
            "fr",
            "NHK",
        ),
    ],
)
def test_who_looked_into_the_evidence_is_who_found_it(text: str, language: str, name: str) -> None:
    assert names(text, language) == {name}


def test_they_are_the_unnamed_officials_just_cited() -> None:
    text = (
        "India has begun delivering missiles to the Philippines, defence officials said. The first batteries reached"
        " Manila from India on Sunday, they said."
    )
    rec = record(text)
    sunday = [e for e in rec.evidence if e.quote.startswith("The first batteries")]
    assert sunday and {a.name for e in sunday for a in e.attributed_to} == {"defence officials"}


def test_an_inverted_speaker_ends_before_whom_it_spoke_to() -> None:
    text = "Pyongyang a fourni des obus à Moscou, a déclaré le ministre sud-coréen de la Défense devant les députés."
    found = names(text, "fr")
    assert len(found) == 1 and next(iter(found)).startswith("ministre sud-coréen")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("« Nous avons livré 20 chars au Laos », a déclaré la ministre espagnole de la Défense.", "fr"),
        ('"We have delivered 20 tanks to Laos," said Ana Ruiz, Spain\'s defence minister.', "en"),
    ],
)
def test_we_is_the_speakers_state_and_the_speaker_no_supplier_of_her_own(text: str, language: str) -> None:
    assert transfers(record(text, language)) == {("ES", "LA", "armoured_vehicles")}


@pytest.mark.parametrize(
    ("text", "language", "source"),
    [
        ("We will send more tanks to Laos, the German chancellor said.", "en", "German chancellor"),
        ("Nous enverrons d'autres chars au Laos, a déclaré le chancelier allemand.", "fr", "chancelier allemand"),
        ("L'Allemagne enverra d'autres chars au Laos, a déclaré le chancelier allemand.", "fr", "chancelier allemand"),
    ],
)
def test_a_chancellor_speaking_is_the_source(text: str, language: str, source: str) -> None:
    rec = record(text, language)
    claim = only(rec)
    assert [a.name for e in rec.evidence if e.claim_id == claim.id for a in e.attributed_to] == [source]


def test_the_future_of_we_is_pledged() -> None:
    claim = only(record("« Nous enverrons des chars au Laos », a déclaré le chancelier allemand.", "fr"))
    assert (claim.role("supplier"), claim.status) == ("DE", "pledged")


def test_the_subject_of_the_verb_a_verb_of_saying_completes_says_it_not_the_sentence_s_first_noun() -> None:
    text = (
        "Le ministre ukrainien doit participer à la réunion et Paris doit lui confirmer la livraison à l'Ukraine"
        " de six canons Caesar."
    )
    rec = record(text, "fr")
    assert [a.name for e in rec.evidence for a in e.attributed_to] == []  # "lui": whom it is told to


@pytest.mark.parametrize(
    ("text", "language", "evidence"),
    [
        (
            "Un peu plus tôt, le gouvernement a montré, images satellites à l'appui, que des obus nord-coréens ont "
            "été envoyés en Russie ces derniers mois.",
            "fr",
            "images satellites",
        ),
        (
            "The ministry disclosed, with satellite images in support, that Syria had delivered rockets to Lebanon.",
            "en",
            "satellite images",
        ),
    ],
)
def test_evidence_put_forward_in_support_is_a_source(text: str, language: str, evidence: str) -> None:
    assert evidence in names(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Des drones iraniens sont arrivés à Khartoum, selon des images satellites.", "fr"),
        ("Iranian drones arrived in Khartoum, according to satellite images.", "en"),
    ],
)
def test_materiel_words_credited_as_the_source_are_no_item(text: str, language: str) -> None:
    assert transfers(record(text, language)) == {("IR", "SD", "drones")}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Norway says it will not sell fighter jets to Peru. But it has shipped 20 howitzers to Chile, officials"
            " said.",
            "en",
        ),
        (
            "La Norvège dit qu'elle ne vendra pas d'avions de combat au Pérou. Mais elle a expédié 20 obusiers au"
            " Chili, selon des responsables.",
            "fr",
        ),
    ],
)
def test_a_pronoun_before_the_speaker_is_whom_the_article_spoke_of(text: str, language: str) -> None:
    """ "It has shipped ..., officials said": "it" is Norway, named before, not the officials who say so."""
    assert ("NO", "CL", "artillery_systems") in transfers(record(text, language))


@pytest.mark.parametrize(
    ("second", "source"),
    [
        ("The official added that Iran had also sent rifles to Sudan.", "senior Western official"),
        ("An official added that Iran had also sent rifles to Sudan.", "official"),  # perhaps another one
    ],
)
def test_the_official_is_the_one_described_before(second: str, source: str) -> None:
    text = "A senior Western official said on Monday that Iran was shipping drones to Sudan. " + second
    rec = record(text)
    [rifles] = [c for c in rec.claims if c.item == "small_arms"]
    [evidence] = [e for e in rec.evidence if e.claim_id == rifles.id]
    assert [a.name for a in evidence.attributed_to] == [source]


def test_a_speaker_after_a_closing_quote_is_named_without_it() -> None:
    text = "“Sudan gets rifles from Iran,” a senior member of the Joint Chiefs of Staff told reporters in Seoul."
    assert names(text) == {"senior member of the Joint Chiefs of Staff"}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Dans un rapport publié mardi, Amnesty International affirme que des blindés chinois sont arrivés au Mali.",
            "fr",
        ),
        (
            "In a statement on Tuesday, Amnesty International said Chinese armoured vehicles reached Mali.",
            "en",
        ),
    ],
)
def test_the_report_of_a_named_source_is_its_words_not_another_source(text: str, language: str) -> None:
    assert names(text, language) == {"Amnesty International"}
