"""A contract for materiel whose delivery the sentence expects is a pledged transfer (SCHEMA.md, Deals):
"India signed a contract with France for 26 Rafale Marine jets, with deliveries expected to begin in 2029",
"un contrat pour 12 chasseurs Gripen, dont les premières livraisons sont attendues fin 2027".

No verb moves the materiel, so its direction comes from its make: the seller is the state that makes the
system (named in the sentence, or through its company), the buyer the one other state the sentence names.
Without a known maker, or with several other states, nothing is read.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from extractors.analysis import Sentence
from extractors.entities import ItemMention, Mention
from extractors.lexicon import words
from extractors.tasks.transfer.actors import actors, country_of
from extractors.tasks.transfer.deals import expected_after
from graph.model import TimeSpan


@dataclass(frozen=True)
class DealDelivery:
    noun: Token
    seller: Mention
    buyer: Mention
    items: tuple[ItemMention, ...]
    time: TimeSpan


def deal_deliveries(sentence: Sentence) -> list[DealDelivery]:
    """The contracts of the sentence whose materiel it expects delivered, with who sells and who buys."""
    found = []
    for noun in sentence.tokens_for(words("transfer", "order_nouns", sentence.doc.lang_)):
        signed = noun.dep_ in {"obj", "dobj"} and noun.head.pos_ == "VERB"  # "signed a contract ... for 26 jets"
        inside = {t.i for t in (noun.head if signed else noun).subtree}
        items = tuple(i for i in sentence.items if i.token_start in inside and i.maker)
        time = expected_after(sentence, noun) if items and noun.pos_ == "NOUN" else None
        sides = _sides(sentence, items[0].maker) if items and time else None
        if sides is not None and time is not None:
            found.append(DealDelivery(noun, *sides, items, time))
    return found


def _sides(sentence: Sentence, maker: str | None) -> tuple[Mention, Mention] | None:
    """The maker's state (or company) among the sentence's actors, and the one other state it names."""
    sellers = [m for m in actors(sentence) if country_of(m) == maker]
    buyers = {m.state: m for m in actors(sentence) if m.state and m.state != maker}
    return (sellers[0], next(iter(buyers.values()))) if sellers and len(buyers) == 1 else None
