"""One deal stated once per sentence.

"Serbia bought 12 Rafale jets from France under a 2023 contract" states one agreement, which two tasks
find: the transfer task from the purchase verb ("bought"), the agreement task from "contract". The
findings of one sentence between the same parties become one: the first found (the tasks run in the order
of `data/pipeline.yaml`: a purchase names its materiel, "purchase (Rafale)"), with the time of the other
when it has none. Deals of one word the sentence dates apart stay apart ("ordered 24 jets in 2015, then 12
more in December 2017").
"""

from __future__ import annotations

from dataclasses import replace

from extractors.record import role_entity_id
from extractors.tasks.base import Finding


def one_deal_per_sentence(findings: list[Finding]) -> list[Finding]:
    """The findings, each sentence's agreements between the same parties made one."""
    kept: dict[tuple, list[int]] = {}
    result: list[Finding] = []
    for finding in findings:
        if finding.kind != "agreement":
            result.append(finding)
            continue
        key = (finding.quote_start, frozenset(role_entity_id("parties", m) for m in finding.roles["parties"]))
        same = [i for i in kept.get(key, []) if not _dated_apart(result[i], finding)]
        if not same:
            kept.setdefault(key, []).append(len(result))
            result.append(finding)
            continue
        first = result[same[0]]
        result[same[0]] = replace(first, time=first.time or finding.time)
    return result


def _dated_apart(first: Finding, other: Finding) -> bool:
    """Two deals of the same word ("commande (Rafale)") with a date each, not the same."""
    return first.name == other.name and None not in (first.time, other.time) and first.time != other.time
