"""A company that signs a deal stands for its state; an agreement's own partner ("an arrangement with Berlin")
makes the clause's other states no parties; a deal's gift to a third state is a pledge of its own. Every
sentence here was written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import record


def _claims(text: str, language: str) -> list[tuple[object, ...]]:
    found = []
    for claim in record(text, language, published="2025-12-02").claims:
        if claim.kind == "agreement":
            found.append(("agreement", tuple(sorted(claim.roles["parties"]))))
        else:
            found.append((claim.kind, claim.role("supplier"), claim.role("recipient"), claim.status))
    return sorted(found, key=str)


@pytest.mark.parametrize(
    ("text", "language", "parties"),
    [
        ("En juin, l'Indonésie a signé avec Turkish Aerospace un contrat pour 48 chasseurs KAAN.", "fr", ("ID", "TR")),
        (
            "Kazakhstan assembles the drones under a licensed production agreement signed with Turkish Aerospace in "
            "May 2022.",
            "en",
            ("KZ", "TR"),
        ),
    ],
)
def test_a_company_signs_for_its_state(text: str, language: str, parties: tuple[str, str]) -> None:
    assert ("agreement", parties) in _claims(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Under an arrangement with Berlin, Croatia will hand 30 of its M-84 tanks to Ukraine.", "en"),
        ("En vertu d'un accord avec Berlin, la Croatie cédera 30 chars M-84 à l'Ukraine.", "fr"),
        ("Croatia signed an agreement with Germany to hand 30 tanks to Ukraine.", "en"),
    ],
)
def test_a_deal_for_a_third_state(text: str, language: str) -> None:
    assert _claims(text, language) == [
        ("agreement", ("DE", "HR")),
        ("transfer", "HR", "UA", "pledged"),
    ]


def test_the_matter_of_a_deal_between_others_does_not_carry_the_flow_before() -> None:
    text = (
        "Quelque 700 militaires français restent déployés au Liban. L'Italie a signé le 2 octobre avec le Liban un "
        "mémorandum d'entente portant sur la fourniture de pièces détachées pour les véhicules blindés."
    )
    found = _claims(text, "fr")
    assert ("transfer", "FR", "LB", "delivered") in found
    assert not any(c[0] == "transfer" and c[1] == "FR" and c[3] != "delivered" for c in found)
    assert len([c for c in found if c[:2] == ("transfer", "FR")]) == 1
