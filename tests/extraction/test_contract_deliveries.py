"""A contract for materiel of known make whose delivery the sentence expects is a pledged transfer from the
maker's state to the other state, dated when the delivery is expected. Every sentence here was written for
these tests."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import record


def _pledges(text: str, language: str) -> list[tuple[object, ...]]:
    claims = [c for c in record(text, language, published="2025-12-02").claims if c.kind == "transfer"]
    return [(c.role("supplier"), c.role("recipient"), c.status, c.time.start, c.time.end) for c in claims]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "India signed a contract with France for 26 Rafale Marine jets in April, with deliveries expected to "
            "begin in 2029.",
            "en",
            ("FR", "IN", "pledged", "2029", None),
        ),
        (
            "Le Pérou a signé en novembre un contrat avec la Suède pour 12 chasseurs Gripen, dont les premières "
            "livraisons sont attendues fin 2027.",
            "fr",
            ("SE", "PE", "pledged", "2027", "2027"),
        ),
        (
            "Au Pérou, le gouvernement a signé avec le suédois Saab un contrat pour 12 chasseurs Gripen, dont les "
            "premières livraisons sont attendues fin 2027.",
            "fr",
            ("SE", "PE", "pledged", "2027", "2027"),
        ),
    ],
)
def test_a_contract_with_an_expected_delivery_is_pledged(
    text: str, language: str, expected: tuple[object, ...]
) -> None:
    assert _pledges(text, language) == [expected]


def test_a_contract_with_no_expected_delivery_is_only_an_agreement() -> None:
    assert _pledges("India signed a contract with France for 26 Rafale Marine jets in April.", "en") == []


def test_what_a_deals_sum_covers_is_no_transfer_of_its_own() -> None:
    text = (
        "The Philippines took delivery of two FA-50 aircraft from South Korea. They are part of an order signed in "
        "June, a deal valued at about $700 million that also covers pilot training, spare parts and logistics support."
    )
    found = [c for c in record(text, "en").claims if c.kind == "transfer"]
    assert {(c.role("supplier"), c.role("recipient"), c.item) for c in found} == {("KR", "PH", "aircraft")}
