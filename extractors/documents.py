"""Reading articles: `*.article.json`, plain text and HTML files, and folders of them.

Every reader returns a `Document` or raises `BadInputError` naming the file and what is wrong with it,
so that a batch can refuse one file and go on with the rest.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from graph.errors import BadInputError, InputTooLargeError
from graph.model import DOCUMENT_ID_MAX, WEB_URL_PATTERN, DocumentId, Language, PartialDate

DEFAULT_MAX_BYTES = 2_000_000
ARTICLE_SUFFIX = ".article.json"
TEXT_SUFFIXES = (".txt",)
HTML_SUFFIXES = (".html", ".htm")


class Document(BaseModel):
    """An article before extraction: its text and what is known of where it comes from."""

    model_config = ConfigDict(extra="ignore")

    id: DocumentId
    text: str = Field(min_length=1)
    url: str | None = Field(default=None, max_length=2000, pattern=WEB_URL_PATTERN)
    title: str | None = None
    publisher: str | None = None
    author: str | None = None
    published: PartialDate | None = None
    language: Language | None = None


def is_article_file(path: Path) -> bool:
    name = path.name.lower()
    return name.endswith(ARTICLE_SUFFIX) or name.endswith(TEXT_SUFFIXES) or name.endswith(HTML_SUFFIXES)


def find_articles(paths: list[Path]) -> Iterator[Path]:
    """The files to ingest: each file given, and every article file under each folder given, sorted."""
    for path in paths:
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and is_article_file(p))
        else:
            yield path


def read_document(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Read one article file, whatever its format; a text or HTML file with its sidecar's metadata."""
    raw = read_bytes(path, max_bytes)
    name = path.name.lower()
    if name.endswith(ARTICLE_SUFFIX):
        return parse_article_json(raw, where=str(path))
    if name.endswith(HTML_SUFFIXES):
        return with_sidecar(parse_html(decode(raw, str(path)), default_id=stem(path), where=str(path)), path)
    if name.endswith(TEXT_SUFFIXES):
        return with_sidecar(parse_text(decode(raw, str(path)), default_id=stem(path), where=str(path)), path)
    raise BadInputError("unsupported file type (expected .article.json, .txt, .html or .htm)", where=str(path))


SIDECAR_SUFFIX = ".meta.json"
SIDECAR_FIELDS = tuple(name for name in Document.model_fields if name != "text")  # the metadata
SIDECAR_MAX_BYTES = 64 * 1024


def sidecar(path: Path) -> Path:
    """Where a text or HTML file's metadata may be: `NAME.meta.json` beside `NAME.txt` or `NAME.html`."""
    return path.with_name(path.stem + SIDECAR_SUFFIX)


def with_sidecar(document: Document, path: Path) -> Document:
    """The document with its sidecar's fields, which a text file cannot carry and which hold over what
    was read from HTML (a JSON object of `SIDECAR_FIELDS`; another field is refused, naming it)."""
    meta_path = sidecar(path)
    if not meta_path.is_file():
        return document
    where = f"its metadata {meta_path.name}"
    try:
        meta = json.loads(decode(read_bytes(meta_path, SIDECAR_MAX_BYTES), where))
    except json.JSONDecodeError as error:
        raise BadInputError(f"invalid JSON ({error.msg}, line {error.lineno})", where=where) from None
    if not isinstance(meta, dict):
        raise BadInputError(f"expected a JSON object with some of {', '.join(SIDECAR_FIELDS)}", where=where)
    unknown = sorted(set(meta) - set(SIDECAR_FIELDS))
    if unknown:
        raise BadInputError(f"unknown field {unknown[0]!r} (known: {', '.join(SIDECAR_FIELDS)})", where=where)
    return validated({**document.model_dump(), **meta}, where)


def declaring(document: Document, *, imposed: dict[str, str] | None = None, **given: str | None) -> Document:
    """The document with the metadata `given` (language, published ...) where it has none (what the article
    itself declares holds), and with the metadata `imposed` whatever it has (a title given for one
    article). A value that is not valid for its field is refused, naming it."""
    missing = {name: value for name, value in given.items() if value is not None and getattr(document, name) is None}
    changes = {**missing, **(imposed or {})}
    if not changes:
        return document
    return validated({**document.model_dump(), **changes}, where=f"article {document.id}")


