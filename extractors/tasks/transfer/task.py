"""The transfer task: who supplied what to whom, with figure, period, trend, status and stance.

One finding per item category named with the trigger ("shells, missiles and heavy equipment" are
three). A trigger without a named item counts only when it says "military" itself ("soutien militaire",
"military aid"): then the item is military_equipment.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from functools import cache
from typing import Any

from spacy.tokens import Doc, Token

from extractors.analysis import Analysis, Sentence
from extractors.entities import ItemMention, Mention
from extractors.inflection import word_forms
from extractors.lexicon import cue_sets, function_words, lexicon, words
from extractors.qualifiers.attribution import Credit, credits, with_claim_noun, without_deniers
from extractors.qualifiers.denials import characterised_untrue, denial_before, not_denied
from extractors.qualifiers.flow import (
    already,
    conveyances,
    pledged_if_later,
    starts_flow,
    status,
    time_of,
    told_now,
    trend,
)
from extractors.qualifiers.quantities import Figure
from extractors.qualifiers.stance import is_negated, modality, ruled_out
from extractors.qualifiers.times import Period
from extractors.record import role_entity_id
from extractors.tasks.base import Cited, Finding, register
from extractors.tasks.roles import (
    COORDINATORS,
    DETERMINERS,
    agents_of,
    case_of,
    governs,
    has_subject,
    is_passive,
    marker_before,
    subject_of,
)
from extractors.tasks.transfer.actors import actors
from extractors.tasks.transfer.bought import bought_materiel
from extractors.tasks.transfer.conveyed import (
    ARRIVED,
    SEIZED,
    carried_by,
    conveyed,
    counted_by_conveyances,
    drop_the_stopper,
    handed_over_by_a_vessel,
)
from extractors.tasks.transfer.deal_deliveries import DealDelivery, deal_deliveries
from extractors.tasks.transfer.deal_flow import remember_deal
from extractors.tasks.transfer.deals import (
    covered_by_a_deal,
    deal_of,
    delivered_later,
    expected_delivery,
    for_a_third_state,
    seller_by_deal,
    under_a_deal,
)
from extractors.tasks.transfer.funding import Paid, cost_covered, funded, paid_for, paid_purchase
from extractors.tasks.transfer.headline_pair import HeadlinePair, complete_from_headline, headline_pair
from extractors.tasks.transfer.increments import increments, more_opening
from extractors.tasks.transfer.kinds import FUNDS_UNITS, as_quantity, count_of, items_claimed, sent_to_another_state
from extractors.tasks.transfer.know_how import KnowHow, know_how
from extractors.tasks.transfer.licensing import Licensed, licensed
from extractors.tasks.transfer.makers import seized_from, supply_by_maker
from extractors.tasks.transfer.measures import measure_of
from extractors.tasks.transfer.not_sent import inside_an_item, served, without_broader
from extractors.tasks.transfer.origin import Origin, held_by_other, origins
from extractors.tasks.transfer.other_side import buying_verbs
from extractors.tasks.transfer.packages import Told, taken_up_time
from extractors.tasks.transfer.presence import Presence, adjectival_troops, drop_their_origin, presences
from extractors.tasks.transfer.roles import (
    GIVING_TO,
    INCLUDING_VERBS,
    SUBJECT_PRONOUNS,
    Discourse,
    Roles,
    arming,
    assign,
    complete_half,
    continue_discourse,
    drop_accusers,
    drop_speakers,
    given_in_return,
    linked_verbs,
    listed_pairs,
    owned_by_the_subject,
    placing,
    remember_half,
    resolve_pronouns,
    routes,
    sides_of,
    state_of,
    teller,
    to_its_own_forces,
    topic_recipient,
    topic_supplier,
    training,
)
from extractors.tasks.transfer.triggers import (
    ARRIVAL,
    FORWARD,
    REVERSE,
    SEIZURE,
    Trigger,
    bartered_back,
    expected_subject,
    find_triggers,
    trigger_words,
)
from extractors.tasks.transfer.wars import at_war, hostile
from graph.model import Quantity, TimeSpan

ARTICLES = function_words("definite_articles")
TARGET_MARKERS = function_words("target_markers")
PARTITIVES = function_words("partitives")
FIRST_WORDS = function_words("first_words")
PLURAL_PRONOUNS = function_words("plural_subject_pronouns")
OF_WORDS = function_words("of_markers")
MILITARY_WORDS = function_words("military_words")
EXCHANGED_REACH = 12  # tokens after "in exchange for" where what came back is named
VALUE_LINKS = function_words("value_links")  # between a sum and what it buys
VALUED_CATEGORIES = {"military_equipment", "funds"}  # a figure in money measures these
ORIGIN_MARKERS = function_words("origin_markers")  # "F-16 jets from Denmark", "des F-16 du Danemark"
# Units that measure a load rather than count the materiel: a lone figure in them is the claim's.
LIST_WORDS = function_words("list_words")  # "ainsi que", "as well as"
MAX_LIST_GAP = 8
RELATIVE_WORDS = function_words("relative_words")
RELATIVE_GAP = 5  # tokens between materiel and the trigger of the relative clause describing it
SYSTEM_REACH = 8  # sentences back where a system named stands for a word of its kind ("l'avion de chasse")
ANAPHOR_WINDOW = 6  # tokens after a trigger where a word standing for materiel may be its object
ITEM_REACH = 3  # a transfer naming no materiel continues the materiel of the same flow this many sentences before
MEASURE_UNITS = {"barrel", "tonne", "container", "shipment", "railcar", "truck", "crate", "pallet", "convoy", "batch"}


@register("osintkg.transfer.v1")
class TransferTask:
    """Transfers between actors, one claim per item category.

    max_item_distance: how many tokens after the trigger an item may stand when the parse does not
        attach it to the trigger.
    """

    name = "transfer"

    def __init__(self, max_item_distance: int = 14) -> None:
        self.max_item_distance = max_item_distance

    def __call__(self, analysis: Analysis) -> list[Finding]:
        assert analysis.language
        findings: list[Finding] = []
        discourse = Discourse()
        pair: HeadlinePair | None = None
        for sentence in analysis.sentences:
            if sentence.parsed:  # no claim comes from a sentence the models did not read
                found = self._sentence_findings(sentence, analysis, discourse, pair)
                if not found:
                    remember_deal(sentence, discourse)  # "signed a contract covering Pinaka launchers"
                findings += found
            _remember_subject(sentence, discourse)  # what it is about may be taken up later
            _remember_items(sentence, discourse)
            pair = headline_pair(analysis, findings) if sentence.index == 0 else pair
        return [pledged_if_later(f, analysis.reference) for f in findings]

    def _sentence_findings(
        self, sentence: Sentence, analysis: Analysis, discourse: Discourse, pair: HeadlinePair | None
    ) -> list[Finding]:
        """The transfers one parsed sentence states: by its triggers (or, with none, a figure taking up the flow
        before), by the origin of its materiel, its troops stationed, its licences."""
        language = analysis.language
        assert language
        credit = credits(analysis)[sentence.index]
        candidates = sentence.tokens_for(trigger_words(language))
        by_trigger: list[tuple[Trigger, list[Finding]]] = []
        for trigger in find_triggers(candidates, language) or _package_taken_up(sentence, discourse):
            if inside_an_item(sentence, trigger.token) or sentence.mention_of(trigger.token):
                continue  # "anti-ship missiles", "les Forces armées soudanaises"
            if _names_another_thing(trigger.token, language):
                continue  # "one of the world's busiest trade routes": the routes, not a trade
            if _listed_with_materiel(sentence, trigger):
                continue  # "fournir des systèmes de défense aérienne ou une aide": one more thing given
            if _credited(trigger.token, credit):
                continue  # "according to two military sources": who told it, not who supplied
            by_trigger.append((trigger, self._findings(sentence, trigger, language, credit, discourse, pair)))
        told = without_broader([_but_its_deal(t, found, by_trigger) for t, found in by_trigger])
        findings = list(
            told
            or self._measured_again(sentence, language, credit, discourse)
            or self._more_again(sentence, language, credit, discourse)
        )
        flows = {(*sides_of(t), t.item_category) for t in told}
        made = [_origin_finding(sentence, o, language, credit) for o in origins(sentence)]
        findings += [f for f in made if (*sides_of(f), f.item_category) not in flows and not hostile(f)]
        for deal in deal_deliveries(sentence):  # "a contract for 26 Rafale, with deliveries expected in 2029"
            findings += [f for f in _deal_findings(sentence, deal, language, credit) if _told_new(f, flows)]
        present = [_presence_finding(sentence, p, language, credit) for p in presences(sentence)]
        findings += [f for f in present if not hostile(f)]  # "Russian troops stationed in Ukraine"
        findings += [_licence_finding(sentence, lic, language, credit) for lic in licensed(sentence)]
        return findings + [_know_how_finding(sentence, k, language, credit) for k in know_how(sentence)]

    def _findings(
        self,
        sentence: Sentence,
        trigger: Trigger,
        language: str,
        credit: Credit,
        discourse: Discourse,
        pair: HeadlinePair | None = None,
    ) -> list[Finding]:
        if _wanted(trigger.token, language) or _bought_with_gift(trigger.token, language):
            return []
        if covered_by_a_deal(trigger):
            return []  # "a deal ... that also covers pilot training and logistics support": its provisions
        if ruled_out(trigger.token):
            return []  # "our principle of not providing lethal weapons to Ukraine": a rule, no flow nor denial
        if _generic_doer(trigger):
            return []  # "commits each to provide military assistance", "où chacun arme ses alliés"
        if _awaits_something_else(sentence, trigger.token):
            return []  # "analysts await a decision on Taurus missiles": no materiel is awaited
        money_only = word_forms(trigger.token) & words("transfer", "money_only_verbs", language)
        if money_only and not _money_given(sentence, trigger):
            return []  # "released a report on drones sent to Russia": no money released
        if _trained_as_a_kind(trigger.token):
            return []  # "will send trained pilots", "enverra ... les pilotes formés": who they are, not a training
        if trigger.direction in {ARRIVAL, SEIZURE} and sentence.has_form_in(words("transfer", "hostility", language)):
            return []  # "Russian missiles reached Kyiv and struck a power station", "chips found in drones shot
            # down over Ukraine": an attack, not a delivery
        landing = word_forms(trigger.token) & words("transfer", "landing_verbs", language)
        flown_in = bought_materiel(sentence, trigger.token) and any(i.category == "aircraft" for i in sentence.items)
        if landing and not conveyed(trigger.token) and not flown_in:
            return []  # "missiles landed in Poland": only a plane that lands delivers, or jets bought landing
        if _undone(trigger.token, language):
            return []  # "le reste de la commande a été annulé", "the order was cancelled": no flow to come
        awaited = trigger.token.lower_ in words("transfer", "expected_words", language)
        if awaited and not _materiel_subject(sentence, trigger.token):
            return []  # "a decision on more jets is due by June": what is due is no materiel
        own = [] if training(trigger.token) else _taken_up_here(sentence, trigger) or self._items(sentence, trigger)
        items = own or ([] if training(trigger.token) else _anaphoric(sentence, trigger, discourse))
        standing_for = bool(items) and not own  # "Rabat en avait commandé 24": materiel named before
        items = [i for i in items if not _bought_with(sentence, i, trigger.token, language)]
        if _money_given(sentence, trigger):  # "transferred €250 million to Prague to pay for shells": the money
            items = [i for i in items if not _paid_for_with_it(i, trigger.token, language)]
        items = [i for i in items if not _cited(sentence, i, credit)]
        if trigger.direction == SEIZURE:  # "rockets found with Hezbollah fighters": the people hold it
            items = [i for i in items if i.category != "troops"]
        if _unloading(trigger.token) and not items:
            return []  # "ships offloading containers": materiel unloaded, or nothing told
        keeping = word_forms(trigger.token) & words("transfer", "keeping_verbs", language)
        if keeping and not any(i.category == "troops" for i in items):
            return []  # "keeps 3,000 soldiers in Somalia", not "will keep up the pace of aid"
        items = [i for i in items if i.category == "troops"] if keeping else items
        exchange = _exchange_at(sentence, trigger.token)
        categories = _categories(items, trigger.token, exchange)
        if not categories and not trigger.is_noun and not training(trigger.token) and _money_given(sentence, trigger):
            categories = {"funds": None}  # "Japan will provide $300 million to the Philippines"
        allowed = {i for item in items for i in range(item.token_start, item.token_end)}
        allowed |= {t for f in sentence.figures for t in range(f.token_start, f.token_end)}
        allowed |= {f.unit_token for f in sentence.figures if f.unit_token is not None}
        allowed |= {i for m in sentence.mentions for i in range(m.token_start, m.token_end)}
        allowed |= _holding_words(sentence) if items else set()  # "a second batch of drones from Israel"
        allowed |= _parts_of_states(sentence)  # "dans l'est de la RDC"
        allowed |= _served_words(sentence, items)  # "ammunition for Leopard tanks to Ukraine": the tanks hold "to"
        roles = assign(sentence, trigger, allowed, language)
        roles.suppliers = [m for m in roles.suppliers if _part_before(sentence, m) is None]  # "l'est du Tchad"
        roles.recipients = [m for m in roles.recipients if not _leading_another(m, sentence)]
        drop_their_origin(sentence, items, roles)
        drop_speakers(sentence, trigger, roles, {s.anchor for s in credit.own if s.anchor not in {None, trigger.i}})
        drop_accusers(sentence, roles)
        drop_the_stopper(trigger, roles)
        explicit = bool(roles.suppliers and roles.recipients)
        resolve_pronouns(sentence, trigger, roles, discourse)
        owned_by_the_subject(sentence, roles, discourse)  # "its Defence Ministry handed"
        to_its_own_forces(sentence, trigger, roles, discourse)  # "had been delivered to its forces"
        explicit = given_in_return(sentence, trigger, roles, discourse) or explicit  # the flow back is told
        _speakers_side(trigger, roles, credit)
        here = {id(m) for m in sentence.mentions}  # not a source named sentences before ("he said")
        speakers = frozenset(
            s.mention.token_start for s in credit.own if s.mention is not None and id(s.mention) in here
        )
        half_before = standing_for and _half_just_before(sentence, roles, discourse, categories)
        paid_before = set(discourse.items) == {"funds"} and "funds" not in categories  # money paid, then materiel
        paid_before = paid_before and discourse.package != discourse.sentence  # not a package's materiel after it
        if not paid_purchase(trigger) and not half_before and not paid_before:
            continue_discourse(sentence, trigger, roles, discourse, speakers)  # (not "alloué ... à l'achat de")
        topic_recipient(sentence, trigger, roles, discourse, speakers)
        topic_supplier(sentence, trigger, roles, discourse)
        complete_from_headline(sentence, roles, pair)
        seized_from(sentence, trigger, items, roles)
        supply_by_maker(sentence, trigger, items, roles)
        roles.suppliers = _states_before_persons(roles.suppliers)
        handed_over_by_a_vessel(sentence, trigger, roles, set(categories))
        seller_by_deal(sentence, trigger, roles)
        # whom a seizure took from gave no flow told before it ("landed carrying a captured US Javelin missile")
        seized = trigger.direction == SEIZURE
        half = None if seized else complete_half(sentence, trigger.token, roles, discourse, categories)
        half_time, telling = (half.time if half else None), teller(sentence, trigger.token, half)
        pairs = _pairs(roles)
        if not pairs and categories:
            when = time_of(sentence, trigger.token, False)
            remember_half(sentence, trigger.token, roles, discourse, categories, when)
        paid = None if pairs else paid_for(sentence, trigger, roles.suppliers, roles.recipients)
        if paid is not None:
            return [_funds_finding(sentence, paid, language, credit)]  # "fund the purchase of boats for Manila"
        if not pairs or (not explicit and _exchange_at(sentence, sentence.doc[0]) < trigger.i):
            return []  # "... en contrepartie des armes que le pays lui aurait offertes": the counter-flow
        supplier, recipient = pairs[0]
        if (trigger.direction == ARRIVAL or placing(trigger.token)) and at_war(state_of(supplier), state_of(recipient)):
            return []  # "Russian missiles reached Kyiv overnight", "deployed troops in Ukraine": an attack
        discourse.package = sentence.index if trigger.is_noun else discourse.package
        carried = discourse.sentence < sentence.index and trigger.direction != SEIZURE
        carried = carried and not _any_goods(sentence, trigger.token)  # "exports of goods rose": all trade
        carried = carried and not _gives_something_else(sentence, trigger.token)  # "without giving details"
        carried = carried and not _subject_of_another_kind(sentence, trigger, discourse)  # "Money comes from donors"
        carried = carried and not (trigger.is_noun and _indefinite(trigger.token))  # "a dénoncé des livraisons"
        if not categories and carried and _same_flow(discourse, supplier, recipient, sentence.index, ITEM_REACH):
            categories = _carried_kinds(discourse.items)  # "Angara made 11 voyages for this pipeline to Russia"
        if not categories and explicit and trigger.is_noun and _money_given(sentence, trigger):
            categories = {"funds": None}  # "the US approved a $150 million package for Tunisia" (both named)
        if not categories:
            # "what North Korea will receive from Russia": no materiel, but the next words may continue it
            discourse.supplier, discourse.recipient, discourse.sentence = supplier, recipient, sentence.index
            discourse.time = None  # the time of the claim before is not this flow's
            return []
        deniers = denial_before(sentence, trigger.token, language)
        parties = {state_of(supplier), state_of(recipient)}
        untrue_by = characterised_untrue(sentence, trigger.token, language) if deniers is None else []
        untrue_by = [] if any(state_of(m) in parties for m in untrue_by) else untrue_by  # the accused: its denial
        deniers = untrue_by or deniers  # 'Washington called "false" the reports that Moscow sold ...'
        accused_deny = deniers is not None and (not deniers or any(state_of(m) in parties for m in deniers))
        if accused_deny and not _told_in_a_claim(trigger.token):
            return []  # the accused deny it: a denial claim, not a transfer
        stance = "denied" if deniers else ("reported" if not_denied(sentence, trigger.token, language) else None)
        stance = "reported" if accused_deny else stance  # "denied a report that shells had been shipped": the report's
        flow_status = status(sentence, telling, language)
        time = time_of(sentence, trigger.token, starts_flow(trigger.token), flow_status == "pledged") or half_time
        if trigger.is_noun:  # "the latest package also includes": the time of the package told before
            sides = state_of(supplier), state_of(recipient)
            time = time or taken_up_time(trigger.token, discourse.told, *sides)
            discourse.told[trigger.token.lemma_.lower()] = Told(*sides, time)
        same_items = not discourse.items or bool(set(categories) & set(discourse.items))
        promised_after_done = flow_status == "pledged" and discourse.status != "pledged"  # "... remis le 23 mars.
        # Au total, Bratislava avait promis 13 MiG-29": the promise is not of the delivery's day
        if time is None and same_items and not promised_after_done:
            time = discourse.time if _same_flow(discourse, supplier, recipient, sentence.index) else None
        discourse.supplier, discourse.recipient, discourse.sentence = supplier, recipient, sentence.index
        discourse.time, discourse.items, discourse.status = time, categories, flow_status
        credit = with_claim_noun(credit.bearing_on(sentence, trigger.token), trigger.token, language, sentence)
        credit = without_deniers(credit, sentence, parties)  # "..., a charge Beijing denied": no source of it
        base = Finding(
            kind="transfer",
            roles={"supplier": [supplier], "recipient": [recipient]},
            quote_start=sentence.offset,
            quote_end=sentence.offset + len(sentence.text.rstrip()),
            modality=stance or modality(sentence, telling, language, credit.speakers),
            sources=[Cited(m.text, m, None) for m in untrue_by] or credit.all,  # who calls it untrue
            time=time,
            trend=trend(sentence, trigger.token, language),
            status=flow_status,
            told_now=flow_status == "pledged" and told_now(telling),
        )
        categories = {c: i for c, i in categories.items() if i is None or not held_by_other(sentence, i, parties)}
        if not categories:
            return []
        kinds = items_claimed(sentence, categories, items, (supplier, recipient))
        respective = _respective(sentence, items)
        if respective:
            found = [
                replace(
                    base,
                    item=item,
                    item_category=item.category,
                    quantity=as_quantity(figure),
                    time=TimeSpan(start=period.start, end=period.end),
                )
                for figure, period, item in respective
            ]
        else:
            found = _with_figures(
                [
                    (
                        replace(base, item=item, item_category=category),
                        _moved_count(sentence, _figure_of(sentence, item, category, trigger.i), trigger.token),
                    )
                    for category, item in kinds
                ]
            )
        found = [_aid_in_money(f, trigger.token) for f in found]
        found = _dated_each(sentence, found) if not respective else found
        found = delivered_later(sentence, trigger, found, language)
        found = counted_by_conveyances(sentence, trigger, found)
        found += [] if respective else increments(sentence, found, trigger.token)  # "then 12 more in December 2017"
        found = [replace(f, sources=[c for c in f.sources if not _is_its_item(c, f)]) for f in found]
        listed = listed_pairs(sentence, pairs)
        via = routes(sentence, trigger, roles, allowed)
        own_states = _item_origins(sentence, sentence.items, roles.suppliers)
        found = _for_pairs(found, listed, own_states, via, _counted_in(sentence, trigger.i), _each(trigger.token))
        found += _to_another_state(
            sentence, base, trigger.i, items + _joined_to(sentence, items, recipient), (supplier, recipient)
        )
        found += _paid_back(sentence, trigger, base, exchange) + funded(sentence, trigger, found)
        found += cost_covered(sentence, found)  # "with Berlin agreeing to cover €200 million of the cost"
        found += _gapped_shares(sentence, trigger.token, found)  # "18 F-16s to Ukraine and 6 to Romania"
        if not under_a_deal(trigger):
            return found + deal_of(sentence, trigger, found)
        if for_a_third_state(sentence, trigger, found):  # "signed an agreement with Germany to hand tanks to Ukraine"
            return [replace(f, status="pledged") for f in found] + deal_of(sentence, trigger, found)
        expected = expected_delivery(sentence, trigger)  # "..., the first of which are due in 2026"
        pledged = [replace(f, time=expected, status="pledged") for f in found] if expected else []
        return pledged + deal_of(sentence, trigger, found)

    def _measured_again(self, sentence: Sentence, language: str, credit: Credit, discourse: Discourse) -> list[Finding]:
        """ "... 700 tonnes de nitrocellulose vers la Russie. En 2023, la quantité a presque doublé pour atteindre
        plus de 1 300 tonnes": the flow of the sentence just before, with this sentence's figure."""
        measure = measure_of(sentence)
        supplier, recipient = discourse.supplier, discourse.recipient
        if measure is None or supplier is None or recipient is None or sentence.index - discourse.sentence != 1:
            return []
        credit = credit.bearing_on(sentence, measure.verb)
        base = Finding(
            kind="transfer",
            roles={"supplier": [supplier], "recipient": [recipient]},
            quote_start=sentence.offset,
            quote_end=sentence.offset + len(sentence.text.rstrip()),
            modality=modality(sentence, measure.verb, language, credit.speakers),
            sources=credit.all,
            time=time_of(sentence, measure.verb, False),
            trend=trend(sentence, measure.noun, language),  # the verb of measure itself may tell it
            quantity=as_quantity(measure.figure),
        )
        discourse.sentence, discourse.time = sentence.index, base.time
        return [replace(base, item_category=category) for category in discourse.items]

    def _more_again(self, sentence: Sentence, language: str, credit: Credit, discourse: Discourse) -> list[Finding]:
        """ "Sweden has delivered 30 CV90s to Ukraine. Another 20 will follow next year": more of the one
        kind of materiel of the flow the sentence just before told, counted by the figure that opens this one
        (which names no actor of its own)."""
        more = more_opening(sentence)
        supplier, recipient = discourse.supplier, discourse.recipient
        if more is None or supplier is None or recipient is None or sentence.index - discourse.sentence != 1:
            return []
        if (
            len(discourse.items) != 1
            or actors(sentence)
            or any(i.category not in discourse.items for i in sentence.items)
        ):
            return []
        figure, verb = more
        if word_forms(verb) & words("grammar", "undoing_verbs", language):
            return []  # "the remaining 18 were cancelled": no more of the flow
        expected = bool(word_forms(verb) & cue_sets("trends", language)["pledged"][0])  # "sont attendus"
        discourse.sentence, pledged = sentence.index, expected or status(sentence, verb, language) == "pledged"
        time, told = time_of(sentence, verb, False, pledged), "pledged" if pledged else "delivered"
        quantity = as_quantity(figure) if figure is not None else None
        finding = _told_by(
            sentence, verb, language, credit, (supplier, recipient), quantity=quantity, time=time, status=told
        )
        return [replace(finding, item_category=next(iter(discourse.items)))]

    def _items(self, sentence: Sentence, trigger: Trigger) -> list[ItemMention]:
        """The materiel of a trigger: what hangs off it, else what stands close after (or before, for a
        passive verb or a noun: "des armements ... avaient été envoyés")."""
        token = trigger.token
        item_tokens = {t for i in sentence.items for t in range(i.token_start, i.token_end)}
        item_tokens |= {t for f in sentence.figures for t in range(f.token_start, f.token_end)}
        item_tokens |= _holding_words(sentence)
        heads = [token, *linked_verbs(token)]
        armed = arming(token)  # "fighters armed with rifles": the armed are no item
        # the words materiel may hang on: other materiel, a date the parser took for the object ("a reçu l'an
        # dernier des drones"), a state's adjective it took for the noun ("d'instructeurs russes")
        through = item_tokens | {t.i for t in sentence.tokens if sentence.in_a_date(t)}
        through |= {t for m in sentence.mentions if m.form == "demonym" for t in range(m.token_start, m.token_end)}

        def attached(item: ItemMention) -> bool:
            last = sentence.doc[item.token_end - 1]
            described = token.dep_ in {"acl", "amod"} and _describes(sentence, token.head, item) and not armed
            reached = any(governs(h, last, through) for h in heads) or _after_the_recipient(sentence, item, heads)
            return described or reached or item.token_start == token.i + 1

        candidates = [
            i
            for i in sentence.items
            if not _names_an_actor(sentence, i)
            and not adjectival_troops(sentence, i)
            and not served(sentence, i, item_tokens)
            and not _targeted(sentence, i)
            and not _its_own_equipped(trigger, sentence, i)
            and not _qualifies_personnel(sentence, i)
        ]
        if trigger.direction in {SEIZURE, REVERSE}:  # "Israeli soldiers found", "Russian soldiers received shells":
            takers = {t.i for s in subject_of(token) if s.dep_ == "nsubj" for t in s.subtree}  # who took it
            candidates = [i for i in candidates if i.token_start not in takers]  # is not what was taken
        exchange = _exchange_at(sentence, token)
        found = [i for i in candidates if attached(i) and i.token_start < exchange]
        found = _without_its_carrier(sentence, found, token) if trigger.direction == FORWARD else found
        if token.dep_ in {"acl", "amod"} and not armed:  # "shot down drones with missiles supplied by Germany"
            found = [i for i in found if _describes(sentence, token.head, i)] or found
        if found:
            found += _included(sentence, found, candidates, token)
            return found + _listed_after(sentence, found, candidates, exchange)
        if trigger.recipient_object:  # "Chinese machine tools continue to feed Russia's defence industry"
            subjects = {t.i for s in subject_of(token) for t in s.subtree}
            found = [i for i in candidates if i.token_start in subjects or i.token_end - 1 in subjects]
            if found:
                return found
        if trigger.direction == ARRIVAL:  # "des puces ... transitent par Hong Kong avant d'arriver en Russie"
            subjects = {t.i for s in subject_of(token) for t in s.subtree}
            if token.dep_ in {"relcl", "acl", "acl:relcl", "amod"}:
                head = token.head
                while head.pos_ == "ADJ" and head.head.i != head.i:
                    head = head.head  # "des drones iraniens parviennent", the verb hung on the adjective
                subjects.add(head.i)  # "the drones that reached Sudan", "les drones arrivés au Soudan"
            found = [i for i in candidates if subjects & set(range(i.token_start, i.token_end))]
            return found or carried_by(sentence, token, candidates, item_tokens, ARRIVED)
        if trigger.direction == SEIZURE:  # "the report found that ...": only materiel hanging on the verb counts,
            return carried_by(sentence, token, candidates, item_tokens, SEIZED)  # or on what it stopped
        if token.dep_ in {"relcl", "acl:relcl"}:  # "the 300 drones Iran shipped to Russia": what the clause is on
            modified = [i for i in candidates if i.token_start <= token.head.i < i.token_end]
            if modified:
                return modified
        subject_first = is_passive(token) or token.dep_ == "cop"  # "les armes étaient en route de l'Iran"
        subject_first = subject_first or _predicated_participle(token)  # "600 soldiers remain deployed"
        before = self.max_item_distance if subject_first else (3 if trigger.is_noun else 0)
        near = [
            i
            for i in candidates
            if (
                0 < i.token_start - token.i <= self.max_item_distance
                and i.token_start < exchange
                and not _verb_between(sentence, token.i, i.token_start)
                and not _subject_of_another(sentence, i, token)
            )
            or 0 <= token.i - i.token_end < before
        ]
        if near:
            return near + _listed_after(sentence, near, candidates, exchange)
        return _antecedent(sentence, candidates, token)


