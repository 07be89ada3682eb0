"""Supplier and recipient of a transfer trigger.

North Korea has delivered containers to Russia      subject / "to"
russia imported containers from North Korea        subject of a reverse verb / "from"
des exportations nord-coréennes vers la Russie      demonym on the trigger / "vers"
livraisons de Pyongyang à Moscou                    "de" / "à"
Elle lui a livré du maïs                            pronouns: the previous sentence's actors
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from spacy.tokens import Token

from extractors.analysis import Sentence
from extractors.entities import Mention
from extractors.lexicon import words
from extractors.tasks.roles import agents_of, governs, is_passive, marker_before, mentions_under, subject_of
from extractors.tasks.transfer.triggers import REVERSE, Trigger

ACTOR_KINDS = {"country", "organization", "person"}
SUBJECT_PRONOUNS = {"il", "elle", "ils", "elles", "it", "they"}
OBJECT_PRONOUNS = {"lui", "leur"}
LINEAR_WINDOW = 9


@dataclass
class Discourse:
    """What earlier sentences said, for pronouns: the last supplier, recipient and subject actor."""

    supplier: Mention | None = None
    recipient: Mention | None = None
    subject: Mention | None = None


@dataclass
class Roles:
    suppliers: list[Mention] = field(default_factory=list)
    recipients: list[Mention] = field(default_factory=list)


@cache
def _markers(language: str) -> tuple[frozenset[str], frozenset[str]]:
    return words("transfer", "markers", language, "recipient"), words("transfer", "markers", language, "supplier")


def actors(sentence: Sentence) -> list[Mention]:
    return [m for m in sentence.mentions if m.kind in ACTOR_KINDS and (m.state or m.kind != "country")]


def _root(sentence: Sentence, mention: Mention) -> Token:
    span = mention.span(sentence.doc)
    return span.root


def _near_after(sentence: Sentence, trigger: Trigger, mention: Mention) -> bool:
    """The mention follows the trigger closely, with no other verb in between."""
    if not 0 < mention.token_start - trigger.i <= LINEAR_WINDOW:
        return False
    between = sentence.doc[trigger.i + 1 : mention.token_start]
    return not any(t.pos_ == "VERB" and t.dep_ not in {"amod", "acl"} for t in between) and ";" not in between.text


def assign(sentence: Sentence, trigger: Trigger, allowed: set[int], language: str) -> Roles:
    """Suppliers and recipients among the sentence's actors, for one trigger."""
    recipient_markers, supplier_markers = _markers(language)
    roles = Roles()
    token = trigger.token
    subjects = [] if trigger.is_noun else mentions_under(sentence, subject_of(token))
    agents = [] if trigger.is_noun else mentions_under(sentence, agents_of(token))
    reverse = trigger.direction == REVERSE
    for mention in actors(sentence):
        root = _root(sentence, mention)
        if mention in subjects:
            _add(roles, "recipient" if reverse else "supplier", mention)
            continue
        if mention in agents and is_passive(token):
            _add(roles, "recipient" if reverse else "supplier", mention)
            continue
        attached = governs(token, root, allowed | {token.i}) or _near_after(sentence, trigger, mention)
        marker = marker_before(sentence, mention)
        if attached and marker in recipient_markers and marker not in {"by", "par"}:
            _add(roles, "recipient", mention)
        elif (
            attached
            and marker in supplier_markers
            and (marker not in {"by", "par"} or trigger.is_noun or is_passive(token))
        ):
            _add(roles, "supplier", mention)
        elif trigger.recipient_object and root.dep_ in {"dobj", "obj", "iobj", "dative"} and root.head.i == token.i:
            _add(roles, "recipient", mention)
        elif (
            mention.form == "demonym"
            and root.head.i in allowed | {token.i}
            and root.dep_ in {"amod", "nmod", "compound", "npadvmod"}
        ) or (_possessive(sentence, mention) and root.head.i == token.i):
            _add(roles, "recipient" if reverse else "supplier", mention)
    return roles


def _possessive(sentence: Sentence, mention: Mention) -> bool:
    doc = sentence.doc
    return mention.token_end < len(doc) and doc[mention.token_end].lower_ in {"'s", "'"}


def _add(roles: Roles, role: str, mention: Mention) -> None:
    target = roles.suppliers if role == "supplier" else roles.recipients
    if all(m.entity_id != mention.entity_id for m in target):
        target.append(mention)


def resolve_pronouns(sentence: Sentence, trigger: Trigger, roles: Roles, discourse: Discourse) -> None:
    """ "Elle lui a livré": the subject and indirect-object pronouns name the last actors."""
    if trigger.is_noun:
        return
    subjects = subject_of(trigger.token)
    if not roles.suppliers and discourse.subject and any(s.lower_ in SUBJECT_PRONOUNS for s in subjects):
        roles.suppliers.append(discourse.subject)
    objects = [c for c in trigger.token.children if c.lower_ in OBJECT_PRONOUNS]
    if not roles.recipients and discourse.recipient and objects:
        roles.recipients.append(discourse.recipient)
