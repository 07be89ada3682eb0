"""Synthetic provenance graphs of any size, for benchmarks: realistic in shape, deterministic, fast.

    generate(2_000)                       # one Bulk, for tests
    generate_parts(1_000_000)             # the same graph part by part (1 000 sources each), for big loads
    python -m benchmarks.synthetic 1000000 --store /tmp/store   # generate, bulk-load, print times

The shape follows the real graph: a few actors in most claims (Zipf-like over ~200 states and ~2 000
organizations, North Korea, Russia, Iran, the US, Ukraine and China first), mostly transfers, some port
calls, agreements and denials with the roles of `graph/ontology/*.yaml`, item categories of `items.yaml`.
Each claim is stated in 1 to 5 sources (mostly 1 or 2), each statement an Evidence whose quote is cut
from its source's text at its offsets, with a modality, sometimes a named source (a media or research
organization, ATTRIBUTED_TO) and sometimes unnamed ones. Ids and derived properties are those the writer
makes: claim and evidence ids hash what they say, `Entity.norm` and `Alias` rows as in `writer.py`,
`start_day`/`end_day` as in `graph/model.py`, and each Source's `claim_count` and `evidence_count`.

Sources are numbered in publication order and made part by part; a claim's statements come from sources
of one part (articles published about the same time), and its time ends before its first article.
Only `random.Random(seed)` draws, so one seed always gives the same graph.
"""

from __future__ import annotations

import argparse
import bisect
import functools
import gc
import hashlib
import itertools
import json
import math
import random
import resource
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import pycountry

from graph.ids import normalize_name, slug, text_sha256
from graph.model import first_day, last_day
from graph.ontology import ontology
from graph.store.base import Row
from graph.store.bulk import Bulk

SOURCES_PER_CLAIM = 0.1
SOURCES_PER_PART = 1_000
NEARBY = 30  # a claim's other statements come from the 30 sources published before or after its first
EXTRACTOR = "synthetic/1"
FIRST_DAY = date(2015, 1, 1).toordinal()
LAST_DAY = date(2026, 6, 30).toordinal()

# --- the world: entities and how often each is named ----------------------------------------------

# The states that dominate the reporting, in the order of how often they act; then pycountry's others.
LEADING_STATES = ["RU", "KP", "UA", "IR", "US", "CN", "BY", "SY", "GB", "FR", "DE", "PL", "TR", "IL", "KR"]
SUPPLIER_ORDER = ["KP", "IR", "US", "CN", "RU", "BY", "DE", "GB", "FR", "TR", "PL", "KR"]
RECIPIENT_ORDER = ["RU", "UA", "SY", "KP", "IR", "BY", "IL", "US", "CN"]
STATE_COUNT = 200

# name, French name with its article, capital (a metonym the press uses)
STATE_NAMES: dict[str, tuple[str, str, str]] = {
    "RU": ("Russia", "la |Russie", "Moscow"),
    "KP": ("North Korea", "la |Corée du Nord", "Pyongyang"),
    "UA": ("Ukraine", "l'|Ukraine", "Kyiv"),
    "IR": ("Iran", "l'|Iran", "Tehran"),
    "US": ("United States", "les |États-Unis", "Washington"),
    "CN": ("China", "la |Chine", "Beijing"),
    "BY": ("Belarus", "la |Biélorussie", "Minsk"),
    "SY": ("Syria", "la |Syrie", "Damascus"),
    "GB": ("United Kingdom", "le |Royaume-Uni", "London"),
    "FR": ("France", "la |France", "Paris"),
    "DE": ("Germany", "l'|Allemagne", "Berlin"),
    "PL": ("Poland", "la |Pologne", "Warsaw"),
    "TR": ("Turkey", "la |Turquie", "Ankara"),
    "IL": ("Israel", "|Israël", "Jerusalem"),
    "KR": ("South Korea", "la |Corée du Sud", "Seoul"),
}

