"""Institutions as sources: "the defence ministry said", "un porte-parole du ministère", "state media
reported" credit the claim to them, not to the article itself; qualified by a state, the source is the
state's, named as the article writes it. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import record, transfers


def sources_of(text: str, language: str) -> tuple[set[tuple[str, str | None]], str]:
    """The (name, entity) of each source of the sentence's one statement, and its modality."""
    [evidence] = record(text, language, published="2024-07-01").evidence
    return {(a.name, a.entity_id) for a in evidence.attributed_to}, evidence.modality


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("North Korea sent artillery shells to Russia in May, the defence ministry said.", "en", "defence ministry"),
        ("North Korea sent artillery shells to Russia in May, a ministry spokesman said.", "en", "ministry spokesman"),
        ("North Korea sent artillery shells to Russia in May, state media reported.", "en", "state media"),
        ("According to the embassy, Iran delivered drones to Russia in May.", "en", "embassy"),
        ("Iran delivered drones to Russia in May, the coast guard said.", "en", "coast guard"),
        ("Russia sent 200 military instructors to Mali in March, the junta said.", "en", "junta"),
        ("La Russie a envoyé 200 instructeurs militaires au Mali en mars, selon la junte.", "fr", "junte"),
        ("According to state television, Iran delivered drones to Russia in May.", "en", "state television"),
        (
            "A pro-government newspaper reported that Iran delivered drones to Russia in May.",
            "en",
            "pro-government newspaper",
        ),
        ("Selon la télévision d'État, l'Iran a livré des drones à la Russie en mai.", "fr", "télévision d'État"),
        ("La radio publique a rapporté que l'Iran avait livré des drones à la Russie en mai.", "fr", "radio publique"),
        (
            "Le ministère de la Défense a indiqué que la Corée du Nord a livré des obus à la Russie en mai.",
            "fr",
            "ministère de la Défense",
        ),
        (
            "La Corée du Nord a livré des obus à la Russie en mai, a indiqué le ministère de la Défense.",
            "fr",
            "ministère de la Défense",
        ),
        (
            "Selon un porte-parole du ministère, la Corée du Nord a livré des obus à la Russie en mai.",
            "fr",
            "porte-parole du ministère",
        ),
        (
            "Les médias d'État ont rapporté que la Corée du Nord a livré des obus à la Russie en mai.",
            "fr",
            "médias d'État",
        ),
        ("Selon les douanes, l'Iran a livré des drones à la Russie en mai.", "fr", "douanes"),
    ],
)
def test_an_unnamed_institution_is_the_source(text: str, language: str, name: str) -> None:
    assert sources_of(text, language) == ({(name, None)}, "reported")


@pytest.mark.parametrize(
    ("text", "language", "name", "entity"),
    [
        (
            "Iran delivered drones to Russia in May, Belarus's defence ministry said.",
            "en",
            "Belarus's defence ministry",
            "BY",
        ),
        ("Iran delivered drones to Russia in May, Chinese state media reported.", "en", "Chinese state media", "CN"),
        (
            "According to a Belarusian ministry spokesman, Iran delivered drones to Russia in May.",
            "en",
            "Belarusian ministry spokesman",
            "BY",
        ),
        (
            "Les médias d'État nord-coréens ont rapporté que l'Iran a livré des drones à la Russie en mai.",
            "fr",
            "médias d'État nord-coréens",
            "KP",
        ),
        (
            "Selon le gouvernement iranien, l'Iran a livré des drones à la Russie en mai.",
            "fr",
            "gouvernement iranien",
            "IR",
        ),
    ],
)
def test_an_institution_of_a_state_is_named_as_written_and_linked_to_the_state(
    text: str, language: str, name: str, entity: str
) -> None:
    assert sources_of(text, language) == ({(name, entity)}, "reported")


def test_an_institution_of_a_named_organization_is_that_organization() -> None:
    text = "Selon un porte-parole du ministère biélorusse de la Défense, l'Iran a livré des drones à la Russie en mai."
    [(name, entity)], modality = sources_of(text, "fr")
    assert name == "porte-parole du ministère biélorusse de la Défense"
    assert entity == "organization:belarusian-ministry-of-defence" and modality == "reported"


def test_a_country_s_press_is_not_its_state() -> None:
    text = "Les médias indiens ont rapporté que l'Inde a livré des obusiers à l'Arménie en novembre."
    assert sources_of(text, "fr") == ({("médias indiens", None)}, "reported")


