"""How a flow changes (increase, decrease, halt, resume), whether it is promised or done, and when.

A trend or pledge word counts only when it bears on the claim's trigger: one is the syntactic head
of the other within a few steps, or they stand close together. "ses propres stocks diminuaient"
later in the sentence does not make a transfer decrease.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from spacy.tokens import Token

from extractors.analysis import Sentence
from extractors.inflection import french_conditional, french_future, word_forms
from extractors.lexicon import cue_sets, function_words, lexicon, words
from extractors.qualifiers.stance import conditioned, deliberated, is_reporting, not_ruled_out, refused
from extractors.qualifiers.times import (
    ALREADY,
    NOT_DATES,
    NOW,
    RELATIVE_FORMS,
    Period,
    Reference,
    partial,
    reanchored,
)
from extractors.tasks.base import Finding
from extractors.tasks.roles import case_of, has_subject
from graph.model import TimeSpan, first_day, last_day

NEAR_TOKENS = 4
PERFECT_AUXILIARIES = function_words("perfect_auxiliaries")  # "have resumed", "a repris", "sont arrivés"
STARTING_VERBS = function_words("starting_verbs")
TENSE_AUXILIARY_DEPS = {"aux", "aux:tense"}  # not a passive's: "doivent être livrés" is still to come
JOINING_WORDS = {"and", "and in", "et", "et en"}  # "in 2022 and 2023", "en mars et en avril": one span


def related(a: Token, b: Token, steps: int = 4) -> bool:
    """Whether one token governs the other within a few steps, or they stand close together."""
    if abs(a.i - b.i) <= NEAR_TOKENS:
        return True
    for x, y in ((a, b), (b, a)):
        token, count = y, 0
        while token.head.i != token.i and count < steps:
            token, count = token.head, count + 1
            if token.i == x.i:
                return True
    return False


def _of_something_else(sentence: Sentence, verb: Token, trigger: Token) -> bool:
    """A verb of change whose subject is neither the flow, its materiel, an actor nor a pronoun for one:
    "shipped shells before the price rose" tells of the price."""
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubj:pass", "nsubjpass"}]
    below = verb.dep_ in {"advcl", "relcl", "acl:relcl", "ccomp"} and any(a.i == trigger.i for a in verb.ancestors)
    if not subjects or not below:
        return False  # a clause of its own under the flow's verb, not the verb that says the flow changed
    return not any(_of_the_flow(sentence, s, trigger) for s in subjects)


def _of_the_flow(sentence: Sentence, subject: Token, trigger: Token) -> bool:
    held = any(i.token_start <= subject.i < i.token_end for i in sentence.items) or sentence.mention_of(subject)
    flow = bool(word_forms(subject) & flow_nouns(subject.lang_))
    return bool(held) or subject.i == trigger.i or subject.pos_ == "PRON" or flow


@cache
def flow_nouns(language: str) -> frozenset[str]:
    """The nouns of a flow, either way ("shipments", "importations")."""
    return words("transfer", "nouns", language, "forward") | words("transfer", "nouns", language, "reverse")


def _with_particle(verb: Token) -> bool:
    """ "ended up in Ukraine": a verb whose particle "up" makes another verb of it, no halt."""
    return any(c.dep_ in {"prt", "compound:prt"} and c.lower_ == "up" for c in verb.children)


def trend(sentence: Sentence, trigger: Token, language: str) -> str | None:
    if refused(trigger):
        return None  # "declined to sell": no flow to change
    text = sentence.lowered
    for label in ("halt", "resume", "decrease", "increase"):
        lemmas, phrases = cue_sets("trends", language)[label]
        for token in sentence.tokens_for(lemmas):
            if (
                (token.lemma_.lower() in lemmas or token.lower_ in lemmas)
                and token.i != trigger.i
                and not _counted(token)
                and not sentence.in_a_date(token)
                and not (label == "halt" and (_stops_a_carrier(token, language) or _a_moment(token, language)))
                and not (label == "halt" and _with_particle(token))
                and related(token, trigger)
                and not _of_something_else(sentence, token, trigger)
            ):
                return "resume" if label == "halt" and _undone(token, lemmas, language) else label
        for phrase in phrases:
            found = re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", text)  # "de nouveau", not "de nouveaux"
            if found and abs(found.start() - trigger.idx) < 80:
                return label
    return None


@cache
def conveyances(language: str) -> frozenset[str]:
    """The words of what carries a load: vehicles (`transfer.yaml`, `carriers`) and every vessel."""
    return words("transfer", "carriers", language) | words("port_calls", "vessel_nouns", language)


def _stops_a_carrier(token: Token, language: str) -> bool:
    """ "a ship carrying arms was stopped", "stopped the truck": a conveyance someone stopped, not a flow
    ("the ships stopped their voyages" is one)."""
    carriers = conveyances(language)
    passive = any(c.dep_ in PASSIVE for c in token.children)
    held = [
        c
        for c in token.children
        if c.dep_ in {"dobj", "obj", "nsubjpass", "nsubj:pass"} or (passive and c.dep_ == "nsubj")
    ]
    return any(word_forms(c) & carriers for c in held)


def _a_moment(token: Token, language: str) -> bool:
    """ "at the end of the meeting", "by the end of the year": a moment, no halt."""
    if token.lemma_.lower() not in words("trends", "moment_nouns", language):
        return False
    case = case_of(token)
    return case is not None and case.lower_ in words("trends", "moment_prepositions", language)


def _counted(token: Token) -> bool:
    """ "à plusieurs reprises", "à deux reprises": a word counting occasions (how often), not a change."""
    before = token.doc[token.i - 1] if token.i > 0 else None
    return before is not None and (before.lower_ in _occasion_counters() or before.like_num)


@cache
def _occasion_counters() -> frozenset[str]:
    numbers = lexicon("quantities")["number_words"]  # two and more: "a", "un" are no count of occasions
    return function_words("occasion_counters") | {w for w, n in numbers.items() if n >= 2}


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


def _governing(trigger: Token) -> list[Token]:
    """The words above the trigger, up to the head of a clause joined to another with a subject of its own
    ("approved the export of 48 howitzers, and the first 10 units were shipped": "approved" is not above)."""
    found: list[Token] = []
    token = trigger
    while token.head.i != token.i and not (token.dep_ == "conj" and has_subject(token)):
        token = token.head
        found.append(token)
    return found


def status(sentence: Sentence, trigger: Token, language: str) -> str:
    lemmas, phrases = cue_sets("trends", language)["pledged"]
    weighed = deliberated(trigger, language) or not_ruled_out(trigger, language)
    if refused(trigger) or weighed or conditioned(trigger, language):
        return "pledged"  # "refused to sell", "is considering sending", "has not ruled out", "if it sends": to come
    if word_forms(trigger) & words("transfer", "pledging_verbs", language) or _in_a_package(trigger, language):
        return "pledged"
    if trigger.lower_ in words("transfer", "expected_words", language):
        return "pledged"  # "three more jets are due by March"
    if _buying_under_way(trigger) or _purchase_in_a_deal(trigger):
        return "pledged"  # "Serbia is buying 12 Rafale jets", "un contrat portant sur l'achat de 48 avions"
    passive = "Pass" in trigger.morph.get("Voice", [])  # "doivent être livrés"; not "sont arrivés", parsed alike
    perfect = [
        c
        for c in trigger.children
        if c.lemma_ in PERFECT_AUXILIARIES
        and (c.dep_ in TENSE_AUXILIARY_DEPS or (c.dep_.startswith("aux") and not passive))
    ]
    if perfect and not any("Fut" in c.morph.get("Tense", []) for c in perfect):  # not "seront livrés"
        return "delivered"  # "announced having delivered", "a annoncé avoir remis": done, whoever announced it
    if _possible(trigger):
        return "pledged"  # "330,000 shells could be transferred", "la Corée pourrait envoyer": not done yet
    if trigger.dep_ == "ROOT" and "Inf" in trigger.morph.get("VerbForm", []) and has_subject(trigger):
        return "pledged"  # a headline's "Russia to supply Su-35 jets to Iran": what will be done
    if trigger.dep_ == "xcomp" and trigger.head.lower_ in words("trends", "pledging_adjectives", language):
        return "pledged"  # "is unlikely to send", "was supposed to send", "est prêt à livrer": not done
    if _to_be_done(trigger):
        return "pledged"  # "Russia was to deliver 33 jets", "the jets were to be delivered": planned
    if _agreed_to(trigger, language):
        return "pledged"  # "a convenu avec le Danemark d'acheter", "agreed to buy": what the deal provides for
    chain = [trigger, *[a for a in _governing(trigger) if a.pos_ in {"VERB", "AUX"} or has_subject(a)]]  # "compte"
    if _done_by(trigger):
        chain = [trigger]  # "helicopters supplied by Russia": given already, whatever is said of them
    elif "Fin" in trigger.morph.get("VerbForm", []) and "Past" in trigger.morph.get("Tense", []):
        chain = [trigger, *[a for a in chain[1:] if not is_reporting(a)]]  # "arrived ..., state TV announced"
    if trigger.lemma_.lower() in words("trends", "receipt_nouns", language) and not any(map(_future, chain)):
        return "delivered"  # "a annoncé la réception de quatre hélicoptères": received, whoever announced it
    if any(a.lemma_.lower() in STARTING_VERBS and "Past" in a.morph.get("Tense", []) for a in chain[1:3]):
        return "delivered"  # "which began to be delivered in 2019", "qui ont commencé à être livrés"
    for token in chain:
        if _future(token):  # "seront livrés"
            return "pledged"
        for child in [token, *(c for c in token.children if not _said_beside(c))]:  # not "..., a annoncé X"
            if word_forms(child) & lemmas and (child is not token or token is not trigger):  # "compte livrer"
                return "pledged"
    window = sentence.folded[max(0, trigger.idx - 30) : trigger.idx + 30].lower()
    return "pledged" if any(p in window for p in phrases) else "delivered"


def _buying_under_way(verb: Token) -> bool:
    """A verb of buying in the progressive ("is buying", "are acquiring"): a purchase going on."""
    buying = set(lexicon("transfer")["deal_verbs"].get(verb.lang_) or {})
    progressive = verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in verb.children)
    return progressive and bool(word_forms(verb) & buying)


def _purchase_in_a_deal(noun: Token) -> bool:
    """A noun of purchase a deal is about ("un contrat portant sur l'achat de 48 avions", "a contract for the
    purchase of jets"): what the deal provides for, not yet delivered."""
    purchases = set((lexicon("transfer")["deal_verbs"].get(noun.lang_) or {}).values())
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in purchases:
        return False
    deals = words("agreements", "nouns", noun.lang_)
    return any(a.lemma_.lower() in deals for a in list(noun.ancestors)[:3])


def _said_beside(token: Token) -> bool:
    """A verb of saying in a clause of its own beside the flow's ("..., a annoncé le Commandement"): whoever
    announced the flow, it did not pledge it."""
    return token.dep_ in {"parataxis", "conj"} and is_reporting(token)


def _agreed_to(verb: Token, language: str) -> bool:
    agreeing = words("agreements", "agreeing_verbs", language)
    return "Inf" in verb.morph.get("VerbForm", []) and bool(word_forms(verb.head) & agreeing)


def _to_be_done(verb: Token) -> bool:
    """An infinitive after "be" ("is to deliver", "were to be delivered"): what was or is planned."""
    marked = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    return verb.lang_ == "en" and verb.dep_ == "xcomp" and verb.head.lemma_ == "be" and marked


def _possible(verb: Token) -> bool:
    """A transfer told as possible, in the present or the future: "could be transferred", "might send",
    "pourrait envoyer", "pourront livrer"; not "may be sending" (under way), nor "pouvait livrer" (past)."""
    modals = words("grammar", "possibility_modals", verb.lang_)
    if verb.lang_ == "fr":
        head = verb.head if verb.dep_ == "xcomp" else None
        return head is not None and head.lemma_.lower() in modals and _not_past(head)
    auxiliaries = [c for c in verb.children if c.dep_ == "aux"]
    progressive = any(a.lemma_ == "be" for a in auxiliaries)
    return not progressive and any(a.lower_ in modals for a in auxiliaries)


def _not_past(verb: Token) -> bool:
    return "Cnd" in verb.morph.get("Mood", []) or "Fut" in verb.morph.get("Tense", [])


def _done_by(trigger: Token) -> bool:
    """A past participle on the materiel naming who did it: "helicopters supplied by Russia", "livrés par"."""
    participle = trigger.dep_ in {"acl", "amod"} and "Part" in trigger.morph.get("VerbForm", [])
    return participle and not _future(trigger) and any(c.dep_ in {"agent", "obl:agent"} for c in trigger.children)


def _future(token: Token) -> bool:
    """A verb in the future: "seront livrés", "will announce", "nous enverrons" (which the tagger may miss)."""
    auxiliaries = [c for c in token.children if c.dep_.startswith("aux")]
    told = any(a.lower_ in FUTURE_AUXILIARIES or "Fut" in a.morph.get("Tense", []) for a in [token, *auxiliaries])
    return told or (french_future(token) and not french_conditional(token))


def told_now(verb: Token) -> bool:
    """The first verb with a tense above the claim's word is in the present or the future ("Paris doit confirmer
    la livraison", "the package includes", "will send"), not the past ("avait promis", "ordered")."""
    for token in [verb, *verb.ancestors]:
        if token.pos_ not in VERBS:
            continue
        participle = "Part" in token.morph.get("VerbForm", []) and "Pres" not in token.morph.get("Tense", [])
        if participle and token.dep_ in {"acl", "amod"}:
            return False  # "the F-16s promised by Denmark", "les Mirage promis par la France": promised before
        tensed = [t for t in [token, *token.children] if t.i == token.i or t.dep_.startswith("aux")]
        if _possible(token) or any("Cnd" in t.morph.get("Mood", []) or french_conditional(t) for t in tensed):
            return False  # "pourrait fournir", "could send": a possibility, no promise in time
        if _future(token):
            return True
        if any("Fin" in t.morph.get("VerbForm", []) for t in tensed):
            return _in_the_present(token)
    return False


def dated_now(findings: list[Finding], reference: Reference | None) -> list[Finding]:
    """A promise told in the present or the future with no date of its own stands from the month the article
    was published: "Paris doit confirmer la livraison de six canons", read in October 2022. Another word of
    the same sentence telling the same promise ("(en plus de 18 déjà envoyés)") tells it as of then too."""
    if reference is None:
        return findings
    now = TimeSpan(start=partial(reference.year, reference.month), end=None)
    told = {_promise(f) for f in findings if f.told_now and f.time is None and f.status == "pledged"}
    return [replace(f, time=now) if f.time is None and _promise(f) in told else f for f in findings]


def _promise(finding: Finding) -> tuple:
    roles = tuple((role, tuple(m.state or m.entity_id for m in ms)) for role, ms in sorted(finding.roles.items()))
    return finding.quote_start, finding.kind, finding.status, finding.item_category, roles


def pledged_if_later(finding: Finding, reference: Reference | None) -> Finding:
    """A delivery whose time starts after the article was published is still to come: "Les Rafale seraient
    livrés en 2026", read in 2024; so is one due by a time after it ("the supply of 12 jets by 2028")."""
    start = finding.time.start or finding.time.end if finding.time else None
    if finding.status != "delivered" or start is None or reference is None:
        return finding
    return replace(finding, status="pledged") if first_day(start) > last_day(reference.partial()) else finding


def _in_a_package(trigger: Token, language: str) -> bool:
    """The trigger is an aid package, or the aid of one, whose verb lists what it holds: "the package includes
    150 armored vehicles", "le paquet d'aide comprend des radars"."""
    packages = words("trends", "package_nouns", language)
    package = trigger.lemma_.lower() in packages or trigger.pos_ == "PRON"  # "It includes": the package before
    noun = trigger if package else trigger.head
    subject = noun.dep_ in {"nsubj", "nsubjpass", "nsubj:pass"}
    return (
        (noun.lemma_.lower() in packages or noun.pos_ == "PRON")
        and subject
        and noun.head.lemma_.lower() in words("trends", "listing_verbs", language)
    )


def starts_flow(trigger: Token) -> bool:
    """ "began supplying", "a recommencé à fournir": the claim's time is when the flow started."""
    return any(t.lemma_.lower() in STARTING_VERBS for t in [trigger, *list(trigger.ancestors)[:2]])


# Where a date stands with respect to a claim's trigger (`relation`).
OWN, REPORTING, ELSEWHERE = "own", "reporting", "elsewhere"
NOUN_CLAUSES = {"acl", "acl:relcl", "relcl"}  # "the package authorized since January": the package's date
CONTENT = {"ccomp", "xcomp", "csubj", "parataxis", "dobj", "obj"}  # what a report says, not when it is made
VERBS = {"VERB", "AUX"}
INCISES = {"parataxis", "conj"}  # how "..., a déclaré vendredi un responsable" hangs on the claim's verb


def _token_at(sentence: Sentence, period: Period) -> Token | None:
    return next((t for t in sentence.tokens if t.idx >= period.char_start), None)


def _verb_of(token: Token, sentence: Sentence | None = None) -> Token | None:
    """The verb a token hangs under; given the sentence, never a state's name or adjective, or a model of
    materiel, the parser took for one ("deux hélicoptères russes en mars", "russes" read as a participle;
    "des drones Shahed-136 ... depuis août")."""
    named = (lambda a: _names_something(sentence, a)) if sentence is not None else (lambda a: False)
    return next((a for a in [token, *token.ancestors] if a.pos_ in VERBS and not named(a)), None)


def _names_something(sentence: Sentence, token: Token) -> bool:
    """Whether the token is part of an actor's name or of materiel the sentence names."""
    held = sentence.mention_of(token) is not None
    return held or sentence.names_materiel_at(token.i)


def relation(sentence: Sentence, period: Period, trigger: Token) -> str:
    """Whether a date is the claim's own (in the trigger's clause, or in a clause that holds it), the date
    of the report that states the claim ("Putin said on June 16 that ...", "dans un communiqué publié le
    4 mai"), or another event's ("when he visited Moscow on May 9, and denied ...", "the second package
    authorized since January")."""
    token = _token_at(sentence, period)
    verb = _verb_of(token, sentence) if token is not None else None
    if token is None or verb is None or verb.i == trigger.i:
        return OWN
    line = [trigger, *trigger.ancestors]
    if any(a.i == verb.i for a in line):
        return REPORTING if is_reporting(verb) and not _believed_now(verb, trigger) else OWN
    path = [verb, *verb.ancestors]
    reached = next((k for k, a in enumerate(path) if any(a.i == t.i for t in line)), None)
    if reached is None:
        return ELSEWHERE  # two roots: the parser read two clauses, and the date is in the other one
    meeting, branch = path[reached], path[:reached]
    clause = trigger if trigger.pos_ in VERBS else _verb_of(trigger)
    if meeting.i in (trigger.i, clause.i if clause is not None else -1):
        if any(is_reporting(a) and a.dep_ in INCISES for a in branch):
            return REPORTING  # "..., a déclaré vendredi un responsable": the incise that tells it, parsed under it
        # inside the claim's clause ("the aid to Ukraine since the Russians invaded in February"): its
        # own, unless a noun's clause holds it ("the package authorized since January")
        return ELSEWHERE if any(a.dep_ in NOUN_CLAUSES and a.head.i != trigger.i for a in branch) else OWN
    if is_reporting(meeting) and branch and branch[-1].dep_ not in CONTENT | {"conj"}:
        return REPORTING  # the medium or the time of the report
    return ELSEWHERE


def _believed_now(verb: Token, trigger: Token) -> bool:
    """ "The tanker is believed to have transferred oil ... on Oct. 19": a belief held now, in the present
    passive, has no date of its own; the one the parser hung on it is the transfer's."""
    present = any(c.dep_ in PASSIVE and "Pres" in c.morph.get("Tense", []) for c in verb.children)
    return present and trigger.dep_ == "xcomp" and trigger.head.i == verb.i


def _told_at(sentence: Sentence, period: Period) -> Period:
    """A period relative to when it is told, in a clause under a verb dated in absolute terms, resolved
    against that date: "s'est plaint en septembre dernier que ... les contrats signés au cours des deux
    dernières années" are the contracts of the two years before that September."""
    token = _token_at(sentence, period)
    verb = _verb_of(token) if token is not None else None
    if period.form not in RELATIVE_FORMS or verb is None:
        return period
    for other in sentence.periods:
        other_token = _token_at(sentence, other)
        other_verb = _verb_of(other_token) if other_token is not None else None
        absolute = other.form not in RELATIVE_FORMS | NOT_DATES | {"so_far", "weekday"} and other.role == "point"
        if absolute and other.end and other_verb is not None and other_verb in verb.ancestors:
            return reanchored(period, sentence.folded, Reference.parse(other.end) or Reference(0))
    return period


def nearest_period(
    sentence: Sentence, trigger: Token, *, skip_reporting: bool = False, skip_deals: bool = False
) -> Period | None:
    """The date expression closest to the trigger among its own (and with `skip_reporting`, not one that
    dates the reporting of the claim: "Iran acknowledged on Saturday having supplied drones"; with
    `skip_deals`, not one that dates a deal it is made under: "received 100 tanks under a 2022 contract")."""
    periods = []
    for period in sentence.periods:
        if period.form in NOT_DATES or (skip_deals and _dates_a_deal(sentence, period, trigger)):
            continue
        place = relation(sentence, period, trigger)
        if place == ELSEWHERE or (skip_reporting and place == REPORTING and period.role == "point"):
            continue
        periods.append(period)
    if not periods:
        return None
    periods = _on_the_clause(sentence, periods, trigger) or periods
    return _told_at(sentence, min(periods, key=lambda p: abs(p.char_start - trigger.idx)))


def _on_the_clause(sentence: Sentence, periods: list[Period], trigger: Token) -> list[Period]:
    """The dates set on the trigger, a verb: "pledged in May to deliver the systems in July" is July, though
    May stands nearer (a noun's verb may be another event's: "delivered ... as part of the deal signed in 2022")."""
    if trigger.pos_ not in VERBS:
        return []
    verbs = [(p, _verb_of(t, sentence) if t is not None else None) for p, t in _tokens_at(sentence, periods)]
    return [p for p, verb in verbs if verb is not None and verb.i == trigger.i]


def _tokens_at(sentence: Sentence, periods: list[Period]) -> list[tuple[Period, Token | None]]:
    return [(p, _token_at(sentence, p)) for p in periods]


DEAL_DATE_DEPS = {"nummod", "compound", "amod", "nmod", "npadvmod"}  # "a 2022 contract", "un contrat de 2022"
DEAL_DATE_REACH = 2


def _dates_a_deal(sentence: Sentence, period: Period, trigger: Token) -> bool:
    """Whether the date is a deal's own, set on its noun ("under a 2022 contract", "en vertu d'un contrat de
    2022"): when the deal was made, not when what it provides for moved."""
    token = _token_at(sentence, period)
    if token is None or period.role != "point" or token.head.i == trigger.i:
        return False
    if _after_signing(token):
        return True
    if token.dep_ not in DEAL_DATE_DEPS:
        return False
    near = abs(token.i - token.head.i) <= DEAL_DATE_REACH  # not "Le contrat prévoit ... d'ici 2029", misparsed
    return near and token.head.lemma_.lower() in words("agreements", "nouns", token.lang_)


def _after_signing(token: Token) -> bool:
    """ "Cet accord, conclu fin janvier, prévoit des livraisons": a date right after a participle of
    agreeing set on the deal's noun, which dates the deal."""
    doc, language = token.doc, token.lang_
    before = [t for t in doc[max(0, token.i - DEAL_DATE_REACH) : token.i] if t.pos_ == "VERB"]
    return any(
        v.lemma_.lower() in words("agreements", "agreeing_verbs", language)
        and v.dep_ in {"acl", "amod"}
        and v.head.lemma_.lower() in words("agreements", "nouns", language)
        for v in before
    )


def told_before(sentence: Sentence, trigger: Token) -> bool:
    """Whether the claim's verb puts it before the time it is told at: "had been delivered", "has
    provided", "aurait signé", "avoir fourni", "shipped"; not "supplies", "would deploy", "sont livrés"."""
    verb = trigger if trigger.pos_ in VERBS else _verb_of(trigger)
    while verb is not None and verb.dep_ == "xcomp" and verb.head.pos_ in VERBS and verb.head.i != verb.i:
        verb = verb.head  # "has helped Minsk to re-equip its planes": the tense is the helping's
    if verb is None:
        return False
    if _future(verb):
        return False
    auxiliaries = [c for c in verb.children if c.dep_.startswith("aux")]
    passive = [a for a in auxiliaries if a.dep_ in PASSIVE]
    if any(a.lemma_.lower() in PERFECT_AUXILIARIES for a in auxiliaries if a.dep_ not in PASSIVE):
        return True
    if passive:  # "were delivered", "étaient livrés"; not "are delivered", "sont livrés"
        return any(set(a.morph.get("Tense", [])) & {"Past", "Imp"} for a in passive)
    return bool(set(verb.morph.get("Tense", [])) & {"Past", "Imp"})


FUTURE_AUXILIARIES = function_words("future_auxiliaries")
PASSIVE = {"aux:pass", "auxpass"}


def before_report(sentence: Sentence, trigger: Token) -> TimeSpan | None:
    """For a claim with no date of its own, told as done before a dated report ("On June 16, Putin said
    that the warheads had already been delivered", "ont révélé l'année dernière que la Tunisie aurait
    signé"), or with "already" at the time of publication: an end at that date."""
    if not told_before(sentence, trigger):
        return None
    reported = _report_date(sentence, trigger)
    return TimeSpan(start=None, end=reported.end) if reported is not None else already(sentence, trigger)


def going_on_when_told(sentence: Sentence, trigger: Token) -> TimeSpan | None:
    """A flow told in the present inside a dated report ("Gantz said on February 22 that missiles are being
    delivered to Venezuela", "a déclaré lundi que l'Iran livre des drones"): going on by that date."""
    verb = trigger if trigger.pos_ in VERBS else None
    reported = _report_date(sentence, trigger) if verb is not None and _in_the_present(verb) else None
    return TimeSpan(start=None, end=reported.end) if reported is not None else None


def _report_date(sentence: Sentence, trigger: Token) -> Period | None:
    """The day or month of the report that tells the claim, nearest the trigger."""
    reported = [
        p
        for p in sentence.periods
        if p.role == "point" and p.form not in NOT_DATES and relation(sentence, p, trigger) == REPORTING
    ]
    return min(reported, key=lambda p: abs(p.char_start - trigger.idx)) if reported else None


def already(sentence: Sentence, trigger: Token) -> TimeSpan | None:
    """ "already" on the claim's verb: by the time of publication (for a flow still going on, "already
    supplies", only where the caller says the state it is in was reached: "troops are already present")."""
    verb = trigger if trigger.pos_ in VERBS else _verb_of(trigger)
    heads = {trigger.i} | ({t.i for t in _joined_verbs(verb)} if verb is not None else set())
    for period in sentence.periods:
        token = _token_at(sentence, period)
        if period.form == ALREADY and token is not None and token.head.i in heads:
            return TimeSpan(start=None, end=period.end)
    return None


def _joined_verbs(verb: Token, reach: int = 3) -> list[Token]:
    """The verb and those it completes or is joined to: "has already provided X and has helped Minsk to
    re-equip": "equip", "helped", "provided" (what bears on the first bears on the others)."""
    chain = [verb]
    while len(chain) <= reach and chain[-1].dep_ in {"xcomp", "conj"} and chain[-1].head.i != chain[-1].i:
        chain.append(chain[-1].head)
    return chain


def going_on_now(sentence: Sentence, trigger: Token) -> TimeSpan | None:
    """ "now" on a verb of flow told in the present ("the goods are now thought to be exported to
    Kazakhstan", "la Chine fournit désormais des moteurs"): going on from the publication's month, with no
    end. Not on a noun's verb ("observent désormais un ralentissement des livraisons": the seeing is now)."""
    verbs = [trigger, trigger.head] if trigger.dep_ == "xcomp" else [trigger]
    if not all(_in_the_present(v) for v in verbs):
        return None
    heads = {v.i for v in verbs}
    for period in sentence.periods:
        token = _token_at(sentence, period)
        if period.form != NOW or token is None or any(token.children):  # "especially now": an aside on the saying
            continue
        if token.head.i in heads:
            return TimeSpan(start=period.start, end=None)
    return None


def _in_the_present(verb: Token) -> bool:
    """No auxiliary of the past, the perfect or the future, and the verb itself not in the past ("supplies",
    "is supplying"); in French, a bare verb in the past is the present misread ("fournit", "fournir" in the
    passé simple)."""
    auxiliaries = [c for c in verb.children if c.dep_.startswith("aux")]
    if _future(verb) or any(a.lemma_.lower() in PERFECT_AUXILIARIES for a in auxiliaries if a.dep_ not in PASSIVE):
        return False
    if any(set(a.morph.get("Tense", [])) & {"Past", "Imp"} for a in auxiliaries):
        return False
    return bool(auxiliaries) or verb.lang_ == "fr" or "Past" not in verb.morph.get("Tense", [])


def _told_in_past(sentence: Sentence, period: Period) -> bool:
    """The verb the date is on is in the past, or has a past auxiliary: "pledged in March", "a promis en
    mars" (the promise made last March, not a delivery next March)."""
    token = _token_at(sentence, period)
    verb = _verb_of(token, sentence) if token is not None else None
    if verb is None:
        return True
    if _planned(verb):  # "was to deliver", "was supposed to send", "was due to deliver" in March
        return _past_plan(verb.head)
    auxiliaries = [c for c in verb.children if c.dep_.startswith("aux")]
    passive = any(c.dep_ in {"auxpass", "aux:pass"} for c in auxiliaries)  # "are expected by June": the
    own = [] if passive and "Part" in verb.morph.get("VerbForm", []) else [verb]  # auxiliary tells the tense
    return any("Past" in t.morph.get("Tense", []) for t in [*own, *auxiliaries])


def _planned(verb: Token) -> bool:
    """An infinitive whose head says it was or is planned: "is to deliver", "was supposed to send"."""
    return _to_be_done(verb) or (
        verb.dep_ == "xcomp" and verb.head.lower_ in words("trends", "pledging_adjectives", verb.lang_)
    )


def _past_plan(head: Token) -> bool:
    """Whether the finite verb of a plan is in the past: "was" of "was to", "was supposed to", "was due to"."""
    if head.dep_ == "acomp":
        head = head.head  # "was due to": "due" hangs on "was"
    finite = [t for t in [head, *head.children] if "Fin" in t.morph.get("VerbForm", [])]
    return any("Past" in t.morph.get("Tense", []) for t in finite if t is head or t.dep_.startswith("aux"))


def _in_future(sentence: Sentence, trigger: Token) -> bool:
    """ "la fourniture d'obusiers dans les années à venir": a flow still to come has no end yet."""
    text = sentence.folded.lower()
    for phrase in words("times", "future"):
        found = text.find(phrase)
        while found >= 0:
            if relation(sentence, Period(None, None, found, found + len(phrase)), trigger) == OWN:
                return True
            found = text.find(phrase, found + 1)
    return False


def _in_force(sentence: Sentence, anchor: Token) -> bool:
    """ "officialisé par un traité en 2024", "entered into force in December": a deal in force from then."""
    verbs = words("times", "in_force_verbs")
    if any(t.lemma_.lower() in verbs for t in [anchor, *anchor.ancestors][:3]):
        return True
    text = sentence.folded.lower()
    return any(phrase in text for phrase in words("times", "in_force_phrases"))


def agreement_time(sentence: Sentence, anchor: Token) -> TimeSpan | None:
    """When a deal was made: the day, month or season it was signed or ordered in ("signed in November
    2021", "Cet été, Varsovie a noué ... avec la commande"); a start for one in force from a date
    ("entered into force in December 2024", "in force since 2017"); an end at the report that tells it
    signed before ("ont révélé l'année dernière que la Tunisie aurait signé un contrat")."""
    period = nearest_period(sentence, anchor)
    if period is not None and (_deadline(sentence, period) or _delivered_then(sentence, period, anchor)):
        period = None  # "porte sur 48 chars que la Pologne recevra d'ici 2026": when delivered, not signed
    if period is None:
        return before_report(sentence, anchor)
    if relation(sentence, period, anchor) == REPORTING and period.role == "point":
        verb = _verb_of(anchor)
        if verb is not None and not is_reporting(verb):  # the deal has its verb: "confirmé avoir signé"
            return before_report(sentence, anchor)
    if period.role == "point" and _in_force(sentence, anchor):
        return TimeSpan(start=period.start, end=None)
    period = _joined(sentence, period)  # "acquis en 2022 et 2023"
    return TimeSpan(start=period.start, end=period.end)


def _delivered_then(sentence: Sentence, period: Period, anchor: Token) -> bool:
    """ "Selon ce contrat, les premiers lance-roquettes ont été livrés en juillet": the date is on a verb of
    sending, when what the deal covers was delivered (a verb of ordering or buying dates the deal itself;
    "supplied ... under a 2015 deal": a date on the deal's own noun is its)."""
    token = _token_at(sentence, period)
    verb = _verb_of(token) if token is not None else None
    if token is None or verb is None:
        return False
    path = [token, *token.ancestors]
    if anchor in path[: path.index(verb)]:
        return False
    language = sentence.doc.lang_
    if verb.lemma_.lower() in words("transfer", "verbs", language, "forward"):
        return True
    # "dont la livraison est prévue en 2026"; not "les livraisons ont augmenté depuis la signature du traité,
    # en juin 2024", whose clause holds the deal: the date is its signing
    deliveries = words("transfer", "delivery_nouns", language)
    delivering = any(c.dep_.startswith("nsubj") and c.lemma_.lower() in deliveries for c in verb.children)
    return delivering and anchor not in verb.subtree


def _deadline(sentence: Sentence, period: Period) -> bool:
    """A date a verb in the future must be met by: "will receive by 2026", "recevra d'ici 2026"."""
    token = _token_at(sentence, period)
    verb = _verb_of(token) if token is not None else None
    return period.role == "end" and verb is not None and _future(verb)


def _joined(sentence: Sentence, period: Period) -> Period:
    """ "in 2022 and 2023", "en mars et en avril": two dates joined by "and" span both."""
    if period.role != "point":
        return period
    after = next((p for p in sentence.periods if p.char_start >= period.char_end), None)
    before = next((p for p in reversed(sentence.periods) if p.char_end <= period.char_start), None)
    if after is not None and _and_between(sentence, period, after):
        return replace(period, end=after.end, role="interval")
    if before is not None and _and_between(sentence, before, period):
        return replace(period, start=before.start, role="interval")  # the later one is nearer the verb
    return period


def _and_between(sentence: Sentence, first: Period, last: Period) -> bool:
    if first.role != "point" or last.role != "point":
        return False
    between = sentence.doc.text[first.char_end : last.char_start].strip().lower()
    return bool(first.start and last.end) and between in JOINING_WORDS


def time_of(sentence: Sentence, trigger: Token, open_ended: bool, pledged: bool = False) -> TimeSpan | None:
    """The claim's time: the date expression nearest its trigger (a start only for a flow that began or
    was promised), joined to an end stated after it ("en décembre dernier ... jusqu'au mois d'avril");
    with none, an end at the report that tells it done ("said on Monday it had delivered")."""
    period = nearest_period(sentence, trigger, skip_reporting=not pledged, skip_deals=True)
    if period is None:
        if pledged:
            return None
        return (
            before_report(sentence, trigger) or going_on_now(sentence, trigger) or going_on_when_told(sentence, trigger)
        )
    period = _joined(sentence, period)
    if (pledged or _in_future(sentence, trigger)) and period.ahead and not _told_in_past(sentence, period):
        start = None if period.role == "end" else period.ahead  # "will deliver by March": an end only
        period = replace(period, start=start, end=period.ahead)  # "will deliver in June", told in May
    if (open_ended or pledged or _in_future(sentence, trigger)) and period.role == "point":
        period = replace(period, end=None)
    if period.end is None:
        later = [p for p in sentence.periods if p.role == "end" and p.char_start > period.char_end]
        if later and later[0].end and (period.start is None or first_day(period.start) <= last_day(later[0].end)):
            period = replace(period, end=later[0].end, role="interval")
    return TimeSpan(start=period.start, end=period.end)
