"""A snapshot of what osintkg makes of fixed articles, to show a refactoring changed nothing.

    python -m tools.snapshot out/snapshot-before
    ... change the code ...
    python -m tools.snapshot out/snapshot-after
    diff -r out/snapshot-before out/snapshot-after

Writes `extract.jsonl` (every record `extract()` gives for the shared dev set, the examples and a
benchmark feed, with a fixed ingest time) and `api.jsonl` (the API's answers, through an in-process
client, on a fresh embedded store holding the dev set and the examples: pages of transfers with their
filters, every claim's audit, entities, searches, questions and the eval export). One JSON line per
record or request, keys in the order they come: a byte difference is a behaviour difference.
"""

from __future__ import annotations

import json
import sys
import tempfile
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from extractors.documents import Document, find_articles, read_document
from extractors.pipeline import extract_many
from graph.model import ArticleRecord

INGESTED_AT = datetime(2026, 1, 1, tzinfo=UTC)
DEV = Path(__file__).resolve().parent.parent.parent / "shared" / "eval" / "dev"
EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
FEED_SIZE = 48
TRANSFER_QUERIES: list[dict[str, Any]] = [
    {},
    {"limit": 5},
    {"supplier": "KP"},
    {"recipient": "Russia"},
    {"item": "drones"},
    {"since": "2023-01", "until": "2024-06"},
    {"modality": "reported"},
    {"min_sources": 2},
    {"limit": 5, "offset": 5},
]
API_KEY = "snapshot"
POSTED = 3  # articles sent again through POST /documents under a new id (answered with their claims)
ASK = ["who supplied drones to Russia?", "qui a livré des obus à la Russie en 2024 ?", "what did Iran send to Sudan"]


def documents() -> list[Document]:
    from benchmarks.corpus import articles

    paths = [*find_articles([DEV]), *find_articles([EXAMPLES])] if DEV.exists() else [*find_articles([EXAMPLES])]
    return [read_document(p) for p in paths] + articles(FEED_SIZE, on_topic_every=4)


def line(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, default=str)  # keys in the order given: field order counts


def extract_lines(records: list[ArticleRecord]) -> Iterator[str]:
    for record in sorted(records, key=lambda r: r.source.id):
        yield line(record.model_dump(mode="json"))


def api_lines(records: list[ArticleRecord]) -> Iterator[str]:
    from fastapi.testclient import TestClient

    from api.app import create_app
    from api.settings import load_settings

    with tempfile.TemporaryDirectory() as folder:
        store_dir = Path(folder) / "store"
        settings = load_settings(store=store_dir, api_workers=0, api_key=API_KEY)
        with settings.open_store() as store:
            writer = store.writer()
            for record in records:
                writer.add_article(record)
            writer.flush()
            yield from _exports(store, records)
        with TestClient(create_app(settings)) as client:
            yield from _answers(client, records)


def _exports(store: Any, records: list[ArticleRecord]) -> Iterator[str]:
    from graph.export.eval import export_article

    view = store.view()
    for source in sorted({r.source.id for r in records}):
        yield line({"export": "eval", "source": source, "body": export_article(view, source)})


def _answers(client: Any, records: list[ArticleRecord]) -> Iterator[str]:
    def get(path: str, params: dict[str, Any] | None = None) -> str:
        response = client.get(path, params=params or {})
        return line({"path": path, "params": params or {}, "status": response.status_code, "body": response.json()})

    for params in TRANSFER_QUERIES:
        yield get("/transfers", params)
    claims = sorted({c.id for r in records for c in r.claims})
    entities = sorted({e.id for r in records for e in r.entities})
    yield from (get(f"/claims/{claim}") for claim in claims)
    yield from (get(f"/entities/{entity}") for entity in entities)
    for name in ("Russia", "Corée", "Rason", "Wagner"):
        yield get("/entities", {"q": name})
    for question in ASK:
        yield get("/ask", {"q": question})
    for record in records[:POSTED]:
        source = record.source
        body = {
            "id": f"{source.id}-posted",
            "text": source.text,
            "language": source.language,
            "published": source.published,
        }
        response = client.post("/documents", json=body, headers={"X-API-Key": API_KEY})
        yield line({"path": "/documents", "status": response.status_code, "body": response.json()})


def main(argv: list[str] | None = None) -> int:
    out = Path((argv or sys.argv[1:] or ["out/snapshot"])[0])
    out.mkdir(parents=True, exist_ok=True)
    records = extract_many(documents(), ingested_at=INGESTED_AT)
    (out / "extract.jsonl").write_text("".join(f"{x}\n" for x in extract_lines(records)), encoding="utf-8")
    (out / "api.jsonl").write_text("".join(f"{x}\n" for x in api_lines(records)), encoding="utf-8")
    print(f"{len(records)} articles -> {out}/extract.jsonl, {out}/api.jsonl")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