ORG_PREFIXES = [
    "Korea",
    "Rosoboron",
    "Global",
    "Northern",
    "Eastern",
    "Pacific",
    "Golden",
    "United",
    "Sino",
    "Caspian",
    "Baltic",
    "Atlantic",
    "Continental",
    "Orient",
    "Polar",
    "Amber",
    "Crimson",
    "Silver",
    "Iron",
    "Steppe",
]
ORG_CORES = [
    "Mining",
    "Trading",
    "Machine-Building",
    "Logistics",
    "Shipping",
    "Defence",
    "Aerospace",
    "Electronics",
    "Munitions",
    "Engineering",
    "Precision",
    "Industrial",
    "Maritime",
    "Systems",
    "Chemical",
    "Motor",
]
ORG_SUFFIXES = ["Corporation", "Company", "Group", "Holding", "Plant", "Works", "Bureau", "Ltd", "Trust", "Enterprise"]
GOVERNMENT_BODIES = ["Ministry of Defence", "Foreign Ministry", "Armed Forces", "General Staff", "Navy", "Air Force"]
MEDIA_FIRST = [
    "Open",
    "Global",
    "Strategic",
    "Northern",
    "Atlantic",
    "Pacific",
    "Independent",
    "Maritime",
    "Eastern",
    "Baltic",
    "Conflict",
    "Arms",
    "Defence",
    "Security",
    "Frontline",
    "Harbour",
    "Border",
    "Policy",
]
MEDIA_SECOND = [
    "Monitor",
    "Watch",
    "Observatory",
    "Institute",
    "Review",
    "Herald",
    "Times",
    "Post",
    "Wire",
    "Research Centre",
    "Analytics",
    "Dispatch",
    "Tribune",
    "Ledger",
    "Intelligence",
    "Foundation",
]
FIRST_NAMES = [
    "Anna",
    "Boris",
    "Chen",
    "Dmitri",
    "Elena",
    "Farid",
    "Grace",
    "Hyun",
    "Ivan",
    "Jonas",
    "Kim",
    "Lena",
    "Maria",
    "Nikolai",
    "Olga",
    "Pavel",
    "Reza",
    "Sofia",
    "Tomas",
    "Yuri",
]
LAST_NAMES = [
    "Petrov",
    "Kim",
    "Rahimi",
    "Smith",
    "Kovalenko",
    "Wang",
    "Novak",
    "Dubois",
    "Schmidt",
    "Park",
    "Ivanova",
    "Moradi",
    "Brown",
    "Shevchenko",
    "Li",
    "Kowalski",
    "Martin",
    "Weber",
    "Choi",
    "Sokolov",
]
PORTS = [
    "Rason",
    "Vostochny",
    "Nakhodka",
    "Vladivostok",
    "Chongjin",
    "Nampo",
    "Bandar Abbas",
    "Astrakhan",
    "Makhachkala",
    "Tartus",
    "Latakia",
    "Novorossiysk",
    "Sevastopol",
    "Odesa",
    "Gdansk",
    "Constanta",
    "Port Said",
    "Dunai",
    "Ust-Luga",
    "Kerch",
]
SYLLABLES = ["ka", "ro", "vo", "lin", "mar", "tu", "sa", "bek", "dor", "ni", "ya", "zen", "ol", "ga", "rim", "tas"]
MATERIEL = [
    "KN-23",
    "KN-24",
    "Hwasong-11",
    "Koksan",
    "Shahed-136",
    "Shahed-131",
    "Fateh-110",
    "Iskander",
    "HIMARS",
    "ATACMS",
    "Patriot",
    "Storm Shadow",
    "Leopard 2",
    "Bradley",
    "Abrams",
    "IRIS-T",
    "NASAMS",
    "Bayraktar TB2",
    "Lancet",
    "Kh-101",
    "S-300",
    "Mohajer-6",
    "Caesar",
    "Krab",
]
AGREEMENT_KINDS = [
    "Comprehensive Strategic Partnership Treaty",
    "Defence Cooperation Agreement",
    "Mutual Assistance Pact",
    "Security Agreement",
    "Military-Technical Cooperation Accord",
]

# How often each role names an entity of each kind, and how steeply the few favourites dominate (Zipf exponent).
KIND_SHARE = {"country": 0.75, "organization": 0.21, "person": 0.04, "port": 0.85, "location": 0.15}
ZIPF = {
    "country": 1.3,
    "organization": 1.1,
    "person": 1.0,
    "port": 1.0,
    "location": 1.0,
    "vessel": 0.9,
    "agreement": 1.0,
    "materiel": 1.0,
}
ENTITY_COUNTS = {
    "organization": 2_000,
    "media": 300,
    "person": 150,
    "port": 120,
    "location": 40,
    "vessel": 400,
    "agreement": 60,
    "materiel": 120,
}


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
    """Draws an entity kind by its share, then an entity of that kind from its pool."""

    def __init__(self, pools: dict[str, Pool]) -> None:
        self.pools = list(pools.values())
        self.cumulative = list(itertools.accumulate(KIND_SHARE.get(kind, 1.0) for kind in pools))

    def pick(self, rng: random.Random) -> Entity:
        index = bisect.bisect(self.cumulative, rng.random() * self.cumulative[-1])
        return self.pools[min(index, len(self.pools) - 1)].pick(rng)


def unique_names(rng: random.Random, count: int, make: Any) -> list[str]:
    """`count` distinct names (by slug) from a name-making function; a numeral tells apart repeated names."""
    names: dict[str, str] = {}
    for attempt in range(count * 20):
        name = make(rng)
        if attempt >= count * 4:
            name = f"{name} {attempt}"
        names.setdefault(slug(name), name)
        if len(names) == count:
            return list(names.values())
    raise ValueError(f"cannot make {count} distinct names")


