"""Personnel sent abroad, told by where they now are.

    une centaine de militaires russes sont arrivés à Ouagadougou      Russia -> Burkina Faso, troops
    Turkish instructors are stationed in Libya                         Turkey -> Libya, troops
    des troupes russes sont déjà présentes au Mali                    Russia -> Mali, troops

The troops' state (a demonym or possessive on them, or "from X" with them) supplies; the state where
they arrive or stand receives (named after "à", "in", "au" ... with the verb). Never in a sentence
about fighting: troops that invade or attack a state are no transfer to it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from extractors.analysis import Sentence
from extractors.entities import ItemMention, Mention
from extractors.inflection import word_forms
from extractors.lexicon import function_words, words
from extractors.tasks.roles import case_of, governs, marker_before
from extractors.tasks.transfer.actors import actors
from extractors.tasks.transfer.roles import Roles, site_placed

TROOPS = "troops"
AFTER = 4  # tokens after the troops where their verb may stand when the parse lost it
CLIMB = 3  # steps from the troops' noun up to the verb ("une centaine de militaires ... sont arrivés")


@dataclass(frozen=True)
class Presence:
    supplier: Mention
    recipient: Mention
    item: ItemMention
    verb: Token


@cache
def _words(language: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    return (
        words("transfer", "presence_verbs", language),
        words("transfer", "presence_markers", language),
        words("transfer", "hostility", language),
    )


def presences(sentence: Sentence) -> list[Presence]:
    """Troops whose state sent them where the sentence says they arrived or stand, or beside whom they fight."""
    verbs, markers, hostile = _words(sentence.doc.lang_)
    found = _fighting_beside(sentence)
    if sentence.has_form_in(hostile):
        return found
    for item in (i for i in sentence.items if i.category == TROOPS and not adjectival_troops(sentence, i)):
        verb = _verb_of(sentence, item, verbs)
        supplier = _their_state(sentence, item) if verb is not None else None
        if verb is None or supplier is None:
            continue
        allowed = set(range(item.token_start, item.token_end))
        for mention in actors(sentence):
            root = mention.span(sentence.doc).root
            placed = mention.token_start > verb.i and marker_before(sentence, mention) in markers
            where = governs(verb, root, allowed) or (verb.dep_ == "cop" and root.i == verb.head.i)
            where = where or _at_a_site_in(verb, root, markers)
            if placed and where and mention.state and mention.state != supplier.state:
                found.append(Presence(supplier, mention, item, verb))
                break
    return found


def _at_a_site_in(verb: Token, place: Token, markers: frozenset[str]) -> bool:
    """ "based at Meiktila air base in Myanmar", "stationnés sur une base au Mali": the state of the site."""
    site = site_placed(place)
    if site is None or site.lemma_.lower() not in words("transfer", "site_nouns", verb.lang_):
        return False
    case = case_of(site)
    at = markers | function_words("site_markers")
    return case is not None and case.lower_ in at and governs(verb, site, {site.i, case.i})


def _fighting_beside(sentence: Sentence) -> list[Presence]:
    """ "4 000 soldats rwandais auraient combattu aux côtés des rebelles du M23", "North Korean troops fought
    alongside Russian forces": the troops' state sent them to the side they fight for."""
    language = sentence.doc.lang_
    fighting, markers = words("transfer", "fighting_verbs", language), words("transfer", "beside_markers", language)
    found = []
    for item in (i for i in sentence.items if i.category == TROOPS and not adjectival_troops(sentence, i)):
        verb = sentence.doc[item.token_start : item.token_end].root.head
        supplier = _their_state(sentence, item)
        if supplier is None or not word_forms(verb) & fighting or not verb.i > item.token_start:
            continue
        for mention in actors(sentence):
            beside = mention.token_start > verb.i and _marked_by(sentence, mention, markers)
            if beside and mention.state != supplier.state and _under(verb, mention.span(sentence.doc).root):
                found.append(Presence(supplier, mention, item, verb))
                break
    return found


def _under(verb: Token, root: Token) -> bool:
    """The word hangs on the verb through nouns and prepositions only ("aux côtés des rebelles du M23")."""
    for head in root.ancestors:
        if head.i == verb.i:
            return True
        if head.pos_ in {"VERB", "AUX"}:
            return False
    return False


def _marked_by(sentence: Sentence, mention: Mention, markers: frozenset[str]) -> bool:
    """ "alongside Russian forces", "aux côtés des rebelles du M23": a marker just before the side."""
    before = {t.lower_ for t in sentence.doc[max(0, mention.token_start - 4) : mention.token_start]}
    return bool(before & markers)


