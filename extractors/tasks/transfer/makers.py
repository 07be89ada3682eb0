"""The maker of a named system as the supplier of a transfer that names no other.

    Le Niger a reçu ses premiers drones Bayraktar TB2          Turkey supplied Niger
    Poland took delivery of its first K2 tanks                  South Korea supplied Poland

Only for a receiving or buying verb, a passive or a noun (the words name the recipient, not who gave),
only when nobody in the sentence or the sentences before supplies it, and only when every named
system among the claim's materiel comes from the same state (`data/lexicon/materiel.yaml`: systems
whose maker says nothing of where a unit comes from, such as Soviet-era kit, have none).
"""

from __future__ import annotations

from extractors.entities import ItemMention, implied_state
from extractors.tasks.roles import is_passive
from extractors.tasks.transfer.roles import Roles
from extractors.tasks.transfer.triggers import REVERSE, Trigger


def maker_of(items: list[ItemMention]) -> ItemMention | None:
    """The one system of known make among the items (None when there is none, or makers differ)."""
    made = [i for i in items if i.maker]
    return made[0] if made and len({i.maker for i in made}) == 1 else None


def supply_by_maker(trigger: Trigger, items: list[ItemMention], roles: Roles) -> None:
    """Make the maker of the named system the supplier, when the words give a recipient and no supplier."""
    if roles.suppliers or not roles.recipients:
        return
    if not (trigger.direction == REVERSE or trigger.is_noun or is_passive(trigger.token)):
        return
    system = maker_of(items)
    if system is None or system.maker is None:
        return
    if any((r.state or r.entity_id) == system.maker for r in roles.recipients):
        return
    roles.suppliers.append(implied_state(system.maker, system, "maker"))
