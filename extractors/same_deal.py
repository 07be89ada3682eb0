"""One deal stated once per sentence.

"Serbia bought 12 Rafale jets from France under a 2023 contract" states one agreement, which two tasks
find: the transfer task from the purchase verb ("bought"), the agreement task from "contract". The
findings of one sentence between the same parties become one: the first found (the tasks run in the order
of `data/pipeline.yaml`: a purchase names its materiel, "purchase (Rafale)"), with the time of the other
when it has none.
"""

from __future__ import annotations

from dataclasses import replace

from extractors.record import role_entity_id
from extractors.tasks.base import Finding


def one_deal_per_sentence(findings: list[Finding]) -> list[Finding]:
    """The findings, each sentence's agreements between the same parties made one."""
    kept: dict[tuple, int] = {}
    result: list[Finding] = []
    for finding in findings:
        if finding.kind != "agreement":
            result.append(finding)
            continue
        key = (finding.quote_start, frozenset(role_entity_id("parties", m) for m in finding.roles["parties"]))
        if key not in kept:
            kept[key] = len(result)
            result.append(finding)
            continue
        first = result[kept[key]]
        result[kept[key]] = replace(first, time=first.time or finding.time)
    return result
