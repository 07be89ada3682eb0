"""The denial task: an actor denies a transfer or a violation.

    Pyongyang et Moscou nient ces transactions           two denials, one per subject
    Moscow denied supplying the drones                   the subject of a denial word
    "la partie concernant les missiles est complètement fausse", a-t-il dit    the speaker

The actor is a state, or a body or official acting for one (who then stands for the state).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from extractors.analysis import Analysis, Sentence
from extractors.entities import Mention
from extractors.lexicon import function_words, words
from extractors.qualifiers.attribution import credits
from extractors.qualifiers.denials import denial_phrase, denial_words, denier, state_actors, untrue_subject
from extractors.qualifiers.flow import nearest_period
from extractors.qualifiers.own_word import (
    characterisation,
    characterising,
    complying,
    deniers,
    denies_for_itself,
    for_the_accused,
    negated_supply,
)
from extractors.qualifiers.speakers import actor_key, is_company, speaker
from extractors.qualifiers.stance import complaining
from extractors.qualifiers.times import NOW, Period, Reference
from extractors.tasks.base import Cited, Finding, register
from extractors.tasks.pairs import Talk
from extractors.tasks.roles import next_clause_subjects, subject_of
from graph.model import TimeSpan

MAX_DENIED_TOKENS = 14
ASIDE_DEPS = {"appos", "acl", "advcl", "parataxis", "relcl", "acl:relcl"}


def _both_before(sentence: Sentence, token: Token, talk: Talk) -> list[Mention]:
    """ "Both countries have denied the transactions", "les deux pays démentent": the two states the article has
    been talking about, when the denial's subject is such a phrase."""
    subject = " ".join(t.lower_ for s in subject_of(token) for t in s.subtree)
    both = words("agreements", "both_parties", sentence.doc.lang_)
    return talk.pair({}) if any(b in subject for b in both) else []


@register("osintkg.denial.v1")
class DenialTask:
    """Denials by states (or those acting for them) of transfers or violations."""

    name = "denial"

    def __call__(self, analysis: Analysis) -> list[Finding]:
        assert analysis.language
        language = analysis.language
        findings: list[Finding] = []
        talk = Talk()  # the states named so far
        for sentence in analysis.sentences:
            credit = credits(analysis)[sentence.index]
            cited = credit.all
            for token in denial_words(sentence, language):
                findings += [
                    _finding(sentence, token, actor, _denied(sentence, token), analysis.reference)
                    for actor in denier(sentence, token, analysis) or _both_before(sentence, token, talk)
                ]
            talk.hear(sentence, [c.mention for c in credit.own if c.mention])
            denied_here = {_actor_of(f) for f in findings if f.quote_start == sentence.offset}
            own = self._own_words(analysis, sentence, language, credit.speakers)  # "X called the reports
            findings += [f for f in own if _actor_of(f) not in denied_here]  # lies, while Y dismissed them"
            start = denial_phrase(sentence, language)
            if start is not None and not findings_in(findings, sentence):
                speakers = state_actors([s.mention for s in cited if s.mention])
                anchor = next((t for t in sentence.tokens if t.idx >= start), sentence.doc[-1])
                findings += [
                    _finding(sentence, anchor, a, _subject_text(anchor), analysis.reference) for a in speakers[:1]
                ]
        return _restated(analysis, findings)

    def _own_words(self, analysis: Analysis, sentence: Sentence, language: str, cited: list[Cited]) -> list[Finding]:
        """Denials without a word of denial: "Iran said it did not supply drones", "Seoul has maintained
        that its policy against providing lethal weapons remains unchanged", "Beijing called the reports
        baseless", "affirmant que la Chine contrôlait strictement les exportations" (`own_word`)."""
        found: list[Finding] = []
        before = analysis.sentences[sentence.index - 1] if sentence.index else None
        statements = negated_supply(sentence, language) + complying(sentence, language, before)
        for statement in statements + characterising(sentence, language):
            said_by = for_the_accused(statement, speaker(analysis, sentence, statement.verb, cited))
            if complaining(statement.verb) or not denies_for_itself(statement, said_by):
                continue
            if not statement.answering and not all(is_company(a) for a in said_by.actors):
                continue
            found += [
                _finding(sentence, statement.verb, actor, statement.text, analysis.reference, own=True)
                for actor in deniers(statement, said_by)
                if actor_key(actor) not in {f.roles["actor"][0].state or f.roles["actor"][0].entity_id for f in found}
            ]
        return found


