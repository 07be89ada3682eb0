"""The ontology as data: claim kinds, their roles, qualifiers and identity, entity kinds and item categories.

Each claim kind is one YAML file in `graph/ontology/`, the qualifiers one more (`qualifiers.yaml`);
adding a role or a qualifier there adds it to the model, to both stores' schema, to the API's claims
and to the exports without touching code.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, Field

ONTOLOGY_DIR = Path(__file__).parent / "ontology"
ENTITY_KINDS_FILE = "entities.yaml"
ITEM_CATEGORIES_FILE = "items.yaml"
QUALIFIERS_FILE = "qualifiers.yaml"
QualifierType = Literal["text", "texts", "category", "choice", "range", "period"]


class RoleSpec(BaseModel):
    """One role of a claim kind: which relationship type carries it and which entities may fill it."""

    relationship: str
    kinds: list[str]
    many: bool = False
    required: bool = False


class QualifierSpec(BaseModel):
    """One qualifier: its type, the values of a choice, and the Claim property storing each part."""

    name: str
    type: QualifierType
    description: str
    values: list[str] = Field(default_factory=list)
    columns: dict[str, str]
    example: str | None = None


class EvalField(BaseModel):
    """A field of the shared eval format: from a role (`as`: one, refs, names, name, id) or a qualifier
    (`as`: list wraps the value), with a default for a null."""

    role: str | None = None
    qualifier: str | None = None
    as_: Literal["one", "refs", "names", "name", "id", "list", "value"] = Field("value", alias="as")
    default: str | None = None


class ClaimSpec(BaseModel):
    kind: str
    label: str
    description: str
    roles: dict[str, RoleSpec]
    qualifiers: list[str] = Field(default_factory=list)
    always: list[str] = Field(default_factory=list)  # the qualifiers every claim of the kind has
    identity: list[str]
    eval: dict[str, EvalField] = Field(default_factory=dict)


class Ontology(BaseModel):
    claims: dict[str, ClaimSpec]
    qualifiers: dict[str, QualifierSpec]
    entity_kinds: dict[str, str]
    item_categories: dict[str, str]

    def relationships(self) -> dict[str, set[str]]:
        """Every role relationship type, with the entity kinds it may point to."""
        found: dict[str, set[str]] = {}
        for spec in self.claims.values():
            for role in spec.roles.values():
                found.setdefault(role.relationship, set()).update(role.kinds)
        return found

    def role_of(self, kind: str, relationship: str) -> str:
        for name, role in self.claims[kind].roles.items():
            if role.relationship == relationship:
                return name
        raise KeyError(relationship)


def _read(name: str) -> dict[str, Any]:
    return dict(yaml.safe_load((ONTOLOGY_DIR / name).read_text(encoding="utf-8")))


@cache
def ontology() -> Ontology:
    """The ontology, read once per process."""
    reserved = {ENTITY_KINDS_FILE, ITEM_CATEGORIES_FILE, QUALIFIERS_FILE}
    claims = {}
    for path in sorted(ONTOLOGY_DIR.glob("*.yaml")):
        if path.name not in reserved:
            spec = ClaimSpec.model_validate(_read(path.name))
            claims[spec.kind] = spec
    qualifiers = {name: QualifierSpec(name=name, **spec) for name, spec in _read(QUALIFIERS_FILE).items()}
    for spec in claims.values():
        unknown = set(spec.qualifiers) - set(qualifiers)
        if unknown:
            raise ValueError(f"claim kind {spec.kind!r} lists unknown qualifiers {sorted(unknown)}")
    return Ontology(
        claims=claims,
        qualifiers=qualifiers,
        entity_kinds=_read(ENTITY_KINDS_FILE),
        item_categories=_read(ITEM_CATEGORIES_FILE),
    )
