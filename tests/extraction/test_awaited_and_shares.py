"""Materiel awaited, ordered under a class name, and a share of a state's imports. Every sentence here was
written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import record


def _claims(text: str, language: str) -> list[tuple[str, ...]]:
    rec = record(text, language, published="2025-07-24")
    found = []
    for c in rec.claims:
        when = (c.time.start, c.time.end) if c.time else (None, None)
        if c.kind == "transfer":
            found.append(("transfer", c.role("supplier"), c.role("recipient"), c.item, c.status, *when))
        elif c.kind == "agreement":
            found.append(("agreement", *sorted(c.roles["parties"]), *when))
    return sorted(found, key=str)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Vietnam is awaiting six patrol boats from Japan.", "en"),
        ("Le Vietnam attend six patrouilleurs japonais.", "fr"),
    ],
)
def test_materiel_awaited_is_a_pledged_transfer(text: str, language: str) -> None:
    # awaited now, with no date of its own: promised as of the month of publication
    assert _claims(text, language) == [("transfer", "JP", "VN", "other", "pledged", "2025-07", None)]


@pytest.mark.parametrize(
    "text",
    [
        "Analysts await a decision by Germany on Taurus missiles for Ukraine.",
        "La Russie attend une réponse de l'Iran sur les drones.",
    ],
)
def test_awaiting_something_that_is_no_materiel_is_no_transfer(text: str) -> None:
    language = "fr" if "La Russie" in text else "en"
    assert [c for c in _claims(text, language) if c[0] == "transfer"] == []


def test_a_dated_order_under_the_awaited_materiel_is_a_deal_and_one_flow() -> None:
    text = "Egypt is awaiting four frigates ordered from Italy in 2021, with deliveries due by 2027."
    assert _claims(text, "en") == [
        ("agreement", "EG", "IT", "2021", "2021"),
        ("transfer", "IT", "EG", "other", "pledged", None, "2027"),
    ]


def test_a_participle_on_the_class_name_describes_the_materiel() -> None:
    text = "L'Égypte attend en outre quatre frégates de la classe Bergamini commandées à l'Italie en 2021."
    kinds = {c[0] for c in _claims(text, "fr")}
    assert kinds == {"agreement", "transfer"}
    assert ("IT", "EG") in {(c[1], c[2]) for c in _claims(text, "fr") if c[0] == "transfer"}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("La Russie a assuré 60 % des importations d'armes majeures du Vietnam entre 2019 et 2023.", "fr"),
        ("Russia accounted for 60% of Vietnam's imports of major arms between 2019 and 2023.", "en"),
    ],
)
def test_a_share_of_a_states_imports_is_supplied_to_it(text: str, language: str) -> None:
    rec = record(text, language, published="2025-07-24")
    assert [(c.role("supplier"), c.role("recipient")) for c in rec.claims if c.kind == "transfer"] == [("RU", "VN")]
    assert not [a for e in rec.evidence for a in e.attributed_to]  # who provided the share said nothing
