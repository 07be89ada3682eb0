"""Who thanks another for a transfer received it, and who is thanked gave it. Every text here was written
for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import record, transfers


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Kyiv thanked Berlin for sending more tanks.", "en"),
        ("Kiev a remercié Berlin pour l'envoi de chars supplémentaires.", "fr"),
        ("Kiev a remercié Berlin d'avoir envoyé des chars.", "fr"),
        ("Zelensky thanked Germany for the delivery of Leopard tanks.", "en"),
    ],
)
def test_the_thanked_supplied_the_one_who_thanks(text: str, language: str) -> None:
    assert transfers(record(text, language)) == {("DE", "UA", "armoured_vehicles")}


def test_thanks_for_a_transfer_to_another_keep_its_recipient() -> None:
    assert transfers(record("Kyiv thanked Berlin for sending tanks to Poland.")) == {("DE", "PL", "armoured_vehicles")}
