"""A noun that told a flow ("a new military aid package for Ukraine"), taken up later with a definite
article or a demonstrative ("The latest package also includes 150 armoured vehicles", "ce paquet
comprend"): the same flow, so the same time, when the later sentence gives none."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from extractors.lexicon import words
from graph.model import TimeSpan


@dataclass(frozen=True)
class Told:
    """The last flow a trigger noun told: its two states, and its time."""

    supplier: str | None
    recipient: str | None
    time: TimeSpan | None


def taken_up_time(noun: Token, told: dict[str, Told], supplier: str | None, recipient: str | None) -> TimeSpan | None:
    """The time of the flow the same noun told before (`told`, by noun), between the same states, if this
    one is definite."""
    before = (
        told.get(noun.lemma_.lower()) if noun.lemma_.lower() in words("transfer", "bundle_nouns", noun.lang_) else None
    )
    if before is None or (supplier, recipient) != (before.supplier, before.recipient):
        return None
    return before.time if _definite(noun) else None


def _definite(noun: Token) -> bool:
    return any(
        c.dep_ == "det" and ("Def" in c.morph.get("Definite", []) or "Dem" in c.morph.get("PronType", []))
        for c in noun.children
    )
