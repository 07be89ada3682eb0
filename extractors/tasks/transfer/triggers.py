"""Words that state a transfer, and which way they point (`data/lexicon/transfer.yaml`)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from extractors.lexicon import words
from extractors.tasks.roles import lemma_of

FORWARD, REVERSE, RECIPIENT_OBJECT = "forward", "reverse", "recipient_object"


@dataclass(frozen=True)
class Trigger:
    token: Token
    direction: str  # forward: the subject supplies; reverse: the subject receives
    is_noun: bool
    recipient_object: bool = False  # "supply Russia with shells": the object receives

    @property
    def i(self) -> int:
        return self.token.i


@cache
def _lexicon(language: str) -> dict[str, frozenset[str]]:
    return {
        "verb_forward": words("transfer", "verbs", language, FORWARD),
        "verb_reverse": words("transfer", "verbs", language, REVERSE),
        "verb_recipient_object": words("transfer", "verbs", language, RECIPIENT_OBJECT),
        "noun_forward": words("transfer", "nouns", language, FORWARD),
        "noun_reverse": words("transfer", "nouns", language, REVERSE),
        "agent": words("transfer", "agent_nouns", language),
    }


def find_triggers(tokens: list[Token], language: str) -> list[Trigger]:
    lexicon = _lexicon(language)
    found = []
    for token in tokens:
        lemma = lemma_of(token)
        if token.pos_ in {"VERB", "AUX", "ADJ"} and lemma in lexicon["verb_forward"] | lexicon["verb_reverse"]:
            direction = REVERSE if lemma in lexicon["verb_reverse"] else FORWARD
            found.append(Trigger(token, direction, False, lemma in lexicon["verb_recipient_object"]))
        elif token.pos_ in {"VERB", "ADJ"} and lemma in lexicon["verb_recipient_object"]:
            found.append(Trigger(token, FORWARD, False, True))
        elif token.pos_ in {"NOUN", "PROPN"} and lemma in lexicon["noun_forward"] | lexicon["noun_reverse"]:
            direction = REVERSE if lemma in lexicon["noun_reverse"] else FORWARD
            found.append(Trigger(token, direction, True))
        elif token.pos_ == "NOUN" and lemma in lexicon["agent"]:
            found.append(Trigger(token, FORWARD, True))
    return found


def is_agent_noun(trigger: Trigger, language: str) -> bool:
    return lemma_of(trigger.token) in _lexicon(language)["agent"]
