"""Lexicons: the words behind each extraction rule, read from `extractors/data/lexicon/*.yaml`."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import yaml

LEXICON_DIR = Path(__file__).parent / "data" / "lexicon"


@cache
def lexicon(name: str) -> dict[str, Any]:
    """One lexicon file, read once per process."""
    return yaml.safe_load((LEXICON_DIR / f"{name}.yaml").read_text(encoding="utf-8"))


@cache
def words(name: str, *path: str) -> frozenset[str]:
    """A word list of a lexicon as a lower-cased set: words("transfer", "verbs", "en", "forward"), built
    once (rules ask for theirs at every sentence)."""
    node: Any = lexicon(name)
    for key in path:
        node = (node or {}).get(key)
    return frozenset(str(w).lower() for w in node or [])


@cache
def function_words(name: str) -> frozenset[str]:
    """A set of function words of `grammar.yaml` ("articles", "subject_pronouns"), both languages'."""
    return frozenset().union(*(words("grammar", name, language) for language in ("en", "fr")))


@cache
def cue_sets(name: str, language: str) -> dict[str, tuple[frozenset[str], tuple[str, ...]]]:
    """For lexicons of the shape {label: {lang: {lemmas, phrases}}}: label -> (lemmas, phrases)."""
    found = {}
    for label, by_language in lexicon(name).items():
        if not isinstance(by_language, dict) or language not in by_language:
            continue
        entry = by_language[language]
        if not isinstance(entry, dict):
            continue
        phrases = tuple(sorted((str(p).lower() for p in entry.get("phrases") or []), key=len, reverse=True))
        found[label] = (frozenset(str(w).lower() for w in entry.get("lemmas") or []), phrases)
    return found
