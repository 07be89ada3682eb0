"""Classes found on a set of articles written for a held-out check (not the dev set): troops arriving in
a state's region named by its adjective, a deal signed "by the two countries". Every sentence here was
written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import record, transfers


@pytest.mark.parametrize(
    "text",
    [
        "Quelque 2 000 militaires rwandais sont arrivés début novembre dans la province mozambicaine de Cabo Delgado.",
        "Quelque 2 000 militaires rwandais sont arrivés dans la province mozambicaine de Cabo Delgado.",
    ],
)
def test_troops_arriving_in_a_region_named_by_its_states_adjective(text: str) -> None:
    assert transfers(record(text, "fr", published="2024-11-13")) == {("RW", "MZ", "troops")}


def test_a_deal_signed_by_the_two_countries_is_their_agreement() -> None:
    text = (
        "Le Rwanda a envoyé 2 000 soldats au Mozambique. Ce renfort s'inscrit dans le cadre de l'accord de "
        "défense signé en 2022 par les deux pays."
    )
    deals = [c for c in record(text, "fr").claims if c.kind == "agreement"]
    assert [(set(d.roles["parties"]), d.time.start if d.time else None) for d in deals] == [({"RW", "MZ"}, "2022")]


def test_a_figure_of_one_item_is_not_copied_onto_another_with_its_own() -> None:
    text = (
        "Copenhagen has sent aid to Kyiv. The package comes on top of aid announced in April, when Copenhagen "
        "pledged 15,000 rounds of 155mm artillery ammunition and eight Leopard 2s."
    )
    counts = {c.item: c.quantity.min if c.quantity else None for c in record(text, "en").claims}
    assert counts == {"artillery_ammunition": 15000.0, "armoured_vehicles": 8.0}


def test_who_is_paid_for_to_buy_is_the_buyer_not_the_payer() -> None:
    text = "Denmark will pay for Ukraine's armed forces to buy 18 howitzers from Ukrainian manufacturers."
    assert transfers(record(text, "en")) == set()  # a state buying from its own industry


@pytest.mark.parametrize(
    "second",
    [
        '"This is the third interdiction of its kind this year," the command said, without giving details of the '
        "earlier operations.",
        "The Houthis have launched dozens of drone attacks on merchant ships since November, disrupting one of "
        "the world's busiest trade routes.",
    ],
)
def test_words_of_giving_about_other_things_carry_no_flow(second: str) -> None:
    first = (
        "American sailors seized a cargo of Iranian-made weapons destined for Yemen's Houthi rebels last Thursday, "
        "US Central Command said. "
    )
    claims = [c for c in record(first + second, "en", published="2024-07-03").claims if c.kind == "transfer"]
    assert len(claims) == 1


def test_who_pays_for_another_to_buy_gives_it_funds() -> None:
    text = "Germany will pay for Ukraine to buy 20 Patriot interceptors from the United States."
    assert transfers(record(text, "en")) == {("US", "UA", "air_defence"), ("DE", "UA", "funds")}


def test_a_states_armed_forces_named_with_its_possessive_are_the_state() -> None:
    found = record("Ukraine's armed forces received 20 Patriot interceptors from Germany.", "en")
    assert transfers(found) == {("DE", "UA", "air_defence")}
