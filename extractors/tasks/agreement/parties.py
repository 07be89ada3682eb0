"""The parties to an agreement, from the syntax when it is clear, else from what the sentence names.

    X and Y signed a treaty / the treaty between X and Y       subjects, the agreement's phrase
    under a secret agreement, X funnels shells to Y           the clause's subject and addressees
    the Treaty on Comprehensive Strategic Partnership         the parties the gazetteer knows
    les deux pays ont signé plusieurs contrats                 the last two states named together
    le Niger avait signé un accord en vertu duquel Ankara ...  the only two states the sentence names
    le Maroc a signé un contrat pour une douzaine de TB2       the buyer, and the system's maker

A state is never a party for being the source of the sentence ("les médias indiens ont rapporté").
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from extractors.analysis import Sentence
from extractors.entities import ItemMention, Mention, company_state, implied_state
from extractors.gazetteer import gazetteer
from extractors.lexicon import function_words, words
from extractors.tasks.pairs import PARTY_KINDS, Talk, is_source, named_states
from extractors.tasks.roles import acts_as_verb, agents_of, marker_before, mentions_under, subject_of
from graph.model import TimeSpan


def parties(
    sentence: Sentence,
    anchor: Token,
    treaties: list[Mention],
    talk: Talk,
    system: ItemMention | None,
    before: Sequence[Mention] = (),
    last: Sequence[Mention] = (),
) -> list[Mention]:
    """The states party to the agreement at `anchor` (see the module's docstring), at most one mention each;
    for "the contract" with one party named, the maker of the materiel named just before, the one other
    state the sentence before names ("Mali received two Mi-171 helicopters. The contract was signed with
    Russia")."""
    found = _by_syntax(sentence, anchor)
    if not found and _signed_by_it(anchor):
        _add(found, _pronoun_and_partner(sentence, before))
    prior = {m.state: m for m in before if m.state and m.state not in found}
    of_its_maker = system is not None and system.maker in found and _told_before_with(sentence, anchor)
    signed_with = any(_with_it(sentence, anchor, m) for m in found.values())  # "des accords signés avec Moscou"
    if len(found) == 1 and len(prior) == 1 and (_signed_by_it(anchor) or of_its_maker or signed_with):
        _add(found, list(prior.values()))  # "Prague has since ... In October it signed an agreement with Sweden"
    if len(found) < 2 and treaties and not _names_other_parties(sentence, treaties[0]):
        _add(found, _treaty_parties(treaties[0]))
    told_before = named_before(anchor) or _signed(anchor)  # "the agreement", "a framework agreement signed in 2022"
    if len(found) < 2 and not names_both_parties(sentence) and not _names_actors(sentence, anchor) and told_before:
        _add(found, _of_the_last(last, found) or talk.pair(found))  # "the deal would also see"
    if len(found) < 2 and names_both_parties(sentence):
        _add(found, talk.pair(found, sentence))
    seller_named = any(m.form == "company" for m in found.values())  # "signed with Turkish Aerospace"
    seller_named = seller_named or signed_with
    if len(found) == 1 and system is not None and system.maker and system.maker not in found and not seller_named:
        _add(found, [implied_state(system.maker, system, "maker")])
    if len(found) < 2 and not _partner_no_state(sentence, anchor):
        named = {k: m for k, m in _named_states(sentence).items() if not _in_its_provisions(sentence, anchor, m, found)}
        if len(named) == 2:
            _add(found, list(named.values()))
    others = {m.state: m for m in before if m.state not in found}
    made_by_party = system is not None and system.maker in found  # the contract for the Mi-171 of Russia
    if len(found) == 1 and len(others) == 1 and named_before(anchor) and made_by_party:
        _add(found, list(others.values()))
    return list(found.values())


def _with_it(sentence: Sentence, anchor: Token, mention: Mention) -> bool:
    """The party is the one the agreement's participle of signing, with no agent, names after "with"/"avec"
    ("des accords signés avec Moscou"): who signed is not named there, and is not a system's maker."""
    agreeing = words("agreements", "agreeing_verbs", anchor.lang_)
    participle = mention.span(sentence.doc).root.head
    participle = participle.head if participle.pos_ == "ADP" else participle
    signing = (
        participle.head.i == anchor.i and participle.dep_ in {"acl", "amod"} and participle.lemma_.lower() in agreeing
    )
    marked = marker_before(sentence, mention) in function_words("partner_markers") - {"to", "à"}
    return signing and marked and not agents_of(participle)


def _in_its_provisions(sentence: Sentence, anchor: Token, mention: Mention, found: dict[str, Mention]) -> bool:
    """ "Le cessez-le-feu conclu entre Israël et ... prévoit le déploiement de l'armée libanaise": a state named
    after a verb of what the agreement provides for is in its provisions, no party beside one named before it
    ("le contrat prévoit la livraison d'hélicoptères russes à l'Algérie" names its parties there)."""
    markers = words("agreements", "provision_markers", sentence.doc.lang_)
    verb = next((t for t in sentence.doc[anchor.i + 1 :] if t.pos_ == "VERB" and t.lower_ in markers), None)
    if verb is None or not any(m.token_start < verb.i for m in found.values()):
        return False
    return mention.token_start > verb.i


def _of_the_last(last: Sequence[Mention], found: dict[str, Mention]) -> list[Mention]:
    """The parties of the agreement found last, for "the deal" of a sentence that names no other party."""
    return list(last) if set(found) <= {m.state for m in last} else []


def _signed_by_it(anchor: Token) -> bool:
    """The clause of the agreement has a singular pronoun for its subject ("it signed a deal", "il a signé un
    contrat"): the one state the sentence before names."""
    clause = next((a for a in anchor.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    singular = function_words("subject_pronouns") - function_words("plural_subject_pronouns")
    return clause is not None and any(s.lower_ in singular for s in subject_of(clause))


def _told_before_with(sentence: Sentence, anchor: Token) -> bool:
    """ "Indonesia received three Rafales. The contract with Dassault was signed in 2022": a deal told before (by
    its article or its signing) whose own phrase names one party, a state or a firm of one (the maker of the
    materiel just named, `parties`); the other is the one state the sentence before names."""
    return (named_before(anchor) or _signed(anchor)) and names_its_party(sentence, anchor)


def names_its_party(sentence: Sentence, anchor: Token) -> bool:
    """ "the contract with Dassault", "l'accord avec Moscou": the agreement's phrase names a party, a state or a
    firm of one."""
    return any(m.state or company_state(m) for m in _partners(sentence, anchor))


def _partners(sentence: Sentence, anchor: Token) -> list[Mention]:
    """The mentions of the agreement's own phrase of partner ("with Berlin", "avec Moscou")."""
    markers = function_words("partner_markers") - {"to", "à"}
    partners = [c for c in anchor.children if any(g.lower_ in markers for g in [c, *c.children] if g.i <= c.i)]
    return mentions_under(sentence, partners)


def _pronoun_and_partner(sentence: Sentence, before: Sequence[Mention]) -> list[Mention]:
    """ "Canada ... In 2023 it signed a deal to buy 14 aircraft from the United States": the one state the
    sentence before names, and the one other state this sentence names."""
    prior = {m.state: m for m in before if m.state}
    named = {state: m for state, m in _named_states(sentence).items() if state not in prior}
    return [*prior.values(), *named.values()] if len(prior) == 1 and len(named) == 1 else []


def _add(found: dict[str, Mention], mentions: list[Mention]) -> None:
    """States, and armed groups ("le cessez-le-feu conclu entre Israël et le Hezbollah"), once each."""
    for mention in mentions:
        if mention.state:
            found.setdefault(mention.state, mention)
        elif mention.kind == "organization" and mention.category == "armed_group":
            found.setdefault(mention.entity_id, mention)


def _by_syntax(sentence: Sentence, anchor: Token) -> dict[str, Mention]:
    """States in the agreement's phrase, or subjects and addressees ("to", "with") of its clause."""
    clause = next((a for a in anchor.ancestors if acts_as_verb(a)), None)
    clause = None if _names_its_parties(sentence, anchor) else clause  # "hailed the ceasefire between X and Y"
    scope = [anchor, *(subject_of(clause) if clause else [])]
    scope += _listed_before(sentence, scope[1:])
    own_partner = anchor.dep_ not in {"obj", "dobj"} and _names_its_partner(sentence, anchor)
    if clause is not None and not own_partner:  # "Under an arrangement with Berlin, Croatia will hand ... to"
        scope += [
            c
            for c in clause.children
            if c.dep_ in {"prep", "obl", "obl:arg", "obl:agent", "obl:mod", "iobj", "dative"}  # however parsed
            and any(g.lower_ in function_words("partner_markers") for g in [c, *c.children])
        ]
    found: dict[str, Mention] = {}
    provided = {t.i for c in _provided_for(anchor) for t in c.subtree}
    under = [m for m in mentions_under(sentence, scope) if m.kind in PARTY_KINDS and not is_source(sentence, m)]
    under = [m for m in under if m.token_start not in provided and not _in_a_clause_on_a_thing(sentence, anchor, m)]
    under = [m for m in under if not go_between(sentence, m) and not _paid_by(sentence, m)]
    under = [m for m in under if not _signed_in(sentence, m)]
    _add(found, under)
    _add(found, [state for state in map(_state_of_company, under) if state is not None])
    return found


OPENING = {"", "the", "le", "la", "l'", "les"}  # what may stand before a list's first state


def _in_a_clause_on_a_thing(sentence: Sentence, anchor: Token, mention: Mention) -> bool:
    """ "une commande de canons, que l'UE a financée grâce aux avoirs russes": a state's adjective on a thing,
    in a clause inside the agreement's phrase (not one of signing: "signés avec des fabricants indiens"), says
    nothing of who agreed."""
    root, agreeing = mention.span(sentence.doc).root, words("agreements", "agreeing_verbs", anchor.lang_)
    clauses = [a for a in root.ancestors if a.i != anchor.i and a.pos_ in {"VERB", "AUX"} and anchor in a.ancestors]
    return any(c.lemma_.lower() not in agreeing for c in clauses) and _on_a_thing(sentence, mention)


def _names_its_parties(sentence: Sentence, anchor: Token) -> bool:
    """ "Iran called for a ceasefire between Israel and Lebanon", "a salué le cessez-le-feu conclu entre Israël et
    le Liban": the agreement's own phrase names two parties after a word of "between"."""
    between = words("agreements", "between_words", sentence.doc.lang_)
    mark = next((t.i for t in anchor.subtree if t.lower_ in between), None)
    named = [m for m in mentions_under(sentence, [anchor]) if mark is not None and m.token_start > mark]
    return len(named) >= 2


def _signed_in(sentence: Sentence, mention: Mention) -> bool:
    """ "ont paraphé en août à Washington un accord", "signed in Beijing": a capital after a word of place is
    where the agreement was made, not a party (a state is named "au Maroc", "à la France", "to Morocco")."""
    before = sentence.doc[mention.token_start - 1].lower_ if mention.token_start else ""
    return mention.form == "capital" and before in words("agreements", "place_markers", sentence.doc.lang_)


def go_between(sentence: Sentence, mention: Mention) -> bool:
    """ "sous l'égide des États-Unis", "under the auspices of Qatar": a state under a noun of mediation helped
    the parties agree, and is none of them."""
    mediators = words("agreements", "mediator_nouns", sentence.doc.lang_)
    root = mention.span(sentence.doc).root
    for head in root.ancestors:
        if head.pos_ in {"VERB", "AUX"}:
            return False
        if head.lemma_.lower() in mediators or head.lower_ in mediators:
            return True
    return False


def _paid_by(sentence: Sentence, mention: Mention) -> bool:
    """ "a contract with a Slovak firm for 16 howitzers, the purchase financed by Denmark": who pays for what the
    deal buys is no party to it (a `funds` transfer, SCHEMA.md)."""
    paying = words("transfer", "paying_verbs", sentence.doc.lang_)
    verb = next((a for a in mention.span(sentence.doc).root.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    return verb is not None and verb.dep_ in {"acl", "amod", "advcl"} and verb.lemma_.lower() in paying


def _listed_before(sentence: Sentence, subjects: list[Token]) -> list[Token]:
    """ "Le Mali, le Burkina Faso et le Niger ont signé": a state named before the subjects and a comma, the first
    of their list, which the parser hung elsewhere (opening the sentence, after an article at most)."""
    found = []
    for subject in subjects[:1]:
        comma = subject.left_edge.i - 1
        if comma > 0 and sentence.doc[comma].text == ",":
            opening = [m for m in sentence.mentions if m.state and m.token_end == comma]
            opening = [m for m in opening if sentence.doc[: m.token_start].text.lower() in OPENING]
            found += [sentence.doc[m.token_start] for m in opening]  # not "In Moscow, France and Italy signed"
    return found


def _provided_for(anchor: Token) -> list[Token]:
    """ "an agreement with Germany to hand 30 tanks to Ukraine": the clause of what the agreement provides for,
    whose states are no parties (not "the agreement signed with Russia": a clause of signing names one)."""
    agreeing = words("agreements", "agreeing_verbs", anchor.lang_)
    return [
        c
        for c in anchor.children
        if c.dep_ in {"acl", "relcl", "acl:relcl"} and c.pos_ == "VERB" and c.lemma_.lower() not in agreeing
    ]


def _names_its_partner(sentence: Sentence, anchor: Token) -> bool:
    """ "an arrangement with Berlin", "un accord avec Moscou": the agreement's phrase names its other party."""
    return any(m.state for m in _partners(sentence, anchor))


def _state_of_company(mention: Mention) -> Mention | None:
    """ "a signé avec Turkish Aerospace un contrat": a company that signs a deal sells for its state (SCHEMA.md:
    the state is the party, the company among its names)."""
    state = company_state(mention)
    return implied_state(state, mention, "company") if state else None


def _partner_no_state(sentence: Sentence, anchor: Token) -> bool:
    """ "a conclu un protocole d'accord avec la région séparatiste du Somaliland": the deal's partner is named,
    and is no state, so another state the sentence names is not it."""
    clause = next((a for a in anchor.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    holders = [anchor, *([anchor.head] if anchor.dep_ == "nmod" else []), *([clause] if clause is not None else [])]
    markers = function_words("partner_markers")
    partners = [
        c for h in holders for c in h.children if any(g.lower_ in markers for g in [c, *c.children] if g.i <= c.i)
    ]
    partners = [p for p in partners if p.pos_ in {"NOUN", "PROPN"} and p.i != anchor.i]
    return bool(partners) and not any(m.kind in PARTY_KINDS for m in mentions_under(sentence, partners))


def dated_otherwise(sentence: Sentence, treaty: Mention, time: TimeSpan | None) -> bool:
    """ "the two countries signed a 20-year Comprehensive Strategic Partnership Treaty in January" (of 2025): the
    known treaty of that name was signed in another year, so this is another, between the states the article
    has been talking about."""
    entry = gazetteer().get(treaty.entity_id)
    known, start = (entry.year if entry else None), (time.start if time else None)
    return names_both_parties(sentence) and bool(known and start) and str(start)[:4] != str(known)


def another_treaty(treaty: Mention, parties: list[Mention]) -> bool:
    """Whether the states the words make parties are not the known treaty's: "Russia and Iran signed a
    comprehensive strategic partnership treaty" is not the one of North Korea and Russia, whose name it shares."""
    entry = gazetteer().get(treaty.entity_id)
    known = set(entry.parties) if entry else set()
    named = {m.state for m in parties if m.form != "treaty party"}
    return bool(known) and len(named) >= 2 and not named <= known


def _names_other_parties(sentence: Sentence, treaty: Mention) -> bool:
    """The sentence names two states or more, not all of them the known treaty's ("Sur le plan juridique,
    Moscou et Téhéran ont signé un traité de partenariat stratégique global"): another treaty of that name."""
    entry = gazetteer().get(treaty.entity_id)
    named = set(_named_states(sentence))
    return entry is not None and bool(entry.parties) and len(named) >= 2 and not named <= set(entry.parties)


def _treaty_parties(treaty: Mention) -> list[Mention]:
    entry = gazetteer().get(treaty.entity_id)
    return [implied_state(code, treaty, "treaty party") for code in (entry.parties if entry else ())]


def names_both_parties(sentence: Sentence) -> bool:
    """ "les deux pays", "the two sides", "both countries"."""
    text = sentence.lowered
    return any(phrase in text for phrase in words("agreements", "both_parties", sentence.doc.lang_))


def _names_actors(sentence: Sentence, anchor: Token) -> bool:
    """Whether the sentence names a state or a body other than as a place ("signed in Manila") or in what the
    deal provides for ("le contrat prévoit la fabrication d'une frégate par les chantiers pakistanais")."""
    places = function_words("place_words")
    named = [m for m in named_states(sentence) if not _named_in_provisions(sentence, anchor, m)]
    return any(marker_before(sentence, m) not in places or _of_a_noun(sentence, m) for m in named)


def _named_in_provisions(sentence: Sentence, anchor: Token, mention: Mention) -> bool:
    """The state is named after the verb of providing the deal is the subject of ("le contrat prévoit")."""
    markers = words("agreements", "provision_markers", sentence.doc.lang_)
    verb = anchor.head
    if anchor.dep_ not in {"nsubj", "nsubj:pass"} or not ({verb.lower_, verb.lemma_.lower()} & markers):
        return False
    provided = {t.i for c in verb.children if c.dep_ in {"obj", "dobj"} for t in c.subtree}  # its object only
    return mention.token_start in provided


def _of_a_noun(sentence: Sentence, mention: Mention) -> bool:
    """ "une référence à Moscou": a state a noun governs is what the noun is about, not where it happens."""
    head = sentence.doc[mention.token_start : mention.token_end].root
    return head.dep_ == "nmod" and head.head.pos_ == "NOUN" and head.head.i < head.i


def _signed(anchor: Token) -> bool:
    """An agreement noun described by a participle of signing with its date ("a framework agreement signed in
    2022", "un accord conclu en 2021"): one deal, that of the states the article is about."""
    agreeing = words("agreements", "agreeing_verbs", anchor.lang_)
    signing = [c for c in anchor.children if c.dep_ in {"acl", "amod"} and c.lemma_.lower() in agreeing]
    return any(t.like_num or t.ent_type_ == "DATE" for c in signing for t in c.subtree)


def named_before(anchor: Token) -> bool:
    """ "The agreement was signed in Manila on Monday", "ce traité prévoit": an agreement noun with a
    definite or pointing article, which names the agreement the article named before (when the
    sentence names no party of its own)."""
    pointing = function_words("pointing_determiners") | function_words("demonstratives")
    own = any(c.dep_ == "det" and c.lower_ in pointing for c in anchor.children)
    return own and anchor.lemma_.lower() in words("agreements", "nouns", anchor.lang_)


def _named_states(sentence: Sentence) -> dict[str, Mention]:
    """The states the sentence names, but those it sets aside ("Outre la Libye, le Maroc a signé")."""
    aside = words("agreements", "set_aside", sentence.doc.lang_)
    found: dict[str, Mention] = {}
    named = [m for m in named_states(sentence) if not _on_a_thing(sentence, m) and not go_between(sentence, m)]
    named = [m for m in named if not _waging(sentence, m)]
    _add(found, [m for m in named if marker_before(sentence, m) not in aside])
    return found


def _waging(sentence: Sentence, mention: Mention) -> bool:
    """ "Four years after Russia's full-scale invasion", "depuis l'invasion russe": a state whose war a phrase
    names (lexicon `war_nouns`) wages it, and signs nothing by that."""
    root = mention.span(sentence.doc).root
    owner = root.dep_ in {"poss", "nmod:poss", "amod"}  # "Russia's", "russe"; not "la guerre en Ukraine" (nmod)
    return owner and root.head.lemma_.lower() in words("agreements", "war_nouns", sentence.doc.lang_)


def _on_a_thing(sentence: Sentence, mention: Mention) -> bool:
    """ "sous la menace de sanctions américaines": a state's adjective on a thing, neither an actor nor the
    agreement ("l'accord russo-iranien" names its parties)."""
    root, language = mention.span(sentence.doc).root, sentence.doc.lang_
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head  # "les gouvernements français, allemand et britannique": as the first adjective
    head = root.head
    if mention.form != "demonym" or root.dep_ != "amod" or head.pos_ != "NOUN" or sentence.mention_of(head):
        return False
    actors = words("actors", "body_nouns", language) | words("actors", "state_bodies", language)
    actors |= words("transfer", "actor_nouns", language)
    return head.lemma_.lower() not in words("agreements", "nouns", language) | actors
