"""The buyer and the seller a purchase told on the materiel names, whatever the verb the sentence hangs on:
"les canons commandés par le Maroc à l'industriel israélien Elbit ont été livrés", "the howitzers Morocco
ordered from Israel were delivered". The purchase's own words say who bought (its agent or subject: the
recipient) and who sold (after "from", "à", "auprès de": the supplier); the delivery verb's markers, read on
their own, would take "à l'industriel israélien" for where the guns went."""

from __future__ import annotations

from spacy.tokens import Token

from extractors.analysis import Sentence
from extractors.lexicon import function_words, words
from extractors.tasks.roles import AGENT_DEPS, AGENT_MARKERS, nominal_subjects
from extractors.tasks.transfer.actors import actors
from extractors.tasks.transfer.other_side import buying_verbs

ON_MATERIEL = {"acl", "amod", "relcl", "acl:relcl"}


def bought_roles(sentence: Sentence, trigger: Token, materiel: set[int]) -> dict[int, str]:
    """Role by mention start for the actors inside a purchase on the trigger's materiel (the item heads among
    `materiel`: the words of the trigger's items in its own clause), or in the trigger itself when it is
    that purchase hung on the materiel."""
    language = sentence.doc.lang_
    found: dict[int, str] = {}
    for verb in _purchases(sentence, trigger, materiel, language):
        sellers = words("transfer", "seller_markers", language)
        for mention in actors(sentence):
            root = mention.span(sentence.doc).root
            if root.i != verb.i and verb in root.ancestors:
                role = _role_under(root, verb, sellers)
                if role:
                    found.setdefault(mention.token_start, role)
            elif root.head.i == verb.head.i and verb.head.i < root.i < verb.i and root.dep_ in {"appos", "compound"}:
                found.setdefault(mention.token_start, "recipient")  # "the 42 Rafales Indonesia ordered", misparsed
    return found


def _purchases(sentence: Sentence, trigger: Token, materiel: set[int], language: str) -> list[Token]:
    """Purchase participles and clauses on the materiel: children of an item's head, after it."""
    heads = {i for item in sentence.items for i in _counted(sentence.doc[item.token_start : item.token_end].root)}
    on_materiel = [t for t in sentence.tokens if t.dep_ in ON_MATERIEL and t.head.i in heads and t.i > t.head.i]
    buying = buying_verbs(language)
    counted = [t for t in _of_a_count(sentence) if t.lemma_.lower() in buying and t.i != trigger.i and materiel]
    return [
        t
        for t in on_materiel
        if t.lemma_.lower() in buying
        and (t.i == trigger.i or (t.head.i in materiel and trigger not in t.subtree))
        and not _for_another(t)
    ] + [t for t in counted if trigger not in t.subtree and not _for_another(t)]


COUNT_OPENERS = {"of", "the", "les", "des"}  # "out of 66 ordered", "of the 24 ordered", "sur les 36 commandés"


def _of_a_count(sentence: Sentence) -> list[Token]:
    """Participles right after a count of the whole the delivery is part of ("took delivery of four jets, out of
    66 ordered from the United States", "six canons, sur les 36 commandés à la France"), however the parser hung
    them."""
    doc = sentence.doc
    return [
        t
        for t in sentence.tokens
        if "Part" in t.morph.get("VerbForm", [])
        and t.i > 1
        and doc[t.i - 1].like_num
        and doc[t.i - 2].lower_ in COUNT_OPENERS
    ]


def _for_another(verb: Token) -> bool:
    """ "the shells Czechia bought for Ukraine", "achetés au profit de l'Ukraine": the buyer is not who receives."""
    markers = words("transfer", "beneficiary_markers", verb.lang_)
    beneficiary = words("transfer", "beneficiary_nouns", verb.lang_)
    for child in verb.children:
        marked = any(t.lower_ in markers for t in [child, *child.children])
        named = any(t.pos_ == "PROPN" for t in child.subtree)  # "for Ukraine", not "for $2 billion"
        if (marked and named) or any(t.lemma_.lower() in beneficiary for t in [child, *child.children]):
            return True
    return False


def _counted(root: Token) -> list[int]:
    """The item's head, and the figures above it that count it, on which a purchase may hang ("de 200 missiles
    achetés aux", "the first four of the 24 Gripens Thailand ordered")."""
    found, token = [root.i], root
    for _ in range(2):
        token = token.head
        if token.like_num:
            found.append(token.i)
        elif token.lower_ not in function_words("of_markers"):
            break
    return found


def _role_under(root: Token, verb: Token, sellers: frozenset[str]) -> str | None:
    """Seller when a seller's marker heads or marks the phrase hung on the purchase or on its agent (the parser
    hangs "à l'industriel" on "par le Maroc"), not a noun of whom it is for ("au profit de l'Ukraine"); buyer
    when the way reaches the purchase through its agent or subject."""
    token, path = root, []
    while token.i != verb.i:
        path.append(token)
        if token.head.i == verb.i:
            break
        token = token.head
    if not path or path[-1].head.i != verb.i:
        return None
    top = path[-1]
    agent = top.dep_ in AGENT_DEPS or top.lower_ in AGENT_MARKERS
    near = [t for t in path if t.head.i == verb.i or (agent and t.head.i == top.i)]
    if any(_sells(t, sellers) for t in near):
        return "supplier"
    return "recipient" if agent or top in nominal_subjects(verb) else None


def _sells(token: Token, sellers: frozenset[str]) -> bool:
    """A seller's marker heads or marks the word, which is no noun of whom or where it is for."""
    if token.lemma_.lower() in words("transfer", "beneficiary_nouns", token.lang_):
        return False
    return token.lower_ in sellers or any(c.dep_ == "case" and c.lower_ in sellers for c in token.children)


def bought_materiel(sentence: Sentence, trigger: Token) -> bool:
    """The trigger's own words hold materiel a purchase is told on ("the Rafales Indonesia ordered from France
    landed at Pekanbaru"): what comes, comes to its buyer."""
    return bool(_purchases(sentence, trigger, {t.i for t in trigger.subtree}, sentence.doc.lang_))
