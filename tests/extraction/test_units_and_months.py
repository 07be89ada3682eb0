"""Units sent as troops ("a battalion", "un bataillon"), a measure set between commas that the parser takes
for the head of what follows ("a battalion, estimated at 400 soldiers, into Tajikistan"), and the start or
end of a month ("au début du mois", "at the end of last month"). Every sentence here was written for these
tests."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import only, record, transfers


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Russia has sent a battalion to Tajikistan.", "en"),
        ("La Russie a envoyé un bataillon au Tadjikistan.", "fr"),
        ("Russia has flown a rifle battalion, estimated at 400 soldiers, into Tajikistan.", "en"),
    ],
)
def test_a_unit_sent_is_troops(text: str, language: str) -> None:
    assert transfers(record(text, language)) == {("RU", "TJ", "troops")}


def test_a_unit_that_receives_materiel_is_no_troops_sent() -> None:
    assert transfers(record("The Ukrainian battalion received tanks from Germany.")) == {
        ("DE", "UA", "armoured_vehicles")
    }


@pytest.mark.parametrize(
    ("text", "language", "month"),
    [
        ("Le Rwanda a déployé au début du mois 1 000 soldats dans la province mozambicaine de Tete.", "fr", "2025-06"),
        ("Le Rwanda a déployé à la fin du mois dernier 1 000 soldats au Mozambique.", "fr", "2025-05"),
        ("Rwanda deployed 1,000 soldiers to Mozambique at the start of the month.", "en", "2025-06"),
    ],
)
def test_the_start_or_end_of_a_month_dates_the_claim(text: str, language: str, month: str) -> None:
    claim = only(record(text, language, "2025-06-20"))
    assert (claim.role("supplier"), claim.role("recipient")) == ("RW", "MZ")
    assert claim.time is not None and (claim.time.start, claim.time.end) == (month, month)
