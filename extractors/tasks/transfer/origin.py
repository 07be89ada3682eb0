"""Transfers told by where materiel was made and who holds it.

    Russia's Iranian-made drones                 Iran supplied drones to Russia
    les drones de fabrication iranienne de la Russie

The maker is a state named with a word of making ("-made", "-built", "de fabrication"); the holder
a possessive on the materiel ("Russia's", "de la Russie") or the doer of its use ("used by Russia",
"tirés par la Russie"). Both must be named: an item of foreign make with no holder says nothing about
a transfer.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from extractors.analysis import Sentence
from extractors.entities import ItemMention, Mention
from extractors.inflection import word_forms
from extractors.lexicon import words
from extractors.qualifiers.stance import is_negated
from extractors.tasks.roles import AGENT_MARKERS

WINDOW = 4
MAKER_REACH = 6  # "produced by firms in South Korea", "fabriqués en Russie"


@dataclass(frozen=True)
class Origin:
    maker: Mention
    holder: Mention
    item: ItemMention
    anchor: int  # the token of the word of making


def _state_at(sentence: Sentence, index: int) -> Mention | None:
    doc = sentence.doc
    if not 0 <= index < len(doc):
        return None
    mention = sentence.mention_of(doc[index])
    return mention if mention is not None and mention.state else None


def _maker_before(sentence: Sentence, item: ItemMention, made: frozenset[str]) -> tuple[Mention, int] | None:
    """ "Iranian-made drones", "North Korean-built missiles"."""
    doc = sentence.doc
    for i in range(item.token_start - 1, max(-1, item.token_start - WINDOW), -1):
        if doc[i].lower_ in made and i >= 2 and doc[i - 1].text == "-":
            maker = _state_at(sentence, i - 2)
            if maker:
                return maker, i
    return None


def _maker_after(sentence: Sentence, item: ItemMention, made: frozenset[str]) -> tuple[Mention, int] | None:
    """ "drones de fabrication iranienne", "missiles of North Korean make"."""
    doc = sentence.doc
    nouns = words("transfer", "origin_nouns", doc.lang_)
    others = {t for i in sentence.items if i.token_start >= item.token_end for t in range(i.token_start, i.token_end)}
    for i in range(item.token_end, min(len(doc), item.token_end + WINDOW)):
        if i in others:
            return None  # "drones with missiles supplied by Germany": the words are on the other materiel
        if doc[i].lower_ in nouns:  # "of North Korean make": the state before the noun
            before = [m for j in range(item.token_end, i) if (m := _state_at(sentence, j))]
            if before:
                return before[-1], i
        if doc[i].lower_ in made:
            for j in range(i + 1, min(len(doc), i + MAKER_REACH)):
                if doc[j].is_punct or (doc[j].pos_ == "VERB" and j > i + 1):
                    break
                maker = _state_at(sentence, j)
                if maker:
                    return maker, i
    return None


def _holder(sentence: Sentence, item: ItemMention, start: int) -> Mention | None:
    """ "Russia's" just before the item's phrase (not before the verb: "Lebanon's Hezbollah received drones")."""
    doc = sentence.doc
    for i in range(start - 1, max(-1, start - WINDOW), -1):
        if doc[i].pos_ in {"VERB", "AUX"}:
            return None
        if doc[i].lower_ in {"'s", "'"} and i > 0:
            return _state_at(sentence, i - 1)
    return None


def _named_after(sentence: Sentence, start: int, participles: frozenset[str]) -> Mention | None:
    """The state after a participle and "by" that follows the materiel: "drones supplied by Iran",
    "missiles fired by Russia", "utilisés par la Russie"."""
    doc = sentence.doc
    for i in range(start, min(len(doc) - 1, start + WINDOW)):
        if doc[i].is_punct:
            return None
        if doc[i].lower_ in participles and doc[i + 1].lower_ in AGENT_MARKERS:
            return next(filter(None, (_state_at(sentence, j) for j in range(i + 2, min(len(doc), i + 5)))), None)
    return None


