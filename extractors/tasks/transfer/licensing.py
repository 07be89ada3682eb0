"""Materiel of one state's design made by another: the design, kits or parts were supplied.

    Venezuela has been assembling Iranian drones                  Iran -> Venezuela, drones
    l'Inde produit sous licence des chars de conception russe     Russia -> India, armoured vehicles

Only for a state that assembles the materiel, or makes it under licence; a state that merely makes
something resembling another's ("its own version of") is no transfer.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from extractors.analysis import Sentence
from extractors.entities import ItemMention, Mention
from extractors.inflection import word_forms
from extractors.lexicon import words
from extractors.tasks.roles import governs, mentions_under, subject_of
from extractors.tasks.transfer.origin import origin_maker


@dataclass(frozen=True)
class Licensed:
    designer: Mention
    maker: Mention
    item: ItemMention
    verb: Token


@cache
def _words(language: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    return (
        words("transfer", "making_verbs", language),
        words("transfer", "assembling_verbs", language),
        words("transfer", "licence_words", language),
    )


def licensed(sentence: Sentence) -> list[Licensed]:
    """Materiel a state assembles, or makes under licence, whose design the sentence gives to another."""
    making, assembling, licence = _words(sentence.doc.lang_)
    under_licence = sentence.has_form_in(licence)
    found = []
    for verb in sentence.tokens_for(making | assembling):
        if verb.pos_ != "VERB" or not (under_licence or word_forms(verb) & assembling):
            continue
        makers = [m for m in mentions_under(sentence, subject_of(verb)) if m.state and m.kind == "country"]
        makers = makers or _state_before(sentence, verb)  # "L'Inde produit ...", however it was parsed
        for item in _objects(sentence, verb):
            designer = origin_maker(sentence, item) or _demonym_on(sentence, item)
            if makers and designer and designer.state != makers[0].state:
                found.append(Licensed(designer, makers[0], item, verb))
    return found


def _objects(sentence: Sentence, verb: Token) -> list[ItemMention]:
    """The materiel the verb makes: what hangs on it after it, through prepositions and other materiel."""
    item_tokens = {t for i in sentence.items for t in range(i.token_start, i.token_end)}
    return [
        i
        for i in sentence.items
        if i.token_start > verb.i
        and governs(verb, sentence.doc[i.token_end - 1], item_tokens | _licence_tokens(sentence))
    ]


def _licence_tokens(sentence: Sentence) -> set[int]:
    licence = words("transfer", "licence_words", sentence.doc.lang_)
    return {t.i for t in sentence.tokens if t.lower_ in licence}


def _state_before(sentence: Sentence, verb: Token) -> list[Mention]:
    before = [m for m in sentence.mentions if m.state and m.kind == "country" and 0 < verb.i - m.token_end + 1 <= 3]
    return before[-1:]


def _demonym_on(sentence: Sentence, item: ItemMention) -> Mention | None:
    """ "Iranian drones", "des drones iraniens": a demonym qualifying the materiel."""
    span = range(item.token_start, item.token_end)
    for mention in sentence.mentions:
        if mention.form == "demonym" and mention.state and mention.span(sentence.doc).root.head.i in span:
            return mention
    return None
