"""A new figure for the flow the sentence before told, in a sentence of its own whose subject is a word of
measure: "En 2022, la Chine a exporté 700 tonnes de nitrocellulose vers la Russie. En 2023, la quantité a
presque doublé pour atteindre plus de 1 300 tonnes." The second sentence is a claim of the same flow, with
its figure, its period and its trend."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from extractors.analysis import Sentence
from extractors.lexicon import words
from extractors.qualifiers.quantities import Figure

SUBJECT_DEPS = {"nsubj", "nsubj:pass"}


@dataclass(frozen=True)
class Measure:
    """The word of measure, the verb it is the subject of, and the figure it reaches."""

    noun: Token
    verb: Token
    figure: Figure


def measure_of(sentence: Sentence) -> Measure | None:
    """The measure a sentence gives, when its subject is a bare word of measure ("la quantité", "the
    volume"; not "the volume of oil it sold") and a figure with a unit follows its verb."""
    for noun in sentence.tokens_for(words("transfer", "measure_nouns", sentence.doc.lang_)):
        if noun.dep_ not in SUBJECT_DEPS or any(c.dep_ not in {"det", "amod"} for c in noun.children):
            continue
        verb = noun.head
        figures = [f for f in sentence.figures if f.token_start > verb.i and f.unit and f.unit != "percent"]
        if figures:
            return Measure(noun=noun, verb=verb, figure=figures[-1])  # "from 700 to 1,300 tonnes": the last
    return None
