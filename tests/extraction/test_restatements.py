"""A transfer told again just after it was stated, its materiel named with a pointing word and no figure
of its own, is a further statement of the same claim. Every text here was written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import record


@pytest.mark.parametrize(
    ("text", "language", "sources"),
    [
        (
            "Ukrainian intelligence says Iran has sent 300 drones to Russia since May. The drones were delivered by"
            " ship, the agency added.",
            "en",
            [["Ukrainian intelligence"], ["agency"]],
        ),
        (
            "La Turquie a livré six drones au Niger la semaine dernière. Ces drones ont été livrés par avion, selon"
            " Defense News.",
            "fr",
            [[], ["Defense News"]],
        ),
    ],
)
def test_the_materiel_named_again_is_the_same_claim(text: str, language: str, sources: list) -> None:
    rec = record(text, language)
    [claim] = [c for c in rec.claims if c.kind == "transfer"]
    assert claim.quantity is not None and claim.quantity.min in {300, 6}
    assert [[a.name for a in e.attributed_to] for e in rec.evidence if e.claim_id == claim.id] == sources


@pytest.mark.parametrize(
    "text",
    [
        "Iran sent 300 drones to Russia in May. The drones sent in June numbered 200.",  # a figure of its own
        "Iran sent 300 drones to Russia in May. In June, Iran sent the drones to Belarus.",  # another recipient
    ],
)
def test_a_new_figure_or_party_is_another_claim(text: str) -> None:
    assert len([c for c in record(text).claims if c.kind == "transfer"]) == 2


def test_one_flow_told_by_two_words_is_dated_once() -> None:
    rec = record(
        "The Philippines became the first foreign buyer of the BrahMos missile, which India began delivering in April."
    )
    claims = [c for c in rec.claims if c.kind == "transfer"]
    assert [(c.role("supplier"), c.role("recipient"), c.time and c.time.start) for c in claims] == [
        ("IN", "PH", "2023-04")  # April before the article of March 2024
    ]


@pytest.mark.parametrize(
    ("text", "language", "source"),
    [
        (
            "Le Niger a reçu ses premiers drones turcs. Selon le site Mena Defense, ces drones ont été livrés à"
            " Niamey par une compagnie de fret aérien.",
            "fr",
            "Mena Defense",
        ),
        (
            "Niger has received its first drones from Turkey. According to officials, these drones were flown in by"
            " a cargo airline.",
            "en",
            "officials",
        ),
    ],
)
def test_a_source_opening_the_sentence_that_takes_up_the_materiel_tells_the_one_before(
    text: str, language: str, source: str
) -> None:
    rec = record(text, language)
    assert [[a.name for a in e.attributed_to] for e in rec.evidence] == [[source], [source]]
