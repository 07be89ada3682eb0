"""Who denies, shared by the tasks: the words that deny, their denier, and whether a transfer the
sentence states is denied by the accused (a denial claim then, not a transfer).

    Pyongyang et Moscou nient ces transactions           the subjects of a denial word
    Iran said it did not supply drones to Russia          the speaker of a negated transfer, for itself
"""

from __future__ import annotations

from spacy.tokens import Token

from extractors.analysis import Analysis, Sentence
from extractors.entities import INSIDE, Mention
from extractors.lexicon import cue_sets, function_words, words
from extractors.qualifiers.own_word import (
    OwnWord,
    characterising,
    denies_for_itself,
    for_the_accused,
    is_not_done,
    refuses,
    saying_verb,
)
from extractors.qualifiers.speakers import Speaker, saying_actors, speaker, subject_actors
from extractors.qualifiers.stance import is_negated, is_reporting
from extractors.tasks.roles import acts_as_verb, has_subject, subject_of

AUXILIARIES = function_words("auxiliaries")


def denial_words(sentence: Sentence, language: str) -> list[Token]:
    """Tokens of the sentence that deny: "nient", "denied", "dément", "rejected"; not "did not deny", nor a
    rejection of something other than a claim ("rejeter la faute sur", "rejected the proposal")."""
    found = _words_of_denial(sentence, language)
    found = [t for t in found if not _a_military_sense(t, language)]  # "a credible denial capability"
    return [t for t in found if not is_negated(t) and not _rejects_no_claim(t, language)]


def _a_military_sense(token: Token, language: str) -> bool:
    """ "area denial", "a credible denial capability", "anti-access/area-denial", "déni d'accès": denial as
    what weapons do to an enemy, not anyone denying a claim."""
    if token.pos_ != "NOUN":
        return False
    senses = words("denial", "military_senses", language)
    near = [token.head, *token.children] if token.dep_ in {"compound", "amod", "nmod"} else list(token.children)
    near += [t for t in token.doc[max(0, token.i - 1) : token.i + 2] if t.i != token.i]
    return any(t.lemma_.lower() in senses or t.lower_ in senses for t in near)


def not_denied(sentence: Sentence, trigger: Token, language: str) -> bool:
    """ "North Korea has not denied sending troops", "Moscou n'a pas démenti avoir livré": a claim others
    make (reported), that the one who does not deny it neither denies nor states."""
    return any(is_negated(t) and trigger in t.subtree for t in _words_of_denial(sentence, language))


def _words_of_denial(sentence: Sentence, language: str) -> list[Token]:
    """The tokens whose lemma or form is a word of denial, negated or not."""
    lemmas, _ = cue_sets("denial", language)["words"]
    return [t for t in sentence.tokens_for(lemmas) if t.lemma_.lower() in lemmas or t.lower_ in lemmas]


def _rejects_no_claim(token: Token, language: str) -> bool:
    """ "rejeter la faute sur", "rejected the proposal"; and for a word of dismissing, any object that is no
    claim ("Putin dismissed the defence minister", unlike "dismissed the reports")."""
    objects = [c for c in token.children if c.dep_ in {"obj", "dobj"} and c.pos_ in {"NOUN", "PROPN"}]
    if any(c.lemma_.lower() in words("denial", "not_denied", language) for c in objects):
        return True
    dismissing = token.lemma_.lower() in words("denial", "dismissing", language)
    claims = words("denial", "claim_nouns", language)
    return dismissing and any(c.lemma_.lower() not in claims and c.lower_ not in claims for c in objects)


