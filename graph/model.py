"""The domain model: sources, entities, n-ary claims and the evidence that ties a claim to a quote.

A claim is identified by what it says (kind, roles and the qualifiers its ontology lists as identity),
so a second article that restates it adds a piece of evidence to the same claim. Evidence is
identified by the claim, the source and the offsets of the quote.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable
from datetime import UTC, date, datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated, Any

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, create_model, model_validator

from graph.ids import stable_hash
from graph.ontology import QualifierSpec, ontology

PARTIAL_DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")
# The same, only days that exist (30 days hath November; February 29 in leap years; year 0001 on), for
# the schema of the API's parameters: what the schema calls valid, the API accepts.
_YEAR = r"(000[1-9]|00[1-9]\d|0[1-9]\d{2}|[1-9]\d{3})"
_LEAP_YEAR = r"(\d\d(0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00)"
_DAY_OF_MONTH = r"((0[13578]|1[02])-(0[1-9]|[12]\d|3[01])|(0[469]|11)-(0[1-9]|[12]\d|30)|02-(0[1-9]|1\d|2[0-8]))"
CALENDAR_DATE = re.compile(rf"^({_YEAR}(-(0[1-9]|1[0-2]))?|{_YEAR}-{_DAY_OF_MONTH}|{_LEAP_YEAR}-02-29)$")


def _choices(name: str, values: Iterable[str]) -> type[StrEnum]:
    return StrEnum(name, {value.upper(): value for value in values})  # type: ignore[return-value]


# The choices of qualifiers (graph/ontology/qualifiers.yaml) as enums: Trend, Status.
CHOICES = {q.name: _choices(q.name.title(), q.values) for q in ontology().qualifiers.values() if q.type == "choice"}

if TYPE_CHECKING:  # the values come from the ontology's files; for the type checker, the classes

    class EntityKind(StrEnum): ...

    class ClaimKind(StrEnum): ...

    class Trend(StrEnum): ...

    class Status(StrEnum): ...

else:
    EntityKind = _choices("EntityKind", ontology().entity_kinds)  # graph/ontology/entities.yaml
    ClaimKind = _choices("ClaimKind", ontology().claims)  # one file each
    Trend, Status = CHOICES["trend"], CHOICES["status"]


class Modality(StrEnum):
    ASSERTED = "asserted"
    REPORTED = "reported"
    SPECULATIVE = "speculative"
    DENIED = "denied"


def _check_partial_date(value: str | None) -> str | None:
    if value is None:
        return value
    if not PARTIAL_DATE.match(value):
        raise ValueError(f"not an ISO date or partial date (YYYY, YYYY-MM, YYYY-MM-DD): {value!r}")
    try:
        date.fromisoformat((value + "-01-01")[:10])  # a real calendar day: year 1 or later, days in the month
    except ValueError:
        raise ValueError(f"not a real date: {value!r}") from None
    return value


PartialDate = Annotated[str, AfterValidator(_check_partial_date)]

# An article's id: letters, digits, "_", "-" and single dots inside, at most 128 characters. It names
# the article's export files, so it never holds a path, a space, a NUL or "..".
DOCUMENT_ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_-]*(?:\.[A-Za-z0-9_-]+)*$"
DOCUMENT_ID_MAX = 128
DocumentId = Annotated[str, Field(min_length=1, max_length=DOCUMENT_ID_MAX, pattern=DOCUMENT_ID_PATTERN)]
LANGUAGE_PATTERN = r"^[a-z]{2}$"


def check_language(value: str | None) -> str | None:
    """An ISO 639-1 code ("en", "fr", "de" ...): extraction reads English and French, and keeps an
    article in another language with a warning; a code that names no language is refused."""
    import pycountry

    if value is not None and pycountry.languages.get(alpha_2=value) is None:
        raise ValueError(f"not an ISO 639-1 language code: {value!r}")
    return value


Language = Annotated[str, Field(pattern=LANGUAGE_PATTERN), AfterValidator(check_language)]
WEB_URL_PATTERN = r"^https?://[^\s]+$"


def first_day(partial: str) -> str:
    """The first day a partial date covers: "2023-08" -> "2023-08-01"."""
    return (partial + "-01-01")[:10] if len(partial) == 4 else (partial + "-01")[:10]


def last_day(partial: str) -> str:
    """The last day a partial date covers: "2023-02" -> "2023-02-28"."""
    if len(partial) == 10:
        return partial
    year = int(partial[:4])
    month = int(partial[5:7]) if len(partial) == 7 else 12
    return f"{year:04d}-{month:02d}-{calendar.monthrange(year, month)[1]:02d}"


class Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Alias(Frozen):
    text: str = Field(min_length=1)
    lang: str | None = None


class Entity(Frozen):
    id: str
    kind: EntityKind
    name: str = Field(min_length=1)
    aliases: tuple[Alias, ...] = ()


class Quantity(Frozen):
    """A figure as a range: "6.5 to 8 million shells" is min 6 500 000, max 8 000 000, unit shell.

    `shared`: the one figure of a statement that names several kinds of items ("9,500 containers of
    shells, rockets and rifles"), given to the claim of each kind: it counts the kinds together, so
    a total must count it once, not once per claim.
    """

    min: float | None = None
    max: float | None = None
    unit: str | None = None
    per: str | None = None
    shared: bool = False

    @model_validator(mode="after")
    def _ordered(self) -> Quantity:
        if self.min is not None and self.max is not None and self.min > self.max:
            raise ValueError(f"quantity min {self.min} is above max {self.max}")
        return self

    def identity(self) -> dict[str, Any]:
        """What a claim's id hashes of the figure: `shared` only when set, so that a claim whose figure
        is its own keeps the id it had before figures could be shared."""
        return self.model_dump(exclude=None if self.shared else {"shared"})

    def phrase(self) -> str:
        """The figure in words, for people: "at least 1,000 container", "4,000,000 to 5,000,000 shell per
        month (one figure for several items)"."""
        low, high = self.min, self.max
        if low is None or high is None:
            figure = f"at least {low:,.0f}" if high is None else f"at most {high:,.0f}"
        else:
            figure = f"{low:,.0f}" if low == high else f"{low:,.0f} to {high:,.0f}"
        rate = f" per {self.per}" if self.per else ""
        shared = " (one figure for several items)" if self.shared else ""
        return f"{figure} {self.unit or ''}".strip() + rate + shared


class TimeSpan(Frozen):
    """An interval of partial dates; the length of each end gives its granularity (year, month, day)."""

    start: PartialDate | None = None
    end: PartialDate | None = None

    def first_day(self) -> str | None:
        return first_day(self.start) if self.start else None

    def last_day(self) -> str | None:
        return last_day(self.end) if self.end else None


class ClaimBase(Frozen):
    """An n-ary claim. `roles` maps a role of the claim's kind to entity ids ("supplier": ["KP"]); its
    qualifiers (`Claim`) are those of graph/ontology/qualifiers.yaml."""

    kind: ClaimKind
    roles: dict[str, tuple[str, ...]]

    @model_validator(mode="after")
    def _fits_ontology(self) -> ClaimBase:
        spec = ontology().claims[self.kind]
        unknown = set(self.roles) - set(spec.roles)
        if unknown:
            raise ValueError(f"{self.kind} has no role {sorted(unknown)}")
        for role, role_spec in spec.roles.items():
            filled = self.roles.get(role, ())
            if role_spec.required and not filled:
                raise ValueError(f"{self.kind} needs a {role}")
            if len(filled) > 1 and not role_spec.many:
                raise ValueError(f"{self.kind} takes one {role}, got {len(filled)}")
        for q in ontology().qualifiers.values():
            value = getattr(self, q.name, None)
            if q.type == "category" and value is not None and value not in ontology().item_categories:
                raise ValueError(f"unknown item category {value!r}")
        return self

    def role(self, name: str) -> str | None:
        ids = self.roles.get(name, ())
        return ids[0] if ids else None

    @property
    def id(self) -> str:
        spec = ontology().claims[self.kind]
        identity: dict[str, Any] = {"kind": self.kind.value}
        for field in spec.identity:
            if field in spec.roles:
                identity[field] = sorted(self.roles.get(field, ()))
            else:
                value = getattr(self, field)
                if isinstance(value, Quantity):
                    identity[field] = value.identity()
                else:
                    identity[field] = value.model_dump() if isinstance(value, BaseModel) else value
        return stable_hash(identity, "claim")


def _qualifier_field(q: QualifierSpec) -> tuple[Any, Any]:
    """A qualifier's field in the model: its type, and none by default."""
    if q.type == "texts":
        return tuple[str, ...], ()
    if q.type == "choice":
        return CHOICES[q.name] | None, None
    return {"text": str, "category": str, "range": Quantity, "period": TimeSpan}[q.type] | None, None


if TYPE_CHECKING:

    class Claim(ClaimBase):
        """For the type checker: a qualifier is whatever qualifiers.yaml makes it (Quantity, TimeSpan,
        a choice, a string or a tuple of them), read by name."""

        def __init__(self, **values: Any) -> None: ...

        def __getattr__(self, qualifier: str) -> Any: ...

else:  # the qualifiers of graph/ontology/qualifiers.yaml, in its order
    Claim = create_model(
        "Claim", __base__=ClaimBase, **{q.name: _qualifier_field(q) for q in ontology().qualifiers.values()}
    )


class Attribution(Frozen):
    """Whom a source credits a statement to: a named source (an entity) or an unnamed one."""

    name: str = Field(min_length=1)
    named: bool
    entity_id: str | None = None

    @model_validator(mode="after")
    def _named_has_entity(self) -> Attribution:
        if self.named and not self.entity_id:
            raise ValueError(f"named source {self.name!r} needs the id of its entity")
        return self


class Evidence(Frozen):
    """One statement of a claim in one source: the exact quote, where it is, how sure, and on whose word."""

    claim_id: str
    source_id: str
    quote: str = Field(min_length=1)
    start: int = Field(ge=0)
    end: int
    modality: Modality
    attributed_to: tuple[Attribution, ...] = ()

    @model_validator(mode="after")
    def _offsets(self) -> Evidence:
        if self.end - self.start != len(self.quote):
            raise ValueError("quote length does not match its offsets")
        return self

    @property
    def id(self) -> str:
        return stable_hash([self.claim_id, self.source_id, self.start, self.end], "evidence")


class Source(Frozen):
    """An article as ingested: its metadata and its full text, with the text's sha256."""

    id: str = Field(min_length=1)
    url: str | None = None
    title: str | None = None
    publisher: str | None = None
    author: str | None = None
    published: PartialDate | None = None
    language: str | None = None
    text: str = Field(min_length=1)
    sha256: str
    ingested_at: datetime = Field(default_factory=lambda: datetime.now(UTC))
    warnings: tuple[str, ...] = ()
    extractor: str | None = None  # the data version and tasks that read it


class SourceMention(Frozen):
    """An entity named in a source, with the words the source used for it."""

    entity_id: str
    names: tuple[str, ...]


class ArticleRecord(BaseModel):
    """Everything one article adds to the graph: written in one transaction, all or nothing."""

    model_config = ConfigDict(extra="forbid")

    source: Source
    entities: list[Entity] = Field(default_factory=list)
    mentions: list[SourceMention] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)
    evidence: list[Evidence] = Field(default_factory=list)

    @model_validator(mode="after")
    def _consistent(self) -> ArticleRecord:
        known = {e.id for e in self.entities}
        claim_ids = {c.id for c in self.claims}
        unknown_mentions = {m.entity_id for m in self.mentions} - known
        if unknown_mentions:
            raise ValueError(f"mentions of unknown entities {sorted(unknown_mentions)}")
        for claim in self.claims:
            for ids in claim.roles.values():
                missing = set(ids) - known
                if missing:
                    raise ValueError(f"claim {claim.id} refers to unknown entities {sorted(missing)}")
        for ev in self.evidence:
            if ev.claim_id not in claim_ids:
                raise ValueError(f"evidence {ev.id} supports no claim of this article")
            if ev.source_id != self.source.id:
                raise ValueError(f"evidence {ev.id} comes from another source")
            if self.source.text[ev.start : ev.end] != ev.quote:
                raise ValueError(f"evidence quote is not the text at {ev.start}:{ev.end}")
            cited = {a.entity_id for a in ev.attributed_to if a.entity_id} - known
            if cited:
                raise ValueError(f"evidence {ev.id} cites unknown entities {sorted(cited)}")
        return self
