"""The synthetic world: its entities, the names the press writes for them, and how often each is named."""

from __future__ import annotations

import bisect
import itertools
import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import pycountry

from graph.ids import slug
from graph.ontology import ontology

from .names import NAME_MAKERS, acronym, company_name, kind_names, media_name, person_name, unique_names
from .words import words

W = words()
COUNTS: dict[str, int] = W["entity_counts"]
ZIPF: dict[str, float] = W["zipf"]
GOVERNED_STATES = 40  # the states whose government bodies are organizations of the world


@dataclass(eq=False)
class Entity:
    """An entity of the synthetic world: the names it goes by, and the words the press writes for it."""

    id: str
    kind: str
    name: str
    aliases: list[tuple[str, str]] = field(default_factory=list)  # (text, lang)
    fr: str = ""  # French form with its article, "la |Russie" (article|name)
    metonym: str = ""

    def __post_init__(self) -> None:
        article, _, bare = self.fr.partition("|")
        self.fr_words = article + bare if self.fr else self.name  # "la Russie"
        self.fr_name = bare if self.fr else self.name  # "Russie": the name a mention counts
        self.fr_after_a = (  # "à la Russie", "au Royaume-Uni", "aux États-Unis"
            "au " + bare if article == "le " else "aux " + bare if article == "les " else "à " + self.fr_words
        )


class Pool:
    """Entities drawn with Zipf-like weights: the first few are named in most claims."""

    def __init__(self, entities: Sequence[Entity], exponent: float) -> None:
        self.entities = list(entities)
        self.cumulative = list(itertools.accumulate(1 / (rank + 1) ** exponent for rank in range(len(entities))))

    def pick(self, rng: random.Random) -> Entity:
        index = bisect.bisect(self.cumulative, rng.random() * self.cumulative[-1])
        return self.entities[min(index, len(self.entities) - 1)]


class MixedPool:
    """Draws an entity kind by its share (1.0 if it has none), then an entity of that kind from its pool."""

    def __init__(self, pools: dict[str, Pool], shares: Mapping[str, float]) -> None:
        self.pools = list(pools.values())
        self.cumulative = list(itertools.accumulate(shares.get(kind, 1.0) for kind in pools))

    def pick(self, rng: random.Random) -> Entity:
        index = bisect.bisect(self.cumulative, rng.random() * self.cumulative[-1])
        return self.pools[min(index, len(self.pools) - 1)].pick(rng)


def states() -> list[Entity]:
    """~200 states: the leading ones first, with French names and capitals, then pycountry's in code order."""
    leading: list[str] = W["leading_states"]
    codes = leading + sorted(c.alpha_2 for c in pycountry.countries if c.alpha_2 not in leading)
    return [state(code) for code in codes[: COUNTS["country"]]]


def state(code: str) -> Entity:
    if code in W["state_names"]:
        name, fr, capital = W["state_names"][code]
        return Entity(code, "country", name, [(fr.split("|")[1], "fr"), (capital, "en")], fr=fr, metonym=capital)
    country = pycountry.countries.get(alpha_2=code)
    assert country is not None, code  # the codes come from pycountry
    name = getattr(country, "common_name", None) or country.name.split(",")[0]
    official = getattr(country, "official_name", None)
    return Entity(code, "country", name, [(official, "en")] if official else [])


def named_entities(kind: str, names: list[str]) -> list[Entity]:
    """Entities of one kind from their names; ids "kind:slug", the writer's convention."""
    return [Entity(f"{kind}:{slug(name)}", kind, name) for name in names]


def organizations(rng: random.Random, state_names: list[str]) -> list[Entity]:
    """Government bodies of the first states, then companies; some known by an acronym too."""
    bodies = [f"{name} {body}" for name in state_names[:GOVERNED_STATES] for body in W["government_bodies"]]
    taken = {slug(b) for b in bodies}
    companies = [n for n in unique_names(rng, COUNTS["organization"], company_name) if slug(n) not in taken]
    entities = named_entities("organization", (bodies + companies)[: COUNTS["organization"]])
    for entity in entities:
        if rng.random() < 0.3:
            entity.aliases.append((acronym(entity.name), "en"))
    return entities


def entities_by_kind(rng: random.Random) -> dict[str, list[Entity]]:
    """The entities of each kind the roles name: states, organizations, then those made from names alone."""
    countries = states()
    by_kind = {"country": countries, "organization": organizations(rng, [c.name for c in countries])}
    for kind in NAME_MAKERS:
        by_kind[kind] = named_entities(kind, kind_names(rng, kind, COUNTS[kind]))
    return by_kind


def media(rng: random.Random, organizations: list[Entity]) -> list[Entity]:
    """The media and research organizations articles cite and are published by (none named like another)."""
    taken = {o.id for o in organizations}
    names = unique_names(rng, COUNTS["media"], media_name)
    return [e for e in named_entities("organization", names) if e.id not in taken]


def role_pools(by_kind: dict[str, list[Entity]]) -> dict[tuple[str, str], Pool | MixedPool]:
    """The pool each role of each claim kind draws from; suppliers and recipients favour their own states."""
    pools = {kind: Pool(entities, ZIPF[kind]) for kind, entities in by_kind.items()}
    ordered = {"supplier": W["supplier_order"], "recipient": W["recipient_order"]}
    result: dict[tuple[str, str], Pool | MixedPool] = {}
    for kind, spec in ontology().claims.items():
        for role, role_spec in spec.roles.items():
            kinds = {k: pools[k] for k in role_spec.kinds}
            if "country" in kinds and role in ordered:
                kinds["country"] = Pool(reorder(by_kind["country"], ordered[role]), ZIPF["country"])
            result[kind, role] = MixedPool(kinds, W["kind_share"]) if len(kinds) > 1 else kinds[role_spec.kinds[0]]
    return result


def reorder(entities: list[Entity], first: list[str]) -> list[Entity]:
    """The same entities with the given ids first, in that order."""
    leading = [e for code in first for e in entities if e.id == code]
    return leading + [e for e in entities if e.id not in first]


@dataclass
class World:
    """Every entity, the pools the roles draw from, and the outlets, authors and cited organizations."""

    entities: list[Entity]
    role_pools: dict[tuple[str, str], Pool | MixedPool]
    cited: Pool
    publishers: list[Entity]
    authors: list[str]

    @classmethod
    def build(cls, rng: random.Random) -> World:
        by_kind = entities_by_kind(rng)
        outlets = media(rng, by_kind["organization"])
        pools = role_pools(by_kind)
        authors = unique_names(rng, COUNTS["author"], person_name)
        everything = [e for entities in by_kind.values() for e in entities] + outlets
        return cls(everything, pools, Pool(outlets, ZIPF["media"]), outlets[: COUNTS["publisher"]], authors)