def pseudo_word(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()


def states() -> list[Entity]:
    """~200 states: the leading ones first, with French names and capitals, then pycountry's in code order."""
    codes = LEADING_STATES + sorted(c.alpha_2 for c in pycountry.countries if c.alpha_2 not in LEADING_STATES)
    result = []
    for code in codes[:STATE_COUNT]:
        if code in STATE_NAMES:
            name, fr, capital = STATE_NAMES[code]
            aliases = [(fr.split("|")[1], "fr"), (capital, "en")]
            result.append(Entity(code, "country", name, aliases, fr=fr, metonym=capital))
        else:
            country = pycountry.countries.get(alpha_2=code)
            name = getattr(country, "common_name", None) or country.name.split(",")[0]
            official = getattr(country, "official_name", None)
            result.append(Entity(code, "country", name, [(official, "en")] if official else []))
    return result


def named_entities(kind: str, names: list[str]) -> list[Entity]:
    """Entities of one kind from their names; ids "kind:slug", the writer's convention."""
    return [Entity(f"{kind}:{slug(name)}", kind, name) for name in names]


def organizations(rng: random.Random, state_names: list[str]) -> list[Entity]:
    """Government bodies of the first states, then companies; some known by an acronym too."""
    bodies = [f"{state} {body}" for state in state_names[:40] for body in GOVERNMENT_BODIES]

    def company(rng: random.Random) -> str:
        return f"{rng.choice(ORG_PREFIXES)} {rng.choice(ORG_CORES)} {rng.choice(ORG_SUFFIXES)}"

    taken = {slug(b) for b in bodies}
    companies = [n for n in unique_names(rng, ENTITY_COUNTS["organization"], company) if slug(n) not in taken]
    entities = named_entities("organization", (bodies + companies)[: ENTITY_COUNTS["organization"]])
    for entity in entities:
        if rng.random() < 0.3:
            entity.aliases.append(("".join(word[0] for word in entity.name.split() if word[0].isupper()), "en"))
    return entities


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
        countries = states()
        by_kind: dict[str, list[Entity]] = {
            "country": countries,
            "organization": organizations(rng, [c.name for c in countries]),
            "person": named_entities(
                "person",
                unique_names(rng, ENTITY_COUNTS["person"], lambda r: f"{r.choice(FIRST_NAMES)} {r.choice(LAST_NAMES)}"),
            ),
            "port": named_entities(
                "port",
                PORTS + unique_names(rng, ENTITY_COUNTS["port"] - len(PORTS), lambda r: f"Port {pseudo_word(r)}"),
            ),
            "location": named_entities("location", unique_names(rng, ENTITY_COUNTS["location"], pseudo_word)),
            "vessel": named_entities("vessel", unique_names(rng, ENTITY_COUNTS["vessel"], pseudo_word)),
            "agreement": named_entities(
                "agreement",
                unique_names(
                    rng, ENTITY_COUNTS["agreement"], lambda r: f"{pseudo_word(r)} {r.choice(AGREEMENT_KINDS)}"
                ),
            ),
            "materiel": named_entities(
                "materiel",
                MATERIEL
                + unique_names(
                    rng, ENTITY_COUNTS["materiel"] - len(MATERIEL), lambda r: f"{pseudo_word(r)}-{r.randint(2, 99)}"
                ),
            ),
        }
        media_names = unique_names(
            rng, ENTITY_COUNTS["media"], lambda r: f"{r.choice(MEDIA_FIRST)} {r.choice(MEDIA_SECOND)}"
        )
        media = [
            e
            for e in named_entities("organization", media_names)
            if e.id not in {o.id for o in by_kind["organization"]}
        ]
        pools = {kind: Pool(entities, ZIPF[kind]) for kind, entities in by_kind.items()}
        ordered = {"supplier": SUPPLIER_ORDER, "recipient": RECIPIENT_ORDER}
        role_pools: dict[tuple[str, str], Pool | MixedPool] = {}
        for kind, spec in ontology().claims.items():
            for role, role_spec in spec.roles.items():
                kinds = {k: pools[k] for k in role_spec.kinds}
                if "country" in kinds and role in ordered:
                    kinds["country"] = Pool(reorder(countries, ordered[role]), ZIPF["country"])
                role_pools[kind, role] = MixedPool(kinds) if len(kinds) > 1 else kinds[role_spec.kinds[0]]
        authors = unique_names(rng, 200, lambda r: f"{r.choice(FIRST_NAMES)} {r.choice(LAST_NAMES)}")
        everything = [e for entities in by_kind.values() for e in entities] + media
        return cls(everything, role_pools, Pool(media, 0.9), media[:60], authors)


def reorder(entities: list[Entity], first: list[str]) -> list[Entity]:
    """The same entities with the given ids first, in that order."""
    leading = [e for code in first for e in entities if e.id == code]
    return leading + [e for e in entities if e.id not in first]


# --- qualifiers ---------------------------------------------------------------------------------

# item category: English and French phrase, the unit its figures count, weight
ITEMS: dict[str, tuple[str, str, str, int]] = {
    "artillery_ammunition": ("artillery shells", "obus d'artillerie", "shell", 20),
    "ammunition": ("ammunition", "munitions", "tonne", 8),
    "rockets": ("rockets", "roquettes", "rocket", 5),
    "missiles": ("ballistic missiles", "missiles balistiques", "missile", 12),
    "drones": ("attack drones", "drones d'attaque", "drone", 12),
    "artillery_systems": ("howitzers", "obusiers", "howitzer", 6),
    "armoured_vehicles": ("tanks", "chars", "tank", 6),
    "aircraft": ("fighter jets", "avions de combat", "aircraft", 3),
    "air_defence": ("air-defence systems", "systèmes de défense aérienne", "system", 6),
    "small_arms": ("rifles", "fusils", "rifle", 3),
    "troops": ("troops", "soldats", "soldier", 5),
    "military_equipment": ("military equipment", "équipements militaires", "container", 5),
    "technology": ("military technology", "technologies militaires", "batch", 4),
    "fuel": ("refined oil", "pétrole raffiné", "barrel", 2),
    "food": ("grain", "céréales", "tonne", 1),
    "funds": ("US dollars", "dollars américains", "USD", 1),
    "other": ("dual-use goods", "biens à double usage", "container", 1),
}
CONTAINER_UNITS = {
    "container": ("containers of", "conteneurs de"),
    "tonne": ("tonnes of", "tonnes de"),
    "barrel": ("barrels of", "barils de"),
    "batch": ("batches of", "lots de"),
}
MONTHS_EN = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
MONTHS_FR = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]
DENIALS = [
    ("supplying weapons to Russia", "avoir fourni des armes à la Russie"),
    ("any arms transfers", "tout transfert d'armes"),
    ("sending troops abroad", "avoir envoyé des troupes à l'étranger"),
    ("receiving ballistic missiles", "avoir reçu des missiles balistiques"),
    ("violating the sanctions", "avoir violé les sanctions"),
]
AGREEMENT_NAMES = [
    "a military cooperation agreement",
    "a defence pact",
    "a mutual assistance treaty",
    "a strategic partnership",
]
PROVISIONS = [
    "mutual military assistance",
    "technology transfer",
    "joint exercises",
    "arms purchases",
    "training of officers",
    "intelligence sharing",
]
UNNAMED = [
    ("satellite imagery", "des images satellites"),
    ("intelligence officials", "des responsables du renseignement"),
    ("shipping data", "des données maritimes"),
    ("diplomats", "des diplomates"),
    ("analysts", "des analystes"),
    ("officials", "des responsables"),
]
FILLER_EN = [
    "Officials declined to comment.",
    "The report did not say how the cargo was paid for.",
    "The claims could not be independently verified.",
    "Sanctions prohibit such transfers.",
    "Analysts expect the trade to continue.",
    "The ministry did not respond to a request for comment.",
]
FILLER_FR = [
    "Les autorités n'ont pas souhaité commenter.",
    "Ces informations n'ont pas pu être vérifiées.",
    "Les sanctions interdisent de tels transferts.",
    "Le ministère n'a pas répondu.",
]
YEAR_WEIGHTS = {
    2015: 1,
    2016: 1,
    2017: 1,
    2018: 1,
    2019: 1,
    2020: 1,
    2021: 1,
    2022: 5,
    2023: 7,
    2024: 8,
    2025: 7,
    2026: 3,
}
KINDS = [("transfer", 80), ("port_call", 8), ("agreement", 7), ("denial", 5)]
EVIDENCE_COUNTS = [(1, 52), (2, 30), (3, 10), (4, 5), (5, 3)]
MODALITIES = [("asserted", 35), ("reported", 40), ("speculative", 15), ("denied", 10)]


