"""Port calls by vessels the text names by a navy's prefix ("RFNS Tui Ravu") or a noun the lexicon lacked
("cutter", "caboteur"), and by the vessel that carried the cargo unloaded there ("unloaded in Apia from the
cargo ship ..."). Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import record


def _ports(text: str, language: str = "en") -> set[str]:
    return {str(c.role("port")) for c in record(text, language, "2026-02-05").claims if c.kind == "port_call"}


@pytest.mark.parametrize(
    ("text", "language", "ports"),
    [
        ("The RFNS Kula left Cairns last month and reached Suva on January 29.", "en", {"port:cairns", "port:suva"}),
        ("The cutter USCGC Ada Byrne arrived in Apia on Monday for a port visit.", "en", {"port:apia"}),
        ("Les pièces ont été déchargées à Dili par le caboteur Mar Azul en janvier.", "fr", {"port:dili"}),
        ("The trucks were unloaded in Nuku'alofa from the cargo ship Sea Lantern.", "en", {"port:nuku-alofa"}),
    ],
)
def test_a_vessel_calls_at_the_port(text: str, language: str, ports: set[str]) -> None:
    assert _ports(text, language) == ports


@pytest.mark.parametrize(
    "text",
    [
        "The minister arrived in Apia on Monday with the ship's captain.",
        "The trucks were unloaded in Apia from a plane.",
    ],
)
def test_no_vessel_calling_no_port_call(text: str) -> None:
    assert _ports(text) == set()
