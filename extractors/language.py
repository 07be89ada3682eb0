"""Which language an article is in, and whether it holds prose the extractors can read.

An article in a language without a pipeline, or text with no sentences in it (tables, lists of
numbers, markup), is stored with a warning and yields no claims rather than noise.
"""

from __future__ import annotations

import re
from functools import cache

from py3langid import langid

from extractors.nlp import SUPPORTED_LANGUAGES

CONFIDENT = 0.8
SAMPLE_CHARS = 5000
MIN_PROSE_SENTENCES = 1
_WORD = re.compile(r"[^\W\d_]{2,}")
_MARKUP = re.compile(r"<[^>]{1,200}>|\{[^}]{0,200}\}|&[a-z]+;")


@cache
def _identifier() -> langid.LanguageIdentifier:
    return langid.LanguageIdentifier.from_modelpath(langid.MODEL_DIR / langid.MODEL_FILE, norm_probs=True)


def detect_language(text: str, declared: str | None = None) -> tuple[str | None, str | None]:
    """(language, warning): a supported language to extract in, or None with the reason why not."""
    sample = " ".join(_WORD.findall(_MARKUP.sub(" ", text[:SAMPLE_CHARS])))
    if not sample:
        return None, "no words in the text: nothing to extract"
    detected, confidence = _identifier().classify(sample)
    if detected in SUPPORTED_LANGUAGES and (confidence >= CONFIDENT or detected == declared):
        return detected, None
    if declared in SUPPORTED_LANGUAGES and confidence < CONFIDENT:
        return declared, None
    if confidence >= CONFIDENT:
        return (
            None,
            f"language {detected!r} is not supported (only {', '.join(SUPPORTED_LANGUAGES)}): no claims extracted",
        )
    return None, "language could not be identified: no claims extracted"


def is_prose_sentence(sentence: str) -> bool:
    """A sentence of words: mostly letters, at least five words, few digits and symbols."""
    words = _WORD.findall(sentence)
    if len(words) < 5:
        return False
    letters = sum(map(str.isalpha, sentence))
    return letters >= 0.6 * len(sentence.strip()) and not _MARKUP.search(sentence)


def readability_warning(sentences: list[str]) -> str | None:
    """A warning when the text holds no prose sentence (a table, numbers, markup)."""
    prose = 0
    for sentence in sentences:
        prose += is_prose_sentence(sentence)
        if prose >= MIN_PROSE_SENTENCES:
            return None  # enough: the rest need not be looked at
    return "no prose sentences in the text (a table, a list of numbers or markup?): no claims extracted"
