"""The denial task: an actor denies a transfer or a violation.

    Pyongyang et Moscou nient ces transactions           two denials, one per subject
    Moscow denied supplying the drones                   the subject of a denial word
    "la partie concernant les missiles est complètement fausse", a-t-il dit    the speaker

The actor is a state, or a body or official acting for one (who then stands for the state).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from extractors.analysis import Analysis, Sentence
from extractors.entities import INSIDE, Mention
from extractors.lexicon import cue_sets, words
from extractors.qualifiers.attribution import credits
from extractors.qualifiers.flow import nearest_period
from extractors.qualifiers.stance import is_negated
from extractors.qualifiers.times import Reference
from extractors.tasks.base import Finding, register
from extractors.tasks.roles import mentions_under, subject_of
from graph.model import TimeSpan

MAX_DENIED_TOKENS = 14
AUXILIARIES = {"avoir", "être", "have", "be", "do"}


def denial_words(sentence: Sentence, language: str) -> list[Token]:
    """Tokens of the sentence that deny: "nient", "denied", "dément", "rejected"; not "did not deny", nor a
    rejection of something other than a claim ("rejeter la faute sur", "rejected the proposal")."""
    lemmas, _ = cue_sets("denial", language)["words"]
    found = [t for t in sentence.tokens_for(lemmas) if t.lemma_.lower() in lemmas or t.lower_ in lemmas]
    return [t for t in found if not is_negated(t) and not _rejects_no_claim(t, language)]


def _rejects_no_claim(token: Token, language: str) -> bool:
    others = words("denial", "not_denied", language)
    return any(c.dep_ in {"obj", "dobj"} and c.lemma_.lower() in others for c in token.children)


def denier(sentence: Sentence, token: Token) -> list[Mention]:
    """Who denies: the subject of the denial word, else the state named just before it."""
    found = _state_actors(mentions_under(sentence, subject_of(token)))
    if found:
        return found
    before = [
        m
        for m in sentence.mentions
        if m.state and m.form != INSIDE and 0 < token.i - m.token_end + 1 <= 8 and not _verb_between(sentence, m, token)
    ]
    return _state_actors(before[-1:])


def _verb_between(sentence: Sentence, mention: Mention, token: Token) -> bool:
    """ "when he visited Moscow on May 9, and denied": Moscow is the object of another verb."""
    return any(t.pos_ == "VERB" and t.lemma_ not in AUXILIARIES for t in sentence.doc[mention.token_end : token.i])


def denial_before(sentence: Sentence, trigger: Token, language: str) -> list[Mention] | None:
    """The deniers, when a denial word governs or comes before a transfer word in the sentence
    ("a nié que Téhéran continue de fournir des drones"); None when there is no such denial."""
    for token in denial_words(sentence, language):
        if token.i < trigger.i:
            return denier(sentence, token)
    return None


def denial_phrase(sentence: Sentence, language: str) -> int | None:
    """Where a phrase of denial ("complètement fausse", "baseless") starts in the sentence, if any."""
    _, phrases = cue_sets("denial", language)["words"]
    text = sentence.lowered
    starts = [text.find(p) for p in phrases if p in text]
    return min(starts) if starts else None


@register("osintkg.denial.v1")
class DenialTask:
    """Denials by states (or those acting for them) of transfers or violations."""

    name = "denial"

    def __call__(self, analysis: Analysis) -> list[Finding]:
        assert analysis.language
        language = analysis.language
        findings: list[Finding] = []
        for sentence in analysis.sentences:
            cited = credits(analysis)[sentence.index].all
            for token in denial_words(sentence, language):
                findings += [
                    _finding(sentence, token, actor, _denied(sentence, token), analysis.reference)
                    for actor in denier(sentence, token)
                ]
            start = denial_phrase(sentence, language)
            if start is not None and not findings_in(findings, sentence):
                speakers = _state_actors([s.mention for s in cited if s.mention])
                anchor = next((t for t in sentence.tokens if t.idx >= start), sentence.doc[-1])
                findings += [
                    _finding(sentence, anchor, a, _subject_text(anchor), analysis.reference) for a in speakers[:1]
                ]
        return findings


def findings_in(findings: list[Finding], sentence: Sentence) -> bool:
    return any(f.quote_start == sentence.offset for f in findings)


def _state_actors(mentions: list[Mention]) -> list[Mention]:
    seen: dict[str, Mention] = {}
    for mention in mentions:
        if mention.state and mention.state not in seen:
            seen[mention.state] = mention
    return list(seen.values())


def _denied(sentence: Sentence, token: Token) -> str:
    """What is denied: the object or clause after the denial word, cut short."""
    objects = [c for c in token.children if c.dep_ in {"obj", "dobj", "ccomp", "xcomp", "nmod", "obl:arg"}]
    if objects:
        words = list(objects[0].subtree)
        span: Span = sentence.doc[words[0].i : min(words[-1].i + 1, words[0].i + MAX_DENIED_TOKENS)]
    else:
        span = sentence.doc[token.i + 1 : min(len(sentence.doc), token.i + 1 + MAX_DENIED_TOKENS)]
    return span.text.strip(" ,.;:\"'«»") or token.text


def _subject_text(anchor: Token) -> str:
    head = anchor.head if anchor.head is not anchor else anchor
    subjects = [c for c in head.children if c.dep_.startswith("nsubj")]
    if subjects:
        words = list(subjects[0].subtree)
        return anchor.doc[words[0].i : words[-1].i + 1].text.strip(" \"'«»-")
    return anchor.sent.text.strip()[:80]


def _when(sentence: Sentence, token: Token, published: Reference | None) -> TimeSpan | None:
    """When the denial was made: the date the sentence gives; for a denial told in the past
    ("a nié", "denied", "a-t-il dit") and undated, the month of publication; else unknown."""
    period = nearest_period(sentence, token)
    if period is not None:
        return TimeSpan(start=period.start, end=period.end)
    if published is None or published.month is None or not _told_in_past(sentence, token):
        return None
    month = f"{published.year:04d}-{published.month:02d}"
    return TimeSpan(start=month, end=month)


def _told_in_past(sentence: Sentence, token: Token) -> bool:
    verbs = [token, token.head, *[t for t in sentence.tokens if t.pos_ in {"VERB", "AUX"} and t.i > token.i][:3]]
    before = sentence.doc[token.i - 1] if token.i else None
    return (before is not None and before.lemma_ in {"avoir", "have"}) or any(
        "Past" in v.morph.get("Tense", [])
        or any(c.dep_.startswith(("aux", "cop")) and c.lemma_ in {"avoir", "have"} for c in v.children)
        for v in verbs
    )


def _finding(sentence: Sentence, token: Token, actor: Mention, denied: str, published: Reference | None) -> Finding:
    return Finding(
        kind="denial",
        roles={"actor": [actor]},
        quote_start=sentence.offset,
        quote_end=sentence.offset + len(sentence.text.rstrip()),
        modality="asserted",
        denies=denied,
        time=_when(sentence, token, published),
    )
