"""Statistical NER as a supplement to the gazetteers, filtered so that its noise stays out of the graph.

A span the model labels keeps only if it looks like a name (proper nouns in title case, no verbs,
no digits in a person's name, two words for a person); it is linked to a gazetteer entry when its
name is close to one (rapidfuzz), else it becomes a new entity with an id made from its name.
"""

from __future__ import annotations

from collections.abc import Collection
from functools import cache
from typing import TYPE_CHECKING

import pycountry
from rapidfuzz import fuzz, process
from spacy.tokens import Doc, Span, Token

from extractors.lexicon import function_words, lexicon, words
from graph.ids import entity_id, normalize_name

if TYPE_CHECKING:
    from extractors.entities import Mention
    from extractors.gazetteer import Gazetteer

KIND_OF_LABEL = {
    "PERSON": "person",
    "PER": "person",
    "ORG": "organization",
    "GPE": "location",
    "LOC": "location",
    "FAC": "location",
}
PARTICLES = {
    "de",
    "du",
    "des",
    "d'",
    "la",
    "le",
    "les",
    "l'",
    "of",
    "the",
    "and",
    "for",
    "von",
    "van",
    "bin",
    "al",
    "el",
    "ben",
    "et",
    "on",
    "-",
    "&",
    "'s",
}
LEADING_WORDS = function_words("leading_words")
FUZZY_CUTOFF = 90


def _trim(span: Span) -> Span:
    start, end = span.start, span.end
    while start < end and (span.doc[start].lower_ in LEADING_WORDS or span.doc[start].is_punct):
        start += 1
    while end > start and (span.doc[end - 1].is_punct or span.doc[end - 1].lower_ in {"'s", "'"}):
        end -= 1
    named = end
    while named - 1 > start and _common_noun(span.doc[named - 1]):
        named -= 1  # "the Kataib Sayyid al-Shuhada militia": the name, not the noun of its kind
    if span.doc[named - 1].lower_ not in PARTICLES:  # "Ministry of defence" stays whole
        end = named
    return span.doc[start:end]


def _common_noun(token: Token) -> bool:
    return token.pos_ == "NOUN" and token.is_lower and token.is_alpha


def looks_like_name(span: Span, kind: str) -> bool:
    words = [t for t in span if t.lower_ not in PARTICLES]
    if not words or len(span) > 6 or len(span.text) < 2:
        return False
    if not all(t.text[:1].isupper() or t.text[:1].isdigit() for t in words):
        return False
    if any(t.pos_ in {"VERB", "AUX", "PRON", "ADV", "SCONJ", "CCONJ"} for t in words):
        return False
    if _names_a_transfer(span):
        return False  # "a possible Foreign Military Sale to Morocco": the transfer itself, no one's name
    if all(t.lower_ in _titles(span.doc.lang_) for t in words):
        return False  # "navy spokesman Rear Admiral Jonas Marquez": the rank, no one's name
    if kind == "person":
        return len(words) >= 2 and all(t.is_alpha or "-" in t.text for t in words)
    return any(t.pos_ in {"PROPN", "X"} for t in words) or is_acronym(span.text)


def _proximity(language: str) -> frozenset[str]:
    return words("grammar", "proximity_words", language)


def _titles(language: str) -> frozenset[str]:
    return words("actors", "titles", language)


def _named_kind_of_organization(span: Span) -> bool:
    """ "la milice Kataeb Sayyid al-Chouhada", "the Kataib Sayyid al-Shuhada militia": a name in apposition
    to, or qualifying, a noun of a kind of organization names one, whatever NER labelled it."""
    root = span.root
    nouns = words("actors", "organization_nouns", span.doc.lang_)
    head = root.head if root.dep_ in {"appos", "compound", "nmod", "flat", "flat:name"} else None
    return head is not None and head.i not in range(span.start, span.end) and head.lower_ in nouns


def _kind_of(span: Span, kind: str) -> str:
    """The kind NER's label gives, or an organization's where a noun of its kind says so: a person's name
    before or after it ("la milice Kataeb Sayyid al-Chouhada"), a place's only after it ("the militia
    Kataib Sayyid al-Shuhada"; "a Hong Kong firm" is a firm in Hong Kong); a place's after "near", "près de"."""
    before = [t.lower_ for t in span.doc[max(0, span.start - 2) : span.start]]
    if before[-1:] and before[-1] in function_words("of_markers"):
        before = before[:-1]  # "près de Saragosse"
    if kind in {"person", "organization"} and before[-1:] and before[-1] in _proximity(span.doc.lang_):
        return "location"  # "its workshop near Zaragoza": what a place is near is a place
    if kind not in {"person", "location"} or not _named_kind_of_organization(span):
        return kind
    return "organization" if kind == "person" or span.root.head.i < span.start else kind


def _names_a_transfer(span: Span) -> bool:
    """The span ends in a noun of transfer ("Foreign Military Sale", "Presidential Drawdown")."""
    last = span[-1]
    return any(form in _transfer_nouns() for form in (last.lower_, last.lemma_.lower(), last.lower_.rstrip("s")))


