"""What is still to come of a flow just told: "three more jets are due by June", "the last three are expected",
"the remaining 18 will arrive through 2028", "le reste de la commande doit être livré d'ici à 2027". Every text
here was written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import record

BEFORE = {
    "en": "Chile received six F-16 jets from Norway in April. ",
    "fr": "Le Chili a reçu en avril six avions F-16 de la Norvège. ",
}


def _pledged(text: str, language: str) -> set[tuple]:
    rec = record(BEFORE[language] + text, language, published="2026-05-04")
    return {
        (c.role("supplier"), c.role("recipient"), c.quantity and c.quantity.min, c.time and c.time.end)
        for c in rec.claims
        if c.kind == "transfer" and c.status.value == "pledged"
    }


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Three more jets are due by the end of June.", "en", ("NO", "CL", 3.0, "2026-06")),
        ("The last three jets are expected by the end of June.", "en", ("NO", "CL", 3.0, "2026-06")),
        ("The remaining 18 will arrive through 2028.", "en", ("NO", "CL", 18.0, "2028")),
        ("The rest of the order is due by 2028.", "en", ("NO", "CL", None, "2028")),
        ("Le reste de la commande doit être livré d'ici à 2028.", "fr", ("NO", "CL", None, "2028")),
    ],
)
def test_what_is_still_to_come_is_pledged(text: str, language: str, expected: tuple) -> None:
    assert _pledged(text, language) == {expected}


@pytest.mark.parametrize(
    "text",
    ["A decision on more jets is due by the end of June.", "The jets are due to a shortage of spare parts."],
)
def test_no_materiel_due_is_no_pledge(text: str) -> None:
    assert _pledged(text, "en") == set()


@pytest.mark.parametrize(
    ("text", "language"),
    [("The remaining 18 were cancelled in May.", "en"), ("Le reste de la commande a été annulé en mai.", "fr")],
)
def test_what_is_undone_is_no_pledge(text: str, language: str) -> None:
    assert _pledged(text, language) == set()
    rec = record(BEFORE[language] + text, language, published="2026-05-04")
    assert len([c for c in rec.claims if c.kind == "transfer"]) == 1
