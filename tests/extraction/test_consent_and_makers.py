"""Someone's consent is no agreement; a deal signed with a state whose signer goes unnamed is the state's
before; a system of another maker does not continue the flow told before. Every sentence here was written for
these tests."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import record, transfers


def agreements(text: str, language: str) -> list[set[str | None]]:
    return [set(c.roles.get("parties", ())) for c in record(text, language).claims if c.kind == "agreement"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The tanker called at Port Said in Egypt. It was searched with the agreement of Egypt.", "en"),
        ("Le pétrolier a fait escale à Port-Saïd, en Égypte. Il a été fouillé avec l'accord de l'Égypte.", "fr"),
    ],
)
def test_consent_is_no_agreement(text: str, language: str) -> None:
    assert agreements(text, language) == []


def test_an_order_made_with_a_deal_is_still_one() -> None:
    text = "Varsovie a noué avec Séoul une vaste coopération, avec la commande de 180 chars K2."
    assert {"PL", "KR"} in agreements(text, "fr")


def test_a_deal_signed_with_a_state_is_with_the_one_named_before() -> None:
    text = (
        "Les autorités tchadiennes affirment que le Tchad accueille des instructeurs. "
        "Cette coopération repose sur des accords signés avec Moscou en 2024."
    )
    assert agreements(text, "fr") == [{"TD", "RU"}]


def test_a_system_of_another_maker_does_not_continue_the_flow_before() -> None:
    text = "Laos took delivery of four K-8 trainers from China in May. Two Su-30SME fighters reached Laos in November."
    assert transfers(record(text, "en")) == {("CN", "LA", "aircraft"), ("RU", "LA", "aircraft")}


def test_large_calibre_rounds_are_artillery_ammunition() -> None:
    text = "A Slovak-led scheme has delivered 800,000 large-calibre rounds to Ukraine since March."
    assert transfers(record(text, "en")) == {("SK", "UA", "artillery_ammunition")}


def test_money_that_comes_from_donors_carries_no_materiel_of_the_flow_before() -> None:
    text = (
        "Slovakia has delivered 800,000 artillery shells to Ukraine since March. "
        "The purchases are run from Bratislava. Money comes from a group of donors."
    )
    assert transfers(record(text, "en")) == {("SK", "UA", "artillery_ammunition")}
    assert len([c for c in record(text, "en").claims if c.kind == "transfer"]) == 1


def test_an_announcement_that_comes_carries_no_materiel() -> None:
    text = (
        "The United States will send 40 Bradley fighting vehicles to Ukraine, the Pentagon said on Thursday. "
        "Thursday's announcement comes a month after a $300 million package."
    )
    quotes = {e.quote for e in record(text, "en").evidence}
    assert not any(q.startswith("Thursday's announcement") for q in quotes)


def test_in_line_with_a_named_agreement_is_no_consent() -> None:
    text = "Le Maroc et la France ont signé un contrat, conforme à l'accord de coopération militaire de 2019."
    assert {"MA", "FR"} in agreements(text, "fr")
