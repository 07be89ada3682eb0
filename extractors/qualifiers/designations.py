"""Numbers that are not years: those of a model's name and those that count materiel.

"Germany delivered Panzerhaubitze 2000 howitzers", "India ordered Mirage 2000 jets", "the Mirage
2000-5", "Ukraine received 2000 shells": a four-digit number is a year in a temporal context ("in
2000", "since 2022", "the 2024 treaty", "janvier 2024"), not when it is part of a name or counts what
it is said of. Decided on the parsed sentence and on what it names, never on a list of models:

- a number inside a materiel mention is part of its name ("Mirage 2000-5", "Shahed 136", "155 mm
  shells");
- a year-like number right after a capitalised word that is neither a function word, a word of
  time, nor part of a named entity is part of a name ("PzH 2000", "Leclerc 2000");
- a year-like number with a hyphenated suffix that is no year's ("2000-5", "2000-D") names a model;
- a year-like number that counts materiel (materiel mentions follow it, one in the plural: "2000
  shells", "2000 Kornet missiles") is a count, unless a word of time stands right before it.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc, Token

from extractors.entities import ItemMention, Mention
from extractors.lexicon import lexicon

YEAR = re.compile(r"^(?:19[5-9]\d|20[0-4]\d)$")
FUNCTION_POS = frozenset({"ADP", "SCONJ", "CCONJ", "DET", "PRON", "PART", "AUX", "ADV", "NUM", "PUNCT", "SYM"})
_SUFFIX = re.compile(r"^(?:\d|[A-Z][A-Za-z0-9]*)$")  # "2000-5", "2000-D"; not "2022-23", "2022-era"
_GLUED = re.compile(r"^(?:19[5-9]\d|20[0-4]\d)-(?:\d|[A-Z][A-Za-z0-9]*)$")  # the same, one token


@cache
def _time_words() -> re.Pattern[str]:
    """The words of time that, right before a number, make it a year: `year_words`, the interval
    markers (since, avant ...), months, seasons and their modifiers (fin, early ...)."""
    data = lexicon("times")
    found = [*data["year_words"], *data["past"], *data["within_month"], *data["seasons"]]
    found += [w for name in ("start", "end", "before", "after") for w in data["markers"][name]]
    found += [w for names in data["months"].values() for w in names]
    alternation = "|".join(re.escape(str(w)) for w in sorted(found, key=lambda w: -len(str(w))))
    return re.compile(rf"(?<![\w'])(?:{alternation})[\s-]+$")


def not_years(doc: Doc, names: frozenset[int], items: list[ItemMention]) -> frozenset[int]:
    """The tokens of a parsed sentence that look like years and are not: part of a name (`names`, from
    `designations`), or a count."""
    return frozenset(t.i for t in doc if t.i in names or (YEAR.match(t.text) and _counts(t, items)))


def designations(doc: Doc, mentions: list[Mention], items: list[ItemMention]) -> frozenset[int]:
    """The number tokens of a parsed sentence that are part of a name: neither a date nor a figure (the
    suffix of "2000-5" included)."""
    inside = {i for item in items for i in range(item.token_start, item.token_end)}
    named = {i for mention in mentions for i in range(mention.token_start, mention.token_end)}
    found = set()
    for token in doc:
        if _GLUED.match(token.text):  # "2000-D" as one token
            found.add(token.i)
        if not YEAR.match(token.text) and not (token.like_num and token.i in inside):
            continue
        if token.i in inside or _after_name(token, named):
            found.add(token.i)
        if _before_suffix(token):
            found |= {token.i, token.i + 2}
    return frozenset(found)


def _after_name(number: Token, named: set[int]) -> bool:
    """ "PzH 2000": right after a capitalised word that is not a function word, a word of time or part of
    a named entity (a state, a person ...)."""
    if number.i == 0:
        return False
    word = number.doc[number.i - 1]
    if word.whitespace_ != " " or not any(c.isupper() for c in word.text) or not word.text[:1].isalpha():
        return False
    return word.pos_ not in FUNCTION_POS and word.i not in named and not _after_time_word(number)


def _before_suffix(number: Token) -> bool:
    """ "2000-5": a hyphen and a model's suffix right after the number (not a year's: "2022-23")."""
    doc, i = number.doc, number.i
    if i + 2 >= len(doc) or number.whitespace_ or doc[i + 1].text != "-" or doc[i + 1].whitespace_:
        return False
    return _SUFFIX.match(doc[i + 2].text) is not None


def _counts(number: Token, items: list[ItemMention]) -> bool:
    """ "2000 shells", "2000 Kornet missiles", "2000 obus": materiel mentions follow the number, one of them
    in the plural, and no word of time stands before it ("in 2000 shells were ..." is a year). Read on
    the neighbouring tokens: the French model parses "2000 obus" as a date and an adjective."""
    following, end = [], number.i + 1
    for item in sorted(items, key=lambda item: item.token_start):
        if item.token_start == end:
            following += list(range(item.token_start, item.token_end))
            end = item.token_end
    doc = number.doc
    plural = any("Plur" in doc[i].morph.get("Number", default=[]) or doc[i].tag_ in {"NNS", "NNPS"} for i in following)
    return plural and not _after_time_word(number)


def _after_time_word(number: Token) -> bool:
    """Whether a word of time (`_time_words`) stands right before the number: "in 2000", "Fin 2023"."""
    before = number.doc[max(0, number.i - 4) : number.i].text_with_ws.lower()
    return _time_words().search(before) is not None
