"""Short names shared by several states ("Korea", "Corée", "Congo"), resolved by the article.

The gazetteer leaves them out (see `states.yaml`), so the statistical recognizer finds them as places.
An article from Seoul that writes "Korea's provision of shells" and names Seoul or South Korea elsewhere
means South Korea; one that names both Koreas, or neither, leaves "Korea" a place.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from extractors.entities import Mention
from extractors.gazetteer import gazetteer
from extractors.lexicon import lexicon

if TYPE_CHECKING:
    from extractors.analysis import Sentence


@cache
def _candidates() -> dict[str, frozenset[str]]:
    return {name: frozenset(codes) for name, codes in lexicon("actors")["ambiguous_names"].items()}


def resolve_ambiguous_names(sentences: list[Sentence]) -> None:
    """Give each place mention of an ambiguous name the one state among its candidates the article names."""
    named = {m.state for s in sentences for m in s.mentions if m.state}
    for sentence in sentences:
        sentence.mentions = [_resolved(m, named) for m in sentence.mentions]


def _resolved(mention: Mention, named: set[str]) -> Mention:
    codes = _candidates().get(mention.text.lower()) if mention.kind == "location" else None
    if not codes or len(codes & named) != 1:
        return mention
    [code] = codes & named
    entry = gazetteer().get(code)
    return replace(mention, entity_id=code, kind="country", name=entry.name if entry else code, state=code)
