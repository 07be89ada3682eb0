"""Who is sanctioned, thanked or blamed "for" supplying supplied, and a figure that counts them counts no
materiel. Every text here was written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import record


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Washington sanctioned two Chinese companies for supplying drone parts to Iran.", "en"),
        ("Washington a sanctionné deux entreprises chinoises pour avoir fourni des pièces de drones à l'Iran.", "fr"),
    ],
)
def test_who_is_sanctioned_for_supplying_supplied_and_their_count_is_no_figure(text: str, language: str) -> None:
    claims = [c for c in record(text, language).claims if c.kind == "transfer"]
    assert [(c.role("supplier"), c.role("recipient"), c.quantity) for c in claims] == [("CN", "IR", None)]
