"""Denials in the accused party's own words, without a word of denial.

    Iran said it did not supply drones to Russia                  a negated transfer whose subject is the
    Pékin a assuré ne jamais avoir fourni d'armes à Moscou        speaker, a pronoun for it, or nobody
    Seoul has maintained that its policy against providing lethal weapons to Ukraine remains unchanged
    ... affirmant que la Chine contrôlait strictement les exportations    the accused asserting its controls
    Beijing called the reports baseless                           characterising the accusation as untrue

A third party saying a transfer did not happen ("Analysts said Iran did not supply drones") is no
denial (the transfer task keeps it, denied); nor is a refusal ("Berlin said it would not send Taurus
missiles"), nor a characterisation of anything but an accusation ("called Russia's denials lies").
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Span, Token

from extractors.analysis import Sentence
from extractors.entities import Mention
from extractors.inflection import french_future, is_word
from extractors.lexicon import function_words, words
from extractors.qualifiers.speakers import Speaker, actor_key, actors, owned_by_a_pronoun
from extractors.qualifiers.stance import is_reporting, ruled_out
from extractors.tasks.roles import SUBJECT_DEPS, acts_as_verb, subject_of

MAX_STEPS = 6  # from the denied verb up to the verb of saying
MAX_DENIED_TOKENS = 14
CLAUSE_DEPS = {"ccomp", "xcomp", "advcl", "conj", "pcomp", "prep", "pobj", "nsubj", "nsubjpass", "nsubj:pass",
               "acl", "nmod", "obl", "obl:arg", "advmod", "csubj", "dep", "parataxis"}  # fmt: skip


@dataclass
class OwnWord:
    """A statement by which a speaker denies: the verb of saying, the words it denies and their head."""

    verb: Token  # the speaker's verb ("said", "maintained", "called")
    denied: Token  # the head of what is denied ("supply", "contrôlait", "reports")
    text: str
    answering: bool = True  # False: an assertion of controls that answers no accusation a state would deny


@cache
def _supplying(language: str) -> frozenset[str]:
    found = set(words("denial", "supplying", language))
    for direction in ("forward", "reverse", "recipient_object"):
        found |= words("transfer", "verbs", language, direction)
    return frozenset(found)


def _asserting(token: Token) -> bool:
    return token.pos_ in {"VERB", "AUX"} and (
        is_word(token, words("denial", "asserting", token.lang_)) or is_reporting(token)
    )


def saying_verb(token: Token) -> Token | None:
    """The verb of saying whose statement holds `token` ("Seoul has maintained that its policy against
    providing ..."), through clauses and phrases only, and not past another actor's verb ("Seoul said
    Washington asked it not to ...")."""
    misparsed = [c for c in token.children if c.dep_.startswith("aux") and _asserting(c)]
    if misparsed:
        return misparsed[0]  # "Pékin affirme ne pas fournir", parsed with "affirme" as an auxiliary
    current = token
    for _ in range(MAX_STEPS):
        inserted = _inserted_saying(current)
        if inserted is not None:
            return inserted
        if current.head.i == current.i or current.dep_ not in CLAUSE_DEPS:
            return None
        current = current.head
        if _asserting(current):
            return current
        if current.pos_ in {"VERB", "AUX"} and any(
            c.dep_ in SUBJECT_DEPS and c.pos_ == "PROPN" for c in current.children
        ):
            return None
    return None


def _inserted_saying(clause: Token) -> Token | None:
    """ "L'Iran n'a jamais livré d'armes, a déclaré Téhéran": a verb of saying put after the statement, its
    subject after it, which the parser hangs under the statement or makes a second root."""
    for verb in _hung_after(clause, second_root=clause.head.i == clause.i):
        inverted = any(s.i > verb.i for s in subject_of(verb))  # "», a assuré le ministère" (parsed as its object)
        if verb.i > clause.i and _asserting(verb) and inverted:
            return verb
    return None


def _hung_after(clause: Token, *, second_root: bool = True) -> list[Token]:
    """Where a parser hangs what follows a statement: its parataxis and conjoined verbs, and the next
    root (the parser saw a second sentence)."""
    after = [t for t in clause.doc[clause.i + 1 :] if t.head.i == t.i][:1] if second_root else []
    return [*(c for c in clause.children if c.dep_ in {"parataxis", "conj"}), *after]


def is_not_done(token: Token) -> bool:
    """ "did not supply", "had never shipped", "n'avait pas livré", "ne jamais avoir fourni", "its policy
    against providing": the verb says the thing was not done."""
    language = token.lang_
    negations = words("denial", "negations", language)
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if language == "fr" and after is not None and after.lower_ == "que":
        return False  # "n'ait livré que 20 chars": only so many, not none
    heads = [token, *[c for c in token.children if c.dep_.startswith("aux")]]
    if any(c.lower_ in negations or c.dep_ == "neg" for h in heads for c in h.children):
        return True
    objects = [c for c in token.children if c.dep_ in {"dobj", "obj"}]
    if any(d.dep_ == "det" and d.lower_ in negations for o in objects for d in o.children):
        return True  # "sells no grenades"
    if token.head.lower_ in negations and token.head.i < token.i:
        return True  # "ne jamais avoir fourni", parsed with "fourni" under "jamais"
    if token.dep_ == "pcomp" and token.head.lower_ in words("denial", "against", language):
        return True
    window = [t.lower_ for t in token.doc[max(0, token.i - 4) : token.i]]
    return (
        language == "fr"
        and any(w in function_words("negation_particles") for w in window)
        and any(w in negations for w in window[1:])
    )


def refuses(token: Token) -> bool:
    """ "would not send", "won't supply", "ne livrera pas": a decision about the future, not a denial."""
    refusing = words("denial", "refusing", token.lang_)
    chain = [token, *[c for c in token.children if c.dep_.startswith("aux")]]
    if any(t.lower_ in refusing or t.lemma_.lower() in refusing for t in chain[1:]):
        return True
    if any(c.lower_ in words("denial", "pending", token.lang_) for c in token.children):
        return True  # "has not yet delivered": pending, not denied
    if any(
        set(t.morph.get("Tense", [])) & {"Fut"} or "Cnd" in t.morph.get("Mood", []) or french_future(t) for t in chain
    ):
        return True
    heads = [token.head, token.head.head]
    return token.dep_ == "xcomp" and any(h.lemma_.lower() in refusing for h in heads)


def negated_supply(sentence: Sentence, language: str) -> list[OwnWord]:
    """The transfers the sentence says were not done, in a speaker's statement."""
    found = []
    for token in sentence.tokens_for(_supplying(language)):
        if not acts_as_verb(token) or not is_not_done(token) or refuses(token) or ruled_out(token):
            continue  # nor "notre principe de ne pas fournir d'armes": a rule stated, no denial
        if _tells_something(token, language):
            continue  # "they offered no evidence", "n'a fourni aucune preuve": no transfer denied
        verb = saying_verb(token)
        if verb is not None:
            found.append(OwnWord(verb, token, _text(token)))
    return found


def _tells_something(verb: Token, language: str) -> bool:
    objects = [c for c in verb.children if c.dep_ in {"obj", "dobj"}]
    return any(c.lemma_.lower() in words("denial", "told_objects", language) for c in objects)


def complying(sentence: Sentence, language: str, before: Sentence | None = None) -> list[OwnWord]:
    """ "affirmant que la Chine contrôlait strictement les exportations": a speaker asserting, in answer
    to an accusation, that its state controls its exports or keeps to sanctions. It answers one when it
    says so ("strictly", "a vivement réagi") or an accusation is made in the sentence or the one before
    ("Washington est préoccupé par ..."); "the US said it enforces sanctions" alone denies nothing
    (a company saying it complies with export controls answers the finding of its goods, and denies)."""
    verbs, objects = words("denial", "complying", "verbs", language), words("denial", "complying", "objects", language)
    found = []
    for token in sentence.tokens_for(verbs):
        if token.pos_ != "VERB" or is_not_done(token) or refuses(token):
            continue
        held = [t for c in token.children if c.dep_ in {"obj", "dobj", "prep", "obl", "obl:arg"} for t in c.subtree]
        if not any(is_word(t, objects) for t in held):
            continue
        verb = saying_verb(token)
        if verb is not None:
            found.append(OwnWord(verb, token, _text(token), _answers(sentence, token, verb, before)))
    return found


def _answers(sentence: Sentence, token: Token, verb: Token, before: Sentence | None) -> bool:
    language = sentence.doc.lang_
    manner = words("denial", "complying", "manner", language)
    if any(c.lower_ in manner for c in token.children):
        return True
    if any(is_word(t, words("denial", "complying", "answering", language)) for t in [verb, verb.head]):
        return True
    accusing = words("denial", "complying", "accusing", language)
    return any(s.has_form_in(accusing) for s in (sentence, before) if s is not None)


def characterising(sentence: Sentence, language: str) -> list[OwnWord]:
    """ "Beijing called the reports baseless", "Pékin a qualifié ces accusations de mensonges",
    "Moscou a jugé ces informations sans fondement": the accusation called untrue by the subject."""
    verbs = words("denial", "characterising", language, "verbs")
    untrue = words("denial", "characterising", language, "words")
    claims = words("denial", "claim_nouns", language) | words("denial", "characterised_nouns", language)
    found: list[OwnWord] = []
    for verb in sentence.tokens_for(verbs):
        if verb.pos_ not in {"VERB", "AUX"}:
            continue
        complements = [*verb.children, *(g for c in verb.children if c.dep_ == "xcomp" for g in c.children)]
        objects = [c for c in complements if _direct_object(c) and is_word(c, claims)]  # "qualifié de sans
        # fondement les informations": the parser may hang the accusation on the characterising words
        objects += [  # 'called the reports "propaganda"', parsed with the reports on the word calling them untrue
            g for c in complements if _direct_object(c) and is_word(c, untrue) for g in c.children if is_word(g, claims)
        ]
        objects += [  # "a qualifié d'« absurdes » les accusations", the accusations hung on the word
            g for c in verb.children if c.dep_ == "xcomp" and is_word(c, untrue) for g in _bare_claims_after(c, claims)
        ]
        objects += [  # 'described as "groundless" the accusations', the accusations read as the object of "as"
            g for c in verb.children if c.lower_ == "as" for g in c.children if g.dep_ == "pobj" and is_word(g, claims)
        ]
        if not objects and found:  # "..., tandis que le ministre les a jugées « sans fondement »": the same
            objects = [c for c in verb.children if c.dep_ in {"obj", "dobj"} and c.pos_ == "PRON"]  # accusation
        if not objects:
            continue
        subjects = {t.i for c in verb.children if c.dep_ in SUBJECT_DEPS for t in c.subtree}
        said = [t for t in verb.subtree if t.i not in subjects and t.i != objects[0].i]
        if any(is_word(t, untrue) for t in said):  # "called the reports baseless", "qualifié de mensonges les ..."
            text = found[0].text if objects[0].pos_ == "PRON" else _text(objects[0])
            found.append(OwnWord(verb, objects[0], text))
    return found


def _direct_object(token: Token) -> bool:
    """The verb's object, or a noun hung on it with no preposition, as the parser reads an object put
    after the characterising words ("a qualifié de mensonges les accusations", 'called "absurd" the claims')."""
    bare_noun = token.pos_ == "NOUN" and _bare(token)
    return token.dep_ in {"obj", "dobj"} or (bare_noun and (token.dep_.startswith("obl") or token.dep_ == "oprd"))


def _bare_claims_after(word: Token, claims: frozenset[str]) -> list[Token]:
    return [g for g in word.children if g.i > word.i and is_word(g, claims) and g.pos_ == "NOUN" and _bare(g)]


def _bare(noun: Token) -> bool:
    """No preposition opens the noun's phrase (past its determiners and adjectives)."""
    i = _phrase_start(noun) - 1
    return i < 0 or noun.doc[i].pos_ != "ADP"


def _phrase_start(noun: Token) -> int:
    """Where the noun's phrase starts: its determiners, numbers and adjectives just before it."""
    i = noun.i
    while i > 0 and noun.doc[i - 1].pos_ in {"DET", "ADJ", "NUM"}:
        i -= 1
    return i


def _text(token: Token) -> str:
    tokens = list(token.subtree)
    start = tokens[0].i if token.pos_ not in {"VERB", "AUX"} else token.i
    start = _phrase_start(token) if token.dep_.startswith("obl") else start  # not "sans fondement les ..."
    untrue = words("denial", "characterising", token.lang_, "words")
    while start < token.i and (token.doc[start].is_quote or is_word(token.doc[start], untrue)):
        start += 1  # 'called "absurd" the claims': how they were called, not what
    inserted = [t.left_edge.i for t in _hung_after(token) if t.head.i == t.i or _asserting(t)]
    cut = [*inserted, *characterisation(tokens, token.lang_)]  # not ", a déclaré Téhéran", "de « sans fondement »"
    end = min([tokens[-1].i + 1, start + MAX_DENIED_TOKENS, *(c for c in cut if c > start)])  # not the verb above
    span: Span = token.doc[start:end]
    return span.text.strip(" ,.;:\"'«»")


CHARACTERISING_LINKS = function_words("characterising_links")  # "qualifié ... de « sans fondement »", "as baseless"


def characterisation(tokens: list[Token], language: str) -> list[int]:
    """Where the words that call the accusation untrue start, after it: "ces informations de « sans
    fondement »", "the reports as 'baseless'", 'the reports "propaganda"', "the reports that ... false"."""
    untrue = words("denial", "characterising", language, "words")
    linked = [t.i for t in tokens if t.lower_ in CHARACTERISING_LINKS and _calls_untrue(t, untrue, 3)]
    quoted = [t.i for t in tokens[1:] if t.is_quote and _calls_untrue(t, untrue, 2)]
    words_only = [t for t in tokens[1:] if not (t.is_punct or t.is_quote)]
    last = [words_only[-1]] if words_only and words_only[-1].lower_ in untrue else []  # "the reports ... false"
    article = len(words_only) > 1 and words_only[-2].lower_ in function_words("indefinite_articles")
    return linked + quoted + [words_only[-2].i if article else t.i for t in last]  # "... in the country a lie"


def _calls_untrue(token: Token, untrue: frozenset[str], reach: int) -> bool:
    """A word calling the accusation untrue, or a quotation mark opening one, follows the token closely."""
    following = token.doc[token.i + 1 : token.i + 1 + reach]
    return any(n.lower_ in untrue or (n.is_quote and n.i == token.i + 1) for n in following)


def _standing_for_speaker(noun: Token) -> bool:
    """ "the company", "le pays": the speaker named again by what it is."""
    definite = any(c.lower_ in function_words("definite_articles") for c in noun.children)
    return definite and is_word(noun, words("denial", "self_nouns", noun.lang_)) and not list(noun.rights)


def denies_for_itself(statement: OwnWord, speaker: Speaker) -> bool:
    """Whether the denied words are the speaker's own: a characterised accusation, or a verb whose
    subject is the speaker, a pronoun, or nobody ("its policy against providing", "ne jamais avoir fourni")."""
    if _direct_object(statement.denied):
        return True
    subjects = [c for c in statement.denied.children if c.dep_ in SUBJECT_DEPS or c.dep_.startswith("expl:subj")]
    if not subjects or all(s.pos_ == "PRON" or owned_by_a_pronoun(s) or _standing_for_speaker(s) for s in subjects):
        return True
    named = [m for s in subjects for m in speaker.mentions_in(s)]
    return bool(named) and all(speaker.same_actor(m) for m in named)


def for_the_accused(statement: OwnWord, speaker: Speaker) -> Speaker:
    """'"Serbia does not export ammunition to Ukraine," ministry spokesman Nenad Ilic said': a speaker named by
    an office of a state ("ministry spokesman", "le porte-parole du gouvernement") and by no state speaks for the
    one state the denied words have as subject, which denies for itself."""
    if speaker.actors:
        return speaker
    verb = statement.verb.head if statement.verb.dep_.startswith("aux") else statement.verb
    offices = words("actors", "government_nouns", verb.lang_)
    if not any(is_word(t, offices) for s in subject_of(verb) for t in s.subtree):
        return speaker
    if any("1" in t.morph.get("Person", []) for t in statement.denied.subtree if t.pos_ == "PRON"):
        return speaker  # "'Russia has not delivered the weapons we paid for,' a ministry spokesman said": the buyer
    subjects = [c for c in statement.denied.children if c.dep_ in SUBJECT_DEPS]
    named = actors([m for s in subjects for m in speaker.mentions_in(s)], companies=False)
    return Speaker(speaker.sentence, named) if len(named) == 1 else speaker


def deniers(statement: OwnWord, speaker: Speaker) -> list[Mention]:
    """The speaker's actors that deny: those the denied words name, when they name one ("the ministry of Ukraine
    and its spokesman X said: 'Ukraine does not deliver'" is Ukraine's denial only; "Moscow and Tehran said Iran
    had never sent drones to Russia" both's)."""
    named = {actor_key(m) for m in speaker.mentions_in(statement.denied)}
    return [a for a in speaker.actors if actor_key(a) in named] or speaker.actors