def stem(path: Path) -> str:
    """The id a file without one gets: its name without the extension, each run of characters an id
    may not hold (spaces, accents, "..") as one hyphen."""
    name = path.name
    base = name[: -len(ARTICLE_SUFFIX)] if name.lower().endswith(ARTICLE_SUFFIX) else path.stem
    cleaned = re.sub(r"[^A-Za-z0-9_.-]+|\.{2,}", "-", base)
    cleaned = re.sub(r"\.(?=[^A-Za-z0-9_-]|$)", "-", cleaned).strip("-_.")
    return cleaned[:DOCUMENT_ID_MAX].rstrip("-_.") or "article"


def read_bytes(path: Path, max_bytes: int) -> bytes:
    where = str(path)
    if not path.exists():
        raise BadInputError("no such file", where=where)
    size = path.stat().st_size
    if size > max_bytes:
        raise InputTooLargeError(f"{size} bytes, over the limit of {max_bytes}", where=where)
    if size == 0:
        raise BadInputError("empty file", where=where)
    return path.read_bytes()


def decode(raw: bytes, where: str) -> str:
    """UTF-8 text, refusing binary data with a clear message."""
    if b"\x00" in raw[:8192]:
        raise BadInputError("binary file (it holds NUL bytes), not text", where=where)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise BadInputError(f"not UTF-8 text (undecodable byte at position {error.start})", where=where) from None
    controls = sum(1 for c in text[:8192] if ord(c) < 32 and c not in "\n\r\t\f")
    if controls > 0.01 * min(len(text), 8192):
        raise BadInputError("binary file (too many control characters), not text", where=where)
    return text


def validated(fields: dict[str, Any], where: str) -> Document:
    try:
        return Document.model_validate(fields)
    except ValidationError as error:
        problem = error.errors()[0]
        field = ".".join(str(p) for p in problem["loc"]) or "document"
        raise BadInputError(f"field {field!r}: {problem['msg']}", where=where) from None


MAX_JSON_DEPTH = 32  # an article is a flat object; deeper nesting is refused before parsing
_JSON_STRING = re.compile(r'"(?:[^"\\]|\\.)*"', re.DOTALL)
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")


def json_depth(text: str) -> int:
    """How deep the arrays and objects of a JSON text nest, brackets inside strings aside."""
    brackets = _NOT_BRACKET.sub("", _JSON_STRING.sub("", text))
    depth = deepest = 0
    for bracket in brackets:
        depth += 1 if bracket in "[{" else -1
        deepest = max(deepest, depth)
    return deepest


def parse_article_json(raw: bytes | str, *, where: str) -> Document:
    text = decode(raw, where) if isinstance(raw, bytes) else raw
    if json_depth(text) > MAX_JSON_DEPTH:
        raise BadInputError(
            f"the JSON nests deeper than {MAX_JSON_DEPTH} levels; an article is a flat object", where=where
        )
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise BadInputError(
            f"invalid JSON: {error.msg} (line {error.lineno}, column {error.colno})", where=where
        ) from None
    if not isinstance(data, dict):
        raise BadInputError("an article must be a JSON object", where=where)
    for field in ("id", "text"):
        if field not in data:
            raise BadInputError(f"missing field {field!r}", where=where)
    if isinstance(data["text"], str) and not data["text"].strip():
        raise BadInputError("field 'text' is empty", where=where)
    return validated(data, where)


def parse_text(text: str, *, default_id: str, where: str, **metadata: Any) -> Document:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise BadInputError("no text in the file", where=where)
    first_line = text.strip().split("\n", 1)[0].strip()
    title = first_line if len(first_line) <= 200 else None
    return validated({"id": default_id, "title": title, **metadata, "text": text}, where)


def parse_html(html: str, *, default_id: str, where: str, **metadata: Any) -> Document:
    """The main text of a web page (boilerplate removed by trafilatura) and the metadata it carries."""
    import trafilatura

    text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_precision=True)
    if not text or not text.strip():
        raise BadInputError("no article text found in the HTML page", where=where)
    meta = trafilatura.extract_metadata(html)
    found: dict[str, Any] = {}
    if meta is not None:
        found = {
            "title": meta.title,
            "author": meta.author,
            "publisher": meta.sitename,
            "url": meta.url,
            "published": meta.date,
            "language": meta.language,
        }
    found = {k: v for k, v in found.items() if v} | {k: v for k, v in metadata.items() if v}
    if "published" in found:
        found["published"] = str(found["published"])[:10]
    if "language" in found:
        found["language"] = str(found["language"])[:2].lower()
    return validated({"id": default_id, **found, "text": text}, where)
