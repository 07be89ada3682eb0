"""The agreement task: a treaty, pact or deal between parties.

    Pyongyang et Moscou ont officialisé leur coopération par un Traité de Partenariat Stratégique
    Compréhensif en 2024, incluant des clauses de solidarité militaire
        parties KP, RU; the treaty's name; 2024; provisions "clauses de solidarité militaire"

The parties are the states the sentence names as actors (at least two), or, for a treaty the
gazetteer knows, its parties. The name is the treaty's when known, else the words of the noun phrase.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from spacy.tokens import Span, Token

from extractors.analysis import Analysis, Sentence
from extractors.entities import ItemMention, Mention, maker_of
from extractors.lexicon import function_words, words
from extractors.qualifiers.attribution import Credit, credits
from extractors.qualifiers.flow import agreement_time
from extractors.qualifiers.stance import is_negated, modality
from extractors.tasks.agreement.parties import (
    another_treaty,
    dated_otherwise,
    named_before,
    names_both_parties,
    names_its_party,
)
from extractors.tasks.agreement.parties import parties as find_parties
from extractors.tasks.base import Finding, register
from extractors.tasks.pairs import Talk, named_states

ARTICLE_REACH = 4  # characters of an article before a party's name ("the ", "les ")
MAX_PROVISION_TOKENS = 10
RECENT_SENTENCES = 3  # how far back a system named before may be what a sentence's deal is about


@cache
def _nouns(language: str) -> frozenset[str]:
    return words("agreements", "nouns", language)


@cache
def _provision_markers(language: str) -> re.Pattern[str]:
    markers = sorted(words("agreements", "provision_markers", language), key=len, reverse=True)
    return re.compile(r"(?<![\w'])(?:" + "|".join(re.escape(m) for m in markers) + r")\s+", re.IGNORECASE)


@register("osintkg.agreement.v1")
class AgreementTask:
    """Agreements between states, one per sentence that names one."""

    name = "agreement"

    def __call__(self, analysis: Analysis) -> list[Finding]:
        assert analysis.language
        language = analysis.language
        findings: list[Finding] = []
        talk = Talk()  # the states named so far
        system: tuple[int, ItemMention] | None = None  # the last system of known make, and where
        for sentence in analysis.sentences:
            credit = credits(analysis)[sentence.index]
            made = maker_of(sentence.items)
            alone = len({m.state for m in named_states(sentence)}) <= 1  # not "Tokyo committed to help Ukraine"
            near = system is not None and sentence.index - system[0] <= RECENT_SENTENCES
            if made is None and not sentence.items and alone and system and near:
                made = system[1]  # "le Maroc a signé un contrat pour une douzaine d'exemplaires"
            before = named_states(analysis.sentences[sentence.index - 1]) if sentence.index else []
            last = findings[-1] if findings else None
            finding = self._finding(sentence, language, credit, (talk, before), made, last)
            if finding:
                findings.append(finding)
            talk.hear(sentence, [c.mention for c in credit.own if c.mention])
            system = (sentence.index, made) if made else system
        return findings

    def _finding(
        self,
        sentence: Sentence,
        language: str,
        credit: Credit,
        named: tuple[Talk, list[Mention]],
        system: ItemMention | None,
        last: Finding | None = None,
    ) -> Finding | None:
        """The sentence's agreement; `named`: the states named so far (`Talk`), and the states of the
        sentence before."""
        treaties = [m for m in sentence.mentions if m.kind == "agreement"]
        nouns = [
            t
            for t in sentence.tokens_for(_nouns(language))
            if t.lemma_.lower() in _nouns(language) and t.pos_ in {"NOUN", "PROPN"}
        ]
        nouns = [t for t in nouns if not _only_a_relation(t, language) and not _names_a_body(t, language)]
        nouns = [t for t in nouns if not _consent(t, language)]  # "avec l'accord de l'État du pavillon"
        nouns = [t for t in nouns if not _not_concluded(t, language)]  # "negotiations on a peace treaty"
        nouns = nouns or _sales_agreed(sentence, language)  # "agreed in 2015 on the sale of eight submarines"
        if not treaties and not nouns:
            return None
        anchor = treaties[0].span(sentence.doc).root if treaties else nouns[0]
        time = agreement_time(sentence, anchor)
        if treaties and dated_otherwise(sentence, treaties[0], time):
            treaties = []  # another treaty of a known one's name
        last_parties = last.roles.get("parties", []) if last else []
        parties = find_parties(sentence, anchor, treaties, named[0], system, named[1], last_parties)
        if len(parties) < 2:
            return None
        if treaties and another_treaty(treaties[0], parties):
            treaties = []  # a treaty of other states that shares its name with a known one
        finding = Finding(
            kind="agreement",
            roles={"parties": parties, "treaty": treaties[:1]},
            quote_start=sentence.offset,
            quote_end=sentence.offset + len(sentence.text.rstrip()),
            modality=modality(sentence, anchor, language, credit.speakers),
            sources=credit.speakers,
            name=treaties[0].name if treaties else None if anchor.pos_ == "VERB" else _noun_phrase(anchor),
            time=time,
            provisions=_provisions(sentence, language),
        )
        if named_before(anchor) and not treaties:
            own = bool(named_states(sentence)) or names_both_parties(sentence)  # "signé par les deux pays"
            own = own or names_its_party(sentence, anchor)  # "the contract with Dassault was signed in 2022"
            own = own or (time is not None and signed_on_its_own(sentence, language))  # "conclu en avril 2005"
            return _as_named_before(finding, last, own)
        return finding


def signed_on_its_own(sentence: Sentence, language: str) -> bool:
    """A participle of signing with no subject of its own stands in the sentence ("Conclu en avril 2005, le
    contrat prévoit", "The contract, signed in May 2021, covers"): the deal was concluded, between the states
    the sentence before names."""
    return any(
        "Part" in t.morph.get("VerbForm", []) and not any(c.dep_ in SUBJECT_DEPS for c in t.children)
        for t in sentence.tokens_for(words("agreements", "agreeing_verbs", language))
    )


SUBJECT_DEPS = {"nsubj", "nsubj:pass", "nsubjpass"}
SIGNED_REACH = 8  # tokens after a noun of relation where its participle of signing may stand


def _consent(noun: Token, language: str) -> bool:
    """ "avec l'accord de l'État du pavillon", "with the agreement of Egypt": someone's consent, no agreement
    between states (`consent_markers` before the noun's article, "de"/"of" after it)."""
    before = noun.doc[max(0, noun.i - 2) : noun.i]
    after = noun.doc[noun.i + 1 : noun.i + 3]
    if noun.lemma_.lower() not in words("agreements", "consent_nouns", language):
        return False  # "avec la commande de 180 chars": an order, made with it
    marked = any(t.lower_ in words("agreements", "consent_markers", language) for t in before)
    of = len(after) == 2 and after[0].lower_ in function_words("of_markers")
    return marked and of and after[1].pos_ in {"DET", "PROPN"}  # not "avec l'accord de coopération signé en 2019"


def _names_a_body(noun: Token, language: str) -> bool:
    """ "the Collective Security Treaty Organization", "l'Organisation du traité de sécurité collective": the
    noun names a body, not an agreement; nor does one that says what an actor is ("Manila's treaty ally")."""
    kinds = words("actors", "organization_nouns", language) | words("transfer", "actor_nouns", language)
    return noun.dep_ in {"compound", "nmod"} and noun.head.lemma_.lower() in kinds


def _denied_signing(verb: Token) -> bool:
    """A verb of signing negated, however the parser hung its "pas" ("qui n'a pas encore été signé")."""
    negations = function_words("negations")
    return is_negated(verb) or any(t.lower_ in negations for t in verb.subtree if t.i < verb.i)


OBJECTS = {"dobj", "obj", "nsubjpass", "nsubj:pass", "obl", "obl:arg", "pobj"}  # what a verb does something to


def _not_concluded(noun: Token, language: str) -> bool:
    """An agreement only proposed, studied or negotiated, or left unsigned: "a security agreement that Canberra
    proposed", "are studying similar arrangements", "les négociations sur un traité de paix", "the deal remains
    unsigned" (SCHEMA.md: an agreement claim is a concluded deal)."""
    verbs = words("agreements", "unconcluded_verbs", language) | words("transfer", "only_considered", language)
    verbs |= words("transfer", "only_talked", language)
    nouns = words("agreements", "unconcluded_nouns", language)
    governing = noun.head.head if noun.head.pos_ == "ADP" else noun.head
    if any(c.dep_ == "det" and c.lower_ in function_words("no_determiners") for c in noun.children):
        return True  # "aucun contrat n'a été signé", "no deal was signed"
    modifiers = words("agreements", "unconcluded_modifiers", language)
    near = noun.doc[max(0, noun.i - 2) : noun.i + 3]  # "a de facto truce", "une trêve de facto", however parsed
    informal = words("agreements", "unconcluded_near", language)
    if any(c.dep_ in {"amod", "det"} and c.lower_ in modifiers for c in noun.children) or any(
        t.lower_ in informal for t in near
    ):
        return True  # "the planned purchase", "un éventuel contrat", "chaque contrat"
    if governing.lemma_.lower() in words("agreements", "agreeing_verbs", language):
        hoping = words("agreements", "hoping_verbs", language)
        hoped = governing.dep_ == "xcomp" and governing.head.lemma_.lower() in hoping
        return hoped or is_negated(governing)  # "expects to sign a deal"; "signed the agreement Canberra proposed"
    if noun.dep_ in OBJECTS and governing.lemma_.lower() in verbs:
        return True  # "studying similar arrangements", "the treaty being negotiated"
    if governing.pos_ == "NOUN" and governing.lemma_.lower() in words("agreements", "signing_nouns", language):
        outer = governing.head.head if governing.head.pos_ == "ADP" else governing.head
        if outer.lemma_.lower() in verbs | words("agreements", "hoping_verbs", language):
            return True  # "espère la signature d'un accord-cadre", "hopes for the signing of a deal"
    if governing.pos_ == "NOUN" and governing.lemma_.lower() in nouns and governing.i < noun.i:
        return True  # "negotiations on a peace treaty", "un projet d'accord"
    clauses = [c for c in noun.children if c.dep_ in {"relcl", "acl:relcl", "acl"}]
    if any(c.lemma_.lower() in verbs for c in clauses):
        return True  # "an agreement that Canberra proposed", "l'accord proposé par"
    agreeing = words("agreements", "agreeing_verbs", language)
    if any(c.lemma_.lower() in agreeing and _denied_signing(c) for c in clauses):
        return True  # "un accord de paix, qui n'a toutefois pas encore été signé"
    return any(w.lower_ in words("agreements", "unsigned", language) for w in governing.subtree)


def _only_a_relation(noun: Token, language: str) -> bool:
    """ "a sign of a renewed partnership": a noun of relation no verb of agreeing or forming governs."""
    if noun.lemma_.lower() not in words("agreements", "relation_nouns", language):
        return False
    verbs = words("agreements", "agreeing_verbs", language) | words("agreements", "forming_verbs", language)
    heads = [noun.head, noun.head.head] if noun.head.pos_ == "ADP" or noun.dep_ == "pobj" else [noun.head]
    heads += list(noun.doc[noun.i + 1 : noun.i + 1 + SIGNED_REACH])  # "le partenariat CaMo (...), signé avec"
    return not any(h.pos_ in {"VERB", "AUX", "ADJ"} and h.lemma_.lower() in verbs for h in heads)  # not "a sign of"


def _sales_agreed(sentence: Sentence, language: str) -> list[Token]:
    """A sale or purchase that states agree on, sign or conclude ("Beijing and Islamabad agreed on the sale
    of eight submarines", "ont conclu l'achat de"): the deal, though no word names one."""
    agreeing = words("agreements", "agreeing_verbs", language)
    found = []
    for noun in sentence.tokens_for(words("agreements", "sale_nouns", language)):
        heads = [noun.head, noun.head.head] if noun.head.pos_ == "ADP" else [noun.head]
        if noun.pos_ == "NOUN" and any(h.lemma_.lower() in agreeing and h.pos_ == "VERB" for h in heads):
            found.append(noun)
    for verb in sentence.tokens_for(words("agreements", "sale_verbs", language)):  # "Argentina agreed to buy"
        head = verb.head
        if verb.dep_ == "xcomp" and head.pos_ == "VERB" and head.lemma_.lower() in agreeing and not is_negated(head):
            found.append(head)
    return found


def _as_named_before(finding: Finding, last: Finding | None, own_states: bool) -> Finding | None:
    """ "Japan and the Philippines signed a defence pact on Monday. The agreement allows ...": a sentence
    that names the agreement before by its article states that agreement, with its name and time; the
    states around it are not its parties when they are not the agreement's ("Azerbaijan condemned the
    deal" after Armenia and India signed one); with no agreement before and no state of its own, "the
    contracts" are no agreement between the last two states named ("Niger took delivery of drones and
    Mali received some. Baykar declined to give details of the contracts")."""
    if last is None:
        return finding if own_states else None
    if {m.state for m in finding.roles["parties"]} != {m.state for m in last.roles["parties"]}:
        return None
    if finding.time is not None and (last.time is None or finding.time != last.time):
        return finding  # a date of its own: a headline's restatement joins it (extractors.headlines)
    return replace(finding, name=last.name, time=last.time, roles={**finding.roles, "treaty": last.roles["treaty"]})


def _noun_phrase(token: Token) -> str:
    """The agreement noun with the words that qualify it next to it ("defence cooperation agreement", "accord
    militaire"), not a verb the parser hung on it ("le contrat prévoit la livraison de douze hélicoptères")."""
    start = end = token.i
    while start > 0 and _qualifies(token.doc[start - 1], start, end, {"amod", "compound"}):
        start -= 1
    while end + 1 < len(token.doc) and _qualifies(token.doc[end + 1], start, end, {"amod", "compound", "flat:name"}):
        if token.doc[end + 1].dep_ == "amod" and any(token.doc[end + 1].children):
            break  # "contracts worth $400 million": an adjective with a complement of its own says what of it
        end += 1
    span: Span = token.doc[start : end + 1]
    return span.text


def _qualifies(word: Token, start: int, end: int, deps: set[str]) -> bool:
    """A word hung on the phrase so far, as a modifier, and not a verb with a tense."""
    return start <= word.head.i <= end and word.dep_ in deps and "Fin" not in word.morph.get("VerbForm", [])


def _provisions(sentence: Sentence, language: str) -> list[str]:
    """What the deal provides for, after "including", "prévoyant", "with" (not "a deal with the United
    States", "un contrat avec Moscou": a party, whose name follows)."""
    for match in _provision_markers(language).finditer(sentence.folded):
        rest = sentence.folded[match.end() :]
        if _names_a_party(sentence, match.end()):
            continue
        cut = re.split(r"[,;.:]", rest, maxsplit=1)[0]
        return [" ".join(cut.split()[:MAX_PROVISION_TOKENS])] if cut.strip() else []
    return []


def _names_a_party(sentence: Sentence, char: int) -> bool:
    """An actor's name opens the words at `char` of the sentence (after an article at most)."""
    start = sentence.offset + char
    return any(
        m.kind in {"country", "organization", "person"} and 0 <= m.start - start <= ARTICLE_REACH
        for m in sentence.mentions
    )