def _without_its_carrier(sentence: Sentence, found: list[ItemMention], verb: Token) -> list[ItemMention]:
    """ "Two Russian helicopters delivered ammunition to Bamako", "Deux avions russes ont livré des drones": the
    materiel that is the subject of a verb whose object is materiel carried it; it is no item of the verb."""
    subjects = {s.i for s in subject_of(verb) if s.dep_ == "nsubj"}
    carrying = [i for i in found if _heads_of(sentence, i) & subjects]
    rest = [i for i in found if i not in carrying]
    return rest if carrying and rest else found


def _heads_of(sentence: Sentence, item: ItemMention) -> set[int]:
    """The token an item hangs on the clause by: its root, or the state's adjective the parser took for the noun
    ("Deux hélicoptères russes ont livré")."""
    root = sentence.doc[item.token_start : item.token_end].root
    state = sentence.mention_of(root.head)
    return {root.i, root.head.i} if state is not None and state.form == "demonym" else {root.i}


def _subject_of_another(sentence: Sentence, item: ItemMention, trigger: Token) -> bool:
    """ "are still buying, and Russian warships are calling at their ports": materiel after the trigger that is
    the subject of a verb coordinated with it is what that verb tells of, not the trigger's item."""
    root = sentence.doc[item.token_start : item.token_end].root
    verb = root.head
    joined = (verb.dep_ == "conj" and verb.head.i == trigger.i) or (trigger.dep_ == "conj" and trigger.head.i == verb.i)
    return root.dep_.startswith("nsubj") and verb.i != trigger.i and joined


