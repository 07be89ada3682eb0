"""Ports the gazetteer lacks, named by the word for a port next to them.

    after leaving the South Korean port of Yeosu          "port of" + a capitalised name: port Yeosu
    when it left Yeosu on Oct. 15                         the same name later in the article: port Yeosu
    la base navale de Simon's Town, Mokpo port            "base navale de" + name, name + "port"

A name is one to three capitalised words (joined by "-" or "'s"), none of them a state, a body, a
person or a vessel the sentence already names, nor a month or a weekday; before the port word
("Mokpo port") every word must be a proper noun the gazetteers do not know ("the Black Sea port of
Novorossiysk" names Novorossiysk, never "Black Sea"), and no name with a word of region ("Vostochny
Port in Russia's Far East"). A place the statistical NER labelled a location there becomes the port.
After "port of" / "port de", a state's capital names the city's port ("le port de Dakar"), in that
place only: elsewhere "Dakar" still stands for Senegal.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache, partial
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from extractors.entities import Mention
from extractors.gazetteer import gazetteer
from extractors.inflection import is_word
from extractors.lexicon import words
from extractors.selection import calendar_words
from graph.ids import entity_id, normalize_name

if TYPE_CHECKING:
    from extractors.analysis import Sentence

SUBJECTS = {"nsubj", "nsubj:pass", "nsubjpass"}
MAX_NAME_WORDS = 3
LINK_REACH = 6  # tokens after a verb of docking where the word linking it to the port may stand
JOINERS = {"-", "'s"}
NOT_A_PORT = {"country", "organization", "person", "vessel", "agreement"}


@cache
def _port_words(language: str) -> tuple[tuple[str, ...], ...]:
    """The port words as token sequences, longest first."""
    found = {tuple(w.split()) for w in words("port_calls", "port_words", language)}
    return tuple(sorted(found, key=len, reverse=True))


@cache
def _city_ports() -> dict[str, str]:
    """The gazetteer's ports named after their city ("Port of Vladivostok", "Vladivostok port"), by the
    city's name."""
    found: dict[str, str] = {}
    port_words = {w for language in ("en", "fr") for w in words("port_calls", "port_words", language)}
    links = {w for language in ("en", "fr") for w in words("port_calls", "naming_links", language)}
    for entry in gazetteer().entries.values():
        for form in entry.forms if entry.kind == "port" and entry.category == "port" else []:
            lowered = form.text.lower()
            for word in port_words:
                city = lowered.removesuffix(f" {word}")
                for link in links:
                    city = city.removeprefix(f"{word} {link} ")
                if city != lowered:
                    found.setdefault(normalize_name(city), entry.name)
    return found


def city_port(name: str) -> str | None:
    """The name of the port the gazetteer knows for a city named so."""
    port = _city_ports().get(normalize_name(name))
    return port if port is not None and normalize_name(port) != normalize_name(name) else None


def _is_name_word(doc: Doc, i: int, taken: set[int]) -> bool:
    token = doc[i]
    return (
        token.text[:1].isupper()
        and any(c.isalpha() for c in token.text)
        and i not in taken
        and not token.is_stop
        and token.lower_.rstrip(".") not in calendar_words()
    )


def _joins(doc: Doc, i: int) -> bool:
    """ "-" in "Ust-Luga", "'s" in "Simon's Town" (French tokens: "Simon'" "s")."""
    return doc[i].lower_ in JOINERS or (doc[i].lower_ == "s" and i > 0 and doc[i - 1].text.endswith("'"))


def _name_after(doc: Doc, start: int, taken: set[int]) -> tuple[int, int] | None:
    """The capitalised name starting at `start`: "Yeosu", "Simon's Town", "Ust-Luga"."""
    end, count = start, 0
    while end < len(doc) and count < MAX_NAME_WORDS and _is_name_word(doc, end, taken):
        end, count = end + 1, count + 1
        if end + 1 < len(doc) and _joins(doc, end) and _is_name_word(doc, end + 1, taken):
            end += 1
    return (start, end) if count else None


