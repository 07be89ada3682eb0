"""Supplier and recipient of a transfer trigger.

North Korea has delivered containers to Russia      subject / "to"
russia imported containers from North Korea        subject of a reverse verb / "from"
des exportations nord-coréennes vers la Russie      demonym on the trigger / "vers"
livraisons de Pyongyang à Moscou                    "de" / "à"
the total US military aid to Ukraine                a state qualifying the trigger noun
la Corée du Nord est devenue le principal pourvoyeur d'armements de la Russie   agent noun
Elle lui a livré du maïs                            pronouns: the previous sentence's actors
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from functools import cache
from itertools import pairwise
from typing import Any

from spacy.tokens import Token

from extractors.analysis import Sentence
from extractors.entities import INSIDE, ItemMention, Mention, implied_state, opening_place_end
from extractors.gazetteer import gazetteer
from extractors.inflection import word_forms
from extractors.lexicon import function_words, words
from extractors.qualifiers.attribution import PASSIVE_SUBJECTS, SOURCE_DEPS, after_last_comma, closing_phrase
from extractors.qualifiers.flow import conveyances
from extractors.qualifiers.stance import accusing, is_reporting
from extractors.tasks.base import Finding
from extractors.tasks.roles import (
    AGENT_MARKERS,
    DETERMINERS,
    ROUTE_NOUNS,
    agents_of,
    case_of,
    governs,
    has_subject,
    inverted_incise,
    is_passive,
    marker_at,
    marker_before,
    mentions_under,
    nominal_subjects,
    opens_clause,
    subject_of,
)
from extractors.tasks.transfer.actors import actors, country_of, state_of
from extractors.tasks.transfer.bought import bought_roles
from extractors.tasks.transfer.other_side import (
    buying_nouns,
    buying_verbs,
    conveyance_origin,
    doers_of,
    helped,
    participle,
    thanked,
)
from extractors.tasks.transfer.packages import Told
from extractors.tasks.transfer.triggers import (
    ARRIVAL,
    FORWARD,
    REVERSE,
    SEIZURE,
    Trigger,
    bartered_back,
    placed_with,
    trigger_words,
)
from extractors.tasks.transfer.wars import at_war, in_an_event
from graph.model import TimeSpan

ROUTE_KINDS = {"country", "port", "location"}
SUBJECT_PRONOUNS = function_words("subject_pronouns")
OBJECT_PRONOUNS = function_words("object_pronouns")
LINEAR_WINDOW = 12
LEFT_WINDOW = 6
CLAUSE_STOPS = {":", ";"}
USER_VERBS = function_words("user_verbs")  # "deployed by X": X uses what it received
HOLDING_VERBS = function_words("holding_verbs")  # "Mali has tanks delivered by Russia": Mali received them
SIDE_CLAUSES = {"conj", "parataxis", "relcl", "acl:relcl", "advcl"}
COMPLEMENT_DEPS = {"attr", "xcomp", "obj", "dobj", "ROOT", "acomp", "oprd", "nmod", "pobj", "prep", "obl", "obl:arg"}
MODIFIER_DEPS = {"amod", "nmod", "compound", "npadvmod", "poss", "nmod:poss"}
INCLUDING_VERBS = function_words("including_verbs")
OF_MARKERS = function_words("of_markers")  # "supplier of Russia", "fournisseur de l'Arménie": the recipient
RELATIVE_WORDS = function_words("relative_words")  # "which", "qui": a relative clause's subject
BARTER_PARTNER_MARKERS = function_words("barter_partner_markers")  # "traded oil to North Korea", "avec Moscou"
AS_WORDS = ("as", "en tant que", "comme")  # "la Russie, en tant que principal fournisseur"
AS_WINDOW = 5
CLIMB = 5  # steps from a transfer noun up to the verb whose subject runs the flow ("ends hold on delivery of")
LIST_GAP = 6  # tokens between two actors of one list
CONTRACTED_ARTICLES = function_words("contracted_articles")  # "au pays": "à" and "le" in one word
GIVING_TO = function_words("giving_to")  # before the body a demonym names as recipient (not "for", "pour")
PLACE_WORDS = function_words("place_words")  # alone they place, not list: "the Houthis in Yemen"


@dataclass(frozen=True)
class HalfFlow:
    """A flow of materiel with one side named: in which sentence, that side's role and actor, what moved
    and when."""

    sentence: int
    role: str
    actor: Mention
    categories: frozenset[str]
    time: TimeSpan | None
    trigger: int = -1  # the token of its word of transfer
    materiel: frozenset[int] = frozenset()  # the tokens of what moved


@dataclass
class Discourse:
    """What earlier sentences said: the last subject actor, and the last claim's actors and where."""

    supplier: Mention | None = None
    recipient: Mention | None = None
    subject: Mention | None = None
    subject_sentence: int = -10
    partner: Mention | None = None  # the one other actor the subject's sentence named ("ties with Russia")
    tied: bool = False  # that actor joined to the subject or hung on its verb ("Iran and Russia", "ties with Iran")
    source: Mention | None = None  # that actor, when the subject turned to it for materiel ("turned to Russia for")
    sentence: int = -10
    time: TimeSpan | None = None
    status: str | None = None  # the last claim's status ("pledged", or None for delivered)
    items: dict[str, ItemMention | None] = field(default_factory=dict)  # the last claim's materiel, by category
    named: tuple[int, ItemMention] | None = None  # the last sentence that named materiel, and what it named
    system: tuple[int, ItemMention] | None = None  # the last sentence that named a system, and the system
    half: HalfFlow | None = None  # a flow with one side named, for the next sentence
    package: int = -10  # the last sentence whose flow a noun told ("a new aid package for Kyiv"), for "It includes"
    told: dict[str, Told] = field(default_factory=dict)  # the last flow each noun told, for "the package also includes"
    deal: int = -10  # the last sentence whose deal set the flow (`deal_flow`), which only deliveries carry on


COMPLEMENTS = {"obj", "dobj", "xcomp", "obl:arg"}  # a verb's nominal complements, however the parser names them


@dataclass
class Roles:
    suppliers: list[Mention] = field(default_factory=list)
    recipients: list[Mention] = field(default_factory=list)

    def add(self, role: str, mention: Mention) -> None:
        target = self.suppliers if role == "supplier" else self.recipients
        if all(m.entity_id != mention.entity_id for m in target):
            target.append(mention)


@cache
def role_markers(language: str) -> tuple[frozenset[str], frozenset[str]]:
    return words("transfer", "markers", language, "recipient"), words("transfer", "markers", language, "supplier")


def _near_after(sentence: Sentence, trigger: Trigger, mention: Mention, allowed: set[int]) -> bool:
    """The mention follows the trigger closely, with no other verb in between, and the parse does not hang
    it on a noun in between ("envoyés avant la guerre en Ukraine": Ukraine is where the war is)."""
    if not 0 < mention.token_start - trigger.i <= LINEAR_WINDOW:
        return False
    between = sentence.doc[trigger.i + 1 : mention.token_start]
    if any(t.pos_ == "VERB" and t.dep_ not in {"amod", "acl"} for t in between) or ";" in between.text:
        return False
    head = mention.span(sentence.doc).root.head
    while head.pos_ == "ADP" and head.head.i != head.i:
        head = head.head
    hung = head.pos_ == "NOUN" or describing_participle(head, trigger.token)  # "aircraft linked to the UAE"
    hung = hung and trigger.i < head.i < mention.token_start and head.i not in allowed
    hung = hung and sentence.mention_of(head) is None  # "par le Pakistan à la Chine": a name tagged as a noun
    return not hung or head.lower_ in ROUTE_NOUNS  # "à la disposition de", "à destination de" name the recipient


def assign(sentence: Sentence, trigger: Trigger, allowed: set[int], language: str) -> Roles:
    """Suppliers and recipients among the sentence's actors, for one trigger."""
    roles = Roles()
    token, reverse = trigger.token, trigger.direction == REVERSE
    giver, taker = ("recipient", "supplier") if reverse else ("supplier", "recipient")
    subjects, subject_role = _subjects(sentence, trigger)
    agents = mentions_under(sentence, _noun_agents(token) if trigger.is_noun else agents_of(token))
    seizure = trigger.direction in {SEIZURE, ARRIVAL}
    if seizure:
        subjects, agents = [], []  # who seized it is no party; what arrived is no actor
    if trigger.is_noun and not trigger.agent and subject_role is None and _owners(sentence, token):
        subjects = []  # "Hungary blocked the EU's aid": the flow is its owner's, not the subject's
    bought = _bought(sentence, trigger, allowed, subjects, subject_role or giver)
    for mention in actors(sentence):  # who bought and who sold, whatever else stands near
        if mention.token_start in bought:
            if bought[mention.token_start]:
                roles.add(bought[mention.token_start], mention)
            continue
        if _of_a_carrier(mention, mention.span(sentence.doc).root, language):
            continue  # "livrés par une compagnie ukrainienne de fret aérien": who carried it gave nothing
        if clause_before(sentence, mention, token):
            continue  # "l'arsenal chypriote reste d'origine russe : la Garde a acquis": another statement
        if _a_flag(sentence, mention, language):
            continue  # "the Panama-flagged tanker transferred oil", "battant pavillon panaméen": a flag, no party
        if _of_a_place(sentence, mention):
            continue  # "after leaving the Chinese port of Dalian": where the ship was, no party
        if mention in subjects:
            roles.add(subject_role or giver, mention)
        elif mention in agents and (is_passive(token) or trigger.is_noun or participle(token)):
            roles.add("recipient" if token.lemma_.lower() in USER_VERBS else giver, mention)
        else:
            role = _role_by_position(sentence, trigger, mention, allowed, language)
            role = {"giver": giver, "taker": taker}.get(role, role) if role else None
            if role and role not in bought.values():  # the purchase named that side
                roles.add(role, mention)
    if (trigger.direction == ARRIVAL or is_passive(token)) and not roles.recipients:
        for user in _users_of_subject(sentence, token):
            roles.add("recipient", user)
    if not roles.recipients and (
        trigger.direction == ARRIVAL or word_forms(token) & words("transfer", "unloading_verbs", language)
    ):
        for port in _ports_reached(sentence, token, allowed):
            roles.add("recipient", port)  # "unloaded aviation fuel at Thilawa port": the port's state received it
    if trigger.direction == FORWARD and not roles.recipients:
        for holder in _holders(sentence, token):
            roles.add("recipient", holder)
    armed = armed_ones(sentence, token)
    if armed:  # "Hamas fighters armed with North Korean rifles": the fighters received, gave nothing
        roles.suppliers = [m for m in roles.suppliers if m not in armed]
        for mention in armed:
            roles.add("recipient", mention)
    if trigger.direction == ARRIVAL and not roles.suppliers:
        for origin in conveyance_origin(sentence, token, language):
            roles.add("supplier", origin)  # "sept vols cargo en provenance d'Iran ont atterri à Port-Soudan"
        for group in (m for m in actors(sentence) if _troops_of_a_group(sentence, m, allowed)):
            roles.add("supplier", group)  # "Wagner fighters arrived in Mali": the group whose men arrived
    missing = not (roles.recipients if reverse else roles.suppliers)
    if missing and not trigger.is_noun and not seizure and not subjects:
        left = _left_subject(sentence, trigger, roles)
        if left:
            roles.add(giver, left)  # the actor just before the verb, when the parser found no subject
    if not roles.recipients and not reverse:
        for mention in doers_of(sentence, token, allowed, buying_verbs(language)):
            roles.add("recipient", mention)  # "the first of four frigates ordered by Pakistan"
    if not roles.suppliers and reverse:
        for mention in doers_of(sentence, token, allowed, words("transfer", "verbs", language, FORWARD)):
            roles.add("supplier", mention)  # "a reçu 31 chars Abrams, offerts par les États-Unis"
    if not reverse and not (roles.recipients and roles.suppliers):
        thankers, thanked_ones = thanked(sentence, trigger)  # "Kyiv thanked Berlin for sending tanks"
        for mention in thankers if not roles.recipients else []:
            roles.add("recipient", mention)
        for mention in thanked_ones if not roles.suppliers and thankers else []:
            roles.add("supplier", mention)
    if not roles.recipients:
        for mention in helped(sentence, trigger, allowed):
            roles.add("recipient" if not reverse else "supplier", mention)
    _extend_lists(sentence, trigger, roles)
    if reverse and trigger.is_noun and not roles.recipients and subject_role == "supplier" and subjects:
        others = [m for m in roles.suppliers if m not in subjects]  # "l'Inde, qui représente 40 % des importations
        roles.suppliers = [m for m in roles.suppliers if m in subjects]  # d'armes arméniennes": Armenia's imports
        roles.recipients.extend(others or _owner_told_before(sentence, token, subjects))
    if reverse and trigger.is_noun and not roles.recipients:
        _importer_of_made_goods(sentence, roles)
    groups = [_group_of(sentence, m) for m in roles.recipients]  # "to Lebanon's Hezbollah"
    roles.recipients = [m for k, m in enumerate(groups) if all(m is not n for n in groups[:k])]
    roles.recipients = [m for m in roles.recipients if not _on_its_makers(m.span(sentence.doc).root, language)]
    if any(_named_doer(sentence, m, subjects + agents, language) for m in roles.suppliers):
        # "Syrian mercenaries sent by Turkey": the adjective says where they are from, not who sent them
        roles.suppliers = [m for m in roles.suppliers if not adjectival(sentence, m)]
    return roles


