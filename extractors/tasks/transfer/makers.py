"""The maker of a named system as the supplier of a transfer that names no other.

    Le Niger a reçu ses premiers drones Bayraktar TB2          Turkey supplied Niger
    Poland took delivery of its first K2 tanks                  South Korea supplied Poland
    Mali received two helicopters offered by Russia             Russia supplied Mali (the giver said)

Only for a receiving or buying verb, a passive or a noun (the words name the recipient, not who gave),
only when nobody in the sentence or the sentences before supplies it, and only when every named
system among the claim's materiel comes from the same state (`data/lexicon/materiel.yaml`: systems
whose maker says nothing of where a unit comes from, such as Soviet-era kit, have none).
"""

from __future__ import annotations

from extractors.analysis import Sentence
from extractors.entities import ItemMention, implied_state, maker_of
from extractors.lexicon import words
from extractors.tasks.roles import is_passive, marker_before, mentions_under
from extractors.tasks.transfer.origin import giver_after, origin_maker
from extractors.tasks.transfer.roles import Roles, captured, role_markers
from extractors.tasks.transfer.triggers import ARRIVAL, REVERSE, SEIZURE, Trigger


def supply_by_maker(sentence: Sentence, trigger: Trigger, items: list[ItemMention], roles: Roles) -> None:
    """Make the maker of the materiel the supplier, when the words give a recipient and no supplier: the
    state the text says made it ("Russian-made jets were delivered to Mali"), else a named system's. A
    maker is never the supplier beside another the words name ("delivered to Sudan by Belarus")."""
    made = {m.state for item in items if (m := origin_maker(sentence, item))}
    givers = [s for s in roles.suppliers if (s.state or s.entity_id) not in made]
    if givers and len(givers) < len(roles.suppliers):
        roles.suppliers = givers  # "Russian-made jets were delivered to Sudan by Belarus": the maker gave nothing
    said = [maker for item in items if (maker := giver_after(sentence, item) or origin_maker(sentence, item))]
    makers = {m.state for m in said}
    others = [r for r in roles.recipients if (r.state or r.entity_id) not in makers]
    if others and len(others) < len(roles.recipients):
        roles.recipients = others  # "a reçu des hélicoptères fabriqués en Russie": the maker received nothing
    if roles.suppliers or not roles.recipients:
        return
    if not (trigger.direction in {REVERSE, ARRIVAL} or trigger.is_noun or is_passive(trigger.token)):
        return
    if any(captured(sentence.doc[item.token_end - 1]) for item in items):
        return  # "landed carrying a captured US Javelin missile": its maker lost it, gave it to no one
    system = maker_of(items)
    if said:
        maker = said[0]
    elif system is not None and system.maker:
        maker = implied_state(system.maker, system, "maker")
    else:
        return
    if all((r.state or r.entity_id) != maker.state for r in roles.recipients):
        roles.suppliers.append(maker)


BOUND_REACH = 5  # tokens after "bound for", "destinées" where whom it was for may stand, however the parser hung it


def _bound(sentence: Sentence, items: list[ItemMention], roles: Roles) -> None:
    """Where seized materiel was going ("bound for Yemen", "destinés au Yémen"), and where from ("from
    Iran"), read on the participle that says so."""
    language = sentence.doc.lang_
    recipient_markers, supplier_markers = role_markers(language)
    bound = words("transfer", "bound_participles", language)
    participles = [
        c
        for item in items
        for t in sentence.doc[item.token_start : item.token_end]
        for c in t.children
        if c.lower_ in bound
    ]
    first = min((item.token_start for item in items), default=len(sentence.doc))
    participles += [  # "un camion transportant des roquettes en provenance de Syrie et destinées au Hezbollah":
        t
        for t in sentence.tokens
        if t.lower_ in bound and t.i > first and t not in participles  # hung elsewhere
    ]
    for participle in participles:
        after = [m for m in sentence.mentions if participle.i < m.token_start <= participle.i + BOUND_REACH]
        under = mentions_under(sentence, [participle])
        for mention in under + [m for m in after if m not in under]:
            marker = marker_before(sentence, mention)
            if marker in recipient_markers and mention not in roles.recipients:
                roles.add("recipient", mention)
            elif marker in supplier_markers and not roles.suppliers:
                roles.add("supplier", mention)


def seized_from(sentence: Sentence, trigger: Trigger, items: list[ItemMention], roles: Roles) -> None:
    """Materiel seized or found: its maker ("North Korean-made") supplied it when no one else is named as
    its source, and a group it was taken from ("from Hamas militants") received it."""
    if trigger.direction != SEIZURE:
        return
    if not roles.recipients:
        _bound(sentence, items, roles)  # "rifles bound for Yemen from Iran were seized"
    if not any(m.state for m in roles.suppliers):
        made = [maker for item in items if (maker := origin_maker(sentence, item)) is not None]
        system = maker_of(items)
        if made:
            roles.suppliers.insert(0, made[0])
        elif system is not None and system.maker:
            roles.suppliers.insert(0, implied_state(system.maker, system, "maker"))
    groups = [m for m in roles.suppliers if m.kind == "organization" and not m.state]
    if groups and any(m.state for m in roles.suppliers):
        roles.suppliers = [m for m in roles.suppliers if m.state]
        for group in groups:
            roles.add("recipient", group)
