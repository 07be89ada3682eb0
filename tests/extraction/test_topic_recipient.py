"""A state sending materiel to no one named, right after a sentence about another state, sends to that
state; not when the sentence names someone else or where the materiel went. Every sentence here was
written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import record, transfers


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Russia has leaned on its neighbours for vehicles. Since March, Belarus has sent hundreds of trucks.", "en"),
        ("La Russie compte sur ses voisins. Depuis mars, la Biélorussie a envoyé des centaines de camions.", "fr"),
    ],
)
def test_the_state_the_sentence_before_is_about_receives(text: str, language: str) -> None:
    assert transfers(record(text, language)) == {("BY", "RU", "other")}


@pytest.mark.parametrize(
    "text",
    [
        "Russia has leaned on its neighbours for vehicles. Since March, Belarus has sent trucks to Armenia.",
        "Russia has leaned on its neighbours for vehicles. Since March, Belarus and Kazakhstan have sent trucks.",
        "Russia has leaned on its neighbours for vehicles. It rained in Minsk. Belarus has sent trucks.",
    ],
)
def test_not_when_the_sentence_says_otherwise_or_stands_further(text: str) -> None:
    assert ("BY", "RU", "other") not in transfers(record(text))
