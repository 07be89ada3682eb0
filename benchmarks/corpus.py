"""Benchmark texts: the example articles shipped in the repository, and real-length articles made of them."""

from __future__ import annotations

import json
import random
from pathlib import Path

from extractors.documents import Document

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
LANGUAGES = ("en", "fr")


def examples() -> list[Document]:
    return [
        Document.model_validate(json.loads(p.read_text(encoding="utf-8")))
        for p in sorted(EXAMPLES.glob("*.article.json"))
    ]


def paragraphs(language: str) -> list[str]:
    return [p for d in examples() if d.language == language for p in d.text.split("\n\n")]


def article_of(words: int, language: str) -> Document:
    """An article of about `words` words in one language, made of whole paragraphs of the examples."""
    pool = paragraphs(language)
    chosen: list[str] = []
    while sum(len(p.split()) for p in chosen) < words:
        chosen.append(pool[len(chosen) % len(pool)])
    return Document(id=f"bench-{language}-{words}", text="\n\n".join(chosen), language=language, published="2025-03-14")


def articles(count: int, seed: int = 11) -> list[Document]:
    """`count` different articles of 400 to 800 words, half French and half English, each a draw of the
    examples' paragraphs in a new order (the same seed gives the same articles)."""
    rng = random.Random(seed)
    pools = {language: paragraphs(language) for language in LANGUAGES}
    made = []
    for n in range(count):
        language = LANGUAGES[n % 2]
        wanted, chosen = rng.randint(400, 800), []
        while sum(len(p.split()) for p in chosen) < wanted:
            chosen.append(rng.choice(pools[language]))
        text = "\n\n".join(chosen)
        made.append(Document(id=f"bench-{n:05d}", text=text, language=language, published="2025-03-14"))
    return made


def words(documents: list[Document]) -> int:
    return sum(len(d.text.split()) for d in documents)
