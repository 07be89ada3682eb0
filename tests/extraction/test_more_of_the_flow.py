"""A sentence that opens with a figure of "more" ("Another 20 will follow", "Vingt autres suivront") tells
more of the one kind of materiel of the flow the sentence just before told. Every sentence here was
written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import record


def _counts(text: str, language: str) -> set[tuple[str | None, str | None, str | None, float | None, str | None]]:
    return {
        (c.role("supplier"), c.role("recipient"), c.item, c.quantity.min if c.quantity else None, c.status)
        for c in record(text, language, published="2024-11-20").claims
    }


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Norway has delivered 30 CV90 vehicles to Ukraine. Another 20 will follow next year.", "en"),
        ("Norway has delivered 30 CV90 vehicles to Ukraine. A further 20 are expected in the spring.", "en"),
        ("Norway has delivered 30 CV90 vehicles to Ukraine. Twenty more are due next year.", "en"),
        ("La Norvège a livré 30 véhicules CV90 à l'Ukraine. Vingt autres suivront l'an prochain.", "fr"),
        ("La Norvège a livré 30 véhicules CV90 à l'Ukraine. 20 de plus sont attendus l'an prochain.", "fr"),
    ],
)
def test_more_to_come_is_a_pledge_of_the_flow_before(text: str, language: str) -> None:
    assert _counts(text, language) == {
        ("NO", "UA", "armoured_vehicles", 30.0, "delivered"),
        ("NO", "UA", "armoured_vehicles", 20.0, "pledged"),
    }


def test_more_that_arrived_is_counted() -> None:
    counts = _counts("Norway has delivered 30 CV90 vehicles to Ukraine. Another 20 arrived last week.", "en")
    assert ("NO", "UA", "armoured_vehicles", 20.0, "delivered") in counts


@pytest.mark.parametrize(
    "text",
    [
        "Norway has delivered 30 CV90 vehicles to Ukraine. Another 20 people were injured in the attack.",
        "Norway has delivered 30 CV90 vehicles and 10 howitzers to Ukraine. Another 20 will follow next year.",
        "Norway has delivered 30 CV90 vehicles to Ukraine. Another 20 will go to Poland.",
    ],
)
def test_not_other_things_several_kinds_or_another_actor(text: str) -> None:
    assert not any(count == 20.0 for _, _, _, count, _ in _counts(text, "en"))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Russia delivered Mi-8 helicopters to Mali in January. More aircraft are expected in the coming months.",
            "en",
        ),
        ("Russia delivered Mi-8 helicopters to Mali in January. Another batch is due in March.", "en"),
        ("Moscou a livré au Mali des hélicoptères Mi-8 en janvier. D'autres appareils sont attendus.", "fr"),
        ("Moscou a livré au Mali des hélicoptères Mi-8 en janvier. Un second lot doit suivre en mars.", "fr"),
        (
            "Moscou a livré au Mali des hélicoptères Mi-8 en janvier. Deux autres sont attendus d'ici la fin 2025.",
            "fr",
        ),
    ],
)
def test_more_of_a_kind_with_no_figure_is_pledged(text: str, language: str) -> None:
    counts = _counts(text, language)
    assert ("RU", "ML", "aircraft", None, "delivered") in counts
    assert {c for c in counts if c[4] == "pledged"} in (
        {("RU", "ML", "aircraft", None, "pledged")},
        {("RU", "ML", "aircraft", 2.0, "pledged")},
    )


def test_the_coming_months_are_no_arrival() -> None:
    """ "in the coming months": no arrival, so no claim dated as the delivery before it (a promise told now,
    from the month of publication)."""
    text = "Russia delivered Mi-8 helicopters to Mali in January. More aircraft are expected in the coming months."
    pledged = [c for c in record(text, "en", published="2024-11-20").claims if c.status == "pledged"]
    assert [(c.time.start, c.time.end) if c.time else None for c in pledged] == [("2024-11", None)]
