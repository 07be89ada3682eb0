"""More of the same, its verb elided: "ordered 24 Rafale jets in 2015, then 12 more in December 2017",
"dix Su-35 en mars et six autres en juin". A bare figure followed by a word of "more" and a date of its own
is a second claim of the flow the sentence states, with that figure and that date."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from extractors.analysis import Sentence
from extractors.lexicon import function_words, words
from extractors.qualifiers.quantities import Figure
from extractors.tasks.base import Finding
from graph.model import Quantity, TimeSpan

MORE_WORDS, MORE_BEFORE = function_words("more_words"), function_words("more_before")
OPENING = 3  # tokens before the figure of "more" that opens a sentence ("A further 20 are expected")
DATE_REACH = 24  # characters from the figure to its date ("12 de plus en décembre 2017")


def increments(sentence: Sentence, found: list[Finding], verb: Token) -> list[Finding]:
    """The further claims of the one flow `found` states at `verb`, one per figure of "more" with its date
    (not one another verb counts: "a reçu 36 Rafale et en a commandé 26 autres en 2023")."""
    if len({f.item_category for f in found}) != 1 or found[0].quantity is None:
        return []
    first, extra = found[0], []
    for figure in (f for f in sentence.figures if f.unit is None and _more(sentence, f)):
        if _own_verb(sentence.doc[figure.token_start], verb):
            continue
        start = sentence.doc[figure.token_start].idx
        dated = (p for p in sentence.periods if p.role == "point" and 0 < p.char_start - start <= DATE_REACH)
        period = next(dated, None)
        if period is None:
            continue
        open_ended = first.time is not None and first.time.end is None  # a pledge dated by when it was made
        time = TimeSpan(start=period.start, end=None if open_ended else period.end)
        assert first.quantity is not None
        quantity = Quantity(min=figure.min, max=figure.max, unit=first.quantity.unit, per=first.quantity.per)
        extra.append(replace(first, quantity=quantity, time=time))
    return extra


def _own_verb(number: Token, verb: Token) -> bool:
    """The figure is the object of a verb of its own, not the trigger's."""
    head = next((t for t in number.ancestors if t.pos_ == "VERB"), None)
    if head is None or head.i <= verb.i:
        return False
    return verb not in head.ancestors or head.dep_ == "conj"  # "... et en a commandé 26 autres"


def _more(sentence: Sentence, figure: Figure) -> bool:
    """Whether "more", "autres", "de plus" follows the figure."""
    after = sentence.doc[figure.token_end : figure.token_end + 2]
    words = [t.lower_ for t in after]
    return bool(words) and (words[0] in MORE_WORDS or " ".join(words) in MORE_WORDS)


def more_opening(sentence: Sentence) -> tuple[Figure | None, Token] | None:
    """ "Another 20 will follow next year", "A further 20 are expected", "Twenty more are due", "Vingt autres
    suivront": a bare figure of "more" that opens the sentence as its subject, and the sentence's verb; or,
    with no figure, a subject of "more" of a kind (`more_of_a_kind`)."""
    for figure in (f for f in sentence.figures if f.unit is None and f.token_start <= OPENING):
        before = sentence.doc[figure.token_start - 1].lower_ if figure.token_start else ""
        if not (_more(sentence, figure) or before in MORE_BEFORE):
            continue
        number = sentence.doc[figure.token_end - 1]
        subject = number.head if number.head.lower_ in MORE_WORDS else number  # "Deux autres sont attendus"
        if subject.dep_.startswith("nsubj") and subject.head.pos_ in {"VERB", "AUX"}:
            return figure, subject.head
    return _more_of_a_kind(sentence)


def _more_of_a_kind(sentence: Sentence) -> tuple[None, Token] | None:
    """ "More aircraft are expected", "Another batch is due in March", "D'autres appareils sont attendus",
    "Un second lot doit suivre": the subject that opens the sentence is a word for materiel (named, or
    standing for it) with a word of "more" before it, or the rest of it ("the rest of the order"); no figure."""
    language = sentence.doc.lang_
    kinds = words("transfer", "item_anaphors", language) | words("transfer", "load_nouns", language)
    items = {i for item in sentence.items for i in range(item.token_start, item.token_end)}
    for token in sentence.doc[: OPENING + 2]:
        if not token.dep_.startswith("nsubj") or token.head.pos_ not in {"VERB", "AUX"}:
            continue
        if token.lower_ in words("grammar", "remainder_nouns", language):
            return None, _main_verb(token.head)  # "Le reste de la commande doit être livré d'ici à 2027"
        if token.lower_ not in kinds and token.i not in items:
            return None
        before = {t.lower_.removeprefix("d'") for t in sentence.doc[: token.i]}
        return (None, _main_verb(token.head)) if before & words("grammar", "more_of_a_kind", language) else None
    return None


def _main_verb(verb: Token) -> Token:
    """ "doit suivre": the verb a modal heads, which tells what happens."""
    if verb.lemma_.lower() not in function_words("modal_heads"):
        return verb
    return next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), verb)
