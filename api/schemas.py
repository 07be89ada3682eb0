"""What the API answers: public models, documented with examples, built from the graph's rows."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ConfigDict, Field, create_model

from graph import reads
from graph.model import Claim, Quantity, TimeSpan
from graph.ontology import ontology
from graph.qualifiers import qualifiers


class Public(BaseModel):
    """An API model; built from the graph's read models (`graph.reads`) field by field, by name."""

    model_config = ConfigDict(extra="ignore", from_attributes=True)


class EntityRef(Public):
    id: str = Field(examples=["KP"])
    name: str = Field(examples=["North Korea"])
    kind: str = Field(examples=["country"])


class QuantityOut(Public):
    min: float | None = Field(None, examples=[6500000])
    max: float | None = Field(None, examples=[8000000])
    unit: str | None = Field(None, examples=["shell"])
    per: str | None = Field(None, examples=[None])
    shared: bool = Field(
        False,
        description="one figure the statement gives to several kinds of items together (9,500 containers of "
        "shells, rockets and rifles): the claim of each kind carries it, so a total counts it once",
        examples=[False],
    )


class PeriodOut(Public):
    start: str | None = Field(None, description="partial ISO date: 2023, 2023-08 or 2023-08-26", examples=["2023"])
    end: str | None = Field(None, examples=["2025"])


def qualifier_fields(kind: str | None = None) -> dict[str, Any]:
    """The API fields of the qualifiers (of a kind, or all): a range is a QuantityOut, a period a PeriodOut."""
    always = ontology().claims[kind].always if kind else []
    fields: dict[str, Any] = {}
    for q in qualifiers(kind):
        examples = [q.example] if q.example else None
        if q.type == "texts":
            fields[q.name] = (list[str], Field(default_factory=list, description=q.description))
        elif q.name in always:
            fields[q.name] = (str, Field(description=q.description, examples=examples))
        else:
            kind_of = {"range": QuantityOut, "period": PeriodOut}.get(q.type, str)
            fields[q.name] = (kind_of | None, Field(None, description=q.description, examples=examples))
    return fields


def qualifiers_out(values: dict[str, Any]) -> dict[str, Any]:
    """The model's qualifier values (graph.qualifiers.read) as the API gives them."""
    found: dict[str, Any] = {}
    for name, value in values.items():
        if isinstance(value, Quantity):
            found[name] = QuantityOut(**value.model_dump())
        elif isinstance(value, TimeSpan):
            found[name] = PeriodOut(start=value.start, end=value.end)
        else:
            found[name] = getattr(value, "value", value)
    return found


class SourceRef(Public):
    id: str = Field(examples=["seed-kp-ru-slowdown-2026"])
    title: str | None = None
    publisher: str | None = Field(None, examples=["KBS World"])
    url: str | None = None
    published: str | None = Field(None, examples=["2026-02"])


class CitedSource(Public):
    name: str = Field(examples=["NK News Pro"])
    named: bool = Field(description="a named source (an entity) or an unnamed one (satellite imagery)")
    entity_id: str | None = Field(None, examples=["organization:nk-news-pro"])


class EvidenceOut(Public):
    id: str
    source: SourceRef
    quote: str = Field(description="the exact words of the article")
    start: int = Field(description="offset of the quote's first character in the article's stored text")
    end: int = Field(description="offset just past the quote's last character")
    modality: str = Field(examples=["reported"], description="asserted, reported, speculative or denied")
    attributed_to: list[CitedSource]


class TransferRef(Public):
    id: str = Field(examples=["claim:9b8e923342796d64ba8f"])
    supplier: EntityRef
    recipient: EntityRef


if TYPE_CHECKING:

    class TransferOut(TransferRef):
        independent_origins: int
        origins: list[str]
        evidence: list[EvidenceOut]

else:  # a transfer's qualifiers come from the ontology (graph/ontology/qualifiers.yaml)
    TransferOut = create_model(
        "TransferOut",
        __base__=TransferRef,
        **qualifier_fields("transfer"),
        independent_origins=(int, Field(description="distinct cited sources (or outlets, for uncited statements)")),
        origins=(list[str], ...),
        evidence=(list[EvidenceOut], ...),
    )


class TransferPageOut(Public):
    items: list[TransferOut]
    total: int = Field(description="how many transfers match, over all pages")
    limit: int
    offset: int
    next_offset: int | None = Field(None, description="the offset of the next page, or null on the last one")


class Interpretation(Public):
    """How a question was read: the filters it became, so the caller can check them."""

    language: str = Field(examples=["fr"])
    supplier: EntityRef | None = None
    recipient: EntityRef | None = None
    item: str | None = Field(None, examples=["artillery_ammunition"])
    since: str | None = Field(None, examples=["2023-01-01"])
    until: str | None = None
    unread: list[str] = Field(default_factory=list, description="words of the question that set no filter")


class AnswerOut(Public):
    question: str
    interpretation: Interpretation
    answer: TransferPageOut


def transfer_out(transfer: reads.Transfer) -> TransferOut:
    return TransferOut(
        id=transfer.id,
        supplier=EntityRef.model_validate(transfer.supplier),
        recipient=EntityRef.model_validate(transfer.recipient),
        **qualifiers_out(transfer.qualifiers),
        independent_origins=len(transfer.origins),
        origins=list(transfer.origins),
        evidence=[EvidenceOut.model_validate(e) for e in transfer.evidence],
    )


def page_out(page: reads.TransferPage) -> TransferPageOut:
    return TransferPageOut(
        items=[transfer_out(t) for t in page.items],
        total=page.total,
        limit=page.limit,
        offset=page.offset,
        next_offset=page.next_offset,
    )