def denier(sentence: Sentence, token: Token, analysis: Analysis | None = None) -> list[Mention]:
    """Who denies: the subject of the denial word (a state, one acting for it, or a company, "the
    company" standing for the one named before), else the state named just before it."""
    subjects = subject_of(token)
    if not subjects and token.dep_ == "conj":  # "a qualifié le rapport de « mensonge » et a nié", parsed awry
        verbs = (a for a in token.ancestors if a.pos_ in {"VERB", "AUX"} and has_subject(a))
        subjects = next((s for v in verbs if subject_actors(sentence, s := subject_of(v))), [])
    found = subject_actors(sentence, subjects)
    if not found and analysis is not None and subjects:
        found = speaker(analysis, sentence, token, []).actors
    if found:
        return found
    before = [
        m
        for m in sentence.mentions
        if m.state and m.form != INSIDE and 0 < token.i - m.token_end + 1 <= 8 and not _verb_between(sentence, m, token)
    ]
    return state_actors(before[-1:])


def _verb_between(sentence: Sentence, mention: Mention, token: Token) -> bool:
    """ "when he visited Moscow on May 9, and denied": Moscow is the object of another verb."""
    return any(t.pos_ == "VERB" and t.lemma_ not in AUXILIARIES for t in sentence.doc[mention.token_end : token.i])


def denial_before(sentence: Sentence, trigger: Token, language: str) -> list[Mention] | None:
    """The deniers, when a denial word governs or comes before a transfer word in the sentence
    ("a nié que Téhéran continue de fournir des drones"), or when the transfer is one its speaker says
    it did not make ("Iran said it did not supply drones"); None when there is no such denial."""
    for token in denial_words(sentence, language):
        if token.i < trigger.i:
            return denier(sentence, token)
    untrue = called_untrue(sentence, trigger, language)
    if untrue is not None:
        return untrue
    if not acts_as_verb(trigger) or not is_not_done(trigger) or refuses(trigger):
        return None
    verb = saying_verb(trigger)
    if verb is None:
        return None
    statement = OwnWord(verb, trigger, "")
    said_by = for_the_accused(statement, Speaker(sentence, saying_actors(sentence, verb)))
    return said_by.actors if said_by.actors and denies_for_itself(statement, said_by) else None


def characterised_untrue(sentence: Sentence, trigger: Token, language: str) -> list[Mention]:
    """Who calls untrue the accusation the trigger is told in: 'Washington called "false" the reports that
    Moscow sold missiles' (a third party: the transfer is denied; the accused: its own denial, the
    accusation still reported)."""
    for statement in characterising(sentence, language):
        if statement.denied.left_edge.i <= trigger.i <= statement.denied.right_edge.i:
            return denier(sentence, statement.verb)
    return []


def denial_phrase(sentence: Sentence, language: str) -> int | None:
    """Where a phrase of denial ("complètement fausse", "baseless") starts in the sentence, if any."""
    _, phrases = cue_sets("denial", language)["words"]
    text = sentence.lowered
    starts = [text.find(p) for p in phrases if p in text]
    return min(starts) if starts else None


def untrue_subject(anchor: Token) -> Token | None:
    """What a phrase of denial starting at `anchor` calls untrue: the subject of its own verb ("the reports
    ... were false"), else of the verb it hangs on ("... is false")."""
    for head in (anchor, anchor.head):
        subjects = [c for c in head.children if c.dep_.startswith("nsubj")]
        if subjects:
            return subjects[0]
    return None


def called_untrue(sentence: Sentence, trigger: Token, language: str) -> list[Mention] | None:
    """ "The ministry said reports that Ankara supplied drones were false": a transfer told inside what a
    phrase of denial calls untrue, and the actors who say so; None when it is not."""
    start = denial_phrase(sentence, language)
    anchor = next((t for t in sentence.tokens if t.idx >= start), None) if start is not None else None
    subject = untrue_subject(anchor) if anchor is not None else None
    if subject is None or not subject.left_edge.i <= trigger.i <= subject.right_edge.i:
        return None
    verb = next((a for a in anchor.ancestors if is_reporting(a)), None)  # type: ignore[union-attr]
    return saying_actors(sentence, verb) if verb is not None else []


def state_actors(mentions: list[Mention]) -> list[Mention]:
    seen: dict[str, Mention] = {}
    for mention in mentions:
        if mention.state and mention.state not in seen:
            seen[mention.state] = mention
    return list(seen.values())
