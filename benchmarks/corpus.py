"""Benchmark texts: real-length articles made of the example articles' paragraphs (every one about arms
transfers: dense with claims), and a news feed where most articles are about something else
(`benchmarks/data/news/`: an economy, weather, sport, wine, town-council and phone-launch story in
each language, written for osintkg like the examples)."""

from __future__ import annotations

import json
import random
from pathlib import Path

from extractors.documents import Document

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
NEWS = Path(__file__).resolve().parent / "data" / "news"
LANGUAGES = ("en", "fr")


def examples() -> list[Document]:
    return [
        Document.model_validate(json.loads(p.read_text(encoding="utf-8")))
        for p in sorted(EXAMPLES.glob("*.article.json"))
    ]


def paragraphs(language: str) -> list[str]:
    return [p for d in examples() if d.language == language for p in d.text.split("\n\n")]


def news_paragraphs(language: str) -> list[str]:
    """The paragraphs of the other news stories of a language (`data/news/<language>-*.txt`)."""
    return [p for path in sorted(NEWS.glob(f"{language}-*.txt")) for p in path.read_text("utf-8").split("\n\n")]


def article_of(words: int, language: str) -> Document:
    """An article of about `words` words in one language, made of whole paragraphs of the examples."""
    pool = paragraphs(language)
    chosen: list[str] = []
    while sum(len(p.split()) for p in chosen) < words:
        chosen.append(pool[len(chosen) % len(pool)])
    return Document(id=f"bench-{language}-{words}", text="\n\n".join(chosen), language=language, published="2025-03-14")


def articles(count: int, seed: int = 11, *, on_topic_every: int = 1) -> list[Document]:
    """`count` different articles of 400 to 800 words, half French and half English, each a draw of
    paragraphs in a new order (the same seed gives the same articles): of the examples for one article
    in `on_topic_every`, of the other news for the rest."""
    rng = random.Random(seed)
    pools = {language: paragraphs(language) for language in LANGUAGES}
    other = {language: news_paragraphs(language) for language in LANGUAGES} if on_topic_every > 1 else pools
    made = []
    for n in range(count):
        language = LANGUAGES[n % 2]
        pool = pools[language] if (n // 2) % on_topic_every == 0 else other[language]
        wanted, chosen = rng.randint(400, 800), list[str]()
        while sum(len(p.split()) for p in chosen) < wanted:
            chosen.append(rng.choice(pool))
        text = "\n\n".join(chosen)
        made.append(Document(id=f"bench-{n:05d}", text=text, language=language, published="2025-03-14"))
    return made


def words(documents: list[Document]) -> int:
    return sum(len(d.text.split()) for d in documents)