def _restated(analysis: Analysis, findings: list[Finding]) -> list[Finding]:
    """ "Tehran rejected the accusation. 'The Islamic Republic does not send weapons to Yemen,' its spokesman
    said": a denial of a bare accusation and a denial by the same actor in the sentence before or after, which
    says what is denied, are one denial stated twice (with the words and time of the one that says it)."""
    at = {s.offset: s.index for s in analysis.sentences}
    bare = [_bare_accusation(f.denies or "", analysis.language or "en") for f in findings]
    said = [f for f, vague in zip(findings, bare, strict=True) if not vague]
    restated = []
    for f, vague in zip(findings, bare, strict=True):
        twin = next((g for g in said if _next_to(f, g, at, analysis)), None) if vague else None
        restated.append(replace(f, denies=twin.denies, time=twin.time) if twin else f)
    return restated


def _next_to(bare: Finding, said: Finding, at: dict[int, int], analysis: Analysis) -> bool:
    """The same actor's denial in the sentence before or after, in the bare denial's period, the later of the two
    not opening on another matter ("Separately, Russia denied", "Par ailleurs")."""
    near = abs(at[said.quote_start] - at[bare.quote_start]) == 1
    later = analysis.sentences[max(at[said.quote_start], at[bare.quote_start])]
    other = words("denial", "other_matter_openers", analysis.language or "en")
    opening = later.text.lower().lstrip('"«“ ')
    apart = any(opening.startswith(w) for w in other)
    return near and not apart and _actor_of(said) == _actor_of(bare) and _within(said.time, bare.time)


def _within(inner: TimeSpan | None, outer: TimeSpan | None) -> bool:
    """Each end of the inner period within the same end of the outer one, read as partial dates ("2025-03-11" in
    "2025-03"; an open end only with an open end); any period within no period at all."""
    if outer is None:
        return True
    if inner is None:
        return False
    return all(
        (b or "").startswith(a or "") and bool(a) == bool(b)
        for a, b in ((outer.start, inner.start), (outer.end, inner.end))
    )


def _bare_accusation(denied: str, language: str) -> bool:
    """ "the accusation", "ces informations", "any involvement", "toute implication": what is denied named by a
    noun alone, or by an accusation's noun."""
    pointing = function_words("definite_articles") | function_words("demonstratives") | function_words("possessives")
    vague = words("denial", "vague_determiners", language)
    words_of = denied.lower().replace("'", "' ").split()
    if len(words_of) == 2 and words_of[0] in vague:
        return True
    accusations = words("denial", "claim_nouns", language)
    return bool(words_of) and words_of[-1] in accusations and all(w in pointing for w in words_of[:-1])


def _actor_of(finding: Finding) -> str | None:
    actor = finding.roles["actor"][0]
    return actor.state or actor.entity_id


def findings_in(findings: list[Finding], sentence: Sentence) -> bool:
    return any(f.quote_start == sentence.offset for f in findings)