class Weighted:
    """A fixed set of values drawn by weight."""

    def __init__(self, pairs: Sequence[tuple[Any, float]]) -> None:
        self.values = [value for value, _ in pairs]
        self.cumulative = list(itertools.accumulate(weight for _, weight in pairs))

    def pick(self, rng: random.Random) -> Any:
        return self.values[bisect.bisect(self.cumulative, rng.random() * self.cumulative[-1])]


KIND_DRAW = Weighted(KINDS)
EVIDENCE_DRAW = Weighted(EVIDENCE_COUNTS)
MODALITY_DRAW = Weighted(MODALITIES)


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
    unit = ITEMS.get(item, ("", "", "container", 1))[2]
    low, high = (1e5, 1e9) if unit == "USD" else (10, 1e6)
    a, b = sorted((figure(rng, low, high), figure(rng, low, high)))
    shape = rng.random()
    lower, upper = (a, None) if shape < 0.5 else (None, b) if shape < 0.65 else (a, b) if shape < 0.85 else (a, a)
    per = rng.choice(["month", "year"]) if rng.random() < 0.15 else None
    return {"min": lower, "max": upper, "unit": unit, "per": per}


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


# --- claims -------------------------------------------------------------------------------------


@dataclass
class Claim:
    """A claim as drawn: its kind, the entities in its roles and its qualifiers, and its id."""

    kind: str
    roles: dict[str, list[Entity]]
    qualifiers: dict[str, Any]
    id: str = ""

    def identity(self) -> dict[str, Any]:
        """What the claim says, exactly as `graph.model.Claim.id` hashes it."""
        spec = ontology().claims[self.kind]
        identity: dict[str, Any] = {"kind": self.kind}
        for name in spec.identity:
            if name in spec.roles:
                entities = self.roles.get(name, [])
                identity[name] = [entities[0].id] if len(entities) == 1 else sorted([e.id for e in entities])
            else:
                identity[name] = self.qualifiers.get(name)
        return identity


# how often an optional role is filled, and how many entities fill a role that takes many
ROLE_CHANCE = {"via": 0.15, "vessel": 0.12, "materiel": 0.2, "treaty": 0.5, "flag": 0.5}
MANY = {"parties": (2, 3), "via": (1, 2), "vessel": (1, 1), "materiel": (1, 2)}


