"""Finding entities in a sentence: gazetteer forms first, statistical NER as a filtered supplement.

A mention knows the canonical entity it names and, when it can stand for a state in a claim
(the state's name, demonym, capital or metonym, or a body or official acting for it), that state.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, replace
from functools import cache
from weakref import WeakKeyDictionary

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from extractors.gazetteer import Gazetteer, GazetteerEntry, gazetteer
from extractors.lexicon import function_words, lexicon, words
from extractors.names import inside_an_organization, link_ner_spans
from extractors.nlp import fold
from graph.ids import entity_id, normalize_name


@dataclass
class Mention:
    """An entity named in the text, with its place in the sentence and in the article."""

    entity_id: str
    kind: str
    name: str
    text: str
    start: int
    end: int
    token_start: int
    token_end: int
    form: str = "name"
    state: str | None = None
    category: str | None = None  # the gazetteer's category: media, research, government, company ...

    def span(self, doc: Doc) -> Span:
        return doc[self.token_start : self.token_end]


@dataclass
class ItemMention:
    """Materiel named in the text, with its item category ("artillery_ammunition")."""

    category: str
    text: str
    start: int
    end: int
    token_start: int
    token_end: int
    system: str | None = None
    maker: str | None = None  # the state that makes the named system, when it says where a unit comes from


INSIDE = "inside"  # a state named inside another entity's name: listed, never given a role
IMPLIED_FORMS = {"maker", "treaty party", "both parties", "port"}  # states the words imply without naming them


def company_state(mention: Mention) -> str | None:
    """The state of a company the gazetteer places ("Turkish Aerospace": TR); None for anything else."""
    entry = gazetteer().get(mention.entity_id) if mention.category == "company" and not mention.state else None
    return entry.country if entry is not None else None


def implied_state(code: str, anchor: ItemMention | Mention, form: str) -> Mention:
    """A mention of a state the words imply at `anchor` (a system's maker, a known treaty's party):
    it may fill a role, but the article did not name it, so its text is the state's name, not an alias."""
    entry = gazetteer().get(code)
    name = entry.name if entry else code
    return Mention(
        entity_id=code,
        kind="country",
        name=name,
        text=name,
        start=anchor.start,
        end=anchor.end,
        token_start=anchor.token_start,
        token_end=anchor.token_end,
        form=form,
        state=code,
    )


@cache
def _government_nouns(language: str) -> frozenset[str]:
    return words("actors", "government_nouns", language)


@cache
def _ruling_nouns(language: str) -> frozenset[str]:
    return words("actors", "ruling_nouns", language)


OPENING_REACH = 6  # tokens within which a sentence's opening place ends with its comma


def opening_place_end(doc: Doc) -> int | None:
    """Where the phrase that opens a sentence by placing it ends ("Au Burkina Faso voisin, ...", "In Niger,
    ...", "Côté pakistanais, ..."): the token index of its comma, or None."""
    comma = next((t.i for t in doc[:OPENING_REACH] if t.text == ","), None)
    if comma is None:
        return None
    sides = function_words("side_openers")
    side = doc[0].lower_ in sides or (doc[0].lower_ == "on" and any(t.lower_ in sides for t in doc[1:comma]))
    return comma if doc[0].lower_ in function_words("place_words") or side else None


def _body_of_the_place(doc: Doc, found: list[Mention], offset: int) -> list[Mention]:
    """ "Au Burkina Faso voisin, l'armée a réceptionné", "In Niger, the junta received": a state's body named
    bare, as the subject, after an opening that places the sentence in that state."""
    comma = opening_place_end(doc)
    if comma is None:
        return []
    places = [m for m in found if m.kind == "country" and m.token_end <= comma and m.form != INSIDE]
    if len(places) != 1:
        return []
    taken = {i for m in found for i in range(m.token_start, m.token_end)}
    definite = words("grammar", "definite_articles", doc.lang_)
    bodies = [
        t
        for t in doc[comma + 1 :]
        if t.dep_.startswith("nsubj")
        and t.i not in taken
        and t.lower_ in words("actors", "placed_bodies", doc.lang_)
        and any(c.dep_ == "det" and c.lower_ in definite for c in t.children)
        and not any(c.dep_ in {"amod", "nmod", "poss", "compound"} for c in t.children)
    ]
    place = places[0]
    return [
        replace(
            place,
            start=offset + t.idx,
            end=offset + t.idx + len(t.text),
            token_start=t.i,
            token_end=t.i + 1,
            form="government",
            text=t.text,
        )
        for t in bodies[:1]
    ]


