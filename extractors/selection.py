"""Which sentences need the statistical models: a cheap first pass over tokens and gazetteer hits.

Tagging, parsing and NER cost most of an article's extraction; most sentences state no claim. A
sentence is parsed when it could: it has a word of transfer, calling, denial, agreement or reporting
(read by the first letters of the lexicons' words, so inflections need no lemmatiser) and someone
who could play a part (a state, a body, a person, a port, a vessel, or a pronoun for the last one).
Of the parsed sentences, NER (the costliest model) reads only those with a capitalised proper noun or
acronym that no gazetteer or materiel hit covers: only there can it find a name the gazetteers missed.
"""

from __future__ import annotations

from functools import cache, lru_cache
from itertools import pairwise

from spacy.tokens import Doc

from extractors.entities import ItemMention, Mention
from extractors.lexicon import function_words, lexicon, words
from extractors.names import is_acronym
from extractors.nlp import text_of, tokens_of

STEM = 5  # "livraison", "livrés", "livrer" share "livra"/"livré"... their first five letters, folded
PRONOUNS = function_words("pronouns")
MORE_WORDS, MORE_BEFORE = function_words("more_words"), function_words("more_before")
PLAYERS = {"country", "organization", "person", "port", "vessel", "agreement"}


def _stem(word: str) -> str:
    return word.lower().replace("é", "e").replace("è", "e").replace("ê", "e").replace("ç", "c")[:STEM]


def _lemmas(node: object) -> list[str]:
    """Every word of a lexicon subtree (lists and nested maps)."""
    if isinstance(node, dict):
        return [w for value in node.values() for w in _lemmas(value)]
    if isinstance(node, list):
        return [str(w) for w in node]
    return []


@cache
def cue_stems(language: str) -> frozenset[str]:
    """The first letters of every word that can start a claim or credit one, in a language."""
    calls = lexicon("port_calls")
    found: list[str] = list(transfer_stems(language))
    for key in ("verbs", "nouns", "vessel_nouns", "port_nouns", "irregular_forms"):
        found += [w for w in _lemmas((calls.get(key) or {}).get(language)) if not w.isupper()]  # not "INS", "USS"
    found += _lemmas(lexicon("denial")["words"][language])
    found += _lemmas(lexicon("agreements")["nouns"][language])
    found += _lemmas(lexicon("modality")["reported"][language])
    return frozenset(_stem(w) for w in found if len(w) >= 3)


@cache
def transfer_stems(language: str) -> frozenset[str]:
    """The first letters of the words that state a transfer by themselves (verbs, nouns, makers ...)."""
    transfer = lexicon("transfer")
    found: list[str] = []
    for kind in ("forward", "reverse", "recipient_object"):
        found += _lemmas((transfer["verbs"].get(language) or {}).get(kind))
    for key in ("nouns", "agent_nouns", "recipient_nouns", "origin_phrases", "irregular_forms", "phrasal"):
        found += _lemmas((transfer.get(key) or {}).get(language))
    found += _lemmas((transfer.get("licence_words") or {}).get(language))
    found += list((lexicon("tokens")["whole"].get(language) or {}).keys())  # "enverraient"
    return frozenset(_stem(w) for w in found if len(w) >= 3)


@cache
def materiel_stems(language: str) -> frozenset[str]:
    """The first letters of words that state a transfer only of materiel the sentence names: seized, found,
    arrived, stationed, fought beside, assembled ("Iranian drones reached Khartoum"), or who a state turns to for it
    ("Mali turned to Russia for weapons"): cues where there is materiel."""
    transfer = lexicon("transfer")
    found: list[str] = []
    for kind in ("seizure", "arrival"):
        found += _lemmas((transfer["verbs"].get(language) or {}).get(kind))
    keys = ("presence_verbs", "assembling_verbs", "materiel_irregular_forms", "relying_verbs", "expected_words")
    for key in (*keys, "fighting_verbs", "production_nouns"):  # "troops fought alongside", "helped build a plant"
        found += _lemmas((transfer.get(key) or {}).get(language))
    found += _lemmas(lexicon("grammar")["including_verbs"].get(language))  # "It includes 20 Bradleys"
    return frozenset(_stem(w) for w in found if len(w) >= 3)


@lru_cache(maxsize=1 << 16)
def _of_materiel(word: str, language: str) -> bool:
    stems = materiel_stems(language)
    return _stem(word) in stems or word[:4].lower() in stems


