"""Vessels named after the noun that says what they are: "the tanker Ocean Star", "le pétrolier Ocean Star".

The gazetteer knows some vessels by name; the NER reads others as a body, a person or a place. A name the NER
found right after a noun of vessel ("tanker", "pétrolier", past a quotation mark), with no state of its
own, is that vessel's name; so is a run of capitalised words the NER left unread there ("le pétrolier Sea
Star").
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from extractors.entities import Mention
from extractors.lexicon import function_words, words
from extractors.selection import calendar_words, covered
from graph.ids import entity_id

if TYPE_CHECKING:
    from spacy.tokens import Token

    from extractors.analysis import Sentence

RENAMED = {"organization", "person", "location"}  # "the tanker Sea Breeze", read as a place


def name_vessels(sentences: list[Sentence], language: str) -> None:
    """Make each name the NER found after a noun of vessel a vessel."""
    nouns = words("port_calls", "vessel_nouns", language)
    for sentence in sentences:
        sentence.mentions = [_as_vessel(sentence, m, nouns) for m in sentence.mentions]
        unread = _unread_names(sentence, nouns)
        if unread:
            sentence.mentions = sorted(sentence.mentions + unread, key=lambda m: m.start)  # stable: order kept


def _unread_names(sentence: Sentence, nouns: frozenset[str]) -> list[Mention]:
    """The vessels named by capitalised words right after a noun of vessel that no mention covers."""
    if not sentence.parsed or not sentence.has_form_in(nouns):
        return []  # a name is a proper noun, which only a parsed sentence has; and it follows a noun of vessel
    taken, found = covered(sentence.mentions, sentence.items), []
    for token in sentence.tokens:
        if not {token.lower_, token.lemma_.lower()} & nouns:
            continue
        apposed = _apposition_start(sentence, _past_adjectives(sentence, token.i + 1))
        start = end = _past_quotes(sentence, apposed or token.i + 1)
        while end < len(sentence.tokens) and _name_word(sentence.tokens[end]) and end not in taken:
            end += 1
        closed = not apposed or (end < len(sentence.tokens) and sentence.tokens[end].text == ",")
        if end > start and end not in taken and closed:  # a name the NER read in part ("Lady [Maria]") is left to it
            found.append(_vessel(sentence, start, end))
    return found


def _past_adjectives(sentence: Sentence, i: int) -> int:
    tokens = sentence.tokens
    if i + 1 < len(tokens) and tokens[i].lower_ in function_words("of_markers") and _a_complement(tokens[i + 1]):
        i += 2  # "le navire de débarquement russe Ivan Gren"
    demonyms = {t for m in sentence.mentions if m.form == "demonym" for t in range(m.token_start, m.token_end)}
    while i < len(tokens) and (tokens[i].pos_ == "ADJ" or i in demonyms):
        i += 1  # "un cargo russe, le Sun Rise"
    return i


def _apposition_start(sentence: Sentence, i: int) -> int | None:
    """Where a name set off after its noun starts: "a cargo ship, the Sun Rise, docked", "un cargo, le Sun Rise,"."""
    tokens = sentence.tokens
    if i + 1 < len(tokens) and tokens[i].text == "," and tokens[i + 1].lower_ in function_words("definite_articles"):
        return i + 2
    return None


def name_at(sentence: Sentence, token: Token) -> Mention | None:
    """The vessel named by the capitalised words around a token no mention covers ("The Lighthouse
    Winmore is believed to have transferred ...", a name the NER left unread), for a task that knows
    from what the name does that it is a ship."""
    taken = covered(sentence.mentions, sentence.items)
    if token.i in taken or not _name_word(token):
        return None
    start = end = token.i
    while start > 0 and _name_word(sentence.tokens[start - 1]) and start - 1 not in taken:
        start -= 1
    while end + 1 < len(sentence.tokens) and _name_word(sentence.tokens[end + 1]) and end + 1 not in taken:
        end += 1
    return _vessel(sentence, start, end + 1)


def _past_quotes(sentence: Sentence, i: int) -> int:
    while i < len(sentence.tokens) and sentence.tokens[i].is_quote:
        i += 1
    return i


def _name_word(token: Token) -> bool:
    """A word of a name: a proper noun, capitalised, no month or weekday ("the ship Monday")."""
    return (
        token.pos_ == "PROPN" and token.text[:1].isupper() and token.is_alpha and token.lower_ not in calendar_words()
    )


def _vessel(sentence: Sentence, start: int, end: int) -> Mention:
    span = sentence.doc[start:end]
    return Mention(
        entity_id=entity_id("vessel", span.text),
        kind="vessel",
        name=span.text,
        text=span.text,
        start=sentence.offset + span.start_char,
        end=sentence.offset + span.end_char,
        token_start=start,
        token_end=end,
        form="vessel word",
    )


def _as_vessel(sentence: Sentence, mention: Mention, nouns: frozenset[str]) -> Mention:
    if mention.kind == "port":
        return _port_in_a_name(sentence, mention, nouns)
    if mention.form != "ner" or mention.kind not in RENAMED or mention.state:
        return mention
    first, last = _listed(sentence, mention.token_start, mention.token_end)  # "the Sovershenny and the Gromky"
    i = first - 1
    while i >= 0 and sentence.doc[i].is_quote:
        i -= 1  # "the tanker 'Ocean Star'"
    closed = last < len(sentence.doc) and sentence.doc[last].text == ","
    if i > 1 and closed and _apposition_start(sentence, i - 1) == i + 1:
        i -= 2  # "a cargo ship, the Sun Rise, docked", "un cargo russe, le Sun Rise,"
        while i > 0 and sentence.doc[i].pos_ == "ADJ" and sentence.doc[i].lower_ not in nouns:
            i -= 1
    i = _past_qualifiers(sentence, i, nouns)  # "le navire (de débarquement) russe Alexandre Chabaline"
    if i < 0 or not {sentence.doc[i].lower_, sentence.doc[i].lemma_.lower()} & nouns:
        return mention
    return replace(mention, kind="vessel", entity_id=entity_id("vessel", mention.name), form="vessel word")


def _port_in_a_name(sentence: Sentence, mention: Mention, nouns: frozenset[str]) -> Mention:
    """ "the cargo ship Baltiysk Express": a port's name right after a noun of vessel and followed by more of a
    name is the vessel's name."""
    doc, start, end = sentence.doc, mention.token_start, mention.token_end
    if start == 0 or not {doc[start - 1].lower_, doc[start - 1].lemma_.lower()} & nouns:
        return mention
    while end < len(doc) and _name_word(doc[end]):
        end += 1
    return _vessel(sentence, start, end) if end > mention.token_end else mention


def _listed(sentence: Sentence, start: int, end: int) -> tuple[int, int]:
    """Where the list of names a name stands in starts and ends: "two corvettes, the Sovershenny and the Gromky,
    called at", "deux cargos, le Sparta et l'Ursa Major," (a name, a joiner and an article each). A list has
    an "and" or "et": "the Sparta IV, the TankerTrackers group said," names one ship."""
    doc, joiners = sentence.doc, function_words("pair_joiners") | {","}
    articles = function_words("definite_articles")
    first, last, used = start, end, []
    while first >= 3 and doc[first - 1].lower_ in articles and doc[first - 2].lower_ in joiners:
        if not _name_word(doc[first - 3]):
            break
        used.append(doc[first - 2].lower_)
        first -= 3
        while first > 0 and _name_word(doc[first - 1]):
            first -= 1
    while last + 2 < len(doc) and doc[last].lower_ in joiners and doc[last + 1].lower_ in articles:
        if not _name_word(doc[last + 2]):
            break
        used.append(doc[last].lower_)
        last += 3
        while last < len(doc) and _name_word(doc[last]):
            last += 1
    return (first, last) if any(j != "," for j in used) else (start, end)


def _a_complement(token: Token) -> bool:
    """A word that says what kind of vessel ("navire de débarquement", "bâtiment de guerre"): not a person's title
    ("le navire du capitaine Ivan Petrov", "the tanker of businessman X")."""
    return token.lower_ in words("port_calls", "vessel_complements", token.lang_)


def _past_qualifiers(sentence: Sentence, i: int, nouns: frozenset[str]) -> int:
    """Back over what qualifies a noun of vessel before the name: adjectives, a state's adjective, and one
    complement of the noun ("navire de débarquement russe", "landing ship"), to the noun."""
    doc = sentence.doc
    demonyms = {t for m in sentence.mentions if m.form == "demonym" for t in range(m.token_start, m.token_end)}

    def vessel_noun(k: int) -> bool:
        return bool({doc[k].lower_, doc[k].lemma_.lower()} & nouns)

    while i > 0 and (doc[i].pos_ == "ADJ" or i in demonyms) and not vessel_noun(i):
        i -= 1
    if i > 1 and _a_complement(doc[i]) and doc[i - 1].lower_ in function_words("of_markers") and not vessel_noun(i):
        i -= 2  # "navire de débarquement", "bâtiment de ravitaillement" (however the complement is tagged)
    return i
