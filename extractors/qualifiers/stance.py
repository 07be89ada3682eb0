"""How sure a statement is: asserted, reported, speculative or denied.

Modality comes from the words that bear on the claim's trigger: hedges ("could", "pourrait",
"apparemment"), reporting verbs and phrases ("according to", "selon", "said"), the French conditional
of reported speech ("auraient excédé"), negation of the claim's verb, and whether anyone is credited
with the statement (see `attribution.py`).
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Token

from extractors.analysis import Sentence
from extractors.inflection import french_conditional, word_forms
from extractors.lexicon import cue_sets, function_words, words
from extractors.tasks.base import Cited

MODAL_HEADS = function_words("modal_heads")  # French modals that head their infinitive
NO_DETERMINERS = function_words("no_determiners")
ARGUMENT_DEPS = {"nsubj", "nsubjpass", "nsubj:pass", "dobj", "obj"}
NEGATIONS = function_words("negations")
ARTICLES = function_words("articles") | {"au", "aux"}
NEGATIVE_CONJUNCTIONS = function_words("negative_conjunctions")
NEITHER_DEPS = {"det", "cc", "preconj"}  # how "neither", "nor", "ni" hang on what they coordinate
LIMITING = function_words("limiting_after_negation")


def _limited(negation: Token) -> bool:
    """ "not only", "pas seulement": a negation that limits, and denies nothing."""
    following = negation.nbor(1) if negation.i + 1 < len(negation.doc) else None
    return following is not None and following.lower_ in LIMITING


def _ordinal(noun: Token) -> bool:
    """ "It is not its first purchase", "n'en est pas à son premier achat": the negation bears on the ordinal,
    and says there were others."""
    ordinals = function_words("ordinals_under_negation")
    return noun.pos_ == "NOUN" and any(c.dep_ == "amod" and c.lower_ in ordinals for c in noun.children)


@cache
def reporting_lemmas(language: str) -> frozenset[str]:
    return cue_sets("modality", language)["reported"][0]


def is_reporting(token: Token) -> bool:
    """A verb of saying or showing: "said", "a révélé", "estimates"."""
    return token.pos_ == "VERB" and not word_forms(token).isdisjoint(reporting_lemmas(token.lang_))  # "indique"


def complaining(verb: Token) -> bool:
    """A verb of complaining ("complained that", "s'est plaint que"): it reports a grievance against another."""
    return not word_forms(verb).isdisjoint(words("modality", "complaining", verb.lang_))


def accusing(verb: Token) -> bool:
    """A verb whose object (or passive subject) is who does what its infinitive says: "accuse Kiev de
    fournir", "Russia is accused of supplying" (`transfer.yaml`, `object_control`)."""
    return bool(word_forms(verb) & words("transfer", "object_control", verb.lang_))


def concluding(verb: Token) -> bool:
    """A verb of agreeing that also says ("conclude", "conclure"), used with the thing agreed as its object
    ("concluded a treaty"), not a clause ("concluded that ..."): it makes a deal and reports nothing."""
    if not word_forms(verb) & words("transfer", "agreeing_verbs", verb.lang_):
        return False
    kids = {c.dep_ for c in verb.children}
    return bool(kids & {"dobj", "obj"}) and not kids & {"ccomp", "xcomp"}


REFUSED_DEPS = {"xcomp", "dobj", "obj", "obl", "obl:arg", "pobj", "ccomp"}  # "refused to sell", "refusé que"


def refused(trigger: Token) -> bool:
    """ "refused to sell", "declined to supply", "rejected requests to send", "a refusé de livrer", "s'oppose à
    la réexportation": what the trigger says is what someone would not do."""
    language, token = trigger.lang_, trigger
    if token.dep_ in {"acl", "xcomp"} and token.head.lemma_.lower() in words("transfer", "request_nouns", language):
        token = token.head  # "requests to supply"
    if token.dep_ == "pobj" and token.head.dep_ == "prep":
        token = token.head  # "opposed to the sale"
    letting = words("transfer", "permitting_verbs", language)
    if token.dep_ in {"xcomp", "ccomp"} and token.head.lemma_.lower() in letting:
        token = token.head  # "refused to let Germany re-export ammunition"
    head = token.head
    if token.dep_ in RULED_OUT_DEPS and head.i != token.i and _ruling_out(head) and not is_negated(head):
        return True  # "has ruled out sending", "a exclu d'envoyer"
    return (
        token.dep_ in REFUSED_DEPS | {"prep"}
        and head.pos_ == "VERB"
        and head.i != token.i
        and (head.lemma_.lower() in words("transfer", "refusal_verbs", language))
    )


