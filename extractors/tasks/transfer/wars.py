"""States at war with each other (`transfer.yaml`, `at_war`): materiel or troops of one that reached,
stand in or are used by the other were fought with or captured, never supplied ("Russian missiles
reached Kyiv overnight")."""

from __future__ import annotations

from functools import cache

from extractors.lexicon import lexicon
from extractors.tasks.base import Finding
from extractors.tasks.transfer.actors import state_of


@cache
def _wars() -> frozenset[frozenset[str]]:
    return frozenset(frozenset(pair) for pair in lexicon("transfer")["at_war"])


def at_war(one: str | None, other: str | None) -> bool:
    return frozenset({one, other}) in _wars()


def hostile(finding: Finding) -> bool:
    """Materiel or troops of one state with another at war with it: fought, captured, not supplied."""
    return at_war(*(state_of(m) for m in (finding.roles["supplier"][0], finding.roles["recipient"][0])))