class VerifiedEvidence(EvidenceOut):
    quote_verified: bool = Field(description="the quote is the stored text at its offsets")
    text_verified: bool = Field(description="the stored text still has the sha256 it had when ingested")
    problems: list[str]


class ClaimRoles(Public):
    id: str
    kind: str = Field(examples=["transfer"])
    roles: dict[str, list[EntityRef]] = Field(
        examples=[{"supplier": [{"id": "KP", "name": "North Korea", "kind": "country"}]}]
    )


if TYPE_CHECKING:

    class ClaimOut(ClaimRoles): ...

else:  # every qualifier of every kind, null where the claim's kind has none
    ClaimOut = create_model("ClaimOut", __base__=ClaimRoles, **qualifier_fields())


class AttributionLink(Public):
    source_id: str
    title: str | None = None
    publisher: str | None = None
    cites: list[CitedSource]


class Contradiction(Public):
    kind: str = Field(examples=["denial"], description="denial, conflicting_figure or denied_statement")
    claim_id: str | None = None
    evidence_id: str | None = None
    reason: str


class AuditFlags(Public):
    single_origin: bool = Field(description="every statement goes back to one origin")
    unnamed_sources_only: bool = Field(description="the statements credit no named source, only unnamed ones")
    unverified_quotes: int = Field(description="statements whose quote or stored text failed the re-check")


class AuditOut(Public):
    claim: ClaimOut
    evidence: list[VerifiedEvidence]
    attribution_chain: list[AttributionLink]
    independent_origins: int
    origins: list[str]
    flags: AuditFlags
    contradictions: list[Contradiction]


def claim_out(claim: reads.StoredClaim) -> ClaimOut:
    roles = {role: [EntityRef.model_validate(e) for e in entities] for role, entities in claim.roles.items()}
    return ClaimOut(id=claim.id, kind=claim.kind, roles=roles, **qualifiers_out(claim.qualifiers))


def audit_out(audit: reads.Audit) -> AuditOut:
    return AuditOut(
        claim=claim_out(audit.claim),
        evidence=[
            VerifiedEvidence(
                **EvidenceOut.model_validate(check.statement).model_dump(),
                quote_verified=check.quote_verified,
                text_verified=check.text_verified,
                problems=list(check.problems),
            )
            for check in audit.evidence
        ],
        attribution_chain=[AttributionLink.model_validate(link) for link in audit.attribution_chain],
        independent_origins=len(audit.origins),
        origins=list(audit.origins),
        flags=AuditFlags.model_validate(audit.flags),
        contradictions=[Contradiction.model_validate(c) for c in audit.contradictions],
    )


class EntityHit(Public):
    id: str = Field(examples=["RU"])
    kind: str = Field(examples=["country"])
    name: str = Field(examples=["Russia"])
    aliases: list[str] = Field(examples=[["Russie", "Moscou"]])


class ClaimRef(Public):
    claim_id: str
    kind: str
    item: str | None = None
    time_start: str | None = None
    time_end: str | None = None


class MonthOut(Public):
    month: str = Field(examples=["2023-09"])
    supplied: int
    received: int


class EntityOut(Public):
    id: str
    kind: str
    name: str
    aliases: dict[str, list[str]] = Field(description="names seen, by language", examples=[{"fr": ["Moscou"]}])
    claims: dict[str, list[ClaimRef]] = Field(description="claims by kind and role: transfer.supplier ...")
    timeline: list[MonthOut] = Field(description="transfers by month, as supplier and as recipient")


def claim_from_model(claim: Claim, entities: dict[str, EntityRef]) -> ClaimOut:
    """A claim just extracted, with its role entities named."""
    values = {q.name: getattr(claim, q.name) for q in qualifiers()}
    roles = {role: [entities[i] for i in ids if i in entities] for role, ids in claim.roles.items()}
    return ClaimOut(id=claim.id, kind=claim.kind.value, roles=roles, **qualifiers_out(values))


class RankedOut(Public):
    entity: EntityRef
    claims: int = Field(description="its transfer claims, those wholly denied left out")
    origins: int = Field(description="independent origins of those claims: the sources cited, else the outlets")
    claim_ids: list[str]


class BrokerOut(Public):
    entity: EntityRef
    betweenness: float = Field(description="share of the shortest routes between others that pass through it")
    claim_ids: list[str] = Field(description="the claims whose routes pass through it")


class HopOut(Public):
    source: EntityRef
    target: EntityRef
    claim_ids: list[str]


class FlowRefOut(Public):
    supplier: EntityRef
    recipient: EntityRef
    claim_ids: list[str]


class TrendOut(Public):
    supplier: EntityRef
    recipient: EntityRef
    trend: str = Field(examples=["decrease"])
    item: str
    claim_id: str


class YearOut(Public):
    year: str = Field(examples=["2024"])
    flows: int = Field(description="supplier-recipient flows with claims dated this year")
    began: list[FlowRefOut] = Field(description="flows with claims this year and none the year before")
    stopped: list[FlowRefOut] = Field(description="flows with claims the year before and none this year")
    trends: list[TrendOut]


class NetworkOut(Public):
    claims: int = Field(description="transfer claims read, those wholly denied left out")
    suppliers: list[RankedOut]
    recipients: list[RankedOut]
    brokers: list[BrokerOut] = Field(description="actors, ports and vessels on the routes between others")
    path: list[HopOut] | None = Field(None, description="the route from `from` to `to`, hop by hop; [] if none")
    years: list[YearOut]
