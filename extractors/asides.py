"""Parsing around asides: a sentence whose verb group holds an aside ("Paris a pour sa part cédé ...",
"Le Burundi maintient de son côté plusieurs milliers de soldats", "Les États-Unis avaient quant à eux
approuvé") is parsed by the models without it, and the parse is copied back onto the sentence as
written, the aside hung on the verb after it. The small French model reads such a sentence as if "part"
or "côté" were its head, and loses its subject, its verb or both; without the aside it parses it as
any other. An aside set apart by commas ("La France, de son côté, a livré") is parsed as written.
"""

from __future__ import annotations

from functools import cache

import numpy
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG
from spacy.symbols import ADV
from spacy.tokens import Doc

from extractors.lexicon import words

ATTRS = [TAG, POS, MORPH, LEMMA, DEP, HEAD]
HEAD_COLUMN = ATTRS.index(HEAD)


@cache
def _asides(language: str) -> tuple[tuple[str, ...], ...]:
    return tuple(sorted({tuple(p.split()) for p in words("grammar", "asides", language)}, key=len, reverse=True))


@cache
def _last_words(language: str) -> frozenset[str]:
    return frozenset(phrase[-1] for phrase in _asides(language))


def aside_at(doc: Doc) -> range | None:
    """Where an aside stands inside the sentence, between two words (not commas), if anywhere."""
    lowers = [t.lower_ for t in doc]
    if _last_words(doc.lang_).isdisjoint(lowers):
        return None  # most sentences: no aside's last word
    for phrase in _asides(doc.lang_):
        for start in range(1, len(doc) - len(phrase)):
            end = start + len(phrase)
            if tuple(lowers[start:end]) == phrase and not {doc[start - 1].text, doc[end].text} & {",", "(", ")"}:
                return range(start, end)
    return None


def without(doc: Doc, aside: range) -> Doc:
    """The sentence as the models should read it: its tokens, less the aside's."""
    kept = [t for t in doc if t.i not in aside]
    return Doc(doc.vocab, words=[t.text for t in kept], spaces=[bool(t.whitespace_) for t in kept])


def copy_parse(parsed: Doc, doc: Doc, aside: range) -> None:
    """Give the sentence as written the parse of the sentence without its aside; the aside's words hang on
    the word that follows them, as adverbs."""
    index = [i for i in range(len(doc)) if i not in aside]  # where each parsed token stands as written
    rows = parsed.to_array(ATTRS)
    array = numpy.zeros((len(doc), len(ATTRS)), dtype="uint64")
    for j, i in enumerate(index):
        array[i] = rows[j]
        array[i, HEAD_COLUMN] = _offset(index[parsed[j].head.i] - i)  # heads are offsets from the token
    strings = doc.vocab.strings
    for i in aside:
        adverb = [strings.add("ADV"), ADV, 0, strings.add(doc[i].lower_), strings.add("advmod"), aside.stop - i]
        array[i] = numpy.array(adverb, dtype="uint64")
    doc.from_array(ATTRS, array)  # type: ignore[arg-type]  # thinc's Ints2d is a numpy array of integers


def _offset(offset: int) -> int:
    """An offset as the arrays hold it: unsigned, a negative one wrapped."""
    return offset % 2**64
