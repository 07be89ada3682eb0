"""What conveyances carry: the load of a ship or plane that was seized or arrived ("the ship arrived in Sudan
carrying weapons"), never sent by whoever stopped the ship; what a named ship hands over at sea; whether a
verb of landing has a conveyance as its subject; and the count of conveyances that stands for what arrived
when it has no figure of its own ("seven cargo flights ... carrying drones")."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Token

from extractors.analysis import Sentence
from extractors.entities import ItemMention
from extractors.inflection import word_forms
from extractors.lexicon import words
from extractors.qualifiers.flow import conveyances
from extractors.tasks.base import Finding
from extractors.tasks.roles import governs, subject_of
from extractors.tasks.transfer.kinds import as_quantity
from extractors.tasks.transfer.triggers import ARRIVAL, FORWARD, SEIZURE, Trigger
from extractors.vessel_names import name_at

if TYPE_CHECKING:
    from extractors.tasks.transfer.roles import Roles

FUEL = "fuel"  # what ships hand over to ships at sea


SEIZED = {"obj", "dobj", "nsubjpass", "nsubj:pass"}  # what a verb of seizing stopped
ARRIVED = {"nsubj", "nsubjpass", "nsubj:pass"}  # what a verb of arriving brought


def counted_by_conveyances(sentence: Sentence, trigger: Trigger, found: list[Finding]) -> list[Finding]:
    """ "At least seven cargo flights from Iran landed in Port Sudan, carrying drones and ammunition": with no
    figure of their own, what arrived is counted by the conveyances that brought it (shared by its kinds)."""
    if trigger.direction != ARRIVAL or not found or any(f.quantity for f in found):
        return found
    carriers = {s.i for s in carriers_of(trigger.token)}
    count = next((f for f in sentence.figures if f.unit_token in carriers), None)
    if count is None:
        return found
    return [replace(f, quantity=as_quantity(count, shared=len(found) > 1)) for f in found]


def conveyed(verb: Token) -> bool:
    """Whether the verb's subject is a conveyance ("cargo flights", "un avion")."""
    return bool(carriers_of(verb))


def carriers_of(verb: Token) -> list[Token]:
    """The verb's subjects that are conveyances ("cargo flights landed", "un avion a atterri")."""
    return [s for s in subject_of(verb) if word_forms(s) & conveyances(verb.lang_)]


def drop_the_stopper(trigger: Trigger, roles: Roles) -> None:
    """ "The US Navy seized a dhow carrying Iranian rifles", however "carrying" was attached: what a
    conveyance carries was not sent by a subject that is no conveyance (who stopped it, who saw it); nor
    is what any participle on the object of a verb of seizing moves ("La marine française a intercepté un
    boutre transportant des fusils")."""
    language = trigger.token.lang_
    if not word_forms(trigger.token) & words("transfer", "carrying_verbs", language) and not _stopped(trigger.token):
        return
    doers = [s.i for s in subject_of(trigger.token) if not word_forms(s) & conveyances(language)]
    roles.suppliers = [m for m in roles.suppliers if not any(m.token_start <= i < m.token_end for i in doers)]


def _stopped(participle: Token) -> bool:
    """A participle on what a verb of seizing stopped."""
    if participle.dep_ not in {"acl", "amod"}:
        return False
    clause = next((a for a in participle.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    seizing = words("transfer", "verbs", participle.lang_, SEIZURE)
    return clause is not None and bool(word_forms(clause) & seizing)


def handed_over_by_a_vessel(sentence: Sentence, trigger: Trigger, roles: Roles, categories: set[str]) -> None:
    """ "The tanker Ocean Star transferred 4,000 tonnes of diesel to North Korean ships": with no other
    supplier named, a named vessel that hands over its fuel at sea is the supplier (whoever owns it); a
    ship that brings munitions carries someone else's, and is no supplier."""
    if roles.suppliers or not roles.recipients or trigger.direction != FORWARD or trigger.is_noun:
        return
    if categories != {FUEL}:
        return
    subjects = subject_of(trigger.token)
    within = {t.i for s in subjects for t in s.subtree}  # "the tanker Ocean Star"
    vessels = [m for m in sentence.mentions if m.kind == "vessel" and m.token_start in within]
    ships = words("port_calls", "vessel_nouns", sentence.doc.lang_)
    if not vessels and any(word_forms(t) & ships for t in sentence.tokens):
        vessels = [m for s in subjects if (m := name_at(sentence, s)) is not None]  # "The Lighthouse Winmore ...
        # transferred oil to the North Korean ship": a name the NER left unread, in a sentence about ships
    roles.suppliers.extend(vessels[:1])


def carried_by(
    sentence: Sentence, verb: Token, candidates: list[ItemMention], item_tokens: set[int], deps: set[str]
) -> list[ItemMention]:
    """What a conveyance seized or arriving carried: "the ship, carrying 3,000 tonnes of ammunition, was
    intercepted", "le navire, qui transportait des munitions, a été arraisonné", "the ship arrived in
    Sudan carrying weapons"."""
    language = sentence.doc.lang_
    carrying = words("transfer", "carrying_verbs", language) | words("transfer", "loading_verbs", language)
    held = [c for c in verb.children if c.dep_ in deps and word_forms(c) & conveyances(language)]
    loads = [v for c in held for v in c.children if word_forms(v) & carrying]
    if held:
        loads += [v for v in verb.children if v.dep_ in {"advcl", "xcomp"} and word_forms(v) & carrying]
    return [i for i in candidates for v in loads if governs(v, sentence.doc[i.token_end - 1], item_tokens)]
