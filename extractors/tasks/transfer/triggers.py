"""Words that state a transfer, and which way they point (`data/lexicon/transfer.yaml`)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from extractors.inflection import word_forms
from extractors.lexicon import function_words, lexicon, words
from extractors.qualifiers.flow import conveyances
from extractors.tasks.roles import FRENCH_PARTICIPLE_ENDINGS, agents_of, has_subject

FORWARD, REVERSE, RECIPIENT_OBJECT = "forward", "reverse", "recipient_object"
SEIZURE, ARRIVAL = "seizure", "arrival"  # materiel seized on its way; materiel that arrived or came from somewhere


PHRASAL_WINDOW = 6
PHRASAL_REACH = (
    14  # farther, the word must hang on the verb: "a mis une centaine de conseillers militaires à la disposition"
)
VERB_KINDS = ("verb_forward", "verb_reverse", "verb_recipient_object", "verb_seizure", "verb_arrival")
PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées")  # a French past participle


@dataclass(frozen=True)
class Trigger:
    token: Token
    direction: str  # forward: the subject supplies; reverse: it receives; seizure: it seized; arrival: it arrived
    is_noun: bool
    recipient_object: bool = False  # "supply Russia with shells": the object receives
    agent: bool = False  # a noun naming the supplier: "Russia's main supplier"

    @property
    def i(self) -> int:
        return self.token.i


@cache
def _lexicon(language: str) -> dict[str, frozenset[str]]:
    return {
        "verb_forward": words("transfer", "verbs", language, FORWARD),
        "verb_reverse": words("transfer", "verbs", language, REVERSE),
        "verb_recipient_object": words("transfer", "verbs", language, RECIPIENT_OBJECT),
        "noun_forward": words("transfer", "nouns", language, FORWARD),
        "noun_reverse": words("transfer", "nouns", language, REVERSE),
        "agent": words("transfer", "agent_nouns", language),
        "recipient_agent": words("transfer", "recipient_nouns", language),
        "verb_seizure": words("transfer", "verbs", language, SEIZURE),
        "verb_arrival": words("transfer", "verbs", language, ARRIVAL),
        "carrying": words("transfer", "carrying_verbs", language),
        "transitive": words("transfer", "transitive_verbs", language),
        "barter": words("transfer", "barter_verbs", language),
        "reflexive_other": words("transfer", "reflexive_other_sense", language),
        "phrasal": frozenset((lexicon("transfer")["phrasal"].get(language) or {}).keys()),
        "expected": words("transfer", "expected_words", language),
    }


@cache
def trigger_words(language: str) -> frozenset[str]:
    """Every word that can make a token a trigger, verb or noun."""
    return frozenset().union(*_lexicon(language).values())


def _pick(forms: frozenset[str], words: frozenset[str]) -> str | None:
    found = sorted(forms & words)
    return found[0] if found else None


def _verb_read_as_noun(token: Token) -> bool:
    """ "La Russie expédie du blé", "North Korea did not ship shells": a verb the small model tagged as a
    noun, known by what hangs on it (an auxiliary, a subject, an object), by no article before it, or as a
    French participle hanging on a noun."""
    if token.pos_ != "NOUN" or token.i == 0:
        return False
    if any(c.dep_ in {"aux", "auxpass", "neg", "nsubj", "dobj"} for c in token.children):
        return True
    if token.lang_ != "fr":
        return False
    if token.dep_ == "acl" and token.lower_.endswith(PARTICIPLE_ENDINGS):
        return True  # "une quinzaine de MiG, hérités de la RDA": a participle on a noun
    if token.lower_.endswith(FRENCH_PARTICIPLE_ENDINGS) and _after_an_auxiliary(token):
        return True  # "ont toutes deux vendu": a participle after its auxiliary and a floating quantifier
    before = token.doc[token.i - 1]
    return before.pos_ in {"PROPN", "PRON", "AUX", "ADV"} or (before.pos_ == "NOUN" and before.dep_.startswith("nsubj"))


def _armed_what(token: Token) -> bool:
    """ "Forces armées", "groupes armés", "armed groups": a participle of arming set on the noun just before
    or after it, with nothing of its own hanging on it, describes that noun."""
    if not word_forms(token) & words("transfer", "arming_verbs", token.lang_):
        return False
    beside = token.head.i in {token.i - 1, token.i + 1} and token.head.pos_ in {"NOUN", "PROPN"}
    own = [c for c in token.children if c.dep_ not in {"amod", "punct", "det"} and _what_it_is_armed_with(c)]
    return beside and not own


def _what_it_is_armed_with(child: Token) -> bool:
    """ "armed with rifles", "armés de fusils": not "des drones armés au gouvernement de Tripoli en 2024" (what
    the parser hung on the participle after "to", "à", "en" is the sentence's)."""
    if child.dep_ in {"agent", "obl:agent"}:
        return True  # "des milices armées par l'Iran", "armed by Iran"
    case = child if child.dep_ == "prep" else next((c for c in child.children if c.dep_ == "case"), None)
    return case is None or case.lower_ in function_words("arming_markers")


def _after_an_auxiliary(token: Token) -> bool:
    """A word with no article of its own, shortly after a finite "avoir" or "être" (not "a analysé les données")."""
    if any(c.dep_ == "det" for c in token.children):
        return False
    before = token.doc[max(0, token.i - 3) : token.i]
    return any(t.lemma_ in {"avoir", "être"} and "Fin" in t.morph.get("VerbForm", []) for t in before)


def _noun_after_preposition(token: Token) -> bool:
    """ "machines-outils à commande numérique": after a French preposition a verb is an infinitive or a
    participle; a conjugated form there is a noun the small model mistagged."""
    if token.lang_ != "fr" or token.i == 0 or token.doc[token.i - 1].pos_ != "ADP":
        return False
    form = token.morph.get("VerbForm", [])
    return not form or not set(form) & {"Inf", "Part", "Ger"}


def placed_with(noun: Token) -> bool:
    """ "orders for US military suppliers", "des commandes aux industriels français": the noun names those
    an order is placed with."""
    placed = noun.head.head if noun.head.pos_ == "ADP" else noun.head
    return placed.i != noun.i and placed.lemma_.lower() in words("transfer", "order_nouns", noun.lang_)


def _none_of_them(noun: Token) -> bool:
    """ "no supplier", "aucun fournisseur": a noun of supplier with a determiner that says there is none."""
    return any(c.lower_ in function_words("no_determiners") for c in noun.children if c.dep_ == "det")


def _mutual(noun: Token) -> bool:
    """ "mutual assistance", "assistance mutuelle": a noun of aid each party owes the other."""
    mutual = words("transfer", "mutual_words", noun.lang_)
    before = noun.doc[noun.i - 1].lower_ if noun.i else ""
    return before in mutual or any(c.lower_ in mutual for c in noun.children if c.dep_ == "amod")


def _phrasal(token: Token) -> bool:
    """ "a mis des instructeurs à la disposition de", "made 40 tanks available to": a verb that states a
    transfer with a word standing a few tokens after it."""
    wanted = (lexicon("transfer")["phrasal"].get(token.lang_) or {}).get(token.lemma_.lower())
    if not wanted or token.pos_ not in {"VERB", "AUX"}:
        return False
    after = token.doc[token.i + 1 : token.i + 1 + PHRASAL_REACH]
    return any(
        t.lower_ in wanted and (t.i - token.i <= PHRASAL_WINDOW or token in (t.head, t.head.head)) for t in after
    )


def _expected_arrival(token: Token) -> bool:
    """A word of expecting said of its subject, with no verb after it ("three more jets are due by March", "the
    last battery is expected before the end of the year", "les derniers sont attendus en 2027"; not "are due to
    arrive", whose verb states it, nor "is expected to")."""
    if token.lower_ not in words("transfer", "expected_words", token.lang_) or token.dep_ in {"amod", "acl"}:
        return False
    said = token.dep_ == "acomp" or any(c.dep_ in {"auxpass", "aux:pass", "cop"} for c in token.children)
    by_someone = any(  # "les Rafale sont attendus par l'Inde": a verb of awaiting, its agent ("by June": a date)
        t.pos_ in {"NOUN", "PROPN"} and t.lower_ not in _period_words() for a in agents_of(token) for t in a.subtree
    )
    verb_after = any(c.dep_ in {"xcomp", "ccomp"} for c in token.children)
    return said and not by_someone and not verb_after and expected_subject(token) is not None


@cache
def _period_words() -> frozenset[str]:
    """Words of a date after "by"/"par" ("by the end of June", "par la fin de l'année"): months, weekdays,
    units of time and the parts of a period (grammar.yaml `period_parts`)."""
    times = lexicon("times")
    named = {str(w).lower() for key in ("months", "weekdays") for ws in times[key].values() for w in ws}
    return frozenset(named | {str(u) for u in times["units"]} | function_words("period_parts"))


def expected_subject(token: Token) -> Token | None:
    """The subject of a word of expecting ("three more jets are due"): its own, or its copula's."""
    holders = [token, token.head] if token.dep_ == "acomp" else [token]
    return next((c for h in holders for c in h.children if c.dep_.startswith("nsubj") and c.i < token.i), None)


def _object_of_light_verb(token: Token) -> bool:
    """ "a fait don de": the object of a light verb is a noun, whatever the small model tagged it (and however
    it hung them: "fait" as the copula of an adjective "don")."""
    light = words("transfer", "light_verbs", token.lang_)
    if token.dep_ in {"obj", "dobj"} and token.head.lemma_.lower() in light:
        return True
    before = token.doc[token.i - 1] if token.i else None
    return before is not None and before.lemma_.lower() in light and before.head.i == token.i


def bartered_back(verb: Token) -> Token | None:
    """For a verb of barter ("exchanged shells for oil", "a échangé du pétrole contre des obus"), the word
    after which what came back is named."""
    if not word_forms(verb) & words("transfer", "barter_verbs", verb.lang_):
        return None
    markers = words("transfer", "barter_markers", verb.lang_)
    return next((t for t in verb.subtree if t.i > verb.i and t.lower_ in markers and t.pos_ == "ADP"), None)


def _with_object(verb: Token) -> bool:
    """ "flew the missiles", "were flown", "a échangé du pétrole": a verb used with an object (a partitive one
    the parser may read as a complement), or in the passive."""
    partitive = function_words("partitives")
    past_participle = "Part" in verb.morph.get("VerbForm", []) and "Past" in verb.morph.get("Tense", [])
    if verb.dep_ in {"acl", "amod"} and past_participle:
        return True  # "Chinese systems flown into Serbia": a past participle on the thing, passive
    return any(
        c.dep_ in {"dobj", "obj", "nsubjpass", "nsubj:pass", "auxpass", "aux:pass"}
        or (
            c.dep_ in {"nmod", "obl:arg"}
            and c.i > verb.i
            and any(a.lower_ in partitive for a in c.children if a.dep_ == "case")
        )
        for c in verb.children
    )


def _by_a_carrier(verb: Token) -> bool:
    """ "a dhow carrying rifles", "the ship carried shells": a conveyance does the carrying."""
    doers = [c for c in verb.children if c.dep_.startswith("nsubj")]
    if verb.dep_ in {"acl", "amod", "relcl", "acl:relcl"}:
        doers.append(verb.head)
    if verb.dep_ in {"advcl", "xcomp", "conj"}:  # "the ship arrived in Sudan carrying weapons"
        doers += [c for c in verb.head.children if c.dep_.startswith("nsubj")]
    if "Part" in verb.morph.get("VerbForm", []) and verb.i > 0:
        doers.append(verb.doc[verb.i - 1])  # "a dhow carrying", however the participle was attached
    return any(word_forms(d) & conveyances(verb.lang_) for d in doers)


def _reflexive(verb: Token) -> bool:
    return any(c.lower_ in function_words("reflexive_pronouns") and c.pos_ == "PRON" for c in verb.children)


def _orders_a_change(verb: Token) -> bool:
    """A verb of ordering whose object is a change in a flow ("ordered a halt to exports", "a ordonné la
    suspension des livraisons"): a command, the flow is told by the noun after it."""
    changes = words("transfer", "flow_nouns", verb.lang_)
    return any(c.dep_ in {"dobj", "obj"} and word_forms(c) & changes for c in verb.children)


def _of_time(token: Token) -> bool:
    """A participle describing a span of time: "the coming months", "les mois à venir"."""
    units = lexicon("times")["units"]
    head = token.head
    return token.dep_ in {"amod", "acl"} and head.i != token.i and head.lower_ in units


def find_triggers(tokens: list[Token], language: str) -> list[Trigger]:
    """The transfer words of a sentence, verbs (by lemma or inflection) and nouns, with their direction."""
    lexicon = _lexicon(language)
    verbs = frozenset().union(*(lexicon[key] for key in VERB_KINDS))
    anything = trigger_words(language)
    found = []
    for token in tokens:
        forms = word_forms(token)
        if _phrasal(token):
            found.append(Trigger(token, FORWARD, False))
            continue
        if _expected_arrival(token):
            found.append(Trigger(token, ARRIVAL, False))  # "three more jets are due by March": they will come
            continue
        if forms.isdisjoint(anything):
            continue  # no word of transfer, whatever its part of speech
        if _of_time(token):
            continue  # "in the coming months", "les semaines à venir": when, not a flow
        tagged_verb = token.pos_ in {"VERB", "AUX", "ADJ"} and not _noun_after_preposition(token)
        tagged_verb = tagged_verb or (token.pos_ == "ADV" and has_subject(token))  # "Elles venaient", as an adverb
        as_verb = tagged_verb or _verb_read_as_noun(token)
        verb = _pick(forms, verbs) if as_verb else None
        if verb in lexicon["carrying"] and not _by_a_carrier(token):
            continue  # "missiles capable of carrying warheads"
        if verb in lexicon["transitive"] and not _with_object(token):
            continue  # "Iranian drones flew into Ukraine": they flew themselves
        if verb and _armed_what(token):
            continue  # "les Forces armées royales", "armed groups": a description, not an arming
        if verb in lexicon["reflexive_other"] and _reflexive(token):
            continue  # "les analystes s'attendent à ce que": they expect, nothing is awaited
        if verb in lexicon["verb_seizure"] and _reflexive(token):
            continue  # "des techniciens russes se trouvent au Venezuela": where they are, nothing found
        if verb in lexicon["verb_reverse"] and _orders_a_change(token):
            continue  # "a court ordered a halt to exports": a command, not a purchase
        if verb in lexicon["barter"] and bartered_back(token) is None:
            continue  # "once the two sides exchange ratification documents": nothing got for it
        if verb:
            direction = REVERSE if verb in lexicon["verb_reverse"] else FORWARD
            direction = SEIZURE if verb in lexicon["verb_seizure"] else direction
            direction = ARRIVAL if verb in lexicon["verb_arrival"] else direction
            equipping = verb in lexicon["verb_recipient_object"]
            if equipping and _reflexive(token):  # "le Burkina s'est doté de drones": it equipped itself
                direction, equipping = REVERSE, False
            found.append(Trigger(token, direction, False, equipping))
            continue
        agents = lexicon["agent"] | lexicon["recipient_agent"]
        noun = _pick(forms, lexicon["noun_forward"] | lexicon["noun_reverse"] | agents)
        if noun in agents and placed_with(token):
            continue  # "orders for US suppliers": the order states the flow
        if noun in agents and _none_of_them(token):
            continue  # "no supplier has been selected": no one supplies
        if noun and _mutual(token):
            continue  # "une clause d'assistance mutuelle": what each party owes the other, no flow
        if noun and (token.pos_ in {"NOUN", "PROPN"} or _object_of_light_verb(token)):
            reverse = noun in lexicon["noun_reverse"] | lexicon["recipient_agent"]
            found.append(Trigger(token, REVERSE if reverse else FORWARD, True, agent=noun in agents))
    return found
