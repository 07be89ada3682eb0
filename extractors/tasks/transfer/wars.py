"""States at war with each other (`transfer.yaml`, `at_war`): materiel or troops of one that reached,
stand in or are used by the other were fought with or captured, never supplied ("Russian missiles
reached Kyiv overnight")."""

from __future__ import annotations

from functools import cache

from extractors.analysis import Sentence
from extractors.entities import Mention
from extractors.lexicon import lexicon
from extractors.qualifiers.times import find_events
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


def in_an_event(sentence: Sentence, mention: Mention) -> bool:
    """The name stands in the words of a dated event ("trois mois après l'invasion de l'Ukraine", "since the
    Russian invasion of Ukraine"): it tells when, it names no party to the flow."""
    start = mention.start - sentence.offset
    return any(e.char_start <= start < e.char_end for e in find_events(sentence.lowered, set()))
