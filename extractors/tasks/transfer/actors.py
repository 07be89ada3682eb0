"""Who may supply or receive in a sentence: states, and bodies, groups and people, less observers (a media
outlet or a think tank reports flows), a body named in a person's title ("Defence Minister Anita Anand")
and a state named in whom the sentence is credited to ("selon des responsables iraniens")."""

from __future__ import annotations

from spacy.tokens import Doc

from extractors.analysis import Sentence
from extractors.entities import INSIDE, Mention, company_state
from extractors.lexicon import function_words, words
from extractors.tasks.roles import head_chain

ACTOR_KINDS = {"country", "organization", "person"}
OBSERVER_CATEGORIES = {"media", "research"}  # they report flows; they do not supply or receive
SOURCE_CLIMB = 3


def actors(sentence: Sentence) -> list[Mention]:
    """The mentions that may supply or receive: states, and bodies, groups and people that are not
    observers (a media outlet or think tank reports flows; it is not part of them). Worked out once per
    sentence and list of mentions (every trigger of the sentence asks)."""
    known = sentence.derived.get("actors")
    if known is None or known[0] is not sentence.mentions:
        known = sentence.derived["actors"] = (sentence.mentions, _actors(sentence))
    return list(known[1])


def _actors(sentence: Sentence) -> list[Mention]:
    return [
        m
        for m in sentence.mentions
        if m.kind in ACTOR_KINDS
        and (m.state or m.kind != "country")
        and m.form != INSIDE
        and m.category not in OBSERVER_CATEGORIES
        and not _in_a_title(sentence, m)
        and not in_a_source(sentence, m)
        and not _of_an_outlet(sentence, m)
    ]


def _of_an_outlet(sentence: Sentence, mention: Mention) -> bool:
    """ "a report in the Japanese daily", "la presse turque": a state's adjective on a news outlet."""
    if mention.form != "demonym":
        return False
    head, outlets = mention.span(sentence.doc).root.head, words("actors", "outlet_nouns", sentence.doc.lang_)
    named = head.pos_ == "PROPN" and any(c.lower_ in outlets for c in head.children if c.i < head.i)  # "daily X"
    return head.lower_ in outlets or named


def in_a_source(sentence: Sentence, mention: Mention) -> bool:
    """ "selon des responsables iraniens", "according to Iranian officials": a state named in whom the
    sentence is credited to is whose source it is, no party."""
    doc = sentence.doc
    root = mention.span(doc).root
    markers = function_words("credit_markers")
    for head in [root, *head_chain(root, SOURCE_CLIMB)]:
        verb = head.pos_ in {"VERB", "AUX"}
        fixed = [g for c in head.children for g in c.children if g.dep_ == "fixed"]  # "D'" with "après" hung on it
        for word in [head] if verb else [head, *head.children, *fixed]:
            after = word.lower_ == "après" and word.i > 0 and doc[word.i - 1].lower_ in {"d'", "d’"}
            if (word.lower_ in markers or after) and not _comma_between(doc, word.i, mention.token_start):
                return True  # "according to a Defense Department statement" ("according" tagged a verb)
        if verb:
            return False  # the clause the phrase stands in, not the phrase
    return False


def _comma_between(doc: Doc, marker: int, start: int) -> bool:
    """ "Selon le rapport publié mercredi, la Chine ...": the phrase of the marker ends at the comma, however
    the parser hung the words after it."""
    return marker < start and any(t.text == "," for t in doc[marker:start])


def _in_a_title(sentence: Sentence, mention: Mention) -> bool:
    """ "Defence Minister Anita Anand": a body named in a person's title is no actor of its own."""
    token = mention.span(sentence.doc).root
    while token.dep_ == "compound" and token.head.i != token.i:
        token = token.head
        person = sentence.mention_of(token)
        if person is not None and person.kind == "person":
            return True
    return False


def state_of(mention: Mention) -> str:
    """The state a mention acts for, or the entity itself (a group, a company)."""
    return mention.state or mention.entity_id


def country_of(mention: Mention) -> str:
    """`state_of`, but a company's state for a company the gazetteer places ("Turkish Aerospace": TR)."""
    return company_state(mention) or state_of(mention)
