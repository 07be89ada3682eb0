"""Who denies: a state (or a body or official acting for it, who stands for the state), or a company
denying for itself.

    Moscow denied supplying the drones                     the state
    the Iranian foreign ministry said it had not sent      the body acting for its state: Iran
    Rosoboronexport denied the report                      a company, for itself
    The companies said they didn't trade the chips         "the companies": those the article named just before
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from spacy.tokens import Token

from extractors.analysis import Analysis, Sentence
from extractors.entities import INSIDE, Mention
from extractors.gazetteer import gazetteer
from extractors.inflection import word_forms
from extractors.lexicon import function_words, words
from extractors.tasks.base import Cited
from extractors.tasks.roles import mentions_under, subject_of

COMPANY_REACH = 4  # sentences back to the companies "the companies" stands for
POSSESSIVES = function_words("possessives")
PLURAL_DETERMINERS = function_words("plural_determiners")


def actor_key(mention: Mention) -> str:
    return mention.state or mention.entity_id


def is_company(mention: Mention) -> bool:
    """A company: so listed in the gazetteer, or an organization only the NER knows and that acts for no state."""
    if mention.kind != "organization" or mention.state:
        return False
    return mention.category == "company" or (mention.form == "ner" and gazetteer().get(mention.entity_id) is None)


def actors(mentions: list[Mention], *, companies: bool = True) -> list[Mention]:
    """The mentions that can deny, one per actor: states and those acting for them, companies, and armed
    groups ("L'ANL a démenti toute présence de soldats étrangers", "Hamas denied receiving weapons")."""
    seen: dict[str, Mention] = {}
    for mention in mentions:
        group = mention.kind == "organization" and mention.category == "armed_group"
        can = (mention.state and mention.form != INSIDE) or (companies and (is_company(mention) or group))
        if can and actor_key(mention) not in seen:
            seen[actor_key(mention)] = mention
    return list(seen.values())


@dataclass
class Speaker:
    """Who says a sentence's statement, as actors that can deny."""

    sentence: Sentence
    actors: list[Mention] = field(default_factory=list)

    def mentions_in(self, token: Token) -> list[Mention]:
        return mentions_under(self.sentence, [token])

    def same_actor(self, mention: Mention) -> bool:
        return actor_key(mention) in {actor_key(a) for a in self.actors}


@cache
def _company_nouns(language: str) -> frozenset[str]:
    return words("denial", "company_nouns", language)


def subject_actors(sentence: Sentence, subjects: list[Token]) -> list[Mention]:
    """The actors a subject names, not those of its places: "The Chinese embassy in Washington" is
    China; "the spokesman for Rheinmetall", "le porte-parole du ministère chinois" are theirs."""
    found = []
    for subject in subjects:
        inside = {t.i for t in subject.subtree}
        found += [m for m in mentions_under(sentence, [subject]) if _names_speaker(sentence, m, subject, inside)]
    return actors(found)


def _names_speaker(sentence: Sentence, mention: Mention, subject: Token, inside: set[int]) -> bool:
    token = mention.span(sentence.doc).root
    links = words("denial", "speaker_links", sentence.doc.lang_)
    while token.i != subject.i and token.i in inside:
        if token.pos_ in {"VERB", "AUX"}:
            return False  # "le porte-parole, ajoutant que ... l'armée malienne": named in a clause of its own
        prepositions = [c for c in token.children if c.dep_ == "case"]
        if token.dep_ == "pobj":
            prepositions.append(token.head)
        if any(p.lower_ not in links for p in prepositions):
            return False
        token = token.head
    return True


def speaker(analysis: Analysis, sentence: Sentence, verb: Token, cited: list[Cited]) -> Speaker:
    """The actors who say what `verb` says: its subject's; for "the companies", the companies named
    just before; for a pronoun ("he said"), the source the article credits it to."""
    subjects = subject_of(verb)
    found = saying_actors(sentence, verb)
    if found or not subjects:
        return Speaker(sentence, found)
    head = subjects[0]
    if not word_forms(head).isdisjoint(_company_nouns(sentence.doc.lang_)):
        return Speaker(sentence, companies_before(analysis, sentence.index, _plural(head)))
    if all(s.pos_ == "PRON" for s in subjects):
        named = [s.mention for s in cited if s.mention is not None and s.anchor == verb.i]
        return Speaker(sentence, actors(named))
    return Speaker(sentence, [])


def saying_actors(sentence: Sentence, verb: Token) -> list[Mention]:
    """The actors the subject of a verb of saying names; for "its ministry" ("Iran has never supplied
    ..., its foreign ministry said"), the actor the sentence named as a subject before it."""
    subjects = subject_of(verb.head if verb.dep_.startswith("aux") else verb)  # "affirme" parsed as an auxiliary
    found = subject_actors(sentence, subjects)
    if not found and subjects and all(owned_by_a_pronoun(s) for s in subjects):
        earlier = [t for t in sentence.doc[: verb.i] if t.dep_ in {"nsubj", "nsubj:pass", "nsubjpass"}]
        found = subject_actors(sentence, earlier)[:1]
    return found


def owned_by_a_pronoun(noun: Token) -> bool:
    """ "its policy", "sa politique": a noun a possessive pronoun determines."""
    return noun.pos_ == "NOUN" and any(c.dep_ in {"poss", "det"} and c.lower_ in POSSESSIVES for c in noun.children)


def _plural(noun: Token) -> bool:
    return "Plur" in noun.morph.get("Number", []) or any(c.lower_ in PLURAL_DETERMINERS for c in noun.children)


def companies_before(analysis: Analysis, index: int, plural: bool) -> list[Mention]:
    """The companies "the companies" (two or more, named together) or "the company" (the only one
    named) stands for, in the nearest sentence before that names any."""
    for sentence in reversed(analysis.sentences[max(0, index - COMPANY_REACH) : index]):
        named = [m for m in actors(sentence.mentions) if is_company(m)]
        if not named:
            continue
        if plural:
            return named if len(named) >= 2 else []
        return named if len(named) == 1 else []
    return []
