"""The generator: sources in publication order, part by part, each with the claims its articles state."""

from __future__ import annotations

import gc
import random
from collections.abc import Callable, Iterator
from typing import Any

from graph.store.base import Row
from graph.store.bulk import Bulk

from .articles import Article, publication_day
from .claims import Claim, ClaimMaker, claim_id
from .rows import PartBuilder, entity_part
from .words import Weighted, words
from .world import Entity, World
from .writing import Writing, statement

SOURCES_PER_CLAIM = 0.1
SOURCES_PER_PART = 1_000
NEARBY = 30  # a claim's other statements come from the 30 sources published before or after its first
EVIDENCE_DRAW = Weighted.of(words()["evidence_counts"])


class Generator:
    """Makes a graph part by part; remembers the claim ids drawn so far and the entities mentioned."""

    def __init__(self, claims: int, seed: int, sources: int | None) -> None:
        self.claims = claims
        self.sources = max(1, sources if sources is not None else int(claims * SOURCES_PER_CLAIM))
        self.rng = random.Random(seed)
        self.world = World.build(self.rng)
        self.maker = ClaimMaker(self.world, self.rng)
        self.claim_ids: set[str] = set()
        self.mentioned: dict[str, Entity] = {}
        self.flows: dict[str, Row] = {}
        self.months: dict[str, int] = {}  # transfer claims per month

    def parts(self) -> Iterator[Bulk]:
        for first in range(0, self.sources, SOURCES_PER_PART):
            last = min(first + SOURCES_PER_PART, self.sources)
            yield without_gc(self.part, first, last)
        yield entity_part(sorted(self.mentioned.values(), key=lambda e: e.id), self.flows, self.months)

    def part(self, first: int, last: int) -> Bulk:
        """Sources [first, last) and the claims they state (the part's share of all claims)."""
        rng, builder = self.rng, PartBuilder(self.flows, self.months)
        articles = [self.article(n) for n in range(first, last)]
        for _ in range(self.claims * last // self.sources - self.claims * first // self.sources):
            stated_in = self.stated_in(articles)
            claim = self.new_claim(min(a.day for a in stated_in))
            builder.add_claim(claim)
            for article in stated_in:
                article.statements.append(statement(claim, article.writing, self.world))
        for article in articles:
            builder.add_article(article, rng)
            for entity in article.writing.mentions:
                self.mentioned.setdefault(entity.id, entity)
        return builder.bulk

    def stated_in(self, articles: list[Article]) -> list[Article]:
        """The 1 to 5 articles stating a claim: one of the part's, and others published about the same time."""
        rng, count = self.rng, len(articles)
        first = int(rng.random() * count)
        chosen = {first}
        wanted = min(EVIDENCE_DRAW.pick(rng), count)
        while len(chosen) < wanted:
            chosen.add(min(count - 1, max(0, first + int(rng.random() * (2 * NEARBY + 1)) - NEARBY)))
        return [articles[i] for i in chosen]

    def article(self, n: int) -> Article:
        rng = self.rng
        lang = "fr" if rng.random() < 0.2 else "en"
        author = rng.choice(self.world.authors) if rng.random() < 0.6 else None
        publisher = rng.choice(self.world.publishers)
        return Article(n, lang, publication_day(n, self.sources), publisher, author, Writing(lang, rng))

    def new_claim(self, before: int) -> Claim:
        """A claim that says something no earlier claim said (the same words would be the same claim)."""
        while True:
            claim = self.maker.claim(before)
            claim.id = claim_id(claim)
            if claim.id not in self.claim_ids:
                self.claim_ids.add(claim.id)
                return claim


def without_gc(make: Callable[..., Bulk], *args: Any) -> Bulk:
    """Make a part with the cyclic garbage collector paused: the part's rows make no cycles, and collections
    triggered by their allocation would otherwise double the time it takes."""
    gc.disable()
    try:
        return make(*args)
    finally:
        gc.enable()


def generate_parts(claims: int, seed: int = 7, sources: int | None = None) -> Iterator[Bulk]:
    """The graph of `generate`, part by part: each part's sources with their claims and evidence, then the
    entities. Holds one part in memory at a time; `bulk_load` takes the parts as they come."""
    return Generator(claims, seed, sources).parts()


def generate(claims: int, seed: int = 7, sources: int | None = None) -> Bulk:
    """A synthetic graph of `claims` claims in `sources` sources (default claims // 10), all in one Bulk."""
    whole = Bulk()
    for part in generate_parts(claims, seed, sources):
        whole.extend(part)
    return whole
