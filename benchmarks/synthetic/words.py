"""The word lists and weight tables of `words.yaml`, and draws by weight."""

from __future__ import annotations

import bisect
import functools
import itertools
import random
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import yaml

WORDS_FILE = Path(__file__).with_name("words.yaml")


@functools.cache
def words() -> dict[str, Any]:
    """The contents of `words.yaml`, read once per process."""
    loaded: dict[str, Any] = interned(yaml.safe_load(WORDS_FILE.read_text(encoding="utf-8")))
    return loaded


def interned(value: Any) -> Any:
    """The value with its strings interned, so that the rows share each word as they would a Python literal."""
    if isinstance(value, str):
        return sys.intern(value)
    if isinstance(value, list):
        return [interned(v) for v in value]
    if isinstance(value, dict):
        return {interned(k): interned(v) for k, v in value.items()}
    return value


class Weighted:
    """A fixed set of values drawn by weight."""

    def __init__(self, pairs: Sequence[tuple[Any, float]]) -> None:
        self.values = [value for value, _ in pairs]
        self.cumulative = list(itertools.accumulate(weight for _, weight in pairs))

    @classmethod
    def of(cls, weights: Mapping[Any, float]) -> Weighted:
        """The keys of a mapping drawn by their values."""
        return cls(list(weights.items()))

    def pick(self, rng: random.Random) -> Any:
        return self.values[bisect.bisect(self.cumulative, rng.random() * self.cumulative[-1])]
