"""Ingest: read each file, extract, write it in one transaction; refuse bad files and go on."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from extractors.documents import Document, find_articles, read_document
from extractors.pipeline import extract
from graph.errors import ConflictError, OsintkgError
from graph.ids import text_sha256
from graph.store import Store


@dataclass
class IngestReport:
    added: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    refused: list[tuple[str, str]] = field(default_factory=list)
    claims: int = 0
    evidence: int = 0
    warnings: list[tuple[str, str]] = field(default_factory=list)


def ingest_document(store: Store, document: Document, report: IngestReport) -> None:
    """Extract and write one article, unless the same text is already stored."""
    stored = store.view().source_fingerprint(document.id)
    if stored == text_sha256(document.text):
        report.unchanged.append(document.id)
        return
    if stored is not None:
        raise ConflictError(f"source id {document.id!r} already holds another text")
    record = extract(document)
    if store.write([record])[0]:
        report.added.append(document.id)
        report.claims += len(record.claims)
        report.evidence += len(record.evidence)
        report.warnings += [(document.id, w) for w in record.source.warnings]
    else:
        report.unchanged.append(document.id)


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
