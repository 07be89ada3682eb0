"""Export in the interchange format of `../shared/eval/SCHEMA.md`: one document per article.

Each article lists the entities it mentions and the claims it supports, a claim once per article
with all its quotes there; its modality is that of its first statement there (in the body, when the
headline states it too). Its attributions are those of that statement and, when it names any, those of
the article's other claims of the same flow (same kind, same parties, same status): "the package
includes Javelins, according to the ministry" and "the package includes 420 ATACMS, the State Department
said" are one reported sale, on the word of both. Each statement keeps its own sources in the graph.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any

from graph.ids import stable_hash
from graph.model import DOCUMENT_ID_MAX, DOCUMENT_ID_PATTERN, Quantity, TimeSpan
from graph.ontology import QualifierSpec, ontology
from graph.qualifiers import read
from graph.store.base import Row
from graph.store.view import View

STATE_KIND = "country"
EXPORTED_ENTITY_KINDS = {"country", "organization", "person", "port", "location", "vessel", "agreement"}
Flow = tuple[str, tuple[tuple[str, str], ...], Any]  # a claim's kind, its parties by role, its status


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
    claims = [_claim(rows, roles[claim_id], cited, aliases) for claim_id, rows in by_claim.items()]
    flows = [_flow(roles[claim_id], rows[0]) for claim_id, rows in by_claim.items()]
    return _with_sources_of_the_flow(claims, flows)


def _flow(roles: dict[str, list[Row]], first: Row) -> Flow:
    """What makes claims one flow: their kind, parties by role, and status."""
    parties = tuple(sorted((role, row["id"]) for role, rows in roles.items() for row in rows))
    return first["kind"], parties, read(first, first["kind"]).get("status")


def _with_sources_of_the_flow(claims: list[dict[str, Any]], flows: list[Flow]) -> list[dict[str, Any]]:
    """The sources of each reported claim, with those of the other reported claims of its flow."""
    by_flow: dict[Flow, dict[str, dict[str, Any]]] = defaultdict(dict)
    for claim, flow in zip(claims, flows, strict=True):
        for source in claim["attributed_to"]:
            by_flow[flow].setdefault(source["name"], source)
    for claim, flow in zip(claims, flows, strict=True):
        own = {source["name"] for source in claim["attributed_to"]}
        if own:
            claim["attributed_to"] += [s for name, s in by_flow[flow].items() if name not in own]
    return claims


def _claim(
    rows: list[Row], roles: dict[str, list[Row]], cited: dict[str, list[str]], aliases: dict[str, list[str]]
) -> dict[str, Any]:
    first = rows[0]
    spec = ontology().claims[first["kind"]]
    values = read(first, first["kind"])
    claim: dict[str, Any] = {"type": first["kind"], "claim_id": first["claim_id"]}
    for name, field in spec.eval.items():
        if field.role is not None:
            claim[name] = _role(roles.get(spec.roles[field.role].relationship, []), field.as_, aliases)
        elif field.qualifier is not None:
            value = _value(ontology().qualifiers[field.qualifier], values[field.qualifier])
            value = field.default if value is None else value
            claim[name] = [value] if field.as_ == "list" else value
    lead = _lead(rows)
    sources = []
    for row in [lead]:
        for name in cited.get(row["evidence_id"], []):
            sources.append({"name": name, "named": True})
        for name in row["unnamed_sources"] or []:
            sources.append({"name": name, "named": False})
    unique = list({s["name"]: s for s in sources}.values())
    quotes = list(dict.fromkeys(r["quote"] for r in rows))
    claim |= {"modality": lead["modality"], "attributed_to": unique}
    claim |= {"quote": quotes[0]} if len(quotes) == 1 else {"quotes": quotes}
    return claim


def _lead(rows: list[Row]) -> Row:
    """The statement that gives the claim its modality and sources: the first, but a headline's (the words at
    the very start of the article, with no full stop) when the body states the claim too."""
    headline = rows[0]["start_offset"] == 0 and not rows[0]["quote"].rstrip().endswith((".", "!", "?", "»", '"'))
    return rows[1] if headline and len(rows) > 1 else rows[0]


def _role(rows: list[Row], as_: str, aliases: dict[str, list[str]]) -> Any:
    """A role's entities as the format wants them: one reference (or null), all, their names, or an id."""
    if as_ == "refs":
        return [entity_ref(r, aliases) for r in rows]
    if as_ == "names":
        return [r["name"] for r in rows]
    if not rows:
        return None
    return {"one": entity_ref(rows[0], aliases), "name": rows[0]["name"], "id": rows[0]["id"]}[as_]


def _value(q: QualifierSpec, value: Any) -> Any:
    """A qualifier's value in the format: a range's stored parts (integers where whole; `shared` only
    when set: one figure for several kinds of items, which a total counts once), a period's ends."""
    if isinstance(value, TimeSpan):
        return {"start": value.start, "end": value.end}
    if isinstance(value, Quantity):
        found: dict[str, Any] = {p: _number(getattr(value, p)) for p in q.columns if p != "shared"}
        return found | ({"shared": True} if value.shared else {})
    return value


def _number(value: Any) -> Any:
    return int(value) if isinstance(value, float) and value.is_integer() else value


def file_name(article_id: str) -> str:
    """The export file of an article: `ID.claims.json` for an id of the documented pattern; any other
    id (from a store written before ids were checked) by its hash, never a path or a NUL."""
    if len(article_id) <= DOCUMENT_ID_MAX and re.fullmatch(DOCUMENT_ID_PATTERN, article_id):
        return f"{article_id}.claims.json"
    return f"{stable_hash(article_id, 'article').replace(':', '-')}.claims.json"
