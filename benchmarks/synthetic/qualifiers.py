"""The qualifiers of a claim as drawn: its item, a figure, a rate, a period."""

from __future__ import annotations

import math
import random
from datetime import date
from typing import Any

from graph.ontology import ontology

from .words import Weighted, words

W = words()
ITEMS: dict[str, list[Any]] = W["items"]  # item: English, French, unit, weight
RATES = list(W["rates"])
FIRST_DAY: int = W["first_day"].toordinal()


def item_draw() -> Weighted:
    """Item categories of the ontology, weighted as the reporting names them (a new category gets weight 1)."""
    return Weighted([(item, ITEMS[item][3] if item in ITEMS else 1) for item in ontology().item_categories])


def figure(rng: random.Random, low: float, high: float) -> float:
    """A round figure, log-uniform between low and high, to two significant digits."""
    value = 10 ** rng.uniform(math.log10(low), math.log10(high))
    scale = 10 ** max(0, int(math.log10(value)) - 1)
    return float(round(value / scale) * scale)


def quantity(rng: random.Random, item: str) -> dict[str, Any] | None:
    """A figure for 40% of transfers: at least, up to, a range or exact; sometimes a rate."""
    if rng.random() >= 0.4:
        return None
    unit = ITEMS[item][2] if item in ITEMS else "container"
    low, high = (1e5, 1e9) if unit == "USD" else (10, 1e6)
    a, b = sorted((figure(rng, low, high), figure(rng, low, high)))
    shape = rng.random()
    lower, upper = (a, None) if shape < 0.5 else (None, b) if shape < 0.65 else (a, b) if shape < 0.85 else (a, a)
    per = rng.choice(RATES) if rng.random() < 0.15 else None
    return {"min": lower, "max": upper, "unit": unit, "per": per}


def count(rng: random.Random) -> dict[str, Any]:
    """A count of vessels, sometimes a month."""
    return {"min": figure(rng, 2, 200), "max": None, "unit": None, "per": rng.choice([None, "month"])}


def partial_date(day: int, granularity: int) -> str:
    """A day (ordinal) as a partial ISO date of 4, 7 or 10 characters."""
    return date.fromordinal(day).isoformat()[:granularity]


def time_span(rng: random.Random, before: int) -> dict[str, str | None] | None:
    """A period that ends before `before` (a day ordinal) for 75% of claims: a start, an end, or both."""
    if rng.random() >= 0.75:
        return None
    granularity = rng.choice((4, 7, 7, 10))
    start = max(FIRST_DAY, before - int(rng.expovariate(1 / 200)) - 1)
    end = min(before, start + int(rng.expovariate(1 / 120)))
    shape = rng.random()
    if shape < 0.55:
        return {"start": partial_date(start, granularity), "end": None}
    if shape < 0.6:
        return {"start": None, "end": partial_date(end, granularity)}
    return {"start": partial_date(start, granularity), "end": partial_date(end, granularity)}
