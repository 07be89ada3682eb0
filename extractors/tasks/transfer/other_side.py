"""The other side of a flow named outside the trigger's own arguments: the doer of a participle on the
materiel ("four frigates ordered by Pakistan", "31 chars, offerts par les États-Unis"), who the transfer is
to help ("to help Ukraine defend itself"), and where an arriving conveyance came from ("cargo flights from
Iran landed in Sudan")."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from extractors.analysis import Sentence
from extractors.entities import Mention
from extractors.inflection import word_forms
from extractors.lexicon import function_words, lexicon, words
from extractors.tasks.roles import agents_of, marker_before, mentions_under, subject_of
from extractors.tasks.transfer.actors import actors
from extractors.tasks.transfer.conveyed import carriers_of
from extractors.tasks.transfer.triggers import Trigger

HELPING_VERBS = function_words("helping_verbs")  # "supplied shells to help the US refill its stocks"
HELPED_DEPS = {"obj", "dobj", "iobj", "obl:arg"}
HELP_DEPS = {"advcl", "xcomp", "relcl", "acl", "acl:relcl"}
PARTICIPLE_DEPS = {"acl", "amod"}  # "les obus reçus par l'Ukraine": the participle's doer, as a passive's


def doers_of(sentence: Sentence, trigger: Token, allowed: set[int], verbs: frozenset[str]) -> list[Mention]:
    """The agent of a participle of one of `verbs` on the materiel ("four frigates ordered by Pakistan",
    "31 chars Abrams, offerts par les États-Unis", however the parser hung it): the other side of the flow."""
    heads = [sentence.doc[i] for i in allowed] + [trigger]
    done = [c for h in heads for c in h.children if c.i > h.i and participle(c) and c.lemma_.lower() in verbs]
    return _actors_among(sentence, mentions_under(sentence, [a for verb in done for a in agents_of(verb)]))


@cache
def buying_verbs(language: str) -> frozenset[str]:
    return frozenset(lexicon("transfer")["deal_verbs"].get(language) or {})


def buying_nouns(language: str) -> frozenset[str]:
    """The nouns of `deal_verbs`: "purchase", "order", "achat", "acquisition"."""
    return frozenset((lexicon("transfer")["deal_verbs"].get(language) or {}).values())


def helped(sentence: Sentence, trigger: Trigger, allowed: set[int]) -> list[Mention]:
    """ "sent air defence systems to help Ukraine defend itself", "des chars pour aider le Mali": who the
    transfer is to help (the object of "help", or the subject of what it is helped to do) received it."""
    anchors = [trigger.token, *(sentence.doc[i] for i in allowed)]
    if trigger.is_noun and trigger.token.dep_ in {"obj", "dobj"}:
        anchors.append(trigger.token.head)  # "approved new aid to help Kyiv"
    helps = [c for a in anchors for c in a.children if c.dep_ in HELP_DEPS and c.lemma_.lower() in HELPING_VERBS]
    helped = [c for h in helps for c in h.children if c.dep_ in HELPED_DEPS]
    helped += [
        g
        for h in helps
        for c in h.children
        if c.dep_ in {"ccomp", "xcomp"}
        for g in c.children
        if g.i < c.i and g.dep_ in {"nsubj", "compound"}
    ]
    fought_for = [m for m in mentions_under(sentence, _fought_for(anchors)) if m.form != "capital"]  # "for Kyiv"
    return _actors_among(sentence, mentions_under(sentence, helped) + fought_for)


def _fought_for(anchors: list[Token]) -> list[Token]:
    """ "sent troops to fight for Russia", "pour combattre aux côtés de la Russie": whom the fighters serve."""
    language = anchors[0].lang_
    fighting, markers = words("transfer", "fighting_verbs", language), words("transfer", "fighting_markers", language)
    fights = [c for a in anchors for c in a.children if c.dep_ in HELP_DEPS and c.lemma_.lower() in fighting]
    marked = [c for f in fights for c in f.children if {c.lower_, *(g.lower_ for g in c.children)} & markers]
    return [g for c in marked for g in [c, *c.children] if g.pos_ == "PROPN" or g.dep_ in {"pobj", "nmod"}]


def participle(token: Token) -> bool:
    """ "the tanks donated by the US", "31 chars, offerts par les États-Unis": a participle on the materiel,
    however the parser hung it, whose agent is its doer."""
    past = "Part" in token.morph.get("VerbForm", []) and "Past" in token.morph.get("Tense", [])
    return token.dep_ in PARTICIPLE_DEPS or (past and token.tag_ != "VBD")


def conveyance_origin(sentence: Sentence, verb: Token, language: str) -> list[Mention]:
    """Where an arriving conveyance came from: "cargo flights from Iran", "des vols en provenance d'Iran"."""
    supplier_markers = words("transfer", "markers", language, "supplier")
    found = mentions_under(sentence, carriers_of(verb))
    return [m for m in _actors_among(sentence, found) if marker_before(sentence, m) in supplier_markers]


def thanked(sentence: Sentence, trigger: Trigger) -> tuple[list[Mention], list[Mention]]:
    """ "Kyiv thanked Berlin for sending tanks", "Kiev a remercié Berlin pour l'envoi de chars": who thanks
    another for a transfer received it, and who is thanked gave it."""
    token, thanking = trigger.token, words("transfer", "thanking_verbs", trigger.token.lang_)
    for head in (token.head, token.head.head):
        if word_forms(head) & thanking:
            objects = [c for c in head.children if c.dep_ in {"obj", "dobj"}]
            mentions = (mentions_under(sentence, subject_of(head)), mentions_under(sentence, objects))
            return _actors_among(sentence, mentions[0]), _actors_among(sentence, mentions[1])
    return [], []


def _actors_among(sentence: Sentence, mentions: list[Mention]) -> list[Mention]:
    """The mentions that may be parties (`actors`, worked out once)."""
    present = actors(sentence)
    return [m for m in mentions if m in present]
