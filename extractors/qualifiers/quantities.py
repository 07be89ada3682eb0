"""Figures as numbers: "6,5 à 8 millions d'obus" is 6 500 000 to 8 000 000 shells, "more than 1,000
containers" a minimum of 1 000, "trois rotations mensuelles" 3 a month, "des millions" at least 2 000 000.

Read from a parsed sentence; the words come from `data/lexicon/quantities.yaml`.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, replace
from functools import cache

from spacy.tokens import Doc, Token

from extractors.lexicon import function_words, lexicon
from extractors.nlp import text_of

_DIGITS = re.compile(r"^\$?(\d+(?:[.,]\d+)*)$")
_YEAR = re.compile(r"^(19[5-9]\d|20[0-4]\d)$")
NUMBER_SUFFIXES = function_words("number_suffixes")  # "200-plus", "200-odd": about the figure, not a measure
CALIBRES = function_words("calibres")
POSSESSIVE_MARKS = {"'s", "'", "’s", "’"}
ARTICLES_AND_ONE = function_words("indefinite_articles") | function_words("one_words")  # "a", "un", "one"
ARTICLES_AND_SINGLE = function_words("indefinite_articles") | function_words("single_words")  # "a", "seul"
CALIBRES |= {"millimètres"}


@dataclass(frozen=True)
class Figure:
    """A figure in a sentence: its range, unit and rate, and the tokens it covers (unit included)."""

    min: float | None
    max: float | None
    unit: str | None
    per: str | None
    token_start: int
    token_end: int
    unit_token: int | None = None


@cache
def _tables() -> dict:
    data = lexicon("quantities")
    units = {str(w).lower(): unit for unit, words in data["units"].items() for w in words}
    # "more than", "au moins" ... right before a figure; one pattern per kind of comparison
    comparators = {
        kind: re.compile(rf"(?<![\w'])(?:{'|'.join(re.escape(str(w)) for w in words)})\s*$")
        for kind, words in data["comparators"].items()
        if words
    }
    # "a month", "par an" ... within a few words after a figure, the longest phrase first
    rates = {str(w): per for per, words in data["rates"].items() for w in words}
    each = {str(w): per for per, words in data["rates_before"].items() for w in words}
    return {
        "numbers": {str(k): v for k, v in data["number_words"].items()},
        "scales": {str(k): v for k, v in data["scales"].items()},
        "vague": sorted(((str(k), v) for k, v in data["vague"].items()), key=lambda kv: -len(kv[0])),
        "vague_starts": {str(k).split()[0] for k in data["vague"]},
        "units": units,
        "comparators": comparators,
        "rates": [
            (re.compile(rf"^\s*(?:[\w'-]+\s+){{0,4}}?{re.escape(phrase)}(?![\w])"), per)
            for phrase, per in sorted(rates.items(), key=lambda kv: -len(kv[0]))
        ],
        # "livre chaque mois des dizaines de drones": "each month" right before the figure (its article apart)
        "rates_before": [(re.compile(rf"(?<![\w']){re.escape(phrase)}\s*$"), per) for phrase, per in each.items()],
    }


def parse_number(text: str, language: str) -> float | None:
    """A written number as a float: "10,000" (en), "6,5" (fr), "1.1", "$16.2"; "11.100" is 11 100 (no one
    writes a decimal's trailing zero in a figure of prose)."""
    match = _DIGITS.match(text.strip())
    if not match:
        return None
    digits = match.group(1)
    if language == "fr":
        digits = digits.replace(".", "") if re.fullmatch(r"\d{1,3}(\.\d{3})+", digits) else digits
        return float(digits.replace(",", "."))
    if re.fullmatch(r"\d{1,3}(,\d{3})+(\.\d+)?", digits):
        digits = digits.replace(",", "")
    if re.fullmatch(r"[1-9]\d{0,2}(\.\d{3}){2,}|[1-9]\d{0,2}\.\d\d0", digits):
        digits = digits.replace(".", "")  # "1.000.000", "$11.100 million": points that group thousands
    return float(digits.replace(",", "."))


def _is_date_part(doc: Doc, i: int) -> bool:
    from extractors.qualifiers.times import _vocabulary

    months = _vocabulary()["months"]
    if not doc[i].text[:1].isdigit():
        return False  # days are written in digits: "en mars six hélicoptères" counts six of them
    near = [doc[j].lower_.rstrip(".") for j in (i - 1, i + 1) if 0 <= j < len(doc)]
    return any(word in months for word in near)


def _number_at(doc: Doc, i: int, language: str) -> tuple[float, int] | None:
    """The number starting at token i (digits, grouped digits or a number word), and where it ends."""
    token, tables = doc[i], _tables()
    value = parse_number(token.text, language)
    end = i + 1
    if value is not None:
        while _next_group(doc, end):  # "330 000 obus"; not "330,000 155-mm shells"
            value = value * 1000 + float(doc[end].text)
            end += 1
    elif token.lower_ in tables["numbers"] and token.lower_ not in ARTICLES_AND_SINGLE:
        value = float(tables["numbers"][token.lower_])
    elif (token.lower_ in ARTICLES_AND_ONE and i + 1 < len(doc) and doc[i + 1].lower_ in tables["scales"]) or (
        token.lower_ in function_words("one_words") and i > 0 and doc[i - 1].lower_ in function_words("only_words")
    ):
        value = 1.0
    elif (
        token.lower_ in function_words("indefinite_articles")
        and i + 1 < len(doc)
        and doc[i + 1].lower_ in function_words("single_words")
    ):
        value, end = 1.0, i + 2  # "un seul navire", "a single ship"
    if value is None:
        return None
    while end < len(doc) and doc[end].lower_ in tables["scales"]:
        value = round(value * tables["scales"][doc[end].lower_], 6)  # "$4.1 million": 4100000, not 4099999.99...
        end += 1
    return value, end


def _next_group(doc: Doc, end: int) -> bool:
    """Whether the token at `end` is the next group of three digits of a number written with spaces
    ("330 000"), not a second number ("330,000 155-mm shells", "12 155 mm")."""
    if end >= len(doc) or not re.fullmatch(r"\d{3}", doc[end].text) or not doc[end - 1].whitespace_:
        return False
    calibre = end + 1 < len(doc) and doc[end + 1].lower_.strip("-") in CALIBRES
    return bool(re.fullmatch(r"\d{1,3}", doc[end - 1].text)) and not calibre


def _preceding_text(doc: Doc, i: int, chars: int = 30) -> str:
    """The text before a figure, without a currency sign ("more than $60 billion")."""
    return text_of(doc)[max(0, doc[i].idx - chars) : doc[i].idx].lower().rstrip().rstrip("$€£").rstrip() + " "


def _comparator(doc: Doc, i: int) -> str | None:
    if i > 1 and doc[i - 2].lemma_.lower() in lexicon("quantities")["particle_verbs"].get(doc[i - 1].lower_, ()):
        return None  # "handed over 60 tanks": the verb's particle, no comparison
    before = _preceding_text(doc, i)
    for kind, pattern in _tables()["comparators"].items():
        if pattern.search(before):
            return kind
    return None


def _vague_at(doc: Doc, i: int) -> tuple[float, int] | None:
    if doc[i].lower_ not in _tables()["vague_starts"]:
        return None
    rest = text_of(doc)[doc[i].idx : doc[i].idx + 40].lower()
    for phrase, value in _tables()["vague"]:
        if rest.startswith(phrase):
            end_char = doc[i].idx + len(phrase)
            end = i
            while end < len(doc) and doc[end].idx < end_char:
                end += 1
            return float(value), end
    return None


TIME_OPENERS = function_words("time_openers")
UNIT_REACH = 8  # tokens after a figure where its unit may stand ("two Russian-made Su-24 jets")


def _unit_after(doc: Doc, start: int) -> tuple[str | None, int | None, int]:
    """The unit after a figure: the head noun of the phrase that follows ("18 additional rocket systems"
    -> system), past "of"/"de"; returns (unit, its token, end of the phrase)."""
    i = start + 1 if start < len(doc) and doc[start].lower_ in function_words("of_markers") else start
    while i < len(doc) and i > start and doc[i].lower_ in function_words("plural_determiners_of_items"):
        i += 1  # "2,000 of the drones"
    head: int | None = None
    name: int | None = None  # "24 Rafale": a system's name may be all the unit there is
    while i < len(doc) and i - start < UNIT_REACH:
        token = doc[i]
        joined = token.text == "-" and (head is not None or _measures_the_unit(doc, i))  # "14,000 2,000-pound bombs"
        if token.lower_ in POSSESSIVE_MARKS and head is not None:
            head, i = None, i + 1  # "one of Azerbaijan's suppliers": the possessor is no unit
            continue
        if (token.is_punct or token.is_quote) and not joined:
            break
        if (token.is_currency or token.pos_ == "SYM") and head is not None:
            break  # "40 howitzers worth $300 million": the next figure's sign
        if head is not None and (token.lower_ in TIME_OPENERS or token.ent_type_ == "DATE"):
            break  # "four frigates last week": a date after the unit
        a_noun = head is not None and (doc[head].pos_ == "NOUN" or doc[head].lower_ in _tables()["units"])
        if a_noun and doc.lang_ == "fr" and not (token.text == "-" or _hyphenated(doc, i)):
            break  # "des camions militaires", "drones Shahed": in French what qualifies the unit comes after it
        clause = token.head.head.i == head or token.head.dep_ in {"relcl", "acl", "acl:relcl"}
        if a_noun and token.dep_.startswith("nsubj") and clause and token.head.i != head:
            break  # "twelve helicopters Russia will deliver": the subject of a clause on the unit (or its count)
        if a_noun and token.dep_ == "appos" and token.head.i == head and doc[i - 1].i == head:
            break  # "42 Rafale fighters Indonesia ordered", parsed with the clause's subject in apposition
        if token.pos_ in {"NOUN", "PROPN"} or token.lower_ in _tables()["units"]:
            head = i
        elif not (token.pos_ in {"ADJ", "NUM"} or token.text == "-" or _hyphenated(doc, i) or _a_name(token)):
            break
        name = i if name is None and _a_name(token) else name
        i += 1
    head = head if head is not None else name
    if head is None:
        return None, None, start
    compound = doc[head - 2 : head + 1].text.lower() if _hyphenated(doc, head) and head > 1 else ""
    unit = _tables()["units"].get(compound) or _unit_name(doc[head])  # "82 lance-roquettes"
    return str(unit), head, head + 1


def counted_by_name(figures: list[Figure], doc: Doc, systems: list[tuple[int, int, str]]) -> list[Figure]:
    """The figures whose unit is a named system's name, or the word after it ("24 Rafale", "12 Eurofighter
    Typhoon", "26 Rafale Marine"), counted in the unit of the system's kind (`systems`: each named system's
    tokens and item category)."""
    units, named = lexicon("quantities")["system_units"], _tables()["units"]
    found = []
    for figure in figures:
        token = figure.unit_token
        kind = next((c for s, e, c in systems if token is not None and s <= token <= e), None)
        if token is None or kind not in units or doc[token].lower_ in named or token > _name_end(doc, systems, token):
            found.append(figure)
        else:
            found.append(replace(figure, unit=str(units[kind])))
    return found


def _name_end(doc: Doc, systems: list[tuple[int, int, str]], token: int) -> int:
    """The last token of the name a unit stands in: the system's, and a capitalised word after it."""
    end = next(e for s, e, _ in systems if s <= token <= e)
    return end if end < len(doc) and doc[end].is_title else end - 1


def _measures_the_unit(doc: Doc, end: int) -> bool:
    """A number joined by a hyphen to the word after it ("2,000-pound"), but not "200-plus", "200-odd"."""
    after = doc[end + 1] if end + 1 < len(doc) else None
    return (
        doc[end].text == "-"
        and doc[end - 1].like_num
        and after is not None
        and after.is_alpha
        and after.lower_ not in NUMBER_SUFFIXES
    )


def _a_name(token: Token) -> bool:
    """ "2,400 Shahed drones", "64 T-90S tanks": a capitalised name or a model's designation before the
    unit, however the tagger read it."""
    text = token.text
    model = text[:1].isupper() and any(c.isdigit() for c in text) and any(c.isalpha() for c in text)
    return token.i > 0 and ((token.is_title and token.is_alpha) or model)


def _hyphenated(doc: Doc, i: int) -> bool:
    """ "Russian-made", "Iranian-built": the second half of a compound adjective."""
    return i > 0 and doc[i - 1].text == "-"


def _unit_name(token: Token) -> str:
    units = _tables()["units"]
    if token.lower_ in units:
        return str(units[token.lower_])
    if token.text.isupper() and len(token.text) > 2:
        return "system"
    return token.lemma_.lower() if token.doc.lang_ == "en" else token.lower_


CURRENCIES = {"dollar", "euro", "sterling"}


def _currency_before(doc: Doc, i: int) -> str | None:
    """The currency of a sign before a figure: "$60 billion", "€800 million", "£2.5 billion"."""
    if doc[i].text.startswith("$"):
        return "dollar"
    unit = _tables()["units"].get(doc[i - 1].lower_) if i > 0 else None
    return str(unit) if unit in CURRENCIES else None


def _rate(doc: Doc, end: int) -> str | None:
    after = text_of(doc)[doc[end - 1].idx + len(doc[end - 1]) : doc[end - 1].idx + 60].lower() if end else ""
    for pattern, per in _tables()["rates"]:
        if pattern.match(after):
            return per
    return None


def _rate_before(doc: Doc, start: int) -> str | None:
    first = start - 1 if start > 0 and doc[start - 1].pos_ == "DET" else start  # "chaque mois des dizaines"
    before = text_of(doc)[max(0, doc[first].idx - 30) : doc[first].idx].lower()
    return next((per for pattern, per in _tables()["rates_before"] if pattern.search(before)), None)


def read_figures(doc: Doc, language: str, designations: Collection[int] = ()) -> list[Figure]:
    """Every figure of a parsed sentence, in order; none from the numbers of a model's name (the tokens
    `designations`, see `extractors.qualifiers.designations`: "Panzerhaubitze 2000 howitzers")."""
    figures: list[Figure] = []
    following = 0  # where the next figure may start: after the last one
    for i in _possible_starts(doc):
        if i < following or i in designations:
            continue
        figure = _figure_at(doc, i, language)
        if figure is not None:
            figures.append(figure)
            following = max(figure.token_end, i + 1)
    return figures


@cache
def _starting_words() -> frozenset[str]:
    """The words a figure can start with besides digits: a vague amount's first word, a number word, an article."""
    tables = _tables()
    return frozenset(tables["vague_starts"]) | frozenset(tables["numbers"]) | ARTICLES_AND_ONE


def _possible_starts(doc: Doc) -> list[int]:
    """The tokens `_figure_at` may read a figure from (digits, or a word of `_starting_words`): the
    others, most of a sentence, need not be looked at."""
    words = _starting_words()
    return [t.i for t in doc if t.lower_ in words or _DIGITS.match(t.text.strip())]


def _figure_at(doc: Doc, i: int, language: str) -> Figure | None:
    vague = _vague_at(doc, i)
    number = None if vague else _number_at(doc, i, language)
    if vague is None and number is None:
        return None
    if number and (_is_date_part(doc, i) or (_YEAR.match(doc[i].text) and not _unit_follows(doc, number[1]))):
        return None
    if number and number[1] < len(doc) and doc[number[1]].lower_.strip("-") in CALIBRES:
        return None  # "122mm rocket launchers", "obus de 155 millimètres": a calibre, not a count
    if number and _measures_the_unit(doc, number[1]):
        return None  # "2,000-pound bombs", "a 41-day airlift": a compound adjective, not a count
    low, end = vague or number  # type: ignore[misc]
    high: float | None = low
    if vague:
        high = None
    else:
        high, end = _range_end(doc, end, low, language)
        low, high = _scaled_range(doc, i, end, low, high)
    comparator = _comparator(doc, i) if high == low or vague else None
    if comparator == "at_least" or vague:
        high = None
    elif comparator == "at_most":
        low = None
    unit, unit_token, unit_end = _unit_after(doc, end)
    currency = _currency_before(doc, i)
    if currency is None and unit_token is not None and doc[unit_token].lower_ in _time_units():
        return None  # "il y a plus de vingt ans", "for three years": a length of time, not a count
    unit = currency or unit
    return Figure(
        min=low,
        max=high,
        unit=unit,
        per=_rate(doc, max(unit_end, end)) or _rate_before(doc, i),
        token_start=i,
        token_end=max(unit_end, end),
        unit_token=unit_token,
    )


@cache
def _time_units() -> frozenset[str]:
    return frozenset(lexicon("times")["units"])


def _unit_follows(doc: Doc, end: int) -> bool:
    return end < len(doc) and doc[end].lower_ in _tables()["units"]


def _range_end(doc: Doc, end: int, low: float, language: str) -> tuple[float, int]:
    """ "6,5 à 8 millions", "10,000 to 12,000", "10,000-12,000": the upper end of a range."""
    if end + 1 < len(doc) and doc[end].lower_ in {"to", "à", "-", "–", "and", "et"}:
        upper = _number_at(doc, end + 1, language)
        if upper and upper[0] >= low:
            return upper[0], upper[1]
    return low, end


def _scaled_range(doc: Doc, start: int, end: int, low: float, high: float | None) -> tuple[float, float | None]:
    """ "6,5 à 8 millions": the scale after the upper end applies to the lower end too."""
    if high is not None and high > low * 100 and low < 1000:
        scale = high / (parse_number(doc[end - 2].text, doc.lang_) or high) if end - 2 >= start else 1
        if scale > 1 and low * scale <= high:
            return round(low * scale, 6), high
    return low, high
