"""Pieces of a statement's words in English or French: figures, dates, periods, amounts of an item."""

from __future__ import annotations

import functools
from typing import Any

from .words import words

W = words()
ITEMS: dict[str, list[Any]] = W["items"]  # item: English, French, unit, weight
CONTAINER_UNITS: dict[str, list[str]] = W["container_units"]
RATES: dict[str, list[str]] = W["rates"]
MONTHS: dict[str, list[str]] = W["months"]
VOWELS = "aeiouéè"  # a French word starting with one elides "de" to "d'"


def number(value: float, lang: str) -> str:
    text = f"{int(value):,}"
    return text.replace(",", " ") if lang == "fr" else text


def date_words(partial: str, lang: str) -> str:
    """ "2023-08" -> "August 2023" / "août 2023"."""
    if len(partial) == 4:
        return partial
    month = MONTHS[lang][int(partial[5:7]) - 1]
    if len(partial) == 7:
        return f"{month} {partial[:4]}"
    day = int(partial[8:10])
    return f"{day} {month} {partial[:4]}"


def time_words(span: dict[str, str | None] | None, lang: str) -> str:
    """ " in August 2023", " between 2022 and 2024", " depuis mars 2023"; "" without a time."""
    return period_words(span["start"], span["end"], lang) if span else ""


@functools.lru_cache(maxsize=65_536)
def period_words(start: str | None, end: str | None, lang: str) -> str:
    fr = lang == "fr"
    if start and end and start != end:
        return (
            f" entre {date_words(start, lang)} et {date_words(end, lang)}"
            if fr
            else f" between {date_words(start, lang)} and {date_words(end, lang)}"
        )
    if start and end:
        return f" en {date_words(start, lang)}" if fr else f" in {date_words(start, lang)}"
    if start:
        return f" depuis {date_words(start, lang)}" if fr else f" since {date_words(start, lang)}"
    return f" jusqu'en {date_words(end or '', lang)}" if fr else f" until {date_words(end or '', lang)}"


def figure_words(lower: float | None, upper: float | None, lang: str) -> str:
    """ "at least 1,000", "up to 500", "between 10 and 20", "40" / "au moins 1 000", ..."""
    fr = lang == "fr"
    if lower is not None and upper is not None and lower != upper:
        return (
            f"entre {number(lower, lang)} et {number(upper, lang)}"
            if fr
            else f"between {number(lower, lang)} and {number(upper, lang)}"
        )
    if lower is not None:
        return ("au moins " if fr else "at least ") + number(lower, lang) if upper is None else number(lower, lang)
    return ("jusqu'à " if fr else "up to ") + number(upper or 0, lang)


def amount_words(q: dict[str, Any], item: str, lang: str) -> str:
    """ "at least 1,000 containers of artillery shells" / "au moins 1 000 conteneurs d'obus d'artillerie"."""
    en, fr, _, _ = ITEMS.get(item, (item.replace("_", " "), item.replace("_", " "), "container", 1))
    phrase = fr if lang == "fr" else en
    quantity = q.get("quantity")
    if not quantity:
        return phrase
    figure = figure_words(quantity["min"], quantity["max"], lang)
    container = CONTAINER_UNITS.get(quantity["unit"])
    if container:
        words = container[1] if lang == "fr" else container[0]
        if lang == "fr" and phrase[0] in VOWELS:
            words = words[:-3] + " d'"
            return f"{figure} {words}{phrase}"
        return f"{figure} {words} {phrase}"
    rate = RATES.get(quantity["per"] or "", ("", ""))
    return f"{figure} {phrase}{rate[1] if lang == 'fr' else rate[0]}"
