"""Transfers: direction in actives, passives, nominalisations and pronouns; items, figures, periods,
trends, status. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import only, record, transfers


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Artillery shells were delivered to Russia by North Korea in the autumn.", "en", ("KP", "RU")),
        ("North Korean shipments of artillery shells to Russia grew last year.", "en", ("KP", "RU")),
        ("Russia's imports of drones from Iran doubled in 2023.", "en", ("IR", "RU")),
        ("Les exportations iraniennes de drones vers la Russie ont doublé en 2023.", "fr", ("IR", "RU")),
        ("Des missiles ont été livrés à la Russie par l'Iran en 2023.", "fr", ("IR", "RU")),
        ("La Russie a reçu des obus de la Corée du Nord pendant l'hiver.", "fr", ("KP", "RU")),
        ("Moscou a approvisionné Pyongyang en pétrole raffiné toute l'année.", "fr", ("RU", "KP")),
        ("The United States will send Ukraine more artillery shells next month.", "en", ("US", "UA")),
        ("North Korea became one of the main suppliers of artillery shells to Russia in 2024.", "en", ("KP", "RU")),
        ("La Chine représente 80 % des importations russes de composants électroniques.", "fr", ("CN", "RU")),
    ],
)
def test_direction(text: str, language: str, expected: tuple) -> None:
    assert {(s, r) for s, r, _ in transfers(record(text, language))} == {expected}


def test_pronouns_continue_the_previous_sentence() -> None:
    text = "La Russie expédie du blé à la Corée du Nord. Elle lui a aussi livré 3 000 tonnes de farine en mai."
    rec = record(text, "fr", published="2024-07")
    flour = [c for c in rec.claims if c.quantity]
    assert len(flour) == 1
    assert (flour[0].role("supplier"), flour[0].role("recipient"), flour[0].item) == ("RU", "KP", "food")
    assert (flour[0].quantity.min, flour[0].quantity.unit) == (3000, "tonne")
    assert (flour[0].time.start, flour[0].time.end) == ("2024-05", "2024-05")


def test_a_sentence_without_its_actors_continues_the_last_transfer() -> None:
    text = (
        "Iran has supplied Russia with attack drones since 2022, officials said. "
        "More than 2,000 of the drones were shipped across the Caspian Sea."
    )
    rec = record(text, published="2024-03-10")
    assert transfers(rec) == {("IR", "RU", "drones")}
    assert any(c.quantity and c.quantity.min == 2000 for c in rec.claims)


def test_a_sentence_naming_someone_else_does_not_continue_it() -> None:
    text = "Iran has supplied Russia with attack drones since 2022. Ukraine's air force said it shot down 40 drones."
    assert transfers(record(text, published="2024-03-10")) == {("IR", "RU", "drones")}


@pytest.mark.parametrize(
    ("text", "quantity"),
    [
        ("North Korea sent more than 5,000 containers of shells to Russia.", (5000, None, "container")),
        ("La Corée du Nord aurait envoyé entre 3 et 4 millions d'obus à la Russie.", (3_000_000, 4_000_000, "shell")),
        ("Iran delivered about 400 ballistic missiles to Russia last year.", (400, 400, "missile")),
        ("La Corée du Nord a fourni des milliers d'obus à la Russie.", (2000, None, "shell")),
        ("The United States sent Ukraine 150,000 artillery shells a month.", (150_000, 150_000, "shell")),
    ],
)
def test_figures_become_numbers(text: str, quantity: tuple) -> None:
    language = "fr" if " la " in text else "en"
    claim = only(record(text, language))
    assert claim.quantity is not None
    assert (claim.quantity.min, claim.quantity.max, claim.quantity.unit) == quantity


@pytest.mark.parametrize(
    ("text", "language", "unit"),
    [
        ("Pyongyang shipped 9,500 containers of shells, rockets and rifles to Moscow last spring.", "en", "container"),
        (
            "La Corée du Nord a livré à la Russie 8 000 conteneurs d'obus, de roquettes et de missiles en 2024.",
            "fr",
            "container",
        ),
    ],
)
def test_one_figure_over_several_kinds_of_items_is_shared_by_their_claims(text: str, language: str, unit: str) -> None:
    claims = record(text, language).claims
    assert len({c.item for c in claims}) == 3
    assert {(c.quantity.unit, c.quantity.shared) for c in claims if c.quantity} == {(unit, True)}
    assert all(c.quantity for c in claims)


def test_a_figure_for_each_kind_of_item_is_its_own() -> None:
    rec = record("Pyongyang shipped 9,500 shells to Moscow last spring, together with some 300 ballistic missiles.")
    found = {(c.item, c.quantity.min, c.quantity.shared) for c in rec.claims if c.quantity}
    assert found == {("artillery_ammunition", 9500, False), ("missiles", 300, False)}


def test_respective_figures_and_months_give_one_transfer_each() -> None:
    text = (
        "La Russie a livré à la Corée du Nord 900 tonnes de maïs et 700 tonnes de riz "
        "en février et en mars respectivement."
    )
    rec = record(text, "fr", published="2024-06")
    found = sorted((c.quantity.min, c.time.start) for c in rec.claims if c.quantity and c.time)
    assert found == [(700, "2024-03"), (900, "2024-02")]


@pytest.mark.parametrize(
    ("text", "language", "trend"),
    [
        ("Shipments of shells from North Korea to Russia slowed sharply in January.", "en", "decrease"),
        ("Les livraisons de missiles de l'Iran à la Russie ont cessé en mars.", "fr", "halt"),
        ("Russia resumed oil deliveries to North Korea in December.", "en", "resume"),
        ("Les envois de drones iraniens vers la Russie ont fortement augmenté cet été.", "fr", "increase"),
    ],
)
def test_trends(text: str, language: str, trend: str) -> None:
    assert only(record(text, language)).trend == trend


def test_promises_are_pledged_and_start_when_announced() -> None:
    rec = record(
        "Germany will deliver four air defence systems to Ukraine, the government said on Monday.",
        published="2024-06-12",
    )
    claim = only(rec)
    assert (claim.role("supplier"), claim.role("recipient"), claim.item) == ("DE", "UA", "air_defence")
    assert claim.status == "pledged"
    assert (claim.time.start, claim.time.end) == ("2024-06-10", None)


def test_a_transfer_asked_for_or_capped_is_not_a_transfer() -> None:
    assert record("North Korea is seeking fighter jets from Russia, officials said.").claims == []
    assert (
        record(
            "The resolution limits North Korea's imports of refined oil from Russia to 500,000 barrels a year."
        ).claims
        == []
    )


def test_a_clause_of_its_own_under_a_request_states_its_transfer() -> None:
    asked = "Washington sought to persuade Seoul to provide shells to Ukraine"
    assert transfers(record(f"{asked}.")) == set()
    estimated = f"{asked}, estimating that 330,000 shells could be transferred from South Korea to Ukraine."
    assert transfers(record(estimated)) == {("KR", "UA", "artillery_ammunition")}


def test_the_accused_denial_is_a_denial_not_a_transfer() -> None:
    rec = record("Le ministre iranien a nié que Téhéran fournisse des drones à Moscou.", "fr", published="2024-02")
    assert [c.kind for c in rec.claims] == ["denial"]
    assert rec.claims[0].role("actor") == "IR"


def test_made_in_and_held_by_gives_the_maker_as_supplier() -> None:
    rec = record("Ukraine shot down Russia's Iranian-made drones over Kyiv on Sunday.", published="2024-05-20")
    assert transfers(rec) == {("IR", "RU", "drones")}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Belarusian-made rifles were operated by Armenia along the border last week.", "en"),
        ("Des obus de fabrication serbe tirés par l'Ukraine ont été photographiés près de Bakhmout.", "fr"),
    ],
)
def test_materiel_of_foreign_make_used_by_a_state_was_supplied_to_it(text: str, language: str) -> None:
    rec = record(text, language=language, published="2024-05-20")
    assert {(s, r) for s, r, _ in transfers(rec)} == ({("BY", "AM")} if language == "en" else {("RS", "UA")})


def test_materiel_of_foreign_make_used_by_nobody_named_is_no_transfer() -> None:
    assert transfers(record("Chinese-made drones were used against the convoy.", published="2024-05-20")) == set()


def test_media_and_think_tanks_are_sources_not_actors() -> None:
    rec = record("According to RUSI, North Korea shipped shells to Russia through Rason in March.", published="2024-05")
    claim = only(rec)
    assert (claim.role("supplier"), claim.role("recipient")) == ("KP", "RU")
    [evidence] = rec.evidence
    assert [a.name for a in evidence.attributed_to] == ["RUSI"]
    assert evidence.modality == "reported"


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Le Laos a expédié du charbon dans des ports situés en Thaïlande, au Cambodge et au Vietnam.",
            "fr",
            {("LA", "TH"), ("LA", "KH"), ("LA", "VN")},
        ),
        ("Le rapport accuse Minsk de fournir des armes à Caracas et La Havane.", "fr", {("BY", "VE"), ("BY", "CU")}),
        (
            "La Turquie exporte des drones vers plusieurs pays, dont le Maroc et la Pologne.",
            "fr",
            {("TR", "MA"), ("TR", "PL")},
        ),
        ("Iran shipped drones to Venezuela and Sudan last year.", "en", {("IR", "VE"), ("IR", "SD")}),
    ],
)
def test_each_actor_of_a_list_gets_its_transfer(text: str, language: str, expected: set) -> None:
    assert {(s, r) for s, r, _ in transfers(record(text, language))} == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Belarus became Russia's main supplier of tanks.", "en", ("BY", "RU")),
        ("Le Bélarus est devenu le principal fournisseur de chars de la Russie.", "fr", ("BY", "RU")),
        ("Le statut de l'Inde en tant que premier fournisseur d'obus de l'Arménie.", "fr", ("IN", "AM")),
    ],
)
def test_a_noun_naming_the_supplier(text: str, language: str, expected: tuple) -> None:
    assert {(s, r) for s, r, _ in transfers(record(text, language))} == {expected}


def test_one_of_the_suppliers_is_not_a_figure() -> None:
    claim = only(record("Belarus became one of the main suppliers of tanks to Russia in 2024."))
    assert claim.quantity is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Washington approved a $2 billion arms sale to Manila, Beijing protested.",
            {("US", "PH", "military_equipment")},
        ),
        ("The package approved by Paris includes Caesar howitzers for Kyiv.", {("FR", "UA", "artillery_systems")}),
    ],
)
def test_who_approves_a_sale_supplies_it(text: str, expected: set) -> None:
    assert transfers(record(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Tokyo has kept its policy against providing lethal weapons to Kyiv.",
        "The court said the broker evaded U.N. sanctions by shipping oil to North Korea.",
    ],
)
def test_no_transfer_from_a_policy_against_it_or_from_a_qualifier(text: str) -> None:
    assert {s for s, _, _ in transfers(record(text))} <= {None}


@pytest.mark.parametrize(
    ("text", "trend"),
    [
        ("Biden ends hold on deliveries of 500-pound bombs to Israel.", "resume"),
        ("Berlin lifted the freeze on arms deliveries to Riyadh in 2024.", "resume"),
        ("Shipments of rifles from Serbia to Ukraine stopped in March.", "halt"),
    ],
)
def test_a_halt_that_ends_is_a_resumption(text: str, trend: str) -> None:
    claim = only(record(text))
    assert claim.trend == trend
    assert claim.role("supplier") in {"US", "DE", "RS"}


@pytest.mark.parametrize(
    ("text", "language", "via"),
    [
        ("Belarus shipped the rifles by rail through Poland to Ukraine.", "en", ("PL",)),
        ("La Pologne a acheminé des obus via la Slovaquie vers l'Ukraine.", "fr", ("SK",)),
    ],
)
def test_the_route_is_via(text: str, language: str, via: tuple) -> None:
    claim = only(record(text, language))
    assert claim.roles["via"] == via
    assert claim.role("supplier") not in via and claim.role("recipient") not in via


def test_the_first_of_two_objects_receives() -> None:
    claim = only(record("Oslo will send Kyiv a further 12 Leopard tanks before winter."))
    assert (claim.role("supplier"), claim.role("recipient"), claim.item) == ("NO", "UA", "armoured_vehicles")


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Armenia re-exported Western microchips to Iran in 2023.", "en", ("AM", "IR", "technology")),
        ("Armenia resold the howitzers to Iran.", "en", ("AM", "IR", "artillery_systems")),
        ("L'Arménie a revendu les obusiers à l'Iran.", "fr", ("AM", "IR", "artillery_systems")),
    ],
)
def test_a_resale_is_a_transfer(text: str, language: str, expected: tuple) -> None:
    assert transfers(record(text, language)) == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Moscow has given Minsk Iskander missiles since 2023.", {("RU", "BY", "missiles")}),
        ("Russia sent Belarus missiles last year.", {("RU", "BY", "missiles")}),
        ("The US sent Kyiv 31 Abrams tanks.", {("US", "UA", "armoured_vehicles")}),
        ("Russia sent Belarusian missiles to Syria last year.", {("RU", "SY", "missiles")}),
    ],
)
def test_a_state_named_right_after_a_verb_of_giving_takes_the_materiel(text: str, expected: set) -> None:
    assert transfers(record(text)) == expected


@pytest.mark.parametrize(
    ("text", "trend"),
    [
        ("Minsk a transféré des munitions à Moscou à plusieurs reprises l'an dernier.", None),
        ("Minsk a transféré des munitions à Moscou à deux reprises l'an dernier.", None),
        ("La Biélorussie a repris ses livraisons de munitions à la Russie en mars.", "resume"),
    ],
)
def test_occasions_counted_are_no_resumption(text: str, trend: str | None) -> None:
    assert only(record(text, "fr", published="2024-06")).trend == trend


def test_the_sources_a_claim_is_credited_to_supply_nothing() -> None:
    rec = record("Laos has received Chinese drones, according to two military sources.", published="2024-05-20")
    assert transfers(rec) == {("CN", "LA", "drones")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Laos is suspected of providing Vietnam with rifles.", {("LA", "VN", "small_arms")}),
        ("Cambodia accused Laos of supplying rifles to Vietnam.", {("LA", "VN", "small_arms")}),
    ],
)
def test_who_is_accused_or_suspected_of_supplying_supplied(text: str, expected: set) -> None:
    assert transfers(record(text, published="2024-05-20")) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Russian missiles reached Kyiv overnight.",
        "Azerbaijani drones reached Yerevan on Sunday.",
        "Russian troops are stationed in Ukraine.",
        "Ukraine's forces used Russian-made tanks.",
        "North Korean shells have reached the front line in Ukraine.",
    ],
)
def test_materiel_or_troops_of_a_state_at_war_with_where_they_are_is_no_transfer(text: str) -> None:
    assert transfers(record(text, published="2024-05-20")) == set()


def test_materiel_reaching_a_state_not_at_war_with_its_maker_is_a_transfer() -> None:
    assert transfers(record("Iranian drones reached Khartoum in January.", published="2024-05-20")) == {
        ("IR", "SD", "drones")
    }


@pytest.mark.parametrize(
    ("text", "language", "supplier", "sources"),
    [
        ("Hanoï a accusé Vientiane de fournir des fusils au Cambodge.", "fr", "LA", {"Hanoï"}),
        ("Le Laos est accusé de fournir des fusils au Cambodge.", "fr", "LA", set()),
        ("Laos is accused of supplying rifles to Cambodia.", "en", "LA", set()),
    ],
)
def test_the_accused_supplies_and_is_no_source(text: str, language: str, supplier: str, sources: set) -> None:
    rec = record(text, language, published="2024-05-20")
    claim = only(rec)
    assert (claim.role("supplier"), claim.role("recipient")) == (supplier, "KH")
    assert {a.name for e in rec.evidence for a in e.attributed_to} == sources


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Belarus accounted for 30% of Serbia's arms imports in 2022.", "en", {("BY", "RS", "military_equipment")}),
        (
            "La Biélorussie représentait 30 % des importations d'armes de la Serbie.",
            "fr",
            {("BY", "RS", "military_equipment")},
        ),
    ],
)
def test_a_share_of_an_importers_imports_is_the_subjects_supply(text: str, language: str, expected: set) -> None:
    assert transfers(record(text, language)) == expected
