"""The port-call task: a vessel, named or not, called at, loaded at or left a port.

    the vessel loaded the containers at Najin Port and traveled to Dunay     two port calls
    seul un navire russe a accosté au port de Rason ... au cours du mois de janvier, contre au moins
    trois rotations mensuelles auparavant                                     this month, and before
    Il s'y est amarré au moins à quatre reprises                             "y": the last port named

A sentence needs a port (or a word standing for the last one named), a vessel or a word of sailing,
and a verb or noun of calling (`data/lexicon/port_calls.yaml`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache
from itertools import pairwise, product

from spacy.tokens import Doc, Token

from extractors.analysis import Analysis, Sentence
from extractors.entities import INSIDE, Mention
from extractors.inflection import is_word, word_forms
from extractors.lexicon import function_words, lexicon, words
from extractors.qualifiers.attribution import Credit, credits
from extractors.qualifiers.flow import told_before
from extractors.qualifiers.quantities import Figure
from extractors.qualifiers.stance import is_negated, modality
from extractors.qualifiers.times import NOW, Period, step
from extractors.tasks.base import Finding, register
from extractors.tasks.roles import subject_of
from graph.model import Quantity, TimeSpan

COUNT_UNITS = {"vessel", "voyage", "time"}
RECENT_SENTENCES = 3
DESTINATION_REACH = 5  # "bound for the port of Rajin": the destination word, a few words before the name


@dataclass
class Harbour:
    """What earlier sentences named: the last port, vessel and flag, for "the port", "it", "y"."""

    port: Mention | None = None
    vessel: Mention | None = None
    flag: Mention | None = None
    sailed: int = -10  # the last sentence that named a ship, even without its name
    time: TimeSpan | None = None
    dated: int = -10  # the sentence the last port call's time comes from

    def recent(self, since: int, now: int) -> bool:
        return now - since <= RECENT_SENTENCES


@cache
def _vocabulary(language: str) -> dict[str, frozenset[str]]:
    return {name: words("port_calls", name, language) for name in lexicon("port_calls")}


@cache
def _calling_words(language: str) -> frozenset[str]:
    """The verbs and nouns of calling at a port."""
    return _vocabulary(language)["verbs"] | _vocabulary(language)["nouns"]


@register("osintkg.port_call.v1")
class PortCallTask:
    """Port calls, one per port named in a sentence that says a vessel called there."""

    name = "port_call"

    def __call__(self, analysis: Analysis) -> list[Finding]:
        assert analysis.language
        language, harbour = analysis.language, Harbour()
        findings: list[Finding] = []
        for sentence in analysis.sentences:
            credit = credits(analysis)[sentence.index]
            findings += self._findings(sentence, language, credit, harbour)
            _remember(sentence, harbour, language)
        return findings

    def _findings(self, sentence: Sentence, language: str, credit: Credit, harbour: Harbour) -> list[Finding]:
        vocabulary = _vocabulary(language)
        calling = sentence.tokens_for(_calling_words(language))
        if not calling or any(_no_longer(t) for t in calling):
            return []
        ports = [m for m in sentence.mentions if m.kind == "port" and not _bound_for(sentence, m, vocabulary)]
        if not ports and harbour.port and _refers_to_port(sentence, vocabulary):
            ports = [harbour.port]
        vessels = [m for m in sentence.mentions if m.kind == "vessel"]
        sailing = vessels or sentence.has_form_in(vocabulary["vessel_nouns"]) or _unknown_name_sails(sentence, calling)
        following = _pronoun_subject(sentence) and (harbour.vessel or harbour.recent(harbour.sailed, sentence.index))
        unloading = any(is_word(t, vocabulary["cargo_verbs"]) for t in calling)
        docking = unloading and any(m.kind == "port" for m in sentence.mentions)  # not "the port" of before
        if not ports or not (sailing or following or docking):
            return []
        vessel = vessels[0] if vessels else (harbour.vessel if not sailing else None)
        fleet = [vessel, *_listed_with(sentence, vessels)] if vessel else [None]  # "the Sovershenny and the Gromky"
        trigger = calling[0]
        flag = _flag(sentence, trigger) or (harbour.flag if not vessels else None)
        credit = credit.bearing_on(sentence, trigger)
        period = _nearest_period(sentence, trigger, language)
        time = _around(sentence, trigger, period, language)
        if time is None and harbour.recent(harbour.dated, sentence.index) and told_before(sentence, trigger):
            time = harbour.time  # "two of the ships then travelled to Chongjin": the same voyage (not "most
            # ships refuel at Vostochny": what they do again and again)
        if time is not None:
            harbour.time, harbour.dated = time, sentence.index  # the voyage goes on from here
        found = []
        for port, vessel in product(dict((p.entity_id, p) for p in ports).values(), fleet):
            roles = {"port": [port], "vessel": [vessel] if vessel else [], "flag": [flag] if flag else []}
            own = _calling_of(sentence, port, calling)  # "sailed from Vostochny on March 3 and called at Rajin"
            when = time
            if own is not None and own != trigger:
                when = _around(sentence, own, _nearest_period(sentence, own, language), language) or time
            base = Finding(
                kind="port_call",
                roles=roles,
                quote_start=sentence.offset,
                quote_end=sentence.offset + len(sentence.text.rstrip()),
                modality=modality(sentence, trigger, language, credit.speakers),
                sources=credit.all,
                time=when,
                count=_count(sentence, 0, len(sentence.doc)) if len(fleet) == 1 else None,  # one call each
            )
            found.append(base)
            earlier = _comparison(sentence, language, period)
            if earlier is not None:
                found.append(replace(base, time=earlier[0], count=earlier[1]))
        return found


PEOPLE = {"PERSON", "PER", "NORP", "GPE"}  # a place the NER is sure of (GPE) is a state or a city
PEOPLE_AND_PLACES = PEOPLE | {"LOC"}


def _listed_with(sentence: Sentence, vessels: list[Mention]) -> list[Mention]:
    """The vessels named in a list with the first ("the Sovershenny and the Gromky called at"): each calls."""
    joiners = function_words("pair_joiners") | function_words("definite_articles")
    listed = []
    for before, vessel in pairwise(vessels):
        between = sentence.doc[before.token_end : vessel.token_start]
        if not 0 < len(between) <= 2 or not all(t.lower_ in joiners or t.text == "," for t in between):
            break
        listed.append(vessel)
    return listed


def _unknown_name_sails(sentence: Sentence, calling: list[Token]) -> bool:
    """ "The Ever Given left the port of Nampo": a proper name no gazetteer knows, neither a person nor a
    place, as the subject of a verb of calling, is a vessel's; of a verb only vessels do, even one the NER
    took for a place ("the Ocean Star sailed")."""
    for verb in calling:
        sails = is_word(verb, _vocabulary(verb.lang_)["vessel_verbs"])
        unknown = PEOPLE if sails else PEOPLE_AND_PLACES
        for subject in (c for c in verb.children if c.dep_ in {"nsubj", "nsubj:pass"}):
            words = list(subject.subtree)
            named = any(t.pos_ == "PROPN" or (t.is_title and t.i > 0) for t in words)
            if named and not any(t.ent_type_ in unknown or _known(sentence, t, sails) for t in words):
                return True
    return False


def _known(sentence: Sentence, token: Token, sails: bool) -> bool:
    """Whether a word belongs to a name the sentence knows (a place the NER only guessed is no
    name for a verb only vessels do)."""
    mention = sentence.mention_of(token)
    guessed_place = mention is not None and mention.form == "ner" and mention.kind == "location"
    return mention is not None and not (sails and guessed_place)


def _no_longer(token: Token) -> bool:
    """ "n'ont plus été repérés", "were not seen": a call denied or that stopped is no call."""
    words_on = {c.lower_ for c in [*token.children, *token.head.children] if c.dep_ in {"advmod", "neg"}}
    return is_negated(token) or bool(words_on & function_words("no_longer"))


def _bound_for(sentence: Sentence, port: Mention, vocabulary: dict[str, frozenset[str]]) -> bool:
    """ "left Vostochny on 12 May bound for Rajin", "à destination de Rajin": where the vessel is going,
    not where it called."""
    for token in reversed(sentence.doc[max(0, port.token_start - DESTINATION_REACH) : port.token_start]):
        if token.lower_ in vocabulary["destination_words"]:
            return True
        if token.pos_ in {"VERB", "AUX", "PUNCT"}:
            return False
    return False


def _refers_to_port(sentence: Sentence, vocabulary: dict[str, frozenset[str]]) -> bool:
    return any(t.pos_ == "NOUN" for t in sentence.tokens_for(vocabulary["port_nouns"])) or any(
        t.lower_ in vocabulary["there"] and t.pos_ == "PRON" for t in sentence.tokens
    )


def _pronoun_subject(sentence: Sentence) -> bool:
    return any(t.dep_.startswith(("nsubj", "expl:subj")) and t.pos_ == "PRON" for t in sentence.tokens)


def _flag(sentence: Sentence, trigger: Token | None = None) -> Mention | None:
    """The flag of the vessel that calls: a state named with a word of flag ("Hong Kong-flagged",
    "battant pavillon togolais", "under the Sierra Leone flag") or whose demonym qualifies a vessel
    word ("navire russe", "North Korean tankers"); the one on the trigger's subject first, never one
    on a vessel that receives ("transferred oil to a North Korean ship")."""
    flags = [m for m in sentence.mentions if m.kind == "country" and m.form != INSIDE and _flags_vessel(sentence, m)]
    if trigger is not None:
        subject = {t.i for s in subject_of(trigger) if s.pos_ != "PRON" for t in s.subtree}
        flags = sorted(flags, key=lambda m: m.token_start not in subject)
    return flags[0] if flags else None


def _flags_vessel(sentence: Sentence, mention: Mention) -> bool:
    vocabulary = _vocabulary(sentence.doc.lang_)
    doc, start, end = sentence.doc, mention.token_start, mention.token_end
    if any(is_word(t, vocabulary["flag_words"]) for t in doc[max(0, start - 3) : start]):
        return True  # "flagged in Panama", "battant pavillon togolais", "sous pavillon du Cameroun"
    after = doc[end : min(len(doc), end + 2)]
    if any(t.lower_ in vocabulary["flag_words"] and (t.pos_ != "VERB" or t.dep_ == "amod") for t in after):
        return True  # "Hong Kong-flagged", "the Togolese flag"
    if mention.form != "demonym":
        return False
    root = mention.span(doc).root
    near = doc[max(0, start - 2) : min(len(doc), end + 4)]
    vessel = root.head if is_word(root.head, vocabulary["vessel_nouns"]) else None
    vessel = vessel or next((t for t in near if is_word(t, vocabulary["vessel_nouns"])), None)
    if vessel is None or _verb_between(doc, vessel.i, start if vessel.i < start else end - 1):
        return False  # "a ship carrying North Korean shells": the demonym is the cargo's
    return not _receives(vessel, vocabulary)


def _verb_between(doc: Doc, a: int, b: int) -> bool:
    return any(t.pos_ == "VERB" for t in doc[min(a, b) + 1 : max(a, b)])


def _receives(vessel: Token, vocabulary: dict[str, frozenset[str]]) -> bool:
    """ "to the North Korean ship", "au navire nord-coréen": a vessel that is given something."""
    case = [c for c in vessel.children if c.dep_ == "case"]
    prepositions = [vessel.head] if vessel.dep_ == "pobj" else case
    return any(p.lower_ in vocabulary["receiving_prepositions"] for p in prepositions)


def _span(period: Period | None) -> TimeSpan | None:
    return TimeSpan(start=period.start, end=period.end) if period else None


def _nearest_period(sentence: Sentence, trigger: Token, language: str) -> Period | None:
    """The date nearest the trigger, but not one of a clause inside the call's words that tells of
    something else ("called at Simon's Town to deliver equipment ordered in 2018")."""
    periods = [p for p in sentence.periods if p.form != NOW and not _dates_inner_clause(sentence, p, trigger, language)]
    own = [p for p in periods if _verb_of_period(sentence, p) == trigger or _later_than(sentence, p, trigger)]
    return min(own or periods, key=lambda p: abs(p.char_start - trigger.idx)) if periods else None


def _later_than(sentence: Sentence, period: Period, verb: Token) -> bool:
    """ "a quitté Amirabad le 11 octobre et accosté à Makhatchkala quatre jours plus tard": days later than the
    date before belong to the verb they follow, with no other verb in between, however the parser hung them."""
    if period.form != "later" or verb.idx > period.char_start:
        return False
    between = [t for t in sentence.tokens if verb.idx < t.idx < period.char_start]
    calling = words("port_calls", "verbs", verb.lang_)
    return not any(t.pos_ in {"VERB", "AUX"} or word_forms(t) & calling for t in between)


def _calling_of(sentence: Sentence, port: Mention, calling: list[Token]) -> Token | None:
    """The word of calling whose clause names the port: the first verb above it (none for a port named in a
    sentence before)."""
    if not sentence.names(port):
        return None
    root = port.span(sentence.doc).root
    verb = next((a for a in root.ancestors if a.pos_ in {"VERB", "AUX"} or a in calling), None)  # "partis de
    # Tartous le 8 avril", the participle read as a noun
    return verb if verb in calling else None


def _verb_of_period(sentence: Sentence, period: Period) -> Token | None:
    """The verb a date hangs on, not a word of a name the tagger read as one ("Simon's Town")."""
    token = next((t for t in sentence.tokens if t.idx >= period.char_start), None)
    if token is None:
        return None
    return next((a for a in token.ancestors if a.pos_ in {"VERB", "AUX"} and not sentence.mention_of(a)), None)


def _dates_inner_clause(sentence: Sentence, period: Period, trigger: Token, language: str) -> bool:
    verb = _verb_of_period(sentence, period)
    if verb is None or verb.i == trigger.i or is_word(verb, _calling_words(language)):
        return False
    return any(a.i == trigger.i for a in verb.ancestors)


def _around(sentence: Sentence, trigger: Token, period: Period | None, language: str) -> TimeSpan | None:
    """The call's time; a call told in a clause of "after" or "before" whose date belongs to another
    event ("transferred oil on Oct. 19, after leaving Yeosu") ended by that date, or began after it."""
    time = _span(period)
    if period is None or time is None:
        return None
    vocabulary = _vocabulary(language)
    markers = [c for c in trigger.children if c.dep_ in {"mark", "case", "prep"}]
    if trigger.dep_ == "pcomp":
        markers.append(trigger.head)
    words_before = {m.lower_ for m in markers}
    dated = next((t for t in sentence.tokens if t.idx >= period.char_start), None)
    if dated is None or dated.i in {t.i for t in trigger.subtree}:
        return time
    if words_before & vocabulary["after_words"]:
        return TimeSpan(start=None, end=period.end)
    if words_before & vocabulary["before_words_of_clause"]:
        return TimeSpan(start=period.start, end=None)
    return time


def _count(sentence: Sentence, start: int, end: int) -> Quantity | None:
    """How many calls or vessels: "11 voyages", "à quatre reprises", "a dozen times last year"."""
    figures = [f for f in sentence.figures if start <= f.token_start < end and _counts_calls(sentence, f)]
    return _as_count(figures[0]) if figures else None


def _counts_calls(sentence: Sentence, figure: Figure) -> bool:
    words_of = sentence.doc[figure.token_start : figure.token_end]
    return figure.unit in COUNT_UNITS or any(is_word(t, _count_words()) for t in words_of)


@cache
def _count_words() -> frozenset[str]:
    return words("quantities", "units", "time")


def _as_count(figure: Figure) -> Quantity:
    return Quantity(min=figure.min, max=figure.max, per=figure.per)


def _comparison(sentence: Sentence, language: str, period: Period | None) -> tuple[TimeSpan, Quantity] | None:
    """ "contre au moins trois rotations mensuelles auparavant": the figure of an earlier period."""
    vocabulary = _vocabulary(language)
    text = sentence.lowered
    for marker in sorted(vocabulary["comparison"], key=len, reverse=True):
        found = re.search(rf"(?<![\w']){re.escape(marker)}\s", text)
        if not found:
            continue
        tail = text[found.end() :]
        if not any(re.search(rf"(?<![\w']){re.escape(w)}(?![\w'])", tail) for w in vocabulary["before_words"]):
            continue
        first = next((t.i for t in sentence.tokens if t.idx >= found.end()), len(sentence.doc))
        count = _count(sentence, first, len(sentence.doc))
        if count is None or period is None or not period.start:
            return None
        return TimeSpan(start=None, end=step(period.start, -1)), count
    return None


def _remember(sentence: Sentence, harbour: Harbour, language: str) -> None:
    ports = [m for m in sentence.mentions if m.kind == "port"]
    vessels = [m for m in sentence.mentions if m.kind == "vessel"]
    if ports:
        harbour.port = ports[-1]
    if vessels:
        harbour.vessel = vessels[0] if len({v.entity_id for v in vessels}) == 1 else None
    if vessels or sentence.has_form_in(_vocabulary(language)["vessel_nouns"]):
        harbour.sailed = sentence.index
    flag = _flag(sentence)
    if flag:
        harbour.flag = flag
