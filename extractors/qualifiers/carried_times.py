"""Times a claim takes from the sentences around it.

The materiel of a dated deal, named in the sentences after it, is promised from the deal's date.

"Plusieurs contrats ont été signés entre les deux pays en 2021. Les contrats signés prévoyaient la
fourniture de MRAP": the second sentence gives no date, but the contracts it speaks of are the ones
signed in 2021, so the MRAP are promised from 2021 on (a start, no end: the deliveries are to come).
The same for "The State Department reported eight arms sale agreements on Wednesday. [...] The
package includes 82 HIMARS".

Only a transfer with no time of its own takes one, only when a deal word with a definite or
demonstrative determiner ("the package", "les contrats", "ce contrat") is a subject of its sentence,
and only from an agreement between the same two states dated at most `REACH` sentences before (each
such transfer carries the deal on to the next sentences: "The package is rounded out by ...").

A flow said to have started, with no date, starts when one of the next sentences says its deliveries
began: "Russia has started supplying oil to North Korea. [...] The shipments, which began on March 7,
are the first ...".
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from extractors.analysis import Analysis, Sentence
from extractors.entities import Mention
from extractors.lexicon import words
from extractors.qualifiers.flow import OWN, STARTING_VERBS, flow_nouns, relation
from extractors.tasks.base import Finding
from graph.model import TimeSpan

REACH = 2  # sentences between the deal (or the last of its materiel) and the materiel it dates
SUBJECTS = {"nsubj", "nsubjpass", "nsubj:pass", "csubj"}


@cache
def _deal_words(language: str) -> tuple[frozenset[str], frozenset[str]]:
    return words("times", "deal_nouns", language), words("times", "definite", language)


def _names_the_deal(sentence: Sentence, language: str) -> bool:
    """ "the package includes", "Les contrats signés prévoyaient", "ce contrat prévoit"."""
    nouns, definite = _deal_words(language)
    for token in sentence.tokens_for(nouns):
        if token.dep_ in SUBJECTS and any(c.dep_ == "det" and c.lower_ in definite for c in token.children):
            return True
    return False


def _key(mention: Mention) -> str:
    return mention.state or mention.entity_id


def carry_times(analysis: Analysis, findings: list[Finding]) -> list[Finding]:
    """The findings, with the times they take from the sentences around them (see the module)."""
    return date_since_then(analysis, date_started_flows(analysis, date_deal_materiel(analysis, findings)))


def date_since_then(analysis: Analysis, findings: list[Finding]) -> list[Finding]:
    """ "... signed a defence pact in June. Since then, Pyongyang has sent shells": an undated transfer
    "since then" starts at the one date of the sentence before."""
    if not analysis.sentences or analysis.language is None:
        return findings
    phrases = words("times", "since_then")
    dated = list(findings)
    for k, finding in enumerate(findings):
        index = _index(analysis, finding)
        if finding.kind != "transfer" or finding.time is not None or index == 0:
            continue
        if not any(p in analysis.sentences[index].lowered for p in phrases):
            continue
        points = [p for p in analysis.sentences[index - 1].periods if p.role == "point" and p.start]
        if len(points) == 1:
            dated[k] = replace(finding, time=TimeSpan(start=points[0].start, end=None))
    return dated


def _index(analysis: Analysis, finding: Finding) -> int:
    return analysis.sentence_index(finding.quote_start)


def _began(sentence: Sentence, language: str) -> TimeSpan | None:
    """ "The shipments, which began on March 7, ...", "Les livraisons, commencées en mars, ...": when
    the deliveries a sentence speaks of again began."""
    definite = _deal_words(language)[1]
    for noun in sentence.tokens_for(flow_nouns(language)):
        if noun.dep_ not in SUBJECTS or not any(c.dep_ == "det" and c.lower_ in definite for c in noun.children):
            continue
        for period in sentence.periods:
            if period.role == "start" and period.start and relation(sentence, period, noun) == OWN:
                return TimeSpan(start=period.start, end=None)
    return None


def date_started_flows(analysis: Analysis, findings: list[Finding]) -> list[Finding]:
    """The findings, with a start given to the undated flows said to have started whose start the next
    sentences tell."""
    if not analysis.sentences or analysis.language is None:
        return findings
    dated = list(findings)
    for k, finding in enumerate(findings):
        if finding.kind != "transfer" or finding.time is not None:
            continue
        index = _index(analysis, finding)
        if not any(t.lemma_.lower() in STARTING_VERBS for t in analysis.sentences[index].tokens):
            continue
        for later in analysis.sentences[index + 1 : index + 1 + REACH]:
            time = _began(later, analysis.language)
            if time is not None:
                dated[k] = replace(finding, time=time)
                break
    return dated


def date_deal_materiel(analysis: Analysis, findings: list[Finding]) -> list[Finding]:
    """The findings, with a time given to the undated transfers that name a deal dated just before."""
    if not analysis.sentences or analysis.language is None:
        return findings

    def index_of(finding: Finding) -> int:
        return _index(analysis, finding)

    deals: dict[frozenset[str], tuple[int, str]] = {}  # the parties -> (sentence, start) of their last deal
    for finding in findings:
        if finding.kind == "agreement" and finding.time and finding.time.start:
            parties = frozenset(_key(m) for m in finding.roles.get("parties", []))
            deals.setdefault(parties, (index_of(finding), finding.time.start))
            if index_of(finding) > deals[parties][0]:
                deals[parties] = (index_of(finding), finding.time.start)
    if not deals:
        return findings
    dated = list(findings)
    order = sorted(range(len(findings)), key=lambda k: findings[k].quote_start)
    for k in order:
        finding = findings[k]
        if finding.kind != "transfer" or finding.time is not None:
            continue
        index = index_of(finding)
        sentence = analysis.sentences[index]
        suppliers, recipients = finding.roles.get("supplier", []), finding.roles.get("recipient", [])
        if not suppliers or not recipients or not _names_the_deal(sentence, analysis.language):
            continue
        actors = {_key(suppliers[0]), _key(recipients[0])}
        found = [
            (parties, at, start)
            for parties, (at, start) in deals.items()
            if actors <= parties and 0 <= index - at <= REACH
        ]
        if not found:
            continue
        parties, _, start = max(found, key=lambda f: f[1])
        dated[k] = replace(finding, time=TimeSpan(start=start, end=None))
        deals[parties] = (index, start)  # "The package is rounded out by ...": the same deal still
    return dated