def _with_government(doc: Doc, mention: Mention, offset: int, taken: set[int]) -> Mention:
    """ "le gouvernement américain", "the Russian government": the state's name and the noun are one
    mention, whose syntactic head is the noun (so it attaches where the noun does)."""
    if mention.kind != "country":
        return mention
    nouns = _government_nouns(doc.lang_)
    start, end = mention.token_start, mention.token_end
    head = doc[start:end].root.head
    others = set(taken)  # what other mentions and items hold
    if head.lower_ not in nouns and head.pos_ == "NOUN" and head.head.lower_ in nouns:
        head = head.head  # "l'industrie de défense russe", "l'armée de l'air nigérienne"
        others -= set(range(start, end))
    if end < len(doc) and doc[end].lower_ in nouns and end not in taken:
        end += 1
    elif end + 1 < len(doc) and doc[end].lower_ in {"'s", "'"} and doc[end + 1].lower_ in _ruling_nouns(doc.lang_):
        end = _ruling_phrase_end(doc, end + 1)  # "Myanmar's junta": the state's rulers, not a speaker
    elif end + 2 < len(doc) and doc[end].lower_ in {"'s", "'"} and _armed_forces(doc, end + 1):
        end += 3  # "Ukraine's armed forces"
    elif end + 1 < len(doc) and mention.form == "demonym" and _armed(doc, end) and end not in taken:
        end += 2  # "the Sudanese Armed Forces"
    elif start > 0 and doc[start - 1].lower_ in nouns and mention.form == "demonym" and start - 1 not in taken:
        start -= 1
    elif (
        head.lower_ in nouns
        and head.i not in taken
        and abs(head.i - start) <= 4
        and not others & set(range(min(head.i, start), max(head.i + 1, end)))
        and not any(t.is_punct for t in doc[min(head.i, start) : max(head.i + 1, end)])  # not "à Moscou, le ministre"
    ):
        start, end = min(head.i, start), max(head.i + 1, end)  # "l'industrie de défense russe"
    else:
        return mention
    span = doc[start:end]
    return replace(
        mention,
        start=offset + span.start_char,
        end=offset + span.end_char,
        token_start=start,
        token_end=end,
        form="government",
        text=span.text,
    )


def _armed_forces(doc: Doc, i: int) -> bool:
    """An adjective and a ruling noun after a state's possessive: "armed forces", "military junta"."""
    return doc[i].pos_ == "ADJ" and doc[i + 1].lower_ in _ruling_nouns(doc.lang_)


def _armed(doc: Doc, i: int) -> bool:
    """ "Armed Forces" after a state's adjective ("the Sudanese Armed Forces"; not "Sudanese paramilitary forces")."""
    return doc[i].lower_ == "armed" and doc[i + 1].lower_ == "forces"


def _ruling_phrase_end(doc: Doc, ruling: int) -> int:
    """Where "Myanmar's junta" ends, or "Myanmar's military junta" when the ruling word qualifies a
    ruling noun right after it (it is no head there, and the mention attaches where that noun does)."""
    after = ruling + 1
    qualifies_next = after < len(doc) and doc[ruling].head.i == after
    return after + 1 if qualifies_next and doc[after].lower_ in _ruling_nouns(doc.lang_) else after


