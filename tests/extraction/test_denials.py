"""Denials in the accused party's own words, by characterisation, by companies, and what is none.
Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from graph.model import ArticleRecord
from tests.extraction.helpers import record, transfers


def actors(rec: ArticleRecord) -> set[str | None]:
    return {c.role("actor") for c in rec.claims if c.kind == "denial"}


@pytest.mark.parametrize(
    ("text", "language", "actor"),
    [
        ("Tehran insisted that it had never shipped missiles to Moscow.", "en", "IR"),
        ("The Iranian foreign ministry said it had not sent any weapons to Russia.", "en", "IR"),
        ("L'Iran a affirmé qu'il n'avait pas livré de drones à la Russie.", "fr", "IR"),
        ("Pékin a assuré ne jamais avoir fourni d'armes à la Russie.", "fr", "CN"),
        ("Seoul has maintained that its policy against supplying arms to Ukraine remains unchanged.", "en", "KR"),
        ("Séoul a maintenu que sa politique de ne pas fournir d'armes à l'Ukraine restait inchangée.", "fr", "KR"),
    ],
)
def test_the_accused_saying_it_did_not_supply_is_its_denial(text: str, language: str, actor: str) -> None:
    rec = record(text, language)
    assert actors(rec) == {actor}
    assert not transfers(rec)  # the accused deny it: a denial claim, not a denied transfer


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Analysts said Iran did not supply drones to Russia. Tehran said it had never sent drones to Moscow.", "en"),
        ("Moscow said Tehran had not shipped drones to Russia, and Tehran said it had never sent drones there.", "en"),
        ("Berlin said it would not send missiles to Iran. Tehran said it had never sent drones to Moscow.", "en"),
        ("The Pentagon said it has not yet delivered the tanks to Israel. Iran said it did not supply drones.", "en"),
        (
            "Le Kremlin a affirmé qu'il ne livrerait pas d'armes à l'Iran. "
            "Téhéran a assuré qu'il n'avait jamais livré de drones à Moscou.",
            "fr",
        ),
    ],
)
def test_a_third_party_a_refusal_or_a_pending_delivery_is_no_denial(text: str, language: str) -> None:
    assert actors(record(text, language)) == {"IR"}


@pytest.mark.parametrize(
    ("text", "language", "actor"),
    [
        ("Beijing called the reports baseless on Friday.", "en", "CN"),
        ("Moscow described the allegations as Western propaganda.", "en", "RU"),
        ("Pékin a qualifié de mensonges les accusations américaines.", "fr", "CN"),
        ("Moscou a jugé ces informations sans fondement.", "fr", "RU"),
    ],
)
def test_calling_the_accusation_untrue_is_a_denial(text: str, language: str, actor: str) -> None:
    assert actors(record(text, language)) == {actor}


def test_calling_something_else_absurd_is_no_denial() -> None:
    text = "Washington called the proposal absurd. Beijing called the reports groundless."
    assert actors(record(text)) == {"CN"}


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Rosoboronexport denied selling missiles to Iran.", {"organization:rosoboronexport"}),
        (
            "Rheinmetall and Thales sold chips to distributors in China. "
            "The companies said they did not sell the chips to Russian firms.",
            {"organization:rheinmetall", "organization:thales"},
        ),
        (
            "Rostec sold drones to Iran last year. The company said it had not sold any drones to Armenia.",
            {"organization:rostec"},
        ),
    ],
)
def test_a_company_denies_for_itself(text: str, found: set[str]) -> None:
    assert actors(record(text)) == found


@pytest.mark.parametrize(
    ("text", "language", "published", "day"),
    [
        (
            "Washington s'inquiète des ventes chinoises à la Russie. Le porte-parole du ministère chinois des "
            "Affaires étrangères a réagi jeudi, affirmant que la Chine contrôlait strictement ses exportations.",
            "fr",
            "2024-05-17",
            "2024-05-16",
        ),
        ("On Friday, Beijing said it strictly complies with UN sanctions.", "en", "2024-03-16", "2024-03-15"),
    ],
)
def test_an_accused_state_asserting_its_controls_denies(text: str, language: str, published: str, day: str) -> None:
    rec = record(text, language, published=published)
    [denial] = [c for c in rec.claims if c.kind == "denial"]
    assert denial.role("actor") == "CN"
    assert denial.time is not None and denial.time.start == day


def test_asserting_controls_with_no_accusation_is_no_denial() -> None:
    text = "The US said it enforces sanctions on Russian exports. Beijing said it strictly complies with UN sanctions."
    assert actors(record(text)) == {"CN"}


def test_an_own_word_denial_is_dated_by_its_saying_not_by_what_it_denies() -> None:
    rec = record("On Friday, Iran said it had not supplied any drones to Russia in 2022.", published="2024-03-16")
    [denial] = [c for c in rec.claims if c.kind == "denial"]
    assert denial.role("actor") == "IR"
    assert denial.time is not None and denial.time.start == "2024-03-15"


def test_a_place_in_the_speakers_name_does_not_deny() -> None:
    text = "The Chinese embassy in Washington said China has never provided lethal weapons to Russia."
    assert actors(record(text)) == {"CN"}


@pytest.mark.parametrize(
    ("text", "language", "actor"),
    [
        (
            "A spokesman for Rheinmetall said the company had not delivered shells to Russia.",
            "en",
            "organization:rheinmetall",
        ),
        ("Le porte-parole de Pékin a affirmé que le pays n'avait jamais vendu de drones à Moscou.", "fr", "CN"),
    ],
)
def test_the_speaker_named_again_by_what_it_is(text: str, language: str, actor: str) -> None:
    assert actors(record(text, language)) == {actor}


def test_a_company_saying_it_complies_with_export_controls_denies() -> None:
    text = (
        "Parts made by Thales were found in Russian missiles. "
        "The US said it enforces sanctions. Thales said it complies with all export control laws."
    )
    assert actors(record(text)) == {"organization:thales"}


@pytest.mark.parametrize(
    ("text", "language", "source"),
    [
        ("Russia called the reports that it sold rockets to Iran baseless.", "en", "reports"),
        (
            "Moscou a qualifié de sans fondement les informations selon lesquelles la Russie a livré des roquettes "
            "à l'Iran.",
            "fr",
            "informations",
        ),
    ],
)
def test_reports_called_untrue_are_a_denial_and_the_transfer_they_report(text: str, language: str, source: str) -> None:
    rec = record(text, language)
    assert [dict(c.roles) for c in rec.claims if c.kind == "denial"] == [{"actor": ("RU",)}]
    [transfer] = [c for c in rec.claims if c.kind == "transfer"]
    [evidence] = [e for e in rec.evidence if e.claim_id == transfer.id]
    assert (evidence.modality, [a.name for a in evidence.attributed_to]) == ("reported", [source])


def test_a_speaker_named_as_its_ministry_denies_for_the_state_named_before() -> None:
    rec = record("Belarus has never supplied shells to Russia, its foreign ministry said.")
    assert [(c.kind, c.role("actor")) for c in rec.claims] == [("denial", "BY")]


@pytest.mark.parametrize(
    "text",
    [
        "« Nous n'avons jamais vendu de drones à Moscou », a affirmé le ministère iranien des Affaires étrangères.",
        "L'Iran n'a jamais vendu de drones à la Russie, a déclaré Téhéran mardi.",
        "« Nous n'avons jamais vendu de drones à Moscou », a déclaré Téhéran.",
    ],
)
def test_a_french_speaker_after_the_words_it_denies(text: str) -> None:
    rec = record(text, "fr", published="2024-06")
    assert actors(rec) == {"IR"}
    [denial] = [c for c in rec.claims if c.kind == "denial"]
    assert denial.denies is not None and "déclaré" not in denial.denies and "affirmé" not in denial.denies
    assert transfers(rec) == set()


@pytest.mark.parametrize(
    ("text", "language", "denies"),
    [
        ("Téhéran a rejeté ces accusations, les qualifiant de propagande.", "fr", "ces accusations"),
        ("Tehran rejected the reports, which it called lies.", "en", "the reports"),
        ("Moscou a rejeté ces accusations, les jugeant « absurdes ».", "fr", "ces accusations"),
        ("Un porte-parole chinois a qualifié ces informations de « sans fondement ».", "fr", "ces informations"),
        ('Tehran dismissed the reports as "baseless".', "en", "the reports"),
        ("Tehran denied selling rifles, mortars and drones.", "en", "selling rifles, mortars and drones"),
        # how it was called, before what is denied or after it
        (
            "Beijing rejected as groundless the allegations that it sold rifles to Niger.",
            "en",
            "the allegations that it sold rifles to Niger",
        ),
        ("Pyongyang a qualifié ces accusations d'« absurdes ».", "fr", "ces accusations"),
        # how often it was denied, hung on the verb beside what is denied
        (
            "Téhéran a nié à plusieurs reprises avoir fourni des drones à Moscou.",
            "fr",
            "avoir fourni des drones à Moscou",
        ),
        # a relative pronoun as what is denied: the noun it stands for
        ("The drones, which Iran denies supplying, were shot down over Kyiv.", "en", "supplying the drones"),
        (
            "Les drones, que l'Iran nie avoir fournis, ont été abattus au-dessus de Kiev.",
            "fr",
            "avoir fournis les drones",
        ),
        # the day it was denied, read by the parser as what was denied
        (
            "Moscou a démenti vendredi avoir envoyé des troupes au Venezuela.",
            "fr",
            "avoir envoyé des troupes au Venezuela",
        ),
        # how it was called, a participle in quotes, or the last word
        (
            'Serbia dismissed as "fabricated" reports that its ammunition reached Ukraine.',
            "en",
            "reports that its ammunition reached Ukraine",
        ),
        (
            "Serbia called the reports that its shells reached Ukraine false.",
            "en",
            "the reports that its shells reached Ukraine",
        ),
        (
            "La Serbie a qualifié de « fabriquées » les informations selon lesquelles ses obus seraient arrivés"
            " en Ukraine.",
            "fr",
            "les informations selon lesquelles ses obus seraient arrivés en Ukraine",
        ),
        # the accusation put after the words that call it untrue, which the parser may not read as the object
        (
            "Caracas a qualifié de mensonges sans fondement les accusations de ventes de fusils au Niger.",
            "fr",
            "les accusations de ventes de fusils au Niger",
        ),
    ],
)
def test_what_is_denied_stops_before_an_aside(text: str, language: str, denies: str) -> None:
    [denial] = [c for c in record(text, language, published="2024-06").claims if c.kind == "denial"]
    assert denial.denies == denies


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Laos shipped rifles to Vietnam in March. Both countries have denied the transaction.", "en"),
        ("Le Laos a livré des fusils au Vietnam en mars. Les deux pays démentent cette transaction.", "fr"),
    ],
)
def test_both_countries_denying_are_the_two_named_before(text: str, language: str) -> None:
    assert actors(record(text, language)) == {"LA", "VN"}


def test_a_pronoun_denying_is_not_both_countries() -> None:
    assert actors(record("Laos shipped rifles to Vietnam in March. He denied it.")) == set()


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Le Kremlin a balayé ces informations, les qualifiant de « fake news ».", "fr", {"RU"}),
        ("Russia dismissed the reports.", "en", {"RU"}),
        ("Putin dismissed the defence minister in May.", "en", set()),
        ("L'armée russe a balayé les défenses de la ville.", "fr", set()),
        ("Turkey denied Russian warships access to the Bosphorus.", "en", set()),
        ("Poland denied entry to Belarusian trucks.", "en", set()),
    ],
)
def test_dismissing_denies_only_a_claim(text: str, language: str, expected: set) -> None:
    assert actors(record(text, language)) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Pékin affirme ne pas fournir d'armes létales à la Russie.", "fr"),
        ("Beijing says it does not provide lethal weapons to Russia.", "en"),
    ],
)
def test_the_accused_saying_it_does_not_supply_denies_whatever_the_parse(text: str, language: str) -> None:
    rec = record(text, language)
    assert actors(rec) == {"CN"} and transfers(rec) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Le Kremlin a qualifié le rapport de « mensonge » et a nié avoir fourni des armes aux Houthis.",
        "Le Kremlin a qualifié le rapport de mensonge et a nié avoir fourni des armes aux Houthis.",
    ],
)
def test_a_denial_joined_to_a_characterisation(text: str) -> None:
    """The parser hangs "a nié" on the noun before it: the subject of the sentence still denies, and what is
    denied is what follows the denial word."""
    rec = record(text, "fr")
    [denial] = [c for c in rec.claims if c.kind == "denial"]
    assert denial.role("actor") == "RU"
    assert denial.denies == "avoir fourni des armes aux Houthis"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Moscow neither confirmed nor denied the shipment.", "en"),
        ("Moscou n'a ni confirmé ni démenti la livraison.", "fr"),
    ],
)
def test_neither_confirmed_nor_denied_is_no_denial(text: str, language: str) -> None:
    assert [c for c in record(text, language).claims if c.kind == "denial"] == []


@pytest.mark.parametrize(
    ("text", "language", "modality"),
    [
        ("Neither China nor India has sent weapons to Laos, officials said.", "en", "denied"),
        ("Ni la Chine ni l'Inde n'ont envoyé d'armes au Laos.", "fr", "denied"),
        ("Not only did China send weapons to Laos, it also built a factory there.", "en", "asserted"),
        ("La Chine n'a pas seulement livré des armes au Laos, elle y a aussi construit une usine.", "fr", "asserted"),
    ],
)
def test_neither_nor_on_the_subjects_denies_and_not_only_does_not(text: str, language: str, modality: str) -> None:
    rec = record(text, language)
    claims = [c for c in rec.claims if c.kind == "transfer"]
    found = {e.modality for e in rec.evidence if any(e.claim_id == c.id for c in claims)}
    assert claims and found == {modality}


def test_the_day_of_the_denial_is_no_part_of_what_is_denied() -> None:
    rec = record("L'Iran a démenti lundi avoir jamais fourni des missiles balistiques à la Russie.", "fr")
    assert [c.denies for c in rec.claims if c.kind == "denial"] == [
        "avoir jamais fourni des missiles balistiques à la Russie"
    ]


def test_a_denial_closed_by_its_speaker_keeps_what_it_denies() -> None:
    """ "Moscow has never supplied ..., the ministry insisted": the verb of saying above the denied clause
    does not cut it off."""
    rec = record("Moscow has never supplied rockets to the Houthis, the Russian foreign ministry insisted.", "en")
    [denial] = [c for c in rec.claims if c.kind == "denial"]
    assert (denial.role("actor"), denial.denies) == ("RU", "supplied rockets to the Houthis")


@pytest.mark.parametrize(
    ("text", "language", "accusation"),
    [
        (
            "Kyiv accused Minsk of supplying fuel to Russian troops, a charge Belarus denied.",
            "en",
            "Kyiv accused Minsk of supplying fuel to Russian troops",
        ),
        (
            "Kiev accuse Minsk de fournir du carburant aux troupes russes, ce que la Biélorussie dément.",
            "fr",
            "Kiev accuse Minsk de fournir du carburant aux troupes russes",
        ),
    ],
)
def test_a_denial_in_a_relative_clause_denies_the_accusation_before_it(
    text: str, language: str, accusation: str
) -> None:
    """The denial claim names what is denied; the accused is no source of the accusation's transfer."""
    rec = record(text, language)
    [denial] = [c for c in rec.claims if c.kind == "denial"]
    assert (denial.role("actor"), denial.denies) == ("BY", accusation)
    sources = {a.entity_id for e in rec.evidence for a in e.attributed_to if e.claim_id != denial.id}
    assert "BY" not in sources


