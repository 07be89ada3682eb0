"""Sources a claim takes from the sentences before it.

A claim the article marks as reported or speculative ("reportedly", "aurait livré", "is believed to")
but whose sentence names no one is the word of the source last credited before it: "According to NK
News, ships loaded containers at Rason. The containers reportedly held shells." Only a claim that is
not the article's own statement takes one, and only from the nearest sentence before it that credits
a named source (however far: an article framed by a report, "Selon un rapport de l'ONU ...", reports it
throughout). A claim the article hedges with its own doubt ("Also unclear is whether ...", "on ignore si
...") is the writer's, and takes no source.

A claim the article states on its own, right after it told who looked into the evidence ("NHK analysed
Chinese customs data. ... En 2022, la Chine a exporté 700 tonnes"), is that investigation's finding: it
is credited to the investigator, up to the end of the next paragraph and until another source is named.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from functools import cache

from extractors.analysis import Analysis
from extractors.lexicon import words
from extractors.qualifiers.attribution import Credit, credits, investigators, says_it_by_denying
from extractors.tasks.base import Cited, Finding

CARRIED_MODALITIES = {"reported", "speculative"}
INVESTIGATION_REACH = 1  # paragraphs after the one that says who looked into the evidence
PARAGRAPH_BREAK = re.compile(r"\n+")


def carry_sources(analysis: Analysis, findings: list[Finding]) -> list[Finding]:
    """The findings, a reported claim naming no source crediting the one named last before it, and a claim
    the article states itself just after an investigation crediting its investigator."""
    if all(f.sources for f in findings):
        return findings
    found = credits(analysis)
    result = []
    for finding in findings:
        index = analysis.sentence_index(finding.quote_start)
        if finding.sources or _writer_doubts(analysis, index):
            result.append(finding)
        elif finding.modality in CARRIED_MODALITIES:
            result.append(replace(finding, sources=_last_named(analysis, found, index)))
        else:
            result.append(replace(finding, sources=_investigation(analysis, found, index)))
    return result


def _writer_doubts(analysis: Analysis, index: int) -> bool:
    """ "Also unclear is whether Korea supplied ...": the article's own doubt, credited to no one."""
    sentence = analysis.sentences[index]
    return _doubts(sentence.doc.lang_).search(sentence.lowered) is not None


@cache
def _doubts(language: str) -> re.Pattern[str]:
    alternation = "|".join(re.escape(d) for d in sorted(words("modality", "writer_doubt", language)))
    return re.compile(rf"(?<!\w)(?:{alternation})(?!\w)")


def _last_named(analysis: Analysis, found: list[Credit], index: int) -> list[Cited]:
    """The named sources the nearest sentence before credits, but those who deny ("Téhéran dément toute
    livraison": the denier reports nothing the article says next)."""
    for previous in range(index - 1, -1, -1):
        sentence = analysis.sentences[previous]
        named = [s for s in found[previous].speakers if s.named and not says_it_by_denying(sentence, s)]
        if named:
            return named
    return []


def _investigation(analysis: Analysis, found: list[Credit], index: int) -> list[Cited]:
    """Who looked into the evidence a few sentences before, with no other source named since (what it
    found, "Elle a constaté que ...", is the investigation's own word)."""
    paragraph, since = _paragraph(analysis, index), set[str]()
    for previous in range(index - 1, -1, -1):
        if paragraph - _paragraph(analysis, previous) > INVESTIGATION_REACH:
            return []
        looked = investigators(analysis.sentences[previous])
        if looked:
            credited = looked + list(found[previous].speakers)
            return credited if since <= {s.name for s in credited} else []
        since |= {s.name for s in found[previous].speakers}
    return []


def _paragraph(analysis: Analysis, index: int) -> int:
    """The paragraph a sentence stands in, counted once per article."""
    if "paragraphs" not in analysis.derived:
        breaks = [m.start() for m in PARAGRAPH_BREAK.finditer(analysis.text)]
        analysis.derived["paragraphs"] = [bisect_left(breaks, s.offset) for s in analysis.sentences]
    return analysis.derived["paragraphs"][index]
