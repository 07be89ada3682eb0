"""A deal for materiel made by one of its two parties sets up the flow the next sentences may tell.

    India and Armenia signed a contract in 2022 covering Pinaka launchers. Under this contract, the
    first launchers were delivered in July.
        the second sentence names no party: the launchers went from India (whose make they are) to
        Armenia, the deal's other party

Only a sentence that states no transfer of its own, names a deal, exactly two states, and a system one
of them makes, sets it up; a word of delivery then continues it as any flow told before (`continue_discourse`),
not a word of selling, buying or ordering, which restates the deal or tells of other sales.
"""

from __future__ import annotations

from extractors.analysis import Sentence
from extractors.entities import Mention, maker_of
from extractors.lexicon import words
from extractors.record import SUPPLYING_CATEGORIES, home_state
from extractors.tasks.pairs import named_states
from extractors.tasks.transfer.actors import state_of
from extractors.tasks.transfer.roles import Discourse


def remember_deal(sentence: Sentence, discourse: Discourse) -> None:
    """Set the deal's flow (seller: the maker of its system; buyer: the other party) as the last flow told."""
    system = maker_of(sentence.items)
    if system is None or not sentence.tokens_for(words("agreements", "nouns", sentence.doc.lang_)):
        return
    states = {state_of(m): m for m in named_states(sentence)}
    firm = _makers_firm(sentence, system.maker)
    if firm is not None and system.maker and system.maker not in states:
        states[system.maker] = firm
    if len(states) != 2 or system.maker not in states:
        return
    buyer = next(m for state, m in states.items() if state != system.maker)
    discourse.supplier, discourse.recipient, discourse.sentence = states[system.maker], buyer, sentence.index
    discourse.items, discourse.time, discourse.deal = {system.category: system}, None, sentence.index


def _makers_firm(sentence: Sentence, maker: str | None) -> Mention | None:
    """ "auprès de l'industriel KNDS France": a company of the system's maker state sells for it."""
    firms = [m for m in sentence.mentions if m.category in SUPPLYING_CATEGORIES]
    return next((m for m in firms if maker and home_state(m) == maker), None)
