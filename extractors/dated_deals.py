"""A deal the next sentence tells again with its date.

    La marine pakistanaise a commandé quatre frégates à la Chine. Conclu en avril 2005, le contrat prévoit
    aussi un transfert de technologie.
    Egypt ordered 30 Rafale jets from France. The contract, signed in May 2021, also covers missiles.

The second sentence names the deal again by a pointing word ("le contrat", "the contract") and dates its
signing: it is a further statement of the one undated deal between the same states told just before, which
takes that date and what the second sentence says the deal provides for, not a second deal beside it.
"""

from __future__ import annotations

from dataclasses import replace

from extractors.analysis import Analysis
from extractors.lexicon import words
from extractors.tasks.agreement.parties import named_before
from extractors.tasks.agreement.task import signed_on_its_own
from extractors.tasks.base import Finding


def date_deals(analysis: Analysis, findings: list[Finding]) -> list[Finding]:
    """The findings, an undated deal and its dated restatement in the next sentence made one claim."""
    deals: dict[int, list[int]] = {}
    for position, finding in enumerate(findings):
        if finding.kind == "agreement":
            deals.setdefault(analysis.sentence_index(finding.quote_start), []).append(position)
    result = list(findings)
    for index, told in deals.items():
        again = deals.get(index + 1, [])
        if len(told) == 1 and len(again) == 1 and _restates(analysis, findings[told[0]], findings[again[0]]):
            first, second = findings[told[0]], findings[again[0]]
            merged = replace(first, time=second.time, provisions=_joined(first, second))
            result[told[0]] = merged
            result[again[0]] = replace(
                merged,
                quote_start=second.quote_start,
                quote_end=second.quote_end,
                modality=second.modality,
                sources=second.sources,
            )
    return result


def _restates(analysis: Analysis, first: Finding, second: Finding) -> bool:
    """The second deal, dated, points back at the first, undated, between the same states."""
    states = [{m.state for m in f.roles["parties"]} for f in (first, second)]
    if first.time is not None or second.time is None or states[0] != states[1] or second.roles.get("treaty"):
        return False
    sentence = analysis.sentences[analysis.sentence_index(second.quote_start)]
    language = sentence.doc.lang_
    nouns = [t for t in sentence.tokens_for(words("agreements", "nouns", language)) if named_before(t)]
    return len(nouns) == 1 and signed_on_its_own(sentence, language)  # "Conclu en avril 2005, le contrat"


def _joined(first: Finding, second: Finding) -> list[str]:
    return list(dict.fromkeys([*first.provisions, *second.provisions]))
