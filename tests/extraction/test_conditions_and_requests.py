"""What a sentence only asks for or sets as a condition is no transfer: a request ("urged Berlin to send"),
a training in a clause of time with no trainer or trainee of its own ("once pilots are trained"), trainees
described by their training ("trained pilots"), and what trainees are trained to do ("to fly the jets").
Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import record, transfers


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Norway promised to send F-16 jets to Ukraine once its pilots are trained.", "en"),
        ("Norway will send F-16 jets to Ukraine when the pilots have been trained.", "en"),
        ("La Norvège enverra des F-16 à l'Ukraine une fois les pilotes formés.", "fr"),
    ],
)
def test_a_training_set_as_a_condition_is_no_flow_of_its_own(text: str, language: str) -> None:
    assert transfers(record(text, language)) == {("NO", "UA", "aircraft")}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Norway will train Ukrainian pilots to fly F-16 jets.", "en"),
        ("La Norvège formera des pilotes ukrainiens à piloter des F-16.", "fr"),
    ],
)
def test_what_trainees_learn_to_fly_is_not_given(text: str, language: str) -> None:
    assert transfers(record(text, language)) == {("NO", "UA", "other")}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Lithuania urged Germany to send Taurus missiles to Ukraine.", "en"),
        ("Kiev exhorte l'Allemagne à livrer des missiles Taurus.", "fr"),
        ("Norway will send trained pilots to the front.", "en"),
    ],
)
def test_requests_and_trainees_are_no_transfer(text: str, language: str) -> None:
    assert transfers(record(text, language)) == set()
