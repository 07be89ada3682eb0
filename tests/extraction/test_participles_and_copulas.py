"""The doer of a participle on the materiel is the other side of the flow ("31 chars Abrams, offerts par
les États-Unis"), and the subject of a French copula on a noun of supplier or recipient plays that part
("L'Inde est le premier destinataire des armes russes"). Every text here was written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import record, transfers


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("L'Ukraine a reçu 31 chars Abrams, offerts par les États-Unis.", "fr"),
        ("Ukraine has received 31 Abrams tanks, which were donated by the United States.", "en"),
    ],
)
def test_the_giver_named_by_a_participle_supplies(text: str, language: str) -> None:
    assert transfers(record(text, language)) == {("US", "UA", "armoured_vehicles")}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("L'Inde est le premier destinataire des armes russes.", "fr"),
        ("La Russie est le premier fournisseur d'armes de l'Inde.", "fr"),
        ("India is the largest recipient of Russian arms.", "en"),
    ],
)
def test_the_subject_of_a_copula_plays_the_noun_s_part(text: str, language: str) -> None:
    assert transfers(record(text, language)) == {("RU", "IN", "military_equipment")}


def test_recipients_listed_after_the_noun_receive() -> None:
    text = "Among the recipients of Russian arms are Algeria, India and China."
    assert {r for _, r, _ in transfers(record(text))} == {"DZ", "IN", "CN"}


@pytest.mark.parametrize(
    ("text", "language", "count"),
    [
        ("Le Mali dispose d'une dizaine de chars, livrés par la Russie en 2010.", "fr", 10.0),
        ("Mali has a dozen tanks, delivered by Russia in 2010.", "en", 12.0),
        ("Mali operates tanks delivered by Russia in 2010.", "en", None),
    ],
)
def test_who_holds_what_was_delivered_received_it(text: str, language: str, count: float | None) -> None:
    claims = [c for c in record(text, language).claims if c.kind == "transfer"]
    assert [(c.role("supplier"), c.role("recipient"), c.item, c.quantity and c.quantity.min) for c in claims] == [
        ("RU", "ML", "armoured_vehicles", count)
    ]


def test_a_french_participle_read_as_a_noun_still_states_the_flow() -> None:
    text = "La Pologne dispose d'une quinzaine de MiG, hérités de l'Allemagne de l'Est dans les années 1990."
    claims = [c for c in record(text, "fr").claims if c.kind == "transfer"]
    assert [(c.role("supplier"), c.role("recipient"), c.quantity and c.quantity.min) for c in claims] == [
        ("DD", "PL", 15.0)
    ]


def test_a_state_holding_what_its_own_factories_delivered_received_nothing() -> None:
    assert [
        c for c in record("Russia has tanks delivered by its factories.", "en").claims if c.kind == "transfer"
    ] == []
