"""A claim stated in an article: its sentence in English or French, its modality, and whom it cites."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass

from .claims import DENIALS, Claim
from .phrases import VOWELS, amount_words, number, time_words
from .words import Weighted, words
from .world import Entity, World

W = words()
MODALITY_DRAW = Weighted.of(W["modalities"])
TRENDS: dict[str, list[str]] = W["trends"]  # trend: English, French
TRANSFER_VERBS: list[str] = W["transfer_verbs"]["en"]
TRANSFER_VERBS_FR: list[str] = W["transfer_verbs"]["fr"]
UNNAMED: list[list[str]] = W["unnamed"]  # English, French
LOWERED = ("The ", "A ", "At ", "Un ", "Au ")  # words a quote starts with that a prefix lowers


class Writing:
    """Names as one article writes them, and the mentions they make."""

    def __init__(self, lang: str, rng: random.Random) -> None:
        self.lang = lang
        self.rng = rng
        self.mentions: dict[Entity, set[str]] = {}

    def name(self, entity: Entity, *, subject: bool = False, after_a: bool = False) -> str:
        """The words for an entity (its French form in French, sometimes its capital for a state)."""
        if self.lang == "fr":
            words, mentioned = (entity.fr_after_a if after_a else entity.fr_words), entity.fr_name
        elif entity.metonym and self.rng.random() < 0.15:
            words = mentioned = entity.metonym
        else:
            words = mentioned = entity.name
        names = self.mentions.get(entity)
        if names is None:
            self.mentions[entity] = {mentioned}
        else:
            names.add(mentioned)
        return words[0].upper() + words[1:] if subject and words[0].islower() else words

    def names(self, entities: list[Entity]) -> str:
        written = [self.name(e) for e in entities]
        joiner = " et " if self.lang == "fr" else " and "
        return written[0] if len(written) == 1 else ", ".join(written[:-1]) + joiner + written[-1]


def transfer_words(claim: Claim, w: Writing, speculative: bool) -> str:
    roles, q, fr = claim.roles, claim.qualifiers, w.lang == "fr"
    supplier = w.name(roles["supplier"][0], subject=True)
    if q.get("trend"):
        en_verb, fr_verb = TRENDS[q["trend"]]
    elif q.get("status") == "pledged":
        en_verb, fr_verb = "pledged", "a promis"
    else:
        en_verb, fr_verb = w.rng.choice(TRANSFER_VERBS), w.rng.choice(TRANSFER_VERBS_FR)
    if fr:
        verb = fr_verb.replace("a ", "aurait ", 1) if speculative else fr_verb
    else:
        verb = f"may have {en_verb}" if speculative else en_verb
    amount = amount_words(q, q["item"], w.lang)
    if fr and q.get("trend"):
        verb, amount = (verb[:-3], "d'" + amount) if amount[0] in VOWELS else (verb, amount)
    recipient = w.name(roles["recipient"][0], after_a=True) if fr else "to " + w.name(roles["recipient"][0])
    text = f"{supplier} {verb} {amount} {recipient}"
    if "via" in roles:
        text += f" via {w.names(roles['via'])}"
    if "vessel" in roles:
        text += f" à bord du {w.names(roles['vessel'])}" if fr else f" aboard the {w.names(roles['vessel'])}"
    text += time_words(q.get("time"), w.lang)
    if "materiel" in roles:
        text += f", dont des {w.names(roles['materiel'])}" if fr else f", including {w.names(roles['materiel'])}"
    return text


def port_call_words(claim: Claim, w: Writing, speculative: bool) -> str:
    roles, q, fr = claim.roles, claim.qualifiers, w.lang == "fr"
    count = q.get("count")
    if "vessel" in roles:
        subject = w.name(roles["vessel"][0], subject=True) if fr else "The " + w.name(roles["vessel"][0])
    elif count:
        per = (" par mois" if fr else " a month") if count["per"] == "month" else ""
        subject = (
            f"{'Au moins' if fr else 'At least'} {number(count['min'], w.lang)} {'navires' if fr else 'vessels'}{per}"
        )
    else:
        subject = "Un cargo" if fr else "A cargo ship"
    if "flag" in roles:
        subject += (
            f" battant pavillon de {w.name(roles['flag'][0])}"
            if fr
            else f" flying the flag of {w.name(roles['flag'][0])}"
        )
    verb = (
        ("aurait fait escale à" if speculative else "a fait escale à")
        if fr
        else ("may have called at" if speculative else "called at")
    )
    return f"{subject} {verb} {w.names(roles['port'])}{time_words(q.get('time'), w.lang)}"


def agreement_words(claim: Claim, w: Writing, speculative: bool) -> str:
    roles, q, fr = claim.roles, claim.qualifiers, w.lang == "fr"
    parties = w.names(roles["parties"])
    parties = parties[0].upper() + parties[1:]
    verb = (
        ("auraient signé" if speculative else "ont signé") if fr else ("may have signed" if speculative else "signed")
    )
    if "treaty" in roles:
        what = ("le " if fr else "the ") + w.name(roles["treaty"][0])
    else:
        what = q.get("name") or ("un accord" if fr else "an agreement")
    text = f"{parties} {verb} {what}{time_words(q.get('time'), w.lang)}"
    if q.get("provisions"):
        text += (", prévoyant " if fr else ", providing for ") + ", ".join(q["provisions"])
    return text


def denial_words(claim: Claim, w: Writing, speculative: bool) -> str:
    actor = w.name(claim.roles["actor"][0], subject=True)
    en, fr = DENIALS[claim.qualifiers["denies"]]
    if w.lang == "fr":
        return f"{actor} a démenti {fr}{time_words(claim.qualifiers.get('time'), 'fr')}"
    return f"{actor} denied {en}{time_words(claim.qualifiers.get('time'), 'en')}"


WORDS_OF: dict[str, Callable[[Claim, Writing, bool], str]] = {
    "transfer": transfer_words,
    "port_call": port_call_words,
    "agreement": agreement_words,
    "denial": denial_words,
}


@dataclass(slots=True)
class Statement:
    """One claim stated in one article: the sentence around the quote, and who is cited."""

    claim: Claim
    prefix: str
    quote: str
    suffix: str
    modality: str
    cited: list[tuple[Entity, str]]
    unnamed: list[str]


def statement(claim: Claim, w: Writing, world: World) -> Statement:
    """The sentence stating a claim in an article, with its modality and its named and unnamed sources."""
    rng, fr = w.rng, w.lang == "fr"
    modality = MODALITY_DRAW.pick(rng) if claim.kind != "denial" else rng.choice(["asserted", "reported"])
    quote = WORDS_OF[claim.kind](claim, w, modality == "speculative")
    cited = []
    if rng.random() < 0.3:
        organization = world.cited.pick(rng)
        cited.append((organization, w.name(organization)))
    unnamed = [rng.choice(UNNAMED)[1 if fr else 0]] if rng.random() < 0.25 else []
    sources = [name for _, name in cited] + unnamed
    if sources:
        joined = (" et " if fr else " and ").join(sources)
        prefix = f"Selon {joined}, " if fr else f"According to {joined}, "
        quote = lowered(quote)
    else:
        prefix = ""
    if modality == "denied":
        denial = "les autorités ont démenti que " if fr else "officials denied reports that "
        prefix += denial if prefix else denial.capitalize()
        quote = lowered(quote)
    return Statement(claim, prefix, quote, ".", modality, cited, unnamed)


def lowered(quote: str) -> str:
    """A quote the prefix runs into: its first word lowered if it is one of LOWERED."""
    return quote[0].lower() + quote[1:] if quote.startswith(LOWERED) else quote
