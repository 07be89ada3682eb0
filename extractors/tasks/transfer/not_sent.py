"""What is not the materiel a transfer sends, though the sentence names it with the trigger.

anti-ship missiles             "ship" qualifies the missiles' name: no trigger
HIMARS ammunition              the system the ammunition serves is not sent
kits for weapons systems       nor the materiel another item is for
"""

from __future__ import annotations

from spacy.tokens import Token

from extractors.analysis import Sentence
from extractors.entities import ItemMention
from extractors.lexicon import lexicon, words
from extractors.tasks.base import Finding
from extractors.tasks.roles import case_of
from extractors.tasks.transfer.roles import sides_of

SERVING_CATEGORIES = {"ammunition", "artillery_ammunition", "other", "technology"}  # what serves a system


def inside_an_item(sentence: Sentence, token: Token) -> bool:
    """ "anti-ship missiles": a word of the trigger's that qualifies the materiel's name."""
    if token.dep_ not in {"amod", "compound"}:
        return False
    return any(i.token_start <= token.i < token.head.i < i.token_end for i in sentence.items)


def served(sentence: Sentence, item: ItemMention, item_tokens: set[int]) -> bool:
    """ "modernization kits for other weapons systems", "des pièces pour hélicoptères": the materiel another
    item serves is not what is sent."""
    root = sentence.doc[item.token_end - 1]
    if root.dep_ in {"compound", "nummod"} and _of_category(sentence, root.head.i, SERVING_CATEGORIES):
        return True  # "HIMARS ammunition", "F-16 spare parts" (the model read as a number)
    marker = root.head
    purpose = words("transfer", "purpose_markers", sentence.doc.lang_)
    marked_by = case_of(root)
    if item.category == "troops" and marked_by is not None and marked_by.lower_ in purpose:
        return True  # "tanks for its soldiers", "des fusils pour les soldats maliens": whom it is for
    if root.dep_ in {"pobj", "nmod"} and marker.lower_ in purpose:
        after = marker.i > 0 and _of_category(sentence, marker.i - 1, SERVING_CATEGORIES)  # hung on the verb
        return marker.head.i in item_tokens or after  # en: the preposition is the head
    return any(c.lower_ in purpose and c.dep_ == "case" for c in root.children) and marker.i in item_tokens


def _of_category(sentence: Sentence, token: int, categories: set[str]) -> bool:
    return any(i.token_start <= token < i.token_end and i.category in categories for i in sentence.items)


def without_broader(by_trigger: list[list[Finding]]) -> list[Finding]:
    """A sentence's transfers, trigger by trigger, without those of a broader category beside a narrower one
    another trigger states between the same parties (`materiel.yaml`, `narrower`); one trigger's list keeps
    its kinds ("shells, rockets and other munitions"); nor those another word of the same flow counts or
    dates ("the first foreign buyer of BrahMos, which India began delivering in April")."""
    narrower: dict[str, list[str]] = lexicon("materiel").get("narrower") or {}

    kept = []
    for index, findings in enumerate(by_trigger):
        others = {(sides_of(f), f.item_category) for i, fs in enumerate(by_trigger) if i != index for f in fs}
        counted = {key for i, fs in enumerate(by_trigger) if i != index for f in fs if f.quantity for key in [_key(f)]}
        dated = {(*_key(f), f.status) for i, fs in enumerate(by_trigger) if i != index for f in fs if f.time}
        told = [f for i, fs in enumerate(by_trigger) if i != index for f in fs]
        kept += [
            f
            for f in findings
            if f.kind != "transfer"
            or not (
                any((sides_of(f), n) in others for n in narrower.get(f.item_category or "", []))
                or (f.quantity is None and _key(f) in counted)  # the same flow, counted by another word of it
                or (f.quantity is None and f.time is None and (*_key(f), f.status) in dated)  # or dated by it
                or any(_told_more(f, other) for other in told)
                or any(_same_money(f, other) for other in told)
            )
        ]
    return kept


def _same_money(finding: Finding, other: Finding) -> bool:
    """ "committed $60 billion in military assistance to Kyiv, making it Ukraine's largest arms supplier": the
    arms another word of the sentence counts by the same sum are that aid, funds."""
    if finding.item_category != "military_equipment" or other.item_category != "funds" or other.kind != "transfer":
        return False
    same = finding.quantity is not None and other.quantity is not None
    return same and sides_of(finding) == sides_of(other) and _sum(finding) == _sum(other)


def _sum(finding: Finding) -> tuple[object, ...]:
    quantity = finding.quantity
    return (quantity.min, quantity.max, quantity.unit) if quantity is not None else ()


def _told_more(finding: Finding, other: Finding) -> bool:
    """ "approved the sale of 66 jets to Taiwan, which are expected to be delivered by 2026": another word of
    the same flow (same status) gives all the finding gives, and more (here, the date)."""
    if other.kind != "transfer" or _key(other) != _key(finding) or other.status != finding.status:
        return False
    figure, time = finding.quantity in (None, other.quantity), finding.time in (None, other.time)
    return figure and time and (finding.quantity, finding.time) != (other.quantity, other.time)


def _key(finding: Finding) -> tuple:
    return sides_of(finding), finding.item_category