def test_a_word_that_describes_a_named_source_adds_no_source() -> None:
    text = "Selon le média spécialisé NK News, la Corée du Nord a livré des obus à la Russie en mai."
    assert sources_of(text, "fr")[0] == {("NK News", "organization:nk-news")}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The ministry building stood empty while Iran delivered drones to Russia in May.", "en"),
        ("L'ambassade était fermée quand l'Iran a livré des drones à la Russie en mai.", "fr"),
    ],
)
def test_an_institution_that_reports_nothing_is_no_source(text: str, language: str) -> None:
    assert sources_of(text, language) == (set(), "asserted")


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "The United States announced a new aid package for Ukraine. The package also includes 150 armored"
            " vehicles, according to a Defense Department statement.",
            "Defense Department",
        ),
        ("Laos sent rifles to Vietnam, according to a Pentagon statement.", "Pentagon"),
    ],
)
def test_the_body_whose_statement_is_cited_is_its_source_not_a_party(text: str, source: str) -> None:
    rec = record(text)
    assert {(c.role("supplier"), c.role("recipient")) for c in rec.claims if c.kind == "transfer"} <= {
        ("US", "UA"),
        ("LA", "VN"),
    }
    assert rec.claims and source in {a.name for e in rec.evidence for a in e.attributed_to}


def test_a_state_named_inside_an_organizations_name_is_not_the_source() -> None:
    text = "Kazakhstan sold microchips to Laos, according to the Free Russia Foundation, a US-based group."
    assert {name for name, _ in sources_of(text, "en")[0]} == {"Free Russia Foundation"}
    assert "RU" not in {e.id for e in record(text).entities}


@pytest.mark.parametrize(
    ("text", "language", "source"),
    [
        ("Chinese firms have shipped drone parts to Laos, customs records show.", "en", "customs records"),
        ("Trade statistics show that Chinese firms shipped drone parts to Laos.", "en", "Trade statistics"),
        (
            "Selon les statistiques douanières, la Chine a expédié des pièces de drones au Laos.",
            "fr",
            "statistiques douanières",
        ),
    ],
)
def test_records_and_statistics_are_unnamed_sources(text: str, language: str, source: str) -> None:
    assert sources_of(text, language) == ({(source, None)}, "reported")


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # a state qualifying an unnamed source is whose the source is, not a second source
        ("China sent drone engines to Russia in May, a US official said.", "en", {("US official", None)}),
        # a name set after the noun of a kind of organization, which no gazetteer knows, is that organization
        (
            "Belarus sent 300 military trucks to Russia in May, the monitoring group Korvak said.",
            "en",
            {("Korvak", "organization:korvak")},
        ),
        (
            "La Grèce a livré des obus à l'Ukraine en mai, selon le quotidien Kykladiki.",
            "fr",
            {("quotidien Kykladiki", None)},
        ),
        # who received is not who reported, when the French verb of saying puts its subject after it
        (
            "L'armée de l'air algérienne a reçu des chasseurs Su-57 venus de Russie, a rapporté la télévision d'État.",
            "fr",
            {("télévision d'État", None)},
        ),
        # writing reports
        ("Iran sent drones to Sudan in May, two researchers wrote in a report.", "en", {("two researchers", None)}),
    ],
)
def test_whose_words_an_unnamed_source_is(text: str, language: str, expected: set) -> None:
    assert sources_of(text, language) == (expected, "reported")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the verb of saying that closes the sentence, which the tagger takes for a noun
        (
            "North Korea has sent about 9,000 containers of shells to Russia since May, Japan's defence ministry"
            " estimates.",
            {("Japan's defence ministry", "organization:japanese-ministry-of-defense")},
        ),
        # a closing speaker the parser hangs on a noun as a relative clause, without a relative word
        (
            "The tanker called at Nampo four times in 2023, a UN panel found.",
            {("UN panel", "organization:united-nations")},
        ),
        ("Russia signed a contract with Algeria for fighter jets in May, the company said.", {("company", None)}),
    ],
)
def test_closing_speakers_the_parser_misreads(text: str, expected: set) -> None:
    found = {
        (a.name, a.entity_id) for e in record(text, "en", published="2024-07-01").evidence for a in e.attributed_to
    }
    assert found == expected


def test_a_relative_clause_that_says_something_else_credits_nothing() -> None:
    """ "which Western officials said were used": the officials tell the use, not the sending."""
    text = "Iran sent drones to Russia in 2023, which Western officials said were used against Kyiv."
    assert sources_of(text, "en") == (set(), "asserted")


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("The freighter Lena Star docked in Tartus in May, tracking data show.", "en", "tracking data"),
        ("Le cargo Lena Star a accosté à Tartous en mai, selon des données de suivi.", "fr", "données de suivi"),
        ("Chinese exports of machine tools to Russia doubled in 2023, customs data show.", "en", "customs data"),
    ],
)
def test_data_that_shows_it_is_an_unnamed_source(text: str, language: str, name: str) -> None:
    assert sources_of(text, language) == ({(name, None)}, "reported")


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("Russia flew rifles to Mali in May, according to The Korvak Monitor.", "en", "Korvak Monitor"),
        ("La Russie a livré des fusils au Mali en mai, selon Korvak Monitor.", "fr", "Korvak Monitor"),
        ("Iraq received jets from Pakistan in May, according to the Iraqi air force.", "en", "Iraqi air force"),
    ],
)
def test_a_source_after_according_to_that_no_gazetteer_knows(text: str, language: str, name: str) -> None:
    names, modality = sources_of(text, language)
    assert modality == "reported" and {n for n, _ in names} == {name}


