"""The small states of the Pacific, the Caribbean, Africa and Asia are states like any other (their names,
capitals and demonyms), and "Papua New Guinea" is not Guinea. Every sentence here was written for these
tests."""

from __future__ import annotations

import pytest

from extractors.analysis import analyse
from extractors.documents import Document
from tests.extraction.helpers import record, transfers


def _states(text: str, language: str) -> set[str]:
    analysis = analyse(Document(id="t", text=text, language=language, published="2026-01-10"))
    return {m.state for s in analysis.sentences for m in s.mentions if m.state}


@pytest.mark.parametrize(
    ("text", "language", "states"),
    [
        ("Officials in Honiara and Suva welcomed the Fijian and Samoan delegations.", "en", {"SB", "FJ", "WS"}),
        (
            "Papua New Guinea and Vanuatu met Timor-Leste and the Maldives in Port Moresby.",
            "en",
            {"PG", "VU", "TL", "MV"},
        ),
        ("Jamaica, Guyana, Suriname and Trinidad and Tobago raised the issue.", "en", {"JM", "GY", "SR", "TT"}),
        ("La Papouasie-Nouvelle-Guinée, les îles Salomon et les Fidji ont signé.", "fr", {"PG", "SB", "FJ"}),
        ("Les Comores, Maurice et les Seychelles, puis le Cap-Vert et la Gambie.", "fr", {"KM", "SC", "CV", "GM"}),
    ],
)
def test_small_states_are_named(text: str, language: str, states: set[str]) -> None:
    assert _states(text, language) == states


def test_papua_new_guinea_is_not_guinea() -> None:
    assert "GN" not in _states("Australia signed a treaty with Papua New Guinea.", "en")


def test_a_transfer_to_a_pacific_state() -> None:
    text = "Australia handed over a Guardian-class patrol boat to the Republic of Fiji Navy on Tuesday."
    assert transfers(record(text)) == {("AU", "FJ", "other")}
