"""An abbreviation in brackets after a name stands for what the name stands for, wherever the article
uses it.

"les Forces armées soudanaises (SAF) ont reçu ...": SAF is the Sudanese armed forces, so in a claim it
stands for Sudan as the full name does. "the Rapid Support Forces (RSF) ... drones sent to the RSF": the
article has spelled the abbreviation out, so each of its uses, before or after, is that entity (one
entity in the graph, not two). Only an all-capital word right after the name, between brackets, is read
so; a name that is only a state's adjective ("soudanaises") gives the abbreviation its state, not its
identity.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Doc

if TYPE_CHECKING:
    from extractors.analysis import Sentence
    from extractors.entities import Mention

NOT_AN_IDENTITY = {"demonym", "government", "inside"}  # a state by its adjective or one of its bodies; inside a name


def link_abbreviations(sentences: list[Sentence]) -> None:
    """Give each bracketed abbreviation the state of the name just before it, and every use of an
    abbreviation the article spells out the entity (or the state) of its spelling."""
    spelled: dict[str, Mention] = {}
    for sentence in sentences:
        doc = sentence.doc
        by_end = {m.token_end: m for m in sentence.mentions}
        sentence.mentions = [_linked(m, by_end, doc) for m in sentence.mentions]
        for abbreviation, named in _spelled(sentence):
            spelled.setdefault(abbreviation, named)
    for sentence in sentences:
        sentence.mentions = [_spelled_out(m, spelled) for m in sentence.mentions]


def _spelled(sentence: Sentence) -> list[tuple[str, Mention]]:
    """ "the Rapid Support Forces (RSF)": the abbreviation, with the mention it spells out; "the Sudanese
    Armed Forces (SAF)": the abbreviation with its own mention, which has the state."""
    doc, found = sentence.doc, []
    for mention in sentence.mentions:
        start, end = mention.token_start, mention.token_end
        word = doc[end + 1].text if _bracketed(end + 1, end + 2, doc) else ""
        if word.isupper() and word.isalpha() and len(word) >= 2 and _an_identity(mention):
            found.append((word, mention))
        if mention.state and _bracketed(start, end, doc) and mention.text.isupper():
            found.append((mention.text, mention))
    return found


def _an_identity(mention: Mention) -> bool:
    return mention.form not in NOT_AN_IDENTITY and mention.kind != "person"


def _bracketed(start: int, end: int, doc: Doc) -> bool:
    return start > 0 and end < len(doc) and doc[start - 1].text == "(" and doc[end].text == ")"


def _linked(mention: Mention, by_end: dict[int, Mention], doc: Doc) -> Mention:
    start, end = mention.token_start, mention.token_end
    if not _bracketed(start, end, doc) or not mention.text.isupper() or mention.state:
        return mention
    named = _name_before(start - 1, by_end, doc)
    if named is None or not named.state:
        return mention
    return replace(mention, state=named.state)


def _name_before(bracket: int, by_end: dict[int, Mention], doc: Doc) -> Mention | None:
    """The mention the name before a bracket holds: right before it, or a few capitalised words earlier
    ("the Sudanese Armed Forces (SAF)")."""
    for end in range(bracket, max(bracket - 4, 1) - 1, -1):
        if end in by_end:
            return by_end[end]
        if not doc[end - 1].is_title:
            return None
    return None


def _spelled_out(mention: Mention, spelled: dict[str, Mention]) -> Mention:
    named = spelled.get(mention.text)
    if named is None or (named.entity_id == mention.entity_id and (mention.state or not named.state)):
        return mention
    return replace(
        mention, entity_id=named.entity_id, kind=named.kind, name=named.name, state=named.state, category=named.category
    )