def test_a_state_of_origin_hung_on_the_materiel_is_credited_like_any_claim() -> None:
    text = "Iranian-made drones used by Russia were found to contain Western chips, Conflict Armament Research said."
    names, modality = sources_of(text, "en")
    assert modality == "reported" and {n for n, _ in names} == {"Conflict Armament Research"}


@pytest.mark.parametrize(
    ("text", "language", "names"),
    [
        (
            "La Russie a livré des blindés au Niger, a indiqué à l'AFP une source sécuritaire.",
            "fr",
            {"AFP", "source sécuritaire"},
        ),
        (
            "La Russie a livré des blindés au Niger, a déclaré à Reuters un responsable nigérien.",
            "fr",
            {"Reuters", "responsable nigérien"},
        ),
        (
            "Russia delivered armoured vehicles to Niger, Nigerien officials told broadcaster TRT.",
            "en",
            {"Nigerien officials", "TRT"},
        ),
    ],
)
def test_who_spoke_and_the_outlet_spoken_to(text: str, language: str, names: set) -> None:
    assert {name for name, _ in sources_of(text, language)[0]} == names


def test_a_day_after_the_inverted_speaker_is_no_part_of_its_name() -> None:
    text = "Le Niger a reçu des drones de la Turquie, a annoncé la télévision publique nigérienne samedi."
    assert {name for name, _ in sources_of(text, "fr")[0]} == {"télévision publique nigérienne"}


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Exports of drones from Laos to Russia rose sharply in 2023, customs records reviewed by Reuters show.",
            "en",
            {"Reuters", "customs records"},
        ),
        (
            "Exports of drones from Laos to Russia rose sharply in 2023, customs records reviewed by the paper show.",
            "en",
            {"customs records"},
        ),
    ],
)
def test_who_read_the_records_that_close_the_sentence_is_a_source_too(text: str, language: str, expected: set) -> None:
    """ "show" read as a noun: the phrase before it names the records, and the participle's doer who read them."""
    [claim] = record(text, language).claims
    assert claim.kind == "transfer"
    assert {s.name for e in record(text, language).evidence for s in e.attributed_to} == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Le Laos a exporté vers la Russie des puces, selon les douanes chinoises.", "douanes chinoises"),
        ("Le Laos a exporté vers la Russie des puces, selon le ministère chinois.", "ministère chinois"),
    ],
)
def test_an_institution_read_as_its_state_s_adjective_stays_the_source(text: str, name: str) -> None:
    """The parser may hang "douanes" on "chinoises": the source is still the customs, China's."""
    sources, _ = sources_of(text, "fr")
    assert sources == {(name, "CN")}


def test_a_body_no_gazetteer_knows_is_the_source_by_its_initials() -> None:
    sources, modality = sources_of("Le Laos a livré des drones à la Birmanie, indique l'IRFS.", "fr")
    assert (sources, modality) == ({("IRFS", None)}, "reported")


def test_a_report_published_says_nothing_by_being_published() -> None:
    """The parser hangs "la Chine et Hong Kong" on "rapport": they are the suppliers, the report the source."""
    text = (
        "Selon le rapport publié mercredi, la Chine et Hong Kong représenteraient encore près de 80 % des "
        "importations russes de biens à double usage."
    )
    rec = record(text, "fr")
    assert transfers(rec) == {("CN", "RU", "technology"), ("HK", "RU", "technology")}
    assert {s.name for e in rec.evidence for s in e.attributed_to} == {"rapport"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pour plusieurs analystes, la Russie aurait reçu des missiles balistiques iraniens.", "plusieurs analystes"),
        ("Pour l'expert Pierre Martin, la Chine fournit des composants à la Russie.", "Pierre Martin"),
    ],
)
def test_whose_view_opens_a_french_sentence_is_its_source(text: str, expected: str) -> None:
    assert {name for name, _ in sources_of(text, "fr")[0]} == {expected}


def test_a_state_opening_a_french_sentence_may_be_whom_it_was_for() -> None:
    assert sources_of("Pour l'Ukraine, la France a livré 30 canons Caesar.", "fr") == (set(), "asserted")
