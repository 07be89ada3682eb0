"""Pairs of states a sentence names together, for the phrases that point back at them: "the two
countries", "les deux pays", "both sides" (the parties of an agreement, those who deny a transfer)."""

from __future__ import annotations

from itertools import pairwise

from spacy.tokens import Token

from extractors.analysis import Sentence
from extractors.entities import INSIDE, Mention
from extractors.lexicon import function_words
from extractors.qualifiers.stance import concluding, is_reporting

PARTY_KINDS = {"country", "person", "organization"}

Pair = tuple[Mention, Mention, bool]  # two states named in one sentence, and whether joined by "and"


def recent_pair(pairs: list[Pair], found: dict[str, Mention]) -> list[Mention]:
    """The last two states named together before ("Moscow and Pyongyang have framed their cooperation"),
    else the last two a sentence named alone, agreeing with a party already found."""
    for joined in (True, False):
        for first, second, coordinated in reversed(pairs):
            if coordinated == joined and (not found or {first.state, second.state} & set(found)):
                return [first, second]
    return []


def state_pairs(sentence: Sentence) -> list[Pair]:
    """Pairs of states the sentence names together ("Moscou et Pyongyang", "between Iran and Russia"), or
    the two states of a sentence that names only two."""
    states = [m for m in named_states(sentence) if m.kind == "country"]
    pairs = []
    for first, second in pairwise(states):
        between = sentence.doc[first.token_end : second.token_start]
        joined = 0 < len(between) <= 2 and all(t.pos_ in {"CCONJ", "PUNCT", "DET"} for t in between)
        if joined and first.state != second.state:
            pairs.append((first, second, True))
    distinct = list({m.state: m for m in states}.values())
    if not pairs and len(distinct) == 2:
        pairs.append((distinct[0], distinct[1], False))
    return pairs


def named_states(sentence: Sentence) -> list[Mention]:
    """The states (or those acting for them) the sentence names as actors, sources aside."""
    return [
        m
        for m in sentence.mentions
        if m.state and m.kind in PARTY_KINDS and m.form != INSIDE and not is_source(sentence, m)
    ]


def is_source(sentence: Sentence, mention: Mention) -> bool:
    """The mention is (or qualifies) the subject of a reporting verb: "les médias indiens ont rapporté"; not
    when what it says is of itself ("Egypt confirmed that it had signed", "l'Égypte a confirmé avoir signé")."""
    root = mention.span(sentence.doc).root
    return any(
        token.dep_.startswith("nsubj")
        and is_reporting(token.head)
        and not concluding(token.head)
        and not _of_itself(token.head)
        for token in (root, root.head)
    )


def _of_itself(verb: Token) -> bool:
    """What a verb of saying reports is the speaker's own act: an infinitive, or a clause whose subject is a
    pronoun ("said it had signed", "a dit qu'elle avait signé")."""
    said = [c for c in verb.children if c.dep_ in {"ccomp", "xcomp"}]
    pronouns = function_words("subject_pronouns")
    return any(
        c.dep_ == "xcomp" or any(s.dep_.startswith("nsubj") and s.lower_ in pronouns for s in c.children) for c in said
    )