@cache
def _transfer_nouns() -> frozenset[str]:
    nouns = lexicon("transfer")["nouns"]
    return frozenset(str(w) for by_kind in nouns.values() for words in by_kind.values() for w in words)


def is_acronym(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


@cache
def _choices(gazetteer: Gazetteer, kind: str) -> dict[str, str]:
    """Normalised forms of the gazetteer entries of one kind -> their ids."""
    return {normalize_name(f.text): e.id for e in gazetteer.entries.values() if e.kind == kind for f in e.forms}


def _country_code(name: str) -> str | None:
    try:
        return str(pycountry.countries.lookup(name).alpha_2)
    except LookupError:
        return None


def inside_an_organization(doc: Doc, token_start: int, token_end: int) -> bool:
    """The tokens stand inside an organization's name, with words of it on both sides: the state in "the
    Free Russia Foundation" or "la Fondation Russie libre" is part of a name, not a party or a source."""
    for ent in doc.ents:
        span = _trim(ent)
        inside = span.start < token_start and token_end < span.end
        openers = words("actors", "force_openers", doc.lang_)
        before = {t.lower_ for t in doc[span.start : token_start]}
        if inside and span[-1].lower_ in words("actors", "body_nouns", doc.lang_) and before <= openers:
            continue  # "the Royal Moroccan Army", "Royal Thai Navy": the state's forces (not "the Free Syrian Army")
        if KIND_OF_LABEL.get(ent.label_) == "organization" and inside and looks_like_name(span, "organization"):
            return True  # not "le ministre vénézuélien des Affaires étrangères", a title NER took for a name
    return False


def _names_the_model(span: Span, materiel: Collection[int]) -> bool:
    """A name after a model's code or an owner's possessive and before a materiel noun, as its compound ("T129 ATAK
    attack helicopters", "its Oreshnik missile"): the model's name (a maker with no code before it stays: "Texas
    Instruments chips"); and a name before a noun of an event ("the Zapad-2025 exercises")."""
    root, doc = span.root, span.doc
    before = doc[span.start - 1].text if span.start > 0 else ""
    code = before[:1].isalpha() and any(c.isdigit() for c in before)
    owned = before.lower() in function_words("possessives")  # "its Oreshnik intermediate-range ballistic missile"
    named = root.dep_ in {"compound", "nmod", "amod"} and root.head.i >= span.end
    return (named and (((code or owned) and root.head.i in materiel) or _an_event(root.head))) or _a_code_before(
        span, materiel
    )


def _a_code_before(span: Span, materiel: Collection[int]) -> bool:
    """ "Chinese-built VT-5 light tanks": a code of letters and figures just before materiel, however parsed."""
    text = span.text
    coded = len(span) == 1 and any(c.isdigit() for c in text) and any(c.isalpha() for c in text)
    first = next((i for i in range(span.end, span.end + 3) if i in materiel), None)
    if not coded or first is None:
        return False
    return all(t.pos_ in {"NOUN", "ADJ", "PROPN"} for t in span.doc[span.end : first])


def _an_event(noun: Token) -> bool:
    """ "for the Zapad-2025 exercises", "le défilé du 9-Mai": a name before a noun of an event names the event."""
    return noun.lower_ in words("actors", "event_nouns", noun.lang_) and noun.pos_ == "NOUN"


def link_ner_spans(
    doc: Doc, offset: int, taken: set[int], gazetteer: Gazetteer, materiel: Collection[int] = ()
) -> list[Mention]:
    from extractors.entities import Mention

    found = []
    for ent in doc.ents:
        kind = KIND_OF_LABEL.get(ent.label_)
        span = _trim(ent)
        if kind is None or not len(span) or taken & set(range(span.start, span.end)):
            continue
        if _names_the_model(span, materiel):
            continue  # "two T129 ATAK attack helicopters": the model's name, no one acting (nor "Zapad-2025 exercises")
        kind = _kind_of(span, kind)
        if not looks_like_name(span, kind):
            continue
        code = _country_code(span.text) if kind == "location" else None
        if code:
            entry_id, kind = code, "country"
        else:
            name = normalize_name(span.text)
            match = process.extractOne(
                name, _choices(gazetteer, kind).keys(), scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF
            )
            if match and len(match[0].split()) != len(name.split()):
                match = None  # "Defence Ministry" is not "UK Defence Ministry": a word more names another body
            entry_id = _choices(gazetteer, kind)[match[0]] if match else entity_id(kind, span.text)
        entry = gazetteer.get(entry_id)
        found.append(
            Mention(
                entity_id=entry_id,
                kind=kind,
                name=entry.name if entry else span.text,
                text=span.text,
                start=offset + span.start_char,
                end=offset + span.end_char,
                token_start=span.start,
                token_end=span.end,
                form="ner",
                state=code or (entry.acts_for if entry else None),
            )
        )
    return found
