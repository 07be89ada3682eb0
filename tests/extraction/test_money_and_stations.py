"""Money released, allocated to a purchase or held in a package is funds; troops kept at a base, remaining
deployed or sent to a part of a state go to that state. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import record


def _flows(text: str, language: str) -> list[tuple[object, ...]]:
    claims = [c for c in record(text, language, published="2025-05-02").claims if c.kind == "transfer"]
    found = [(c.role("supplier"), c.role("recipient"), c.item, c.quantity.min if c.quantity else None) for c in claims]
    return sorted(found, key=str)


@pytest.mark.parametrize(
    ("text", "language", "flow"),
    [
        ("Washington released $300 million in military financing to Vietnam in 2024.", "en", ("US", "VN", 3e8)),
        ("Washington a débloqué 300 millions de dollars pour l'armée vietnamienne en 2024.", "fr", ("US", "VN", 3e8)),
        (
            "Norway said last week it would allocate a further 2 billion kroner to buy air defence systems for "
            "Ukraine.",
            "en",
            ("NO", "UA", 2e9),
        ),
        (
            "Le Danemark a alloué 1,3 milliard de couronnes à l'achat de canons pour l'Ukraine.",
            "fr",
            ("DK", "UA", 1.3e9),
        ),
        (
            "In March, the State Department approved a $150 million package for Tunisia's armed forces.",
            "en",
            ("US", "TN", 1.5e8),
        ),
        (
            "En mars, Washington a approuvé une enveloppe de 150 millions de dollars destinée à l'armée tunisienne.",
            "fr",
            ("US", "TN", 1.5e8),
        ),
    ],
)
def test_money_given_is_funds(text: str, language: str, flow: tuple[str, str, float]) -> None:
    supplier, recipient, amount = flow
    assert _flows(text, language) == [(supplier, recipient, "funds", amount)]


def test_releasing_anything_but_money_moves_nothing() -> None:
    assert _flows("Ukraine released 40 Russian prisoners in an exchange.", "en") == []


@pytest.mark.parametrize(
    ("text", "language", "flow"),
    [
        ("Le Burundi a déployé environ 8 000 soldats dans l'est de la RDC depuis 2023.", "fr", ("BI", "CD", 8000)),
        ("Kenya deployed 1,000 police officers and soldiers in the north of Haiti.", "en", ("KE", "HT", 1000)),
        ("Quelque 600 militaires italiens restent déployés au Liban.", "fr", ("IT", "LB", 600)),
        ("About 600 Italian troops remain deployed in Lebanon.", "en", ("IT", "LB", 600)),
        ("Moscow keeps about 5,000 troops at its military base in Armenia.", "en", ("RU", "AM", 5000)),
    ],
)
def test_troops_placed_go_to_that_state(text: str, language: str, flow: tuple[str, str, int]) -> None:
    supplier, recipient, count = flow
    assert (supplier, recipient, "troops", count) in _flows(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "The Japanese embassy said Tokyo had completed the handover of coastal radar systems to the Philippine "
            "Navy.",
            "en",
        ),
        ("Tokyo a remis des radars côtiers à la marine philippine.", "fr"),
    ],
)
def test_a_handover_is_a_transfer(text: str, language: str) -> None:
    assert [f[:3] for f in _flows(text, language)] == [("JP", "PH", "other")]
