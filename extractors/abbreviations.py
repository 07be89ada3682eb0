"""An abbreviation in brackets after a name stands for what the name stands for.

"les Forces armées soudanaises (SAF) ont reçu ...": SAF is the Sudanese armed forces, so in a claim it
stands for Sudan as the full name does; "the Royal United Services Institute (RUSI)" likewise keeps the
institute's identity. Only an all-capital word right after the name, between brackets, is read so.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Doc

if TYPE_CHECKING:
    from extractors.analysis import Sentence
    from extractors.entities import Mention


def link_abbreviations(sentences: list[Sentence]) -> None:
    """Give each bracketed abbreviation the state of the name just before it."""
    for sentence in sentences:
        doc = sentence.doc
        by_end = {m.token_end: m for m in sentence.mentions}
        sentence.mentions = [_linked(m, by_end, doc) for m in sentence.mentions]


def _linked(mention: Mention, by_end: dict[int, Mention], doc: Doc) -> Mention:
    start, end = mention.token_start, mention.token_end
    bracketed = start > 0 and doc[start - 1].text == "(" and end < len(doc) and doc[end].text == ")"
    if not bracketed or not mention.text.isupper() or mention.state:
        return mention
    named = by_end.get(start - 1)
    if named is None or not named.state:
        return mention
    return replace(mention, state=named.state)