RULED_OUT_DEPS = {"xcomp", "ccomp", "pcomp", "advcl"}


def _ruling_out(verb: Token) -> bool:
    """ "rule out" (with its particle), "exclure", "écarter"."""
    particles = {c.lower_ for c in verb.children if c.dep_ == "prt"}
    forms = {f"{w} {p}" for w in word_forms(verb) for p in particles} | word_forms(verb)
    return bool(forms & words("modality", "ruling_out", verb.lang_))


def ruled_out(verb: Token) -> bool:
    """A negated verb of flow that a noun of standing rule governs ("principle of not providing", "politique de
    ne pas livrer", `transfer.yaml` policy_nouns): a rule, neither a flow nor the denial of one."""
    if not is_negated(verb):
        return False
    head = verb.head.head if verb.head.pos_ == "ADP" else verb.head
    return head.pos_ == "NOUN" and head.lemma_.lower() in words("transfer", "policy_nouns", verb.lang_)


def is_negated(trigger: Token) -> bool:
    """ "did not send", "n'a jamais livré", "supplied no weapons" (a verb whose object is denied), "refused to
    sell"."""
    if refused(trigger):
        return True
    heads = [trigger, *[c for c in trigger.children if c.dep_.startswith("aux")]]
    negators = [c for h in heads for c in h.children if c.lower_ in NEGATIONS or c.dep_ == "neg"]
    if negators and not any(_limited(c) for c in negators) and not _ordinal(trigger):
        return True
    pair = [trigger, trigger.head] if trigger.dep_ == "conj" else [trigger]
    if any(c.dep_ in {"cc", "preconj"} and c.lower_ in NEGATIVE_CONJUNCTIONS for h in pair for c in h.children):
        return True  # "neither confirmed nor denied", "n'a ni confirmé ni démenti"
    arguments = [c for c in trigger.children if c.dep_ in ARGUMENT_DEPS]
    if any(g.lower_ in NEGATIVE_CONJUNCTIONS for a in arguments for g in a.children if g.dep_ in NEITHER_DEPS):
        return True  # "Neither China nor India has sent weapons", "sent neither tanks nor jets"
    objects = [c for c in trigger.children if c.dep_ in {"dobj", "obj"}]
    return any(d.lower_ in NO_DETERMINERS and d.dep_ == "det" for o in objects for d in o.children)


def scope(trigger: Token) -> set[int]:
    """The tokens that bear on a claim's trigger: the trigger, the words it depends on, and their
    auxiliaries and adverbs ("could supply", "semble avoir repris", "suggest a slowdown of shipments")."""
    chain = [trigger, *trigger.ancestors]
    marks = words("modality", "event_clause_marks", trigger.lang_)
    kept = (c for t in chain for c in t.children if c.dep_ not in {"conj", "relcl", "acl:relcl"})
    return {t.i for t in chain} | {c.i for c in kept if not _of_time(c, marks)}


def _reports(token: Token, lemmas: frozenset[str], trigger: Token | None) -> bool:
    said = (token.lemma_.lower() in lemmas and token.pos_ in {"VERB", "ADV"}) or _hearsay_passive(token)
    return said and not _said_of_its_object(token, trigger) and (trigger is None or not _made(token, trigger))


def to_come(verb: Token) -> bool:
    """A verb of saying still to come: an infinitive under "devoir", "aller", "plan" ("doit confirmer", "plans to
    announce"), or with "will" ("will confirm")."""
    coming = words("modality", "saying_to_come", verb.lang_)
    auxiliaries = [c for c in verb.children if c.dep_.startswith("aux") and c.lemma_.lower() in coming]
    infinitive = "Inf" in verb.morph.get("VerbForm", []) and verb.dep_ == "xcomp"
    head = verb.head
    return bool(auxiliaries) or (infinitive and head.lemma_.lower() in coming and not _in_the_past(head))