def _denied(sentence: Sentence, token: Token) -> str:
    """What is denied: the object or clause after the denial word, cut short; for a denial in a relative
    clause ("..., a charge Beijing denied", "..., ce que la Chine dément"), the accusation before it."""
    objects = [c for c in token.children if c.dep_ in {"obj", "dobj", "ccomp", "xcomp", "nmod", "obl:arg"}]
    objects = [c for c in objects if not all(sentence.in_a_date(t) for t in c.subtree)]  # "a démenti vendredi"
    objects.sort(key=lambda c: c.dep_ in {"nmod", "obl:arg"})  # "a nié à plusieurs reprises avoir fourni"
    accusation = _accusation_before(sentence, token, objects)
    if accusation:
        return accusation
    told = _what_the_relative_stands_for(token, objects)
    if told:
        return told
    if objects:
        words = list(objects[0].subtree)
        next_clause = next_clause_subjects(sentence, objects[0])  # "... à Moscou et l'Inde a démenti"
        cut = _clause_after_comma(words) + characterisation(words, sentence.doc.lang_)
        start, end = words[0].i, min([words[-1].i + 1, words[0].i + MAX_DENIED_TOKENS, *cut, *next_clause])
    else:
        start, end = token.i + 1, min(len(sentence.doc), token.i + 1 + MAX_DENIED_TOKENS)
    while start < end - 1 and sentence.in_a_date(sentence.doc[start]):
        start += 1  # "a démenti lundi avoir fourni": when it was denied, not what
    while start < end - 1 and _calling_word(sentence.doc[start]):
        start += 1  # "rejected as groundless the allegations": how it was called, not what
    while end - 1 > start and sentence.doc[end - 1].lower_ in DANGLING:
        end -= 1  # "qualifié ces accusations d'« absurdes »": not the "d'" of what it was called
    span: Span = sentence.doc[start:end]
    return span.text.strip(" ,.;:\"'«»") or token.text


DANGLING = function_words("dangling_words")


def _without_dangling(text: str) -> str:
    """What is denied, without a last word that only led to how it was called ("ces accusations d'")."""
    words = text.split()
    while len(words) > 1 and words[-1].lower() in DANGLING:
        words.pop()
    return " ".join(words) if len(words) != len(text.split()) else text


def _calling_word(token: Token) -> bool:
    """ "as groundless", "comme infondées": the words that call what is denied untrue, before it."""
    if token.lower_ in {"as", "comme"} or token.is_quote:
        return True  # 'as "absurd" claims that ...'
    before = next((t for t in reversed(token.doc[: token.i]) if not t.is_quote), None)
    untrue = token.pos_ == "ADJ" or token.lower_ in words("denial", "characterising", token.lang_, "words")
    return untrue and before is not None and before.lower_ in {"as", "comme", "and", "et"}  # 'as "fabricated"'


RELATIVE_OBJECTS = function_words("relative_objects")


def _what_the_relative_stands_for(token: Token, objects: list[Token]) -> str | None:
    """ "The drones, which Iran denies supplying", "les drones, que l'Iran nie avoir fournis": the verb
    denied, with the noun the relative pronoun stands for."""
    near = [*token.children, *(c for o in objects for c in o.children)]
    relative = any(t.lower_ in RELATIVE_OBJECTS and t.dep_ in {"obj", "dobj", "mark"} for t in near)
    verbs = [o for o in objects if o.pos_ in {"VERB", "AUX"}]
    if (
        token.dep_ not in {"relcl", "acl:relcl"}
        or not relative
        or not verbs
        or token.head.pos_ not in {"NOUN", "PROPN"}
    ):
        return None
    words_of = [t for t in verbs[0].subtree if t.lower_ not in RELATIVE_OBJECTS]
    noun = token.head
    phrase = noun.doc[noun.left_edge.i : noun.i + 1].text
    phrase = phrase[:1].lower() + phrase[1:] if noun.left_edge.pos_ == "DET" else phrase
    return f"{token.doc[words_of[0].i : words_of[-1].i + 1].text} {phrase}"


def _accusation_before(sentence: Sentence, token: Token, objects: list[Token]) -> str | None:
    """ "The US accused China of supplying drones, a charge Beijing denied": the clause before the comma that
    sets off the relative clause the denial word stands in."""
    relative = token.dep_ in {"relcl", "acl:relcl"} and (not objects or objects[0].lower_ in RELATIVE_OBJECTS)
    if not relative or token.head.i == token.i:
        return None
    start = token.head.left_edge.i
    if start < 2 or sentence.doc[start - 1].text != ",":
        return None
    return sentence.doc[max(0, start - 1 - 2 * MAX_DENIED_TOKENS) : start - 1].text.strip(" ,.;:\"'«»")


