"""Personnel as transfers: troops, instructors and contingents sent, deployed or standing abroad.
Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import only, record, transfers


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Une cinquantaine de militaires turcs sont arrivés à Tripoli la semaine dernière.", "fr", ("TR", "LY")),
        ("Des instructeurs militaires russes sont présents au Niger depuis avril.", "fr", ("RU", "NE")),
        ("About 200 Russian troops arrived in Bamako on Monday.", "en", ("RU", "ML")),
        ("Belarus sent 300 soldiers to Syria in 2023.", "en", ("BY", "SY")),
    ],
)
def test_troops_sent_or_standing_abroad(text: str, language: str, expected: tuple) -> None:
    assert transfers(record(text, language)) == {(*expected, "troops")}


def test_troops_that_invade_are_no_transfer() -> None:
    assert transfers(record("Russian troops arrived in Kharkiv after the invasion began.")) == set()


def test_military_as_an_adjective_is_no_personnel() -> None:
    rec = record("Les liens militaires entre la Serbie et la Russie sont anciens.", "fr")
    assert [c for c in rec.claims if c.item == "troops"] == []


def test_a_figure_counts_the_troops() -> None:
    claim = only(record("Une centaine de militaires russes sont arrivés à Ouagadougou.", "fr"))
    assert (claim.quantity.min, claim.quantity.max) == (100, 100)
