"""Writing: a store's Writer queues articles and writes them in batches, or loads a whole new graph at
once; an article's domain objects become rows, the rows `UNWIND` batches.

    writer = store.writer()
    writer.add_article(record)     # queued
    writer.flush()                 # the queue in one transaction: per article, new or not, or its error
    writer.bulk_load(parts)        # a large new graph into an empty store (graph.store.bulk)
"""

from __future__ import annotations

import tempfile
from abc import ABC, abstractmethod
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from graph import model
from graph.errors import ConflictError, OsintkgError
from graph.ids import alias_id, link_id, normalize_name
from graph.qualifiers import claim_values
from graph.store import cypher, facets, flows, months, pairs, roles
from graph.store.base import Row, Tx

if TYPE_CHECKING:
    from graph.store.base import Store
    from graph.store.bulk import Bulk, Table


class Writer(ABC):
    """Writes to one store; a backend says how a bulk load's files go in (`load_files`)."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.pending: list[model.ArticleRecord] = []

    def add_article(self, record: model.ArticleRecord) -> None:
        self.pending.append(record)

    def flush(self) -> list[bool | OsintkgError]:
        """Write the queued articles in one transaction, their rows batched together (several times faster
        than one transaction each). If any is refused, each is written on its own, so the others land.
        Returns, per article, whether it was new, or the error that refused it."""
        records, self.pending = self.pending, []
        if not records:
            return []
        try:
            return list(self.store.run_in_transaction(lambda tx: write_articles(tx, records), write=True))
        except OsintkgError:
            return [self._write_or_refuse(record) for record in records]

    def _write_or_refuse(self, record: model.ArticleRecord) -> bool | OsintkgError:
        try:
            return self.store.write([record])[0]
        except OsintkgError as error:
            return error

    def bulk_load(self, batch: Bulk | Iterable[Bulk]) -> None:
        """Load a new graph into an empty store, fast. Raises ConflictError when the store holds data."""
        from graph.store.bulk import Bulk, refuse_unless_empty, write_parquet

        refuse_unless_empty(self.store)
        parts = [batch] if isinstance(batch, Bulk) else batch
        with tempfile.TemporaryDirectory(prefix="osintkg-bulk-") as folder:
            self.load_files(write_parquet(parts, Path(folder)))
        self.store.run_in_transaction(count_after_load, write=True)

    @abstractmethod
    def load_files(self, files: list[tuple[Table, Path]]) -> None:
        """The store-specific step of a bulk load: each table's Parquet file, in load order, into the store."""


def count_after_load(tx: Tx) -> None:
    """What the store counts itself once a bulk load's rows are in (`bulk.COUNTED`)."""
    flows.count_flows(tx)
    flows.link_sides(tx)
    months.count_months(tx)
    facets.count_facets(tx)
    pairs.count_pairs(tx)
    roles.count_roles(tx)


def write_article(tx: Tx, record: model.ArticleRecord) -> bool:
    """Write one article in the open transaction. Returns False when the same text was already stored."""
    return write_articles(tx, [record])[0]


def write_articles(tx: Tx, records: list[model.ArticleRecord]) -> list[bool]:
    """Write articles in the open transaction, the rows of all of them in one batch per statement.

    Returns, per article, whether it was new (False: the same text is already stored, or earlier in
    `records`). A source id that already holds another text raises ConflictError.
    """
    ids = [record.source.id for record in records]
    tx.run(cypher.CLAIM_SOURCES, {"ids": ids})  # before reading: two writers of one id take turns
    found = tx.run(cypher.SOURCE_FINGERPRINTS, {"ids": ids})
    fingerprints = {row["id"]: row["sha256"] for row in found if row["sha256"] is not None}
    new = []
    for record in records:
        source = record.source
        stored = fingerprints.get(source.id)
        if stored is not None and stored != source.sha256:
            raise ConflictError(f"source id {source.id!r} already holds another text (sha256 {stored[:12]}…)")
        new.append(stored is None)
        fingerprints[source.id] = source.sha256
    written = [r for r, is_new in zip(records, new, strict=True) if is_new]
    for statement, rows in article_batches(written):
        if rows:
            tx.run(statement, {"rows": rows})
    claims = [claim for record in written for claim in record.claims]
    roles.link_roles(tx, claims)
    flows.add_to_flows(tx, claims)
    facets.link_facets(tx, unique(facets.facet_rows(claims, [ev for record in written for ev in record.evidence])))
    facets.link_origins(tx, claims, [record.source.id for record in written])
    return new


