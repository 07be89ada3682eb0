"""The domain model: what a claim's id hashes."""

from __future__ import annotations

from graph import model
from tests.factories import SHELLS


def test_a_claim_whose_figure_is_its_own_keeps_its_id() -> None:
    assert SHELLS.quantity is not None and not SHELLS.quantity.shared
    assert SHELLS.id == "claim:4e348f28e5a67b6ff7e8"  # the id it had before figures could be shared


def test_a_shared_figure_makes_another_claim() -> None:
    shared = model.Claim(**{**SHELLS.model_dump(), "quantity": {"min": 1000, "unit": "container", "shared": True}})
    assert shared.quantity is not None and shared.quantity.shared
    assert shared.id != SHELLS.id
