"""Stable identifiers and the one text normalisation used to compare names: every id osintkg makes is
made here."""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from typing import Any

_NON_ALNUM = re.compile(r"[^a-z0-9]+")


def normalize_name(text: str) -> str:
    """Case-, accent- and punctuation-insensitive form of a name: "Corée du Nord" -> "coree du nord"."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(_NON_ALNUM.sub(" ", stripped.replace("’", "'").lower()).split())


def slug(text: str) -> str:
    return normalize_name(text).replace(" ", "-")


def entity_id(kind: str, name: str) -> str:
    """The id of an entity that is not a state: "<kind>:<slug>" ("port:rason")."""
    return f"{kind}:{slug(name)}"


LINK = ">"  # joins the ids a relationship's row links: "KP>RU" (a flow), "claim:…>KP" (a role)


def link_id(*ids: str) -> str:
    """The id of what joins nodes, from theirs: a flow ("KP>RU"), a role, a mention, a citation."""
    return LINK.join(ids)


def flow_id(supplier: str, recipient: str) -> str:
    """A supplier-to-recipient flow: "KP>RU"."""
    return link_id(supplier, recipient)


def alias_id(entity: str, language: str, norm: str) -> str:
    """One name of an entity in one language (its normalised form): "KP|fr|coree du nord"."""
    return f"{entity}|{language}|{norm}"


def stable_hash(value: Any, prefix: str) -> str:
    """A short, deterministic id for a JSON-serialisable value: the same value always gives the same id."""
    payload = json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return f"{prefix}:{hashlib.sha1(payload.encode('utf-8')).hexdigest()[:20]}"


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
