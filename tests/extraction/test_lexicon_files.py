"""The lexicon files themselves: every word a rule matches is a string. YAML reads a bare `no`, `on`, `off`,
`yes`, `true` or `false` as a boolean, which then matches no word at all ("found on", "say no"): such a word
must be quoted."""

from __future__ import annotations

from typing import Any

import pytest

from extractors.lexicon import LEXICON_DIR, lexicon

SETTINGS = {("modality", "conditional_is_reported")}  # true/false on purpose


def _booleans(node: Any, path: str) -> list[str]:
    if isinstance(node, bool):
        return [path]
    if isinstance(node, dict):
        return [p for key, value in node.items() for p in _booleans(value, f"{path}/{key}")]
    if isinstance(node, list):
        return [p for i, value in enumerate(node) for p in _booleans(value, f"{path}[{i}]")]
    return []


@pytest.mark.parametrize("name", sorted(p.stem for p in LEXICON_DIR.glob("*.yaml")))
def test_no_word_of_a_lexicon_is_read_as_a_boolean(name: str) -> None:
    found = [p for p in _booleans(lexicon(name), name) if tuple(p.split("/")[:2]) not in SETTINGS]
    assert found == []
