"""The lexicon files themselves: every word a rule matches is a string. YAML reads a bare `no`, `on`, `off`,
`yes`, `true` or `false` as a boolean, which then matches no word at all ("found on", "say no"): such a word
must be quoted. And no list is given twice in a file: YAML keeps the last one, and the first is lost unseen."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

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


class _Strict(yaml.SafeLoader):
    """A loader that fails on a key given twice in one mapping (YAML keeps the last one silently)."""


def _no_duplicates(loader: _Strict, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
    keys = [loader.construct_object(key, deep=deep) for key, _ in node.value]
    twice = sorted({str(k) for k in keys if keys.count(k) > 1})
    if twice:
        raise ValueError(f"keys given twice: {twice}")
    return yaml.SafeLoader.construct_mapping(loader, node, deep)


_Strict.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _no_duplicates)


@pytest.mark.parametrize("path", sorted(LEXICON_DIR.glob("*.yaml")), ids=lambda p: p.stem)
def test_no_list_of_a_lexicon_is_given_twice(path: Path) -> None:
    yaml.load(path.read_text(encoding="utf-8"), Loader=_Strict)
