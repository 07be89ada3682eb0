"""A purchase or an order is a deal as well as a transfer: "Qatar ordered 24 Rafale", "l'Inde en a acheté
36 exemplaires" state an agreement between buyer and seller (`data/lexicon/transfer.yaml`, `deal_verbs`),
named by the deal the verb makes ("order", "commande") and dated when it was made; the materiel is dated
when a clause on it says it was delivered.
"""

from __future__ import annotations

from dataclasses import replace

from extractors.analysis import Sentence
from extractors.inflection import word_forms
from extractors.lexicon import lexicon, words
from extractors.qualifiers.flow import agreement_time, starts_flow, time_of
from extractors.tasks.base import Finding
from extractors.tasks.roles import is_passive
from extractors.tasks.transfer.triggers import REVERSE, Trigger


def deal_of(sentence: Sentence, trigger: Trigger, transfers: list[Finding]) -> list[Finding]:
    """The agreement a buying or ordering verb states, between the parties of its first transfer."""
    nouns = lexicon("transfer")["deal_verbs"].get(trigger.token.lang_) or {}
    verb = next((v for v in word_forms(trigger.token) if v in nouns), None)
    if verb is None or trigger.is_noun or not transfers or _describes(trigger):
        return []
    first = transfers[0]
    parties = [*first.roles["recipient"], *first.roles["supplier"]]
    item = first.item.text if first.item else None
    name = f"{nouns[verb]} ({item})" if item else str(nouns[verb])
    return [
        replace(
            first,
            kind="agreement",
            roles={"parties": parties},
            name=name,
            item=None,
            item_category=None,
            quantity=None,
            trend=None,
            status=None,
            time=agreement_time(sentence, trigger.token),
        )
    ]


def _describes(trigger: Trigger) -> bool:
    """ "things that were ordered and paid for by Israel": a deal referred to, not one being made."""
    return trigger.token.dep_ in {"acl", "amod", "relcl", "acl:relcl"} or is_passive(trigger.token)


def delivered_later(sentence: Sentence, trigger: Trigger, found: list[Finding], language: str) -> list[Finding]:
    """ "l'Inde en a acheté 36 exemplaires, qui ont commencé à être livrés en 2020": the purchase is dated
    when made (its deal), the materiel when the relative clause on it says it was delivered."""
    if trigger.direction != REVERSE or trigger.is_noun:
        return found
    delivering = words("transfer", "delivery_verbs", language)
    clauses = [t for t in trigger.token.subtree if t.dep_ in {"relcl", "acl:relcl"} and t.i > trigger.i]
    for clause in clauses:
        verb = next((t for t in clause.subtree if t.pos_ == "VERB" and word_forms(t) & delivering), None)
        time = time_of(sentence, verb, starts_flow(verb)) if verb is not None else None
        if time is not None:
            return [replace(f, time=time, status="delivered") for f in found]
    return found
