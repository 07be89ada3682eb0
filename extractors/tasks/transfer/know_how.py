"""Production one state helped another set up: it supplied the know-how.

    Iranian engineers helped Venezuela set up an assembly line for drones    Iran -> Venezuela, technology
    la Chine a aidé le Pakistan à construire une usine de munitions          China -> Pakistan, technology

Only where what is set up is a place or means of production (`production_nouns`) of materiel the sentence
names, or materiel made ("is helping Venezuela build combat drones"); "helped Ukraine defend itself",
"helped Pakistan build a solar plant" give no know-how.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from extractors.analysis import Sentence
from extractors.entities import ItemMention, Mention
from extractors.inflection import word_forms
from extractors.lexicon import words
from extractors.qualifiers.own_word import is_not_done
from extractors.tasks.roles import mentions_under, subject_of

TECHNOLOGY = "technology"


@dataclass(frozen=True)
class KnowHow:
    helper: Mention
    helped: Mention
    item: ItemMention
    verb: Token


@cache
def _words(language: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    setting_up = words("transfer", "setting_up_verbs", language) | words("transfer", "making_verbs", language)
    setting_up |= words("transfer", "assembling_verbs", language)
    helping = words("transfer", "know_how_verbs", language)
    return helping, setting_up, words("transfer", "production_nouns", language)


def know_how(sentence: Sentence) -> list[KnowHow]:
    """The production a state's helpers set up in another state, as a transfer of technology."""
    helping, setting_up, production = _words(sentence.doc.lang_)
    found = []
    for verb in (t for t in sentence.tokens_for(helping) if t.pos_ == "VERB" and not is_not_done(t)):
        for task in (c for c in verb.children if _what_it_helps_do(c) and word_forms(c) & setting_up):
            made = _made(task)
            site = next((t for t in made if t.pos_ == "NOUN" and t.lemma_.lower() in production), None)
            site = site or _materiel_made(sentence, task)  # "is helping Venezuela build combat drones"
            site = site if any(sentence.names_materiel_at(t.i) for t in made) else None  # not "a solar plant"
            helper, helped = _state(sentence, subject_of(verb)), _state(sentence, _helped(verb, task))
            if site is not None and helper and helped and helper.state != helped.state:
                found.append(KnowHow(helper, helped, _item(sentence, site), verb))
    return found


def _what_it_helps_do(verb: Token) -> bool:
    """The verb's complement, or a clause the parser hung on it with "à" ("aide l'Iran à fabriquer")."""
    marked = verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in {"à", "to"} for c in verb.children)
    return verb.dep_ in {"xcomp", "ccomp"} or marked


def _materiel_made(sentence: Sentence, task: Token) -> Token | None:
    """The materiel a verb of making has for its object ("build combat drones", "fabriquer des drones")."""
    if not word_forms(task) & words("transfer", "making_verbs", task.lang_):
        return None
    objects = [c for c in task.children if c.dep_ in {"obj", "dobj"} and c.pos_ == "NOUN"]
    return next((o for o in objects if sentence.names_materiel_at(o.i)), None)


def _made(task: Token) -> list[Token]:
    """The words of what the verb sets up: its object and what hangs on it."""
    return [t for c in task.children if c.dep_ in {"obj", "dobj"} for t in c.subtree]


def _helped(verb: Token, task: Token) -> list[Token]:
    """Who is helped: the object of "help" ("a aidé le Venezuela à"), or the subject of what it does ("helped
    Venezuela set up")."""
    objects = [c for c in verb.children if c.dep_ in {"obj", "dobj"}]
    return objects or [c for c in task.children if c.dep_.startswith("nsubj")]


def _state(sentence: Sentence, tokens: list[Token]) -> Mention | None:
    """The one state among the words ("Iranian engineers", "le Venezuela")."""
    states = {m.state: m for m in mentions_under(sentence, tokens) if m.state}
    return next(iter(states.values())) if len(states) == 1 else None


def _item(sentence: Sentence, site: Token) -> ItemMention:
    start, end = site.left_edge.i, site.i + 1
    span = sentence.doc[start:end]
    return ItemMention(
        TECHNOLOGY, span.text, sentence.offset + span.start_char, sentence.offset + span.end_char, start, end
    )