def _predicated_participle(token: Token) -> bool:
    """A past participle said of the subject of the verb it completes: "600 soldiers remain deployed in
    Lebanon", "600 militaires restent déployés au Liban" (a passive, the materiel before it)."""
    past = "Part" in token.morph.get("VerbForm", []) and "Past" in token.morph.get("Tense", [])
    return past and token.dep_ in {"xcomp", "acomp"} and has_subject(token.head)


def _describes(sentence: Sentence, head: Token, item: ItemMention) -> bool:
    """The noun a participle hangs on is the item, a part of it or its count ("la première des quatre
    frégates commandées par le Pakistan", "une quinzaine de MiG, hérités de la RDA")."""
    if item.token_start <= head.i < item.token_end:
        return True
    if _of_its_class(head, item):
        return True  # "huit sous-marins de la classe Hangor commandés à la Chine"
    state = sentence.mention_of(head)
    if state is not None and state.form == "demonym":  # "des drones turcs livrés", the adjective read as the noun
        return any(item.token_start <= c.i < item.token_end for c in head.children)
    counted = any(f.token_start <= head.i < f.token_end for f in sentence.figures)
    if not counted and head.lower_ not in words("transfer", "partitive_heads", head.lang_):
        return False
    of = [c for c in head.children if c.dep_ == "nmod"] + [
        o for c in head.children for o in c.children if c.dep_ == "prep"
    ]
    return any(item.token_start <= c.i < item.token_end for c in of)


def _of_its_class(head: Token, item: ItemMention) -> bool:
    """The name of the item's class or type, hung on the item through the class word ("de la classe Hangor")."""
    classes = words("materiel", "class_words")
    chain = [head, head.head, head.head.head]
    if head.dep_ not in {"nmod", "compound", "flat", "appos"}:
        return False
    return any(
        t.lower_ in classes and item.token_start <= t.head.i < item.token_end and t.dep_ in {"nmod", "compound"}
        for t in chain[:2]
    )


def _names_another_thing(noun: Token, language: str) -> bool:
    """A noun of transfer set before another noun that is none ("trade routes", "supply chains", "delivery
    schedules"): the word describes that other thing."""
    head = noun.head
    if noun.dep_ != "compound" or head.i == noun.i or head.pos_ not in {"NOUN", "PROPN"}:
        return False
    return not any(t.is_noun for t in find_triggers([head], language))  # "aid package": both say the flow


def _gives_something_else(sentence: Sentence, token: Token) -> bool:
    """The verb's object (an arrival's subject) is a noun that names no materiel nor stands for it: "without
    giving details of the earlier operations", "Money comes from donors" give no materiel of the flow before."""
    language = token.lang_
    arrival = word_forms(token) & words("transfer", "verbs", language, ARRIVAL)  # "Money comes from donors"
    if token.pos_ not in {"VERB", "AUX"} or not (
        arrival or word_forms(token) & words("transfer", "verbs", language, "forward")
    ):
        return False
    held = {i for item in sentence.items for i in range(item.token_start, item.token_end)}
    anaphors = words("transfer", "item_anaphors", language) | words("transfer", "load_nouns", language) | TAKING_UP
    if arrival:  # "The first batteries reached Manila", "a ship arrived": what carries or stands for materiel
        anaphors |= words("materiel", "system_kind_words") | conveyances(language)
    civilians = lexicon("materiel")["civilian_nouns"]  # "déplacé douze millions de personnes": no materiel
    counted = [
        f for f in sentence.figures if f.unit_token is None or sentence.doc[f.unit_token].lower_ not in civilians
    ]
    held |= {i for f in counted for i in range(f.token_start, f.token_end)}
    objects = [c for c in token.children if c.dep_ in ({"nsubj"} if arrival else {"dobj", "obj"}) and c.pos_ == "NOUN"]
    objects = [o for o in objects if not _share_word(o)]  # "the rest came from Iran"
    return any(
        not ({t.i for t in o.subtree} & held) and o.lower_ not in anaphors and not _goods_pointed_at(o) for o in objects
    )


def _subject_of_another_kind(sentence: Sentence, trigger: Trigger, discourse: Discourse) -> bool:
    """The verb a noun trigger hangs on has for subject materiel of a kind the flow before did not carry
    ("Money comes from a coalition of donors"): the noun tells where that came from, not more of the flow."""
    verb = next((a for a in trigger.token.ancestors if a.pos_ in {"VERB", "AUX"}), None) if trigger.is_noun else None
    subjects = {c.i for c in verb.children if c.dep_.startswith("nsubj")} if verb is not None else set()
    kinds = {i.category for i in sentence.items if sentence.doc[i.token_start : i.token_end].root.i in subjects}
    return bool(kinds - set(discourse.items))


def _awaits_something_else(sentence: Sentence, token: Token) -> bool:
    """A verb of awaiting whose object is neither materiel nor a figure of it."""
    if word_forms(token).isdisjoint(words("transfer", "awaiting_verbs", token.lang_)):
        return False
    held = {i for item in sentence.items for i in range(item.token_start, item.token_end)}
    held |= {i for f in sentence.figures for i in range(f.token_start, f.token_end)}
    objects = [c for c in token.children if c.dep_ in {"dobj", "obj"}]
    return not any(o.i in held for o in objects)


def _its_own_equipped(trigger: Trigger, sentence: Sentence, item: ItemMention) -> bool:
    """ "helped Minsk to equip its jets with nuclear bombs", "équiper ses avions de missiles": the jets equipped
    are the recipient's own, what they are equipped with was given."""
    root = sentence.doc[item.token_start : item.token_end].root
    if not trigger.recipient_object or root.head.i != trigger.token.i or root.dep_ not in {"dobj", "obj"}:
        return False
    return any(c.dep_ in {"poss", "det:poss", "det"} and c.lower_ in OWN_POSSESSIVES for c in root.children)