@cache
def calling_stems(language: str) -> frozenset[str]:
    """The first letters of the verbs and nouns of calling at a port."""
    calls = lexicon("port_calls")
    found = [w for key in ("verbs", "nouns", "irregular_forms") for w in _lemmas((calls.get(key) or {}).get(language))]
    return frozenset(_stem(w) for w in found if len(w) >= 3)


@lru_cache(maxsize=1 << 16)
def _of_calling(word: str, language: str) -> bool:
    stems = calling_stems(language)
    return _stem(word) in stems or word[:4].lower() in stems


@lru_cache(maxsize=1 << 16)
def _of_transfer(word: str, language: str) -> bool:
    stems = transfer_stems(language)
    return _stem(word) in stems or word[:4].lower() in stems


@lru_cache(maxsize=1 << 16)
def _cued(word: str, language: str) -> bool:
    """Whether a word starts like a cue: its first five letters, or a whole short cue ("ship", "arm")
    (kept per word: the same words come back sentence after sentence)."""
    stems = cue_stems(language)
    folded = _stem(word)
    return folded in stems or word[:4].lower() in stems or word[:3].lower() in stems


@lru_cache(maxsize=1 << 16)
def _names_vessel(word: str, language: str) -> bool:
    return _stem(word) in vessel_stems(language) or _stem(word.removesuffix("s")) in vessel_stems(language)


@lru_cache(maxsize=1 << 16)
def _names_port(word: str, language: str) -> bool:
    return _stem(word) in port_stems(language) or _stem(word.removesuffix("s")) in port_stems(language)


@cache
def vessel_stems(language: str) -> frozenset[str]:
    """Words for ships: an unnamed vessel is a player too ("un grand navire a été observé au port")."""
    return frozenset(_stem(w) for w in _lemmas(lexicon("port_calls")["vessel_nouns"].get(language)))


@cache
def port_stems(language: str) -> frozenset[str]:
    """Words for ports: with a word of calling, a port the gazetteer lacks ("the port of Mokpo")."""
    return frozenset(_stem(w) for w in _lemmas(lexicon("port_calls")["port_nouns"].get(language)))


def needs_parse(
    doc: Doc, mentions: list[Mention], items: list[ItemMention], after_parsed: bool, flow_near: bool = False
) -> bool:
    """Whether the models must read this sentence (the one before was parsed: pronouns may point back; one
    of the two before was: a figure may continue its flow)."""
    language, tokens = doc.lang_, tokens_of(doc)
    cued = any(_cued(t.text, language) for t in tokens if len(t.text) >= 3)
    if not cued and (items or (after_parsed and any(t.lower_ in PRONOUNS for t in tokens))):  # "They came from Iran"
        cued = any(_of_materiel(t.text, language) for t in tokens if len(t.text) >= 3)
    if not cued and any(i.category == "troops" for i in items):  # "Russian instructors are in Mali"
        cued = any(t.lower_ in words("transfer", "presence_copulas", language) for t in tokens)
    if after_parsed and (_more_opening(tokens) or _more_of_a_kind(tokens, items, language)):
        return True  # "Another 20 will follow next year": more of the flow before
    if not cued:
        return after_parsed and _measured(tokens) and _measure_named(tokens, language)  # "la quantité a doublé"
    players = any(m.kind in PLAYERS for m in mentions) or any(_names_vessel(t.text, language) for t in tokens)
    if players:
        return True
    if any(_names_port(t.text, language) for t in tokens) and any(_of_calling(t.text, language) for t in tokens):
        return True  # "unloaded at the port of Mokpo": a port the gazetteer lacks, and a word of calling
    text = text_of(doc).lower()
    if any(p in text for p in both_parties(language)):  # "les deux pays"
        return True
    introducing = len(doc) > 0 and doc[-1].text == ":"  # "documentés par des enquêtes :" credits a list
    figured = any(t.like_num for t in tokens) and any(_of_transfer(t.text, language) for t in tokens)
    if introducing or not after_parsed:  # "Environ 110 tonnes ont été exportées": a flow continued with its
        return introducing or (flow_near and figured and _measured(tokens))  # measure, two sentences on
    anaphors = words("transfer", "item_anaphors", language)  # "Les premiers appareils seront livrés"
    anaphors |= _pointing_back(language)  # "Two officials confirmed the information": it credits the one before
    if any(t.lower_ in PRONOUNS or t.lower_ in anaphors for t in tokens) or items:
        return True
    if _agreement_named_again(tokens, language) or _flow_named_again(tokens, language):
        return True
    return figured