def _user(sentence: Sentence, item: ItemMention) -> Mention | None:
    """The state that is the subject of a verb of using the item: "Kenya launched Turkish-supplied drones",
    "Kenya's navy commissioned its Chinese-built frigate", "l'armée malienne utilise des drones de fabrication
    turque". Not where materiel is taken ("Ukraine uses captured Russian-made tanks")."""
    language = sentence.doc.lang_
    if sentence.has_form_in(words("transfer", "verbs", language, "seizure")):
        return None
    verb = _verb_of_object(_root_of(sentence, item))
    if verb is None or not word_forms(verb) & words("transfer", "using_verbs", language) or is_negated(verb):
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return next(filter(None, (_state_at(sentence, t.i) for s in subjects for t in s.subtree)), None)


def _root_of(sentence: Sentence, item: ItemMention) -> Token:
    """The item's syntactic head, taken back to the first of the items listed with it."""
    span = sentence.doc[item.token_start : item.token_end]
    token = span.root
    while True:
        counted = _counted_by(token)
        if token.dep_ == "conj" and token.head.i < token.i:
            token = token.head
        elif counted is not None:
            token = counted
        else:
            return token


def _counted_by(token: Token) -> Token | None:
    """The count or lot the item is of: "dozens of drones", "un lot de drones"."""
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.pos_ in {"NOUN", "NUM"}:
        return token.head.head
    if token.dep_ == "nmod" and token.head.pos_ in {"NOUN", "NUM"} and any(c.lower_ == "de" for c in token.children):
        return token.head
    return None


def _verb_of_object(token: Token) -> Token | None:
    """The verb whose object the token is: "launched drones", "relied on its fighters", "s'appuie sur ses
    drones"."""
    if token.dep_ in {"dobj", "obj"}:
        return token.head
    if token.dep_ == "pobj" and token.head.dep_ == "prep" and token.head.lower_ == "on":
        return token.head.head
    if token.dep_ == "obl" and any(c.dep_ == "case" and c.lower_ == "sur" for c in token.children):
        return token.head
    return None


def origins(sentence: Sentence) -> list[Origin]:
    made = words("transfer", "origin_phrases", sentence.doc.lang_)
    using = words("transfer", "using_participles", sentence.doc.lang_)
    found = []
    for item in sentence.items:
        maker = _maker_before(sentence, item, made) or _maker_after(sentence, item, made)
        if maker is None:
            continue
        start = maker[1] - 2 if maker[1] < item.token_start else item.token_start
        after = max(item.token_end, maker[0].token_end)
        holder = _holder(sentence, item, start) or _named_after(sentence, after, using) or _user(sentence, item)
        if holder and holder.state != maker[0].state:
            found.append(Origin(maker=maker[0], holder=holder, item=item, anchor=maker[1]))
    return found


def held_by_other(sentence: Sentence, item: ItemMention, parties: set[str]) -> bool:
    """The item is someone else's ("defend against Russia's drones"): not what the parties exchange."""
    made = words("transfer", "origin_phrases", sentence.doc.lang_)
    maker = _maker_before(sentence, item, made)
    start = maker[1] - 2 if maker else item.token_start
    holder = _holder(sentence, item, start)
    return holder is not None and holder.state not in parties


def origin_maker(sentence: Sentence, item: ItemMention) -> Mention | None:
    """The state an item is said to be made by ("North Korean-made rockets", "drones de fabrication iranienne",
    "the shells ... were made in South Korea")."""
    made = words("transfer", "origin_phrases", sentence.doc.lang_)
    found = _maker_before(sentence, item, made) or _maker_after(sentence, item, made)
    return found[0] if found else _made_as_predicate(sentence, item, made)


def _made_as_predicate(sentence: Sentence, item: ItemMention, made: frozenset[str]) -> Mention | None:
    """ "The shells Ukraine received were made in South Korea", "les obus ... ont été fabriqués en Corée
    du Sud": the item is the subject of a passive verb of making, the state in its complement."""
    head = sentence.doc[item.token_end - 1]
    verb = head.head
    if head.dep_ not in {"nsubjpass", "nsubj:pass"} or verb.lower_ not in made:
        return None
    return next(filter(None, (_state_at(sentence, t.i) for t in verb.subtree if t.i > verb.i)), None)


def giver_after(sentence: Sentence, item: ItemMention) -> Mention | None:
    """The state a participle on the item says gave it: "deux hélicoptères offerts par la Russie", "drones
    supplied by Iran"."""
    return _named_after(sentence, item.token_end, words("transfer", "giving_participles", sentence.doc.lang_))
