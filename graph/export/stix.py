"""The graph as a STIX 2.1 bundle for OpenCTI and other threat-intelligence platforms, built with the
`stix2` library (so that every object is checked as it is made).

    state                     location (its ISO code as `country`)
    organization, person      identity (identity_class organization, individual); a vessel an identity
                              of class "unknown"; ports, places, weapon systems and named agreements are
                              no STIX object of their own: their names are in the claim's extension
    transfer                  relationship "transfers-to", supplier -> recipient, start_time/stop_time
    agreement                 relationship "has-agreement-with", the first party -> each other party
    port call, denial         note on the vessel, flag or actor (on the article's report if none)
    statement                 note on its claim's object: the quote, its modality, article and sources
    article                   report (published; the url as external reference) whose object_refs hold
                              the objects it names, its claims' objects and its statements' notes

Each claim's object carries the osintkg extension (`EXTENSION`, a property extension whose
extension-definition is in the bundle): the claim's id, kind, qualifiers, other roles, and every
statement with its quote, offsets, modality and cited sources. Ids are derived from osintkg's (the
same claim is the same relationship in every export); every object is created by the osintkg identity.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

import stix2

from graph.export.dataset import Article, Chunk, Entity, ExportedClaim
from graph.model import Quantity, TimeSpan, first_day, last_day
from graph.reads import Statement

EPOCH = "1970-01-01T00:00:00Z"  # when no article says when (an article without ingest time)
RELATIONSHIP_TYPES = {"transfer": "transfers-to", "agreement": "has-agreement-with"}
IDENTITY_CLASSES = {"organization": "organization", "person": "individual", "vessel": "unknown"}
EXTENSION_SCHEMA = (
    "osintkg claim: claim_id, kind, and the claim's qualifiers (item, quantity {min, max, unit, per, "
    "shared}, time {start, end} as partial ISO dates, status, trend, name, provisions, denies, count), "
    "roles (role -> names of the entities without a STIX object of their own), and statements: for each "
    "place of an article stating the claim, its quote, article id, start and end offsets in the stored "
    "text, modality (asserted, reported, speculative, denied) and cited sources. See the README, Exports."
)


def stix_id(kind: str, osintkg_id: str) -> str:
    """A deterministic id of a STIX type for an osintkg id: a hash laid out as a version-4 UUID."""
    digest = hashlib.sha256(f"osintkg|{kind}|{osintkg_id}".encode()).digest()
    return f"{kind}--{uuid.UUID(bytes=digest[:16], version=4)}"


CREATOR = stix_id("identity", "osintkg")
EXTENSION = stix_id("extension-definition", "osintkg-claim-1.0")


@dataclass
class _State:
    """What the bundle has given so far, and what each article's report will list."""

    ingested: dict[str, str] = field(default_factory=dict)  # article id -> ingest time
    articles: dict[str, Article] = field(default_factory=dict)
    objects: dict[str, str] = field(default_factory=dict)  # entity id -> its STIX object id
    refs: dict[str, set[str]] = field(default_factory=dict)  # article id -> its report's object_refs


def bundle(chunks: Iterable[Chunk]) -> Iterator[str]:
    """The bundle as JSON text, an object at a time; the reports come last, once all their refs are known."""
    yield '{"type": "bundle", "id": "' + stix_id("bundle", "osintkg-export") + '", "objects": [\n'
    yield _json(creator()) + ",\n" + _json(extension_definition())
    state = _State()
    for chunk in chunks:
        for obj in _chunk_objects(chunk, state):
            yield ",\n" + _json(obj)
    for article_id in sorted(state.refs):
        yield ",\n" + _json(report(state.articles[article_id], state.refs[article_id]))
    yield "\n]}\n"


def _json(obj: Any) -> str:
    return str(obj.serialize(sort_keys=True))


def creator() -> stix2.Identity:
    return stix2.Identity(id=CREATOR, name="osintkg", identity_class="system", created=EPOCH, modified=EPOCH)


def extension_definition() -> stix2.ExtensionDefinition:
    return stix2.ExtensionDefinition(
        id=EXTENSION,
        created_by_ref=CREATOR,
        created=EPOCH,
        modified=EPOCH,
        name="osintkg claim",
        description="A claim of osintkg with its qualifiers and the statements of articles that make it.",
        schema=EXTENSION_SCHEMA,
        version="1.0",
        extension_types=["property-extension"],
    )


def _chunk_objects(chunk: Chunk, state: _State) -> Iterator[Any]:
    for article in chunk.articles:
        state.articles[article.id] = article
        state.ingested[article.id] = _timestamp(article.ingested_at) or EPOCH
    when = min((state.ingested[a.id] for a in chunk.articles), default=EPOCH)
    for entity in chunk.entities:
        obj = entity_object(entity, when)
        if obj is not None:
            state.objects[entity.id] = obj.id
            yield obj
    for claim in chunk.claims:
        yield from claim_objects(claim, state)


def entity_object(entity: Entity, created: str) -> Any:
    """A state as a location, a body, person or vessel as an identity; None for the other kinds."""
    common = {"name": entity.name, "created_by_ref": CREATOR, "created": created, "modified": created}
    if entity.kind == "country":
        return stix2.Location(id=stix_id("location", entity.id), country=entity.id, **common)
    if entity.kind in IDENTITY_CLASSES:
        return stix2.Identity(id=stix_id("identity", entity.id), identity_class=IDENTITY_CLASSES[entity.kind], **common)
    return None