def _ports_reached(sentence: Sentence, verb: Token, allowed: set[int]) -> list[Mention]:
    """The states of the ports where the verb's materiel was unloaded or arrived ("at Thilawa port", "au port
    de Tartous"), as the states the words imply."""
    language = sentence.doc.lang_
    markers = words("transfer", "presence_markers", language) | function_words("site_markers")
    found = []
    for port in (m for m in sentence.mentions if m.kind == "port" and m.token_start > verb.i):
        place = _port_noun(port.span(sentence.doc).root)
        case = case_of(place)
        entry = gazetteer().get(port.entity_id)
        reached = case is not None and case.lower_ in markers and governs(verb, place, allowed | {place.i})
        if reached and entry is not None and entry.country:
            found.append(implied_state(entry.country, port, "port"))
    return found


def _port_noun(root: Token) -> Token:
    """ "Thilawa port", "le port de Tartous": the port's noun, which its marker introduces."""
    nouns = words("port_calls", "port_nouns", root.lang_)
    if root.dep_ in {"compound", "nmod", "flat:name"} and root.head.lemma_.lower() in nouns:
        return root.head
    return root


def _owner_told_before(sentence: Sentence, noun: Token, subjects: list[Mention]) -> list[Mention]:
    """ "Armenia has turned to India, which accounts for 40% of its imports", "l'Azerbaïdjan s'appuie sur Israël,
    qui a fourni 70 % de ses importations": the imports are those of the subject of the clause the share's
    clause hangs on."""
    if not any("Yes" in c.morph.get("Poss", []) for c in noun.children):
        return []
    share = next((a for a in noun.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    if share is None or not any(s.lower_ in RELATIVE_WORDS for s in nominal_subjects(share)):
        return []  # "qui a fourni", "which accounts for": not "officials said Russia accounts for 60% of its imports"
    main = next((a for a in share.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    if main is None:
        return []
    return [m for m in mentions_under(sentence, subject_of(main)) if m not in subjects and m.state]


def _owners(sentence: Sentence, noun: Token) -> list[Mention]:
    """The actors named as the possessors of a noun of flow ("the EU's aid", "Russia's imports")."""
    return [m for m in actors(sentence) if _possessive(sentence, m) and m.span(sentence.doc).root.head.i == noun.i]


IMPORTER_ARTICLES = function_words("importer_articles")  # "du Vietnam", "de la Russie", "de l'Inde": whose imports


def _importer_of_made_goods(sentence: Sentence, roles: Roles) -> None:
    """ "Les importations d'armes russes du Vietnam": of an import noun, where the materiel's maker is named
    by its adjective, the one state after "du", "de la", "de l'" is who imports (not "de Russie", from)."""
    made = [m for m in roles.suppliers if m.form == "demonym"]
    owners = [
        m
        for m in roles.suppliers
        if m.form != "demonym" and m.token_start > 0 and sentence.doc[m.token_start - 1].lower_ in IMPORTER_ARTICLES
    ]
    if sentence.doc.lang_ == "fr" and made and len(owners) == 1:
        roles.suppliers.remove(owners[0])
        roles.recipients.append(owners[0])


def _barter_role(mention: Mention, back: Token, marker: str | None) -> str | None:
    """Who the subject bartered with: named with "to"/"with"/"avec"/"à", or as the origin of what came back
    ("for Russian oil"); a state after "for" takes what the subject gave."""
    if mention.token_start > back.i or marker in BARTER_PARTNER_MARKERS:
        return "recipient"
    return None


def _antecedent(sentence: Sentence, verb: Token, doers: list[Token]) -> list[Mention]:
    """ "to Russia, which in turn supplied Iran with jets": the actor a relative pronoun subject stands for
    (the actor right before it and its comma, where the parser made the clause the sentence's root or hung
    it on a verb: "Contrairement à l'Allemagne, qui a envoyé des chars")."""
    relatives = [d for d in doers if d.lower_ in RELATIVE_WORDS]
    if not relatives:
        return []
    active = not any(c.dep_ in {"auxpass", "aux:pass"} for c in verb.children)  # not "which are expected to be"
    misplaced = verb.dep_ == "ROOT" or (active and verb.head.pos_ in {"VERB", "AUX"})  # "à l'Iran, qui a fourni"
    if verb.dep_ in {"relcl", "acl:relcl"} and not misplaced:
        mention = sentence.mention_of(verb.head)
        return [mention] if mention is not None else []
    before = relatives[0].i - 1
    if before > 0 and sentence.doc[before].text == "," and misplaced:
        mention = sentence.mention_of(sentence.doc[before - 1])
        return [mention] if mention is not None and mention.state else []
    return []


def _named_doer(sentence: Sentence, mention: Mention, doers: list[Mention], language: str) -> bool:
    """A state or body named as who did it (the subject, after "by", or after "from"), not by an adjective:
    beside it, an adjective on the materiel or the people sent says where they are from, not who sent them
    ("received American tanks from Poland")."""
    doers_markers = AGENT_MARKERS | (role_markers(language)[1] - OF_MARKERS)  # not "dans le golfe d'Oman"
    return not adjectival(sentence, mention) and (mention in doers or marker_before(sentence, mention) in doers_markers)


def adjectival(sentence: Sentence, mention: Mention) -> bool:
    """A state named as an adjective would be: its adjective ("American tanks"), or, in English, its short
    name before a noun ("US tanks", "U.S. weapons")."""
    if mention.form == "demonym":
        return True
    root = mention.span(sentence.doc).root
    return mention.state is not None and root.dep_ == "compound" and root.head.pos_ in {"NOUN", "PROPN"}


def _on_its_makers(root: Token, language: str) -> bool:
    """ "the orders for US military suppliers", "des commandes aux industriels français": a state's name on
    those an order is placed with, who are paid for the materiel, not given it."""
    makers = words("transfer", "maker_nouns", language) | words("transfer", "agent_nouns", language)
    while root.dep_ in {"compound", "amod", "nmod"} and root.head.pos_ == "NOUN":
        root = root.head
    return root.lemma_.lower() in makers and placed_with(root)


def _users_of_subject(sentence: Sentence, verb: Token) -> list[Mention]:
    """ "Most of the drones used by Russia came from Iran": who uses what arrived had received it."""
    users = [
        t
        for subject in subject_of(verb)
        for t in subject.subtree
        if t.lemma_.lower() in USER_VERBS and t.dep_ in {"acl", "amod", "relcl", "acl:relcl"}
    ]
    doers = [d for user in users for d in [*agents_of(user), *subject_of(user)]]  # "the drones Russia used"
    return [m for m in mentions_under(sentence, doers) if m in actors(sentence)]


def arming(token: Token) -> bool:
    """A verb that names its materiel itself, weapons: "Belarus is arming the junta", "armés de fusils"."""
    return bool(word_forms(token) & words("transfer", "arming_verbs", token.lang_))


def armed_ones(sentence: Sentence, participle: Token) -> list[Mention]:
    """ "Hamas fighters armed with North Korean rifles", "des combattants du Hamas armés de fusils
    nord-coréens": the actors of the noun a participle of arming describes."""
    if not arming(participle) or participle.dep_ not in {"acl", "amod"}:
        return []
    own = {t.i for t in participle.subtree}
    described = mentions_under(sentence, [participle.head])
    return [m for m in described if m.token_start not in own and m in actors(sentence)]


def _holders(sentence: Sentence, participle: Token) -> list[Mention]:
    """ "Mali has a dozen tanks, delivered by Russia", "la Pologne dispose de MiG livrés par l'URSS": who
    holds the materiel a participle describes had received it."""
    if participle.dep_ not in {"acl", "amod"}:
        return []
    held = participle.head
    while held.dep_ == "nmod" and held.head.pos_ == "NOUN":
        held = held.head  # "une dizaine de chars, livrés": the count of the materiel
    verb = held.head
    if held.dep_ not in {"dobj", "obj", "obl:arg"} or not word_forms(verb) & HOLDING_VERBS:
        return []  # (by its forms: the small model reads "exploite" as an adjective)
    return [m for m in mentions_under(sentence, subject_of(verb)) if m in actors(sentence)]


def _extend_lists(sentence: Sentence, trigger: Trigger, roles: Roles) -> None:
    """The actors listed with one that has a role play it too: "à Damas et Naypyidaw", "en Russie, en
    Chine et au Vietnam", "vers divers pays, dont les États-Unis et la France"."""
    for role, listed in (("recipient", roles.recipients), ("supplier", roles.suppliers)):
        if not listed:
            continue
        for mention in actors(sentence):
            taken = {m.entity_id for m in roles.suppliers + roles.recipients}
            after = mention.token_start > listed[-1].token_start
            if after and mention.entity_id not in taken and _listed_after(sentence, listed[-1], mention):
                roles.add(role, mention)


def _listed_after(sentence: Sentence, first: Mention, mention: Mention) -> bool:
    """Only list words stand between the two mentions: commas, "and", a preposition or article repeated,
    or "including" and a general noun ("divers pays, dont")."""
    between = sentence.doc[first.token_end : mention.token_start]
    if not len(between) or len(between) > LIST_GAP:
        return False
    root = mention.span(sentence.doc).root
    if root.dep_.startswith("nsubj") or root.dep_ == "ROOT" or opens_clause(sentence.doc, mention.token_end):
        return False  # "... arms sale to Taiwan, China protests": the subject of another clause (or its root)
    joiners = words("transfer", "list_joiners", sentence.doc.lang_)
    if first.form == "demonym" and not any(t.pos_ in {"CCONJ", "PUNCT"} for t in between):
        return False  # "la province mozambicaine de Cabo Delgado": the place of the state, not another
    return all(t.lower_ in joiners or t.pos_ in {"DET", "CCONJ", "PUNCT"} for t in between) and any(
        t.pos_ in {"CCONJ", "PUNCT"} or t.lower_ in joiners - PLACE_WORDS for t in between
    )


def _listed_destination(
    sentence: Sentence, trigger: Trigger, mention: Mention, recipient_markers: frozenset[str]
) -> bool:
    """ "vers divers pays, dont les États-Unis": a state listed after a destination the trigger names."""
    joiners = words("transfer", "list_joiners", sentence.doc.lang_)
    i = mention.token_start - 1
    while i > trigger.i and sentence.doc[i].lower_ not in recipient_markers:
        if not (sentence.doc[i].lower_ in joiners or sentence.doc[i].pos_ in {"DET", "PUNCT", "ADJ"}):
            return False
        i -= 1
    if _of_another_clause(trigger.token, mention.span(sentence.doc).root):
        return False  # "allowed it to ship weapons ..., and Japan sent interceptors to the United States"
    if describing_participle(sentence.doc[i].head, trigger.token):
        return False  # "aboard cargo aircraft linked to the UAE": the participle's complement
    return i > trigger.i and i < mention.token_start - 1 and sentence.doc[i].lower_ in recipient_markers - {"de"}


def describing_participle(participle: Token, trigger: Token) -> bool:
    """A participle describing a noun ("aircraft linked to the UAE"), not the trigger, nor one of sending,
    going or ordering ("destined for Russia", "sold to", "passée à"): what hangs on it is its own complement."""
    if participle.pos_ != "VERB" or participle.dep_ != "acl" or participle.i == trigger.i:
        return False
    going = words("transfer", "bound_participles", trigger.lang_) | trigger_words(trigger.lang_)
    going |= words("transfer", "receiving_verbs", trigger.lang_)  # "la commande passée à la Corée du Sud"
    going |= words("transfer", "locating_participles", trigger.lang_)  # "des ports situés en Thaïlande"
    return not word_forms(participle) & going


def _of_another_clause(trigger: Token, root: Token) -> bool:
    """The noun hangs on a later verb with a subject of its own, which the trigger does not govern."""
    verb = next((t for t in root.ancestors if t.pos_ in {"VERB", "AUX"}), None)
    if verb is None or verb.i <= trigger.i or not has_subject(verb):
        return False
    return trigger not in verb.ancestors and verb not in trigger.ancestors


def listed_pairs(sentence: Sentence, pairs: list[tuple[Mention, Mention]]) -> list[tuple[Mention, Mention]]:
    """The first supplier-recipient pair, and the pairs whose actors are listed with its actors."""
    supplier, recipient = pairs[0]
    suppliers = {supplier.entity_id} | {s.entity_id for s, _ in pairs if _in_list(sentence, supplier, s)}
    recipients = {recipient.entity_id} | {r.entity_id for _, r in pairs if _in_list(sentence, recipient, r)}
    return [(s, r) for s, r in pairs if s.entity_id in suppliers and r.entity_id in recipients]


def _in_list(sentence: Sentence, a: Mention, b: Mention) -> bool:
    first, second = (a, b) if a.token_start < b.token_start else (b, a)
    mentions = [m for m in actors(sentence) if first.token_start <= m.token_start <= second.token_start]
    return len(mentions) >= 2 and all(_listed_after(sentence, x, y) for x, y in pairwise(mentions))


def linked_verbs(token: Token) -> list[Token]:
    """ "the package also includes 150 armored vehicles for Ukraine", "the new tranche of aid would include":
    what a trigger noun includes is its item, and the recipient named with that is its recipient; what a
    verb of receiving says of the noun it takes ("placed an order with South Korea") says it of the flow."""
    bundle = _bundle_of(token)  # "the new tranche of aid would include": the tranche is the aid
    token = bundle if bundle is not None else token
    head = token.head
    if token.dep_.startswith("nsubj") and head.lemma_.lower() in INCLUDING_VERBS:
        return [head]
    if token.pos_ == "NOUN" and _taken_by(token) is not None:
        return [head]  # "a passé la commande de 180 chars ... à la Corée du Sud": the seller, on the verb
    if token.dep_ == "acomp" and token.lower_ in words("transfer", "expected_words", token.lang_):
        return [head]  # "three more jets are due by March": what is due is the copula's subject
    return []


def _taken_by(noun: Token) -> Token | None:
    """The verb of receiving whose object the noun is: "took delivery of", "a passé une commande"."""
    receiving = words("transfer", "receiving_verbs", noun.lang_)
    return noun.head if noun.dep_ in {"obj", "dobj"} and word_forms(noun.head) & receiving else None


def _bundle_of(noun: Token) -> Token | None:
    """The bundle noun whose complement the trigger noun is: "a tranche of aid", "un paquet d'aide"."""
    head = noun.head.head if noun.dep_ == "pobj" else noun.head if noun.dep_ == "nmod" else None
    return head if head is not None and head.lemma_.lower() in words("transfer", "bundle_nouns", noun.lang_) else None


def _noun_agents(noun: Token) -> list[Token]:
    """ "the package approved by Washington": the agent of a participle describing the trigger noun."""
    return [a for c in noun.children if c.dep_ in {"acl", "amod"} and c.pos_ == "VERB" for a in agents_of(c)]


def _deal_of_infinitive(verb: Token) -> Token | None:
    """The deal noun the verb is the infinitive of: "an agreement with Sweden to buy 246 vehicles"."""
    deal = verb.head
    return deal if verb.dep_ == "acl" and deal.lemma_.lower() in words("agreements", "nouns", verb.lang_) else None


def _signer(sentence: Sentence, verb: Token) -> list[Mention]:
    """ "the Czech Republic signed an agreement with Sweden to buy 246 vehicles": who signed the deal whose
    infinitive the verb is buys."""
    deal = _deal_of_infinitive(verb)
    if deal is None or deal.dep_ not in {"obj", "dobj"} or deal.head.pos_ not in {"VERB", "AUX"}:
        return []
    return mentions_under(sentence, subject_of(deal.head))


def _subjects(sentence: Sentence, trigger: Trigger) -> tuple[list[Mention], str | None]:
    """The trigger's subjects, and the role they play whatever the trigger's direction (None: the
    trigger's direction decides): the supplier for "North Korea became (one of) the main supplier(s)",
    "China accounts for 80% of Russia's imports"; the recipient for "Poland took delivery of tanks"."""
    if not trigger.is_noun:
        doers = subject_of(trigger.token)
        giving_to = role_markers(sentence.doc.lang_)[0]
        # "a livré 14 chars Leopard 2 à l'Ukraine", parsed with the figure as the subject: who is given to is none
        described = _described_by_another(doers)  # "le navire, sanctionné par Washington, aurait transporté"
        under = [m for m in mentions_under(sentence, doers) if marker_before(sentence, m) not in giving_to]
        under = [m for m in under if m.token_start not in described]
        subjects = under or _antecedent(sentence, trigger.token, doers) or _signer(sentence, trigger.token)
        if trigger.token.dep_ in {"acl", "amod"} or any(trigger.token in d.subtree for d in doers):
            own = range(trigger.token.left_edge.i, trigger.token.right_edge.i + 1)  # "a ship carrying shells
            subjects = [m for m in subjects if m.token_start not in own]  # from North Korea": not its own words
        return subjects, None
    token, language = trigger.token, sentence.doc.lang_
    if trigger.agent and any(c.dep_ == "cop" for c in token.children):  # "L'Inde est le premier destinataire"
        agent_role = "recipient" if trigger.direction == REVERSE else "supplier"
        return mentions_under(sentence, [c for c in token.children if c.dep_.startswith("nsubj")]), agent_role
    light = [
        c for c in token.children if c.dep_ == "cop" and c.lemma_.lower() in words("transfer", "light_verbs", language)
    ]
    if light:  # "la marine a fait don", parsed as a copula and an adjective: the subject gives
        return mentions_under(
            sentence, [c for h in [token, *light] for c in h.children if c.dep_.startswith("nsubj")]
        ), None
    for _ in range(CLIMB):
        head = token.head
        if head.i == token.i:
            break
        flow_noun = word_forms(head) & words("transfer", "flow_nouns", language) and not has_subject(head)
        if head.pos_ in {"VERB", "AUX"} and not flow_noun:  # "halted deliveries", not "[a] halt [on] deliveries"
            forms = word_forms(head)
            if token.dep_ in COMPLEMENT_DEPS and forms & words("transfer", "share_verbs", language):
                agent_role = "recipient" if trigger.direction == REVERSE and trigger.agent else "supplier"
                doers = subject_of(head)  # "La Russie, qui assurait 94 % des importations de l'Arménie"
                return mentions_under(sentence, doers) or _antecedent(sentence, head, doers), agent_role
            flow_or_light = words("transfer", "flow_verbs", language) | words("transfer", "light_verbs", language)
            if token.dep_ in {"obj", "dobj"} and forms & flow_or_light:
                return mentions_under(sentence, subject_of(head)), None  # "Russia resumed oil deliveries"
            if token.dep_ == "prep" and token.lower_ in {"in", "of"} and forms & flow_or_light:
                return mentions_under(sentence, subject_of(head)), None  # "rushed billions in military aid",
                # "notified Congress of a possible sale"
            if _taken_by(token) is not None:
                return mentions_under(sentence, subject_of(head)), "recipient"  # "took delivery of"
            if token.dep_ in {"prep", "obl"} and _ends_a_flow_noun(head, forms, language):
                return mentions_under(sentence, subject_of(head)), None  # "ends [a hold] [on deliveries]"
            break
        through_flow = head.pos_ in {"NOUN", "VERB"} and word_forms(head) & words("transfer", "flow_nouns", language)
        if (head.pos_ not in {"PRON", "NUM", "NOUN", "SYM", "ADP"} and not through_flow) or sentence.mention_of(head):
            break
        token = head
    return [], None


def _described_by_another(doers: list[Token]) -> set[int]:
    """The words of a participle with its own agent, naming no flow, on a conveyance that is the subject ("le navire,
    sanctionné par Washington": Washington did what the participle says), or of making ("ce lot, fabriqué par KNDS
    France, a été réceptionné": the maker received nothing)."""
    found: set[int] = set()
    for doer in doers:
        carrier = bool(word_forms(doer) & conveyances(doer.lang_))  # not "a consortium led by Rheinmetall"
        for child in doer.children:
            participle = child.dep_ in {"acl", "amod"} and "Part" in child.morph.get("VerbForm", [])
            making = word_forms(child) & words("transfer", "making_verbs", child.lang_)  # "lot, fabriqué par KNDS"
            using = child.lemma_.lower() in USER_VERBS  # "drones used by the RSF were flown in": the user received
            if not (carrier or making or using) or word_forms(child) & trigger_words(child.lang_):
                continue
            if participle and agents_of(child):
                found |= {t.i for t in child.subtree}
    return found


def _arrived_at(sentence: Sentence, trigger: Trigger, root: Token, marker: str | None, attached: bool) -> bool:
    """Where materiel arrived: the object of "reach", or a place after "in", "to", "à", "en"; or the
    place of either ("reached an air base in Manila", "sont arrivés sur une base à Bamako")."""
    if root.dep_ in {"dobj", "obj"} and root.head.i == trigger.i:
        return True
    if attached and marker in words("transfer", "presence_markers", sentence.doc.lang_):
        return True
    site = site_placed(root)
    if site is None or not governs(trigger.token, site, {site.i}):
        return False
    case = case_of(site)
    markers = words("transfer", "presence_markers", sentence.doc.lang_) | function_words("site_markers")
    at_site = case is not None and case.lower_ in markers
    return (site.dep_ in {"dobj", "obj"} and site.head.i == trigger.i) or at_site


def training(verb: Token) -> bool:
    """A verb of training ("train", "former"): its object, never materiel, receives."""
    return bool(word_forms(verb) & words("transfer", "training_verbs", verb.lang_))


def _whose_given(verb: Token, adjective: Token, allowed: set[int]) -> bool:
    """The adjective qualifies the object that receives ("trained Russian drone operators", through a
    compound), which is no materiel ("equipped Iranian drones" gives no recipient), whatever a figure
    counts when the verb is one of training ("trained 2,000 Ukrainian soldiers")."""
    noun = adjective.head
    while noun.dep_ == "compound" and noun.head.i != noun.i:
        noun = noun.head
    given = noun.dep_ in {"dobj", "obj", "nmod"} and noun.head.i == verb.i
    return given and (noun.i not in allowed or training(verb))


def placing(verb: Token) -> bool:
    """A verb of placing troops or weapons somewhere ("deploy", "stationner"), for which "in" names where."""
    return bool(word_forms(verb) & words("transfer", "placing_verbs", verb.lang_))


def _opening_place(sentence: Sentence, mention: Mention) -> bool:
    """The state a sentence opens on, as a place, before its first comma ("Au Burkina Faso voisin, ...")."""
    comma = opening_place_end(sentence.doc)
    return comma is not None and mention.token_end <= comma


def _opening_arrival(sentence: Sentence, mention: Mention) -> bool:
    """The state an arrival's sentence opens on with a word of place ("Au Niger, ... étaient arrivés"), when no
    place is named after the opening ("In Kyiv, officials said troops had arrived in Kursk": Kursk)."""
    comma = opening_place_end(sentence.doc)
    if comma is None or mention.token_end > comma or sentence.doc[0].lower_ not in PLACE_WORDS:
        return False
    places = [m for m in sentence.mentions if m.kind in {"country", "location", "port"} and m.form != "demonym"]
    return not any(m.token_start > comma for m in places)


def _to_a_site(trigger: Trigger, place: Token, allowed: set[int], markers: frozenset[str]) -> bool:
    """The place locates a site the materiel is delivered to: "to the air base in Bamako", "à l'aéroport
    de Niamey"."""
    language = trigger.token.lang_
    locating = PLACE_WORDS | OF_MARKERS | function_words("site_markers")  # "in Bamako", "of Niamey", "at"
    linked = place.dep_ == "pobj" and place.head.lower_ in locating and place.head.head.pos_ == "NOUN"
    site = place.head.head if linked else place.head if place.dep_ in {"nmod", "compound"} else None  # "Niamey airport"
    if site is None or site.pos_ != "NOUN" or site.lemma_.lower() not in words("transfer", "site_nouns", language):
        return False
    case = case_of(site)
    reached = governs(trigger.token, site, allowed | {site.i, trigger.i} | ({case.i} if case is not None else set()))
    if word_forms(trigger.token) & words("transfer", "unloading_verbs", language):
        markers = markers | function_words("site_markers")  # "unloaded weapons at Mogadishu airport"
    return case is not None and case.lower_ in markers and reached


def site_placed(place: Token) -> Token | None:
    """The noun a place after "in" or "à" locates: "an air base in Manila", "une base à Bamako"."""
    if place.dep_ == "pobj" and place.head.lower_ in PLACE_WORDS and place.head.head.pos_ == "NOUN":
        return place.head.head
    placed_by = any(c.dep_ == "case" and c.lower_ in PLACE_WORDS for c in place.children)
    return place.head if place.dep_ == "nmod" and placed_by and place.head.pos_ == "NOUN" else None


def _ends_a_flow_noun(verb: Token, forms: frozenset[str], language: str) -> bool:
    """A verb of the flow whose object is a noun of change in it: "lifted the freeze", "ends hold"."""
    flow_nouns = words("transfer", "flow_nouns", language)
    has_noun = any(c.dep_ in {"obj", "dobj"} and word_forms(c) & flow_nouns for c in verb.children)
    return has_noun and bool(forms & words("transfer", "flow_verbs", language))


def _role_by_position(
    sentence: Sentence, trigger: Trigger, mention: Mention, allowed: set[int], language: str
) -> str | None:
    """A role from where the mention stands: the word before it, or how it qualifies the trigger."""
    recipient_markers, supplier_markers = role_markers(language)
    token, root = trigger.token, mention.span(sentence.doc).root
    heads = [token, *linked_verbs(token), *([token.head] if token.dep_ == "cop" else [])]  # "étaient en route de"
    allowed = allowed | _measuring_asides(sentence, allowed)  # "a battalion, estimated at 400 soldiers, into"
    attached = any(governs(h, root, allowed | {token.i}) for h in heads) or _near_after(
        sentence, trigger, mention, allowed
    )
    reached = next((c for c in token.children if c.dep_ in {"dobj", "obj"}), None)
    if trigger.direction == ARRIVAL and reached is not None:  # "reached a base in Manila from India"
        attached = attached or governs(token, root, allowed | {token.i, reached.i})
    marker = marker_before(sentence, mention)
    back = bartered_back(token)
    if back is not None:
        return _barter_role(mention, back, marker)
    if marker in {"with", "avec"} and word_forms(token) & words("transfer", "sharing_verbs", language):
        return "recipient"  # "shared satellite intelligence with Ukraine"
    noun = _actor_noun_before(sentence, mention)
    if noun is not None:  # "to its ally Belarus", "à son alliée, la Biélorussie", "à son allié biélorusse"
        marker, attached = marker_at(sentence.doc, noun.i), attached or governs(token, noun, allowed | {token.i})
    ruled = _government_of(root) if marker in OF_MARKERS else None
    body_role = _role_of_body(trigger, ruled, recipient_markers, supplier_markers) if ruled is not None else None
    if body_role:  # "livrer des drones au gouvernement d'union nationale de Tripoli": the body's role
        return body_role
    marker = None if ruled is not None else marker  # "of Tripoli" names the government, never the supplier
    if trigger.agent:
        role = _role_of_agent_noun(sentence, trigger, mention, marker, attached)
        if role:
            return role
    if trigger.direction == SEIZURE and _held_by(heads, root, marker, attached, allowed, language):
        return "recipient"  # "rockets found with Hamas fighters": who held it had received it
    if trigger.direction == SEIZURE and marker in AGENT_MARKERS:
        return None  # "seized by the US Navy", "saisie par la marine américaine": who seized it gave nothing
    if trigger.direction == ARRIVAL and _arrived_at(sentence, trigger, root, marker, attached):
        return "recipient"  # "Iranian drones reached Khartoum", "sont arrivés en Russie"
    if placing(token) and attached and marker in words("transfer", "presence_markers", language) and mention.state:
        return "recipient"  # "deployed nuclear weapons in Belarus": where they were placed
    site_markers = recipient_markers | (words("transfer", "presence_markers", language) if placing(token) else set())
    if trigger.direction == FORWARD and mention.state and _to_a_site(trigger, root, allowed, site_markers):
        return "recipient"  # "delivered drones to the airport of Niamey", "keeps troops at a base in Armenia"
    sellers = words("transfer", "seller_markers", language)
    if trigger.direction == ARRIVAL and mention.state and _opening_arrival(sentence, mention):
        return "recipient"  # "Au Niger, des instructeurs russes étaient arrivés": where they came
    if trigger.direction == REVERSE and _opening_place(sentence, mention):
        return None  # "Au Burkina Faso voisin, l'armée a réceptionné ...": where, not who sold
    if trigger.direction == REVERSE and _seller_body(sentence, trigger, mention, sellers):
        return "supplier"  # "l'achat de 100 000 obus auprès d'un producteur tchèque"
    if attached and trigger.direction == REVERSE and marker in sellers:
        return "supplier"  # "acheter des frégates aux Britanniques", "commandés auprès de la Corée du Sud"
    if training(token) and marker in words("transfer", "training_places", language):
        return None  # "trained Ukrainian soldiers in Poland": where, not to whom
    if attached and marker in recipient_markers and marker not in AGENT_MARKERS and not _of_people(mention, root):
        return "recipient"
    if _listed_destination(sentence, trigger, mention, recipient_markers):
        return "recipient"
    if attached and marker in AGENT_MARKERS and trigger.is_noun and reverse_noun(trigger):
        return "recipient"  # "imports of Chinese machine tools by Russia": who imports receives
    if attached and trigger.is_noun and reverse_noun(trigger) and _whose_imports(sentence, token, mention):
        return "recipient"  # "les importations d'armes de l'Azerbaïdjan": the importer, not where they came from
    if (
        attached
        and marker in supplier_markers
        and (marker not in AGENT_MARKERS or trigger.is_noun or is_passive(token))
    ):
        return "supplier"
    if trigger.recipient_object and root.dep_ in {"dobj", "obj", "iobj", "dative"} and root.head.i == token.i:
        return "recipient"
    if (
        trigger.recipient_object
        and mention.form == "demonym"
        and root.dep_ in {"amod", "nmod", "compound"}  # the adjective, however the tagger read it
        and _whose_given(token, root, allowed)
    ):
        return "recipient"  # "trained Russian drone operators", "forme des pilotes maliens"
    if root.dep_ in {"dative", "iobj"} and root.head.i == token.i and not trigger.is_noun:
        return "taker"  # "will send Ukraine $680 million worth of weapons"
    if _first_of_two_objects(sentence, trigger, root, allowed):
        return "taker"  # the same, parsed with two direct objects
    if mention.form == "demonym" and _body_given_to(trigger, root, allowed):
        return "recipient"  # "au Centre de recherche syrien", "to the Malian air force"
    if (
        mention.form == "demonym"
        and trigger.direction in {FORWARD, ARRIVAL}
        and _region_sent_to(
            trigger,
            root,
            allowed | {t.i for t in sentence.tokens if sentence.in_a_date(t)},  # "arrivés début novembre"
        )
    ):
        return "recipient"  # "a déployé 2 500 soldats dans la province mozambicaine", "sont arrivés dans la province"
    qualifies = root.dep_ in MODIFIER_DEPS or _possessive(sentence, mention)
    qualifies = qualifies or (mention.form == "demonym" and root.head.i == token.i)  # however it was tagged
    if trigger.direction == ARRIVAL and _possessive(sentence, mention) and _qualified(root, allowed):
        return "supplier"  # "Denmark's first F-16s arrived in Ukraine": whose materiel arrived gave it
    if root.dep_ in MODIFIER_DEPS | {"flat:name"} and _captured(root, trigger):
        return None  # "a captured US Javelin missile", "un missile Javelin américain capturé": the state lost it
    if mention.form == "demonym" and _of_origin(root, allowed, language):
        return "supplier"  # "rockets of North Korean make", "des roquettes de fabrication nord-coréenne"
    if mention.form == "demonym" and _materiel_under(sentence, mention, allowed):
        return "supplier"  # "des drones turcs", parsed with the materiel as the adjective's adjective
    if qualifies and root.head.i == token.i and trigger.is_noun:
        return "giver"  # "North Korean shipments", "US military aid", "Russia's imports"
    if qualifies and adjectival(sentence, mention) and _qualified(root, allowed):
        # "armements nord-coréens", "Russia imported Iranian drones", "US helicopters": the item's state
        return "supplier"
    return None


def _government_of(place: Token) -> Token | None:
    """The government noun a state or its capital names after "of"/"de" ("the government of Tripoli", "le
    régime de Damas", "au gouvernement d'union nationale de Tripoli"): the body, which stands for it."""
    token = place
    for _ in range(3):
        head = token.head.head if token.dep_ == "pobj" else token.head
        if head.i == token.i or head.pos_ not in {"NOUN", "PROPN"}:
            return None
        if head.lower_ in words("actors", "placed_bodies", head.lang_):
            return head
        token = head
    return None


def _role_of_body(
    trigger: Trigger, body: Token, recipient_markers: frozenset[str], supplier_markers: frozenset[str]
) -> str | None:
    """The role of a government named after a marker, close after the trigger: "to", "au" receive, "from" gives."""
    case = case_of(body)
    between = trigger.token.doc[trigger.i + 1 : body.i]
    if case is None or not 0 < body.i - trigger.i <= LINEAR_WINDOW or any(_clause_verb(t) for t in between):
        return None
    if case.lower_ in recipient_markers - OF_MARKERS:
        return "recipient"
    return "supplier" if case.lower_ in supplier_markers - OF_MARKERS else None


def _clause_verb(token: Token) -> bool:
    return token.pos_ == "VERB" and token.dep_ not in {"amod", "acl"}


def _held_by(
    heads: list[Token], root: Token, marker: str | None, attached: bool, allowed: set[int], language: str
) -> bool:
    """The mention names who held seized materiel: "found with Hamas fighters", or the body it is of when that
    body follows the word ("retrouvées chez les combattants du Hamas")."""
    holders = words("transfer", "holder_markers", language)
    if marker in holders:
        return attached
    top = root
    while top.dep_ in {"compound", "flat", "flat:name"} and top.head.i != top.i:
        top = top.head  # "the Houthi movement"
    noun = top.head.head if top.head.dep_ == "prep" else top.head
    if marker not in OF_MARKERS or noun.pos_ != "NOUN" or noun.i > root.i:
        return False
    case = [c.lower_ for c in noun.children if c.dep_ == "case"]
    held = (case[0] if case else noun.head.lower_ if noun.dep_ == "pobj" else None) in holders
    return held and any(governs(h, noun, allowed | {h.i, noun.i}) for h in heads)


def _actor_noun_before(sentence: Sentence, mention: Mention) -> Token | None:
    """The noun for an actor the mention names, just before it: "its ally Belarus", "son alliée, la
    Biélorussie", "son allié biélorusse", "à la milice Kataeb Hezbollah"."""
    doc, i = sentence.doc, mention.token_start - 1
    while i >= 0 and (doc[i].lower_ in DETERMINERS or doc[i].text == ","):
        i -= 1
    language = sentence.doc.lang_
    nouns = words("transfer", "actor_nouns", language) | words("actors", "organization_nouns", language)
    return doc[i] if i >= 0 and doc[i].pos_ == "NOUN" and {doc[i].lower_, doc[i].lemma_.lower()} & nouns else None


def _seller_body(sentence: Sentence, trigger: Trigger, mention: Mention, sellers: frozenset[str]) -> bool:
    """ "l'achat de 100 000 obus auprès d'un producteur tchèque": a demonym after the noun of a body sold it,
    when that noun follows a word naming the seller, close after the word of buying."""
    doc = sentence.doc
    noun = mention.span(doc).root.head
    between = doc[noun.i + 1 : mention.token_start]  # "au chantier naval français": its adjectives aside
    if mention.form != "demonym" or noun.i >= mention.token_start or noun.pos_ != "NOUN":
        return False
    if len(between) > 2 or any(t.pos_ != "ADJ" for t in between):
        return False
    if not 0 < noun.i - trigger.i <= LINEAR_WINDOW or any(t.pos_ == "VERB" for t in doc[trigger.i + 1 : noun.i]):
        return False
    i = noun.i - 1
    while i > 0 and (doc[i].lower_ in DETERMINERS or doc[i].lower_ in OF_MARKERS):  # "auprès d'un"
        i -= 1
    return doc[i].lower_ in sellers


def _troops_of_a_group(sentence: Sentence, mention: Mention, allowed: set[int]) -> bool:
    """A group's name on its men who arrived: "Wagner fighters", "Hezbollah fighters" (not on materiel:
    "Hezbollah rockets" seized are not sent by the group)."""
    root = mention.span(sentence.doc).root
    if mention.kind != "organization" or mention.state or root.dep_ != "compound" or root.head.i not in allowed:
        return False
    return any(i.category == "troops" and i.token_start <= root.head.i < i.token_end for i in sentence.items)


def _captured(adjective: Token, trigger: Trigger) -> bool:
    """The materiel a state's adjective qualifies was seized ("carrying a captured US Javelin missile", "des
    missiles américains capturés"): the state lost it, it supplied no one (the seizure itself tells whom
    it was taken from)."""
    if trigger.direction == SEIZURE:
        return False
    noun = adjective.head
    while noun.dep_ in {"compound", "flat", "flat:name", "appos"} and noun.head.i != noun.i:
        noun = noun.head  # "un missile Javelin américain capturé": the model's name hangs on the noun
    return captured(noun)


def captured(noun: Token) -> bool:
    """A seizing participle qualifies the noun: "a captured missile", "des chars capturés"."""
    seizing = words("transfer", "verbs", noun.lang_, SEIZURE)
    return any(c.dep_ in {"amod", "acl"} and word_forms(c) & seizing for c in noun.children)


def _qualified(root: Token, allowed: set[int]) -> bool:
    """Whether a modifier qualifies the materiel, directly or through the name before it ("Indian Pinaka
    rocket launchers": "Indian" on "Pinaka", a compound of the launchers)."""
    head = root.head
    for _ in range(2):
        if head.i in allowed:
            return True
        if head.dep_ not in {"compound", "flat", "flat:name"} or head.head.i == head.i:
            return False
        head = head.head
    return head.i in allowed


def _of_origin(root: Token, allowed: set[int], language: str) -> bool:
    """A state's adjective on a noun of making that hangs on the materiel ("rockets of North Korean make")."""
    noun = root.head
    if root.dep_ != "amod" or noun.lemma_.lower() not in words("transfer", "origin_nouns", language):
        return False
    owner = noun.head.head if noun.head.dep_ == "prep" else noun.head
    return owner.i in allowed and owner.i != noun.i


def _materiel_under(sentence: Sentence, mention: Mention, allowed: set[int]) -> bool:
    """A state's adjective right after the materiel it qualifies, however the parser hung the two ("des
    drones turcs" read as drone-like Turks, "chars russes" as a participle)."""
    if mention.token_start == 0:
        return False
    before = sentence.doc[mention.token_start - 1]
    return before.i in allowed and sentence.mention_of(before) is None and not before.like_num


def _first_of_two_objects(sentence: Sentence, trigger: Trigger, root: Token, allowed: set[int]) -> bool:
    """ "will send Kyiv 31 tanks": of two direct objects, the actor before the materiel takes it; also
    when the parse made the actor a compound or modifier of the materiel ("sent Belarus missiles", "sent Kyiv
    31 tanks"), a state's name
    (not its adjective) right after the verb."""
    token = trigger.token
    if trigger.is_noun:
        return False
    mention = sentence.mention_of(root)
    if root.dep_ in {"compound", "nmod"} and root.head.dep_ in {"dobj", "obj"} and root.head.head.i == token.i:
        named = mention is not None and mention.form != "demonym" and mention.token_start == token.i + 1
        taken = named and root.head.i in allowed and trigger.direction == FORWARD
        return taken and not _marked_recipient(sentence, token)  # not "sent US tanks to Ukraine"
    if root.dep_ not in {"dobj", "obj"} or root.head.i != token.i:
        return False
    later = [c for c in token.children if c.dep_ in {"dobj", "obj"} and c.i > root.i]
    return any(c.i in allowed and sentence.mention_of(c) is None for c in later)


def _marked_recipient(sentence: Sentence, verb: Token) -> bool:
    """Whether the verb names whom it gives to with a word of giving to ("to Ukraine", "à l'Ukraine")."""
    markers = role_markers(verb.lang_)[0] - AGENT_MARKERS
    return any(
        c.lower_ in markers and any(sentence.mention_of(o) is not None for o in c.children) for c in verb.children
    )


def _of_a_carrier(mention: Mention, root: Token, language: str) -> bool:
    """A state's adjective on a body that carries for others: "a Ukrainian cargo airline", "une compagnie
    ukrainienne de fret aérien"."""
    if mention.form != "demonym" or root.dep_ not in {"amod", "compound"}:
        return False
    body = root.head
    if body.lemma_.lower() in words("actors", "carrier_bodies", language):
        return True
    freight = words("actors", "freight_words", language)
    if not (body.pos_ == "NOUN" and any(t.lemma_.lower() in freight or t.lower_ in freight for t in body.subtree)):
        return False
    military = words("actors", "military_words", language)
    owned = any(t.lower_ in military for t in body.subtree)  # "military transport planes": the state's own
    return not owned and not (word_forms(body) & conveyances(language) and _transport_only(body, freight))


def _transport_only(body: Token, freight: frozenset[str]) -> bool:
    """ "Kenyan transport planes": a conveyance named for what it does, not for a trade that hires it out."""
    return {t.lower_ for t in body.subtree if t.lower_ in freight} <= {"transport"}


def _of_people(mention: Mention, root: Token) -> bool:
    """ "to Somali militants", "aux combattants syriens": a state's adjective on people of its nationality,
    who are not its state (its bodies are: "to the Malian air force")."""
    if mention.form != "demonym" or root.dep_ not in {"amod", "compound"} or root.head.pos_ not in {"NOUN", "PROPN"}:
        return False
    noun = _qualified_noun(root).lower_
    states = words("actors", "body_nouns", root.lang_) | words("actors", "state_bodies", root.lang_)
    return noun not in states | words("transfer", "actor_nouns", root.lang_)  # not "à son allié biélorusse"


def _qualified_noun(demonym: Token) -> Token:
    """The noun a state's adjective qualifies: its head, or, after a bare complement of a body ("aux
    fabricants d'armes russes": no article before "armes"), the body."""
    noun = demonym.head
    body = noun.head
    if noun.lang_ != "fr" or noun.dep_ != "nmod" or body.i == noun.i or any(c.dep_ == "det" for c in noun.children):
        return noun
    case = case_of(noun)
    bodies = words("actors", "body_nouns", noun.lang_) | words("actors", "state_bodies", noun.lang_)
    return body if case is not None and case.lower_ in OF_MARKERS and body.lower_ in bodies else noun


def _body_given_to(trigger: Trigger, demonym: Token, allowed: set[int]) -> bool:
    """A state's adjective on the noun the trigger gives to: "livraisons de matériel au Centre de recherche
    syrien", "sent drones to the Malian air force", "transferred oil to North Korean ships" (the body, or
    the vessel, stands for its state)."""
    noun = _qualified_noun(demonym)
    if demonym.dep_ != "amod" or noun.i in allowed or noun.pos_ not in {"NOUN", "PROPN"}:
        return False
    bodies = words("actors", "body_nouns", noun.lang_) | words("actors", "state_bodies", noun.lang_)
    bodies |= words("actors", "firm_nouns", noun.lang_)  # "au groupe allemand Rheinmetall"
    if noun.lower_ not in bodies and not word_forms(noun) & words("port_calls", "vessel_nouns", noun.lang_):
        return False  # "aux combattants syriens": fighters of a nationality are no body of its state
    case = case_of(noun)
    if case is None or case.lower_ not in GIVING_TO:
        return False
    return governs(trigger.token, noun, allowed | {trigger.i})


def _bought(
    sentence: Sentence, trigger: Trigger, allowed: set[int], subjects: list[Mention], subject_role: str
) -> dict[int, str]:
    """The roles a purchase told on the materiel gives ("les canons commandés par Rabat à Elbit ont été livrés"),
    unless the trigger's own subject takes a side the purchase gives another ("Ukraine received the jets
    Slovakia bought from Russia": a purchase before, another flow)."""
    if trigger.direction == SEIZURE:
        return {}
    bought = bought_roles(sentence, trigger.token, allowed & clause_of(trigger.token))
    own = [m for m in subjects if m.token_start not in bought and m.span(sentence.doc).root.dep_.startswith("nsubj")]
    taken = {(state_of(m), subject_role) for m in own}
    given = {(state_of(m), bought[m.token_start]) for m in actors(sentence) if m.token_start in bought}
    if any(role == r and state != s for state, role in taken for s, r in given):
        return dict.fromkeys(bought, "")  # another flow: its words give this one no side
    return bought


def _of_a_place(sentence: Sentence, mention: Mention) -> bool:
    """A state's adjective on a port or place the sentence names ("the Chinese port of Dalian")."""
    if mention.form != "demonym":
        return False
    head = mention.span(sentence.doc).root.head
    return any(m.kind in {"port", "location"} and m.token_start <= head.i < m.token_end for m in sentence.mentions)


def _a_flag(sentence: Sentence, mention: Mention, language: str) -> bool:
    """A state named with a word of flag: "Panama-flagged", "flagged in Panama", "battant pavillon panaméen"."""
    flags = words("port_calls", "flag_words", language)
    doc, start, end = sentence.doc, mention.token_start, mention.token_end
    before = any(t.lower_ in flags for t in doc[max(0, start - 2) : start])
    return before or (end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].lower_ in flags)


def _measuring_asides(sentence: Sentence, allowed: set[int]) -> set[int]:
    """The participles that measure the materiel between commas ("a battalion, estimated at 400 soldiers, into
    Tajikistan", "des blindés, estimés à une vingtaine, au Mali"), on which the parser may hang what follows."""
    measuring = words("grammar", "measuring_participles", sentence.doc.lang_)
    return {
        t.i
        for t in sentence.tokens_for(measuring)
        if t.head.i in allowed and t.i > 0 and sentence.doc[t.i - 1].text == ","
    }


def _region_sent_to(trigger: Trigger, demonym: Token, allowed: set[int]) -> bool:
    """A state's adjective on the part of it the trigger sends to: "dans la province mozambicaine", "into the
    Syrian border region"."""
    noun = _qualified_noun(demonym)
    if demonym.dep_ != "amod" or noun.lower_ not in words("actors", "region_nouns", noun.lang_):
        return False
    case = case_of(noun)
    if case is None or case.lower_ not in GIVING_TO | PLACE_WORDS | words("transfer", "into_markers", noun.lang_):
        return False
    return governs(trigger.token, noun, allowed | {trigger.i, case.i})  # "on Somali soil": through "on"


def _whose_imports(sentence: Sentence, noun: Token, mention: Mention) -> bool:
    """In French, "de" and an article before a state after a noun of receiving names whose imports they are
    ("de l'Azerbaïdjan", "de la Chine", "du Pakistan"), unless a possessive already says whose ("ses
    importations d'armes de la Russie"); without the article, where they came from ("de Chine")."""
    doc, i = sentence.doc, mention.token_start
    if doc.lang_ != "fr" or i < 2 or any(c.lower_ in function_words("possessives") for c in noun.children):
        return False
    if i >= 3 and doc[i - 3].lower_ in words("transfer", "origin_nouns", "fr"):
        return False  # "en provenance de l'Inde": where they came from
    articles = words("grammar", "definite_articles", "fr") - {"les"}
    if doc[i - 1].lower_ == "du":
        return True  # "du Pakistan": "de" and "le" in one word
    return doc[i - 1].lower_ in articles and doc[i - 2].lower_ in OF_MARKERS


def reverse_noun(trigger: Trigger) -> bool:
    """A noun of receiving ("imports", "achat"), not one naming the recipient ("buyer")."""
    return trigger.direction == REVERSE and not trigger.agent


def _role_of_agent_noun(
    sentence: Sentence, trigger: Trigger, mention: Mention, marker: str | None, attached: bool
) -> str | None:
    """A noun naming the supplier: "Russia's main supplier", "principal fournisseur d'armes de l'Arménie"
    name the recipient; "the Russian suppliers" and "la Russie, en tant que fournisseur" the supplier."""
    root = mention.span(sentence.doc).root
    agent, other = ("recipient", "supplier") if trigger.direction == REVERSE else ("supplier", "recipient")
    if mention.form == "demonym" and root.head.i == trigger.i:
        return agent  # "the Russian suppliers", "les acheteurs indiens"
    if (_possessive(sentence, mention) and root.head.i == trigger.i) or (attached and marker in OF_MARKERS):
        return other  # "Russia's main supplier", "le premier client de la France"
    between = sentence.doc[mention.token_end : trigger.i].text.lower()
    if 0 < trigger.i - mention.token_end <= AS_WINDOW and any(f" {w} " in f" {between} " for w in AS_WORDS):
        return agent
    return None


def clause_before(sentence: Sentence, mention: Mention, token: Token) -> bool:
    """The actor stands in a clause of its own (with its own verb) that a colon or a semicolon closes
    before the trigger: "l'arsenal chypriote reste d'origine russe : la Garde nationale a acquis ..."
    (not a heading's topic: "Soudan : l'Iran a livré des drones")."""
    doc = sentence.doc
    stop = next((t.i for t in doc[mention.token_end : token.i] if t.text in CLAUSE_STOPS), None)
    return stop is not None and any(t.pos_ in {"VERB", "AUX"} for t in doc[:stop])


def _with_compounds(token: Token) -> list[Token]:
    return [token, *(c for c in token.children if c.dep_ in {"compound", "flat", "flat:name", "det"})]


def _left_subject(sentence: Sentence, trigger: Trigger, roles: Roles) -> Mention | None:
    """ "North Korea last August began supplying": the actor just before the verb group, when the parser
    missed the subject."""
    recipient_markers, supplier_markers = role_markers(sentence.doc.lang_)
    taken = {m.entity_id for m in roles.recipients}
    pronouns = [c for c in trigger.token.children if c.dep_.startswith("nsubj") and c.pos_ == "PRON"]
    if any("Rel" not in p.morph.get("PronType", []) for p in pronouns):
        return None  # "les accusations américaines selon lesquelles elle aurait fourni": the pronoun is it
    subjects = [c for c in trigger.token.children if c.dep_.startswith("nsubj") and c.pos_ != "PRON"]
    inside = {t.i for c in subjects for t in c.subtree} - {t.i for c in subjects for t in _with_compounds(c)}
    for mention in reversed(actors(sentence)):
        if mention.span(sentence.doc).root.i in inside:
            continue  # "drones used by X in the siege of Y were flown": a name within the subject the parser found
        if mention.token_end > trigger.i or trigger.i - mention.token_end > LEFT_WINDOW:
            continue
        between = sentence.doc[mention.token_end : trigger.i]
        verbs = [t for t in between if t.pos_ == "VERB" and t.lemma_.lower() not in {"begin", "start", "continue"}]
        root = mention.span(sentence.doc).root
        if root.dep_ in MODIFIER_DEPS and mention.token_end <= root.head.i < trigger.i:
            return None  # "violating U.N. sanctions by transferring oil": the actor qualifies another noun
        if (
            mention.entity_id in taken
            or verbs
            or clause_before(sentence, mention, trigger.token)
            or marker_before(sentence, mention) in function_words("partner_markers")  # "a deal with Sweden to buy"
            or marker_before(sentence, mention) in recipient_markers | supplier_markers
        ):
            return None
        return mention
    return None


def _group_of(sentence: Sentence, mention: Mention) -> Mention:
    """For a state named as the possessor of an armed group that does not act for it ("Lebanon's Hezbollah",
    "Sudan's Rapid Support Forces"), the group: the party is the group, not the state it fights or lives in."""
    if mention.kind != "country" or not _possessive(sentence, mention):
        return mention
    group = next((m for m in sentence.mentions if m.token_start == mention.token_end + 1), None)
    armed = group is not None and group.category == "armed_group" and group.state is None
    return group if group is not None and armed else mention


def _possessive(sentence: Sentence, mention: Mention) -> bool:
    doc = sentence.doc
    return mention.token_end < len(doc) and doc[mention.token_end].lower_ in {"'s", "'"}


def resolve_pronouns(sentence: Sentence, trigger: Trigger, roles: Roles, discourse: Discourse) -> None:
    """ "Elle lui a livré": the subject and indirect-object pronouns name the last actors; "The country also
    took delivery of drones": so does the subject of a verb of taking delivery."""
    taking = _taken_by(trigger.token) if trigger.is_noun else None
    if trigger.is_noun and taking is None:
        return
    subjects = [s for s in subject_of(taking or trigger.token) if s.dep_ not in PASSIVE_SUBJECTS]  # "Ils ont été
    # acheminés": what was carried, not who carried it
    pointing = [s for s in subjects if s.lower_ in SUBJECT_PRONOUNS or _describes_an_actor(sentence, s)]
    reverse = trigger.direction == REVERSE or taking is not None  # "it bought": the pronoun names who received
    side, last = (roles.recipients, discourse.recipient) if reverse else (roles.suppliers, discourse.supplier)
    near = owner_of_the_governing_subject(sentence, pointing[0]) if pointing and not side else None
    if not side and not reverse and near is None:
        near = next((o for s in subjects if (o := _owner_of_its_makers(sentence, s)) is not None), None)
    if near is not None:
        side.append(near)  # "A revision of Tokyo's export rules allowed it to ship weapons"
    elif not side and (discourse.subject or last) and pointing:
        newer = discourse.subject is not None and discourse.subject_sentence > discourse.sentence
        side.append(discourse.subject if newer else last or discourse.subject)  # type: ignore[arg-type]
    if trigger.is_noun:
        return
    objects = [c for c in trigger.token.children if c.lower_ in OBJECT_PRONOUNS]
    objects += [
        t for t in trigger.token.subtree if t.i > trigger.i and _describes_an_actor(sentence, t, possessed=True)
    ]
    described = [t for t in trigger.token.subtree if t.i > trigger.i and _pointing_to_recipient(sentence, trigger, t)]
    if roles.recipients or not (objects or described):
        return
    other = _the_other(sentence, roles, discourse) if sentence.index - discourse.subject_sentence == 1 else None
    if discourse.recipient:
        roles.recipients.append(_given_back(roles, discourse) or discourse.recipient)
    elif other is not None:
        group = any(word_forms(t) & words("transfer", "group_nouns", sentence.doc.lang_) for t in described)
        if (other.kind == "organization") == group:  # "ties with Russia. It shipped ... to its ally"
            roles.recipients.append(other)


def owner_of_the_governing_subject(sentence: Sentence, pronoun: Token) -> Mention | None:
    """The one state the subject of a verb above the pronoun names: "A revision of Tokyo's export rules
    allowed it to ship", "Russia said it would send"."""
    if pronoun.lower_ not in SUBJECT_PRONOUNS:
        return None
    verb = pronoun.head
    for _ in range(2):
        subjects = [s for s in subject_of(verb) if s.i != pronoun.i and s.pos_ != "PRON"]
        if subjects:
            inside = {t.i for s in subjects for t in s.subtree}
            states = {state_of(m): m for m in actors(sentence) if m.state and m.token_start in inside}
            return next(iter(states.values())) if len(states) == 1 else None
        if verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def _owner_of_its_makers(sentence: Sentence, subject: Token) -> Mention | None:
    """ "Latvia says its own factories delivered 5,000 drones", "selon la Pologne, ses usines ont livré": makers
    owned by "its", "ses" (lexicon `producing_nouns`) make for the one state the subject of a verb above names."""
    makers = words("transfer", "producing_nouns", sentence.doc.lang_)
    owned = any(c.lower_ in function_words("owning_possessives") | {"ses", "leurs"} for c in subject.children)
    if subject.lemma_.lower() not in makers or not owned:
        return None
    verb = subject.head
    while verb.head.i != verb.i and not subject_of(verb.head):
        verb = verb.head
    above = [s for s in subject_of(verb.head) if s.pos_ != "PRON"] if verb.head.i != verb.i else []
    inside = {t.i for s in above for t in s.subtree}
    states = {state_of(m): m for m in actors(sentence) if m.state and m.token_start in inside}
    return next(iter(states.values())) if len(states) == 1 else None


def to_its_own_forces(sentence: Sentence, trigger: Trigger, roles: Roles, discourse: Discourse) -> None:
    """ "Uzbekistan's defence ministry said air defence systems had been delivered to its forces", "livrés à
    ses forces armées": forces of "its" are those of the state the subject above names (or, with none, the
    state the sentence before was about)."""
    if roles.recipients or trigger.direction != FORWARD:
        return
    recipient_markers, _ = role_markers(sentence.doc.lang_)
    bodies = words("actors", "body_nouns", sentence.doc.lang_)
    for token in trigger.token.subtree:
        owned = any(c.lower_ in function_words("owning_possessives") for c in token.children)
        marked = marker_at(sentence.doc, token.i) in recipient_markers
        if token.i > trigger.i and token.lower_ in bodies and owned and marked and not sentence.mention_of(token):
            owner = _owner_above(sentence, trigger.token) or _recent_subject(sentence, discourse)
            if owner is not None and all(state_of(owner) != state_of(s) for s in roles.suppliers):
                roles.recipients.append(owner)
            return


def _owner_above(sentence: Sentence, verb: Token) -> Mention | None:
    """The one state the subject of a verb above `verb` names ("Uzbekistan's defence ministry said ...")."""
    for head in list(verb.ancestors)[:2]:
        inside = {t.i for s in subject_of(head) for t in s.subtree}
        states = {state_of(m): m for m in actors(sentence) if m.state and m.token_start in inside}
        if states:
            return next(iter(states.values())) if len(states) == 1 else None
    return None


def _recent_subject(sentence: Sentence, discourse: Discourse) -> Mention | None:
    return discourse.subject if sentence.index - discourse.subject_sentence == 1 else None


def owned_by_the_subject(sentence: Sentence, roles: Roles, discourse: Discourse) -> None:
    """ "Israel is also an exporter. In December its Defence Ministry handed ...": a body no state is known
    for, owned by "its", "son", is that of the state the sentence before was about."""
    owner = discourse.subject
    if owner is None or owner.kind != "country" or sentence.index - discourse.subject_sentence != 1:
        return
    for side in (roles.suppliers, roles.recipients):
        side[:] = [owner if _owned_stateless(sentence, m) else m for m in side]


def _owned_stateless(sentence: Sentence, mention: Mention) -> bool:
    if mention.kind != "organization" or mention.state:
        return False
    root = mention.span(sentence.doc).root
    owned = any(c.lower_ in function_words("owning_possessives") for c in root.children)
    before = sentence.doc[mention.token_start - 1] if mention.token_start else None
    return owned or (before is not None and before.lower_ in function_words("owning_possessives"))


def given_in_return(sentence: Sentence, trigger: Trigger, roles: Roles, discourse: Discourse) -> bool:
    """ "Tehran has sent its ally drones, while Moscow has supplied Su-35 jets in return", "In return, Moscow
    sent oil": with no recipient of its own, a supplier giving "in return" gives to whom it received the
    flow told before from."""
    if roles.recipients or not roles.suppliers or trigger.is_noun:
        return False
    text = f" {' '.join(t.lower_ for t in sentence.doc)} "
    if not any(f" {phrase} " in text for phrase in words("transfer", "return_phrases", sentence.doc.lang_)):
        return False
    back = _given_back(roles, discourse)
    if back is not None:
        roles.recipients.append(back)
    return back is not None


def _given_back(roles: Roles, discourse: Discourse) -> Mention | None:
    """ "Téhéran a livré des drones à son allié, tandis que Moscou lui a fourni des avions": who received the
    flow before now gives, so "lui" is who gave it."""
    if not roles.suppliers or discourse.recipient is None or discourse.supplier is None:
        return None
    back = state_of(roles.suppliers[0]) == state_of(discourse.recipient) != state_of(discourse.supplier)
    return discourse.supplier if back else None


def _pointing_to_recipient(sentence: Sentence, trigger: Trigger, token: Token) -> bool:
    """ "to the country", "au pays", "supplied the group with": a noun for an actor named before, where
    the recipient stands."""
    marker = sentence.doc[token.i - 1].lower_ if token.i > 0 else ""
    giving = marker in GIVING_TO or any(c.lower_ in GIVING_TO for c in token.children if c.dep_ in {"case", "prep"})
    giving = giving or (token.head.lower_ in GIVING_TO and token.dep_ == "pobj")
    giving = giving or (trigger.recipient_object and token.dep_ in {"dobj", "obj"} and token.head.i == trigger.i)
    return giving and any(_describes_an_actor(sentence, token, nouns=n) for n in ("actor_nouns", "group_nouns"))


def _the_other(sentence: Sentence, roles: Roles, discourse: Discourse) -> Mention | None:
    """The other of the previous sentence's two actors, when one of them supplies this flow ("North Korea
    has deepened its ties with Russia. It shipped ... to its ally"; "Russia and North Korea ... Pyongyang
    sent ... to its ally"); never when this sentence names a third actor ("to its ally Belarus")."""
    partner, subject = discourse.partner, discourse.subject
    if partner is None or subject is None or state_of(partner) == state_of(subject) or not roles.suppliers:
        return None
    known = {state_of(s) for s in roles.suppliers} | {state_of(partner), state_of(subject)}
    if any(state_of(m) not in known for m in actors(sentence)):
        return None  # "to its ally Belarus"; not "..., while Moscow supplied jets": the two named before
    for one, other in ((subject, partner), (partner, subject)):
        if all(state_of(s) == state_of(one) for s in roles.suppliers):
            return other
    return None


def topic_recipient(
    sentence: Sentence, trigger: Trigger, roles: Roles, discourse: Discourse, speakers: frozenset[int] = frozenset()
) -> None:
    """ "Russia has relied on its neighbours. Since March, Belarus has sent hundreds of trucks": a state
    sending materiel to no one named (or materiel bought from it, by no one named), right after a sentence
    about another state, sends to that state;
    only when the sentence names no one else (but whom it is credited to, at tokens `speakers`: "...,
    South Korean intelligence estimates") and the verb has no "to"/"à" phrase of its own."""
    topic = discourse.subject
    if topic is None or sentence.index - discourse.subject_sentence != 1 or roles.recipients:
        return
    bought = trigger.direction == REVERSE and is_passive(trigger.token) and not agents_of(trigger.token)
    if trigger.is_noun or (trigger.direction != FORWARD and not bought) or len(roles.suppliers) != 1:
        return  # "Canada operates four submarines. They were bought from Britain": the topic bought them
    giver = state_of(roles.suppliers[0])
    if giver == state_of(topic):  # "Iran and Russia have deepened their ties. Tehran delivered drones": the other
        topic = discourse.partner if discourse.tied else None
    if topic is None or at_war(giver, state_of(topic)):
        return
    if any(state_of(m) != giver for m in actors(sentence) if m.token_start not in speakers):
        return  # "officials in Bratislava" after "Slovakia" name no one else
    recipient_markers, _ = role_markers(sentence.doc.lang_)
    if any(c.lower_ in recipient_markers and _on_the_verb_or_object(c, trigger.token) for c in trigger.token.subtree):
        return  # a "to" phrase of its own (not "according to")
    before, to = discourse.supplier, discourse.recipient  # the flow the sentence before told, if any
    supplied = (
        discourse.sentence == discourse.subject_sentence and before is not None and state_of(before) == state_of(topic)
    )
    if supplied and to is not None:  # "Poland sent jets to Ukraine. Slovakia has also sent 13": the state
        topic = to  # before gave, the one after gives to the same recipient
    if state_of(topic) != state_of(roles.suppliers[0]):
        roles.recipients.append(topic)


def _on_the_verb_or_object(marker: Token, verb: Token) -> bool:
    head = marker.head
    on_object = head.dep_ in {"dobj", "obj"} and head.head.i == verb.i
    return marker.pos_ == "ADP" and (head.i == verb.i or on_object)


def topic_supplier(sentence: Sentence, trigger: Trigger, roles: Roles, discourse: Discourse) -> None:
    """ "Mali turned to Russia for weapons. In 2023 it received four jets": what the state the sentence before
    is about received, with no one named as giving it, came from the actor it turned to for materiel; only
    when the sentence names no one else."""
    source, topic = discourse.source, discourse.subject
    if source is None or topic is None or sentence.index - discourse.subject_sentence != 1 or roles.suppliers:
        return
    if trigger.direction != REVERSE or not roles.recipients:
        return
    if any(state_of(m) != state_of(topic) for m in [*roles.recipients, *actors(sentence)]):
        return
    roles.suppliers.append(source)


def _describes_an_actor(
    sentence: Sentence, token: Token, *, possessed: bool = False, nouns: str = "actor_nouns"
) -> bool:
    """ "the communist country", "le pays", "its ally", "son allié" (or, with `nouns="group_nouns"`, "the
    group", "la milice"): a noun for an actor the article named before (with "its"/"son" for the other
    party of the flow), not a name of its own."""
    if token.lemma_.lower() not in words("transfer", nouns, sentence.doc.lang_) or sentence.mention_of(token):
        return False
    determiners = {c.lower_ for c in token.children if c.dep_ in {"det", "poss", "nmod:poss"}}
    determiners |= {c.lower_ for c in token.children if c.dep_ == "case" and c.lower_ in CONTRACTED_ARTICLES}
    wanted = function_words("owning_possessives" if possessed else "pointing_determiners") | (
        set() if possessed else CONTRACTED_ARTICLES
    )
    return bool(determiners & wanted)


def continue_discourse(
    sentence: Sentence,
    trigger: Trigger,
    roles: Roles,
    discourse: Discourse,
    speakers: frozenset[int] = frozenset(),
    reach: int = 3,
) -> None:
    """A transfer stated without one of its actors ("the rocket systems will be sent") continues the
    last transfer named a few sentences before, when what its clause names agrees with it (the sources
    it is credited to, at tokens `speakers`, are no party: "According to the ministry, the package ...")."""
    if discourse.supplier is None or discourse.recipient is None or sentence.index - discourse.sentence > reach:
        return
    supplier, recipient = discourse.supplier, discourse.recipient
    if roles.suppliers and roles.recipients:
        return
    if training(trigger.token) and not roles.suppliers and not roles.recipients:
        return  # "... once pilots are trained": who trains whom is not the flow's to give
    if _seized_by_someone(trigger):
        return  # "police said they had intercepted a dhow carrying rifles": a seizure of its own, its own sides
    if _from_a_bloc(trigger.token):
        return  # "Western weapons deliveries will not change the situation": many suppliers, none told before
    if discourse.deal == discourse.sentence and not _delivers(trigger.token):
        return  # after a deal, "the purchase", "cette commande", "sold 114 of them" restate it or tell more
    known = {state_of(supplier), state_of(recipient)}
    clause = clause_of(trigger.token)
    clause |= _explained_clause(sentence, trigger.token) | _deal_clause(trigger.token)
    clause |= _controlling_subject(trigger.token)  # "L'initiative tchèque ... a permis de livrer 1,8 million d'obus"
    makers_at = clause | _antecedent_phrase(trigger.token)  # "ses chasseurs chinois, dont vingt ont été livrés"
    named = [m for m in actors(sentence) if not _adjectival(sentence, m) and m.token_start in clause]
    named = [m for m in named if not in_an_event(sentence, m)]  # "trois mois après l'invasion de l'Ukraine"
    if any(country_of(m) not in known for m in named if m.token_start not in speakers):
        return  # the clause names someone else: it may not be the same flow (a company: its state)
    if _stranded_subject(sentence, trigger.token, known, speakers):
        return  # "Le Pakistan, autre client d'Ankara, avait reçu ...", the subject the parse cut off
    if _owned_by_another(sentence, trigger.token, known):
        return  # "Finland, which keeps the contents of its packages secret": Finland's packages
    makers = [m for m in sentence.mentions if m.form == "demonym" and m.state and m.token_start in makers_at]
    if any(m.state not in known for m in makers):
        return  # "Deliveries of Russian equipment have slowed": another state's materiel, another flow
    if any(i.maker and i.maker not in known for i in sentence.items if i.token_start in clause):
        return  # "Two Su-30SME fighters reached Myanmar" after China's jets: a system of another maker
    if not roles.suppliers and _bought_elsewhere(sentence, known):
        return  # "Two vessels bought second-hand from New Zealand were handed over": the seller is named
    if not roles.suppliers and not roles.recipients and _sent_elsewhere(sentence, known):
        return  # "They were taken by sea to Vladivostok": a place in another state, another flow
    if roles.suppliers and state_of(roles.suppliers[0]) != state_of(supplier):
        return
    if _role_given_otherwise(sentence, trigger):
        return  # "arrêté d'acheter de l'énergie aux pays étrangers": the other party is named, not known
    if roles.recipients and state_of(roles.recipients[0]) != state_of(recipient):
        return
    if not roles.suppliers:
        roles.suppliers.append(supplier)
    if not roles.recipients:
        roles.recipients.append(recipient)


def _seized_by_someone(trigger: Trigger) -> bool:
    """The trigger is, or hangs on, a verb of seizing with a subject of its own (who seized)."""
    seizing = words("transfer", "verbs", trigger.token.lang_, SEIZURE)
    for verb in [trigger.token, *trigger.token.ancestors][:4]:
        if word_forms(verb) & seizing and verb.pos_ == "VERB" and not is_passive(verb) and subject_of(verb):
            return True
    return False


def _deal_clause(verb: Token) -> set[int]:
    """The clause of the deal whose infinitive the verb is, or whose subject the noun is: "it signed an
    agreement with Sweden to buy 246 vehicles" names Sweden in the buying's clause; "L'Italie a signé avec le
    Liban un mémorandum portant sur la fourniture de pièces" names Italy in the supply's."""
    deal = _deal_of_infinitive(verb) or _deal_about(verb)
    signed = next((a for a in deal.ancestors if a.pos_ in {"VERB", "AUX"}), deal.head) if deal is not None else None
    return {t.i for t in signed.subtree} if signed is not None else set()


def _deal_about(noun: Token) -> Token | None:
    """The deal noun a flow noun is the matter of ("un mémorandum portant sur la fourniture", "an agreement on
    the supply of")."""
    deals = words("agreements", "nouns", noun.lang_)
    if noun.pos_ != "NOUN":
        return None
    return next((a for a in list(noun.ancestors)[:4] if a.pos_ == "NOUN" and a.lemma_.lower() in deals), None)


def _controlling_subject(verb: Token) -> set[int]:
    """The words of the subject of the verb an infinitive trigger depends on ("L'initiative tchèque a permis de
    livrer"): who made the flow possible is named there."""
    if verb.dep_ not in {"xcomp", "ccomp"} or "Inf" not in verb.morph.get("VerbForm", []):
        return set()
    governing = verb.head
    subjects = nominal_subjects(governing)
    if not subjects and governing.dep_ in {"relcl", "acl:relcl", "acl"}:
        subjects = [governing.head]  # misparsed as a clause on its subject
    return {t.i for s in subjects for t in s.subtree if t.i < governing.i}


def _from_a_bloc(token: Token) -> bool:
    """The flow noun, or the materiel noun it governs, qualified as a bloc's ("Western weapons deliveries",
    "livraisons d'armes occidentales")."""
    blocs = words("transfer", "bloc_adjectives", token.lang_)
    near = [token, *(c for c in token.children if c.dep_ in {"compound", "nmod", "prep", "pobj"})]
    near += [g for c in near[1:] for g in c.children if g.dep_ in {"pobj", "nmod"}]
    return any(c.dep_ == "amod" and c.lower_ in blocs for n in near for c in n.children)


def _antecedent_phrase(token: Token) -> set[int]:
    """The noun phrase a relative clause holding the trigger describes ("ses chasseurs chinois J-10C, dont une
    vingtaine ont été livrés": the jets' words say whose they are)."""
    clause = next((a for a in [token, *token.ancestors] if a.pos_ in {"VERB", "AUX"}), None)
    if clause is None or clause.dep_ not in {"relcl", "acl:relcl"}:
        return set()
    return {t.i for t in clause.head.subtree}


def _explained_clause(sentence: Sentence, token: Token) -> set[int]:
    """The clause a colon after it explains, when the trigger follows the colon: "Le Caire s'est tourné vers
    la France : l'Égypte a reçu 24 Rafale" (what follows tells of the turn to France)."""
    stop = next((t.i for t in reversed(sentence.doc[: token.i]) if t.text == ":"), None)
    return set(range(stop)) if stop is not None else set()


def _bought_elsewhere(sentence: Sentence, known: Collection[str]) -> bool:
    """A verb of buying in the sentence names its seller, who is none of the flow before: "bought from New
    Zealand", "achetés auprès de la Norvège"."""
    language = sentence.doc.lang_
    buying = buying_verbs(language) | buying_nouns(language)
    sellers = role_markers(language)[1] | words("transfer", "seller_markers", language)
    for mention in actors(sentence):
        root = mention.span(sentence.doc).root
        if state_of(mention) in known or marker_before(sentence, mention) not in sellers:
            continue
        if any(word_forms(t) & buying for t in [*root.ancestors, *sentence.doc[: mention.token_start]]):
            return True  # "bought from", "achetés à", "le contrat d'acquisition de 36 avions auprès des États-Unis"
    return False


def _stranded_subject(sentence: Sentence, verb: Token, known: Collection[str], speakers: frozenset[int]) -> bool:
    """A verb with no subject of its own after a state that opens the sentence and is no party to the flow
    before: the parser cut the state off from its verb."""
    if verb.is_sent_start or subject_of(verb) or verb.pos_ not in {"VERB", "AUX"}:
        return False
    first = next((m for m in actors(sentence) if m.token_start < verb.i and m.token_start not in speakers), None)
    return first is not None and first.token_start <= 1 and state_of(first) not in known


def _owned_by_another(sentence: Sentence, noun: Token, known: Collection[str]) -> bool:
    """ "its packages", "ses livraisons": a flow owned by the subject of its clause (or the state a relative
    clause describes), which is no party to the flow before."""
    if not any(c.lower_ in function_words("owning_possessives") for c in noun.children):
        return False
    verb = next((a for a in noun.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    subjects = subject_of(verb) if verb is not None else []
    relative = function_words("relative_pronouns")
    owners = [verb.head if s.lower_ in relative and verb is not None else s for s in subjects]
    owning = [m for o in owners if (m := sentence.mention_of(o)) is not None and m.state]
    return any(state_of(m) not in known for m in owning)


def _delivers(token: Token) -> bool:
    language = token.lang_
    return bool(
        word_forms(token)
        & (words("transfer", "delivery_verbs", language) | words("transfer", "delivery_nouns", language))
    )


def _sent_elsewhere(sentence: Sentence, known: Collection[str]) -> bool:
    """The sentence names, after a word of destination, a place that lies in neither state of the flow."""
    markers = role_markers(sentence.doc.lang_)[0]
    for mention in sentence.mentions:
        entry = gazetteer().get(mention.entity_id) if mention.kind == "location" else None
        if (
            entry is not None
            and entry.country
            and entry.country not in known
            and marker_before(sentence, mention) in markers
        ):
            return True
    return False


def remember_half(
    sentence: Sentence,
    trigger: Token,
    roles: Roles,
    discourse: Discourse,
    categories: dict[str, Any],
    time: TimeSpan | None,
) -> None:
    """A flow of materiel with one side only ("Several shipments of weapons reached Sudan in 2023"): kept
    for the next words, which may name the other ("They came from Iran")."""
    sides = [("supplier", m) for m in roles.suppliers] + [("recipient", m) for m in roles.recipients]
    if len(sides) == 1:
        role, actor = sides[0]
        materiel = frozenset(_tokens_of(categories))
        discourse.half = HalfFlow(sentence.index, role, actor, frozenset(categories), time, trigger.i, materiel)


def complete_half(
    sentence: Sentence, trigger: Token, roles: Roles, discourse: Discourse, categories: dict[str, Any]
) -> HalfFlow | None:
    """The side the sentence before gave to a flow of the same materiel, where this one names the other
    side only and no one else; or the side a clause on the same materiel gave in this sentence ("the
    drones that reached Sudan came from Iran"). Returns the flow completed."""
    half = discourse.half
    if half is None or sentence.index - half.sentence not in {0, 1} or not half.categories & set(categories):
        return None
    same = half.sentence == sentence.index
    if same and not _one_materiel(sentence, trigger, half, categories):
        return None
    given, missing = (
        (roles.suppliers, roles.recipients) if half.role == "recipient" else (roles.recipients, roles.suppliers)
    )
    if missing or len(given) != 1 or state_of(given[0]) == state_of(half.actor):
        return None
    named = {state_of(given[0])} | ({state_of(half.actor)} if same else set())
    if any(state_of(m) not in named for m in actors(sentence) if not _adjectival(sentence, m)):
        return None
    missing.append(half.actor)
    return half


def teller(sentence: Sentence, trigger: Token, half: HalfFlow | None) -> Token:
    """The verb whose status and modality the flow has: a clause on the materiel another verb of this
    sentence moves only completes that verb's flow ("Norway delivered all the F-16s it promised to
    Ukraine": delivered, not pledged)."""
    if half is None or half.sentence != sentence.index or half.trigger < 0:
        return trigger
    on_its_materiel = any(a.i in _with_heads(sentence, half.materiel) for a in trigger.ancestors)
    return sentence.doc[half.trigger] if on_its_materiel else trigger


def _tokens_of(categories: dict[str, Any]) -> set[int]:
    return {t for item in categories.values() if item is not None for t in range(item.token_start, item.token_end)}


def _one_materiel(sentence: Sentence, trigger: Token, half: HalfFlow, categories: dict[str, Any]) -> bool:
    """One word of transfer stands in a clause on the materiel the other moves ("the drones [that reached
    Sudan] came from Iran", "les drones [arrivés au Soudan] provenaient d'Iran"), or both move the very
    same words ("a ship carrying weapons from Iran arrived in Sudan")."""
    mine, theirs = _with_heads(sentence, _tokens_of(categories)), _with_heads(sentence, half.materiel)
    on_mine = any(a.i in mine for a in sentence.doc[half.trigger].ancestors)
    return on_mine or any(a.i in theirs for a in trigger.ancestors) or bool(mine & theirs)


def _with_heads(sentence: Sentence, tokens: Collection[int]) -> set[int]:
    """The words of an item with the nouns they modify: "24 F-16 fighter jets" is one materiel, whether the
    item found is "F-16" or "fighter jets"."""
    return set(tokens) | {sentence.doc[t].head.i for t in tokens}


def _role_given_otherwise(sentence: Sentence, trigger: Trigger) -> bool:
    """The trigger has a "to"/"from"/"à"/"de" phrase of its own (or on its object: "acheter de l'énergie
    aux pays étrangers") whose noun is not an actor we know."""
    recipient_markers, supplier_markers = role_markers(sentence.doc.lang_)
    markers = (recipient_markers | supplier_markers) - function_words("loose_markers")
    sellers = words("transfer", "seller_markers", sentence.doc.lang_)
    children = list(trigger.token.children)
    held = [c for c in children if (c.dep_ in COMPLEMENTS and c.pos_ == "NOUN") or c.dep_ == "advmod"]  # "back to"
    for child in [*children, *(g for c in held for g in c.children)]:
        noun = next((c for c in child.children if c.dep_ == "pobj"), child)
        case = {c.lower_ for c in [child, *child.children] if c.dep_ in {"case", "prep"} or c.pos_ == "ADP"}
        if child.lower_ in sellers and child.pos_ == "ADV":  # "s'approvisionner auprès d'une usine"
            noun, case = next((c for c in child.children if c.pos_ == "NOUN"), child), set(markers)
        dated = any(p.char_start <= noun.idx < p.char_end for p in sentence.periods)  # "de janvier à mars"
        if case & markers and noun.pos_ == "NOUN" and not sentence.mention_of(noun) and not dated:
            return True
    return False


def clause_of(token: Token) -> set[int]:
    """The tokens of the clause a trigger stands in, without the clauses joined to it ("..., and the
    rocket systems have been credited with ... against the invading Russians")."""
    head = next((a for a in [token, *token.ancestors] if a.pos_ in {"VERB", "AUX"}), token.sent.root)
    found: set[int] = set()
    stack = [head]
    while stack:
        current = stack.pop()
        found.add(current.i)
        stack += [c for c in current.children if c.dep_ not in SIDE_CLAUSES or c.i == token.i]
    return found


def _adjectival(sentence: Sentence, mention: Mention) -> bool:
    """ "le média américain", "l'actualité nord-coréenne": a demonym describing a thing, not an actor."""
    root = mention.span(sentence.doc).root
    return mention.form == "demonym" and root.pos_ == "ADJ" and not sentence.mention_of(root.head)


def sides_of(finding: Finding) -> tuple[str, ...]:
    """Who gave and who received, as states (or the entities themselves)."""
    return tuple(state_of(m) for role in ("supplier", "recipient") for m in finding.roles.get(role, []))


def routes(sentence: Sentence, trigger: Trigger, roles: Roles, allowed: set[int]) -> list[Mention]:
    """Where the materiel went through: "shipped by rail through Poland", "via Hong Kong", "acheminés via la
    Pologne", "from Rajin to Russian ports" (a port is a place on the way, never a party)."""
    language = sentence.doc.lang_
    through = words("transfer", "route_markers", language)
    recipient_markers, supplier_markers = role_markers(language)
    parties = {m.entity_id for m in roles.suppliers + roles.recipients}
    found: list[Mention] = []
    for mention in sentence.mentions:
        if mention.kind not in ROUTE_KINDS or mention.entity_id in parties or mention.form == INSIDE:
            continue
        root = mention.span(sentence.doc).root
        attached = governs(trigger.token, root, allowed | {trigger.i}) or _near_after(
            sentence, trigger, mention, allowed
        )
        marker = marker_before(sentence, mention)
        port_on_the_way = mention.kind == "port" and marker in recipient_markers | supplier_markers | {"at", "in"}
        if attached and (marker in through or port_on_the_way) and mention not in found:
            found.append(mention)
    return found


def drop_accusers(sentence: Sentence, roles: Roles) -> None:
    """ "La Turquie a été accusée par des médias indiens d'avoir acheminé des armes": who accuses (the agent
    of a verb of accusing, in its own phrase) tells of the flow and is none of its sides, however the parser
    hung the flow."""
    accusers: set[int] = set()
    for verb in (t for t in sentence.tokens if t.pos_ == "VERB" and accusing(t)):
        for agent in agents_of(verb):
            accusers |= {t.i for t in agent.subtree if not any(a.pos_ in {"VERB", "AUX"} for a in _up_to(t, agent))}
    roles.suppliers = [m for m in roles.suppliers if m.span(sentence.doc).root.i not in accusers]
    roles.recipients = [m for m in roles.recipients if m.span(sentence.doc).root.i not in accusers]


def _up_to(token: Token, top: Token) -> list[Token]:
    """The words from the token up to `top`, both included."""
    path = [token]
    while path[-1].i != top.i and path[-1].head.i != path[-1].i:
        path.append(path[-1].head)
    return path


def drop_speakers(sentence: Sentence, trigger: Trigger, roles: Roles, anchors: set[int]) -> None:
    """ "..., the German defence minister said", "South Korea's ministry said": the state that qualifies
    who speaks (at the reporting words `anchors`) is whose speaker it is, no party. A speaking state itself
    ("Iran said it had sent"), or one a pronoun takes up ("Russia's ministry said it had received"), stays."""
    if any(c.pos_ == "PRON" and c.dep_ in SOURCE_DEPS for c in trigger.token.children):
        return
    doc, qualifying = sentence.doc, set()
    for anchor in (doc[a] for a in anchors if is_reporting(doc[a])):
        closing = closing_phrase(anchor)
        after = inverted_incise(anchor)  # "..., a indiqué le ministère nigérien": nothing before it speaks
        subjects = [c for c in anchor.children if c.dep_ in SOURCE_DEPS and (c.i > anchor.i or not after)]
        phrases = [list(c.subtree) for c in subjects if not sentence.names_materiel_at(c.i)]  # misparsed: no speaker
        for phrase in phrases + ([list(closing)] if closing is not None else []):
            head = phrase[0].doc[phrase[0].i : phrase[-1].i + 1].root
            start = after_last_comma(doc, phrase[0].i, head.i)  # misparsed as one phrase: the speaker's words
            qualifying |= {t.i for t in phrase if t.i >= start} - {head.i} if trigger.token not in phrase else set()
    if not qualifying:
        return
    keep = [m for m in roles.suppliers + roles.recipients if m.span(doc).root.i not in qualifying]
    roles.suppliers = [m for m in roles.suppliers if m in keep]
    roles.recipients = [m for m in roles.recipients if m in keep]
