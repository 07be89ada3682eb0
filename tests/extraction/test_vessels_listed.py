"""Vessels named in a list after their noun each call at the port. Every sentence here was written for these
tests."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import record


def _calls(text: str, language: str) -> list[tuple[str, str, object]]:
    found = [c for c in record(text, language).claims if c.kind == "port_call"]
    return [(c.role("port"), c.role("vessel"), c.count) for c in found]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "In June, two Indian frigates, the Talwar and the Teg, called at the port of Mombasa.",
            "en",
            [("port:port-of-mombasa", "vessel:talwar", None), ("port:port-of-mombasa", "vessel:teg", None)],
        ),
        (
            "En mai, deux cargos russes, le Sparta et l'Ursa Major, ont accosté à Tartous.",
            "fr",
            [("port:tartus", "vessel:sparta", None), ("port:tartus", "vessel:ursa-major", None)],
        ),
    ],
)
def test_each_vessel_listed_calls(text: str, language: str, expected: list[tuple[str, str, object]]) -> None:
    assert _calls(text, language) == expected


def test_a_vessel_and_a_state_are_no_list() -> None:
    text = "In June, the frigate Talwar, with a crew from Kenya and the Navy of India, called at the port of Mombasa."
    assert [(port, vessel) for port, vessel, _ in _calls(text, "en")] == [("port:port-of-mombasa", "vessel:talwar")]


@pytest.mark.parametrize(
    ("text", "language", "vessel"),
    [
        (
            "The freighter Baltic Star, the ShipWatchers group said, left the port of Tartus on Monday.",
            "en",
            "baltic-star",
        ),
        ("Le cargo Baltic Star, le ShipWatchers l'a confirmé, a quitté le port de Tartous lundi.", "fr", "baltic-star"),
    ],
)
def test_a_source_after_a_comma_is_no_second_vessel(text: str, language: str, vessel: str) -> None:
    assert [v for _, v, _ in _calls(text, language)] == [f"vessel:{vessel}"]
