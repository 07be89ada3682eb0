"""Synthetic sources: when each is published, and its text around the statements it makes."""

from __future__ import annotations

import bisect
import itertools
import random
from dataclasses import dataclass, field
from datetime import date

from .words import words
from .world import Entity
from .writing import Statement, Writing

W = words()
YEAR_WEIGHTS: dict[int, int] = W["year_weights"]
YEARS = list(YEAR_WEIGHTS)
YEARS_CUMULATIVE = list(itertools.accumulate(YEAR_WEIGHTS.values()))
LAST_DAY: int = W["last_day"].toordinal()
FILLER: dict[str, list[str]] = W["filler"]  # language: sentences


@dataclass
class Article:
    """One synthetic source: its number, language, date and outlet, and the statements it makes."""

    number: int
    lang: str
    day: int
    publisher: Entity
    author: str | None
    writing: Writing
    statements: list[Statement] = field(default_factory=list)

    @property
    def id(self) -> str:
        return f"synthetic-{self.number}"


def publication_day(number: int, total: int) -> int:
    """Sources in publication order, denser in the years the reporting is dense (`year_weights`)."""
    position = (number + 0.5) / total * YEARS_CUMULATIVE[-1]
    index = bisect.bisect(YEARS_CUMULATIVE, position)
    year = YEARS[index]
    into_year = (position - (YEARS_CUMULATIVE[index - 1] if index else 0)) / YEAR_WEIGHTS[year]
    first, last = date(year, 1, 1).toordinal(), min(date(year, 12, 31).toordinal(), LAST_DAY)
    return first + int(into_year * (last - first))


def article_text(article: Article, rng: random.Random) -> tuple[str, list[tuple[Statement, int]]]:
    """The article's text: its statements in sentences, with filler between; and where each quote starts."""
    fillers = FILLER[article.lang]
    pieces = [rng.choice(fillers)]
    position = len(pieces[0])
    starts = []
    for index, s in enumerate(article.statements):
        gap = "\n\n" if index % 4 == 3 else " "
        pieces.append(gap + s.prefix)
        position += len(gap) + len(s.prefix)
        starts.append((s, position))
        pieces.append(s.quote + s.suffix)
        position += len(s.quote) + len(s.suffix)
        if rng.random() < 0.3:
            filler = " " + rng.choice(fillers)
            pieces.append(filler)
            position += len(filler)
    return "".join(pieces), starts
