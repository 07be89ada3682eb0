"""Materiel of foreign make that a state uses: the subject of a verb of use ("launched", "commissioned",
"relied on", "a lancé") holds what the maker's state supplied, unless the materiel was captured or the use
is denied. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import record, transfers


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Kenya had launched dozens of Turkish-supplied drones against the militants.", "en", ("TR", "KE", "drones")),
        ("Russia launched Iranian-made drones at Kyiv overnight.", "en", ("IR", "RU", "drones")),
        ("Kenya's navy commissioned its first Chinese-built frigate last month.", "en", ("CN", "KE", "other")),
        ("Kenya's air force relied on its missiles, supplied by China.", "en", ("CN", "KE", "missiles")),
        (
            "L'armée kényane a lancé des dizaines de drones de fabrication turque contre les insurgés.",
            "fr",
            ("TR", "KE", "drones"),
        ),
    ],
)
def test_the_user_of_materiel_of_foreign_make_received_it(text: str, language: str, expected: tuple) -> None:
    assert transfers(record(text, language)) == {expected}


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine is using captured Russian-made tanks near Kharkiv.",
        "Kenya did not use its Chinese-built drones.",
        "Kenya shot down Turkish-made drones over the border.",
    ],
)
def test_captured_unused_or_fought_materiel_was_not_supplied(text: str) -> None:
    assert transfers(record(text)) == set()