def claim_objects(claim: ExportedClaim, state: _State) -> Iterator[Any]:
    """The claim's objects (relationships, or a note), then a note per statement."""
    created = min((state.ingested.get(s.source.id, EPOCH) for s in claim.statements), default=EPOCH)
    common = {"created_by_ref": CREATOR, "created": created, "modified": created}
    extension = {EXTENSION: {"extension_type": "property-extension", **extension_of(claim, state)}}
    made = list(_claim_relationships(claim, state, common, extension))
    if not made:
        about = _refs(claim, state) or [stix_id("report", s.source.id) for s in claim.statements]
        abstract = summary_title(claim)
        made = [
            stix2.Note(
                id=stix_id("note", claim.id),
                abstract=abstract,
                content=abstract,
                object_refs=about,
                extensions=extension,
                **common,
            )
        ]
    for statement in claim.statements:
        note = quote_note(statement, made[0].id, common)
        refs = state.refs.setdefault(statement.source.id, set())
        refs.update([*(obj.id for obj in made), note.id, *_refs(claim, state)])
        yield note
    yield from made


def _claim_relationships(
    claim: ExportedClaim, state: _State, common: dict[str, Any], extension: dict[str, Any]
) -> Iterator[Any]:
    kind = RELATIONSHIP_TYPES.get(claim.kind)
    if kind is None:
        return
    if claim.kind == "transfer":
        pairs = [(claim.one("supplier"), claim.one("recipient"))]
    else:
        parties = list(claim.roles.get("parties", ()))
        pairs = [(parties[0], other) for other in parties[1:]]
    for index, (source, target) in enumerate(pairs):
        if source is None or target is None or source.id not in state.objects or target.id not in state.objects:
            continue
        start, end = claim.days()
        times = {"start_time": _day_start(start), "stop_time": _day_end(end)}
        if times["start_time"] and times["stop_time"] and times["stop_time"] <= times["start_time"]:
            times["stop_time"] = None
        yield stix2.Relationship(
            id=stix_id("relationship", claim.id if index == 0 else f"{claim.id}|{index}"),
            relationship_type=kind,
            source_ref=state.objects[source.id],
            target_ref=state.objects[target.id],
            description=summary_title(claim),
            extensions=extension,
            **{k: v for k, v in times.items() if v},
            **common,
        )


def _refs(claim: ExportedClaim, state: _State) -> list[str]:
    """The STIX objects of the claim's entities."""
    return sorted({state.objects[ref.id] for refs in claim.roles.values() for ref in refs if ref.id in state.objects})


def quote_note(statement: Statement, about: str, common: dict[str, Any]) -> stix2.Note:
    cited = ", ".join(s.name for s in statement.attributed_to) or "the article itself"
    return stix2.Note(
        id=stix_id("note", statement.id),
        abstract=f"{statement.modality}, on the word of: {cited}",
        content=statement.quote,
        authors=[statement.source.publisher] if statement.source.publisher else None,
        object_refs=[about],
        **common,
    )


def report(article: Article, refs: set[str]) -> stix2.Report:
    created = _timestamp(article.ingested_at) or EPOCH
    reference = {"source_name": article.publisher or "article", "external_id": article.id}
    return stix2.Report(
        id=stix_id("report", article.id),
        name=article.title or article.id,
        published=_day_start(article.published) or created,
        report_types=["threat-report"],
        object_refs=sorted(refs),
        external_references=[reference | ({"url": article.url} if article.url else {})],
        lang=article.language,
        created_by_ref=CREATOR,
        created=created,
        modified=created,
    )


def extension_of(claim: ExportedClaim, state: _State) -> dict[str, Any]:
    values = {name: _plain(value) for name, value in claim.qualifiers.items() if value not in (None, [])}
    others = {
        role: [ref.name for ref in refs]
        for role, refs in claim.roles.items()
        if refs and not all(ref.id in state.objects for ref in refs)
    }
    return {
        "claim_id": claim.id,
        "kind": claim.kind,
        **values,
        "roles": others,
        "statements": [_statement(s) for s in claim.statements],
    }


def _statement(statement: Statement) -> dict[str, Any]:
    return {
        "quote": statement.quote,
        "article": statement.source.id,
        "start": statement.start,
        "end": statement.end,
        "modality": statement.modality,
        "cited": [s.name for s in statement.attributed_to],
    }


def _plain(value: Any) -> Any:
    if isinstance(value, Quantity | TimeSpan):
        return {k: v for k, v in json.loads(value.model_dump_json()).items() if v not in (None, False)}
    return value


def summary_title(claim: ExportedClaim) -> str:
    """The claim's title, a denial's with what it denies."""
    denies = claim.qualifiers.get("denies") if claim.kind == "denial" else None
    return f"{claim.title()}: {denies}" if denies else claim.title()


def _timestamp(value: str | None) -> str | None:
    return value.replace("+00:00", "Z") if value else None


def _day_start(partial: str | None) -> str | None:
    return f"{first_day(partial[:10])}T00:00:00Z" if partial else None


def _day_end(partial: str | None) -> str | None:
    return f"{last_day(partial[:10])}T23:59:59Z" if partial else None