def _qualifies_personnel(sentence: Sentence, item: ItemMention) -> bool:
    """ "a team of drone technicians", "des techniciens de drones": materiel that says what personnel work on,
    not materiel given."""
    if item.category == "troops":
        return False
    head = sentence.doc[item.token_start : item.token_end].root
    if head.dep_ not in {"compound", "amod", "nmod"}:
        return False
    return any(p.category == "troops" and p.token_start <= head.head.i < p.token_end for p in sentence.items)


OWN_POSSESSIVES = {"its", "their", "his", "her", "son", "sa", "ses", "leur", "leurs"}


def _targeted(sentence: Sentence, item: ItemMention) -> bool:
    """Materiel named as what a weapon is against ("anti-drone guns", "defence against drones", "contre les
    drones"): the weapon moves, not the target."""
    before = [t for t in sentence.doc[max(0, item.token_start - 4) : item.token_start] if t.text != "-"]
    while before and before[-1].pos_ in {"DET", "ADJ", "NUM"} and before[-1].lower_ not in TARGET_MARKERS:
        before.pop()
    return bool(before) and before[-1].lower_ in TARGET_MARKERS


def _origin_finding(sentence: Sentence, origin: Origin, language: str, credit: Credit) -> Finding:
    """ "Russia's Iranian-made drones": the maker supplied the holder (when, the words do not say)."""
    anchor = sentence.doc[origin.anchor]
    credit = credit.bearing_on(sentence, anchor)  # "Iranian-made drones used by Russia ..., CAR said"
    return Finding(
        kind="transfer",
        roles={"supplier": [origin.maker], "recipient": [origin.holder]},
        quote_start=sentence.offset,
        quote_end=sentence.offset + len(sentence.text.rstrip()),
        modality=modality(sentence, anchor, language, credit.speakers),
        sources=credit.all,
        item=origin.item,
        item_category=origin.item.category,
        status="delivered",
    )


def _presence_finding(sentence: Sentence, presence: Presence, language: str, credit: Credit) -> Finding:
    """ "une centaine de militaires russes sont arrivés à Ouagadougou": the troops' state sent them there."""
    verb, item = presence.verb, presence.item
    credit = credit.bearing_on(sentence, verb)
    pledged = status(sentence, verb, language) == "pledged"
    figure = _figure_of(sentence, item, item.category, verb.i)
    return Finding(
        kind="transfer",
        roles={"supplier": [presence.supplier], "recipient": [presence.recipient]},
        quote_start=sentence.offset,
        quote_end=sentence.offset + len(sentence.text.rstrip()),
        modality=modality(sentence, verb, language, credit.speakers),
        sources=credit.all,
        item=item,
        item_category=item.category,
        quantity=as_quantity(figure) if figure else None,
        time=time_of(sentence, verb, False, pledged) or (None if pledged else already(sentence, verb)),
        status="pledged" if pledged else "delivered",
    )


def _licence_finding(sentence: Sentence, found: Licensed, language: str, credit: Credit) -> Finding:
    """ "Venezuela has been assembling Iranian drones": the designer supplied what the maker assembles."""
    verb = found.verb  # "will manufacture ... under licence": not yet (its status)
    time = time_of(sentence, verb, starts_flow(verb))
    return _told_by(sentence, verb, language, credit, (found.designer, found.maker), item=found.item, time=time)


def _know_how_finding(sentence: Sentence, found: KnowHow, language: str, credit: Credit) -> Finding:
    """ "Iranian engineers helped Venezuela set up an assembly line": the helper supplied the know-how."""
    time = time_of(sentence, found.verb, False)
    credit = with_claim_noun(credit, found.verb, language, sentence)  # "Israel's contention that Iran is helping"
    return _told_by(sentence, found.verb, language, credit, (found.helper, found.helped), item=found.item, time=time)


def _half_just_before(sentence: Sentence, roles: Roles, discourse: Discourse, categories: dict[str, Any]) -> bool:
    """ "les hélicoptères Apache livrés par l'américain Boeing ... Rabat en avait commandé 24": a word standing
    for the materiel the sentence just before told with the side this one lacks, after the last whole flow;
    that side, not the older flow's, completes it (`complete_half`)."""
    half = discourse.half
    if half is None or sentence.index - half.sentence != 1 or half.sentence <= discourse.sentence:
        return False
    lacking = roles.suppliers if half.role == "supplier" else roles.recipients
    return not lacking and bool(half.categories & set(categories))


def _deal_findings(sentence: Sentence, deal: DealDelivery, language: str, credit: Credit) -> list[Finding]:
    """The pledged transfers of a contract whose delivery the sentence expects, one per kind of materiel."""
    kinds = {i.category: i for i in reversed(deal.items)}
    return [
        _told_by(
            sentence,
            deal.noun,
            language,
            credit,
            (deal.seller, deal.buyer),
            item,
            quantity=_quantity_of(sentence, item),
            time=deal.time,
            status="pledged",
        )
        for item in kinds.values()
    ]


def _quantity_of(sentence: Sentence, item: ItemMention) -> Quantity | None:
    figure = count_of(sentence, item)
    return as_quantity(figure) if figure is not None else None


def _told_new(finding: Finding, flows: set[tuple[str | None, ...]]) -> bool:
    return (*sides_of(finding), finding.item_category) not in flows


def _funds_finding(sentence: Sentence, paid: Paid, language: str, credit: Credit) -> Finding:
    """The funds a payer gives the buyer of a purchase whose seller is not named."""
    money = next((f for f in sentence.figures if f.unit in FUNDS_UNITS), None)
    quantity = as_quantity(money) if money is not None else None
    time = time_of(sentence, paid.verb, False)
    return _told_by(sentence, paid.verb, language, credit, (paid.payer, paid.buyer), quantity=quantity, time=time)


def _told_by(
    sentence: Sentence,
    verb: Token,
    language: str,
    credit: Credit,
    sides: tuple[Mention, Mention],
    item: ItemMention | None = None,
    **values: Any,
) -> Finding:
    """A transfer one verb of the sentence tells between two actors: the whole sentence its quote, the
    verb's modality, sources and status (unless given), the item's category (funds with none)."""
    credit = credit.bearing_on(sentence, verb)
    values.setdefault("status", status(sentence, verb, language))
    values.setdefault("told_now", values["status"] == "pledged" and told_now(verb))
    return Finding(
        kind="transfer",
        roles={"supplier": [sides[0]], "recipient": [sides[1]]},
        quote_start=sentence.offset,
        quote_end=sentence.offset + len(sentence.text.rstrip()),
        modality=modality(sentence, verb, language, credit.speakers),
        sources=credit.all,
        item=item,
        item_category=item.category if item is not None else "funds",
        **values,
    )


def _is_its_item(source: Cited, finding: Finding) -> bool:
    """ "providing Russia with satellite imagery": what is sent is not who said so."""
    return source.mention is None and finding.item is not None and source.name.lower() == finding.item.text.lower()


def _trained_as_a_kind(token: Token) -> bool:
    """A participle of training that describes its noun, with no trainer named ("trained pilots")."""
    return training(token) and token.dep_ in {"amod", "acl"} and not agents_of(token)


def _told_in_a_claim(verb: Token) -> bool:
    """ "denied a report that South Korean shells had been shipped", "a démenti des informations selon lesquelles
    des obus seraient livrés": the flow is told as the content of a report or allegation the accused denies, which
    the article reports (besides the denial)."""
    claims = words("denial", "report_nouns", verb.lang_)
    objects = [c for c in verb.head.children if c.dep_ in {"dobj", "obj"}]
    if verb.dep_ == "ccomp" and any(c.lemma_.lower() in claims for c in objects):
        return True  # the clause of the report hung on the verb of denying
    token = verb
    for _ in range(3):
        if token.head.i == token.i:
            return False
        clause, token = token.dep_, token.head
        if token.pos_ == "NOUN" and token.lemma_.lower() in claims:
            return clause in {"acl", "ccomp", "relcl", "acl:relcl", "appos"} and token.dep_ in {"dobj", "obj"}
    return False


def _generic_doer(trigger: Trigger) -> bool:
    """Who gives is no one in particular, or each party to the other (`generic_doers`): the subject or object of
    the verb (of the verb a noun trigger is the object of: "commits each to provide"), or the object of the verb an
    infinitive depends on."""
    verb = trigger.token
    if trigger.is_noun:
        verb = verb.head.head if verb.head.pos_ == "ADP" else verb.head
    doers = [*subject_of(verb), *(c for c in verb.children if c.dep_ in {"dobj", "obj"})] if verb.pos_ == "VERB" else []
    if verb.dep_ == "xcomp":
        doers += [c for c in verb.head.children if c.dep_ in {"dobj", "obj"}]
    generic = function_words("generic_doers")
    return any(d.lower_ in generic and not list(d.children) for d in doers)  # not "each of the three states"


def _wanted(token: Token, language: str) -> bool:
    """ "North Korea is seeking military assistance", "sought to persuade Seoul to provide munitions",
    "discussed buying drones": a transfer asked for or thought about, not made; not one a clause of its own
    states ("..., estimating that 330,000 shells could be transferred")."""
    wanting = words("transfer", "not_made", language)
    if _one_act(token):  # "discussed supplying", not "discussed exports"
        wanting |= words("transfer", "only_talked", language)
    if _one_act(token) and _buying(token, language):  # "considered buying", not "considering sending"
        wanting |= words("transfer", "only_considered", language)
    for _ in range(3):
        if word_forms(token) & wanting:
            return True
        if token.lower_ == "for" and token.head.lemma_.lower() in words("transfer", "seeking_for", language):
            return True  # "looking for buyers for its older jets"
        if token.dep_ == "xcomp" and is_negated(token.head) and word_forms(token.head) & _agreeing(language):
            return True  # "did not agree to buy", "n'a pas accepté d'acheter" (not "has not ruled out sending")
        if token.dep_ in {"ccomp", "advcl", "relcl", "acl:relcl", "conj", "parataxis", "ROOT", "root"}:
            return False
        token = token.head
    return False


def _agreeing(language: str) -> frozenset[str]:
    return words("agreements", "agreeing_verbs", language)


def _one_act(token: Token) -> bool:
    """A verb, or a noun in the singular ("buying", "l'achat", "supplying"; not "imports", "exports")."""
    return token.pos_ != "NOUN" or "Plur" not in token.morph.get("Number", [])


def _buying(token: Token, language: str) -> bool:
    buying = words("transfer", "verbs", language, REVERSE) | words("transfer", "nouns", language, REVERSE)
    return bool(word_forms(token) & buying)


def _names_an_actor(sentence: Sentence, item: ItemMention) -> bool:
    """ "le groupe de mercenaires Wagner": a word of materiel that describes an organization or person, not
    one followed by its model ("les frégates F-22P", "des drones Mohajer-6")."""
    return any(
        m.kind in {"organization", "person"}
        and m.token_start <= item.token_end <= m.token_end
        and not any(c.isdigit() for c in m.text)
        for m in sentence.mentions
    )


def _exchange_at(sentence: Sentence, trigger: Token) -> int:
    """The token where "in exchange for" / "en contrepartie de" starts after the trigger (or the end); for a
    verb of barter, its "for"/"contre" ("exchanged shells for oil")."""
    bartered = bartered_back(trigger)
    if bartered is not None:
        return bartered.i
    text = sentence.lowered
    for phrase in _exchange_phrases(sentence.doc.lang_):
        start = text.find(phrase, trigger.idx)
        if start >= 0:
            return next((t.i for t in sentence.tokens if t.idx >= start), len(sentence.doc))
    return len(sentence.doc)


@cache
def _exchange_phrases(language: str) -> tuple[str, ...]:
    """ "in exchange for", "en contrepartie de" ..., longest first."""
    return tuple(sorted(words("transfer", "exchange", language), key=len, reverse=True))


def _unloading(token: Token) -> bool:
    return bool(word_forms(token) & words("transfer", "unloading_verbs", token.lang_))


