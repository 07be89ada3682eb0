"""Port calls: ports the gazetteer lacks, departures and returns, flags, counts and times.
Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from graph.model import ArticleRecord, Claim
from tests.extraction.helpers import only, record


def calls(rec: ArticleRecord) -> list[Claim]:
    return [c for c in rec.claims if c.kind == "port_call"]


def test_a_port_named_by_its_port_word_and_then_by_its_name_alone() -> None:
    text = "The bulk carrier left the port of Mokpo on Oct. 15. It returned to Mokpo on Nov. 24 with a new crew."
    found = {(c.role("port"), c.time.start if c.time else None) for c in calls(record(text, published="2024-01-10"))}
    assert found == {("port:mokpo", "2023-10-15"), ("port:mokpo", "2023-11-24")}


@pytest.mark.parametrize(
    ("text", "language", "port"),
    [
        ("Le cargo a quitté le port de Samsun le 4 mars.", "fr", "port:samsun"),
        ("Le vraquier a appareillé de la base navale de Simon's Town en décembre.", "fr", "port:simon-s-town"),
        ("The freighter berthed at the naval base in Simon's Town in December.", "en", "port:simon-s-town"),
        ("The tanker unloaded its cargo at Mokpo port in May.", "en", "port:mokpo"),
        ("Three ships arrived at the port of Batumi in April.", "en", "port:batumi"),
        ("Le navire a déchargé sa cargaison au port de Conakry en mai.", "fr", "port:conakry"),
    ],
)
def test_ports_the_gazetteer_lacks(text: str, language: str, port: str) -> None:
    assert {c.role("port") for c in calls(record(text, language))} == {port}


@pytest.mark.parametrize(
    "text",
    [
        "The tanker docked at Vostochny Port in Russia's Far East in May, then at the port of Mokpo.",
        "The tanker left the port of Mokpo in May and docked at Vostochny, a port in Nigeria's south.",
    ],
)
def test_a_region_or_a_state_next_to_a_port_word_is_no_port(text: str) -> None:
    assert {c.role("port") for c in calls(record(text))} == {"port:vostochny", "port:mokpo"}


def test_a_capital_named_as_a_port_stays_its_state_elsewhere() -> None:
    rec = record("Le cargo a accosté au port de Dakar en mai. Dakar a ensuite renforcé ses contrôles.", "fr")
    assert {c.role("port") for c in calls(rec)} == {"port:dakar"}
    assert "SN" in {e.id for e in rec.entities}


@pytest.mark.parametrize(
    ("text", "language", "flag"),
    [
        ("A Hong Kong-flagged tanker docked at Nampo in May.", "en", "HK"),
        ("A Panama-flagged cargo ship sailed from Rason in May.", "en", "PA"),
        ("A freighter flying the Togolese flag called at Nampo in May.", "en", "TG"),
        ("Un pétrolier battant pavillon togolais a accosté à Nampo en mai.", "fr", "TG"),
        ("Le cargo, sous pavillon du Cameroun, a quitté Rason en mai.", "fr", "CM"),
    ],
)
def test_the_flag_of_the_vessel_that_calls(text: str, language: str, flag: str) -> None:
    [call] = calls(record(text, language))
    assert call.role("flag") == flag


def test_a_call_told_after_leaving_ends_by_the_date_of_what_followed() -> None:
    text = "The tanker handed its fuel to a North Korean ship on May 9, after leaving the port of Mokpo."
    [call] = calls(record(text, published="2024-06-01"))
    assert call.role("port") == "port:mokpo"
    assert call.role("flag") is None  # the North Korean ship received the fuel; it did not call at Mokpo
    assert (call.time.start, call.time.end) == (None, "2024-05-09")


def test_a_count_of_calls_in_times() -> None:
    text = (
        "Satellite photos showed a tanker at the port of Rason in May. "
        "The vessel called at the terminal a dozen times last year."
    )
    counts = {c.count.min for c in calls(record(text)) if c.count}
    assert counts == {12}


def test_a_departure_told_with_an_irregular_verb() -> None:
    text = "A Russian freighter loaded crates at Rason on May 2. Three days later it left Rason for Vostochny."
    quotes = {e.quote for e in record(text).evidence}
    assert any("it left Rason" in q for q in quotes)


@pytest.mark.parametrize(
    ("text", "language", "port"),
    [
        ("The freighter docked at Port Vila in May.", "en", "port:port-vila"),
        ("Le cargo a fait escale à Conakry le 30 septembre.", "fr", "port:conakry"),
        ("The cargo ship docked at Rason and unloaded in Durban in May.", "en", "port:durban"),
        ("The Iranian freighter called at Port Sudan in May.", "en", "port:port-sudan"),
    ],
)
def test_where_a_vessel_docks_is_a_port(text: str, language: str, port: str) -> None:
    assert port in {c.role("port") for c in calls(record(text, language))}


def test_docking_in_a_region_names_no_port() -> None:
    text = "A Russian ship docked in the Black Sea in May and then docked at Port Vila in June."
    assert {c.role("port") for c in calls(record(text))} == {"port:port-vila"}


def test_a_date_of_something_told_inside_the_call_is_not_its_time() -> None:
    text = "The freighter called at the port of Mokpo to deliver equipment ordered in 2018."
    [call] = calls(record(text, published="2024-03-15"))
    assert call.time is None


def test_a_port_city() -> None:
    text = "The ship sailed from the port city of Sinuiju in March."
    assert {c.role("port") for c in calls(record(text))} == {"port:sinuiju"}


@pytest.mark.parametrize(
    ("text", "language", "port"),
    [
        ("Les hélicoptères ont été débarqués au port de Conakry le 30 septembre.", "fr", "port:conakry"),
        ("The containers were loaded at the port of Najin and taken by train to Russia.", "en", "port:rason"),
    ],
)
def test_cargo_unloaded_at_a_named_port_is_a_call_with_no_vessel_named(text: str, language: str, port: str) -> None:
    [call] = calls(record(text, language))
    assert call.role("port") == port and call.role("vessel") is None


def test_arriving_somewhere_with_no_vessel_is_no_call() -> None:
    text = "The drones arrived at the port of Mersin in May. The shells were unloaded at the port of Mokpo."
    assert {c.role("port") for c in calls(record(text))} == {"port:mokpo"}


@pytest.mark.parametrize(
    "text",
    [
        "The Angara's visit to Port Vila in December sparked a diplomatic row.",
        "The Angara sailed from Istanbul in November. It docked at Port Vila on December 6.",
    ],
)
def test_a_vessels_visit_or_docking_names_the_port(text: str) -> None:
    assert "port:port-vila" in {c.role("port") for c in calls(record(text))}


def test_someone_elses_visit_names_no_port() -> None:
    text = "The minister's visit to Moscow in May was about ships. The Angara's visit to Port Vila followed in June."
    assert {c.role("port") for c in calls(record(text))} == {"port:port-vila"}


@pytest.mark.parametrize(
    ("text", "ports"),
    [
        ("The Ever Given left the port of Nampo on Monday.", [("port:nampo",)]),
        ("Putin left the port of Nampo on Monday.", []),
    ],
)
def test_a_name_no_one_knows_leaving_a_port_is_a_ship(text: str, ports: list) -> None:
    rec = record(text, "en", published="2024-06-15")
    assert [c.roles["port"] for c in rec.claims if c.kind == "port_call"] == ports


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The tanker docked at Vladivostok on 4 June.", "en"),
        ("Le vraquier a fait escale à Vladivostok le 4 juin.", "fr"),
    ],
)
def test_docking_at_a_city_whose_port_is_known_is_a_call_at_that_port(text: str, language: str) -> None:
    [call] = calls(record(text, language, published="2024-06-15"))
    assert call.role("port") == "port:port-of-vladivostok"


def test_a_city_whose_port_is_known_stays_a_place_where_no_vessel_docks() -> None:
    rec = record("The delegation arrived in Vladivostok by train on 4 June.", published="2024-06-15")
    assert calls(rec) == [] and "port:port-of-vladivostok" not in {e.id for e in rec.entities}


def test_a_name_the_ner_took_for_a_place_that_sails_is_a_ship() -> None:
    rec = record("The Ocean Pearl sailed from Bandar Abbas in March.", "en", published="2024-06-15")
    assert [c.roles["port"] for c in rec.claims if c.kind == "port_call"] == [("port:bandar-abbas",)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The vessel left the port of Vostochny on 12 May bound for the port of Rajin.", "en"),
        ("Le navire a quitté le port de Vostotchny le 12 mai à destination de Rajin.", "fr"),
    ],
)
def test_where_a_vessel_is_bound_is_no_call(text: str, language: str) -> None:
    ports = [c.role("port") for c in record(text, language).claims if c.kind == "port_call"]
    assert len(ports) == 1 and "rajin" not in ports[0].lower() and "rason" not in ports[0].lower()


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The tanker Ocean Star docked at Nampo three times in March, according to satellite imagery.", "en"),
        ("Le pétrolier Ocean Star a accosté trois fois à Nampo en mars, selon des images satellites.", "fr"),
    ],
)
def test_a_name_after_a_vessel_noun_is_the_vessel(text: str, language: str) -> None:
    rec = record(text, language)
    [call] = [c for c in rec.claims if c.kind == "port_call"]
    assert call.roles.get("vessel") == ("vessel:ocean-star",)
    assert "vessel:ocean-star" in {e.id for e in rec.entities if e.kind == "vessel"}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The vessel sailed from Vostochny on March 3 and called at Rajin two days later.", "en"),
        ("Le navire a quitté Vostotchny le 3 mars et a accosté à Rajin deux jours plus tard.", "fr"),
    ],
)
def test_each_port_dated_by_its_own_verb(text: str, language: str) -> None:
    """ "two days later" counts from the day named before it; each port takes the date of its own clause."""
    rec = record(text, language, published="2024-05-10")
    times = {c.role("port"): c.time and (c.time.start, c.time.end) for c in rec.claims if c.kind == "port_call"}
    assert times == {"port:vostochny": ("2024-03-03", "2024-03-03"), "port:rason": ("2024-03-05", "2024-03-05")}


def test_the_port_of_a_sentence_before_in_a_shorter_sentence() -> None:
    """ "the port" of the next sentence is the port named before, whose words that short sentence lacks."""
    text = (
        "After a long voyage across the East China Sea and the Yellow Sea, the tanker finally called at Nampo"
        " in May. It returned to the port in June."
    )
    rec = record(text, published="2024-07-10")
    assert {c.role("port") for c in rec.claims if c.kind == "port_call"} == {"port:nampo"}


@pytest.mark.parametrize(
    ("text", "language", "vessel"),
    [
        ("Le pétrolier Blue Heron a fait escale à Nampo le 3 mars.", "fr", "Blue Heron"),
        ("The tanker Blue Heron called at Nampo on March 3.", "en", "Blue Heron"),
        ("The ship Monday called at Nampo.", "en", None),  # a weekday, not a name
    ],
)
def test_a_vessel_named_after_its_noun_though_the_ner_missed_it(text: str, language: str, vessel: str | None) -> None:
    rec = record(text, language)
    (call,) = calls(rec)
    names = {e.id: e.name for e in rec.entities}
    assert names.get(call.role("vessel") or "") == vessel


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The freighter arrived at Port Sudan on 12 June.", "en"),
        ("Le cargo est arrivé à Port-Soudan le 12 juin.", "fr"),
    ],
)
def test_a_vessel_arriving_at_a_seat_of_government_calls_at_its_port(text: str, language: str) -> None:
    """Port Sudan is also where Sudan's government sits: after a vessel's verb of arriving it is the port,
    the same one in both languages."""
    [call] = [c for c in record(text, language).claims if c.kind == "port_call"]
    assert call.role("port") == "port:port-sudan"


@pytest.mark.parametrize(
    ("text", "language", "port"),
    [
        ("The cargo ship Lady R departed from Port Vila on May 9.", "en", "port:port-vila"),
        ("The cargo ship Lady R left Port Vila on May 9.", "en", "port:port-vila"),
        ("Le cargo Lady R a appareillé de Conakry le 9 mai.", "fr", "port:conakry"),
    ],
)
def test_where_a_vessel_departs_from_is_a_port(text: str, language: str, port: str) -> None:
    [call] = calls(record(text, language))
    assert (call.role("port"), call.role("vessel")) == (port, "vessel:lady-r")


@pytest.mark.parametrize("text", ["The minister left Port Vila on Tuesday.", "The delegation departed from Conakry."])
def test_someone_leaving_a_city_names_no_port(text: str) -> None:
    assert calls(record(text)) == []


def test_a_name_the_ner_took_for_a_place_after_a_vessel_noun_is_the_vessel() -> None:
    text = "The tanker Sea Breeze left the port of Nakhodka on March 3."
    [call] = calls(record(text))
    assert (call.role("port"), call.role("vessel")) == ("port:nakhodka", "vessel:sea-breeze")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("A Russian cargo ship, the Sun Rise, docked at Rajin port on Saturday.", "en"),
        ("Un cargo russe, le Sun Rise, a accosté samedi au port de Rajin.", "fr"),
    ],
)
def test_a_vessel_named_in_apposition_after_its_noun(text: str, language: str) -> None:
    claim = only(record(text, language), "port_call")
    assert (claim.role("vessel"), claim.role("port")) == ("vessel:sun-rise", "port:rason")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The frigate Admiral Gorshkov made a port call in Havana last June.", "en"),
        ("La frégate Admiral Gorshkov a fait escale à La Havane en juin dernier.", "fr"),
    ],
)
def test_a_port_named_by_a_capital_is_one_port_in_both_languages(text: str, language: str) -> None:
    assert only(record(text, language), "port_call").role("port") == "port:havana"


def test_a_word_of_a_ports_name_read_as_a_verb_does_not_take_the_calls_date() -> None:
    text = "Le navire sanctionné Lady R a accosté à la base navale de Simon's Town en décembre 2022."
    claim = only(record(text, "fr"), "port_call")
    assert claim.time is not None and (claim.time.start, claim.time.end) == ("2022-12", "2022-12")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Le cargo Nordic Star a fait escale à deux reprises à Puerto Limón entre juillet et septembre.", "fr"),
        ("The freighter Nordic Star docked twice in two months at Puerto Limón.", "en"),
    ],
)
def test_a_count_between_the_verb_of_docking_and_the_port_is_no_port(text: str, language: str) -> None:
    assert {c.role("port") for c in calls(record(text, language))} == {"port:puerto-limon"}
