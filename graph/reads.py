"""What the graph's reads give (`store.view()`): typed read models, each made from the rows of the
query named in its `from_row` (`graph/store/cypher.py`), so that a column's name is read in one place.

    view.transfers_page(TransferFilter(supplier="KP"))   TransferPage of Transfer, each with its Statements
    view.claim(id) / view.audit(id)                      StoredClaim / Audit
    view.entity(id) / view.search("Moscou")              EntityRead / [EntityHit]
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from graph.ontology import ontology
from graph.qualifiers import read

Row = dict[str, Any]


@dataclass(frozen=True, slots=True)
class EntityRef:
    id: str
    name: str
    kind: str | None

    @classmethod
    def from_row(cls, row: Row, role: str = "") -> EntityRef:
        """`id, name, kind` (cypher.ENTITY, the roles of a claim), or a transfer row's `supplier_id,
        supplier, supplier_kind` for `role="supplier"`."""
        if role:
            return cls(id=row[f"{role}_id"], name=row[role], kind=row[f"{role}_kind"])
        return cls(id=row["id"], name=row["name"], kind=row["kind"])


@dataclass(frozen=True, slots=True)
class CitedSource:
    """Whom a statement credits: a named source (an entity) or an unnamed one ("satellite imagery")."""

    name: str  # as the statement cites it
    named: bool
    entity_id: str | None = None
    entity_name: str | None = None  # the entity's own name, and kind
    kind: str | None = None

    @classmethod
    def from_row(cls, row: Row) -> CitedSource:
        """A row of cypher.CLAIM_CITATIONS."""
        return cls(row["name"], True, row["entity_id"], row["entity_name"], row["entity_kind"])


@dataclass(frozen=True, slots=True)
class SourceRef:
    id: str
    title: str | None
    publisher: str | None
    url: str | None
    published: str | None

    @classmethod
    def from_row(cls, row: Row) -> SourceRef:
        return cls(row["source_id"], row["title"], row["publisher"], row["url"], row["published"])


@dataclass(frozen=True, slots=True)
class Statement:
    """One place of one article that states a claim."""

    id: str
    source: SourceRef
    quote: str
    start: int
    end: int
    modality: str
    attributed_to: tuple[CitedSource, ...]

    @classmethod
    def from_row(cls, row: Row, named: list[CitedSource]) -> Statement:
        """A row of cypher.CLAIM_STATEMENTS (or CLAIM_EVIDENCE_WITH_TEXT), with the named sources it
        cites; its unnamed ones follow them."""
        unnamed = [CitedSource(name=name, named=False) for name in row["unnamed_sources"] or []]
        return cls(
            id=row["evidence_id"],
            source=SourceRef.from_row(row),
            quote=row["quote"],
            start=row["start_offset"],
            end=row["end_offset"],
            modality=row["modality"],
            attributed_to=(*named, *unnamed),
        )

    def order(self) -> tuple[Any, ...]:
        """Oldest article first (undated ones last), then by article and place in it."""
        published = self.source.published
        return (published is None, published or "", self.source.id, self.start)


def origins_of(statements: list[Statement]) -> list[str]:
    """Independent origins: the named sources the statements cite, else the outlets that published them
    (five articles that all cite NK News are one origin)."""
    found: set[str] = set()
    for statement in statements:
        cited = {s.entity_id or "" for s in statement.attributed_to if s.named}
        found |= cited or {"outlet:" + (statement.source.publisher or statement.source.id)}
    return sorted(found)


@dataclass(frozen=True, slots=True)
class Transfer:
    id: str
    supplier: EntityRef
    recipient: EntityRef
    qualifiers: dict[str, Any]  # name -> the model's value (graph.qualifiers.read), of the transfer kind
    evidence: tuple[Statement, ...]
    origins: tuple[str, ...]

    @classmethod
    def from_row(cls, row: Row, evidence: list[Statement]) -> Transfer:
        """A row of cypher.TRANSFER_PAGE (or of a flow page with its actors), with its statements."""
        return cls(
            id=row["id"],
            supplier=EntityRef.from_row(row, "supplier"),
            recipient=EntityRef.from_row(row, "recipient"),
            qualifiers=read(row, "transfer"),
            evidence=tuple(evidence),
            origins=tuple(origins_of(evidence)),
        )


@dataclass(frozen=True, slots=True)
class TransferPage:
    items: list[Transfer]
    total: int
    limit: int
    offset: int

    @property
    def next_offset(self) -> int | None:
        following = self.offset + self.limit
        return following if following < self.total else None


@dataclass(frozen=True, slots=True)
class StoredClaim:
    id: str
    kind: str
    roles: dict[str, list[EntityRef]]
    qualifiers: dict[str, Any]  # every qualifier of every kind, None where the claim's kind has none

    @classmethod
    def from_row(cls, row: Row, roles: list[Row]) -> StoredClaim:
        """A row of cypher.CLAIM, with the rows of cypher.roles_of_claim."""
        by_role: dict[str, list[EntityRef]] = {}
        for role in roles:
            name = ontology().role_of(row["kind"], role["relationship"])
            by_role.setdefault(name, []).append(EntityRef.from_row(role))
        return cls(id=row["id"], kind=row["kind"], roles=by_role, qualifiers=read(row))


# --- an audit --------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CheckedStatement:
    """A statement re-read from the stored article: its quote at its offsets, the text against its hash."""

    statement: Statement
    quote_verified: bool
    text_verified: bool
    problems: tuple[str, ...]
    text: str = ""  # the article's stored text, as it was re-read (the pages show the quote in it)


@dataclass(frozen=True, slots=True)
class AttributionLink:
    """An article and the sources it cites for a claim."""

    source_id: str
    title: str | None
    publisher: str | None
    cites: tuple[CitedSource, ...]


@dataclass(frozen=True, slots=True)
class Contradiction:
    kind: str  # denial, conflicting_figure or denied_statement
    reason: str
    claim_id: str | None = None
    evidence_id: str | None = None


@dataclass(frozen=True, slots=True)
class AuditFlags:
    single_origin: bool
    unnamed_sources_only: bool
    unverified_quotes: int


@dataclass(frozen=True, slots=True)
class Audit:
    claim: StoredClaim
    evidence: tuple[CheckedStatement, ...]
    attribution_chain: tuple[AttributionLink, ...]
    origins: tuple[str, ...]
    flags: AuditFlags
    contradictions: tuple[Contradiction, ...]


# --- entities --------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class EntityHit:
    id: str
    kind: str
    name: str
    aliases: list[str]

    @classmethod
    def from_row(cls, row: Row) -> EntityHit:
        """A row of cypher.ENTITY_SEARCH."""
        return cls(id=row["id"], kind=row["kind"], name=row["name"], aliases=row["aliases"])


@dataclass(frozen=True, slots=True)
class ClaimRef:
    claim_id: str
    kind: str
    item: str | None
    time_start: str | None
    time_end: str | None

    @classmethod
    def from_row(cls, row: Row) -> ClaimRef:
        """A row of cypher.entity_claims."""
        return cls(row["claim_id"], row["kind"], row["item"], row["time_start"], row["time_end"])


@dataclass(frozen=True, slots=True)
class Month:
    month: str  # 2023-09
    supplied: int
    received: int


@dataclass(frozen=True, slots=True)
class EntityRead:
    id: str
    kind: str
    name: str
    aliases: dict[str, list[str]]  # language ("any" when unknown) -> names
    claims: dict[str, list[ClaimRef]]  # "transfer.supplier" -> claims
    timeline: list[Month]
