"""Ingest: read each file, extract, write it in one transaction; refuse bad files and go on.

Extraction may run on several worker processes (`workers`); reading files, checking what is
already stored and writing stay in this process, in the order of the files, so the store has one
writer and the graph is the same whatever the number of workers.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from extractors.documents import Document, declaring, find_articles, read_document
from extractors.parallel import extract_in_order
from extractors.stages import stage
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

    def refuse(self, path: Path, error: OsintkgError) -> None:
        said_where = error.where is not None and error.where != str(path)  # a sidecar's, not the file's own
        self.refused.append((str(path), str(error) if said_where else error.message))

    def count(self, record: ArticleRecord) -> None:
        self.added.append(record.source.id)
        self.claims += len(record.claims)
        self.evidence += len(record.evidence)
        self.warnings += [(record.source.id, w) for w in record.source.warnings]


def is_stored(store: Store, document: Document) -> bool:
    """Whether this very text is stored already; a conflict when its id holds another text."""
    stored = store.view().source_fingerprint(document.id)
    if stored is not None and stored != text_sha256(document.text):
        raise ConflictError(f"source id {document.id!r} already holds another text")
    return stored is not None


def ingest_paths(
    store: Store,
    paths: list[Path],
    *,
    max_bytes: int,
    workers: int = 1,
    on_file: Callable[[Path], None] | None = None,
    declared: dict[str, str | None] | None = None,
    imposed: dict[str, str] | None = None,
) -> IngestReport:
    """Ingest every article under `paths`; a refused file is reported and the batch goes on. `declared`:
    metadata (language, published) for the articles that declare none (a plain text file without a
    sidecar cannot); `imposed`: metadata for every article whatever it declares (url, title of one)."""
    report = IngestReport()
    done = on_file or (lambda _: None)

    def to_extract() -> Iterator[tuple[Path, Document]]:
        for path in find_articles(paths):
            try:
                with stage("read"):
                    document = declaring(read_document(path, max_bytes=max_bytes), imposed=imposed, **(declared or {}))
                    stored = is_stored(store, document)
                if not stored:
                    yield path, document
                    continue
                report.unchanged.append(document.id)
            except OsintkgError as error:
                report.refuse(path, error)
            done(path)

    pending = PendingWrites(store, report, done)
    for path, outcome in extract_in_order(to_extract(), workers=workers):
        pending.add(path, outcome)
    pending.flush()
    return report


@dataclass
class PendingWrites:
    """Extracted articles waiting to be written: up to `WRITE_BATCH` per transaction, and none waits
    more than `WRITE_EVERY_SECONDS` (what a killed ingest loses is at most that much work)."""

    store: Store
    report: IngestReport
    done: Callable[[Path], None]
    records: list[tuple[Path, ArticleRecord]] = field(default_factory=list)
    since: float = 0.0

    def add(self, path: Path, outcome: ArticleRecord | OsintkgError) -> None:
        if isinstance(outcome, OsintkgError):
            self.report.refuse(path, outcome)
            self.done(path)
            return
        if not self.records:
            self.since = time.monotonic()
        self.records.append((path, outcome))
        if len(self.records) >= WRITE_BATCH or time.monotonic() - self.since > WRITE_EVERY_SECONDS:
            self.flush()

    def flush(self) -> None:
        writer = self.store.writer()
        with stage("write"):
            for _, record in self.records:
                writer.add_article(record)
            outcomes = writer.flush()
        for (path, record), outcome in zip(self.records, outcomes, strict=True):
            if isinstance(outcome, OsintkgError):
                self.report.refuse(path, outcome)
            elif outcome:
                self.report.count(record)
            else:
                self.report.unchanged.append(record.source.id)
            self.done(path)
        self.records.clear()


WRITE_BATCH = 32
WRITE_EVERY_SECONDS = 1.0
