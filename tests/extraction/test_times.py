"""When a claim happened: its time read from the sentence, the report that tells it and the sentences
around it, resolved against the publication date. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import only, record


def span(text: str, language: str, published: str, kind: str = "transfer") -> tuple[str | None, str | None] | None:
    claim = only(record(text, language, published=published), kind)
    return claim.time and (claim.time.start, claim.time.end)


@pytest.mark.parametrize(
    ("text", "language", "published", "time"),
    [
        # a deal is signed on a day, in a month, a season: not from then on
        (
            "Kazakhstan and Turkey signed a contract for twelve armed drones in March 2023.",
            "en",
            "2024-01-10",
            ("2023-03", "2023-03"),
        ),
        (
            "Le Maroc et la France ont signé en octobre 2022 un contrat pour douze hélicoptères.",
            "fr",
            "2024-01-10",
            ("2022-10", "2022-10"),
        ),
        # a season runs from its solstice or equinox to the next: the summer is June to September
        (
            "This summer, Poland signed a contract with South Korea for 180 K2 tanks.",
            "en",
            "2022-12-06",
            ("2022-06", "2022-09"),
        ),
        (
            "Cet été, la Pologne a signé avec la Corée du Sud un contrat pour 180 chars K2.",
            "fr",
            "2022-12-06",
            ("2022-06", "2022-09"),
        ),
    ],
)
def test_an_agreement_is_dated_when_signed(text: str, language: str, published: str, time: tuple) -> None:
    assert span(text, language, published, "agreement") == time


def test_an_agreement_in_force_from_a_date_starts_then() -> None:
    signed = "La Serbie et la Hongrie ont signé un traité de défense en mai 2022."
    in_force = "Le traité de défense entre la Serbie et la Hongrie est entré en vigueur en mai 2022."
    assert span(signed, "fr", "2024-01", "agreement") == ("2022-05", "2022-05")
    assert span(in_force, "fr", "2024-01", "agreement") == ("2022-05", None)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("On June 12, the Iranian foreign minister said that Iran had delivered drones to Russia.", "en"),
        ("Le 12 juin, le ministre iranien a reconnu que l'Iran avait livré des drones à la Russie.", "fr"),
    ],
)
def test_a_delivery_told_done_at_a_dated_report_ends_then(text: str, language: str) -> None:
    assert span(text, language, "2024-08-20") == (None, "2024-06-12")


def test_a_deal_told_signed_at_a_dated_report_ends_then() -> None:
    text = "Des médias ont révélé l'an dernier que le Maroc aurait signé un contrat avec la Turquie pour des drones."
    assert span(text, "fr", "2024-08-20", "agreement") == (None, "2023")


@pytest.mark.parametrize(
    ("done", "going_on", "language"),
    [
        (
            "Belarus has already received Iskander missiles from Russia.",
            "Russia already supplies oil to Belarus.",
            "en",
        ),
        (
            "Des obus nord-coréens ont déjà été livrés à la Russie.",
            "La Corée du Nord livre déjà des obus à la Russie.",
            "fr",
        ),
    ],
)
def test_already_delivered_ends_at_publication(done: str, going_on: str, language: str) -> None:
    assert span(done, language, "2024-08-20") == (None, "2024-08-20")
    assert span(going_on, language, "2024-08-20") is None  # still going on: no end


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Some of the drones are now thought to be shipped from Iran to Sudan.", "en"),
        ("Belgium is currently sending mortar rounds to Ukraine.", "en"),
        ("La Chine fournit désormais des moteurs à la Russie.", "fr"),  # "fournit" read as a past
        ("L'Iran livre actuellement des drones au Soudan.", "fr"),
    ],
)
def test_now_on_a_flow_in_the_present_starts_at_publication(text: str, language: str) -> None:
    assert span(text, language, "2024-08-20") == ("2024-08", None)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Belarus has now received Iskander missiles from Russia.", "en"),  # done by now: not going on
        ("It is wrong that Israel supplies drones to Azerbaijan, especially now, the minister said.", "en"),
        ("Des analystes observent désormais un ralentissement des livraisons d'obus nord-coréens à la Russie.", "fr"),
    ],
)
def test_now_elsewhere_gives_no_start(text: str, language: str) -> None:
    found = span(text, language, "2024-08-20")
    assert found is None or found[0] != "2024-08"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("North Korea shipped artillery shells to Russia on 20 and 21 May.", "en"),
        ("North Korea shipped artillery shells to Russia on May 20 and 21.", "en"),
        ("La Corée du Nord a livré des obus à la Russie les 20 et 21 mai.", "fr"),
    ],
)
def test_two_days_of_one_month_are_an_interval(text: str, language: str) -> None:
    assert span(text, language, "2024-08-20") == ("2024-05-20", "2024-05-21")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Iran has supplied drones to Russia over the past two years.", "en"),
        ("L'Iran a fourni des drones à la Russie au cours des deux dernières années.", "fr"),
    ],
)
def test_a_count_of_years_in_words_ends_at_publication(text: str, language: str) -> None:
    assert span(text, language, "2024-08-20") == ("2022-08", "2024-08-20")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("France delivered fighter jets to India in the 1980s.", "en"),
        ("La France a livré des avions de combat à l'Inde dans les années 1980.", "fr"),
    ],
)
def test_a_decade_is_its_ten_years(text: str, language: str) -> None:
    assert span(text, language, "2024-08-20") == ("1980", "1989")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Russia delivered S-400 air defence systems to Turkey two years ago.", "en"),
        ("La Russie a livré des systèmes S-400 à la Turquie il y a deux ans.", "fr"),
    ],
)
def test_years_ago_is_that_year(text: str, language: str) -> None:
    assert span(text, language, "2024-08-20") == ("2022", "2022")


@pytest.mark.parametrize(
    ("text", "language", "time"),
    [
        ("Russia has shipped oil to North Korea since the beginning of 2023.", "en", ("2023", None)),
        ("La Russie livre du pétrole à la Corée du Nord depuis le début de l'année.", "fr", ("2024", None)),
        ("Ukraine received Bradley vehicles from the United States in mid-2023.", "en", ("2023", "2023")),
        ("L'Ukraine a reçu des véhicules Bradley des États-Unis à la mi-2023.", "fr", ("2023", "2023")),
    ],
)
def test_the_start_or_middle_of_a_year(text: str, language: str, time: tuple) -> None:
    assert span(text, language, "2024-08-20") == time


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("France delivered howitzers to Ukraine, which has been at war since 2022.", "en"),
        ("La France a livré des obusiers à l'Ukraine, pays qui combat la Russie depuis 2022.", "fr"),
    ],
)
def test_the_date_of_a_clause_about_something_else_is_not_the_claims(text: str, language: str) -> None:
    assert span(text, language, "2025-12-18") is None


def test_a_denial_does_not_take_the_date_of_another_clause() -> None:
    text = (
        "Serbia's president told reporters he discussed arms exports with Putin when he visited Moscow on May 9, "
        "and denied that Serbia sold ammunition to Ukraine."
    )
    assert span(text, "en", "2025-05-30", "denial") == ("2025-05", "2025-05")  # told in May: not on May 9


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "India signed a deal with Armenia in November for the supply of Indian howitzers to Armenia "
            "in the coming years.",
            "en",
        ),
        (
            "L'Inde a signé en novembre avec l'Arménie un accord portant sur la fourniture d'obusiers indiens "
            "à l'Arménie dans les années à venir.",
            "fr",
        ),
    ],
)
def test_a_supply_still_to_come_has_no_end(text: str, language: str) -> None:
    assert span(text, language, "2023-05") == ("2022-11", None)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Last September, the Armenian minister complained that Russia had ignored the contracts signed "
            "with Armenia over the past two years.",
            "en",
        ),
        (
            "En septembre dernier, le ministre arménien s'est plaint que la Russie n'avait pas honoré les contrats "
            "signés avec l'Arménie au cours des deux dernières années.",
            "fr",
        ),
    ],
)
def test_the_past_years_of_a_dated_statement_are_counted_from_it(text: str, language: str) -> None:
    assert span(text, language, "2023-05", "agreement") == ("2020-09", "2022-09")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "The United States and Taiwan signed an arms deal on Tuesday. "
            "The package includes 40 armoured vehicles for Taiwan from the United States.",
            "en",
        ),
        (
            "Le Maroc et la Turquie ont signé plusieurs contrats en mars 2023. "
            "Les contrats prévoient la livraison au Maroc de drones turcs.",
            "fr",
        ),
    ],
)
def test_the_materiel_of_a_deal_dated_just_before_is_promised_from_then(text: str, language: str) -> None:
    claim = only(record(text, language, published="2024-01-10"))
    start = "2024-01-09" if language == "en" else "2023-03"
    assert claim.time is not None and (claim.time.start, claim.time.end) == (start, None)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Iran has started supplying ballistic missiles to Russia. "
            "The shipments, which began on January 5, are the first ever to Moscow.",
            "en",
        ),
        (
            "L'Iran a commencé à livrer des missiles balistiques à la Russie. "
            "Les livraisons, qui ont débuté le 5 janvier, sont les premières vers Moscou.",
            "fr",
        ),
    ],
)
def test_a_flow_that_started_starts_when_the_next_sentences_say(text: str, language: str) -> None:
    assert span(text, language, "2024-03-15") == ("2024-01-05", None)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "North Korea shipped shells to Russia in August. Washington worries about what North Korea will receive "
            "from Russia. Russian ships may have delivered fighter jets to North Korea.",
            "en",
        ),
        (
            "La Corée du Nord a livré des obus à la Russie en août. Washington s'inquiète de ce que Pyongyang "
            "recevra de Moscou en retour. Des navires russes auraient livré des avions de combat à Pyongyang.",
            "fr",
        ),
    ],
)
def test_the_reverse_flow_does_not_take_the_time_of_the_one_before(text: str, language: str) -> None:
    rec = record(text, language, published="2023-10-13")
    [jets] = [c for c in rec.claims if c.kind == "transfer" and c.role("supplier") == "RU"]
    assert jets.time is None


@pytest.mark.parametrize(
    ("text", "language", "time"),
    [
        ("Russia will deliver the S-400 systems to India by the end of the year.", "en", (None, "2024")),
        ("La Russie livrera les systèmes S-400 à l'Inde d'ici la fin de l'année.", "fr", (None, "2024")),
        ("China has supplied drones to Russia in recent years.", "en", ("2021", "2024")),
        ("La Chine a fourni des drones à la Russie ces dernières années.", "fr", ("2021", "2024")),
    ],
)
def test_the_end_of_the_year_and_recent_years(text: str, language: str, time: tuple) -> None:
    assert span(text, language, "2024-08-20") == time


@pytest.mark.parametrize(
    ("text", "language", "time"),
    [
        ("Exports of machine tools from Japan to Iran fell in the third quarter.", "en", ("2025-07", "2025-09")),
        ("Japan shipped machine tools to Iran in the first half of 2024.", "en", ("2024-01", "2024-06")),
        ("Le Japon a exporté des machines-outils en Iran au deuxième trimestre 2024.", "fr", ("2024-04", "2024-06")),
    ],
)
def test_a_quarter_or_a_half_of_a_year(text: str, language: str, time: tuple) -> None:
    assert span(text, language, "2025-11-20") == time


@pytest.mark.parametrize(
    ("text", "language", "time"),
    [
        # the year a range states at its end is the year of its start too
        ("Belarus sent fuel to Serbia between March and June 2022.", "en", ("2022-03", "2022-06")),
        ("La Biélorussie a livré du fioul à la Serbie entre décembre et février 2023.", "fr", ("2022-12", "2023-02")),
        # no year at all: the range never ends before it starts
        ("Belarus sent fuel to Serbia between March and June.", "en", ("2023-03", "2023-06")),
    ],
)
def test_a_range_of_months_never_ends_before_it_starts(text: str, language: str, time: tuple[str, str]) -> None:
    assert span(text, language, "2024-05-10") == time


@pytest.mark.parametrize(
    ("text", "language", "time"),
    [
        ("Belarus sent fuel to Serbia over the weekend.", "en", ("2024-05", "2024-05")),
        ("La Biélorussie a livré du fioul à la Serbie en début d'année.", "fr", ("2024", "2024")),
        ("Minsk a livré du fioul à la Serbie au cours du premier semestre 2023.", "fr", ("2023-01", "2023-06")),
        ("La Biélorussie livre du fioul à la Serbie depuis le coup d'État de 2021.", "fr", ("2021", None)),
    ],
)
def test_weekends_halves_and_since_an_event_of_a_year(text: str, language: str, time: tuple) -> None:
    assert span(text, language, "2024-05-10") == time


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Russia delivered 20 tanks to Mali in 2022 and 2023.", "en", ("2022", "2023")),
        ("La Russie a livré des chars au Mali en mars et en avril.", "fr", ("2024-03", "2024-04")),
        ("Russia delivered 10 tanks to Mali in 2021, and Niger received drones in 2023.", "en", ("2021", "2021")),
        ("In 2022 and 2023, Russia shipped trucks to Mali.", "en", ("2022", "2023")),
    ],
)
def test_two_dates_joined_by_and_span_both(text: str, language: str, expected: tuple) -> None:
    assert span(text, language, "2024-05-10") == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Russia will deliver 20 tanks to Mali next year.", "en"),
        ("La Russie livrera 20 chars au Mali l'an prochain.", "fr"),
    ],
)
def test_next_year_is_the_year_after_publication(text: str, language: str) -> None:
    assert span(text, language, "2024-05-10") == ("2025", None)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Les premiers Su-35 seront livrés à l'Iran par la Russie au printemps prochain.",
            "fr",
            ("2025-03", "2025-06"),
        ),
        ("Russia will deliver the first Su-35 jets to Iran next spring.", "en", ("2025-03", "2025-06")),
        ("Russia will deliver the first Su-35 jets to Iran next March.", "en", ("2025-03", None)),
        ("La Russie livrera des Su-35 à l'Iran en juin prochain.", "fr", ("2024-06", None)),
    ],
)
def test_a_season_or_month_to_come_is_the_next_one(text: str, language: str, expected: tuple) -> None:
    assert span(text, language, "2024-05-10") == expected


def test_a_future_passive_is_pledged() -> None:
    claim = only(record("Les premiers Su-35 seront livrés à l'Iran par la Russie.", "fr"))
    assert claim.status is not None and claim.status.value == "pledged"


@pytest.mark.parametrize(
    "text",
    [
        "L'Iran a envoyé plus de 200 missiles au Laos, a déclaré vendredi un responsable.",
        "L'Iran a envoyé plus de 200 missiles au Laos, ont déclaré vendredi à Reuters deux responsables européens.",
    ],
)
def test_the_day_of_a_french_incise_dates_the_report_not_the_delivery(text: str) -> None:
    [claim] = record(text, "fr", published="2024-05-10").claims
    assert claim.time is not None and (claim.time.start, claim.time.end) == (None, "2024-05-10")


@pytest.mark.parametrize(
    ("text", "language", "start"),
    [
        ("Seoul will deliver 20 tanks to Laos in March.", "en", "2025-03"),
        ("Séoul livrera 20 chars au Laos en mars.", "fr", "2025-03"),
        ("Seoul will deliver 20 tanks to Laos in June.", "en", "2024-06"),
        ("Laos expects to receive the first K2 tanks from South Korea in December.", "en", "2024-12"),
        ("Seoul is set to deliver 96 K9 howitzers to Laos in June.", "en", "2024-06"),
        ("Germany pledged 20 tanks to Laos in March.", "en", "2024-03"),  # the promise, made last March
        ("Seoul delivered 20 tanks to Laos in June.", "en", "2023-06"),
    ],
)
def test_a_month_with_no_year_is_the_next_one_for_a_delivery_to_come(text: str, language: str, start: str) -> None:
    [claim] = record(text, language, published="2024-05-10").claims
    assert claim.time is not None and claim.time.start == start


def test_a_date_the_parser_hung_on_a_belief_held_now_dates_the_transfer() -> None:
    text = (
        "The tanker Orel is believed to have transferred 600 tons of oil to a North Korean vessel, the Rye Song 3,"
        " in international waters off Shanghai on Oct. 19."
    )
    claims = [c for c in record(text, "en").claims if c.kind == "transfer"]
    assert [(c.time.start, c.time.end) for c in claims] == [("2023-10-19", "2023-10-19")]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Niger's air force has just received its first drones from Turkey.", "en"),
        ("L'armée de l'air nigérienne vient de recevoir ses premiers drones turcs.", "fr"),
        ("La Turquie vient d'envoyer des drones au Niger.", "fr"),
    ],
)
def test_just_received_is_this_month_up_to_publication(text: str, language: str) -> None:
    assert span(text, language, "2024-08-20") == ("2024-08", "2024-08-20")


def test_had_just_is_just_before_another_time_than_publication() -> None:
    assert span("Turkey had just sent drones to Niger when the coup began.", "en", "2024-08-20") is None


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("L'Iran a expédié des drones vers le Soudan d'août à novembre 2022.", "fr", ("2022-08", "2022-11")),
        ("L'Iran a expédié des drones vers le Soudan d'avril à juin.", "fr", ("2024-04", "2024-06")),
    ],
)
def test_a_french_range_after_an_elided_de(text: str, language: str, expected: tuple) -> None:
    assert span(text, language, "2024-07-10") == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("La Russie fournit des armes à la Syrie depuis dix ans.", "fr"),
        ("Russia has supplied weapons to Syria for more than a decade.", "en"),
    ],
)
def test_a_flow_for_a_length_of_time_runs_up_to_publication(text: str, language: str) -> None:
    assert span(text, language, "2025-06-15") == ("2015-06", "2025-06-15")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("C'est la première fois depuis deux ans que la Russie livre du pétrole à la Corée du Nord.", "fr"),
        ("It was the first time since 2021 that Russia delivered oil to North Korea.", "en"),
    ],
)
def test_the_gap_since_the_last_time_is_not_the_claims_time(text: str, language: str) -> None:
    assert span(text, language, "2025-06-15") is None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Russian troops are already present in Niger.", "en"),
        ("Des troupes russes sont déjà présentes au Niger.", "fr"),
    ],
)
def test_troops_already_present_were_sent_by_publication(text: str, language: str) -> None:
    assert span(text, language, "2024-08-20") == (None, "2024-08-20")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Russia and Belarus signed a defence pact in March. Since then, Moscow has sent tanks to Minsk.", "en"),
        ("La Russie et le Bélarus ont signé un pacte en mars. Depuis, Moscou a envoyé des chars à Minsk.", "fr"),
    ],
)
def test_since_then_starts_at_the_date_of_the_sentence_before(text: str, language: str) -> None:
    claim = only(record(text, language, published="2024-07-10"))
    assert claim.time is not None and (claim.time.start, claim.time.end) == ("2024-03", None)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Russia delivered tanks to Mali in March. The deliveries continued in April.", "en"),
        ("La Russie a livré des chars au Mali en mars. Ces livraisons se sont poursuivies en avril.", "fr"),
    ],
)
def test_the_flow_named_again_with_a_date_of_its_own_is_a_claim_of_that_date(text: str, language: str) -> None:
    claims = record(text, language, published="2024-07-10").claims
    assert sorted(c.time.start for c in claims if c.kind == "transfer" and c.time) == ["2024-03", "2024-04"]


def test_what_ended_up_somewhere_did_not_halt() -> None:
    claim = only(record("Pakistani shells bought by a British firm ended up in Ukraine.", "en"))
    assert claim.trend is None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Ankara delivered six TB2 drones to Togo in May and four Hurkus aircraft in October.", "en"),
        ("Ankara a livré six drones TB2 au Togo en mai et quatre avions Hürkuş en octobre.", "fr"),
    ],
)
def test_each_kind_of_materiel_is_of_the_date_that_follows_it(text: str, language: str) -> None:
    rec = record(text, language, published="2025-06-15")
    times = {c.item: c.time and (c.time.start, c.time.end) for c in rec.claims if c.kind == "transfer"}
    assert times == {"drones": ("2025-05", "2025-05"), "aircraft": ("2024-10", "2024-10")}


@pytest.mark.parametrize(
    ("text", "end"),
    [
        ("Kyiv expects to receive F-16 jets from Denmark by the summer.", "2024-09"),
        ("Denmark will deliver F-16 jets to Ukraine by March.", "2025-03"),  # next March, told in August
    ],
)
def test_by_a_season_or_a_month_still_to_come_is_an_end_only(text: str, end: str) -> None:
    assert span(text, "en", "2024-08-20") == (None, end)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The minister said on Monday that Iranian missiles are being delivered to Venezuela.", "en"),
        ("Le ministre a déclaré lundi que l'Iran fournit des drones à la Russie.", "fr"),
    ],
)
def test_a_flow_told_in_the_present_in_a_dated_report_goes_on_by_that_date(text: str, language: str) -> None:
    assert span(text, language, "2024-08-21") == (None, "2024-08-19")
