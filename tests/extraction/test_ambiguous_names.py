"""A short name shared by several states ("Korea") is the one of them the article names otherwise, and
stays a place when the article names both or neither. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import record, transfers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Korea sent artillery shells to Poland in May. Seoul confirmed the deal.",
            {("KR", "PL", "artillery_ammunition")},
        ),
        (
            "Korea sent artillery shells to Russia in May. Pyongyang denied it.",
            {("KP", "RU", "artillery_ammunition")},
        ),
        ("Korea sent artillery shells to Poland in May.", set()),
        ("Korea sent artillery shells to Poland in May. Seoul and Pyongyang said nothing.", set()),
    ],
)
def test_korea_is_the_korea_the_article_names(text: str, expected: set) -> None:
    assert transfers(record(text)) == expected


def test_a_state_that_no_longer_exists_keeps_its_withdrawn_code() -> None:
    rec = record("East Germany sent 24 MiG-21 jets to Poland in 1975.", published="2020-01-01")
    assert transfers(rec) == {("DD", "PL", "aircraft")}