def _indefinite(noun: Token) -> bool:
    """ "a dénoncé des livraisons", "denounced a shipment": an object with an indefinite article tells of some
    flow, not the one told before (as "these deliveries", "la reprise des livraisons", "deliveries resumed" do)."""
    if noun.dep_ not in {"obj", "dobj"}:
        return False  # "sont considérés comme des livraisons", "C'est une livraison": what the flow told is
    indefinite = function_words("indefinite_articles") | function_words("partitives")
    dets = [c for c in noun.children if c.dep_ == "det" and c.pos_ == "DET"]
    return bool(dets) and all(d.lower_ in indefinite for d in dets)


def _carried_kinds(kinds: dict[str, ItemMention | None]) -> dict[str, ItemMention | None]:
    """The materiel a flow taken up carries: the one kind told before; several kinds of arms, as arms (which
    of them this is, the text does not say); anything else, none."""
    if len(kinds) == 1:
        return dict.fromkeys(kinds)  # the kind, not its words: they stand in another sentence
    arms = set(lexicon("materiel")["arms_categories"])
    return {"military_equipment": None} if kinds and set(kinds) <= arms else {}


def _same_flow(discourse: Discourse, supplier: Mention, recipient: Mention, index: int, reach: int = 1) -> bool:
    """The previous transfer, a sentence or so before (`reach`), between the same actors."""
    if discourse.supplier is None or discourse.recipient is None or index - discourse.sentence > reach:
        return False
    same = state_of(discourse.supplier) == state_of(supplier)
    return same and state_of(discourse.recipient) == state_of(recipient)


Counted = tuple[list[ItemMention], Callable[[ItemMention], Quantity | None]]


def _counted_in(sentence: Sentence, trigger: int) -> Counted:
    """The sentence's items, and how to find the figure that counts one of them."""

    def count(item: ItemMention) -> Quantity | None:
        figure = _figure_of(sentence, item, item.category, trigger)
        return as_quantity(figure) if figure else None

    return sentence.items, count


def _for_pairs(
    found: list[Finding], listed: list[tuple], origins: dict[int, Mention], via: list, counted: Counted, each: bool
) -> list[Finding]:
    """Each finding for each supplier-recipient pair; where listed items carry their own states ("Turkish
    drones and Russian helicopters", "F-16 jets from Denmark and Mirage jets from France"), each item only
    from its own, items of one kind from several states each a claim with its own figure; a figure given to
    "each" pair is its own."""
    if not origins:
        found = _shared_by(found, 1 if each else len(listed))
        return [replace(f, roles={"supplier": [s], "recipient": [r], "via": via}) for s, r in listed for f in found]
    recipients = list({r.entity_id: r for _, r in listed}.values())
    items, count = counted
    return [
        replace(
            f,
            item=item,
            quantity=f.quantity if item == f.item else count(item),
            roles={"supplier": [origins[item.token_start]], "recipient": [r], "via": via},
        )
        for r in recipients
        for f in _shared_by(found, len(recipients))
        if f.item is not None
        for item in _of_its_kind(f.item, items, origins)
    ]


def _of_its_kind(item: ItemMention, items: list[ItemMention], origins: dict[int, Mention]) -> list[ItemMention]:
    """The listed items of the finding's kind with a state of their own, the finding's own first, each state once."""
    kind = [item, *(i for i in items if i.category == item.category and i != item)]
    states: dict[str | None, ItemMention] = {}
    for i in kind:
        if i.token_start in origins:
            states.setdefault(state_of(origins[i.token_start]), i)
    return list(states.values())


def _each(verb: Token) -> bool:
    """ "the Netherlands and Sweden each gave", "ont chacun livré": the figure is every pair's own."""
    distributive = function_words("distributive_words")
    return any(t.lower_ in distributive for t in verb.children) or any(
        g.lower_ in distributive for s in verb.children if s.dep_.startswith("nsubj") for g in s.children
    )


def _shared_by(found: list[Finding], pairs: int) -> list[Finding]:
    """ "exports to Kazakhstan and Kyrgyzstan rose to $1.3 billion": one figure for several pairs is shared."""
    if pairs < 2:
        return found
    return [replace(f, quantity=f.quantity.model_copy(update={"shared": True})) if f.quantity else f for f in found]


def _item_origins(sentence: Sentence, items: list[ItemMention], suppliers: list[Mention]) -> dict[int, Mention]:
    """When the suppliers are the adjectives of several listed items, right before or after each ("Turkish
    drones and Russian helicopters", "des drones turcs et des hélicoptères russes"), or each named right after
    its item with "from" ("F-16 jets from Denmark and Mirage jets from France"), each item's own, by the
    item's first token; else none."""
    states = {state_of(s) for s in suppliers}
    if len(states) < 2:
        return {}
    origins: dict[int, Mention] = {}
    for supplier in suppliers:
        item = next((i for i in items if _its_state(sentence, i, supplier)), None)
        if item is None:
            return {}
        origins[item.token_start] = supplier
    return origins


def _its_state(sentence: Sentence, item: ItemMention, supplier: Mention) -> bool:
    if supplier.form == "demonym":
        return supplier.token_end == item.token_start or item.token_end == supplier.token_start
    marker = sentence.doc[item.token_end] if item.token_end < len(sentence.doc) else None
    if marker is None or marker.lower_ not in ORIGIN_MARKERS:
        return False
    between = sentence.doc[item.token_end + 1 : supplier.token_start]
    return supplier.token_start > item.token_end and all(t.pos_ == "DET" for t in between)  # "de la France"


def _speakers_side(trigger: Trigger, roles: Roles, credit: Credit) -> None:
    """ "« Nous avons livré 20 chars à l'Ukraine », a déclaré la ministre espagnole": a subject in the first
    person is the state of who says it."""
    side = roles.recipients if trigger.direction == REVERSE else roles.suppliers
    if trigger.is_noun or side:
        return
    first = [s for s in subject_of(trigger.token) if s.pos_ == "PRON" and "1" in s.morph.get("Person", [])]
    speaker = next((s.mention for s in credit.own if s.mention is not None and s.mention.state), None)
    if first and speaker is not None:
        side.append(speaker)


def _states_before_persons(suppliers: list[Mention]) -> list[Mention]:
    """ "said Margarita Robles, Spain's defence minister": beside a state, a person of no known state
    supplies nothing of their own."""
    if not any(m.state for m in suppliers):
        return suppliers
    return [m for m in suppliers if m.state or m.kind != "person"]


def _listed_with_materiel(sentence: Sentence, trigger: Trigger) -> bool:
    """A noun of giving joined to materiel ("des systèmes de défense aérienne ou une aide dans le domaine
    spatial"): one more thing the verb gives, no flow of its own."""
    head = trigger.token.head
    return (
        trigger.is_noun
        and trigger.token.dep_ == "conj"
        and any(i.token_start <= head.i < i.token_end for i in sentence.items)
    )


def _after_the_recipient(sentence: Sentence, item: ItemMention, heads: list[Token]) -> bool:
    """ "La Chine a fourni à la Russie de la nitrocellulose": the materiel after the recipient, in the
    partitive, parsed as the recipient's complement."""
    span = sentence.doc[item.token_start : item.token_end]
    actor = span.root.head  # "des avions de combat": the head of "avions", not of "combat"
    mention = sentence.mention_of(actor)
    if mention is None or all(actor.head.i != h.i for h in heads):
        return False
    case = case_of(actor)
    if case is None or case.lower_ not in GIVING_TO:
        return False  # "à la Russie", "au Laos": the recipient the verb names
    article = sentence.doc[mention.token_end : item.token_start]
    return 0 < len(article) <= 2 and any(t.lower_ in PARTITIVES for t in article)


def _package_taken_up(sentence: Sentence, discourse: Discourse) -> list[Trigger]:
    """ "The US unveiled a new aid package for Kyiv. It includes 20 Bradleys", "Elle comprend": the pronoun
    subject of a verb of including stands for the flow a noun told in the sentence just before."""
    if sentence.index - discourse.package != 1:
        return []
    return [
        Trigger(t, FORWARD, True)
        for t in sentence.tokens
        if t.lower_ in SUBJECT_PRONOUNS and t.dep_.startswith("nsubj") and t.head.lemma_.lower() in INCLUDING_VERBS
    ]


def _pairs(roles: Roles) -> list[tuple]:
    """Who gave to whom: never a state to itself, nor its company to it ("Rheinmetall will supply shells to
    the German army": a purchase at home, no transfer)."""
    return [
        (s, r)
        for s in roles.suppliers
        for r in roles.recipients
        if state_of(s) != state_of(r) and role_entity_id("supplier", s) != role_entity_id("recipient", r)
    ]


def _categories(items: list[ItemMention], trigger: Token, exchange: int) -> dict[str, ItemMention | None]:
    """One item per category; "military aid", "soutien militaire", "arming" name military equipment themselves."""
    found: dict[str, ItemMention | None] = {}
    for item in items:
        found.setdefault(item.category, item)
    qualifiers = [c for c in [*trigger.children, *trigger.lefts] if c.i < exchange and not c.dep_.startswith("nsubj")]
    armed = arming(trigger) and trigger.pos_ == "VERB"
    if not found and (armed or any(c.lower_ in MILITARY_WORDS for c in qualifiers)):
        found["military_equipment"] = None  # "Belarus is arming the junta": weapons
    if not found and training(trigger):
        found["other"] = None  # "Iran trained Russian drone operators": training given
    return found


def _paid_back(sentence: Sentence, trigger: Trigger, base: Finding, exchange: int) -> list[Finding]:
    """What came back "in exchange for" the materiel (from the token `exchange`) went the other way:
    "supplied Moscow with shells in exchange for oil" is also oil from Moscow (a sum of money paid is no
    transfer)."""
    back = [i for i in sentence.items if i.token_start >= exchange and i.category != "funds"]
    if not back or trigger.direction not in {FORWARD, REVERSE}:
        return []
    sides = {"supplier": base.roles["recipient"], "recipient": base.roles["supplier"]}
    kinds = {i.category: i for i in back if i.token_start < exchange + EXCHANGED_REACH}
    return [replace(base, roles=sides, item=item, item_category=kind) for kind, item in kinds.items()]


def _credited(token: Token, credit: Credit) -> bool:
    """The word heads the name of an unnamed source the sentence is credited to."""
    return any(c.mention is None and c.name.split()[-1:] == [token.text] for c in credit.own)


def _money_given(sentence: Sentence, trigger: Trigger) -> bool:
    """A sum of money is what the verb moves, its object ("provide $300 million to", "a versé 300 millions
    de dollars aux Philippines"), or what a bundle holds ("a $150 million package for")."""
    if trigger.direction not in {FORWARD, REVERSE}:
        return False
    language = trigger.token.lang_
    holding = words("transfer", "bundle_nouns", language) | words("transfer", "aid_nouns", language)
    bundle = trigger.is_noun and trigger.token.lemma_.lower() in holding  # "une aide de 30 millions de dollars à"
    if trigger.is_noun and not bundle:
        return False
    for figure in (f for f in sentence.figures if f.unit in FUNDS_UNITS):
        tokens = sentence.doc[figure.token_start : figure.token_end]
        if any(t.head.i == trigger.token.i and (bundle or t.dep_ in {"obj", "dobj"}) for t in tokens):
            return True  # "provide $300 million to", or a bundle of money: "a $150 million package for"
        if bundle and any(_of_the_bundle(t, trigger.token) for t in tokens):
            return True  # "une enveloppe de 150 millions de dollars destinée à"
    return False


def _of_the_bundle(token: Token, bundle: Token) -> bool:
    """ "a package of $150 million", "une enveloppe de 150 millions": the money a bundle noun holds."""
    if token.head.head.i == bundle.i and token.head.lower_ in OF_WORDS:
        return True
    return token.head.i == bundle.i and any(c.lower_ in OF_WORDS for c in token.children if c.dep_ == "case")


def _with_figures(drafts: list[tuple[Finding, Figure | None]]) -> list[Finding]:
    """The findings of one trigger with their figures: a figure given to several of them ("9,500
    containers of shells, rockets and rifles") is shared, counting their items together."""
    given = Counter(figure for _, figure in drafts if figure is not None)
    return [
        replace(finding, quantity=as_quantity(figure, shared=given[figure] > 1)) if figure else finding
        for finding, figure in drafts
    ]


