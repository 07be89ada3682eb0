"""A clause on the materiel another verb of the sentence moves ("the F-16s it promised to Ukraine") tells
who or what that materiel is, not a flow of its own: its sides complete the main verb's flow, whose status
and modality stay the main verb's. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from graph.model import Status
from tests.extraction.helpers import record


def _flows(text: str, language: str) -> list[tuple[str | None, str | None, str | None, Status | None]]:
    rec = record(text, language)
    return [(c.role("supplier"), c.role("recipient"), c.item, c.status) for c in rec.claims if c.kind == "transfer"]


@pytest.mark.parametrize(
    ("text", "language", "supplier"),
    [
        ("Norway has delivered all the F-16s it promised to Ukraine.", "en", "NO"),
        ("La Norvège a livré tous les F-16 qu'elle avait promis à l'Ukraine.", "fr", "NO"),
        ("The Netherlands has completed the transfer of all 24 F-16 fighter jets it pledged to Ukraine.", "en", "NL"),
    ],
)
def test_materiel_promised_before_and_delivered_now_is_one_delivered_flow(
    text: str, language: str, supplier: str
) -> None:
    assert _flows(text, language) == [(supplier, "UA", "aircraft", Status.DELIVERED)]


def test_the_figure_of_the_jets_the_clause_is_on_stays() -> None:
    text = "The Netherlands has completed the transfer of all 24 F-16 fighter jets it pledged to Ukraine."
    [claim] = record(text).claims
    assert claim.quantity is not None and claim.quantity.min == 24.0


def test_the_promise_with_its_own_figure_is_its_own_flow() -> None:
    """ "the last of the 19 F-16s it had promised": the promise counts 19, the delivery some of them."""
    flows = _flows("Denmark sent Ukraine the last of the 19 F-16s it had promised.", "en")
    assert sorted(flows) == [("DK", "UA", "aircraft", Status.DELIVERED), ("DK", "UA", "aircraft", Status.PLEDGED)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Germany purchased the Arrow 3 missile defence system from Israel.", "en"),
        ("L'Allemagne a acheté à Israël le système de défense antimissile Arrow 3.", "fr"),
    ],
)
def test_a_missile_defence_system_is_air_defence_only(text: str, language: str) -> None:
    assert {item for _, _, item, _ in _flows(text, language)} == {"air_defence"}