class ClaimMaker:
    """Draws claims of every kind the ontology defines, filling roles from the world's pools."""

    def __init__(self, world: World, rng: random.Random) -> None:
        self.world = world
        self.rng = rng
        self.items = item_draw()
        self.specs = ontology().claims
        self.plans = {kind: self.role_plan(kind) for kind in self.specs}

    def role_plan(self, kind: str) -> list[tuple[str, float, Pool | MixedPool, int, int]]:
        """Per role of a kind: its name, the chance it is filled, its pool, and how many entities fill it."""
        plan = []
        for role, spec in self.specs[kind].roles.items():
            chance = 1.0 if spec.required else ROLE_CHANCE.get(role, 0.3)
            low, high = MANY.get(role, (1, 1)) if spec.many else (1, 1)
            plan.append((role, chance, self.world.role_pools[kind, role], low, high))
        return plan

    def claim(self, before: int) -> Claim:
        kind = KIND_DRAW.pick(self.rng)
        return Claim(kind, self.roles(kind), self.qualifiers(kind, before))

    def roles(self, kind: str) -> dict[str, list[Entity]]:
        """Entities for the kind's roles: required roles always, others by chance; no entity in two roles."""
        rng = self.rng
        filled: dict[str, list[Entity]] = {}
        used: set[str] = set()
        for role, chance, pool, low, high in self.plans[kind]:
            if chance < 1.0 and rng.random() >= chance:
                continue
            wanted = low + int(rng.random() * (high - low + 1))
            chosen = []
            for _ in range(wanted * 4):  # a few tries for entities not already in a role
                entity = pool.pick(rng)
                if entity.id not in used:
                    used.add(entity.id)
                    chosen.append(entity)
                    if len(chosen) == wanted:
                        break
            if chosen:
                filled[role] = chosen
            elif chance == 1.0:
                return self.roles(kind)
        return filled

    def qualifiers(self, kind: str, before: int) -> dict[str, Any]:
        rng = self.rng
        values: dict[str, Any] = {}
        qualifiers = self.specs[kind].qualifiers
        if "item" in qualifiers:
            values["item"] = self.items.pick(rng)
        if "quantity" in qualifiers:
            values["quantity"] = quantity(rng, values.get("item", "other"))
        if "count" in qualifiers and rng.random() < 0.3:
            count = figure(rng, 2, 200)
            values["count"] = {"min": count, "max": None, "unit": None, "per": rng.choice([None, "month"])}
        if "time" in qualifiers:
            values["time"] = time_span(rng, before)
        if "trend" in qualifiers and rng.random() < 0.1:
            values["trend"] = rng.choice(["increase", "decrease", "halt", "resume"])
        if "status" in qualifiers and rng.random() < 0.3:
            values["status"] = rng.choice(["delivered", "delivered", "pledged"])
        if "name" in qualifiers and rng.random() < 0.5:
            values["name"] = rng.choice(AGREEMENT_NAMES)
        if "provisions" in qualifiers and rng.random() < 0.4:
            values["provisions"] = sorted(rng.sample(PROVISIONS, rng.randint(1, 3)))
        if "denies" in qualifiers:
            values["denies"] = rng.randrange(len(DENIALS))  # index; the row keeps the English text
        return values


def claim_row(claim: Claim) -> Row:
    """The Claim node as `writer.claim_row` makes it."""
    q = claim.qualifiers
    quantity, count, span = q.get("quantity") or {}, q.get("count") or {}, q.get("time") or {}
    start, end = span.get("start"), span.get("end")
    denies = q.get("denies")
    return {
        "id": claim.id,
        "kind": claim.kind,
        "item": q.get("item"),
        "qty_min": quantity.get("min"),
        "qty_max": quantity.get("max"),
        "qty_unit": quantity.get("unit"),
        "qty_per": quantity.get("per"),
        "time_start": start,
        "time_end": end,
        "start_day": first_day(start) if start else None,
        "end_day": last_day(end) if end else None,
        "trend": q.get("trend"),
        "status": q.get("status"),
        "name": q.get("name"),
        "provisions": q.get("provisions", []),
        "denies": DENIALS[denies][0] if denies is not None else None,
        "count_min": count.get("min"),
        "count_max": count.get("max"),
        "count_per": count.get("per"),
    }


