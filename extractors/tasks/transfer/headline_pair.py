"""The two states a headline names, for the lead's transfers that name only one of them.

    Iran's drones for Russia
    Tehran has shipped more than 2,000 Shahed drones since August.        Iran -> Russia

A headline (the first line, without final punctuation) that names materiel and exactly two states not at
war with each other, and no other actor, sets the pair; a transfer of the next `LEAD_REACH` sentences
that names one of them and no one else, with the other side missing, takes the other of the pair. When
the headline itself states the transfer ("La Pologne a reçu des chars sud-coréens"), its direction holds:
the state it names as the recipient is never made the supplier, nor the other way round.
"""

from __future__ import annotations

from dataclasses import dataclass

from extractors.analysis import Analysis, Sentence
from extractors.entities import Mention
from extractors.headlines import headline_line
from extractors.tasks.base import Finding
from extractors.tasks.transfer.actors import actors
from extractors.tasks.transfer.roles import Roles, sides_of, state_of
from extractors.tasks.transfer.wars import at_war

LEAD_REACH = 2  # sentences after the headline


@dataclass(frozen=True)
class HeadlinePair:
    states: tuple[Mention, Mention]
    supplier: str | None = None  # the state the headline's own transfer has supplying, if it states one


def headline_pair(analysis: Analysis, stated: list[Finding]) -> HeadlinePair | None:
    """The two states the headline names, if it is a line of its own naming materiel, exactly two states and
    no one else; with the direction of the transfer it states (`stated`: the headline's findings)."""
    line = headline_line(analysis.text)
    if line is None or not analysis.sentences or analysis.sentences[0].offset > line[0]:
        return None
    headline = analysis.sentences[0]
    named = actors(headline)
    states = {state_of(m): m for m in named if m.state}
    if not headline.items or len(states) != 2 or len({state_of(m) for m in named}) != 2 or at_war(*states):
        return None
    directions = {sides_of(f) for f in stated if f.kind == "transfer"}
    first, second = states.values()
    supplier = next(iter(directions))[0] if len(directions) == 1 else None
    return HeadlinePair((first, second), supplier) if len(directions) <= 1 else None


def complete_from_headline(sentence: Sentence, roles: Roles, pair: HeadlinePair | None) -> None:
    """Fill the missing side of a lead's transfer with the headline's other state."""
    if pair is None or not 0 < sentence.index <= LEAD_REACH or bool(roles.suppliers) == bool(roles.recipients):
        return
    present = roles.suppliers or roles.recipients
    states = {state_of(m) for m in present}
    if any(state_of(m) not in states for m in actors(sentence)) or len(states) != 1:
        return
    others = [m for m in pair.states if state_of(m) not in states]
    supplier = states if roles.suppliers else {state_of(m) for m in others}
    if len(others) != 1 or (pair.supplier is not None and supplier != {pair.supplier}):
        return
    (roles.recipients if roles.suppliers else roles.suppliers).append(others[0])