def _name_before(doc: Doc, end: int, taken: set[int]) -> tuple[int, int] | None:
    """The proper nouns right before a port word: "Mokpo port", "the Zhoushan terminal"."""
    start, count = end, 0
    while start > 0 and count < MAX_NAME_WORDS:
        i = start - 1
        if _joins(doc, i) and start < end and i > 0 and _is_name_word(doc, i - 1, taken):
            start = i
            continue
        if not (_is_name_word(doc, i, taken) and doc[i].pos_ == "PROPN"):
            break
        start, count = i, count + 1
    if not count or (start > 0 and doc[start - 1].text[:1].isupper() and not doc[start - 1].is_stop):
        return None  # "the Sea of Japan port": part of a longer name
    return start, end


def _spans(sentence: Sentence, language: str, vessel_before: Callable[[], bool]) -> list[tuple[int, int, bool]]:
    """Where names of ports stand next to a port word in a sentence, and whether the name is one to
    look for in the rest of the article (not a state's capital: "le port de Dakar")."""
    doc, mentions = sentence.doc, sentence.mentions
    if sentence.lowers.isdisjoint(_first_port_words(language)) and not any(
        verb in sentence.lowered for verb in _docking_cues(language)
    ):
        return []  # no port word, no verb of docking: most sentences
    taken = _taken(mentions)
    known = {i for m in mentions if m.kind == "location" and m.form != "ner" for i in range(m.token_start, m.token_end)}
    cities = {m.token_start: m for m in mentions if m.kind == "country" and m.form in {"capital", "name", "ner"}}
    lowers = [t.lower_ for t in doc]
    links = words("port_calls", "port_links", language)
    naming = words("port_calls", "naming_links", language)
    found: list[tuple[int, int, bool]] = []
    in_ports = {i for m in mentions if m.kind == "port" for i in range(m.token_start, m.token_end)}
    i = 0
    while i < len(doc):
        word = next((w for w in _port_words(language) if tuple(lowers[i : i + len(w)]) == w), None)
        if word is None or i in in_ports:  # "Vostochny Port in Russia's Far East": named already
            i += 1
            continue
        after = i + len(word)
        if after < len(doc) and doc[after].pos_ == "ADJ" and doc[after].text.islower():
            after += 1  # "terminal pétrolier de"
        named = after + 1 < len(doc) and lowers[after] in links
        city = cities.get(after + 1) if named and lowers[after] in naming else None
        span = _name_after(doc, after + 1, taken) if named else None
        if city is not None:
            found.append((city.token_start, city.token_end, False))  # "the port of Djibouti"
        elif span is None and language == "en":
            span = _name_before(doc, i, taken | known)  # "Mokpo port"
        if span is not None and city is None and not _region(doc[span[0] : span[1]], language):
            found.append((*span, True))
        i = after
    guessed = {
        i for m in mentions if m.form == "ner" and m.kind == "organization" for i in range(m.token_start, m.token_end)
    }
    return found + _docked_at(sentence, language, (taken - guessed) | known | in_ports, vessel_before)


def _docked_at(
    sentence: Sentence, language: str, taken: set[int], vessel_before: Callable[[], bool]
) -> list[tuple[int, int, bool]]:
    """ "the Lady R docked at Simon's Town", "le cargo a accosté à Conakry", "the ship's visit to ...":
    where a vessel docks, berths or moors is a port (a state's capital there names the city's port, in
    that place only). The vessel must be the one docking: the subject, or the possessor of the noun
    ("the minister's visit to Moscow" names no port); "it" after a sentence naming a vessel."""
    doc, docking = sentence.doc, words("port_calls", "docking_verbs", language)
    vocabulary = docking | words("port_calls", "departure_verbs", language)
    if not sentence.has_form_in(vocabulary):
        return []
    vessels = _vessel_tokens(sentence, language)
    capitals = {m.token_start: m for m in sentence.mentions if m.kind == "country" and m.form == "capital"}
    capitals |= {m.token_start: m for m in sentence.mentions if m.kind == "location" and city_port(m.name)}
    found: list[tuple[int, int, bool]] = []
    for verb in sentence.tokens_for(vocabulary):
        if verb.pos_ not in {"VERB", "NOUN", "ADJ"} or not _by_vessel(verb, vessels, vessel_before):
            continue  # "fait escale" is often tagged an adjective
        links = words("port_calls", "docking_links" if is_word(verb, docking) else "departure_links", language)
        for i in _link_places(verb, links):  # not "à deux reprises" before "à Puerto Cabello"
            city = capitals.get(i + 1)
            span = (city.token_start, city.token_end) if city else _name_after(doc, i + 1, taken)
            if span is not None and not _region(doc[span[0] : span[1]], language):
                found.append((*span, city is None))
                break
    return found


