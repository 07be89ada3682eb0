"""More of the same with its verb elided: a bare figure, a word of "more" and a date of its own are a
second claim of the flow the sentence states. Every text here was written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import record


def flows(text: str, language: str) -> set[tuple]:
    return {
        (c.role("supplier"), c.role("recipient"), c.item, c.quantity and c.quantity.min, c.time and c.time.start)
        for c in record(text, language).claims
        if c.kind == "transfer"
    }


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Qatar ordered 24 Rafale jets from France in 2015, then 12 more in December 2017.", "en"),
        ("En 2015, le Qatar a commandé 24 Rafale à la France, puis 12 de plus en décembre 2017.", "fr"),
    ],
)
def test_twelve_more_later_is_a_second_order(text: str, language: str) -> None:
    assert flows(text, language) == {("FR", "QA", "aircraft", 24, "2015"), ("FR", "QA", "aircraft", 12, "2017-12")}
    claims = record(text, language).claims
    deals = {(c.roles["parties"], c.time and (c.time.start, c.time.end)) for c in claims if c.kind == "agreement"}
    assert deals == {(("QA", "FR"), ("2015", "2015")), (("QA", "FR"), ("2017-12", "2017-12"))}


def test_a_purchase_under_an_older_contract_is_one_deal() -> None:
    text = "Serbia bought 12 Rafale jets from France in 2024 under a 2023 contract."
    assert len([c for c in record(text, "en").claims if c.kind == "agreement"]) == 1


def test_a_figure_of_something_else_is_no_increment() -> None:
    text = "Qatar ordered 24 Rafale jets from France in 2015, two years after 12 pilots trained in Paris."
    assert {f[3] for f in flows(text, "en")} == {24}
