"""Denial as what weapons do to an enemy ("area denial", "a denial capability", "anti-access/area-denial") is
no denial of a claim. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import record


def _denials(text: str) -> list[str | None]:
    return [c.role("actor") for c in record(text).claims if c.kind == "denial"]


@pytest.mark.parametrize(
    "text",
    [
        "The three batteries give Manila a credible denial capability around the strait.",
        "Russia's anti-access/area-denial systems in Kaliningrad worry NATO.",
        "Beijing is building a sea denial strategy around Taiwan.",
    ],
)
def test_denial_as_a_weapon_is_no_denial(text: str) -> None:
    assert _denials(text) == []


def test_a_denial_of_reports_still_is() -> None:
    assert _denials("Iran's denial of the reports came on Monday.") == ["IR"]