def _link_places(verb: Token, links: frozenset[str]) -> list[int]:
    """Where the word linking a verb of docking or departure to the port stands ("docked at", "departed
    from"); for a verb whose object is the port ("left Simon's Town", "a quitté Conakry"), the verb itself."""
    doc = verb.doc
    near = [i for i in range(verb.i + 1, min(len(doc) - 1, verb.i + LINK_REACH)) if doc[i].lower_ in links]
    objects = [c for c in verb.children if c.dep_ in {"dobj", "obj"} and c.i > verb.i]
    return near or ([verb.i] if objects and objects[0].left_edge.i == verb.i + 1 else [])


@cache
def _first_port_words(language: str) -> frozenset[str]:
    """What a sentence must hold as a word to name a port by a port word: each port word's first word."""
    return frozenset(w[0] for w in _port_words(language))


@cache
def _docking_cues(language: str) -> tuple[str, ...]:
    """What a sentence's text must hold to name a port by a verb of docking: each verb's first five
    letters (the text is searched: the tokens' lemmas are not known before the parse)."""
    verbs = [*words("port_calls", "docking_verbs", language), *words("port_calls", "departure_verbs", language)]
    verbs += words("port_calls", "irregular_forms", language)  # "left"
    return tuple(sorted({v[:5] for v in verbs}))


def _names_a_vessel(sentence: Sentence | None, language: str) -> bool:
    return sentence is not None and bool(_vessel_tokens(sentence, language))


def _vessel_tokens(sentence: Sentence, language: str) -> set[int]:
    nouns = words("port_calls", "vessel_nouns", language)
    named = {i for m in sentence.mentions if m.kind == "vessel" for i in _tokens(m)}
    return named | {t.i for t in sentence.tokens_for(nouns)}


def _subjects(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in SUBJECTS or c.dep_.startswith("expl:subj")]


def _by_vessel(word: Token, vessels: set[int], vessel_before: Callable[[], bool]) -> bool:
    """Whether a vessel docks: it is the word's subject (the subject of "made", "a fait" for "a port
    call", "escale"), its possessor ("the Lady R's visit"), its passive subject ("cargo was unloaded") or
    the noun a participle describes ("the ship called at")."""
    verb = word if word.pos_ == "VERB" else (word.head if word.dep_ in {"obj", "dobj"} else None)
    doers = _subjects(verb) if verb is not None else []
    if not doers and verb is not None and verb.dep_ in {"conj", "xcomp"}:
        doers = _subjects(verb.head)  # "docked at Rason and unloaded in Durban"
    doers += [c for c in word.children if c.dep_ in {"poss", "nmod:poss", "nmod", "prep"} and c.i < word.i + 4]
    if word.dep_ in {"acl", "acl:relcl", "relcl"}:
        doers.append(word.head)  # "the Iranian ship called at Port Sudan", "le cargo amarré à Conakry"
    if verb is not None:  # "unloaded in Honiara from the cargo ship", "débarqué à Conakry par le cargo" (which
        # the parser may hang on the place)
        doers += [g for c in verb.children for g in (c, *c.children) if _carrying(g)]
    inside = {t.i for d in doers for t in d.subtree}
    if inside & vessels:
        return True
    return any(d.pos_ == "PRON" and d.dep_ != "poss" for d in doers) and (bool(vessels) or vessel_before())


