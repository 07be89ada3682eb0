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
# How much likelier than a language the identifier's best guess must be to rule that language out.
# On short texts (a headline, a sentence) the guess is often an obscure language close to English or
# French (Nigerian Pidgin, Tagalog, Walloon) while English or French is a close second: measured on
# one-sentence news items, English and French came within a factor of 6 of the best guess, while
# German, Spanish, Italian, Dutch and Portuguese sentences of 7 words or more were 16 to 10^7 times
# likelier than either.
RULED_OUT = 10.0
SAMPLE_CHARS = 2000  # about 300 words: the identifier is as sure of the language, in half the time of 5000
MIN_PROSE_SENTENCES = 1
_WORD = re.compile(r"[^\W\d_]{2,}")
_MARKUP = re.compile(r"<[^>]{1,200}>|\{[^}]{0,200}\}|&[a-z]+;")


@cache
def _identifier() -> langid.LanguageIdentifier:
    return langid.LanguageIdentifier.from_modelpath(langid.MODEL_DIR / langid.MODEL_FILE, norm_probs=True)


def detect_language(text: str, declared: str | None = None) -> tuple[str | None, str | None]:
    """(language, warning): a supported language to extract in, or None with the reason why not.

    A declared language (the article's, or the caller's) holds unless the text is clearly in another
    one (`_clearly_not`). Otherwise the text is read in the supported language the identifier finds
    likeliest, unless the identifier's best guess, a language without a pipeline, rules it out: short
    texts are seldom identified with confidence, but an English or French one is never far from the
    best guess, and a German or Spanish one is far ahead of English and French."""
    sample = " ".join(_WORD.findall(_MARKUP.sub(" ", text[:SAMPLE_CHARS])))
    if not sample:
        return None, "no words in the text: nothing to extract"
    odds = dict(_identifier().rank(sample))
    guess = max(odds, key=lambda language: odds[language])
    if declared is not None and not _clearly_not(declared, guess, odds):
        return (declared, None) if declared in SUPPORTED_LANGUAGES else (None, _unsupported(declared))
    likeliest = max(SUPPORTED_LANGUAGES, key=lambda language: odds[language])
    if odds[guess] < RULED_OUT * odds[likeliest]:
        return likeliest, None
    return None, _unsupported(guess)


def _clearly_not(declared: str, guess: str, odds: dict[str, float]) -> bool:
    """Whether the text is clearly not in the declared language (a web page's metadata may be wrong): the
    identifier's best guess rules it out, as it rules out a supported language for an undeclared text."""
    return guess != declared and odds[guess] >= RULED_OUT * odds.get(declared, 0.0)


def _unsupported(language: str) -> str:
    return f"language {language!r} is not supported (only {', '.join(SUPPORTED_LANGUAGES)}): no claims extracted"


def is_prose_sentence(sentence: str) -> bool:
    """A sentence of words: mostly letters (of its characters other than spaces), at least five words (three
    when it ends as a sentence does: "Iran armed the Houthis."), few digits and symbols."""
    words = _WORD.findall(sentence)
    if len(words) < (3 if sentence.rstrip().endswith((".", "!", "?")) else 5):
        return False
    letters = sum(map(str.isalpha, sentence))
    return letters >= 0.6 * len("".join(sentence.split())) and not _MARKUP.search(sentence)


def readability_warning(sentences: list[str]) -> str | None:
    """A warning when the text holds no prose sentence (a table, numbers, markup)."""
    prose = 0
    for sentence in sentences:
        prose += is_prose_sentence(sentence)
        if prose >= MIN_PROSE_SENTENCES:
            return None  # enough: the rest need not be looked at
    return "no prose sentences in the text (a table, a list of numbers or markup?): no claims extracted"
