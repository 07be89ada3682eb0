"""A sentence that tells the flow again with a date of its own keeps it, though it names the war it dates
from. Every sentence here was written for these tests."""

from __future__ import annotations

from tests.extraction.helpers import record


def dated_flows(text: str, language: str) -> set[tuple[str | None, str | None, str | None]]:
    rec = record(text, language, published="2024-05-16")
    return {
        (c.role("supplier"), c.role("recipient"), c.time.start if c.time else None)
        for c in rec.claims
        if c.kind == "transfer"
    }


def test_a_state_named_in_the_war_that_dates_it_stops_no_flow() -> None:
    text = (
        "Les ventes chinoises de nitrocellulose à la Russie ont augmenté. Un institut a relevé qu'elles étaient"
        " faibles en 2021. Ces ventes ont toutefois grimpé à partir de juin 2022, quatre mois après l'invasion de"
        " l'Ukraine par la Russie."
    )
    assert ("CN", "RU", "2022-06") in dated_flows(text, "fr")


def test_the_same_in_english() -> None:
    text = (
        "Chinese sales of machine tools to Russia have grown. A think tank found they were small in 2021. These"
        " sales rose sharply from June 2022, four months after the Russian invasion of Ukraine."
    )
    assert ("CN", "RU", "2022-06") in dated_flows(text, "en")


def test_a_state_named_outside_the_event_still_stops_the_flow() -> None:
    text = (
        "Les ventes chinoises de nitrocellulose à la Russie ont augmenté. Ces ventes ont toutefois grimpé en"
        " Turquie à partir de juin 2022, quatre mois après l'invasion de l'Ukraine."
    )
    assert ("CN", "RU", "2022-06") not in dated_flows(text, "fr")


def deals(text: str, language: str) -> list[tuple[frozenset[str | None], str | None, int]]:
    rec = record(text, language, published="2008-04-18")
    told = {}
    for e in rec.evidence:
        told[e.claim_id] = told.get(e.claim_id, 0) + 1
    return [
        (frozenset(c.roles["parties"]), c.time.start if c.time else None, told[c.id])
        for c in rec.claims
        if c.kind == "agreement"
    ]


def test_the_contract_dated_after_an_order_dates_the_order() -> None:
    text = "Egypt ordered 30 Rafale jets from France. The contract, signed in May 2021, also covers missiles."
    assert deals(text, "en") == [(frozenset({"EG", "FR"}), "2021-05", 2)]


def test_le_contrat_conclu_apres_une_commande_la_date() -> None:
    text = (
        "La marine thaïlandaise a commandé deux sous-marins à la Chine. Conclu en mai 2007, le contrat de vente inclut"
        " aussi un transfert de technologie."
    )
    assert deals(text, "fr") == [(frozenset({"TH", "CN"}), "2007-05", 2)]


def test_a_contract_signed_after_a_delivery_is_between_its_states() -> None:
    text = (
        "Les chantiers de Wuhan ont livré le premier des deux sous-marins commandés par la marine thaïlandaise à"
        " la Chine. Conclu en mai 2007, le contrat de vente inclut aussi un transfert de technologie vers des chantiers"
        " thaïlandais."
    )
    assert deals(text, "fr") == [(frozenset({"TH", "CN"}), "2007-05", 1)]


def test_contracts_with_no_signing_are_no_deal_of_the_states_before() -> None:
    text = "Niger took delivery of drones and Mali received some. Baykar declined to give details of the contracts."
    assert deals(text, "en") == []


def test_since_a_states_invasion_dates_the_flow() -> None:
    text = "Chinese exports of machine tools to Russia have soared since Russia's invasion of Ukraine."
    assert dated_flows(text, "en") == {("CN", "RU", "2022-02-24")}
