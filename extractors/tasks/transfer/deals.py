"""A purchase or an order is a deal as well as a transfer: "Qatar ordered 24 Rafale", "l'Inde en a acheté
36 exemplaires" state an agreement between buyer and seller (`data/lexicon/transfer.yaml`, `deal_verbs`),
named by the deal the verb makes ("order", "commande") and dated when it was made.
"""

from __future__ import annotations

from dataclasses import replace

from extractors.analysis import Sentence
from extractors.inflection import word_forms
from extractors.lexicon import lexicon
from extractors.qualifiers.flow import agreement_time
from extractors.tasks.base import Finding
from extractors.tasks.roles import is_passive
from extractors.tasks.transfer.triggers import Trigger


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
