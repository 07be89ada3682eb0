"""Who plays which part around a trigger word: the subject, the word before an actor ("to", "vers",
"from", "de"), a demonym on the thing moved ("armements nord-coréens"), a possessive ("Russia's").

Syntax from the parser is used where it is reliable (subjects, agents, what hangs off the trigger);
the word before a name covers what small models parse wrongly.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from spacy.tokens import Doc, Token

from extractors.analysis import Sentence
from extractors.entities import Mention
from extractors.inflection import word_forms
from extractors.lexicon import function_words, words
from extractors.qualifiers.stance import accusing, is_reporting

DETERMINERS = {
    "the",
    "a",
    "an",
    "its",
    "their",
    "le",
    "la",
    "les",
    "l'",
    "un",
    "une",
    "son",
    "sa",
    "ses",
    "leur",
    "leurs",
    "this",
    "that",
    "ce",
    "cette",
    "ces",
}
AGENT_MARKERS = function_words("agent_markers")  # "par", "by": before the doer of a passive
ROUTE_NOUNS = function_words("route_nouns")  # "en route from"
CLITICS = function_words("clitics")
SUBJECT_DEPS = {"nsubj", "nsubj:pass", "nsubjpass", "csubj"}
AGENT_DEPS = {"agent", "obl:agent"}
COORDINATORS = {"et", "and", "mais", "but"}
COPULAS = {"be", "être", "become", "remain", "devenir", "rester", "demeurer"}  # linking verbs
NAME_PARTS = {"compound", "flat", "flat:name"}
LINKING_DEPS = {"xcomp", "advcl", "ccomp", "conj", "acl", "acl:relcl", "relcl", "aux", "aux:tense", "aux:pass"}


def marker_before(sentence: Sentence, mention: Mention) -> str | None:
    """The word before a mention, past determiners: "to" in "to the Russian government"."""
    return marker_at(sentence.doc, mention.token_start)


def marker_at(doc: Doc, start: int) -> str | None:
    """The word before the token at `start`, past determiners."""
    i = start - 1
    while i >= 0 and doc[i].lower_ in DETERMINERS:
        i -= 1
    if i < 0:
        return None
    word = doc[i].lower_
    if word in function_words("of_markers") and i > 0 and doc[i - 1].lower_ in ROUTE_NOUNS:
        word = doc[i - 1].lower_  # "à destination des Houthis", "en provenance de l'Iran"
    elif word in function_words("of_markers") and i > 0 and doc[i - 1].lower_ in _region_nouns(doc.lang_):
        return marker_at(doc, i - 1)  # "dans l'est de la RDC", "in the north of Mali": where the part is
    return word


@cache
def _region_nouns(language: str) -> frozenset[str]:
    return words("actors", "region_nouns", language)


VERB_KINDS = ("forward", "reverse", "recipient_object", "seizure", "arrival")


def _not_the_senders(participle: Token, verb: Token) -> bool:
    """ "Poland is (became) the hub for weapons sent to Ukraine", "Israel criticized Russia over missiles sold
    to Iran": the subject of the clause a participle of transfer stands in says what it is or did, not who
    sent them (unless that clause moves or holds materiel itself, or the participle has its own subject:
    "the reports that it sold"); nor does one who seized them ("Greece intercepted a ship carrying explosives")."""
    if nominal_subjects(participle) or not _of_flows(participle):
        return False
    seizing = bool(
        word_forms(verb) & words("transfer", "verbs", verb.lang_, "seizure")
    )  # "intercepted a ship carrying"
    return verb.lemma_.lower() in COPULAS or seizing or not _of_flows(verb)


def _of_flows(verb: Token) -> bool:
    """A verb that moves, holds or runs materiel ("sent tanks, delivered in May", "Mali has tanks delivered
    by Russia", "the drones Laos used came from Vietnam"), whose subject may be the doer of a participle in
    its clause."""
    return bool(word_forms(verb) & _flow_words(verb.lang_))


@cache
def _flow_words(language: str) -> frozenset[str]:
    """The verbs `_of_flows` knows, built once per language (it runs for every participle trigger)."""
    moving = frozenset().union(*(words("transfer", "verbs", language, kind) for kind in VERB_KINDS))
    running = words("transfer", "flow_verbs", language) | words("transfer", "light_verbs", language)
    holding = words("grammar", "including_verbs", language) | words("grammar", "holding_verbs", language)
    return moving | running | holding


def head_chain(token: Token, limit: int = 8) -> Iterable[Token]:
    """The token's heads, up to the root of its sentence."""
    while token.head.i != token.i and limit:
        token = token.head
        limit -= 1
        yield token


def governs(trigger: Token, token: Token, allowed: set[int]) -> bool:
    """Whether `token` hangs off `trigger`, passing only through prepositions, determiners and the
    tokens in `allowed` (the materiel and units of the claim), not through other nouns or verbs."""
    for head in head_chain(token):
        if head.i == trigger.i:
            return True
        if head.i in allowed or head.pos_ in {"ADP", "DET", "NUM", "CCONJ", "PART"}:
            continue
        return False
    return False


def case_of(noun: Token) -> Token | None:
    """The preposition that introduces a noun: its head when the parser hangs the noun on it ("to" in "to
    Russia", English), else its own "case" child ("à" in "à la Russie", French)."""
    return noun.head if noun.dep_ == "pobj" else next((c for c in noun.children if c.dep_ == "case"), None)


def has_subject(token: Token) -> bool:
    """Whether a subject hangs on the token itself (a verb, however it was tagged)."""
    return any(c.dep_.startswith("nsubj") for c in token.children)


def acts_as_verb(token: Token) -> bool:
    """A verb, or a verb the tagger took for a noun or an adjective with a subject of its own ("L'Ukraine ne livre
    pas d'armes", "Bakou et Erevan ont paraphé")."""
    return token.pos_ in {"VERB", "AUX"} or any(c.dep_ in SUBJECT_DEPS for c in token.children)


def subject_of(trigger: Token) -> list[Token]:
    """The subjects of a verb, looking through "began supplying", "a recommencé à fournir" and, for a
    participle ("the rocket systems sent to Ukraine"), the clause it stands in, and for a gerund after "of"
    the one accused or suspected of it ("Russia is accused of supplying"); never the subject of a
    reporting verb ("the government revealed that ..."), except for a pronoun subject of what it reports
    ("the US announced it would send": "it" is the US)."""
    token: Token | None = trigger
    if trigger.dep_ in {"acl", "amod"} and agents_of(trigger):
        return []  # "the frigates ordered by Pakistan": the participle's doer is its agent, not a subject
    own = [s for s in nominal_subjects(trigger) if s.pos_ != "PRON"]  # "reports that Moscow had sold": a clause
    if trigger.dep_ in {"acl", "amod"} and not own:
        token = next((a for a in trigger.ancestors if a.pos_ in {"VERB", "AUX"}), None)
        if token is not None and _not_the_senders(trigger, token):
            return []
    for _ in range(4):
        if token is None:
            break
        subjects = nominal_subjects(token)
        if subjects:
            relative = any(s.lower_ in function_words("relative_words") for s in subjects)  # "North Korea, which has
            if all(s.pos_ == "PRON" for s in subjects) and not relative:  # sent troops": its antecedent, no speaker
                return _reporter(token, any("1" in s.morph.get("Person", []) for s in subjects)) or subjects
            return subjects
        lost = _coordinated_subject(token) or _inverted_speaker(token)
        if lost is not None:
            return [lost]
        if token.dep_ == "pcomp" and token.head.lower_ in {
            "of",
            "to",
            "for",
        }:  # "accused of supplying", "sanctioned for shipping"
            verb = token.head.head
            objects = [c for c in verb.children if c.dep_ in {"dobj", "obj"}]
            if objects and not is_passive(verb):
                return objects  # "Kyiv accused Moscow of supplying": Moscow supplied
            token = verb
            continue
        if token.dep_ == "pcomp" and token.head.lower_ in function_words("temporal_prepositions"):
            token = token.head.head if token.head.head.i != token.head.i else None
            continue  # "After receiving drones from Iran, Russia began": Russia received
        described = _described_by_participle(token)
        if described is not None:
            return [described]  # "processed by two Hong Kong firms, previously sanctioned for supplying"
        controlled = _for_subject(token)
        if controlled is not None:
            return [controlled]  # "Denmark will pay for Ukraine's armed forces to buy": the forces buy
        head = token.head
        controllers = [c for c in head.children if c.dep_ in {"obj", "dobj"} and c.i < token.i]
        if token.dep_ == "xcomp" and controllers and head.i != token.i and accusing(head):
            return controllers  # "Moscou accuse Kiev de fournir": Kiev supplies
        tellers = [s for s in nominal_subjects(head) if s.lower_ not in function_words("relative_words")]
        objects = [c for c in token.children if c.dep_ in {"dobj", "obj"}]
        tellers = tellers if objects else []  # not "les rebelles, que Kigali dit armer"
        if token.dep_ == "xcomp" and is_reporting(head) and head.dep_ in {"relcl", "acl:relcl"} and tellers:
            return [head.head]  # "a firm that OFAC said shipped chips": the firm shipped, OFAC tells
        shared = token.dep_ == "xcomp" or (token.dep_ in {"conj", "advcl", "ccomp"} and not is_reporting(head))
        shared = shared or _participle_under_its_auxiliary(token)
        climbs = shared and head.i != token.i
        token = head if climbs else None
    return []


def _for_subject(verb: Token) -> Token | None:
    """The noun after "for" right before an infinitive's "to" is its subject: "pay for Ukraine's forces to
    buy howitzers"."""
    to = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to"), None)
    if to is None or verb.head.i == verb.i:
        return None
    for marker in (c for c in verb.head.children if c.dep_ == "prep" and c.lower_ == "for"):
        noun = next((c for c in marker.children if c.dep_ == "pobj"), None)
        if noun is not None and max(t.i for t in noun.subtree) == to.i - 1:
            return noun
    return None


def _participle_under_its_auxiliary(token: Token) -> bool:
    """ "La Russie et la Chine ont toutes deux vendu": a participle the parser made the object of its own
    auxiliary, whose subject is the participle's."""
    participle = token.lower_.endswith(FRENCH_PARTICIPLE_ENDINGS)
    return participle and token.dep_ in {"obj", "obl", "obl:arg"} and token.head.lemma_ in {"avoir", "être"}


FRENCH_PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées", "i", "ie", "is", "ies", "u", "ue", "us", "ues", "ert", "erts")


def _described_by_participle(verb: Token) -> Token | None:
    """A past participle with no subject or auxiliary of its own describes its noun: "a Hong Kong firm
    sanctioned for shipping chips", or, set after a comma where the parser hung it on the verb before, the
    noun before the comma ("two Hong Kong firms, previously sanctioned for supplying chips")."""
    if "Part" not in verb.morph.get("VerbForm", []) or "Past" not in verb.morph.get("Tense", []):
        return None
    if any(c.dep_.startswith(("aux", "nsubj")) for c in verb.children):
        return None
    if verb.dep_ == "acl":
        return verb.head if verb.head.pos_ in {"NOUN", "PROPN"} else None
    if verb.dep_ != "advcl":
        return None
    i = verb.left_edge.i - 1
    if i < 1 or verb.doc[i].text != ",":
        return None
    noun = verb.doc[i - 1]
    return noun if noun.pos_ in {"NOUN", "PROPN"} else None


def _coordinated_subject(verb: Token) -> Token | None:
    """ "... participer à la réunion et Paris doit lui confirmer ...", "au Mali et la Chine a fourni": the
    name right after "et"/"and" before a verb the parser hung on the first clause is the subject of the
    second."""
    if verb.dep_ not in {"conj", "advcl", "ccomp", "xcomp"} and not any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None  # a verb the parser gave a clause as subject ("livré" subject of "fourni") is one too
    i = verb.i - 1
    while i > 0 and (verb.doc[i].pos_ == "AUX" or verb.doc[i].lower_ in CLITICS):
        i -= 1
    name = verb.doc[i]
    start = name.i
    while start > 0 and (verb.doc[start - 1].lower_ in DETERMINERS or verb.doc[start - 1].dep_ in NAME_PARTS):
        start -= 1
    if name.pos_ == "PROPN" and start > 0 and verb.doc[start - 1].lower_ in COORDINATORS:
        return name
    return None


def opens_clause(doc: Doc, end: int) -> bool:
    """Whether the name ending at `end` is followed by a finite verb with no subject of its own ("au Mali
    et la Chine a fourni des drones"): it is that verb's subject, whatever the parser hung it on, and not
    one more member of the list before it."""
    while end < len(doc) and doc[end].lower_ in CLITICS:  # "et l'Allemagne lui a envoyé"
        end += 1
    if end >= len(doc) or doc[end].pos_ not in {"VERB", "AUX"} or "Fin" not in doc[end].morph.get("VerbForm", []):
        return False
    verb = doc[end] if doc[end].pos_ == "VERB" or doc[end].head.i < end else doc[end].head
    return not nominal_subjects(verb)


def nominal_subjects(verb: Token) -> list[Token]:
    """The verb's subjects, less a verb the parser made its subject ("La Russie a livré ... et la Chine a
    fourni": "livré" is no subject of "fourni"); a clausal subject (csubj) stays."""
    return [c for c in verb.children if c.dep_ in SUBJECT_DEPS and not (c.pos_ == "VERB" and c.dep_ != "csubj")]


def _inverted_speaker(verb: Token) -> Token | None:
    """ "« ... », a assuré le ministère": a French verb of saying after the words it reports, its subject
    after it, which the parser takes for its object."""
    if not inverted_incise(verb):
        return None
    return next((c for c in verb.children if c.dep_ in {"obj", "dobj"} and c.i > verb.i), None)


def inverted_incise(verb: Token) -> bool:
    """A French verb of saying after the words it reports and a comma or a closing quote ("..., a indiqué
    le ministère"): its speaker follows it, whatever the parser hung before it."""
    if verb.lang_ != "fr" or not is_reporting(verb):
        return False
    i = verb.i - 1
    while i > 0 and verb.doc[i].pos_ == "AUX":
        i -= 1
    return verb.doc[i].text in {",", "»", "”", '"'}


def _reporter(token: Token, first_person: bool) -> list[Token]:
    """The subject of the reporting verb a clause depends on: the speaker a first-person pronoun stands for
    ("We have delivered ...," said the minister), and a third-person one when the speaker comes first ("the
    US announced it would send"; not "It has shipped shells, officials said": "it" is whom the article
    spoke of)."""
    for ancestor in token.ancestors:
        if is_reporting(ancestor):
            subjects = [c for c in ancestor.children if c.dep_ in SUBJECT_DEPS and c.pos_ != "PRON"]
            return [c for c in subjects if first_person or c.i < token.i]
    return []


def agents_of(trigger: Token) -> list[Token]:
    found = [c for c in trigger.children if c.dep_ in AGENT_DEPS]
    for child in trigger.children:
        if child.dep_.startswith("obl") and any(g.lower_ == "par" for g in child.children):
            found.append(child)
    return found


def mentions_under(sentence: Sentence, tokens: list[Token]) -> list[Mention]:
    """The mentions in the tokens' subtrees, less the names that stand apart (`_apart`) and what hangs on them."""
    found: list[Mention] = []
    for token in tokens:
        cut: set[int] = set()
        for sub in token.subtree:
            if sub != token and sub.i not in cut and _routed(sub):
                cut.update(t.i for t in sub.subtree)  # "delivered by air via the UAE": a route, not a doer
            mention = sentence.mention_of(sub) if sub.i not in cut else None
            if mention is None or mention in found:
                continue
            if sub != token and _apart(sentence, sub, mention):
                cut.update(t.i for t in sub.subtree)
            else:
                found.append(mention)
    return found


def _routed(token: Token) -> bool:
    """ "via the UAE", "via les Émirats": a place the materiel went through, after its marker."""
    markers = words("transfer", "route_markers", token.lang_)
    return token.lower_ in markers or any(c.dep_ == "case" and c.lower_ in markers for c in token.children)


def next_clause_subjects(sentence: Sentence, token: Token) -> set[int]:
    """The tokens under a name the parser hung on this phrase though it stands apart from it (`_apart`)."""
    cut: set[int] = set()
    for sub in token.subtree:
        mention = sentence.mention_of(sub) if sub.i not in cut and sub != token else None
        if mention is not None and _apart(sentence, sub, mention):
            cut.update(t.i for t in sub.subtree)
    return cut


def _apart(sentence: Sentence, token: Token, mention: Mention) -> bool:
    """A name the parser hung on a phrase it is no part of: the subject of the next clause ("avec l'Inde et
    la Russie a livré": Russia is no party of the first clause), or a state on another state."""
    return (token.dep_ == "conj" and opens_clause(sentence.doc, mention.token_end)) or _state_on_state(sentence, token)


def _state_on_state(sentence: Sentence, token: Token) -> bool:
    """ "commandées par le Pakistan à la Chine": a state the parser hung on another state (through a
    preposition) is no part of it but an actor of its own."""
    head = token.head
    while head.pos_ == "ADP" and head.head.i != head.i:
        head = head.head
    if token.dep_ in {"conj", "appos", "flat", "flat:name", "compound"} or head.i == token.i:
        return False
    mention, over = sentence.mention_of(token), sentence.mention_of(head)
    if mention is None or over is None or mention is over:
        return False
    return bool(mention.state and over.state) and mention.kind == over.kind == "country"


def is_passive(trigger: Token) -> bool:
    return any(c.dep_ in {"auxpass", "aux:pass", "nsubjpass", "nsubj:pass"} for c in trigger.children) or (
        "Pass" in trigger.morph.get("Voice", [])
    )
