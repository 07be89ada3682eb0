"""Export in the interchange format of `../shared/eval/SCHEMA.md`: one document per article.

Each article lists the entities it mentions and the claims it supports, a claim once per article
with all its quotes there; its modality and attributions are those of its first statement there.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any

from graph.ids import stable_hash
from graph.model import DOCUMENT_ID_MAX, DOCUMENT_ID_PATTERN
from graph.ontology import ontology
from graph.store.base import Row
from graph.store.view import View

STATE_KIND = "country"
EXPORTED_ENTITY_KINDS = {"country", "organization", "person", "port", "location", "vessel", "agreement"}


def entity_ref(row: Row, aliases: dict[str, list[str]]) -> dict[str, Any]:
    if row["kind"] == STATE_KIND:
        return {"id": row["id"], "name": row["name"]}
    others = [a for a in aliases.get(row["id"], []) if a != row["name"]]
    return {"name": row["name"], "aliases": others} if others else {"name": row["name"]}


def export_article(view: View, source_id: str) -> dict[str, Any]:
    """One article as a claims document of the interchange format."""
    data = view.article(source_id)
    aliases: dict[str, list[str]] = defaultdict(list)
    for row in data["aliases"]:
        if row["text"] not in aliases[row["id"]]:
            aliases[row["id"]].append(row["text"])
    entities = []
    for row in data["mentions"]:
        if row["kind"] in EXPORTED_ENTITY_KINDS:
            ref = entity_ref(row, aliases)
            entities.append({"type": row["kind"], **ref})
    return {"document": {"id": source_id}, "entities": entities, "claims": _claims(data, aliases)}


def _claims(data: dict[str, Any], aliases: dict[str, list[str]]) -> list[dict[str, Any]]:
    roles: dict[str, dict[str, list[Row]]] = defaultdict(lambda: defaultdict(list))
    for row in data["roles"]:
        roles[row["claim_id"]][row["relationship"]].append(row)
    cited: dict[str, list[str]] = defaultdict(list)
    for row in data["attributions"]:
        cited[row["evidence_id"]].append(row["name"])
    by_claim: dict[str, list[Row]] = defaultdict(list)
    for row in data["evidence"]:
        by_claim[row["claim_id"]].append(row)
    return [_claim(rows, roles[claim_id], cited, aliases) for claim_id, rows in by_claim.items()]


def _claim(
    rows: list[Row], roles: dict[str, list[Row]], cited: dict[str, list[str]], aliases: dict[str, list[str]]
) -> dict[str, Any]:
    first = rows[0]
    kind = first["kind"]
    spec = ontology().claims[kind]

    def refs(role: str) -> list[dict[str, Any]]:
        return [entity_ref(r, aliases) for r in roles.get(spec.roles[role].relationship, [])]

    def one(role: str) -> dict[str, Any] | None:
        found = refs(role)
        return found[0] if found else None

    claim: dict[str, Any] = {"type": kind, "claim_id": first["claim_id"]}
    time = {"start": first["time_start"], "end": first["time_end"]}
    time_or_none = time if time["start"] or time["end"] else None
    if kind == "transfer":
        claim |= {
            "supplier": one("supplier"),
            "recipient": one("recipient"),
            "item": [first["item"]],
            "quantity": _range(first, "qty", unit=True),
            "time": time_or_none,
            "via": [r["name"] for r in refs("via")],
            "trend": first["trend"],
            "status": first["status"] or "delivered",
        }
    elif kind == "agreement":
        claim |= {
            "parties": refs("parties"),
            "name": first["name"],
            "time": time_or_none,
            "provisions": first["provisions"] or [],
        }
    elif kind == "port_call":
        vessel, flag, port = one("vessel"), one("flag"), one("port")
        claim |= {
            "vessel": vessel["name"] if vessel else None,
            "flag": flag["id"] if flag else None,
            "port": port,
            "time": time_or_none,
            "count": _range(first, "count", unit=False),
        }
    elif kind == "denial":
        claim |= {"actor": one("actor"), "denies": first["denies"], "time": time_or_none}
    sources = []
    for row in rows[:1]:
        for name in cited.get(row["evidence_id"], []):
            sources.append({"name": name, "named": True})
        for name in row["unnamed_sources"] or []:
            sources.append({"name": name, "named": False})
    unique = list({s["name"]: s for s in sources}.values())
    quotes = list(dict.fromkeys(r["quote"] for r in rows))
    claim |= {"modality": first["modality"], "attributed_to": unique}
    claim |= {"quote": quotes[0]} if len(quotes) == 1 else {"quotes": quotes}
    return claim


def _range(row: Row, prefix: str, *, unit: bool) -> dict[str, Any] | None:
    low, high, per = row[f"{prefix}_min"], row[f"{prefix}_max"], row[f"{prefix}_per"]
    if low is None and high is None:
        return None
    found = {"min": _number(low), "max": _number(high)}
    if unit:
        found["unit"] = row[f"{prefix}_unit"]
    found["per"] = per
    if row.get(f"{prefix}_shared"):
        found["shared"] = True  # one figure for several kinds of items: a total counts it once
    return found


def _number(value: float | None) -> float | int | None:
    return int(value) if value is not None and float(value).is_integer() else value


def file_name(article_id: str) -> str:
    """The export file of an article: `ID.claims.json` for an id of the documented pattern; any other
    id (from a store written before ids were checked) by its hash, never a path or a NUL."""
    if len(article_id) <= DOCUMENT_ID_MAX and re.fullmatch(DOCUMENT_ID_PATTERN, article_id):
        return f"{article_id}.claims.json"
    return f"{stable_hash(article_id, 'article').replace(':', '-')}.claims.json"
