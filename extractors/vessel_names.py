"""Vessels named after the noun that says what they are: "the tanker Ocean Star", "le pétrolier Ocean Star".

The gazetteer knows some vessels by name; the NER reads others as a body or a person. A name the NER
found right after a noun of vessel ("tanker", "pétrolier", past a quotation mark), with no state of its
own, is that vessel's name.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from extractors.entities import Mention
from extractors.lexicon import words
from graph.ids import entity_id

if TYPE_CHECKING:
    from extractors.analysis import Sentence

RENAMED = {"organization", "person"}


def name_vessels(sentences: list[Sentence], language: str) -> None:
    """Make each name the NER found after a noun of vessel a vessel."""
    nouns = words("port_calls", "vessel_nouns", language)
    for sentence in sentences:
        sentence.mentions = [_as_vessel(sentence, m, nouns) for m in sentence.mentions]


def _as_vessel(sentence: Sentence, mention: Mention, nouns: frozenset[str]) -> Mention:
    if mention.form != "ner" or mention.kind not in RENAMED or mention.state:
        return mention
    i = mention.token_start - 1
    while i >= 0 and sentence.doc[i].is_quote:
        i -= 1  # "the tanker 'Ocean Star'"
    if i < 0 or not {sentence.doc[i].lower_, sentence.doc[i].lemma_.lower()} & nouns:
        return mention
    return replace(mention, kind="vessel", entity_id=entity_id("vessel", mention.name), form="vessel word")
