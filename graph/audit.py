"""A claim's provenance, checked: every statement of it re-read from the stored article, who each
article cites, how many independent origins there are, and the claims that contradict it."""

from __future__ import annotations

import sys
from datetime import date, timedelta
from typing import Any

from graph.errors import NotFoundError
from graph.ids import flow_id, text_sha256
from graph.model import first_day, last_day
from graph.store import Store, cypher
from graph.store.base import Row, Tx
from graph.store.schema import role_relationships
from graph.transfers import attach_evidence, origins_of

QUANTITY_TOLERANCE = 0.1  # figures within 10 % of each other agree
DENIALS_PER_ACTOR = 20  # the newest denials of each actor listed as contradictions
REPLY_WINDOW_DAYS = 366  # a denial answers reports of a transfer made while it ran or in the year after


def audit_claim(store: Store, claim_id: str) -> dict[str, Any]:
    """Everything an auditor needs to check one claim."""

    def work(tx: Tx) -> dict[str, Any]:
        rows = tx.run(cypher.CLAIM, {"id": claim_id})
        if not rows:
            raise NotFoundError(f"no claim {claim_id!r}")
        claim = rows[0]
        roles_query = cypher.roles_of_claim(role_relationships())
        roles = [{**role, "claim_id": claim_id} for role in tx.run(roles_query, {"id": claim_id})]
        statements = tx.run(cypher.CLAIM_EVIDENCE_WITH_TEXT, {"id": claim_id})
        cited = tx.run(cypher.CLAIM_CITATIONS, {"id": claim_id})
        evidence = attach_evidence([{"id": claim_id}], [{**s, "claim_id": claim_id} for s in statements], cited)[0]
        checked = [verify(statement) for statement in evidence["evidence"]]
        origins = sorted(origins_of(checked))
        return {
            "claim": claim,
            "roles": roles,
            "evidence": checked,
            "attribution_chain": chain(checked),
            "origins": origins,
            "flags": flags(checked, origins),
            "contradictions": contradictions(tx, claim, roles, checked),
        }

    return store.run_in_transaction(work)


def chain(evidence: list[Row]) -> list[Row]:
    """Article -> the sources it cites for this claim, one link per article."""
    links: dict[str, Row] = {}
    for ev in evidence:
        link = links.setdefault(
            ev["source_id"],
            {"source_id": ev["source_id"], "title": ev["title"], "publisher": ev["publisher"], "cites": []},
        )
        for cited in ev["attributed_to"]:
            if cited not in link["cites"]:
                link["cites"].append(cited)
    return list(links.values())


def flags(evidence: list[Row], origins: list[str]) -> Row:
    """Warnings for an analyst: one origin only; credited to no named source at all."""
    cited = [s for ev in evidence for s in ev["attributed_to"]]
    return {
        "single_origin": len(origins) <= 1,
        "unnamed_sources_only": bool(cited) and not any(s["named"] for s in cited),
        "unverified_quotes": sum(not ev["quote_verified"] or not ev["text_verified"] for ev in evidence),
    }


def verify(statement: Row) -> Row:
    """Re-read a quote from the stored text at its offsets, and the text against its hash."""
    text = statement.pop("text") or ""
    quote_ok = text[statement["start_offset"] : statement["end_offset"]] == statement["quote"]
    text_ok = text_sha256(text) == statement.pop("sha256")
    problems = []
    if not text_ok:
        problems.append("the stored text no longer matches its sha256: it was changed after ingest")
    if not quote_ok:
        problems.append("the quote is not the text at its offsets")
    return {**statement, "quote_verified": quote_ok, "text_verified": text_ok, "problems": problems}