def _in_the_past(verb: Token) -> bool:
    """ "a dû reconnaître", "had to confirm": the verb or its auxiliaries in the past or the perfect."""
    tensed = [verb, *(c for c in verb.children if c.dep_.startswith("aux"))]
    return any("Past" in t.morph.get("Tense", []) or "Imp" in t.morph.get("Tense", []) for t in tensed)


def _said_of_its_object(verb: Token, trigger: Token | None) -> bool:
    """The claim is what a verb of saying still to come has for its object ("doit confirmer la livraison"), not
    what a clause of it tells ("doit confirmer que l'Iran a livré": someone's word, though not yet its own)."""
    if trigger is None or not to_come(verb):
        return False
    objects = [c for c in verb.children if c.dep_ in ARGUMENT_DEPS and c.i > verb.i]
    return any(trigger in o.subtree for o in objects)


def _hearsay_passive(token: Token) -> bool:
    """ "are now thought to be exported", "est réputé avoir livré": a passive verb of hearsay with an infinitive."""
    hearsay = words("modality", "hearsay_passives", token.lang_)
    if token.pos_ not in {"VERB", "ADJ"} or token.lemma_.lower() not in hearsay:
        return False
    passive = any(c.dep_ in {"auxpass", "aux:pass", "cop"} for c in token.children)  # "est réputé" (ADJ)
    infinitives = [c for c in token.children if c.dep_ == "xcomp"]
    return passive and any("Inf" in c.morph.get("VerbForm", []) or _marked_to(c) for c in infinitives)


def _marked_to(verb: Token) -> bool:
    """ "to be exported", "avoir livré": an infinitive whose verb the parser tagged as a participle."""
    infinitive = [c for c in verb.children if c.dep_.startswith("aux") and "Inf" in c.morph.get("VerbForm", [])]
    return bool(infinitive) or any(c.lower_ == "to" and c.dep_ == "aux" for c in verb.children)


def _made(verb: Token, trigger: Token) -> bool:
    """ "the deal was concluded", "conclure un accord": a verb that says as well as agrees, stating the
    claim itself (its trigger, or with the trigger as its subject or object), reports nothing of it."""
    if verb == trigger:
        return True
    agreeing = words("transfer", "agreeing_verbs", verb.lang_)
    return trigger.head == verb and bool(word_forms(verb) & agreeing) and trigger.dep_ in ARGUMENT_DEPS


def _followed_by_no_one(sentence: Sentence, verb: Token) -> bool:
    """ "The deployment follows an agreement": a verb of tracking whose subject is nobody (no one named, no
    pronoun) tracks nothing and reports nothing."""
    if not word_forms(verb) & words("modality", "tracking", verb.lang_):
        return False
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubj:pass"}]
    people = words("sources", "heads", verb.lang_) | words("sources", "institutions", verb.lang_)  # "analysts"
    someone = (s.pos_ in {"PRON", "PROPN"} or sentence.mention_of(s) or s.lower_ in people for s in subjects)
    return bool(subjects) and not any(someone)


def _of_time(clause: Token, marks: frozenset[str]) -> bool:
    """ "once the deal was concluded": a clause of time on the claim's verb."""
    return clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in marks for c in clause.children)


def _modals_of_another_verb(trigger: Token) -> set[int]:
    """ "Ce rapport, que Reuters a pu consulter, indique que ...": a modal above the claim whose own
    infinitive is another verb ("consulter") does not hedge the claim."""
    chain = {trigger.i, *(a.i for a in trigger.ancestors)}
    return {
        a.i
        for a in trigger.ancestors
        if a.lemma_ in MODAL_HEADS and any(c.dep_ == "xcomp" and c.i not in chain for c in a.children)
    }


def deliberated(trigger: Token, language: str) -> bool:
    """ "Germany is considering sending Taurus missiles", "l'Allemagne envisage de livrer": a transfer
    still weighed, the verb of weighing right above it (not "considers the shipments a violation")."""
    weighing = words("modality", "deliberating", language)
    return trigger.dep_ in {"xcomp", "ccomp", "pcomp"} and bool(word_forms(trigger.head) & weighing)


