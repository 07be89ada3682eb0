"""Aid counted in money is funds, once: "extended $40 million in financing", "$1.3 billion in military aid".
Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import record


def _flows(text: str, language: str) -> list[tuple[object, ...]]:
    claims = [c for c in record(text, language).claims if c.kind == "transfer"]
    found = [(c.role("supplier"), c.role("recipient"), c.item, c.quantity.min if c.quantity else None) for c in claims]
    return sorted(found, key=str)


@pytest.mark.parametrize(
    ("text", "language", "amount"),
    [
        ("Japan has extended $40 million in military financing to the Philippines.", "en", 40_000_000),
        ("Japan provides the Philippines with $200 million in military aid a year.", "en", 200_000_000),
        ("Le Japon fournit aux Philippines 200 millions de dollars d'aide militaire par an.", "fr", 200_000_000),
        (
            "Japan has committed $2 billion in military assistance to the Philippines, making it Manila's largest "
            "arms supplier.",
            "en",
            2_000_000_000,
        ),
    ],
)
def test_aid_in_money_is_funds(text: str, language: str, amount: int) -> None:
    assert _flows(text, language) == [("JP", "PH", "funds", amount)]


def test_aid_in_materiel_stays_materiel() -> None:
    assert _flows("Japan sent military aid worth little to the Philippines.", "en") == [
        ("JP", "PH", "military_equipment", None)
    ]
