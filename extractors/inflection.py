"""What a token may be the inflection of: its lemma, and the infinitive of a French form the small
model leaves as is. Several tasks ask this of the same tokens, so the answer is kept per distinct
(form, lemma, part of speech, language).
"""

from __future__ import annotations

from functools import lru_cache

from spacy.attrs import LEMMA, LOWER, POS
from spacy.tokens import Doc, Token

from extractors.lexicon import lexicon

REMEMBERED = 1 << 16  # distinct words kept
_BY_IDS: dict[tuple[int, int, int, str], frozenset[str]] = {}


def word_forms(token: Token) -> frozenset[str]:
    """What a token may be the inflection of: its lemma, and for French verbs the infinitive of a
    present tense the lemmatiser left alone ("expédie" -> "expédier", "livrent" -> "livrer")."""
    return _forms(token.lower_, token.lemma_, token.pos_, token.lang_)


def is_word(token: Token, vocabulary: frozenset[str]) -> bool:
    """Whether the token is one of the words, by lemma or by form (singular or plural): small models
    mislemmatise often enough ("navire" -> "navir") that the written form is a useful second look."""
    return not word_forms(token).isdisjoint(vocabulary)


def word_forms_of(doc: Doc) -> list[frozenset[str]]:
    """`word_forms` of every token of a doc, read from the doc's arrays rather than token by token."""
    strings, language = doc.vocab.strings, doc.lang_
    found = []
    for lower, lemma, pos in doc.to_array([LOWER, LEMMA, POS]).tolist():
        key = (lower, lemma, pos, language)
        forms = _BY_IDS.get(key)
        if forms is None:
            if len(_BY_IDS) >= REMEMBERED:
                _BY_IDS.clear()
            forms = _BY_IDS[key] = _forms(strings[lower], strings[lemma], strings[pos], language)
        found.append(forms)
    return found


@lru_cache(maxsize=REMEMBERED)
def _lemma(lemma_text: str, pos: str, language: str) -> str:
    lemma = lemma_text.lower()
    if language == "fr" and pos in {"VERB", "ADJ", "NOUN"} and lemma.endswith(("é", "és", "ée", "ées")):
        return lemma.rstrip("s").rstrip("e").removesuffix("é") + "er"
    return lemma


@lru_cache(maxsize=REMEMBERED)
def _forms(lower: str, lemma_text: str, pos: str, language: str) -> frozenset[str]:
    forms = {lemma_text.lower(), _lemma(lemma_text, pos, language), lower, lower.rstrip("sx")}
    whole = lexicon("tokens")["whole"].get(language) or {}
    if lower in whole:
        forms.add(whole[lower])  # "re-exported" -> "re-export", which spaCy's rules miss
    if language == "fr" and pos in {"VERB", "AUX", "NOUN", "ADJ"}:
        forms |= {lower + "r", lower.removesuffix("nt") + "r", lower.removesuffix("s") + "r"}
        forms |= _future_stems(lower)
    return frozenset(forms)


FUTURE_ENDINGS = ("aient", "ions", "iez", "ais", "ait", "ons", "ont", "ez", "ai", "as", "a")
CONDITIONAL_ENDINGS = ("aient", "ions", "iez", "ais", "ait")


def _future_stems(lower: str) -> set[str]:
    """The infinitives a French future or conditional may be of: "livrera" -> "livrer", "fourniraient" ->
    "fournir", "vendra" -> "vendre"."""
    ending = next((e for e in FUTURE_ENDINGS if lower.endswith("r" + e)), None)
    if ending is None or len(lower) - len(ending) < 4:
        return set()
    stem = lower[: -len(ending)]
    return {stem, stem + "e"}


def french_future(token: Token) -> bool:
    """ "livrerait", "fournira", "enverraient": the future or the conditional (the small model tags them
    imperfect), the infinitive (or a changed stem's listed form) followed by an ending."""
    if token.lang_ != "fr":
        return False
    if token.lower_ in (lexicon("tokens")["whole"].get("fr") or {}):
        return token.lower_.endswith(FUTURE_ENDINGS)
    lemma = token.lemma_.lower()
    if not lemma.endswith(("er", "ir", "re")):
        return False
    stem = lemma[:-1] if lemma.endswith("re") else lemma
    return token.lower_.startswith(stem) and token.lower_[len(stem) :] in FUTURE_ENDINGS


def french_conditional(token: Token) -> bool:
    """ "livrerait", "vendraient": the conditional, by which French reports what it does not vouch for."""
    return french_future(token) and token.lower_.endswith(CONDITIONAL_ENDINGS)