def _dated_each(sentence: Sentence, found: list[Finding]) -> list[Finding]:
    """ "six TB2 drones in May and four Hürkuş aircraft in October": several kinds of materiel, each followed
    by its own date before the next, are each of their date (where the claim took one of them)."""
    items = sorted(
        {f.item.token_start: f.item for f in found if f.item is not None}.values(), key=lambda i: i.token_start
    )
    points = [p for p in sentence.periods if p.role == "point"]
    taken = {(p.start, p.end) for p in points}
    if (
        len(items) < 2
        or len(points) != len(items)
        or any(f.time and (f.time.start, f.time.end) not in taken for f in found)
    ):
        return found
    ends = [sentence.doc[i.token_end - 1].idx for i in items]
    starts = [sentence.doc[i.token_start].idx for i in items[1:]] + [len(sentence.text)]
    own = [[p for p in points if end < p.char_start < start] for end, start in zip(ends, starts, strict=True)]
    if any(len(dates) != 1 for dates in own):
        return found
    dated = {i.token_start: dates[0] for i, dates in zip(items, own, strict=True)}
    return [
        replace(f, time=TimeSpan(start=dated[f.item.token_start].start, end=dated[f.item.token_start].end))
        if f.item is not None and f.time is not None
        else f
        for f in found
    ]


def _respective(sentence: Sentence, items: list[ItemMention]) -> list[tuple[Figure, Period, ItemMention]]:
    """ "2 800 tonnes de maïs en mars, et 1 280 tonnes et 1 276 tonnes de farine en avril et en mai
    respectivement": as many figures of one unit as dates, each figure before its date, is one
    delivery per figure, of the materiel named with or after it."""
    figures = [f for f in sentence.figures if f.unit and f.unit == (sentence.figures[0].unit)]
    periods = [p for p in sentence.periods if p.role == "point"]
    if len(figures) < 2 or len(figures) != len(periods) or len(figures) != len(sentence.figures):
        return []
    starts = [sentence.doc[f.token_start].idx for f in figures]
    if any(start > period.char_start for start, period in zip(starts, periods, strict=True)):
        return []
    found = []
    for figure, period in zip(figures, periods, strict=True):
        item = next((i for i in items if i.token_start >= figure.token_end - 1), None)
        if item is None:
            return []
        found.append((figure, period, item))
    return found


def _undone(token: Token, language: str) -> bool:
    """The rest of a flow that a verb of undoing takes ("le reste de la commande a été annulé", "the rest of the
    order was cancelled"): nothing more is to come (a flow halted is still told: "halted its aid")."""
    rest = token.head
    if token.dep_ not in {"nmod", "pobj"} or rest.lower_ not in words("grammar", "remainder_nouns", language):
        rest = rest.head if rest.lower_ in function_words("of_markers") else rest
    if rest.lower_ not in words("grammar", "remainder_nouns", language):
        return False
    return rest.head.lemma_.lower() in words("grammar", "undoing_verbs", language)


def _materiel_subject(sentence: Sentence, word: Token) -> bool:
    """The subject of a word of expecting is materiel: named, counted, or a word standing for it."""
    subject = expected_subject(word)
    if subject is None:
        return False
    spans = [(i.token_start, i.token_end) for i in sentence.items] + [
        (f.token_start, f.token_end) for f in sentence.figures
    ]
    stands_for = words("transfer", "item_anaphors", word.lang_) | words("grammar", "remainder_nouns", word.lang_)
    return subject.lower_ in stands_for or any(start <= subject.i < end for start, end in spans)


def _figure_of(sentence: Sentence, item: ItemMention | None, category: str, trigger: int) -> Figure | None:
    """The figure that counts or measures the item ("one of the main suppliers" counts suppliers, not it)."""
    figures = [f for f in sentence.figures if f.unit_token != trigger or f.unit in FUNDS_UNITS]
    figures = [f for f in figures if not _counts_actors(sentence, f)]
    if item is not None:
        item_tokens = set(range(item.token_start, item.token_end))
        others = {t for i in _apart(sentence, sentence.items, item) for t in range(i.token_start, i.token_end)}
        counting = [
            f
            for f in figures
            if f.unit_token not in others  # "300 trucks and two helicopters"
            and f.unit != "percent"  # a share is not an amount; a package's value is not that of each thing in it
            and not (f.unit in FUNDS_UNITS and category not in VALUED_CATEGORIES)
        ]
        for figure in counting:
            counted = set(range(figure.token_start, figure.token_end + 3))
            near = item_tokens & counted and not _verb_between(sentence, figure.token_end - 1, item.token_start)
            if figure.unit_token is not None and (figure.unit_token in item_tokens or near):
                return figure  # not "two companies for supplying drone parts": a verb stands between
        for figure in counting:  # "12,000 containers of shells and rockets"; not "... and eight Leopard 2s"
            unit = figure.unit_token
            complement = _of_complement(sentence.doc[unit]) if unit is not None else []
            if any(t.i in item_tokens for t in complement) and not _own_phrase(sentence, unit, item):
                return figure
    money = [f for f in figures if f.unit in FUNDS_UNITS]
    valued = [f for f in money if item is not None and _values(sentence, item, f)]
    if len(valued) == 1:
        return valued[0]  # "ammunition worth $800 million", "drones valued at more than $1 billion"
    if category in VALUED_CATEGORIES and len(money) == 1:
        return money[0]
    if len(money) == 1 and money[0].token_start > trigger and _of_trade(sentence.doc[trigger]):
        return money[0]  # "Turkish exports of those goods fell to $4.1 million": trade is told in money
    measures = [f for f in figures if f.unit in MEASURE_UNITS]
    if len(measures) == 1 and len(figures) == 1:
        return measures[0]  # "fournir du pétrole raffiné pour en livrer un total de 67 300 barils"
    more = more_opening(sentence) if item is None else None
    return more[0] if more else None  # "Another 20 arrived last week": the materiel of the flow told before


def _aid_in_money(finding: Finding, trigger: Token) -> Finding:
    """ "$1.3 billion in military aid a year": aid (the item, or the trigger noun) counted in money is funds."""
    quantity, item = finding.quantity, finding.item
    if finding.item_category != "military_equipment" or quantity is None or quantity.unit not in FUNDS_UNITS:
        return finding
    named = set(item.text.lower().split()) if item is not None else {trigger.lower_}
    return replace(finding, item_category="funds") if named & words("transfer", "aid_nouns", trigger.lang_) else finding


def _counts_actors(sentence: Sentence, figure: Figure) -> bool:
    """ "one of the first countries to supply heavy weapons", "trois pays": the figure counts actors."""
    if figure.unit_token is None:
        return False
    unit = sentence.doc[figure.unit_token]
    return bool(word_forms(unit) & words("transfer", "actor_nouns", unit.lang_))


def _of_trade(trigger: Token) -> bool:
    """A word of trade ("exports", "importations", "the top exporter"), whose figure in money is its value."""
    return trigger.lower_ in words("transfer", "trade_words", trigger.lang_)


def _apart(sentence: Sentence, items: list[ItemMention], item: ItemMention) -> list[ItemMention]:
    """The other items, not in the item's own phrase ("Mohajer drones", "Rafale Marine jets": one)."""
    apart = [i for i in items if i.token_end < item.token_start or i.token_start > item.token_end]
    return [i for i in apart if not _one_phrase(sentence, *sorted((i, item), key=lambda m: m.token_start))]


def _one_phrase(sentence: Sentence, first: ItemMention, last: ItemMention) -> bool:
    """The first item's words hang, through the words between them, on the last's ("Rafale Marine jets")."""
    token = sentence.doc[first.token_end - 1]
    while first.token_start <= token.head.i < last.token_end and token.head.i != token.i:
        token = token.head
    return last.token_start <= token.i < last.token_end


def _moved_count(sentence: Sentence, figure: Figure | None, trigger: Token) -> Figure | None:
    """What the trigger moved, of its item's figure: none when the figure counts an order the sentence
    names ("a reçu les premiers exemplaires de la commande de 180 chars"), one of "the first of four
    frigates ordered" (two of "les deux premiers des huit"; the order's own verb, on the frigates or their
    model, keeps the four), else the figure."""
    if figure is None or figure.token_start < 2:
        return figure
    doc = sentence.doc
    if _ordered(doc[figure.token_start], trigger):
        return None  # "a reçu les premiers exemplaires de la commande de 180 chars": the order's figure
    first = _first_of(doc, figure.token_start)
    if first is None or {trigger.head.i, trigger.head.head.i} & {figure.unit_token, first}:
        return figure
    if doc[first].lower_ not in FIRST_WORDS:
        return None  # "half of the 24 jets", "la plupart des 300 drones": a share of the figure, not told
    counted = next((f for f in sentence.figures if f.token_end == first and f.token_start < first), None)
    if counted is None and "Plur" in doc[first].morph.get("Number", []):
        return None  # "les derniers des 16 patrouilleurs": some of them, not told how many
    return replace(figure, min=counted.min if counted else 1.0, max=counted.max if counted else 1.0)


def _first_of(doc: Doc, number: int) -> int | None:
    """The word "first" of "the first of (the) four frigates", "la première des quatre frégates", or the
    word of another share ("half of the 24 jets", "la moitié des 24 Rafale")."""
    before = number - 1
    before -= doc[before].pos_ == "DET" and doc[before].lower_ not in OF_WORDS
    if before < 1 or doc[before].lower_ not in OF_WORDS or not _share_word(doc[before - 1]):
        return None
    return before - 1


def _share_word(token: Token) -> bool:
    shares = words("transfer", "partitive_heads", token.lang_)  # not "two of the 24 jets": counted
    return token.lower_ in FIRST_WORDS or (token.lower_ in shares and not token.like_num and token.pos_ != "NUM")


def _ordered(number: Token, trigger: Token) -> bool:
    """Whether a figure counts an order another word of the sentence names, not what the trigger moved."""
    for head in list(number.ancestors)[:6]:
        if head.i == trigger.i or head.pos_ in {"VERB", "AUX"}:
            return False
        if head.pos_ in {"NOUN", "PROPN"} and word_forms(head) & words("transfer", "order_nouns", trigger.lang_):
            return True
    return False


def _own_phrase(sentence: Sentence, unit: int | None, item: ItemMention) -> bool:
    """ "six canons Caesar et des systèmes Crotale": an item listed after the counted one with its own
    article is counted by nothing ("9,500 containers of shells, rockets and rifles" share the figure)."""
    joins = [t for t in sentence.doc[(unit or 0) + 1 : item.token_start] if t.pos_ == "CCONJ"]
    if not joins or joins[-1].i + 1 >= len(sentence.doc):
        return False
    after = sentence.doc[joins[-1].i + 1]
    return after.pos_ == "DET" or after.lower_ in PARTITIVES


def _values(sentence: Sentence, item: ItemMention, figure: Figure) -> bool:
    """The figure follows the item closely (six tokens at most) with a word of value between ("worth",
    "valued at", "d'une valeur de", "pour un montant de") or after the figure ("chips, acquiring $3 million
    worth"), or comes right before it, its adjectives aside ("$300 million worth of American machine tools",
    "300 millions de dollars de machines-outils")."""
    value_words = words("transfer", "value_words", sentence.doc.lang_)
    if figure.token_start < item.token_start:  # the figure's span may run over "of" ("$1.2 billion of")
        words_before = sentence.doc[figure.token_start : item.token_start]
        described = {t.i for t in words_before if item.token_start <= t.head.i < item.token_end}  # "American"
        links = [
            t.lower_
            for t in words_before
            if (t.i >= figure.token_end or t.lower_ in VALUE_LINKS) and t.i not in described
        ]
        return 0 < len(links) <= 2 and set(links) <= VALUE_LINKS
    between = sentence.doc[item.token_end : figure.token_start]
    after = sentence.doc[figure.token_end : figure.token_end + 1]  # "chips, acquiring $3 million worth."
    said = any(t.lower_ in value_words for t in between) or any(t.lower_ in value_words for t in after)
    prices = words("transfer", "price_prepositions", sentence.doc.lang_)
    last = next((t.lower_ for t in reversed(between) if not (t.is_currency or t.pos_ == "SYM")), None)
    priced = figure.unit in FUNDS_UNITS and last in prices  # "pour 50 millions de dollars", "for $40 million"
    return 0 < len(between) <= 6 and (said or priced)


