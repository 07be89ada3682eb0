"""A transfer a sentence tells again just after stating it.

    Iran has sent 300 drones to Russia since May. The drones were delivered by ship, the agency added.
    La Turquie a livré six drones au Niger. Ces drones ont été livrés par avion, selon Defense News.

The second sentence names the materiel again with a pointing word ("the", "ces"), gives no figure of its
own and no other date: it is a further statement (its quote, modality and sources) of the one claim of
the same transfer stated in the sentences just before, not a vaguer claim beside it. Where the sentences
before hold no such claim, or several, the finding is left as it is.
"""

from __future__ import annotations

import re
from dataclasses import replace

from extractors.analysis import Analysis
from extractors.headlines import GENERIC, same_transfer
from extractors.lexicon import words
from extractors.record import claim_of
from extractors.tasks.base import Finding

REACH = 2  # sentences back where the transfer told again may stand
LAST_WORD = re.compile(r"(\w+'?|l')\s*$", re.IGNORECASE)


def restate_flows(analysis: Analysis, findings: list[Finding]) -> list[Finding]:
    """The findings, each transfer told again made a statement of the claim it restates."""
    if analysis.language is None:
        return findings
    pointers = words("grammar", "materiel_pointers", analysis.language)
    return [
        g for f in findings for g in (_restating(analysis, f, findings) if _told_again(analysis, f, pointers) else [f])
    ]


def _told_again(analysis: Analysis, finding: Finding, pointers: frozenset[str]) -> bool:
    if finding.kind != "transfer" or finding.quantity is not None:
        return False
    if finding.item is None:  # the materiel carried from the sentences before: "ces ventes", "the deliveries",
        said = analysis.text[finding.quote_start : finding.quote_end].lower()  # not "deux autres vols"
        others = words("grammar", "more_of_a_kind", analysis.language or "en")
        return finding.item_category is not None and not any(re.search(rf"\b{w}\b", said) for w in others)
    before = LAST_WORD.search(analysis.text[max(0, finding.item.start - 12) : finding.item.start])
    return before is not None and before.group(1).lower() in pointers


def _restating(analysis: Analysis, again: Finding, findings: list[Finding]) -> list[Finding]:
    """The claim told again, as a statement of it; "the weapons" after several kinds of one flow
    ("missiles and rifles"), a statement of each."""
    index = analysis.sentence_index(again.quote_start)
    earlier = {
        claim_of(f).id: f
        for f in findings
        if index - REACH <= analysis.sentence_index(f.quote_start) < index
        and same_transfer(again, f)
        and f.status == again.status
        and again.time in (None, f.time)
    }
    if len(earlier) != 1 and (again.item_category != GENERIC or not earlier):
        return [again]
    return [
        replace(
            told,
            quote_start=again.quote_start,
            quote_end=again.quote_end,
            modality=again.modality,
            sources=again.sources,
        )
        for told in earlier.values()
    ]
