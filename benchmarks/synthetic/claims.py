"""Claims as drawn: a kind, entities in its roles and its qualifiers; their ids and rows as the writer makes them."""

from __future__ import annotations

import hashlib
import json
import random
from dataclasses import dataclass
from typing import Any

from graph.ontology import ontology
from graph.qualifiers import row_of
from graph.store.base import Row

from .qualifiers import count, item_draw, quantity, time_span
from .words import Weighted, words
from .world import Entity, MixedPool, Pool, World

W = words()
KIND_DRAW = Weighted.of(W["kinds"])
DENIALS: list[list[str]] = W["denials"]  # English, French
TRENDS = list(W["trends"])
STATUSES: list[str] = W["statuses"]
AGREEMENT_NAMES: list[str] = W["agreement_names"]
PROVISIONS: list[str] = W["provisions"]
CANONICAL_JSON = json.JSONEncoder(sort_keys=True, ensure_ascii=False, separators=(",", ":"))


@dataclass
class Claim:
    """A claim as drawn: its kind, the entities in its roles and its qualifiers, and its id."""

    kind: str
    roles: dict[str, list[Entity]]
    qualifiers: dict[str, Any]
    id: str = ""

    def identity(self) -> dict[str, Any]:
        """What the claim says, exactly as `graph.model.Claim.id` hashes it; a denial's text, not its index."""
        spec = ontology().claims[self.kind]
        identity: dict[str, Any] = {"kind": self.kind}
        for name in spec.identity:
            if name in spec.roles:
                entities = self.roles.get(name, [])
                identity[name] = [entities[0].id] if len(entities) == 1 else sorted([e.id for e in entities])
            else:
                identity[name] = self.qualifiers.get(name)
        if identity.get("denies") is not None:
            identity["denies"] = DENIALS[identity["denies"]][0]
        return identity


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
            chance = 1.0 if spec.required else W["role_chance"].get(role, 0.3)
            low, high = W["many"].get(role, (1, 1)) if spec.many else (1, 1)
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
        """The kind's qualifiers, each drawn or left out by its own chance, in the order of this function."""
        rng = self.rng
        values: dict[str, Any] = {}
        qualifiers = self.specs[kind].qualifiers
        if "item" in qualifiers:
            values["item"] = self.items.pick(rng)
        if "quantity" in qualifiers:
            values["quantity"] = quantity(rng, values.get("item", "other"))
        if "count" in qualifiers and rng.random() < 0.3:
            values["count"] = count(rng)
        if "time" in qualifiers:
            values["time"] = time_span(rng, before)
        if "trend" in qualifiers and rng.random() < 0.1:
            values["trend"] = rng.choice(TRENDS)
        if "status" in qualifiers and rng.random() < 0.3:
            values["status"] = rng.choice(STATUSES)
        if "name" in qualifiers and rng.random() < 0.5:
            values["name"] = rng.choice(AGREEMENT_NAMES)
        if "provisions" in qualifiers and rng.random() < 0.4:
            values["provisions"] = sorted(rng.sample(PROVISIONS, rng.randint(1, 3)))
        if "denies" in qualifiers:
            values["denies"] = rng.randrange(len(DENIALS))  # index; the row keeps the English text
        return values


def claim_id(claim: Claim) -> str:
    """`graph.ids.stable_hash(identity, "claim")`, with one JSON encoder made once rather than per call."""
    payload = CANONICAL_JSON.encode(claim.identity())
    return f"claim:{hashlib.sha1(payload.encode()).hexdigest()[:20]}"


def claim_row(claim: Claim) -> Row:
    """The Claim node as `writer.claim_row` makes it (a denial's text kept as its index until here)."""
    values = dict(claim.qualifiers)
    if values.get("denies") is not None:
        values["denies"] = DENIALS[values["denies"]][0]
    return {"id": claim.id, "kind": claim.kind, **row_of(values)}