def _body_of_state(mention: Mention) -> Mention | None:
    """ "l'armée égyptienne", "the Indian Air Force", "autorités douanières chinoises": a body of a state is
    an organization of its own (for the entity list; in a claim, the state stands for it)."""
    if mention.form != "government":
        return None
    words_of = {w.lower() for w in mention.text.replace("'", " ").split()}
    if not words_of & words("actors", "body_nouns", _language_of(mention.text)):
        return None
    name = mention.text.strip()
    return replace(mention, entity_id=entity_id("organization", name), kind="organization", name=name, form=INSIDE)


def _language_of(text: str) -> str:
    """English or French, by the body noun the text uses (both lists are looked at)."""
    return "fr" if set(text.lower().replace("'", " ").split()) & words("actors", "body_nouns", "fr") else "en"


def _case_sensitive(form: str) -> bool:
    letters = [c for c in form if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


class _Matchers:
    """A case-insensitive and a case-sensitive phrase matcher, fed the same way."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp
        self.lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self._pending: dict[tuple[bool, str], list[Doc]] = {}
        self._found: WeakKeyDictionary[Doc, list[tuple[int, int, int]]] = WeakKeyDictionary()

    def add(self, key: str, form: str, *, as_written: bool = False) -> None:
        """Match `form` case-insensitively, unless it is in capitals (or `as_written`)."""
        exact = as_written or _case_sensitive(form)
        self._pending.setdefault((exact, key), []).append(self.nlp.make_doc(fold(form)))

    def build(self) -> _Matchers:
        for (exact, key), docs in self._pending.items():
            (self.exact if exact else self.lower).add(key, docs)
        self._pending.clear()
        self._found.clear()
        return self

    def spans(self, doc: Doc) -> list[Span]:
        """The longest hits, not overlapping. They are kept as long as the doc lives: a sentence is
        looked up before it is parsed and after, and the forms they match on never change."""
        found = self._found.get(doc)
        if found is None:
            hits = filter_spans(self.lower(doc, as_spans=True) + self.exact(doc, as_spans=True))
            found = self._found[doc] = [(span.start, span.end, span.label) for span in hits]
        return [Span(doc, start, end, label=label) for start, end, label in found]


class EntityRecognizer:
    """Gazetteer and materiel matchers for one language's pipeline, built once."""

    def __init__(self, nlp: Language, entries: Gazetteer | None = None) -> None:
        self.gazetteer = entries or gazetteer()
        self.entities = _Matchers(nlp)
        for entry in self.gazetteer.entries.values():
            for form in entry.forms:
                self.entities.add(f"{entry.id}\t{form.type}", form.text)
        self.entities.build()
        self.items = _Matchers(nlp)
        materiel = lexicon("materiel")
        for category, by_language in materiel["categories"].items():
            for terms in by_language.values():
                for term in terms:
                    self.items.add(f"{category}\t", str(term))
        for category, by_maker in materiel["systems"].items():
            for maker, systems in by_maker.items():
                known = "" if maker == "any" else maker
                for system in systems:  # and its English plural: "212 K9s", "two S-400s"
                    name = str(system)
                    for written in [name, *([f"{name}s"] if not name.endswith("s") else [])]:
                        self.items.add(f"{category}\t{name}\t{known}", written, as_written=True)
        self.items.build()
        self._normalized: dict[str, list[str]] = {}

    def mentions(self, doc: Doc, offset: int, *, parsed: bool = True) -> list[Mention]:
        """The entities a sentence names; on a sentence only tokenised (not parsed), the gazetteer's only."""
        found = [self._gazetteer_mention(span, offset) for span in self.entities.spans(doc)]
        if parsed:
            found = [
                m for m in found if m.kind != "country" or not inside_an_organization(doc, m.token_start, m.token_end)
            ]
            taken = {i for m in found for i in range(m.token_start, m.token_end)}
            materiel = {i for item in self.items.spans(doc) for i in range(item.start, item.end)}
            taken |= materiel
            found += link_ner_spans(doc, offset, taken, self.gazetteer, materiel)
            found = [_with_government(doc, m, offset, taken) for m in found]
            found += _body_of_the_place(doc, found, offset)
        found += [m for m in map(self._state_inside, found) if m is not None]
        found += [m for m in map(_body_of_state, found) if m is not None]
        return sorted(found, key=lambda m: (m.start, m.form == INSIDE))

    def _state_inside(self, mention: Mention) -> Mention | None:
        """ "ministère sud-coréen des Affaires étrangères" also names South Korea (for the entity list)."""
        if mention.kind == "country" or not mention.state:
            return None
        state = self.gazetteer.get(mention.state)
        if state is None:
            return None
        text = f" {normalize_name(mention.text)} "
        if not any(f" {form} " in text for form in self._normalized_forms(state)):
            return None
        return replace(mention, entity_id=state.id, kind="country", name=state.name, form=INSIDE)

    def _normalized_forms(self, entry: GazetteerEntry) -> list[str]:
        """An entry's forms as `normalize_name` makes them, worked out once per entry."""
        found = self._normalized.get(entry.id)
        if found is None:
            found = self._normalized[entry.id] = [normalize_name(f.text) for f in entry.forms]
        return found

    def _gazetteer_mention(self, span: Span, offset: int) -> Mention:
        entry_id, form = span.label_.split("\t")
        entry: GazetteerEntry = self.gazetteer.entries[entry_id]
        state = entry.id if entry.kind == "country" else entry.acts_for
        return Mention(
            entity_id=entry.id,
            kind=entry.kind,
            name=entry.name,
            text=span.text,
            start=offset + span.start_char,
            end=offset + span.end_char,
            token_start=span.start,
            token_end=span.end,
            form=form,
            state=state,
            category=entry.category,
        )

    def item_mentions(self, doc: Doc, offset: int, names: Collection[int] = ()) -> list[ItemMention]:
        """The materiel the doc names; `names`: the tokens of the entities named in it."""
        mentions = []
        for span in self.items.spans(doc):
            category, system, maker = [*span.label_.split("\t"), "", ""][:3]
            mentions.append(
                ItemMention(
                    category=category,
                    text=span.text,
                    start=offset + span.start_char,
                    end=offset + span.end_char,
                    token_start=span.start,
                    token_end=span.end,
                    system=system or None,
                    maker=maker or None,
                )
            )
        mentions += _counted_men(doc, offset, mentions)
        after_systems = {m.token_end for m in mentions if m.system}
        before_systems = {m.token_start for m in mentions if m.system}
        read = [_model_noun(doc, item, after_systems, names, before_systems) for item in mentions]
        kept = [
            i for i in read if i is not None and not _hyphen_modifier(doc, i) and not _in_a_firms_name(doc, i, names)
        ]
        return _kinds_joined(doc, kept)


def _counted_men(doc: Doc, offset: int, found: list[ItemMention]) -> list[ItemMention]:
    """ "environ 2 000 hommes", "some 300 men": men counted by a number are troops (`counted_troop_nouns`), not
    "150 hommes d'affaires" (`civil_men_complements`) nor "men" alone."""
    nouns = frozenset(str(n).lower() for n in lexicon("materiel")["counted_troop_nouns"])
    civil = frozenset(str(n).lower() for n in lexicon("materiel")["civil_men_complements"])
    taken = {i for m in found for i in range(m.token_start, m.token_end)}
    return [
        ItemMention("troops", t.text, offset + t.idx, offset + t.idx + len(t), t.i, t.i + 1)
        for t in doc
        if t.lower_ in nouns
        and t.i not in taken
        and t.i > 0
        and _counted(doc, t.i)
        and not {w.lower_ for w in doc[t.i + 1 : t.i + 3]} & civil  # "150 hommes d'affaires"
    ]


def _counted(doc: Doc, i: int) -> bool:
    """A figure stands before the word, or a round number and "of": "300 men", "une centaine d'hommes"."""
    rounds = frozenset(str(n).lower() for n in lexicon("materiel")["round_number_nouns"])
    of = i > 1 and doc[i - 1].lower_ in function_words("of_markers")
    return doc[i - 1].like_num or (of and doc[i - 2].lower_ in rounds)


def without_formations(doc: Doc, items: list[ItemMention]) -> list[ItemMention]:
    """The items of a parsed sentence but formations of materiel ("five regiments of S-400 systems", "cinq
    régiments de systèmes antiaériens": `formation_nouns`), which count the materiel and name no troops, and
    troops that are casualties ("wounded soldiers")."""
    return [i for i in items if not _formation_of_materiel(doc, i, items) and not _casualties(doc, i)]


def _casualties(doc: Doc, item: ItemMention) -> bool:
    """ "the treatment of wounded soldiers", "des soldats blessés": troops no one sends (`casualty_words`)."""
    if item.category != "troops":
        return False
    head = doc[item.token_start : item.token_end].root
    before = doc[item.token_start - 1] if item.token_start else None  # "wounded soldiers", not "of whom ... killed"
    near = [t for t in (before, *(c for c in head.children if c.dep_ == "amod")) if t is not None]
    return any(t.lower_ in _casualty_words() for t in near)


@cache
def _casualty_words() -> frozenset[str]:
    return frozenset(str(n).lower() for n in lexicon("materiel")["casualty_words"])


def _formation_of_materiel(doc: Doc, item: ItemMention, items: list[ItemMention]) -> bool:
    if item.text.lower() not in _formation_nouns():
        return False
    head = doc[item.token_start : item.token_end].root
    held = [g for c in head.children for g in [c, *c.children] if g.i > head.i]
    return any(o.token_start <= t.i < o.token_end and o.category != "troops" for t in held for o in items)


@cache
def _formation_nouns() -> frozenset[str]:
    return frozenset(str(n).lower() for n in lexicon("materiel")["formation_nouns"])


def _in_a_firms_name(doc: Doc, item: ItemMention, names: Collection[int]) -> bool:
    """ "Tengri Components could not be reached": one capitalised word of materiel after another capitalised
    word that names nothing known, in a sentence not written in title case, ends a name (not "US Javelin
    missiles", nor a system's name: those are matched whole)."""
    start = item.token_start
    if item.system or start < 1 or item.token_end - start != 1 or not doc[start].text[:1].isupper():
        return False
    before = doc[start - 1]
    if before.i in names or before.is_upper:
        return False
    if not (before.is_alpha and before.text[:1].isupper()) or (before.i == 0 and before.is_stop):
        return False  # "The Missiles ...": the sentence's first word is capitalised anyway
    alpha = [t for t in doc if t.is_alpha and not t.is_stop]
    return sum(t.text[:1].isupper() for t in alpha) * 2 <= len(alpha)  # no more than half capitalised: prose


def _hyphen_modifier(doc: Doc, item: ItemMention) -> bool:
    """ "missile-defence system", "tank-busting drones": a word of materiel joined by a hyphen to the word after
    it qualifies the thing named, and is not itself a thing named."""
    end = item.token_end
    return (
        not item.system
        and end + 1 < len(doc)
        and doc[end].text == "-"
        and doc[end].idx == doc[end - 1].idx + len(doc[end - 1].text)  # written together, not a dash
        and doc[end + 1].is_alpha
    )


def _kinds_joined(doc: Doc, items: list[ItemMention]) -> list[ItemMention]:
    """Each named system with the words next to it that say what kind of thing it is ("four Gepard
    tanks", "quatre chars Gepard"): one item of the system's category, in place of the word's own."""
    starts = {i.token_start: i.token_end for i in items if not i.system}
    systems = [_with_its_kind(doc, i, starts) for i in items if i.system]
    covered = {t for s in systems for t in range(s.token_start, s.token_end)}
    others = [i for i in items if not i.system and covered.isdisjoint(range(i.token_start, i.token_end))]
    return sorted([*systems, *others], key=lambda i: i.token_start)


def _with_its_kind(doc: Doc, item: ItemMention, starts: dict[int, int]) -> ItemMention:
    """The system with the kind word after (or before) it, but not one that starts a longer item ("Leopard 1
    tank ammunition": the tank qualifies the ammunition); `starts`: where other items start and end."""
    kinds = words("materiel", "system_kind_words")
    start, end = item.token_start, item.token_end
    if end < len(doc) and doc[end].lower_ in kinds and starts.get(end, end + 1) <= end + 1:
        end += 1
    elif end + 1 < len(doc) and starts.get(end) == end + 1 and doc[end + 1].lower_ in kinds:
        end += 2  # "S-400 missile systems": the word of materiel qualifies the kind, and both the system
    elif start > 0 and doc[start - 1].lower_ in kinds:
        start -= 1
    if (start, end) == (item.token_start, item.token_end):
        return item
    offset = item.start - doc[item.token_start].idx  # the sentence's, in the article
    span = doc[start:end]
    first, last = offset + span.start_char, offset + span.end_char
    return replace(item, start=first, end=last, token_start=start, token_end=end, text=span.text)


def _model_noun(
    doc: Doc, item: ItemMention, systems: set[int], names: Collection[int], starts: set[int]
) -> ItemMention | None:
    """A word of `model_nouns` ("fighters"): after a model's name (a named system, or a word of letters
    and digits: "14 MiG-29 fighters", "66 F-16V fighters") it names that model's materiel (jets); after
    a name osintkg knows, a lower-case word or a number ("Wagner fighters", "Syrian fighters", "300
    fighters") it names people; after another capitalised word ("Typhoon", or a people's name the
    gazetteer lacks) it could be either, and names nothing."""
    category = next((c for c, nouns in _model_nouns().items() if item.text.lower() in nouns), None)
    if category is not None and doc.lang_ == "fr":
        return _french_model_noun(doc, item, category, starts)
    before = doc[item.token_start - 1] if item.token_start > 0 else None
    if category is None or before is None:
        return item
    if item.token_start in systems or _model_code(before) or _variant_of_a_model(doc, item.token_start, systems):
        return replace(item, category=category)
    if before.text[:1].isupper() and before.i not in names and before.is_alpha:
        return None
    return item


def _model_code(token: Token) -> bool:
    return any(c.isdigit() for c in token.text) and any(c.isalpha() for c in token.text)


def _variant_of_a_model(doc: Doc, start: int, systems: set[int]) -> bool:
    """ "F-16 Block 70 fighters": a capitalised word and a number after a model's name, naming its variant."""
    if start < 3 or not doc[start - 1].like_num or not doc[start - 2].text[:1].isupper():
        return False
    model = doc[start - 3]
    return model.i + 1 in systems or _model_code(model)


def _french_model_noun(doc: Doc, item: ItemMention, category: str, systems: set[int]) -> ItemMention | None:
    """ "six chasseurs Su-30SME", "des chasseurs Rafale": in French the model follows its noun (`systems`: where
    named systems start); with none, "chasseurs" names nothing (hunters, "chasseurs alpins")."""
    after = doc[item.token_end] if item.token_end < len(doc) else None
    model = after is not None and after.text[:1].isupper() and any(c.isdigit() for c in after.text)
    return replace(item, category=category) if model or item.token_end in systems else None


@cache
def _model_nouns() -> dict[str, frozenset[str]]:
    return {c: frozenset(str(n).lower() for n in nouns) for c, nouns in lexicon("materiel")["model_nouns"].items()}


def maker_of(items: list[ItemMention]) -> ItemMention | None:
    """The one system of known make among the items (None when there is none, or makers differ)."""
    made = [i for i in items if i.maker]
    return made[0] if made and len({i.maker for i in made}) == 1 else None
