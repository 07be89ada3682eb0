"""spaCy's lemmatizer with its answers remembered per word: the same lemmas, without a Python call per token.

spaCy's rule and lookup lemmatizers (English and French among them) give a token a lemma that depends
on nothing but its text, part of speech and morphology, and they are called token by token. This
component asks the pipeline's own lemmatizer once per distinct (text, part of speech, morphology) and
sets every lemma of a doc at once. Like spaCy's, it leaves a lemma already set (by the attribute
ruler) unless the lemmatizer is told to overwrite. Other lemmatizers are left in place.
"""

from __future__ import annotations

from typing import Any

import numpy
from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.lang.fr.lemmatizer import FrenchLemmatizer
from spacy.language import Language
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc

FACTORY = "osintkg_remembered_lemmatizer"
READING_TEXT_POS_AND_MORPHOLOGY = (Lemmatizer, EnglishLemmatizer, FrenchLemmatizer)
MAX_REMEMBERED = 200_000  # distinct (text, part of speech, morphology) kept


class RememberedLemmatizer:
    """Sets lemmas as `lemmatizer` would, asking it once per distinct (text, part of speech, morphology)."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.lemmatizer: Lemmatizer | None = None
        self._lemmas: dict[tuple[int, int, int], int] = {}
        self._checked = False

    def __call__(self, doc: Doc) -> Doc:
        lemmatizer = self.lemmatizer
        assert lemmatizer is not None
        if not self._checked:  # the first doc goes through spaCy's own call, which checks its tables
            self._checked = True
            return lemmatizer(doc)
        if not len(doc):
            return doc
        try:
            rows = doc.to_array([ORTH, POS, MORPH, LEMMA])
            lemmas = rows[:, 3].copy()
            for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
                if lemma and not lemmatizer.overwrite:
                    continue
                lemmas[i] = self._lemma(doc, i, (orth, pos, morph))
            column: Any = numpy.ascontiguousarray(lemmas, dtype=numpy.uint64).reshape(-1, 1)  # (the stubs want ints)
            doc.from_array([LEMMA], column)
            return doc
        except Exception as e:
            lemmatizer.get_error_handler()(self.name, lemmatizer, [doc], e)
            return doc

    def _lemma(self, doc: Doc, i: int, key: tuple[int, int, int]) -> int:
        found = self._lemmas.get(key)
        if found is None:
            assert self.lemmatizer is not None
            if len(self._lemmas) >= MAX_REMEMBERED:
                self._lemmas.clear()
            found = self._lemmas[key] = doc.vocab.strings.add(self.lemmatizer.lemmatize(doc[i])[0])
        return found


@Language.factory(FACTORY)
def make_remembered_lemmatizer(nlp: Language, name: str) -> RememberedLemmatizer:
    return RememberedLemmatizer(name)


def remember_lemmas(nlp: Language) -> None:
    """Put the remembering lemmatizer, asking the pipeline's, in place of it (spaCy's rule and lookup
    lemmatizers for English and French only: others may read more of a token)."""
    if "lemmatizer" not in nlp.pipe_names:
        return
    lemmatizer = nlp.get_pipe("lemmatizer")
    if not isinstance(lemmatizer, Lemmatizer) or type(lemmatizer) not in READING_TEXT_POS_AND_MORPHOLOGY:
        return
    if lemmatizer.mode not in {"rule", "lookup"}:
        return
    remembering = nlp.replace_pipe("lemmatizer", FACTORY)
    assert isinstance(remembering, RememberedLemmatizer)
    remembering.lemmatizer = lemmatizer
