"""A sentence that names neither party continues the flow told just before it, unless it sends what it
speaks of to a place in another state. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import record, transfers


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "The United States will send Ukraine another $680 million worth of weapons, the Pentagon said. "
            "They were taken by sea to Vladivostok in October, then sent west by rail.",
            "en",
        ),
        (
            "Les États-Unis vont envoyer à l'Ukraine des armes pour 680 millions de dollars. "
            "Ils ont été acheminés par mer jusqu'à Vladivostok en octobre, puis envoyés par le train.",
            "fr",
        ),
    ],
)
def test_what_is_sent_to_a_place_in_another_state_is_not_the_flow_before(text: str, language: str) -> None:
    assert transfers(record(text, language)) == {("US", "UA", "military_equipment")}
    assert len(record(text, language).claims) == 1


def test_what_is_sent_to_a_place_of_the_recipient_continues_the_flow_before() -> None:
    text = "Iran shipped drones to Russia in May. They were taken by sea to Vladivostok, then sent west by rail."
    assert transfers(record(text, "en")) == {("IR", "RU", "drones")}
