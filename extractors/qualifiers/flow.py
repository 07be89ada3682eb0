"""How a flow changes (increase, decrease, halt, resume), whether it is promised or done, and when.

A trend or pledge word counts only when it bears on the claim's trigger: one is the syntactic head
of the other within a few steps, or they stand close together. "ses propres stocks diminuaient"
later in the sentence does not make a transfer decrease.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from extractors.analysis import Sentence
from extractors.inflection import word_forms
from extractors.lexicon import cue_sets, words
from extractors.qualifiers.stance import is_reporting
from extractors.qualifiers.times import Period
from graph.model import TimeSpan, first_day, last_day

NEAR_TOKENS = 4
PERFECT_AUXILIARIES = {"have", "avoir"}
STARTING_VERBS = {"begin", "start", "commencer", "recommencer", "lancer", "resume", "reprendre", "launch"}


def related(a: Token, b: Token, steps: int = 4) -> bool:
    """Whether one token governs the other within a few steps, or they stand close together."""
    if abs(a.i - b.i) <= NEAR_TOKENS:
        return True
    for x, y in ((a, b), (b, a)):
        token, count = y, 0
        while token.head is not token and count < steps:
            token, count = token.head, count + 1
            if token.i == x.i:
                return True
    return False


def trend(sentence: Sentence, trigger: Token, language: str) -> str | None:
    text = sentence.lowered
    for label in ("halt", "resume", "decrease", "increase"):
        lemmas, phrases = cue_sets("trends", language)[label]
        for token in sentence.tokens_for(lemmas):
            if (
                (token.lemma_.lower() in lemmas or token.lower_ in lemmas)
                and token.i != trigger.i
                and related(token, trigger)
            ):
                return "resume" if label == "halt" and _undone(token, lemmas, language) else label
        for phrase in phrases:
            start = text.find(phrase)
            if start >= 0 and abs(start - trigger.idx) < 80:
                return label
    return None


def _undone(halt: Token, halts: frozenset[str], language: str) -> bool:
    """ "Trump ends the hold on deliveries", "a levé le gel des livraisons": a halt that is ended resumes."""
    lifting = words("trends", "lifting", language)
    heads = [halt.head, *[c for c in halt.children if c.dep_ in {"dobj", "obj"}]]
    pairs = [(halt, h) for h in heads] + [(h, halt) for h in heads]
    return any(
        verb.lemma_.lower() in lifting | halts and noun.i != verb.i and noun.lemma_.lower() in halts
        for verb, noun in pairs
        if verb.pos_ == "VERB"
    )


def status(sentence: Sentence, trigger: Token, language: str) -> str:
    lemmas, phrases = cue_sets("trends", language)["pledged"]
    if word_forms(trigger) & words("transfer", "pledging_verbs", language):
        return "pledged"
    if any(c.dep_.startswith("aux") and c.lemma_ in PERFECT_AUXILIARIES for c in trigger.children):
        return "delivered"  # "announced having delivered", "a annoncé avoir remis": done, whoever announced it
    chain = [trigger, *[a for a in trigger.ancestors if a.pos_ in {"VERB", "AUX"}]]
    for token in chain:
        if "Fut" in token.morph.get("Tense", []):
            return "pledged"
        for child in [token, *token.children]:
            if child.lemma_.lower() in lemmas and (child is not token or token is not trigger):
                return "pledged"
    window = sentence.folded[max(0, trigger.idx - 30) : trigger.idx + 30].lower()
    return "pledged" if any(p in window for p in phrases) else "delivered"


def starts_flow(trigger: Token) -> bool:
    """ "began supplying", "a recommencé à fournir": the claim's time is when the flow started."""
    return any(t.lemma_.lower() in STARTING_VERBS for t in [trigger, *list(trigger.ancestors)[:2]])


def nearest_period(sentence: Sentence, trigger: Token, *, skip_reporting: bool = False) -> Period | None:
    """The date expression closest to the trigger; with `skip_reporting`, not one that dates the
    reporting of the claim ("Iran acknowledged on Saturday having supplied drones")."""
    periods = [p for p in sentence.periods if not (skip_reporting and _dates_reporting(sentence, p, trigger))]
    if not periods:
        return None
    return min(periods, key=lambda p: abs(p.char_start - trigger.idx))


def _dates_reporting(sentence: Sentence, period: Period, trigger: Token) -> bool:
    token = next((t for t in sentence.tokens if t.idx >= period.char_start), None)
    if token is None or period.role != "point":
        return False
    verb = next((a for a in [token, *token.ancestors] if a.pos_ == "VERB"), None)
    return verb is not None and verb.i != trigger.i and is_reporting(verb)


def time_of(sentence: Sentence, trigger: Token, open_ended: bool, pledged: bool = False) -> TimeSpan | None:
    """The claim's time: the date expression nearest its trigger (a start only for a flow that began or
    was promised), joined to an end stated after it ("en décembre dernier ... jusqu'au mois d'avril")."""
    period = nearest_period(sentence, trigger, skip_reporting=not pledged)
    if period is None:
        return None
    if (open_ended or pledged) and period.role == "point":
        period = replace(period, end=None)
    if period.end is None:
        later = [p for p in sentence.periods if p.role == "end" and p.char_start > period.char_end]
        if later and later[0].end and (period.start is None or first_day(period.start) <= last_day(later[0].end)):
            period = replace(period, end=later[0].end, role="interval")
    return TimeSpan(start=period.start, end=period.end)
