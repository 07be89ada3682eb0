"""Sources a claim takes from the sentences before it.

A claim the article marks as reported or speculative ("reportedly", "aurait livré", "is believed to")
but whose sentence names no one is the word of the source last credited before it: "According to NK
News, ships loaded containers at Rason. The containers reportedly held shells." Only a claim that is
not the article's own statement takes one, and only from the nearest sentence before it that credits
a named source (however far: an article framed by a report, "Selon un rapport de l'ONU ...", reports it
throughout).
"""

from __future__ import annotations

from dataclasses import replace

from extractors.analysis import Analysis
from extractors.qualifiers.attribution import Credit, credits
from extractors.tasks.base import Cited, Finding

CARRIED_MODALITIES = {"reported", "speculative"}


def carry_sources(analysis: Analysis, findings: list[Finding]) -> list[Finding]:
    """The findings, a reported claim naming no source crediting the one named last before it."""
    if not any(f.modality in CARRIED_MODALITIES and not f.sources for f in findings):
        return findings
    found = credits(analysis)
    result = []
    for finding in findings:
        if finding.sources or finding.modality not in CARRIED_MODALITIES:
            result.append(finding)
            continue
        result.append(replace(finding, sources=_last_named(found, analysis.sentence_index(finding.quote_start))))
    return result


def _last_named(found: list[Credit], index: int) -> list[Cited]:
    for previous in range(index - 1, -1, -1):
        named = [s for s in found[previous].speakers if s.named]
        if named:
            return named
    return []