def adjectival_troops(sentence: Sentence, item: ItemMention) -> bool:
    """ "des liens militaires": one word for personnel used as an adjective names none (the small models tag
    other one-word materiel as adjectives too often to ask it of them: "du charbon"). Right after an article
    or a figure it is the noun however tagged: "des instructeurs turcs", "300 advisers"."""
    one_word = item.token_end - item.token_start == 1
    if item.category != TROOPS or not one_word:
        return False
    token = sentence.doc[item.token_start]
    before = sentence.doc[token.i - 1] if token.i > 0 else None
    if before is not None and (
        before.pos_ in {"DET", "NUM"} or before.like_num or before.lower_ in function_words("partitives")
    ):  # a figure however tagged: "Environ 200 instructeurs", "200" read as a pronoun
        return False  # "des instructeurs", "l'arrivée d'instructeurs russes": a noun, however tagged
    after_noun = token.i > 0 and sentence.doc[token.i - 1].pos_ == "NOUN" and token.dep_ in {"amod", "nmod"}
    return token.pos_ == "ADJ" or (after_noun and token.lang_ == "fr")  # "à des fins militaires"


def _verb_of(sentence: Sentence, item: ItemMention, verbs: frozenset[str]) -> Token | None:
    """The verb of arriving or standing whose subject the troops are (through a quantity noun), or, where
    the parse is lost, the one right after them ("des instructeurs russes sont présents")."""
    token = sentence.doc[item.token_start : item.token_end].root  # "techniciens", not "militaires" after it
    for _ in range(CLIMB):
        if token.dep_.startswith("nsubj") and word_forms(token.head) & verbs:
            said = [c for c in token.head.children if c.dep_ == "acomp" and word_forms(c) & verbs]
            return said[0] if said else token.head  # "are present in Niger": "present" holds the place
        copula = _copula(token.head) if token.dep_.startswith("nsubj") else None
        if copula is not None:
            return copula  # "des soldats nord-coréens sont en Russie": the place is the head
        if token.head.i == token.i or token.dep_ not in {"nmod", "nsubj", "nsubj:pass", "nsubjpass", "pobj", "prep"}:
            break
        token = token.head
    steps = 0
    for token in sentence.doc[item.token_end :]:
        if word_forms(token) & verbs and token.pos_ in {"VERB", "ADJ"}:
            return token
        if _body_of(sentence, token):
            continue  # "des militaires de l'Africa Corps sont arrivés"
        steps += 1
        if steps > AFTER or (token.pos_ not in {"AUX", "ADV", "ADJ", "PART"} and not _demonym(sentence, token)):
            return None
    return None


def _body_of(sentence: Sentence, token: Token) -> bool:
    """A word of "de l'Africa Corps" after the troops: the body acting for a state they belong to."""
    mention = sentence.mention_of(token)
    return _of_link(token) or (mention is not None and mention.kind == "organization" and bool(mention.state))


def _of_link(token: Token) -> bool:
    return token.lower_ in function_words("of_markers") | function_words("articles")


def _copula(place: Token) -> Token | None:
    """The "être" of a place the parser made the head of its clause ("sont en Russie")."""
    case = any(c.dep_ == "case" for c in place.children)
    return next((c for c in place.children if c.dep_ == "cop" and c.lemma_ == "être"), None) if case else None


def _demonym(sentence: Sentence, token: Token) -> bool:
    """ "turcs" in "des instructeurs turcs", however the parse tagged it."""
    mention = sentence.mention_of(token)
    return mention is not None and mention.form == "demonym"


def _their_state(sentence: Sentence, item: ItemMention) -> Mention | None:
    """ "militaires russes", "Russia's instructors", "Turkish troops": the state (or a body acting for it)
    qualifying the troops."""
    span = range(item.token_start, item.token_end)
    for mention in sentence.mentions:
        root = mention.span(sentence.doc).root
        if mention.state and mention.kind in {"country", "organization"} and (root.head.i in span or root.i in span):
            return mention  # "militaires russes", "militaires de l'Africa Corps" (a body acting for its state)
        near = 0 <= item.token_start - mention.token_end <= 2 or 0 <= mention.token_start - item.token_end <= 1
        if mention.state and near and mention.form == "demonym":
            return mention  # "Turkish military instructors", "des instructeurs russes" (however they are parsed)
        if mention.state and mention.kind == "organization" and _of_between(sentence, item.token_end, mention):
            return mention  # "militaires de l'Africa Corps", however parsed
    return None


def _of_between(sentence: Sentence, end: int, mention: Mention) -> bool:
    """Only "of", "de" and an article stand between the troops and the body named after them."""
    between = sentence.doc[end : mention.token_start]
    return 0 < len(between) <= 2 and all(map(_of_link, between))


def drop_their_origin(sentence: Sentence, items: list[ItemMention], roles: Roles) -> None:
    """ "mercenaries from Syria were transferred to Azerbaijan": where people come from is not who sent them."""
    troops = {t for i in items if i.category == TROOPS for t in range(i.token_start, i.token_end)}
    if not troops:
        return
    roles.suppliers = [m for m in roles.suppliers if not _said_of(sentence, m, troops)]


def _said_of(sentence: Sentence, mention: Mention, tokens: set[int]) -> bool:
    head = mention.span(sentence.doc).root.head
    return head.pos_ == "ADP" and head.head.i in tokens
