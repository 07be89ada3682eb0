"""A state's body named bare stands for the state the article is speaking of.

"Switzerland is modernising its air defence. The Air Force received six Patriot batteries": the Air Force is
Switzerland's, as a reader takes it, and in a claim Switzerland is the party (SCHEMA.md: a state's forces and
agencies stand for it). Only a body named with a definite article and nothing else ("the navy", "la Garde
nationale"; not "the Indian Air Force", "l'armée de terre marocaine", "an army"), as a verb's subject or complement,
is read so; and only as the state the article names most (more than any other, its first sentence counted twice),
when the few sentences before the body name that state and its own sentence does not (there the state is another
party: "The coast guard stopped a dhow from Iran"); but a body just named with its state is that state's ("The
Sudanese Armed Forces have backers of their own. Turkey supplied drones to the army", in an article about the
Emirates). After "Poland and Germany ...", in an article as much about one as the other, "the army" stays
unresolved. A bare body after an opening that places the sentence in one state is that state's ("Au Nigeria, l'armée
de l'air a réceptionné"). A body of "its" ("Le Mali diversifie ses fournisseurs. Son armée de l'air a réceptionné")
is the one state the sentence before names. Left alone, such a body would become one organization ("Air Force")
shared by every state's air force in the graph.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from spacy.matcher import PhraseMatcher
from spacy.tokens import Span, Token
from spacy.util import filter_spans

from extractors.entities import INSIDE, Mention, opening_place_end
from extractors.gazetteer import gazetteer
from extractors.lexicon import function_words, words
from extractors.nlp import pipeline
from graph.ids import entity_id

if TYPE_CHECKING:
    from extractors.analysis import Sentence

LOOK_BACK = 3  # sentences before the body, one of which names its state
QUALIFYING = {"amod", "nmod", "compound", "poss", "nmod:poss"}  # words after a body that say whose it is
ARTICLES = function_words("definite_articles") | function_words("contracted_articles")
OWNING = function_words("owning_possessives") - {"their", "leur"}  # one owner: "its navy", "son armée", "sa marine"


@cache
def _matcher(language: str) -> PhraseMatcher:
    nlp = pipeline(language)
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    matcher.add("body", [nlp.make_doc(w) for w in sorted(words("actors", "home_bodies", language))])
    return matcher


def resolve_home_bodies(sentences: list[Sentence], language: str) -> None:
    """Give each bare body of a parsed sentence the state the article names most, where named just before,
    and each body of "its" the one state the sentence before names."""
    states = [_states(s) for s in sentences]
    home = _most_named(sentences, states)
    for index, sentence in enumerate(sentences):
        spans = _body_spans(sentence, language) if sentence.parsed else []
        placed = opening_place_end(sentence.doc) is not None  # "Au Mexique, ... la Garde nationale": that state's
        if placed and (opening := _opening_state(sentence)):
            bodies = [span for span in spans if span.start > opening[1] and _bare(sentence, span, ARTICLES)]
            sentence.mentions = _with_bodies(sentence, bodies, opening[0]) if bodies else sentence.mentions
            states[index] = _states(sentence)
        before = states[max(0, index - LOOK_BACK) : index]
        state = _body_just_named(sentences[index - 1], language) if index else None
        state = state or (home if home and any(home in s for s in before) else None)
        if state and not placed and state not in states[index]:
            bodies = [span for span in spans if _bare(sentence, span, ARTICLES)]
            sentence.mentions = _with_bodies(sentence, bodies, state) if bodies else sentence.mentions
            states[index] = _states(sentence)  # the bodies now name the state, for what follows
        owner = states[index - 1] if index else set()
        if len(owner) == 1:  # "Le Mali diversifie ... Son armée de l'air": Mali's, opening the sentence or alone
            alone = not owner & states[index]
            owned = [span for span in spans if _bare(sentence, span, OWNING) and (alone or span.start <= 1)]
            sentence.mentions = _with_bodies(sentence, owned, next(iter(owner))) if owned else sentence.mentions
            states[index] = _states(sentence)


def _body_just_named(sentence: Sentence, language: str) -> str | None:
    """The one state whose body ("the Sudanese Armed Forces", "l'armée libanaise") the sentence names."""
    bodies = words("actors", "armed_bodies", language)  # not "the US government approved the sale"
    named = {m.state for m in sentence.mentions if m.form == "government" and m.state and _names_a_body(m.text, bodies)}
    return next(iter(named)) if len(named) == 1 else None


def _names_a_body(text: str, bodies: frozenset[str]) -> bool:
    folded = f" {text.lower()} "
    return any(f" {body} " in folded for body in bodies)


def _opening_state(sentence: Sentence) -> tuple[str, int] | None:
    """The one state an opening phrase places the sentence in ("Au Nigeria, ...", "In Kenya, ..."), with the
    index of the comma that ends the phrase."""
    comma = opening_place_end(sentence.doc)
    if comma is None:
        return None
    placed = {m.state for m in sentence.mentions if m.state and m.form != INSIDE and m.token_end <= comma}
    return (next(iter(placed)), comma) if len(placed) == 1 else None


def _body_spans(sentence: Sentence, language: str) -> list[Span]:
    """Where the sentence names a body of the lexicon (longest first, none overlapping), read once."""
    doc = sentence.doc
    return filter_spans([doc[s:e] for _, s, e in _matcher(language)(doc)])


def _bare(sentence: Sentence, span: Span, before: frozenset[str]) -> bool:
    """A word of `before` (ARTICLES: "the", "la"; OWNING: "its", "son") before the body, and no state, name or other
    word in its phrase ("the Air Force", not "the Indian Air Force", "the Air Force of Ukraine", "l'armée de
    terre marocaine")."""
    doc, root = sentence.doc, span.root
    if span.start == 0 or doc[span.start - 1].lower_ not in before:
        return False
    if root.pos_ not in {"NOUN", "PROPN"} or not _takes_part(root):
        return False  # "the military aid", "the army chief", "les véhicules de l'armée"
    phrase = {t.i for t in root.subtree} | set(range(span.start, span.end))
    for mention in sentence.mentions:
        held = set(range(mention.token_start, mention.token_end))
        if held & phrase and (mention.state or not held <= set(range(span.start - 1, span.end))):
            return False  # a state or a name in the body's phrase
    if any(t.dep_ in QUALIFYING for t in root.children if t.i >= span.end):
        return False
    return not _placed_after(sentence, span)


def _takes_part(root: Token) -> bool:
    """The body is a verb's subject or complement ("the army received", "delivered to the army"), not a word on
    a noun ("the army chief", "les véhicules de l'armée")."""
    head = root.head.head if root.head.pos_ == "ADP" else root.head
    return root.dep_ not in {"amod", "compound"} and (root.dep_.startswith("nsubj") or head.pos_ in {"VERB", "AUX"})


def _placed_after(sentence: Sentence, span: Span) -> bool:
    """ "the government in Kyiv", "l'armée du Mali": a preposition and a state right after the body, however
    the parser hung them."""
    after = sentence.doc[span.end : span.end + 1]
    if not after or after[0].pos_ != "ADP":
        return False
    return any(m.state and span.end < m.token_start <= span.end + 3 for m in sentence.mentions)


def _most_named(sentences: list[Sentence], states: list[set[str]]) -> str | None:
    """The state named most, the first sentence (a headline or a lead: what the article is about) counted
    twice; none on a tie."""
    counts = Counter(m.state for s in sentences for m in s.mentions if m.state and m.form != INSIDE)
    counts.update(states[0] if states else ())
    ranked = counts.most_common(2)
    return ranked[0][0] if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else None


def _states(sentence: Sentence) -> set[str]:
    return {m.state for m in sentence.mentions if m.state and m.form != INSIDE}


def _with_bodies(sentence: Sentence, bodies: list[Span], state: str) -> list[Mention]:
    """The sentence's mentions with each body made a mention of the state (which takes the body's part in a
    claim), and the body named as an institution listed as an organization of that state ("Air Force
    (Switzerland)"), never a party."""
    entry = gazetteer().get(state)
    taken = {i for span in bodies for i in range(span.start - 1, span.end)}
    kept = [m for m in sentence.mentions if not set(range(m.token_start, m.token_end)) <= taken]
    states = [_mention(sentence, span, state, entry.name if entry else state) for span in bodies]
    named = [m for m in states if m.text[:1].isupper()]  # "the Air Force", not "the government": an institution
    organizations = [replace(m, kind="organization", form=INSIDE, state=None, name=_body_name(m)) for m in named]
    organizations = [replace(m, entity_id=entity_id("organization", m.name)) for m in organizations]
    return sorted(kept + states, key=lambda m: m.start) + organizations


def _mention(sentence: Sentence, span: Span, state: str, name: str) -> Mention:
    start, end = sentence.offset + span.start_char, sentence.offset + span.end_char
    text = sentence.text[span.start_char : span.end_char]
    return Mention(state, "country", name, text, start, end, span.start, span.end, form="government", state=state)


def _body_name(mention: Mention) -> str:
    return f"{mention.text[:1].upper()}{mention.text[1:]} ({mention.name})"
