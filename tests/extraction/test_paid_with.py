"""The money a purchase is paid with ("achetés sur fonds propres", "bought with its own funds") is not what it
buys: no funds from the seller. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import record, transfers


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Le Mali a reçu des blindés chinois, achetés sur fonds propres.", "fr", {("CN", "ML", "armoured_vehicles")}),
        ("Mali bought the jets from China with its own funds.", "en", {("CN", "ML", "aircraft")}),
    ],
)
def test_the_money_paid_is_no_funds_given(text: str, language: str, expected: set) -> None:
    assert transfers(record(text, language)) == expected


def test_funds_of_another_state_are_still_given() -> None:
    assert ("QA", "ML", "funds") in transfers(record("Mali bought the jets with funds from Qatar."))
