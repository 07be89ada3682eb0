"""The agreement task: a treaty, pact or deal between parties.

    Pyongyang et Moscou ont officialisé leur coopération par un Traité de Partenariat Stratégique
    Compréhensif en 2024, incluant des clauses de solidarité militaire
        parties KP, RU; the treaty's name; 2024; provisions "clauses de solidarité militaire"

The parties are the states the sentence names as actors (at least two), or, for a treaty the
gazetteer knows, its parties. The name is the treaty's when known, else the words of the noun phrase.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Span, Token

from extractors.analysis import Analysis, Sentence
from extractors.entities import Mention
from extractors.gazetteer import gazetteer
from extractors.lexicon import words
from extractors.qualifiers.attribution import Credit, credits
from extractors.qualifiers.flow import nearest_period
from extractors.qualifiers.stance import modality
from extractors.tasks.base import Finding, register
from extractors.tasks.roles import mentions_under, subject_of
from graph.model import TimeSpan

MAX_PROVISION_TOKENS = 10


@cache
def _nouns(language: str) -> frozenset[str]:
    return words("agreements", "nouns", language)


@cache
def _provision_markers(language: str) -> re.Pattern[str]:
    markers = sorted(words("agreements", "provision_markers", language), key=len, reverse=True)
    return re.compile(r"(?<![\w'])(?:" + "|".join(re.escape(m) for m in markers) + r")\s+", re.IGNORECASE)


@register("osintkg.agreement.v1")
class AgreementTask:
    """Agreements between states, one per sentence that names one."""

    name = "agreement"

    def __call__(self, analysis: Analysis) -> list[Finding]:
        assert analysis.language
        language = analysis.language
        findings = []
        for sentence in analysis.sentences:
            credit = credits(analysis)[sentence.index]
            finding = self._finding(sentence, language, credit)
            if finding:
                findings.append(finding)
        return findings

    def _finding(self, sentence: Sentence, language: str, credit: Credit) -> Finding | None:
        treaties = [m for m in sentence.mentions if m.kind == "agreement"]
        nouns = [
            t
            for t in sentence.tokens_for(_nouns(language))
            if t.lemma_.lower() in _nouns(language) and t.pos_ in {"NOUN", "PROPN"}
        ]
        if not treaties and not nouns:
            return None
        anchor = treaties[0].span(sentence.doc).root if treaties else nouns[0]
        parties = _parties(sentence, anchor, treaties)
        if len(parties) < 2:
            return None
        period = nearest_period(sentence, anchor)
        return Finding(
            kind="agreement",
            roles={"parties": parties, "treaty": treaties[:1]},
            quote_start=sentence.offset,
            quote_end=sentence.offset + len(sentence.text.rstrip()),
            modality=modality(sentence, anchor, language, credit.speakers),
            sources=credit.speakers,
            name=treaties[0].name if treaties else _noun_phrase(anchor),
            time=TimeSpan(start=period.start, end=None) if period and period.start else None,
            provisions=_provisions(sentence, language),
            extra_mentions=treaties,
        )


def _parties(sentence: Sentence, anchor: Token, treaties: list[Mention]) -> list[Mention]:
    """The states that are party: named in the agreement's phrase ("the treaty between X and Y"), or the
    subjects and addressees of the clause it belongs to ("X and Y signed a treaty", "under a secret
    agreement, X funnels shells to Y"), or the parties the gazetteer knows for a named treaty."""
    clause = next((a for a in anchor.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    scope = [anchor, *(subject_of(clause) if clause else [])]
    if clause is not None:
        scope += [
            c
            for c in clause.children
            if c.dep_ in {"prep", "obl", "obl:arg", "iobj", "dative"}
            and any(g.lower_ in {"to", "à", "with", "avec"} for g in [c, *c.children])
        ]
    found: dict[str, Mention] = {}
    for mention in mentions_under(sentence, scope):
        if mention.state and mention.kind in {"country", "person", "organization"}:
            found.setdefault(mention.state, mention)
    if len(found) < 2 and treaties:
        entry = gazetteer().get(treaties[0].entity_id)
        for code in entry.parties if entry else ():
            state = gazetteer().get(code)
            if state and code not in found:
                found[code] = Mention(
                    entity_id=code,
                    kind="country",
                    name=state.name,
                    text=state.name,
                    start=treaties[0].start,
                    end=treaties[0].end,
                    token_start=treaties[0].token_start,
                    token_end=treaties[0].token_end,
                    form="treaty party",
                    state=code,
                )
    return list(found.values())


def _noun_phrase(token: Token) -> str:
    left = [t for t in token.lefts if t.dep_ in {"amod", "compound"}]
    right = [t for t in token.rights if t.dep_ in {"amod", "compound", "flat:name"}]
    start = min([token.i, *[t.i for t in left]])
    end = max([token.i, *[t.i for t in right]]) + 1
    span: Span = token.doc[start:end]
    return span.text


def _provisions(sentence: Sentence, language: str) -> list[str]:
    match = _provision_markers(language).search(sentence.folded)
    if not match:
        return []
    rest = sentence.folded[match.end() :]
    cut = re.split(r"[,;.:]", rest, maxsplit=1)[0]
    return [" ".join(cut.split()[:MAX_PROVISION_TOKENS])] if cut.strip() else []
