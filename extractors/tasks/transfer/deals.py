"""A purchase or an order is a deal as well as a transfer: "Qatar ordered 24 Rafale", "l'Inde en a acheté
36 exemplaires" state an agreement between buyer and seller (`data/lexicon/transfer.yaml`, `deal_verbs`),
named by the deal the verb makes ("order", "commande") and dated when it was made; the materiel is dated
when a clause on it says it was delivered.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from extractors.analysis import Sentence
from extractors.inflection import word_forms
from extractors.lexicon import function_words, lexicon, words
from extractors.qualifiers.flow import agreement_time, starts_flow, time_of
from extractors.tasks.base import Finding
from extractors.tasks.roles import is_passive, marker_before, subject_of
from extractors.tasks.transfer.actors import actors
from extractors.tasks.transfer.roles import Roles, state_of
from extractors.tasks.transfer.triggers import REVERSE, Trigger
from graph.model import TimeSpan


def deal_of(sentence: Sentence, trigger: Trigger, transfers: list[Finding]) -> list[Finding]:
    """The agreement a buying or ordering verb states, between the parties of its first transfer."""
    nouns = lexicon("transfer")["deal_verbs"].get(trigger.token.lang_) or {}
    verb = next((v for v in word_forms(trigger.token) if v in nouns), None)
    if verb is None or trigger.is_noun or not transfers or _intended(trigger):
        return []
    if _describes(trigger) and not _dated_in_its_words(sentence, trigger.token):
        return []
    if _habitual(trigger.token):
        return []
    first = transfers[0]
    parties = [*first.roles["recipient"], *first.roles["supplier"][:1]]  # one deal, with one seller
    item = first.item.text if first.item else None
    name = f"{nouns[verb]} ({item})" if item else str(nouns[verb])
    deal = replace(
        first,
        kind="agreement",
        roles={"parties": parties},
        name=name,
        item=None,
        item_category=None,
        quantity=None,
        trend=None,
        status=None,
        time=agreement_time(sentence, trigger.token),
    )
    return [deal, *(replace(deal, time=_point(f.time)) for f in _increments(first, transfers))]


def _increments(first: Finding, transfers: list[Finding]) -> list[Finding]:
    """ "commandait 24 exemplaires, puis 12 de plus en décembre 2017": each further order of the same kind,
    with a date of its own, is a deal of its own."""
    same = [f for f in transfers[1:] if f.item_category == first.item_category and f.roles == first.roles]
    return [f for f in same if f.time is not None and f.time != first.time and f.quantity != first.quantity]


def _point(time: TimeSpan | None) -> TimeSpan | None:
    return time if time is None or time.end else TimeSpan(start=time.start, end=time.start)


DATE_REACH = 8  # tokens after a French participle where its date may stand, whatever the parser hung it on


def _dated_in_its_words(sentence: Sentence, token: Token) -> bool:
    """ "huit sous-marins commandés à la Chine en 2015": a participle with a date of its own tells when the
    deal was made, not only that there is one."""
    start, end = token.left_edge.idx, token.right_edge.idx + len(token.right_edge)
    if any(start <= p.char_start < end and p.role == "point" for p in sentence.periods):
        return True
    return token.lang_ == "fr" and _dated_just_after(sentence, token)


def _dated_just_after(sentence: Sentence, token: Token) -> bool:
    """ "commandés à Naval Group en mars 2024": a date within a few words after a French participle, before any
    verb or punctuation, which the French parser often hangs on the main verb instead."""
    after = sentence.doc[token.i + 1 : token.i + 1 + DATE_REACH]
    stop = next((t.i for t in after if t.pos_ in {"VERB", "AUX"} or t.is_punct), token.i + 1 + DATE_REACH)
    limit = sentence.doc[min(stop, len(sentence.doc) - 1)].idx
    return any(token.idx < p.char_start < limit and p.role == "point" for p in sentence.periods)


def _describes(trigger: Trigger) -> bool:
    """ "things that were ordered and paid for by Israel": a deal referred to, not one being made."""
    return trigger.token.dep_ in {"acl", "amod", "relcl", "acl:relcl"} or is_passive(trigger.token)


def _habitual(verb: Token) -> bool:
    """ "Azerbaijan, which buys most of its weapons from Israel", "l'Inde achète ses armes à la Russie": the
    simple present tells a habit of buying, no deal made."""
    simple = not any(c.dep_.startswith("aux") for c in verb.children)
    return simple and "Pres" in verb.morph.get("Tense", []) and "Fin" in verb.morph.get("VerbForm", [])


def _intended(trigger: Trigger) -> bool:
    """ "Egypt plans to buy 30 Rafale", "l'Égypte prévoit d'acheter": a purchase meant, no deal made
    (unless the verb it completes makes one: "agreed to buy", "a accepté d'acheter")."""
    token = trigger.token
    if "Inf" not in token.morph.get("VerbForm", []) or token.dep_ not in {"xcomp", "acl", "advcl", "ccomp"}:
        return False
    return not word_forms(token.head) & words("transfer", "agreeing_verbs", token.lang_) and not _under_a_deal(token)


def seller_by_deal(sentence: Sentence, trigger: Trigger, roles: Roles) -> None:
    """ "Under a deal with Germany, Egypt will receive four frigates", "aux termes d'un contrat signé avec
    l'Allemagne, l'Égypte recevra", "agreed with Denmark to buy": the other party of the deal the receipt
    falls under supplies it."""
    if trigger.direction != REVERSE or roles.suppliers or len(roles.recipients) != 1:
        return
    deals, partners = words("agreements", "nouns", sentence.doc.lang_), function_words("partner_markers")
    nouns = {t.i for t in sentence.doc if t.lemma_.lower() in deals or t.lower_ in deals}
    agreeing = words("agreements", "agreeing_verbs", sentence.doc.lang_)
    nouns |= {a.i for a in trigger.token.ancestors if word_forms(a) & agreeing}  # "agreed with Denmark to buy"
    others = [
        m
        for m in actors(sentence)
        if m.state
        and m.state != state_of(roles.recipients[0])
        and marker_before(sentence, m) in partners
        and any(a.i in nouns for a in sentence.doc[m.token_start : m.token_end].root.ancestors)
    ]
    if len(others) == 1:
        roles.suppliers.append(others[0])


def under_a_deal(trigger: Trigger) -> bool:
    """ "Cairo signed a deal to buy 30 Rafale", "un contrat pour acheter 30 Rafale": the purchase is what
    a deal provides for, stated by the deal (an agreement), not a transfer of its own (SCHEMA.md, Deals)."""
    token = trigger.token
    return not trigger.is_noun and "Inf" in token.morph.get("VerbForm", []) and _under_a_deal(token)


def for_a_third_state(sentence: Sentence, trigger: Trigger, found: list[Finding]) -> bool:
    """ "Croatia signed an agreement with Germany to hand 30 tanks to Ukraine": a deal's gift to a state that
    is none of those named before the deal's infinitive (its signers) is a pledge of its own, not a purchase
    the deal states."""
    if trigger.direction == REVERSE or not found:
        return False
    signers = {state_of(m) for m in actors(sentence) if m.token_end <= trigger.token.i}
    return all(f.roles["recipient"] and state_of(f.roles["recipient"][0]) not in signers for f in found)


def covered_by_a_deal(trigger: Trigger) -> bool:
    """ "a deal ... that also covers pilot training, spare parts and logistics support": a flow noun a deal's
    verb of covering takes is what the deal provides for (its provisions), not a transfer of its own."""
    token = trigger.token
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    verb = token.head
    if not trigger.is_noun or token.dep_ not in {"dobj", "obj"}:
        return False
    of_words = function_words("of_markers")
    if any(c.lower_ in of_words or any(g.lower_ in of_words for g in c.children) for c in trigger.token.children):
        return False  # "covers the supply of 18 Gripen jets to Colombia", "la fourniture de drones": told
    if not word_forms(verb) & words("transfer", "deal_covering_verbs", token.lang_):
        return False
    deals = words("agreements", "nouns", token.lang_) | words("transfer", "order_nouns", token.lang_)
    relative = verb.dep_ in {"relcl", "acl:relcl", "acl"}  # on the deal, or on its value ("a deal valued at")
    holders = [verb.head, *list(verb.head.ancestors)[:3]] if relative else list(subject_of(verb))
    return any(h.lemma_.lower() in deals for h in holders)


def expected_delivery(sentence: Sentence, trigger: Trigger) -> TimeSpan | None:
    """When a deal's materiel is expected: the date of a word of expected delivery after the deal's verb
    ("a deal to buy 14 aircraft, the first of which are due in 2026", "qui doivent être livrés entre 2027 et
    2030"); None when the sentence states none."""
    return expected_after(sentence, trigger.token)


def expected_after(sentence: Sentence, deal: Token) -> TimeSpan | None:
    """The date of the first word of expected delivery after `deal` that has one."""
    language = deal.lang_
    expecting = words("transfer", "expected_words", language)
    delivering = words("transfer", "delivery_verbs", language) | words("transfer", "delivery_nouns", language)
    after = sentence.doc[deal.i + 1 :]
    for wanted in (lambda t: t.lower_ in expecting, lambda t: bool(word_forms(t) & delivering)):
        for token in (t for t in after if wanted(t)):  # "deliveries expected to begin in 2029": "expected" first
            time = time_of(sentence, token, open_ended=False, pledged=True)
            if time is not None:
                return _when_delivered(token, time)
    return None


def _when_delivered(token: Token, time: TimeSpan) -> TimeSpan:
    """A delivery expected at a date is expected then ("due in 2026": 2026 to 2026), unless it only begins then
    ("expected to begin in 2029": from 2029) or is expected by then (an end only)."""
    begins = any(starts_flow(t) for t in token.subtree)
    return time if begins or time.start is None or time.end is not None else TimeSpan(start=time.start, end=time.start)


def _under_a_deal(token: Token) -> bool:
    deals = words("agreements", "nouns", token.lang_)
    head = token.head
    return head.lemma_.lower() in deals or any(
        c.dep_ in {"obj", "dobj"} and c.lemma_.lower() in deals for c in head.children if head.i != token.i
    )


def delivered_later(sentence: Sentence, trigger: Trigger, found: list[Finding], language: str) -> list[Finding]:
    """ "l'Inde en a acheté 36 exemplaires, qui ont commencé à être livrés en 2020": the purchase is dated
    when made (its deal), the materiel when the relative clause on it says it was delivered."""
    if trigger.direction != REVERSE or trigger.is_noun:
        return found
    delivering = words("transfer", "delivery_verbs", language)
    clauses = [t for t in trigger.token.subtree if t.dep_ in {"relcl", "acl:relcl"} and t.i > trigger.i]
    for clause in clauses:
        verb = next((t for t in clause.subtree if t.pos_ == "VERB" and word_forms(t) & delivering), None)
        time = time_of(sentence, verb, starts_flow(verb)) if verb is not None else None
        if time is not None:
            return [replace(f, time=time, status="delivered") for f in found]
    return found