def contradictions(tx: Tx, claim: Row, roles: list[Row], evidence: list[Row]) -> list[Row]:
    """Denials of the claim by its actors, statements that deny it, and figures of the same flow that
    do not agree with its own."""
    found: list[Row] = [
        {
            "kind": "denied_statement",
            "evidence_id": ev["evidence_id"],
            "source_id": ev["source_id"],
            "reason": "a statement of this claim denies it",
        }
        for ev in evidence
        if ev["modality"] == "denied"
    ]
    by_role = {r["relationship"]: r["id"] for r in roles}
    if claim["kind"] != "transfer" or "SUPPLIER" not in by_role or "RECIPIENT" not in by_role:
        return found
    # The supplier's and the recipient's denials made while the transfer ran or in the year after (a
    # denial's date is when it was made, not the period it denies) and their undated ones, the newest
    # few of each: a state that denies everything would otherwise bury the audit under thousands.
    start, end = _interval(claim)
    since = {"from_day": start, "to_day": reply_deadline(end), "limit": DENIALS_PER_ACTOR}
    denials = [
        {**d, "actor": actor}
        for actor in sorted({by_role["SUPPLIER"], by_role["RECIPIENT"]})
        for d in tx.run(cypher.DENIALS_BY, {"actor": actor, **since})
    ]
    found += [
        {"kind": "denial", "claim_id": d["id"], "reason": f"{d['actor']} denies {d['denies'] or 'it'}"}
        for d in sorted(denials, key=lambda d: (d["id"], d["actor"]))
    ]
    if claim["qty_min"] is None and claim["qty_max"] is None:
        return found  # no figure to disagree with
    same_flow = {
        "id": claim["id"],
        "flow": flow_id(by_role["SUPPLIER"], by_role["RECIPIENT"]),
        "item": claim["item"],
        "unit": claim["qty_unit"] or "",
        "per": claim["qty_per"] or "",
        "from_day": start,
        "to_day": end,
        "low": claim["qty_min"] or 0.0,
        "high": claim["qty_max"] if claim["qty_max"] is not None else sys.float_info.max,
    }
    for other in sorted(tx.run(cypher.CONFLICTING_FIGURES, same_flow), key=lambda row: row["id"]):
        if overlaps(claim, other) and figures_disagree(claim, other):
            found.append(
                {
                    "kind": "conflicting_figure",
                    "claim_id": other["id"],
                    "reason": f"the same flow with {_figure(other)} instead of {_figure(claim)}",
                }
            )
    return found


def reply_deadline(end: str) -> str:
    """The last day a denial can answer reports of a transfer that ended on `end`."""
    if end >= "9999":
        return end
    return (date.fromisoformat(end) + timedelta(days=REPLY_WINDOW_DAYS)).isoformat()


def _interval(row: Row) -> tuple[str, str]:
    start = row.get("start_day") or (first_day(row["time_start"]) if row.get("time_start") else "0001-01-01")
    end = row.get("end_day") or (last_day(row["time_end"]) if row.get("time_end") else "9999-12-31")
    return start, end


def overlaps(a: Row, b: Row) -> bool:
    """Whether two claims' periods overlap (an unknown period overlaps everything)."""
    (a_start, a_end), (b_start, b_end) = _interval(a), _interval(b)
    return a_start <= b_end and b_start <= a_end


def figures_disagree(a: Row, b: Row) -> bool:
    """Two figures of the same unit and rate whose ranges do not meet, even with 10 % leeway."""
    if a["qty_unit"] != b["qty_unit"] or a["qty_per"] != b["qty_per"]:
        return False
    if (a["qty_min"] is None and a["qty_max"] is None) or (b["qty_min"] is None and b["qty_max"] is None):
        return False
    a_low, a_high = a["qty_min"] or 0.0, a["qty_max"] if a["qty_max"] is not None else float("inf")
    b_low, b_high = b["qty_min"] or 0.0, b["qty_max"] if b["qty_max"] is not None else float("inf")
    leeway = 1 + QUANTITY_TOLERANCE
    return a_high * leeway < b_low or b_high * leeway < a_low


def _figure(row: Row) -> str:
    low, high = row["qty_min"], row["qty_max"]
    figure = (
        f"{low:g}" if low == high else f"{'' if low is None else f'{low:g}'}..{'' if high is None else f'{high:g}'}"
    )
    return f"{figure} {row['qty_unit'] or ''}".strip()
