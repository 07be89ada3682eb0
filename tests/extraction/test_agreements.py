"""Agreements: contracts and orders, and their parties when the syntax does not give both.
Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import only, record


def agreements(text: str, language: str = "en", published: str = "2024-03-15") -> list[set[str]]:
    rec = record(text, language, published=published)
    return [set(c.roles["parties"]) for c in rec.claims if c.kind == "agreement"]


@pytest.mark.parametrize(
    ("text", "language", "parties"),
    [
        ("Le Chili a signé avec l'Espagne un contrat pour deux patrouilleurs en 2019.", "fr", {"CL", "ES"}),
        ("Indonesia signed a contract with France in 2022 for 42 Rafale jets.", "en", {"ID", "FR"}),
    ],
)
def test_a_contract_is_an_agreement(text: str, language: str, parties: set) -> None:
    assert agreements(text, language) == [parties]


def test_the_two_countries_are_the_two_states_named_before() -> None:
    text = (
        "Le président kényan s'est rendu à Ankara en mars. "
        "Plusieurs contrats ont été signés entre les deux pays à cette occasion."
    )
    assert agreements(text, "fr") == [{"KE", "TR"}]


def test_a_contract_for_a_named_system_has_its_maker_as_the_other_party() -> None:
    text = "Le Kenya s'intéresse aux drones Bayraktar TB2. La Zambie a signé un contrat pour une dizaine d'exemplaires."
    assert agreements(text, "fr") == [{"ZM", "TR"}]


def test_a_state_set_aside_is_no_party() -> None:
    text = "Outre le Togo, le Bénin a signé un contrat pour six drones Bayraktar TB2."
    assert agreements(text, "fr") == [{"BJ", "TR"}]


def test_the_source_of_the_sentence_is_no_party() -> None:
    text = "Les médias kényans ont rapporté que l'Ouganda avait signé un accord de défense."
    assert agreements(text, "fr") == []


def test_the_two_sides_are_the_two_states_named_together_before() -> None:
    text = (
        "Minsk and Hanoi have framed their cooperation as lawful. "
        "Russian officials have argued that the Polish exercises amount to a threat. "
        "Lukashenko signed the accord on Saturday, so that it enters into force once the two sides exchange papers."
    )
    assert agreements(text) == [{"BY", "VN"}]


def test_a_relative_clause_describes_the_materiel_of_its_trigger() -> None:
    from tests.extraction.helpers import transfers

    text = "Ces obus viendraient s'ajouter aux drones d'attaque Shahed que Téhéran fournit à Moscou depuis 2022."
    assert transfers(record(text, "fr")) == {("IR", "RU", "drones")}


def test_a_purchase_or_an_order_is_a_deal_too() -> None:
    text = "En 2015, le Qatar commandait 24 Rafale."
    assert agreements(text, "fr") == [{"QA", "FR"}]
    rec = record("Egypt bought 24 Rafale jets from France in 2015.")
    [deal] = [c for c in rec.claims if c.kind == "agreement"]
    assert (deal.time.start, deal.time.end) == ("2015", "2015")


def test_a_deal_referred_to_is_not_made_again() -> None:
    assert agreements("Things that were ordered and paid for by Israel are on their way.") == []


def test_a_purchase_under_a_contract_is_one_deal() -> None:
    rec = record("Serbia bought 12 Rafale jets from France under a 2023 contract.")
    [deal] = [c for c in rec.claims if c.kind == "agreement"]
    assert deal.time is not None and deal.time.start == "2023"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("L'Égypte a confirmé avoir signé avec la France un contrat pour l'achat de 30 Rafale.", "fr"),
        ("Egypt confirmed on Tuesday that it had signed a contract with France for 30 Rafale jets.", "en"),
    ],
)
def test_a_state_that_says_it_signed_is_a_party(text: str, language: str) -> None:
    """The speaker of "confirmed it had signed" tells its own act: a party, not only the source."""
    rec = record(text, language)
    [agreement] = [c for c in rec.claims if c.kind == "agreement"]
    assert set(agreement.roles["parties"]) == {"EG", "FR"}


def test_a_state_condemning_the_deal_named_before_is_no_party_to_it() -> None:
    text = (
        "Laos has signed a $400 million contract with India for rocket launchers. "
        "Vietnam, which buys most of its weapons from Israel and Russia, condemned the deal."
    )
    rec = record(text)
    agreements = [sorted(c.roles["parties"]) for c in rec.claims if c.kind == "agreement"]
    assert agreements == [["IN", "LA"]]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Vietnam buys most of its weapons from Russia.", "en"),
        ("Le Vietnam achète l'essentiel de ses armes à la Russie.", "fr"),
    ],
)
def test_a_habit_of_buying_is_no_deal(text: str, language: str) -> None:
    assert not [c for c in record(text, language).claims if c.kind == "agreement"]


def test_tel_aviv_stands_for_israel() -> None:
    rec = record("Rabat et Tel-Aviv ont signé un accord de coopération militaire en novembre 2021.", "fr")
    [agreement] = [c for c in rec.claims if c.kind == "agreement"]
    assert set(agreement.roles["parties"]) == {"MA", "IL"}


@pytest.mark.parametrize(
    ("text", "language", "parties", "start"),
    [
        ("Beijing and Islamabad agreed in 2015 on the sale of eight submarines.", "en", {"CN", "PK"}, "2015"),
        ("Pékin et Islamabad se sont entendus en 2015 sur la vente de huit sous-marins.", "fr", {"CN", "PK"}, "2015"),
        ("L'Égypte et la France ont finalisé l'achat de 30 Rafale en mai 2021.", "fr", {"EG", "FR"}, "2021-05"),
    ],
)
def test_a_sale_states_agree_on_is_a_deal(text: str, language: str, parties: set, start: str) -> None:
    [deal] = [c for c in record(text, language).claims if c.kind == "agreement"]
    assert set(deal.roles["parties"]) == parties
    assert deal.time is not None and deal.time.start == start


def test_hearing_of_a_sale_is_no_deal() -> None:
    text = "The two ministers heard about the sale of drones to Niger by Turkey."
    assert [c for c in record(text).claims if c.kind == "agreement"] == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Mali received two Mi-171 helicopters. The contract was signed with Russia in December 2020.", "en"),
        ("Le Mali a reçu deux hélicoptères Mi-171. Le contrat a été signé avec la Russie en décembre 2020.", "fr"),
    ],
)
def test_the_contract_for_materiel_named_before_is_with_its_buyer(text: str, language: str) -> None:
    [deal] = [c for c in record(text, language).claims if c.kind == "agreement"]
    assert set(deal.roles["parties"]) == {"ML", "RU"}


def test_the_treaty_is_not_with_the_state_of_the_sentence_before() -> None:
    text = "Ukraine shelled Kursk on Friday. Putin signed the law ratifying the treaty on Saturday."
    assert [c for c in record(text).claims if c.kind == "agreement"] == []


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        (
            "Signé en mars 2019, le contrat prévoit la livraison de douze hélicoptères russes à l'Algérie.",
            "fr",
            "contrat",
        ),
        ("Russia and Algeria signed a defence agreement in March 2019.", "en", "defence agreement"),
        ("Iran and Venezuela signed a defence cooperation agreement in 2022.", "en", "defence cooperation agreement"),
    ],
)
def test_an_agreement_is_named_by_its_noun_and_the_words_next_to_it(text: str, language: str, name: str) -> None:
    assert only(record(text, language), "agreement").name == name


def test_a_treaty_of_other_states_is_not_the_known_one_sharing_its_name() -> None:
    text = "Belarus and Iran signed a comprehensive strategic partnership treaty in March."
    claim = only(record(text), "agreement")
    assert ({*claim.roles["parties"]}, claim.roles.get("treaty", ())) == ({"BY", "IR"}, ())
    assert claim.name == "comprehensive strategic partnership treaty"


def test_the_known_treaty_keeps_its_name_with_its_own_parties() -> None:
    text = "Russia and North Korea signed a comprehensive strategic partnership treaty in June 2024."
    claim = only(record(text), "agreement")
    assert claim.name == "Treaty on Comprehensive Strategic Partnership"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Norway approved the export of 40 howitzers to Chile. It is the second batch of a deal signed in 2022.",
            "en",
        ),
        (
            "La Norvège a approuvé l'export de 40 obusiers vers le Chili, deuxième lot d'un accord signé en 2022.",
            "fr",
        ),
    ],
)
def test_an_agreement_signed_at_a_date_is_that_of_the_states_just_named(text: str, language: str) -> None:
    claim = only(record(text, language), "agreement")
    assert ({*claim.roles["parties"]}, claim.time.start) == ({"NO", "CL"}, "2022")


def test_a_plural_of_a_system_names_it() -> None:
    text = "Chile has already received 24 K9s from South Korea."
    claim = only(record(text))
    assert (claim.item, claim.quantity.min) == ("artillery_systems", 24)


def test_an_agreement_s_name_stops_before_an_adjective_with_a_complement() -> None:
    rec = record("Laos has signed contracts worth $400 million with Thailand for rocket launchers.")
    assert [c.name for c in rec.claims if c.kind == "agreement"] == ["contracts"]


@pytest.mark.parametrize(
    ("text", "language", "provisions"),
    [
        ("Laos signed a $3 billion deal with Thailand for 31 drones.", "en", []),
        ("Le Laos a signé avec la Thaïlande un contrat de 3 milliards de dollars pour 31 drones.", "fr", []),
        ("Laos and Thailand concluded a framework agreement in 2022 covering K2 tanks.", "en", ["K2 tanks"]),
    ],
)
def test_what_follows_with_is_no_provision_when_it_names_a_party(text: str, language: str, provisions: list) -> None:
    [agreement] = [c for c in record(text, language).claims if c.kind == "agreement"]
    assert list(agreement.provisions) == provisions
