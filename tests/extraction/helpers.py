"""Running the real pipeline (real spaCy models) on sentences written for these tests."""

from __future__ import annotations

from extractors.documents import Document
from extractors.pipeline import extract
from graph.model import ArticleRecord, Claim


def record(
    text: str, language: str | None = "en", published: str | None = "2024-03-15", doc_id: str = "t"
) -> ArticleRecord:
    return extract(Document(id=doc_id, text=text, language=language, published=published))


def transfers(rec: ArticleRecord) -> set[tuple[str | None, str | None, str | None]]:
    return {(c.role("supplier"), c.role("recipient"), c.item) for c in rec.claims if c.kind == "transfer"}


def only(rec: ArticleRecord, kind: str = "transfer") -> Claim:
    found = [c for c in rec.claims if c.kind == kind]
    assert len(found) == 1, found
    return found[0]


def modality_of(rec: ArticleRecord) -> str:
    """The modality of the record's only transfer claim."""
    claim = only(rec)
    return next(e.modality.value for e in rec.evidence if e.claim_id == claim.id)