def _clause_after_comma(words: list[Token]) -> list[int]:
    """ "ces accusations, les qualifiant de propagande", "the reports, which it called lies": where a clause
    or an apposition after a comma starts (how the denial was made, not what it denies); a list's comma
    ("weapons, ammunition and drones") does not cut."""
    found = []
    for comma in (t for t in words if t.text == ","):
        after = next((t for t in comma.doc[comma.i + 1 : comma.i + 4] if t.pos_ not in {"DET", "PRON"}), None)
        if after is not None and (after.dep_ in ASIDE_DEPS or _present_participle(after)):
            found.append(comma.i)
    return found


def _present_participle(token: Token) -> bool:
    """ "les jugeant absurdes", "calling them lies": how the denial was made, however it was attached."""
    return token.pos_ == "VERB" and "Part" in token.morph.get("VerbForm", []) and "Pres" in token.morph.get("Tense", [])


def _subject_text(anchor: Token) -> str:
    """What a phrase calls untrue: the subject of its own verb ("the reports ... were false"), else of the
    verb it hangs on ("... is false")."""
    subject = untrue_subject(anchor)
    if subject is None:
        return anchor.sent.text.strip()[:80]
    return anchor.doc[subject.left_edge.i : subject.right_edge.i + 1].text.strip(" \"'«»-")


def _when(sentence: Sentence, token: Token, published: Reference | None, *, own: bool = False) -> TimeSpan | None:
    """When the denial was made: the date the sentence gives (for a denial in its speaker's own words,
    only one dating the verb of saying: "said on Friday that it had not supplied drones in 2022"); for a
    denial told in the past ("a nié", "denied", "a-t-il dit") and undated, the month of publication."""
    period = _dating(sentence, token) if own else _dating(sentence, token) or _outside_the_denied(sentence, token)
    if period is not None:
        return TimeSpan(start=period.start, end=period.end)
    if published is None or published.month is None or not _told_in_past(sentence, token):
        return None
    month = f"{published.year:04d}-{published.month:02d}"
    return TimeSpan(start=month, end=month)


def _outside_the_denied(sentence: Sentence, token: Token) -> Period | None:
    """The nearest date, unless it stands in a clause of what is denied ("dismissed the allegations, saying
    Tehran had not sent weapons since the war began": the war's start dates the sending, not the denial)."""
    period = nearest_period(sentence, token)
    at = next((t for t in sentence.tokens if t.idx >= period.char_start), None) if period is not None else None
    clause = next((a for a in at.ancestors if a.pos_ in {"VERB", "AUX"}), None) if at is not None else None
    return None if clause is not None and clause.i != token.i and token.i in {a.i for a in clause.ancestors} else period


def _dating(sentence: Sentence, verb: Token) -> Period | None:
    """The date expression on the verb of saying (or the verb it hangs from: "a réagi jeudi, affirmant")."""
    saying = {verb.i, verb.head.i}
    for period in (p for p in sentence.periods if p.form != NOW):
        token = next((t for t in sentence.tokens if t.idx >= period.char_start), None)
        for ancestor in token.ancestors if token is not None else []:
            if ancestor.i in saying:
                return period
            if ancestor.pos_ in {"VERB", "AUX"}:
                break
    return None


def _told_in_past(sentence: Sentence, token: Token) -> bool:
    verbs = [token, token.head, *[t for t in sentence.tokens if t.pos_ in {"VERB", "AUX"} and t.i > token.i][:3]]
    before = sentence.doc[token.i - 1] if token.i else None
    return (before is not None and before.lemma_ in function_words("have_auxiliaries")) or any(
        "Past" in v.morph.get("Tense", [])
        or any(c.dep_.startswith(("aux", "cop")) and c.lemma_ in {"avoir", "have"} for c in v.children)
        for v in verbs
    )


def _finding(
    sentence: Sentence, token: Token, actor: Mention, denied: str, published: Reference | None, *, own: bool = False
) -> Finding:
    return Finding(
        kind="denial",
        roles={"actor": [actor]},
        quote_start=sentence.offset,
        quote_end=sentence.offset + len(sentence.text.rstrip()),
        modality="asserted",
        denies=_without_dangling(denied),
        time=_when(sentence, token, published, own=own),
    )