CANONICAL_JSON = json.JSONEncoder(sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def claim_id(claim: Claim) -> str:
    """`graph.ids.stable_hash(identity, "claim")`, with one JSON encoder made once rather than per call."""
    payload = CANONICAL_JSON.encode(claim_identity(claim))
    return f"claim:{hashlib.sha1(payload.encode()).hexdigest()[:20]}"


def claim_identity(claim: Claim) -> dict[str, Any]:
    """The identity with the denial's text in place of its index."""
    identity = claim.identity()
    if "denies" in identity and identity["denies"] is not None:
        identity["denies"] = DENIALS[identity["denies"]][0]
    return identity


# --- statements: the words of a claim in an article ------------------------------------------------


def number(value: float, lang: str) -> str:
    text = f"{int(value):,}"
    return text.replace(",", " ") if lang == "fr" else text


def date_words(partial: str, lang: str) -> str:
    """ "2023-08" -> "August 2023" / "août 2023"."""
    months = MONTHS_FR if lang == "fr" else MONTHS_EN
    if len(partial) == 4:
        return partial
    month = months[int(partial[5:7]) - 1]
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


def amount_words(q: dict[str, Any], item: str, lang: str) -> str:
    """ "at least 1,000 containers of artillery shells" / "au moins 1 000 conteneurs d'obus d'artillerie"."""
    en, fr, _, _ = ITEMS.get(item, (item.replace("_", " "), item.replace("_", " "), "container", 1))
    phrase = fr if lang == "fr" else en
    quantity = q.get("quantity")
    if not quantity:
        return phrase
    lower, upper = quantity["min"], quantity["max"]
    if lower is not None and upper is not None and lower != upper:
        figure = (
            f"entre {number(lower, lang)} et {number(upper, lang)}"
            if lang == "fr"
            else f"between {number(lower, lang)} and {number(upper, lang)}"
        )
    elif lower is not None:
        figure = (
            ("au moins " if lang == "fr" else "at least ") + number(lower, lang)
            if upper is None
            else number(lower, lang)
        )
    else:
        figure = ("jusqu'à " if lang == "fr" else "up to ") + number(upper, lang)
    container = CONTAINER_UNITS.get(quantity["unit"])
    if container:
        words = container[1] if lang == "fr" else container[0]
        if lang == "fr" and phrase[0] in "aeiouéè":
            words = words[:-3] + " d'"
            return f"{figure} {words}{phrase}"
        return f"{figure} {words} {phrase}"
    rate = {"month": (" a month", " par mois"), "year": (" a year", " par an")}.get(quantity["per"] or "", ("", ""))
    return f"{figure} {phrase}{rate[1] if lang == 'fr' else rate[0]}"


class Writing:
    """Names as one article writes them, and the mentions they make."""

    def __init__(self, lang: str, rng: random.Random) -> None:
        self.lang = lang
        self.rng = rng
        self.mentions: dict[Entity, set[str]] = {}

    def name(self, entity: Entity, *, subject: bool = False, after_a: bool = False) -> str:
        """The words for an entity (its French form in French, sometimes its capital for a state)."""
        if self.lang == "fr":
            words, mentioned = (entity.fr_after_a if after_a else entity.fr_words), entity.fr_name
        elif entity.metonym and self.rng.random() < 0.15:
            words = mentioned = entity.metonym
        else:
            words = mentioned = entity.name
        names = self.mentions.get(entity)
        if names is None:
            self.mentions[entity] = {mentioned}
        else:
            names.add(mentioned)
        return words[0].upper() + words[1:] if subject and words[0].islower() else words

    def names(self, entities: list[Entity]) -> str:
        written = [self.name(e) for e in entities]
        joiner = " et " if self.lang == "fr" else " and "
        return written[0] if len(written) == 1 else ", ".join(written[:-1]) + joiner + written[-1]


TREND_WORDS = {
    "increase": ("stepped up deliveries of", "a augmenté ses livraisons de"),
    "decrease": ("cut back deliveries of", "a réduit ses livraisons de"),
    "halt": ("halted deliveries of", "a suspendu ses livraisons de"),
    "resume": ("resumed deliveries of", "a repris ses livraisons de"),
}
TRANSFER_VERBS = ["shipped", "delivered", "supplied", "sent", "transferred"]
TRANSFER_VERBS_FR = ["a livré", "a expédié", "a fourni", "a envoyé"]


def transfer_words(claim: Claim, w: Writing, speculative: bool) -> str:
    roles, q, fr = claim.roles, claim.qualifiers, w.lang == "fr"
    supplier = w.name(roles["supplier"][0], subject=True)
    if q.get("trend"):
        en_verb, fr_verb = TREND_WORDS[q["trend"]]
    elif q.get("status") == "pledged":
        en_verb, fr_verb = "pledged", "a promis"
    else:
        en_verb, fr_verb = w.rng.choice(TRANSFER_VERBS), w.rng.choice(TRANSFER_VERBS_FR)
    if fr:
        verb = fr_verb.replace("a ", "aurait ", 1) if speculative else fr_verb
    else:
        verb = f"may have {en_verb}" if speculative else en_verb
    amount = amount_words(q, q["item"], w.lang)
    if fr and q.get("trend"):
        verb, amount = (verb[:-3], "d'" + amount) if amount[0] in "aeiouéè" else (verb, amount)
    recipient = w.name(roles["recipient"][0], after_a=True) if fr else "to " + w.name(roles["recipient"][0])
    text = f"{supplier} {verb} {amount} {recipient}"
    if "via" in roles:
        text += f" via {w.names(roles['via'])}"
    if "vessel" in roles:
        text += f" à bord du {w.names(roles['vessel'])}" if fr else f" aboard the {w.names(roles['vessel'])}"
    text += time_words(q.get("time"), w.lang)
    if "materiel" in roles:
        text += f", dont des {w.names(roles['materiel'])}" if fr else f", including {w.names(roles['materiel'])}"
    return text


def port_call_words(claim: Claim, w: Writing, speculative: bool) -> str:
    roles, q, fr = claim.roles, claim.qualifiers, w.lang == "fr"
    count = q.get("count")
    if "vessel" in roles:
        subject = w.name(roles["vessel"][0], subject=True) if fr else "The " + w.name(roles["vessel"][0])
    elif count:
        per = (" par mois" if fr else " a month") if count["per"] == "month" else ""
        subject = (
            f"{'Au moins' if fr else 'At least'} {number(count['min'], w.lang)} {'navires' if fr else 'vessels'}{per}"
        )
    else:
        subject = "Un cargo" if fr else "A cargo ship"
    if "flag" in roles:
        subject += (
            f" battant pavillon de {w.name(roles['flag'][0])}"
            if fr
            else f" flying the flag of {w.name(roles['flag'][0])}"
        )
    verb = (
        ("aurait fait escale à" if speculative else "a fait escale à")
        if fr
        else ("may have called at" if speculative else "called at")
    )
    return f"{subject} {verb} {w.names(roles['port'])}{time_words(q.get('time'), w.lang)}"


def agreement_words(claim: Claim, w: Writing, speculative: bool) -> str:
    roles, q, fr = claim.roles, claim.qualifiers, w.lang == "fr"
    parties = w.names(roles["parties"])
    parties = parties[0].upper() + parties[1:]
    verb = (
        ("auraient signé" if speculative else "ont signé") if fr else ("may have signed" if speculative else "signed")
    )
    if "treaty" in roles:
        what = ("le " if fr else "the ") + w.name(roles["treaty"][0])
    else:
        what = q.get("name") or ("un accord" if fr else "an agreement")
    text = f"{parties} {verb} {what}{time_words(q.get('time'), w.lang)}"
    if q.get("provisions"):
        text += (", prévoyant " if fr else ", providing for ") + ", ".join(q["provisions"])
    return text


def denial_words(claim: Claim, w: Writing, speculative: bool) -> str:
    actor = w.name(claim.roles["actor"][0], subject=True)
    en, fr = DENIALS[claim.qualifiers["denies"]]
    if w.lang == "fr":
        return f"{actor} a démenti {fr}{time_words(claim.qualifiers.get('time'), 'fr')}"
    return f"{actor} denied {en}{time_words(claim.qualifiers.get('time'), 'en')}"


WORDS_OF = {
    "transfer": transfer_words,
    "port_call": port_call_words,
    "agreement": agreement_words,
    "denial": denial_words,
}


@dataclass(slots=True)
class Statement:
    """One claim stated in one article: the sentence around the quote, and who is cited."""

    claim: Claim
    prefix: str
    quote: str
    suffix: str
    modality: str
    cited: list[tuple[Entity, str]]
    unnamed: list[str]


def statement(claim: Claim, w: Writing, world: World) -> Statement:
    """The sentence stating a claim in an article, with its modality and its named and unnamed sources."""
    rng, fr = w.rng, w.lang == "fr"
    modality = MODALITY_DRAW.pick(rng) if claim.kind != "denial" else rng.choice(["asserted", "reported"])
    quote = WORDS_OF[claim.kind](claim, w, modality == "speculative")
    cited = []
    if rng.random() < 0.3:
        organization = world.cited.pick(rng)
        cited.append((organization, w.name(organization)))
    unnamed = [rng.choice(UNNAMED)[1 if fr else 0]] if rng.random() < 0.25 else []
    sources = [name for _, name in cited] + unnamed
    if sources:
        joined = (" et " if fr else " and ").join(sources)
        prefix = f"Selon {joined}, " if fr else f"According to {joined}, "
        quote = quote[0].lower() + quote[1:] if quote.startswith(("The ", "A ", "At ", "Un ", "Au ")) else quote
    else:
        prefix = ""
    if modality == "denied":
        denial = "les autorités ont démenti que " if fr else "officials denied reports that "
        prefix += denial if prefix else denial.capitalize()
        quote = quote[0].lower() + quote[1:] if quote.startswith(("The ", "A ", "At ", "Un ", "Au ")) else quote
    return Statement(claim, prefix, quote, ".", modality, cited, unnamed)


# --- sources ------------------------------------------------------------------------------------


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
    """Sources in publication order, denser in the years the reporting is dense (YEAR_WEIGHTS)."""
    years = list(YEAR_WEIGHTS)
    cumulative = list(itertools.accumulate(YEAR_WEIGHTS.values()))
    position = (number + 0.5) / total * cumulative[-1]
    index = bisect.bisect(cumulative, position)
    year = years[index]
    into_year = (position - (cumulative[index - 1] if index else 0)) / YEAR_WEIGHTS[year]
    first, last = date(year, 1, 1).toordinal(), min(date(year, 12, 31).toordinal(), LAST_DAY)
    return first + int(into_year * (last - first))


def article_text(article: Article, rng: random.Random) -> tuple[str, list[tuple[Statement, int]]]:
    """The article's text: its statements in sentences, with filler between; and where each quote starts."""
    fillers = FILLER_FR if article.lang == "fr" else FILLER_EN
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


def evidence_id(claim_id: str, source_id: str, start: int, end: int) -> str:
    """`graph.model.Evidence.id` (`stable_hash([claim_id, source_id, start, end], "evidence")`), with the JSON
    written out: these ids hold no character JSON escapes, and this runs a few million times."""
    payload = f'["{claim_id}","{source_id}",{start},{end}]'
    return f"evidence:{hashlib.sha1(payload.encode()).hexdigest()[:20]}"


class PartBuilder:
    """The rows of one part: its sources, the claims they state, and the statements as evidence."""

    def __init__(self, flows: dict[str, Row]) -> None:
        self.flows = flows  # every supplier-recipient flow so far, shared by the parts
        self.bulk = Bulk(
            nodes={"Source": [], "Claim": [], "Evidence": []},
            relationships={"SUPPORTS": [], "IN_SOURCE": [], "ATTRIBUTED_TO": [], "MENTIONS": [], "IN_FLOW": []},
        )
        rels = self.bulk.relationships
        self.evidence = self.bulk.nodes["Evidence"]
        self.supports, self.in_source = rels["SUPPORTS"], rels["IN_SOURCE"]
        self.attributed_to = rels["ATTRIBUTED_TO"]
        self.role_rows = {
            kind: {role: rels.setdefault(spec.relationship, []) for role, spec in claim_spec.roles.items()}
            for kind, claim_spec in ontology().claims.items()
        }

    def add_claim(self, claim: Claim) -> None:
        row = claim_row(claim)
        self.bulk.nodes["Claim"].append(row)
        role_rows = self.role_rows[claim.kind]
        for role, entities in claim.roles.items():
            rows = role_rows[role]
            for entity in entities:
                rows.append({"from": claim.id, "to": entity.id})
        if claim.kind == "transfer":
            self.add_flows(claim, row)

    def add_flows(self, claim: Claim, row: Row) -> None:
        """The claim in the flow of each supplier-recipient pair, as `writer.flow_rows` links it."""
        day = row["start_day"] or row["end_day"] or ""
        for supplier in claim.roles["supplier"]:
            for recipient in claim.roles["recipient"]:
                flow_id = f"{supplier.id}>{recipient.id}"
                self.flows.setdefault(flow_id, {"id": flow_id, "supplier": supplier.id, "recipient": recipient.id})
                link = {"from": claim.id, "to": flow_id, "day": day}
                self.bulk.relationships["IN_FLOW"].append(
                    link | {"start_day": row["start_day"], "end_day": row["end_day"]}
                )

    def add_article(self, article: Article, rng: random.Random) -> None:
        text, starts = article_text(article, rng)
        for s, start in starts:
            self.add_evidence(article.id, s, start)
        self.bulk.nodes["Source"].append(source_row(article, text))
        self.bulk.relationships["MENTIONS"] += [
            {"from": article.id, "to": entity.id, "names": sorted(names) if len(names) > 1 else list(names)}
            for entity, names in article.writing.mentions.items()
        ]

    def add_evidence(self, source_id: str, s: Statement, start: int) -> None:
        end = start + len(s.quote)
        claim_id = s.claim.id
        ev_id = evidence_id(claim_id, source_id, start, end)
        self.evidence.append(
            {
                "id": ev_id,
                "quote": s.quote,
                "start_offset": start,
                "end_offset": end,
                "modality": s.modality,
                "unnamed_sources": s.unnamed,
                "source_id": source_id,
                "claim_id": claim_id,
            }
        )
        self.supports.append({"from": ev_id, "to": claim_id})
        self.in_source.append({"from": ev_id, "to": source_id})
        for entity, name in s.cited:
            self.attributed_to.append({"from": ev_id, "to": entity.id, "name": name})


def source_row(article: Article, text: str) -> Row:
    """The Source node as `writer.source_row` makes it, with the counts of what the article states."""
    published = partial_date(article.day, 10)
    outlet = slug(article.publisher.name)
    first_claim = article.statements[0].claim.kind if article.statements else "report"
    return {
        "id": article.id,
        "url": f"https://news.example.org/{outlet}/{article.number}",
        "title": f"{article.publisher.name}: {first_claim.replace('_', ' ')} report {article.number}",
        "publisher": article.publisher.name,
        "author": article.author,
        "published": published,
        "published_day": first_day(published),
        "language": article.lang,
        "text": text,
        "sha256": text_sha256(text),
        "ingested_at": f"{published}T06:00:00+00:00",
        "warnings": [],
        "extractor": EXTRACTOR,
        "claim_count": len({s.claim.id for s in article.statements}),
        "evidence_count": len(article.statements),
    }


# --- the generator ------------------------------------------------------------------------------


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

    def parts(self) -> Iterator[Bulk]:
        for first in range(0, self.sources, SOURCES_PER_PART):
            last = min(first + SOURCES_PER_PART, self.sources)
            yield without_gc(self.part, first, last)
        yield self.entities()

    def part(self, first: int, last: int) -> Bulk:
        """Sources [first, last) and the claims they state (the part's share of all claims)."""
        rng, builder = self.rng, PartBuilder(self.flows)
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

    def entities(self) -> Bulk:
        """The last part: every entity the articles mention, with its aliases, as the writer stores them."""
        entities = sorted(self.mentioned.values(), key=lambda e: e.id)
        aliases: dict[str, Row] = {}
        known_as = []
        for entity in entities:
            for text, lang in [(entity.name, ""), *entity.aliases]:
                norm = normalize_name(text)
                alias_id = f"{entity.id}|{lang}|{norm}"
                if alias_id not in aliases:
                    aliases[alias_id] = {"id": alias_id, "text": text, "norm": norm, "lang": lang}
                    known_as.append({"from": entity.id, "to": alias_id})
        return Bulk(
            nodes={
                "Entity": [
                    {"id": e.id, "kind": e.kind, "name": e.name, "norm": normalize_name(e.name)} for e in entities
                ],
                "Alias": list(aliases.values()),
                "Flow": [self.flows[flow_id] for flow_id in sorted(self.flows)],
            },
            relationships={"KNOWN_AS": known_as},
        )


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


# --- command line: generate, bulk-load, report --------------------------------------------------


def main() -> None:
    parser = argparse.ArgumentParser(description="Generate a synthetic graph and bulk-load it into an embedded store.")
    parser.add_argument("claims", type=int)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--store", type=Path, help="an embedded store directory to load into (must not exist)")
    args = parser.parse_args()
    started = time.perf_counter()
    if args.store is None:
        counts: dict[str, int] = {}
        for part in generate_parts(args.claims, args.seed):
            for name, n in part.counts().items():
                counts[name] = counts.get(name, 0) + n
        print(f"generated in {time.perf_counter() - started:.1f} s: {counts}")
    else:
        from graph.store import open_store
        from graph.store.bulk import bulk_load

        with open_store(args.store) as store:
            bulk_load(store, generate_parts(args.claims, args.seed))
            print(f"generated and loaded in {time.perf_counter() - started:.1f} s: {store.view().stats()['nodes']}")
    print(f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 2**10:.0f} MiB")


if __name__ == "__main__":
    main()