def _carrying(child: Token) -> bool:
    """A complement that names the vessel carrying the cargo: "from the cargo ship", "aboard the carrier", "par
    le cargo", "à bord du caboteur"."""
    links = words("port_calls", "carrying_links", child.doc.lang_)
    if child.dep_ in {"prep", "agent"}:
        return child.lower_ in links
    return (child.dep_.startswith("obl") or child.dep_ == "nmod") and (
        child.lower_ in links or any(c.dep_ == "case" and c.lower_ in links for c in child.children)
    )


def _tokens(mention: Mention) -> range:
    return range(mention.token_start, mention.token_end)


def _region(name: Span, language: str) -> bool:
    """ "Far East", "Black Sea", "Primorsky Krai": a region or a sea, not a port."""
    return any(t.lower_ in words("port_calls", "region_words", language) for t in name)


def _occurrences(doc: Doc, name: tuple[str, ...], taken: set[int]) -> list[tuple[int, int]]:
    """Where a port name learned in the article stands in a sentence, as written."""
    texts = [t.text for t in doc]
    return [
        (i, i + len(name))
        for i in range(len(doc) - len(name) + 1)
        if tuple(texts[i : i + len(name)]) == name and not taken & set(range(i, i + len(name)))
    ]


def name_ports(sentences: list[Sentence], language: str) -> None:
    """Add to each sentence's mentions the ports named by a port word, and the later mentions of their
    names; a location the NER found there is the port."""
    learned: dict[tuple[str, ...], str] = {}
    for before, sentence in zip([None, *sentences], sentences, strict=False):
        spans = _spans(sentence, language, partial(_names_a_vessel, before, language))  # asked only where "it" docks
        for start, end, learnable in spans:
            name = sentence.doc[start:end].text
            name = city_port(name) or _capital(sentence, start, end) or name  # "docked at Vladivostok": its port
            if len(normalize_name(name)) < 3:
                continue
            _add_port(sentence, start, end, name)
            if learnable:
                learned.setdefault(tuple(t.text for t in sentence.doc[start:end]), name)
    for sentence in sentences if learned else []:
        taken = _taken(sentence.mentions)
        for words_of, canonical in learned.items():
            for start, end in _occurrences(sentence.doc, words_of, taken):
                _add_port(sentence, start, end, canonical)


def _capital(sentence: Sentence, start: int, end: int) -> str | None:
    """A port named by a capital the gazetteer knows ("à La Havane", "in Havana"), by its English name, so
    that both languages name one port."""
    capital = next(
        (m for m in sentence.mentions if m.form == "capital" and (m.token_start, m.token_end) == (start, end)), None
    )
    entry = gazetteer().get(capital.entity_id) if capital is not None and capital.entity_id else None
    if entry is None or capital is None:
        return None
    own = [f.text for f in entry.forms if f.type == "capital" and f.lang == sentence.doc.lang_]
    english = [f.text for f in entry.forms if f.type == "capital" and f.lang == "en"]
    place = own.index(capital.text) if capital.text in own else None  # the lists name a state's capitals in one order
    return english[place] if place is not None and place < len(english) else None


def _taken(mentions: list[Mention]) -> set[int]:
    """The tokens of the mentions a port name may not overlap: anything but a place or a port."""
    return {i for m in mentions if m.kind in NOT_A_PORT for i in range(m.token_start, m.token_end)}


def _add_port(sentence: Sentence, start: int, end: int, name: str) -> None:
    doc = sentence.doc
    if any(m.kind == "port" and m.token_start <= start and end <= m.token_end for m in sentence.mentions):
        return
    span = doc[start:end]
    port = Mention(
        entity_id=entity_id("port", name),
        kind="port",
        name=name,
        text=sentence.text[span.start_char : span.end_char],
        start=sentence.offset + span.start_char,
        end=sentence.offset + span.end_char,
        token_start=start,
        token_end=end,
        form="port word",
    )
    kept = [m for m in sentence.mentions if not (m.token_start < end and start < m.token_end)]
    sentence.mentions = sorted([*kept, port], key=lambda m: m.start)
