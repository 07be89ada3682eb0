"""Benchmark texts: the example articles shipped in the repository, and real-length articles made of them."""

from __future__ import annotations

import json
from pathlib import Path

from extractors.documents import Document

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def examples() -> list[Document]:
    return [
        Document.model_validate(json.loads(p.read_text(encoding="utf-8")))
        for p in sorted(EXAMPLES.glob("*.article.json"))
    ]


def article_of(words: int, language: str) -> Document:
    """An article of about `words` words in one language, made of whole paragraphs of the examples."""
    paragraphs = [p for d in examples() if d.language == language for p in d.text.split("\n\n")]
    chosen: list[str] = []
    while sum(len(p.split()) for p in chosen) < words:
        chosen.append(paragraphs[len(chosen) % len(paragraphs)])
    return Document(id=f"bench-{language}-{words}", text="\n\n".join(chosen), language=language, published="2025-03-14")
