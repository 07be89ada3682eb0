"""A state that pays for another's purchase gives it funds (SCHEMA.md, Deals): "Germany will fund the
purchase of 100,000 shells for Ukraine", "L'Allemagne financera l'achat d'obus pour l'Ukraine". The purchase
stays a transfer from the seller; the funder's money is a transfer of funds to the buyer."""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Token

from extractors.analysis import Sentence
from extractors.entities import Mention
from extractors.lexicon import words
from extractors.tasks.base import Finding
from extractors.tasks.roles import agents_of, mentions_under, subject_of
from extractors.tasks.transfer.kinds import FUNDS_UNITS, as_quantity
from extractors.tasks.transfer.roles import owner_of_the_governing_subject
from extractors.tasks.transfer.triggers import REVERSE, Trigger

PAID_FOR = {"for", "pour", "to", "à"}  # "pay for the purchase", "payer pour l'achat", "alloué à l'achat"


def funded(sentence: Sentence, trigger: Trigger, found: list[Finding]) -> list[Finding]:
    """The funds the payer of a purchase gives its buyer, one finding for the purchase's findings."""
    verb = _paying_verb(trigger)
    if verb is None or not found:
        return []
    buyer = found[0].roles["recipient"]
    payers = _payers(sentence, verb, buyer[0])
    money = next((f for f in sentence.figures if f.unit in FUNDS_UNITS), None)
    quantity = as_quantity(money) if money is not None else None
    return [
        replace(
            found[0],
            roles={"supplier": [payer], "recipient": buyer},
            item=None,
            item_category="funds",
            quantity=quantity,
        )
        for payer in payers[:1]
    ]


@dataclass(frozen=True)
class Paid:
    """A payer, the buyer it pays for and the verb of paying, of a purchase whose seller is not named."""

    payer: Mention
    buyer: Mention
    verb: Token


def paid_for(sentence: Sentence, trigger: Trigger, suppliers: list[Mention], buyers: list[Mention]) -> Paid | None:
    """ "Japan will fund the purchase of four patrol boats for the Philippines": no seller is named, but the
    payer still gives the buyer funds."""
    verb = _paying_verb(trigger)
    if verb is None or len(buyers) != 1 or any(s.state != buyers[0].state for s in suppliers):
        return None  # a seller of the buyer's own state is its own industry: "to buy howitzers from Ukrainian makers"
    payers = _payers(sentence, verb, buyers[0])
    return Paid(payers[0], buyers[0], verb) if payers else None


def paid_purchase(trigger: Trigger) -> bool:
    """A purchase a verb of paying pays for ("fund the purchase", "alloué ... à l'achat de canons")."""
    return _paying_verb(trigger) is not None


def _payers(sentence: Sentence, verb: Token, buyer: Mention) -> list[Mention]:
    """The states that are the subject of the verb of paying, but the buyer itself; for a pronoun, the state
    the subject of the verb above names ("Norway said it would allocate")."""
    subjects = subject_of(verb)
    found = [m for m in mentions_under(sentence, subjects) if m.state]
    if not found and subjects:
        owner = owner_of_the_governing_subject(sentence, subjects[0])
        found = [owner] if owner is not None else []
    return [m for m in found if m.state != buyer.state]


def _paying_verb(trigger: Trigger) -> Token | None:
    """The verb of paying whose object is the noun of purchase ("fund the purchase", "pay for the purchase"), or
    whose clause the verb of buying completes ("pay for Ukraine to buy")."""
    token = trigger.token
    if trigger.direction != REVERSE:
        return None
    if not trigger.is_noun:  # "Denmark will pay for Ukraine's forces to buy howitzers"
        head = token.head
        if token.dep_ in {"relcl", "acl"} and head.dep_ in {"obj", "dobj"}:
            head = head.head  # "will allocate 2 billion kroner to buy air defence systems for Ukraine"
        elif token.dep_ in {"relcl", "acl"} and agents_of(token):
            head = _verb_paying_for(head)  # "Doha paid for a batch of armoured vehicles bought by the army"
        elif token.dep_ not in {"advcl", "xcomp"}:
            return None
        paying = head.i != token.i and head.lemma_.lower() in words("transfer", "paying_verbs", token.lang_)
        return head if paying else None
    head = token.head
    if token.dep_ == "pobj" and head.lower_ in PAID_FOR:
        head = head.head
    elif not (token.dep_ in {"obj", "dobj"} or any(c.dep_ == "case" and c.lower_ in PAID_FOR for c in token.children)):
        return None  # "fund the purchase", "allocated 2 billion to the purchase", "alloué ... à l'achat"
    return head if head.lemma_.lower() in words("transfer", "paying_verbs", token.lang_) else None


def _verb_paying_for(noun: Token) -> Token:
    """The verb a noun hangs on through "for" and "of" ("paid for a batch of armoured vehicles"), or the noun."""
    token = noun
    for _ in range(4):
        if token.dep_ != "pobj" or token.head.lower_ not in PAID_FOR | {"of", "de"}:
            break
        token = token.head.head
        if token.pos_ == "VERB":
            return token
    return noun


def cost_covered(sentence: Sentence, found: list[Finding]) -> list[Finding]:
    """ "Zagreb ordered 50 tanks, with Berlin agreeing to cover €200 million of the cost": a state that pays
    part of a purchase the sentence tells (a sum or the cost as what it pays) gives its buyer funds."""
    if not found or found[0].item_category == "funds":
        return []
    buyer = found[0].roles["recipient"][0]
    for verb in sentence.tokens_for(words("transfer", "paying_verbs", sentence.doc.lang_)):
        money = [f for f in sentence.figures if f.unit in FUNDS_UNITS and _paid_by(sentence, f.token_start, verb)]
        costing = any(t.lower_ in words("transfer", "cost_nouns", t.lang_) for t in _objects(verb))
        payers = _payers(sentence, verb, buyer) if money and costing else []
        if payers:
            sides = {"supplier": [payers[0]], "recipient": [buyer]}
            return [replace(found[0], roles=sides, item=None, item_category="funds", quantity=as_quantity(money[0]))]
    return []


def _objects(verb: Token) -> list[Token]:
    return [t for c in verb.children if c.dep_ in {"obj", "dobj"} for t in c.subtree]


def _paid_by(sentence: Sentence, start: int, verb: Token) -> bool:
    return any(t.i == start for t in _objects(verb))
