"""A word of measure as a sentence's subject takes up the flow of the sentence before, with its own
figure, period and trend. Every text here was written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import record


def flows(text: str, language: str) -> set[tuple]:
    return {
        (c.role("supplier"), c.role("recipient"), c.quantity and c.quantity.min, c.time and c.time.start, c.trend)
        for c in record(text, language).claims
        if c.kind == "transfer"
    }


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "In 2022, China exported 700 tons of nitrocellulose to Russia. In 2023 the volume nearly doubled to more"
            " than 1,300 tons.",
            "en",
        ),
        (
            "En 2022, la Chine a exporté 700 tonnes de nitrocellulose vers la Russie. En 2023, la quantité a presque"
            " doublé pour atteindre plus de 1 300 tonnes.",
            "fr",
        ),
    ],
)
def test_the_measure_of_the_next_year_is_a_claim_of_the_same_flow(text: str, language: str) -> None:
    assert flows(text, language) == {("CN", "RU", 700.0, "2022", None), ("CN", "RU", 1300.0, "2023", "increase")}


def test_a_measure_two_sentences_on_is_no_longer_that_flow() -> None:
    text = (
        "In 2022, China exported 700 tons of nitrocellulose to Russia. Paint makers use it widely. In 2023 the volume"
        " nearly doubled to more than 1,300 tons."
    )
    assert flows(text, "en") == {("CN", "RU", 700.0, "2022", None)}