@cache
def _pointing_back(language: str) -> frozenset[str]:
    """The words by which a reporting sentence points back at the one before ("the information", "cela")."""
    return frozenset(str(w).lower() for w in lexicon("sources")["back_references"][language]["objects"])


@cache
def _units() -> frozenset[str]:
    return frozenset(str(w).lower() for words in lexicon("quantities")["units"].values() for w in words)


def _measured(tokens: list) -> bool:
    """A number followed by a unit of measure or count ("110 tonnes", "300 barils")."""
    return any(a.like_num and b.lower_ in _units() for a, b in pairwise(tokens))


def _more_opening(tokens: list) -> bool:
    """A number and a word of "more" open the sentence: "Another 20", "Twenty more", "Vingt autres"."""
    opening = [t.lower_ for t in tokens[:4]]
    for k, token in enumerate(tokens[:3]):
        after = opening[k + 1 : k + 3]
        more_after = bool(after) and (after[0] in MORE_WORDS or " ".join(after) in MORE_WORDS)
        if token.like_num and ((k > 0 and opening[k - 1] in MORE_BEFORE) or more_after):
            return True
    return False


def _more_of_a_kind(tokens: list, items: list[ItemMention], language: str) -> bool:
    """A word of "more" opens the sentence before a word for materiel: "More aircraft are expected",
    "Another batch is due", "D'autres appareils sont attendus", "Un second lot doit suivre"."""
    more = words("grammar", "more_of_a_kind", language)
    kinds = words("transfer", "item_anaphors", language) | words("transfer", "load_nouns", language)
    opening = [t.lower_.removeprefix("d'") for t in tokens[:4]]
    if any(w in words("grammar", "remainder_nouns", language) for w in opening[:2]):
        return True  # "The rest of the order is due in 2027"
    if not any(w in more for w in opening[:2]):
        return False
    return any(w in kinds for w in opening[1:]) or any(i.token_start < 4 for i in items)


def _measure_named(tokens: list, language: str) -> bool:
    """A word of measure ("la quantité", "the volume") that may take up the flow of the sentence before."""
    return any(t.lower_ in words("transfer", "measure_nouns", language) for t in tokens)


def _agreement_named_again(tokens: list, language: str) -> bool:
    """ "The agreement allows ...", "L'accord prévoit ...": an agreement the sentences before named."""
    nouns = words("agreements", "nouns", language)
    return any(a.lower_ in POINTING and b.lower_.removesuffix("s") in nouns for a, b in pairwise(tokens))


POINTING = function_words("pointing_determiners") | function_words("demonstratives")
FLOW_POINTING = POINTING | {"these", "those", "les", "ces"}  # "The deliveries continued", "Ces livraisons"


def _flow_named_again(tokens: list, language: str) -> bool:
    """ "The deliveries continued in April", "Ces livraisons se sont poursuivies": the flow named before."""
    flows = words("transfer", "flows_named_again", language)
    return any(a.lower_ in FLOW_POINTING and b.lower_ in flows for a, b in pairwise(tokens))


@cache
def both_parties(language: str) -> tuple[str, ...]:
    """Words for the two states an article has been talking about ("les deux pays", "both sides")."""
    return tuple(str(p).lower() for p in lexicon("agreements")["both_parties"].get(language) or [])


@cache
def calendar_words() -> frozenset[str]:
    """Month and weekday names (and their abbreviations): capitalised in English, never a name."""
    times = lexicon("times")
    return frozenset(str(w).lower() for key in ("months", "weekdays") for ws in times[key].values() for w in ws)


def covered(mentions: list[Mention], items: list[ItemMention]) -> set[int]:
    """The tokens a gazetteer or materiel hit covers."""
    taken = {i for m in mentions for i in range(m.token_start, m.token_end)}
    return taken | {i for item in items for i in range(item.token_start, item.token_end)}


def needs_ner(doc: Doc, taken: set[int]) -> bool:
    """Whether NER could add a name to a tagged sentence. `names.looks_like_name` keeps only spans of
    capitalised words, none of them covered, with a proper noun or an acronym among them, or two
    names of a person: a sentence without such a word has nothing for NER (months and weekdays aside)."""
    free = [
        t
        for t in tokens_of(doc)
        if t.i not in taken and t.text[:1].isupper() and t.lower_.rstrip(".") not in calendar_words()
    ]
    if any(t.pos_ in {"PROPN", "X"} or is_acronym(t.text) for t in free):
        return True
    return any(b.i - a.i in {1, 2} and a.is_alpha and b.is_alpha for a, b in pairwise(free))