def not_ruled_out(trigger: Token, language: str) -> bool:
    """ "Seoul has not ruled out sending weapons", "Séoul n'a pas exclu d'envoyer": a transfer left possible."""
    verb = trigger.head
    return trigger.dep_ in RULED_OUT_DEPS and verb.i != trigger.i and _ruling_out(verb) and is_negated(verb)


def conditioned(trigger: Token, language: str) -> bool:
    """ "If Washington sends ATACMS to Kyiv, ...", "Si Washington envoie ...": a transfer in a clause of
    condition (its verb, or the verb above a noun trigger, opened by "if", "si")."""
    verb = (
        trigger if trigger.pos_ in {"VERB", "AUX"} else next((a for a in trigger.ancestors if a.pos_ == "VERB"), None)
    )
    marks = words("modality", "conditions", language)
    if verb is None or verb.dep_ != "advcl":
        return False  # not "On ignore si l'Iran a envoyé", "asked if": a question, not a condition
    return any(c.dep_ == "mark" and c.lower_ in marks for c in verb.children)


def _a_noun(token: Token) -> bool:
    """A word used as a noun, however it was tagged: after an article ("au pouvoir", "le pouvoir")."""
    return token.pos_ == "NOUN" or (token.i > 0 and token.doc[token.i - 1].lower_ in ARTICLES)


def _credits_someone(text: str, phrase: str, language: str) -> bool:
    """ "selon des responsables": someone told it; "selon ce contrat", "under the deal", "selon l'accord":
    what a deal provides, no one's word."""
    deals = words("agreements", "nouns", language)
    for match in re.finditer(rf"(?<![\w']){re.escape(phrase)}\s+(\S+)(?:\s+(\S+))?", text):
        first, second = match.group(1), (match.group(2) or "")
        noun = first.removeprefix("l'") if first.startswith("l'") else (second if first in DEAL_DETERMINERS else "")
        if noun.strip(",.;:").rstrip("sx") not in deals and noun.strip(",.;:") not in deals:
            return True
    return False


DEAL_DETERMINERS = {"ce", "cet", "cette", "ces", "le", "la", "les", "this", "the", "that", "these"}


def modality(sentence: Sentence, trigger: Token | None, language: str, sources: list[Cited]) -> str:
    """The modality of a statement made in this sentence around `trigger`: denied when its verb is
    negated, speculative when a hedge bears on it, reported when someone is credited with it."""
    if trigger is not None and is_negated(trigger):
        return "denied"
    cues = cue_sets("modality", language)
    text = sentence.lowered
    speculative_lemmas, speculative_phrases = cues["speculative"]
    reported_lemmas, reported_phrases = cues["reported"]
    near = scope(trigger) if trigger is not None else {t.i for t in sentence.tokens}
    if trigger is not None:
        near -= _modals_of_another_verb(trigger)
    tokens = [t for t in sentence.tokens if t.i in near and t.pos_ != "PROPN" and not sentence.in_a_date(t)]  # "May 9"
    tokens = [t for t in tokens if not _followed_by_no_one(sentence, t)]
    conditional = [t for t in tokens if "Cnd" in t.morph.get("Mood", []) or french_conditional(t)]
    hedges = [t for t in tokens if not _a_noun(t)]  # "la junte au pouvoir": power, no hedge
    if (
        any(t.lemma_.lower() in speculative_lemmas or t.lower_ in speculative_lemmas for t in hedges)
        or any(p in text for p in speculative_phrases)
        or any(t.lemma_ == "pouvoir" for t in conditional)
        or (trigger is not None and (deliberated(trigger, language) or conditioned(trigger, language)))
        or (trigger is not None and not_ruled_out(trigger, language))
    ):
        return "speculative"
    expected = [t for t in conditional if t.lemma_ == "devoir"]  # "devrait recevoir": is expected to, no hearsay
    if (
        sources
        or len(conditional) > len(expected)
        or any(_credits_someone(text, p, language) for p in reported_phrases if p in text)
        or any(_reports(t, reported_lemmas, trigger) for t in tokens)
    ):
        return "reported"
    return "asserted"
