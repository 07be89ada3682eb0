"""Who a transfer is sent to help received it: "to help Ukraine defend itself", "pour aider le Mali".
Every text here was written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import record, transfers


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Seoul supplied shells to help the US refill its stockpiles.", "en", ("KR", "US", "artillery_ammunition")),
        ("The US sent air defence systems to help Ukraine defend against drones.", "en", ("US", "UA", "air_defence")),
        (
            "La Russie a livré des chars pour aider le Mali à combattre les jihadistes.",
            "fr",
            ("RU", "ML", "armoured_vehicles"),
        ),
        ("L'Iran a envoyé des drones pour permettre à la Russie de frapper l'Ukraine.", "fr", ("IR", "RU", "drones")),
    ],
)
def test_the_helped_state_receives(text: str, language: str, expected: tuple) -> None:
    assert transfers(record(text, language)) == {expected}


def test_whom_the_recipient_fights_receives_nothing() -> None:
    assert transfers(record("Iran sent drones to Russia to help it strike Ukraine.")) == {("IR", "RU", "drones")}