def article_batches(records: list[model.ArticleRecord]) -> list[tuple[str, list[Row]]]:
    """Each statement with its rows, in the order that respects MATCHes (nodes before relationships; the
    role links come after them all, `roles.link_roles`)."""
    claims = [claim for record in records for claim in record.claims]
    evidence = [ev for record in records for ev in record.evidence]
    entities = [entity for record in records for entity in record.entities]
    flow_links = unique(flows.flow_rows(claims))
    return [
        (cypher.UPSERT_SOURCES, [source_row(record) for record in records]),
        (cypher.UPSERT_ENTITIES, unique(entity_row(e) for e in entities)),
        (cypher.UPSERT_ALIASES, unique(alias_rows(entities))),
        (cypher.UPSERT_MENTIONS, unique(mention_rows(records))),
        (cypher.UPSERT_CLAIMS, unique(claim_row(c) for c in claims)),
        (cypher.UPSERT_FLOWS, flow_links),
        (cypher.LINK_FLOW_SIDES, unique(flows.side_rows(flow_links))),
        (cypher.UPSERT_TRANSFER_MONTHS, unique(months.month_rows(claims))),
        (cypher.UPSERT_EVIDENCE, unique(evidence_row(ev) for ev in evidence)),
        (cypher.UPSERT_ATTRIBUTIONS, unique(attribution_rows(evidence))),
    ]


def unique(rows: Iterable[Row], key: str = "id") -> list[Row]:
    """One row per key: a MERGE batch must not name the same node twice."""
    seen: dict[Any, Row] = {}
    for row in rows:
        seen.setdefault(row[key], row)
    return list(seen.values())


def source_row(record: model.ArticleRecord) -> Row:
    s = record.source
    return {
        "id": s.id,
        "url": s.url,
        "title": s.title,
        "publisher": s.publisher,
        "author": s.author,
        "published": s.published,
        "published_day": model.first_day(s.published) if s.published else None,
        "language": s.language,
        "text": s.text,
        "sha256": s.sha256,
        "ingested_at": s.ingested_at.isoformat(timespec="seconds"),
        "warnings": list(s.warnings),
        "extractor": s.extractor,
        "claim_count": len({c.id for c in record.claims}),
        "evidence_count": len({e.id for e in record.evidence}),
    }


def entity_row(entity: model.Entity) -> Row:
    return {"id": entity.id, "kind": entity.kind.value, "name": entity.name, "norm": normalize_name(entity.name)}


def alias_rows(entities: Iterable[model.Entity]) -> Iterable[Row]:
    for entity in entities:
        for alias in (model.Alias(text=entity.name), *entity.aliases):
            norm = normalize_name(alias.text)
            lang = alias.lang or ""
            yield {
                "id": alias_id(entity.id, lang, norm),
                "entity_id": entity.id,
                "text": alias.text,
                "norm": norm,
                "lang": lang,
            }


def mention_rows(records: list[model.ArticleRecord]) -> Iterable[Row]:
    for record in records:
        for mention in record.mentions:
            yield mention_row(record.source.id, mention)


def mention_row(source_id: str, mention: model.SourceMention) -> Row:
    return {
        "id": link_id(source_id, mention.entity_id),
        "source_id": source_id,
        "entity_id": mention.entity_id,
        "names": sorted(set(mention.names)),
    }


def claim_row(claim: model.Claim) -> Row:
    return {"id": claim.id, "kind": claim.kind.value, **claim_values(claim)}


def evidence_row(ev: model.Evidence) -> Row:
    return {
        "id": ev.id,
        "claim_id": ev.claim_id,
        "source_id": ev.source_id,
        "quote": ev.quote,
        "start_offset": ev.start,
        "end_offset": ev.end,
        "modality": ev.modality.value,
        "unnamed_sources": [a.name for a in ev.attributed_to if not a.named],
    }


def attribution_rows(evidence: Iterable[model.Evidence]) -> Iterable[Row]:
    for ev in evidence:
        for a in ev.attributed_to:
            if a.named and a.entity_id:
                row = {"evidence_id": ev.id, "entity_id": a.entity_id, "name": a.name}
                yield {"id": link_id(ev.id, a.entity_id), **row}