# What a claim is about, named in an article that can state one (`claim_sentences`): materiel (any item, troops,
# funds and goods among them), a port, a vessel or an agreement by name, words that stand for materiel or
# its giving on their own ("arming", "military", "training"), or a ship with a word of calling; and, where
# the article names a state or a body, a word of agreement or denial or a sum of money given. An article
# that names none of these anywhere (a storm, a football match, an interest rate) states no claim whatever
# its other words, and no sentence of it goes to the models; one that names only the latter states at most
# an agreement, a denial or a sum given, in the sentences that name them.
ANCHOR_KINDS = {"port", "vessel", "agreement"}
PARTY_KINDS = {"country", "organization"}
ENDINGS = {"en": ("", "s", "d", "ed", "ing"), "fr": ("", "s")}
FRENCH_VERB_ENDINGS = ("er", "e", "es", "ent", "é", "és", "ée", "ées", "ant", "era", "eront", "erait", "eraient", "ait")


def _inflected(found: list[str], language: str) -> frozenset[str]:
    """The words with the endings they may take ("arm": "armed", "arming"; "former": "formé", "formeront"):
    no lemmatiser runs before the models."""
    forms = {w + ending for w in found for ending in ENDINGS[language]}
    if language == "en":  # "complies", "complied"; "describing"
        forms |= {w[:-1] + e for w in found if w.endswith("y") for e in ("ies", "ied")}
        forms |= {w[:-1] + "ing" for w in found if w.endswith("e")}
    if language == "fr":
        forms |= {w[:-2] + ending for w in found if w.endswith("er") for ending in FRENCH_VERB_ENDINGS}
    return frozenset(forms)


@cache
def anchor_forms(language: str) -> frozenset[str]:
    """Words that name materiel or its giving without an item."""
    found = [*words("grammar", "military_words", language), *words("transfer", "arming_verbs", language)]
    return _inflected([*found, *words("transfer", "training_verbs", language)], language)


@cache
def party_anchor_forms(language: str) -> frozenset[str]:
    """Words that state a claim about the states or bodies an article names: agreements ("pacts"), denials
    (the lexicon's forms as listed: "called" but not "calling"), a state keeping to its controls."""
    nouns = words("agreements", "nouns", language)
    found = {*nouns, *(n + "s" for n in nouns), *words("denial", "characterising", language, "words")}
    for key in ("lemmas", "cues"):
        found |= {str(w).lower() for w in lexicon("denial")["words"][language].get(key) or []}
    return frozenset(found) | _inflected(list(words("denial", "complying", "verbs", language)), language)


@cache
def _money_words() -> frozenset[str]:
    quantities = lexicon("quantities")
    return frozenset(str(w).lower() for unit in quantities["money_units"] for w in quantities["units"][unit])


def claim_sentences(sentences: list[tuple[Doc, list[Mention], list[ItemMention]]]) -> set[int] | None:
    """Which sentences of an article may state a claim: all of them (None) when the article names what a
    claim could be about (above); else, where it names a state or a body, those with a word of agreement
    or denial or a sum given, and the sentence before each, which may name the parties; else none."""
    if any(_anchors(doc, mentions, items) for doc, mentions, items in sentences):
        return None
    if not any(m.kind in PARTY_KINDS for _, mentions, _ in sentences for m in mentions):
        return set()
    found = [i for i, (doc, _, _) in enumerate(sentences) if _anchors_for_parties(doc)]
    return {*found, *(i - 1 for i in found if i > 0)}


def _anchors(doc: Doc, mentions: list[Mention], items: list[ItemMention]) -> bool:
    if items or any(m.kind in ANCHOR_KINDS for m in mentions):
        return True
    language, tokens = doc.lang_, tokens_of(doc)
    if any(t.lower_ in anchor_forms(language) for t in tokens):
        return True
    return any(_names_vessel(t.text, language) for t in tokens) and any(_of_calling(t.text, language) for t in tokens)


def _anchors_for_parties(doc: Doc) -> bool:
    """ "the pact the two signed", "Moscow called the reports baseless", "Japan will provide $300 million"."""
    language, tokens = doc.lang_, tokens_of(doc)
    if any(t.lower_ in party_anchor_forms(language) for t in tokens):
        return True
    given = any(_of_transfer(t.text, language) for t in tokens if len(t.text) >= 3)
    return given and any(t.lower_ in _money_words() for t in tokens)