@pytest.mark.parametrize(
    ("text", "language", "actor", "denies"),
    [
        (
            'Caracas called "absurd" the claims that it had sold rifles to Niger.',
            "en",
            "VE",
            "the claims that it had sold rifles to Niger",
        ),
        (
            'Caracas dismissed as "absurd" claims that it had sold rifles to Niger.',
            "en",
            "VE",
            "claims that it had sold rifles to Niger",
        ),
        (
            "Caracas a qualifié d'« absurdes » les accusations selon lesquelles il aurait vendu des fusils au Niger.",
            "fr",
            "VE",
            "les accusations selon lesquelles il aurait vendu des fusils au Niger",
        ),
    ],
)
def test_the_word_calling_it_untrue_before_the_accusation(text: str, language: str, actor: str, denies: str) -> None:
    rec = record(text, language, published="2024-06")
    [denial] = [c for c in rec.claims if c.kind == "denial"]
    assert (denial.role("actor"), denial.denies) == (actor, denies)
    accused = {c.id for c in rec.claims if c.kind == "transfer"}
    assert all(e.modality == "reported" for e in rec.evidence if e.claim_id in accused)  # the accusation, if kept


@pytest.mark.parametrize(
    "text",
    [
        'Lima called "false" the reports that Caracas had sold rifles to Niger.',
        "Lima called the reports that Caracas had sold rifles to Niger false.",
    ],
)
def test_a_third_party_calling_the_reports_untrue_denies_the_transfer(text: str) -> None:
    rec = record(text, published="2024-06")
    [transfer] = [c for c in rec.claims if c.kind == "transfer"]
    [evidence] = [e for e in rec.evidence if e.claim_id == transfer.id]
    assert (transfer.role("supplier"), transfer.role("recipient")) == ("VE", "NE")
    assert (evidence.modality, [a.name for a in evidence.attributed_to]) == ("denied", ["Lima"])


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Pretoria a rejeté les accusations américaines selon lesquelles elle aurait fourni des armes à la Russie.",
            "fr",
        ),
        ("Pretoria has rejected US claims that it supplied weapons to Russia.", "en"),
    ],
)
def test_the_accusers_are_no_supplier_of_what_the_accused_denies(text: str, language: str) -> None:
    """The pronoun is the subject of the verb of supplying; "américaines" before it only says who accuses."""
    rec = record(text, language)
    assert [(c.kind, c.role("actor")) for c in rec.claims] == [("denial", "ZA")]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            'Iran\'s foreign minister dismissed the allegations as "baseless", saying Tehran had not sent any '
            "weapons to Russia since the war began.",
            "en",
        ),
        (
            "Le ministre iranien a qualifié ces accusations de « mensonges », affirmant que Téhéran n'avait envoyé "
            "aucune arme à la Russie depuis le début de la guerre.",
            "fr",
        ),
    ],
)
def test_a_date_of_what_is_denied_does_not_date_the_denial(text: str, language: str) -> None:
    denials = [c for c in record(text, language, published="2025-06-15").claims if c.kind == "denial"]
    assert [c.time.start if c.time else None for c in denials] == ["2025-06"]


