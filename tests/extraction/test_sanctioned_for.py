"""Who is sanctioned, thanked or blamed "for" supplying supplied, and a figure that counts them counts no
materiel. Every text here was written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import record, transfers


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


@pytest.mark.parametrize(
    "text",
    [
        "The parts were processed by two Hong Kong firms, previously sanctioned for supplying chips to Russian"
        " companies.",
        "The cargo was handled by a Hong Kong firm, sanctioned last year for shipping microchips to Russian companies.",
        "The parts were handled by a Hong Kong firm sanctioned for supplying microchips to Russian companies.",
    ],
)
def test_a_participle_describes_the_noun_before_it(text: str) -> None:
    """Not the subject of the verb the parser hung it on ("the parts"): the firms were sanctioned; and the
    words of what they were sanctioned for are not theirs."""
    assert transfers(record(text)) == {("HK", "RU", "technology")}
