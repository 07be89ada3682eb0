"""Ingest: read each file, extract, write it in one transaction; refuse bad files and go on."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from extractors.documents import Document, find_articles, read_document
from extractors.pipeline import extract
from graph.errors import ConflictError, OsintkgError
from graph.ids import text_sha256
from graph.model import ArticleRecord
from graph.store import Store


@dataclass
class IngestReport:
    added: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    refused: list[tuple[str, str]] = field(default_factory=list)
    claims: int = 0
    evidence: int = 0
    warnings: list[tuple[str, str]] = field(default_factory=list)


def ingest_one(store: Store, document: Document) -> ArticleRecord | None:
    """Extract and write one article; None when the same text is already stored (nothing changes)."""
    stored = store.view().source_fingerprint(document.id)
    if stored == text_sha256(document.text):
        return None
    if stored is not None:
        raise ConflictError(f"source id {document.id!r} already holds another text")
    record = extract(document)
    return record if store.write([record])[0] else None


def ingest_document(store: Store, document: Document, report: IngestReport) -> None:
    """Ingest one article and count what it added to the report."""
    record = ingest_one(store, document)
    if record is None:
        report.unchanged.append(document.id)
        return
    report.added.append(document.id)
    report.claims += len(record.claims)
    report.evidence += len(record.evidence)
    report.warnings += [(document.id, w) for w in record.source.warnings]


def ingest_paths(
    store: Store, paths: list[Path], *, max_bytes: int, on_file: Callable[[Path], None] | None = None
) -> IngestReport:
    """Ingest every article under `paths`; a refused file is reported and the batch goes on."""
    report = IngestReport()
    for path in find_articles(paths):
        try:
            ingest_document(store, read_document(path, max_bytes=max_bytes), report)
        except OsintkgError as error:
            report.refused.append((str(path), error.message if error.where else str(error)))
        if on_file:
            on_file(path)
    return report