def _included(
    sentence: Sentence, found: list[ItemMention], candidates: list[ItemMention], trigger: Token
) -> list[ItemMention]:
    """ "weapons and ammunition, including interceptor missiles, artillery shells and armoured vehicles":
    what the items named with the trigger include is named with it too."""
    inclusion = words("transfer", "inclusion", sentence.doc.lang_)
    anchors = {trigger.i} | {t for i in found for t in range(i.token_start, i.token_end)}
    extra = []
    for item in candidates:
        if item in found:
            continue
        chain = list(sentence.doc[item.token_end - 1].ancestors)[:6]
        for index, token in enumerate(chain):
            if token.lower_ in inclusion and any(t.i in anchors for t in chain[index : index + 4]):
                extra.append(item)
                break
    return extra


def _listed_after(
    sentence: Sentence, found: list[ItemMention], candidates: list[ItemMention], exchange: int
) -> list[ItemMention]:
    """ "ses dix premiers K-2 « Black Panther » ainsi que 24 obusiers K-9": materiel listed right after the
    trigger's, with only list words, figures, adjectives and names between, is the trigger's too."""
    extra: list[ItemMention] = []
    last = max(i.token_end for i in found)
    aside = _asides(sentence.doc)
    for item in sorted(candidates, key=lambda i: i.token_start):
        if item in found or item.token_start < last or item.token_start >= exchange or item.token_start in aside:
            continue
        between = [t for t in sentence.doc[last : item.token_start] if t.i not in aside]
        words = [t for t in between if not _in_a_demonstrative(t)]  # "et celle d'un lot de": no gap
        if len(words) > MAX_LIST_GAP or not all(_lists(t) or _modifies(t, item) for t in between):
            break
        if len(between) and not any(t.pos_ in {"CCONJ", "PUNCT"} or t.lower_ in LIST_WORDS for t in between):
            break
        extra.append(item)
        last = item.token_end
    return extra


DASHES = {"-", "–", "—"}


def _asides(doc: Doc) -> set[int]:
    """The tokens of asides in brackets, round or square, or between spaced dashes ("six canons Caesar (en
    plus de 18 déjà envoyés), ... des lance-roquettes LRU - l'équivalent français des HiMARS - et des
    Crotale"): a list goes on past them, and what they name is not listed."""
    found: set[int] = set()
    opened: int | None = None
    for token in doc:
        spaced = token.text in DASHES and token.whitespace_ and token.i > 0 and doc[token.i - 1].whitespace_
        if token.text in {"(", "["} or (spaced and opened is None):
            opened = token.i
        elif opened is not None and (token.text in {")", "]"} or spaced):
            found |= set(range(opened, token.i + 1))
            opened = None
    return found


def _lists(token: Token) -> bool:
    """A token that may stand between two items of a list."""
    partitive = token.lower_ in function_words("partitives")  # "et des munitions": tagged a preposition at times
    return (
        token.pos_ in {"PUNCT", "DET", "NUM", "ADJ", "CCONJ", "PROPN", "X"}
        or token.lower_ in LIST_WORDS
        or partitive
        or _in_a_demonstrative(token)
    )


def _holding_words(sentence: Sentence) -> set[int]:
    """The words that hold materiel named after them ("a cargo of", "the first of", "un lot de"): a path from
    the trigger to the materiel, or to a party hung on them, may pass through them."""
    language = sentence.doc.lang_
    found = {t.i for t in sentence.tokens_for(words("transfer", "load_nouns", language))}
    return found | {t.i for t in sentence.tokens_for(words("transfer", "partitive_heads", language))}


def _parts_of_states(sentence: Sentence) -> set[int]:
    """The nouns of a part of a state named after them ("l'est de la RDC", "the north of Mali"): a path from
    the trigger to the state may pass through them."""
    return {part for m in sentence.mentions if (part := _part_before(sentence, m)) is not None}


def _part_before(sentence: Sentence, mention: Mention) -> int | None:
    """The noun of a part of the state the mention names, before it ("l'est du Tchad"): a state named as where a
    part of it lies is a place the materiel went to or through, never whom it came from."""
    doc, parts = sentence.doc, words("actors", "region_nouns", sentence.doc.lang_)
    i = mention.token_start - 1
    while i > 0 and doc[i].lower_ in DETERMINERS:
        i -= 1
    if mention.state and i > 0 and doc[i].lower_ in OF_WORDS and doc[i - 1].lower_ in parts:
        return i - 1
    return None


def _leading_another(mention: Mention, sentence: Sentence) -> bool:
    """ "La Mission multinationale, dirigée par le Kenya, a reçu", "the mission, led by Kenya, received": a state
    that leads a body, named as the agent of a participle on it, did not receive what the body did (lexicon
    `leading_verbs`; only recipients: who leads a maker may stand for it, "a consortium led by Rheinmetall")."""
    leading = words("actors", "leading_verbs", sentence.doc.lang_)
    if marker_before(sentence, mention) not in function_words("agent_markers"):
        return False  # "a ship headed for Libya": where it goes, not who leads it
    for head in mention.span(sentence.doc).root.ancestors:
        if head.pos_ in {"VERB", "AUX"} or head.dep_ in {"acl", "amod"}:
            past = "Past" in head.morph.get("Tense", []) or head.tag_ == "VBN"  # not "le commandant de la marine"
            return head.dep_ in {"acl", "amod"} and past and head.lemma_.lower() in leading
    return False


def _in_a_demonstrative(token: Token) -> bool:
    """ "la commande de 180 chars et celle d'un lot de 212 obusiers", "the order of 180 tanks and that of 212
    howitzers": a pronoun standing for the trigger's noun, with its "of" and a bundle noun, lists the next item."""
    demonstratives = function_words("demonstrative_pronouns")
    if token.lower_ in demonstratives:
        return True
    linking = OF_WORDS | words("transfer", "bundle_nouns", token.lang_) | {"un", "une", "a"}
    before = token.doc[max(0, token.i - 4) : token.i]
    return token.lower_ in linking and any(t.lower_ in demonstratives for t in before)


def _modifies(token: Token, item: ItemMention) -> bool:
    """ "patrol drones": a noun or adjective of the next item's own words."""
    return token.dep_ in {"compound", "amod", "nmod"} and item.token_start <= token.head.i < item.token_end


def _of_complement(unit: Token) -> list[Token]:
    """ "containers of munitions", "tonnes de maïs": what a unit measures."""
    return [t for c in unit.children if c.dep_ in {"prep", "nmod"} for t in c.subtree]


def _verb_between(sentence: Sentence, start: int, end: int) -> bool:
    """ "le transfert d'éléments servant aux programmes de missiles": materiel after another verb is its."""
    measuring = words("transfer", "measure_verbs", sentence.doc.lang_)
    return any(
        t.pos_ == "VERB"
        and not t.dep_.startswith("aux")
        and not t.like_num  # "livrera douze canons": a number the tagger took for a verb
        and sentence.mention_of(t) is None
        and not word_forms(t) & measuring
        and t.head.i != start  # "the package approved by Washington includes ...": it describes the trigger
        for t in sentence.doc[start + 1 : end]
    )


def _antecedent(sentence: Sentence, candidates: list[ItemMention], trigger: Token) -> list[ItemMention]:
    """ "les drones Shahed que Téhéran fournit à Moscou", "the drones that Iran supplies": the materiel a
    relative clause of the trigger describes."""
    for item in sorted(candidates, key=lambda i: -i.token_end):
        between = sentence.doc[item.token_end : trigger.i]
        if 0 <= len(between) <= RELATIVE_GAP and any(t.lower_ in RELATIVE_WORDS for t in between):
            return [i for i in candidates if i.token_end <= item.token_end and item.token_start - i.token_start <= 3]
    return []


def _anaphoric(sentence: Sentence, trigger: Trigger, discourse: Discourse) -> list[ItemMention]:
    """ "les quatre premiers appareils de ce type", "l'Inde en a acheté 36 exemplaires": a word standing for
    the materiel named last, a sentence or so before, as the trigger's object (the materiel, placed there)."""
    token = trigger.token
    here = [i for i in sentence.items if i.token_end <= token.i]  # "a reçu 24 Rafale ... et en a commandé 30"
    if not here and (discourse.named is None or not 0 < sentence.index - discourse.named[0] <= ITEM_REACH):
        return []
    anaphors = words("transfer", "item_anaphors", sentence.doc.lang_)
    near = sentence.doc[token.i + 1 : token.i + 1 + ANAPHOR_WINDOW]
    pointing = [t for t in near if t.lower_ in anaphors and t.pos_ in {"NOUN", "ADJ"}]
    pointing += [t for t in near if _goods_pointed_at(t)]  # "exports of those sensitive goods"
    pointing += [c for c in token.children if c.lower_ == "en" and c.pos_ == "PRON"]
    if trigger.direction == ARRIVAL:  # "Several shipments reached Sudan. They came from Iran"
        pointing += [s for s in subject_of(token) if s.lower_ in PLURAL_PRONOUNS]
    if is_passive(token):  # "Les huit avions restants doivent être livrés d'ici 2025"
        pointing += [s for s in subject_of(token) if s.lower_ in anaphors]
    if not pointing:
        return []
    if here:
        return [_standing_for(here[-1], sentence, pointing[0])]
    assert discourse.named is not None
    word, named = pointing[0], _system_meant(discourse, discourse.named[1], sentence.index)
    return [_standing_for(named, sentence, word)]


TAKEN_UP_DEPS = {"nsubjpass", "nsubj:pass", "dobj", "obj"}
TAKING_UP = function_words("pointing_determiners") | function_words("demonstratives")


def _any_goods(sentence: Sentence, trigger: Token) -> bool:
    """ "Chinese exports of goods to Russia rose": the trigger's words name goods of every kind (no
    demonstrative), so they do not carry on the materiel named before."""
    goods = words("transfer", "goods_anaphors", sentence.doc.lang_)
    near = sentence.doc[trigger.i + 1 : trigger.i + 1 + ANAPHOR_WINDOW]
    return any(t.lower_ in goods and not _goods_pointed_at(t) for t in [*near, *trigger.children])


def _goods_pointed_at(token: Token) -> bool:
    """ "those goods", "ces marchandises": a word for goods with a demonstrative stands for the goods named
    before (without one, "exports of goods" are any trade)."""
    goods = words("transfer", "goods_anaphors", token.lang_)
    return token.lower_ in goods and any(c.lower_ in function_words("demonstratives") for c in token.children)


def _taken_up_here(sentence: Sentence, trigger: Trigger) -> list[ItemMention]:
    """ "approved 48 K9 howitzers, and the first 10 units were shipped in February": the trigger's own object
    (or passive subject) is a word standing for the materiel named before it in the sentence, with its own
    figure (10, not 48)."""
    token, anaphors = trigger.token, words("transfer", "item_anaphors", sentence.doc.lang_)
    deps = TAKEN_UP_DEPS | ({"nsubj"} if is_passive(token) else set())
    word = next((c for c in token.children if c.dep_ in deps and c.lower_ in anaphors and c.pos_ == "NOUN"), None)
    if word is None or any(i.token_start <= word.i < i.token_end for i in sentence.items):
        return []  # "sent air defence systems": materiel named, not taken up
    if not any(c.dep_ == "nummod" or c.lower_ in TAKING_UP for c in word.children):
        return []  # "the first 10 units", "these systems"; not "its transport aircraft"
    named = [i for i in sentence.items if i.token_end <= word.i]
    return [_standing_for(named[-1], sentence, word)] if named else []


def _standing_for(item: ItemMention, sentence: Sentence, word: Token) -> ItemMention:
    """The materiel named before, placed at the word that stands for it ("units", "en", "ces engins")."""
    start = sentence.offset + word.idx
    return replace(item, text=word.text, start=start, end=start + len(word), token_start=word.i, token_end=word.i + 1)


def _system_meant(discourse: Discourse, named: ItemMention, index: int) -> ItemMention:
    """ "Le Rafale ... l'avion de chasse a été vendu à 114 exemplaires. L'Inde en a acheté 36": materiel
    named by its kind stands for the system of that kind the article named a few sentences before."""
    if named.system or discourse.system is None or index - discourse.system[0] > SYSTEM_REACH:
        return named
    system = discourse.system[1]
    return system if system.category == named.category else named