@pytest.mark.parametrize(
    ("text", "language", "actor"),
    [
        (
            "Le porte-parole de l'ANL a démenti toute présence de soldats étrangers dans l'est du pays.",
            "fr",
            "organization:libyan-national-army",
        ),
        ("Hamas denied receiving any weapons from North Korea.", "en", "organization:hamas"),
    ],
)
def test_an_armed_group_denies_and_its_denied_flow_is_no_transfer(text: str, language: str, actor: str) -> None:
    found = record(text, language)
    assert actors(found) == {actor}
    assert transfers(found) == set()


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "L'Iran aurait livré des drones à la Bolivie. Téhéran a qualifié ces informations de « pure invention » "
            "par la voix de son porte-parole, tandis que le ministre bolivien des Affaires étrangères les a jugées "
            "« sans fondement ».",
            "fr",
        ),
        (
            "Iran reportedly delivered drones to Bolivia. Tehran called the reports 'pure invention', while "
            "Bolivia's foreign minister dismissed them as baseless.",
            "en",
        ),
    ],
)
def test_two_states_each_calling_the_reports_untrue_each_deny(text: str, language: str) -> None:
    rec = record(text, language, published="2022-10-20")
    assert {c.role("actor") for c in rec.claims if c.kind == "denial"} == {"IR", "BO"}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Selon Southcom, des techniciens russes se trouvent au Nicaragua. Le ministre nicaraguayen de la Défense "
            "a rejeté ces chiffres.",
            "fr",
        ),
        (
            "Southcom says Russian technicians are in Nicaragua. Nicaragua's defence minister rejected those figures.",
            "en",
        ),
    ],
)
def test_rejecting_the_figures_is_a_denial(text: str, language: str) -> None:
    denials = [c for c in record(text, language).claims if c.kind == "denial"]
    assert [c.role("actor") for c in denials] == ["NI"]
