"""A protocol is a deal; a deal's partner that is no state is not replaced by another state the sentence
names; an object with an indefinite article is some flow, not the one told before. Every sentence here was
written for these tests."""

from __future__ import annotations

from tests.extraction.helpers import record


def _kinds(text: str, language: str = "fr") -> list[tuple]:
    rec = record(text, language, published="2024-10-02")
    return sorted(
        (c.kind, tuple(sorted(c.roles.get("parties", ()))) or (c.role("supplier"), c.role("recipient")), c.status)
        for c in rec.claims
    )


def test_a_military_cooperation_protocol_signed_by_two_states_is_a_deal() -> None:
    text = "Le Kenya et l'Ouganda ont signé le 14 août un protocole de coopération militaire."
    deals = [c for c in record(text, "fr", published="2024-10-02").claims if c.kind == "agreement"]
    assert [(sorted(d.roles["parties"]), d.time.start if d.time else None) for d in deals] == [
        (["KE", "UG"], "2024-08-14")
    ]


def test_a_deal_with_a_region_is_not_with_the_other_state_named() -> None:
    text = (
        "L'Éthiopie, en froid avec la Somalie depuis qu'elle a conclu en janvier un protocole d'accord avec la "
        "région séparatiste du Somaliland, a protesté."
    )
    assert [k for k in _kinds(text) if k[0] == "agreement"] == []


def test_deliveries_denounced_with_an_indefinite_article_are_not_the_flow_told_before() -> None:
    text = (
        "Le Kenya enverra des soldats en Somalie. L'Éthiopie, qui maintient ses propres troupes dans le pays, "
        "a dénoncé des livraisons susceptibles de déstabiliser la région."
    )
    flows = [k for k in _kinds(text) if k[0] == "transfer"]
    assert flows == [("transfer", ("KE", "SO"), "pledged")]


def test_deliveries_considered_as_such_still_take_up_the_flow() -> None:
    text = (
        "L'Iran a envoyé des armes au Soudan par avion. Deux autres vols sont considérés comme des livraisons "
        "probables, car les avions avaient éteint leurs transpondeurs."
    )
    assert ("transfer", ("IR", "SD"), "delivered") in _kinds(text)