def _remember_items(sentence: Sentence, discourse: Discourse) -> None:
    """The materiel a sentence names, for the words of a later one that stand for it."""
    items = [i for i in sentence.items if not adjectival_troops(sentence, i)]
    if items:
        systems = [i for i in items if i.system]
        discourse.named = (sentence.index, (systems or items)[-1])
        if systems:
            discourse.system = (sentence.index, systems[-1])


def _partner(sentence: Sentence, subject: Mention) -> Mention | None:
    """The one actor other than the subject a sentence names, places aside ("North Korea has deepened its
    ties with Russia", "la Russie est le principal partenaire militaire du Mali"); none if several."""
    places = function_words("place_words")
    others = {
        state_of(m): m
        for m in sentence.mentions
        if m.kind in {"country", "organization"}
        and state_of(m) != state_of(subject)
        and marker_before(sentence, m) not in places
    }
    return next(iter(others.values())) if len(others) == 1 else None


def _tied(sentence: Sentence, subject: Mention, partner: Mention) -> bool:
    """The partner is joined to the subject ("Iran and Russia have ...", "L'Iran et la Russie") or hangs on
    the subject's verb with no other verb between ("Russia has deepened its ties with Iran", "Russia is
    Mali's main supplier"), not named in another clause ("..., a Ukrainian officer said")."""
    between = sentence.doc[subject.token_end : partner.token_start]
    if 0 < len(between) <= 2 and between[0].lower_ in COORDINATORS and all(t.lower_ in ARTICLES for t in between[1:]):
        return True
    root, subject_root = partner.span(sentence.doc).root, subject.span(sentence.doc).root
    for head in root.ancestors:
        if head.i == subject_root.head.i:
            return True
        if head.pos_ in {"VERB", "AUX"}:
            return False
    return False


def _turned_to(sentence: Sentence, subject: Token) -> Mention | None:
    """ "Mali turned to Russia for weapons", "le Mali s'est tourné vers la Russie pour ses armes": the actor the
    subject's verb of relying has as its complement, in a sentence that names materiel."""
    verb = subject.head
    if not sentence.items or not word_forms(verb) & words("transfer", "relying_verbs", sentence.doc.lang_):
        return None
    heads = {verb.i, *(c.i for c in verb.children if c.dep_ == "prep")}
    relied_on = [m for m in actors(sentence) if m.span(sentence.doc).root.head.i in heads and m.token_start > subject.i]
    return relied_on[0] if len(relied_on) == 1 and relied_on[0].state else None


def _but_its_deal(
    trigger: Trigger, found: list[Finding], by_trigger: list[tuple[Trigger, list[Finding]]]
) -> list[Finding]:
    """A trigger's findings; of a flow told again, only the deal it tells ("awaiting eight submarines ordered
    from China in 2015": the order of 2015)."""
    flows = [f for f in found if f.kind == "transfer"]
    return [f for f in found if f.kind != "transfer"] if _told_again(trigger, flows, by_trigger) else found


def _told_again(trigger: Trigger, found: list[Finding], by_trigger: list[tuple[Trigger, list[Finding]]]) -> bool:
    """A participle or relative clause on the materiel another trigger moves between the same sides, with no
    other figure ("a réceptionné deux hélicoptères offerts par la Russie", "received two submarines ordered
    from China", "a livré tous les F-16 qu'elle avait promis à l'Ukraine"): the same flow, told again (not
    "the first two of eight submarines ordered": the order has its own)."""
    token = trigger.token
    if token.dep_ not in {"acl", "amod", *RELATIVE} or token.pos_ not in {"VERB", "ADJ"} or not found:
        return False
    others = [f for t, fs in by_trigger if t is not trigger for f in fs if f.item is not None]
    if all(any(_same_materiel(f, g, token.head.i) for g in others) for f in found):
        return True
    seized = [f for t, fs in by_trigger if t.direction == SEIZURE and t.token.i == token.head.head.i for f in fs]
    return all(any(_same_kind_and_sides(f, g) for g in seized) for f in found)  # "intercepted a dhow carrying


def _same_kind_and_sides(finding: Finding, other: Finding) -> bool:  # missiles": the carrying is the seized flow
    return sides_of(finding) == sides_of(other) and finding.item_category == other.item_category


def _same_materiel(participle: Finding, other: Finding, noun: int) -> bool:
    held = other.item is not None and other.item.token_start <= noun < other.item.token_end
    same = _same_kind_and_sides(participle, other)
    counted = participle.quantity is None or participle.quantity == other.quantity
    return held and same and counted


def _to_another_state(
    sentence: Sentence, base: Finding, trigger: int, items: list[ItemMention], parties: tuple[Mention, Mention]
) -> list[Finding]:
    """ "sent 20 tanks to Mali and 5 helicopters to Niger": the helicopters, five, to Niger."""
    found = []
    for item, state in sent_to_another_state(sentence, items, parties):
        figure = _figure_of(sentence, item, item.category, trigger)
        roles = {"supplier": [parties[0]], "recipient": [state]}
        quantity = as_quantity(figure) if figure is not None else None
        found.append(replace(base, roles=roles, item=item, item_category=item.category, quantity=quantity))
    return found


def _joined_to(sentence: Sentence, items: list[ItemMention], recipient: Mention) -> list[ItemMention]:
    """The items the parser joined to the recipient or to the claim's items ("au Mali et 5 hélicoptères")."""
    heads = {sentence.doc[i.token_end - 1].i for i in items}
    if sentence.names(recipient):  # not one named before
        heads.add(recipient.span(sentence.doc).root.i)
    return [
        i
        for i in sentence.items
        if i not in items
        and sentence.doc[i.token_end - 1].dep_ == "conj"
        and sentence.doc[i.token_end - 1].head.i in heads
    ]


def _gapped_shares(sentence: Sentence, verb: Token, found: list[Finding]) -> list[Finding]:
    """ "will donate 18 F-16s to Ukraine and 6 to Romania", "donneront 18 F-16 à l'Ukraine et 6 à la Roumanie":
    a bare number joined to the verb, with its own recipient, is as many of the same materiel for it."""
    counted = [f for f in found if f.quantity is not None and f.item is not None]
    if len(counted) != 1 or verb.pos_ not in VERBS_AND_AUX:
        return []
    shares = []
    for number in (c for c in verb.children if c.dep_ == "conj" and c.like_num):
        figure = next((f for f in sentence.figures if f.token_start == number.i and f.unit is None), None)
        taker = [m for m in actors(sentence) if m.state and _hangs_on(sentence, m, number)]
        whole = counted[0].quantity
        if figure is not None and len(taker) == 1 and whole is not None:
            quantity = whole.model_copy(update={"min": figure.min, "max": figure.max})
            shares.append(replace(counted[0], roles={**counted[0].roles, "recipient": taker}, quantity=quantity))
    return shares


def _hangs_on(sentence: Sentence, mention: Mention, number: Token) -> bool:
    root = mention.span(sentence.doc).root
    return root.head.i == number.i or (root.head.pos_ == "ADP" and root.head.head.i == number.i)


VERBS_AND_AUX = {"VERB", "AUX"}


def _served_words(sentence: Sentence, items: list[ItemMention]) -> set[int]:
    """The words of the materiel the items serve ("ammunition for Leopard tanks"), part of their phrase."""
    item_tokens = {t for i in sentence.items for t in range(i.token_start, i.token_end)}
    served_ones = [i for i in sentence.items if i not in items and served(sentence, i, item_tokens)]
    return {t for i in served_ones for t in range(i.token_start, i.token_end)} if items else set()


def _bought_with(sentence: Sentence, item: ItemMention, trigger: Token, language: str) -> bool:
    """Materiel a verb of buying in a clause of the trigger's buys: bought with what is given, not given."""
    including = words("transfer", "inclusion", language)  # "to buy weapons, including Patriot interceptors"
    ancestors = sentence.doc[item.token_end - 1].ancestors
    verb = next((a for a in ancestors if a.pos_ in {"VERB", "AUX"} and a.lower_ not in including), None)
    if verb is not None and verb != trigger and _bought_with_gift(verb, language) and trigger in verb.ancestors:
        return True
    return _of_a_paid_purchase(sentence, item, trigger, language) or _paid_with(sentence, item, trigger, language)


def _paid_with(sentence: Sentence, item: ItemMention, trigger: Token, language: str) -> bool:
    """ "achetés sur fonds propres", "bought with its own money": the money a purchase is paid with is not what
    it buys (unless someone's: "with funds from Qatar" gives them)."""
    if item.category != "funds" or not _buying(trigger, language):
        return False
    head = sentence.doc[item.token_start : item.token_end].root
    case = case_of(head)
    if case is None or case.lower_ not in words("transfer", "means_markers", language):
        return False
    return not any(m.state for m in sentence.mentions_in(head.doc[head.left_edge.i : head.right_edge.i + 1]))


def _of_a_paid_purchase(sentence: Sentence, item: ItemMention, trigger: Token, language: str) -> bool:
    """ "a alloué 1,3 milliard de couronnes à l'achat de canons": materiel of a purchase a verb of paying pays
    for is bought by someone else, not given by the payer (who gives funds, `funding`)."""
    if not word_forms(trigger) & words("transfer", "paying_verbs", language):
        return False
    buying = words("transfer", "nouns", language, REVERSE)
    for head in sentence.doc[item.token_end - 1].ancestors:
        if head.i == trigger.i:
            return False
        if head.pos_ == "NOUN" and word_forms(head) & buying:
            return True
    return False


def _paid_for_with_it(item: ItemMention, trigger: Token, language: str) -> bool:
    """The materiel of a clause of paying or buying under a verb that gives money: what the money pays for."""
    spending = words("transfer", "paying_verbs", language) | buying_verbs(language)
    for head in trigger.doc[item.token_end - 1].ancestors:
        if head.i == trigger.i:
            return False
        if head.pos_ == "VERB" and word_forms(head) & spending:
            return trigger in head.ancestors
    return False


def _bought_with_gift(trigger: Token, language: str) -> bool:
    """ "will give the Philippines $400 million to buy patrol boats": a purchase made with what a verb of giving
    gives, whose seller the words do not name (and whose buyer is not the giver)."""
    if not word_forms(trigger) & buying_verbs(language) or "Inf" not in trigger.morph.get("VerbForm", []):
        return False  # an infinitive of purpose: not "frigates ordered by Pakistan"
    giving = words("transfer", "verbs", language, FORWARD) - words("transfer", "paying_verbs", language)
    verb = next((a for a in trigger.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    return verb is not None and bool(word_forms(verb) & giving)  # not "allocate 2 billion to buy": a payment


def _cited(sentence: Sentence, item: ItemMention, credit: Credit) -> bool:
    """ "selon des images satellites": materiel words the sentence credits as its source are who tells."""
    words_of = sentence.doc[item.token_start : item.token_end].text.lower()
    credited = (s for s in credit.own if not s.named and s.anchor is not None)  # told by a verb or "selon"
    return any(words_of in source.name.lower() for source in credited)


TOPIC_SUBJECTS = {"nsubj", "nsubj:pass"}
RELATIVE = {"relcl", "acl:relcl"}


def _remember_subject(sentence: Sentence, discourse: Discourse) -> None:
    """The state the sentence is about: its subject, the state whose body or people the subject is ("Mali's
    junta", "la junte malienne"), or (in a sentence the models did not parse) the state it opens with
    ("Russia has relied on ...")."""
    actor_nouns = words("transfer", "actor_nouns", sentence.doc.lang_)
    for mention in sentence.mentions:
        root = mention.span(sentence.doc).root
        opening = (
            not sentence.parsed
            and all(  # "Russia has ...", "La junte malienne a ..."
                t.pos_ == "DET" or t.lower_ in ARTICLES or t.lower_ in actor_nouns
                for t in sentence.tokens[: mention.token_start]
            )
        )
        owner = root.dep_ in {"poss", "nmod:poss", "amod"} and root.head.dep_ in TOPIC_SUBJECTS
        owner = owner and root.head.lemma_.lower() in actor_nouns  # "Mali's junta", not "South Korean officials"
        if mention.state and (root.dep_ in TOPIC_SUBJECTS or owner or opening):
            discourse.subject, discourse.subject_sentence = mention, sentence.index
            discourse.partner = _partner(sentence, mention)
            discourse.tied = discourse.partner is not None and _tied(sentence, mention, discourse.partner)
            discourse.source = _turned_to(sentence, root)
            return
