"""A claim's provenance, checked: every statement of it re-read from the stored article, who each
article cites, how many independent origins there are, and the claims that contradict it."""

from __future__ import annotations

import sys
from datetime import date, timedelta

from graph.errors import NotFoundError
from graph.ids import flow_id, text_sha256
from graph.model import first_day, last_day
from graph.reads import (
    AttributionLink,
    Audit,
    AuditFlags,
    CheckedStatement,
    CitedSource,
    Contradiction,
    SourceRef,
    Statement,
    StoredClaim,
    origins_of,
)
from graph.store import cypher
from graph.store.base import Row, Tx
from graph.store.schema import role_relationships
from graph.transfers import named_sources

QUANTITY_TOLERANCE = 0.1  # figures within 10 % of each other agree
DENIALS_PER_ACTOR = 20  # the newest denials of each actor listed as contradictions
REPLY_WINDOW_DAYS = 366  # a denial answers reports of a transfer made while it ran or in the year after


def audit_claim(tx: Tx, claim_id: str) -> Audit:
    """Everything an auditor needs to check one claim (`View.audit`)."""
    row = claim_row(tx, claim_id)
    claim = StoredClaim.from_row(row, claim_roles(tx, claim_id))
    named = named_sources(tx.run(cypher.CLAIM_CITATIONS, {"id": claim_id}))
    statements = tx.run(cypher.CLAIM_EVIDENCE_WITH_TEXT, {"id": claim_id})
    checked = sorted(
        (verify(Statement.from_row(s, named.get(s["evidence_id"], [])), s["text"], s["sha256"]) for s in statements),
        key=lambda check: check.statement.order(),
    )
    origins = origins_of([check.statement for check in checked])
    return Audit(
        claim=claim,
        evidence=tuple(checked),
        attribution_chain=chain(checked),
        origins=tuple(origins),
        flags=flags(checked, origins),
        contradictions=tuple(contradictions(tx, row, claim, checked)),
    )


def stored_claim(tx: Tx, claim_id: str) -> StoredClaim:
    """A claim with its role entities (`View.claim`)."""
    return StoredClaim.from_row(claim_row(tx, claim_id), claim_roles(tx, claim_id))


def claim_row(tx: Tx, claim_id: str) -> Row:
    rows = tx.run(cypher.CLAIM, {"id": claim_id})
    if not rows:
        raise NotFoundError(f"no claim {claim_id!r}")
    return rows[0]


def claim_roles(tx: Tx, claim_id: str) -> list[Row]:
    return tx.run(cypher.roles_of_claim(role_relationships()), {"id": claim_id})


def chain(evidence: list[CheckedStatement]) -> tuple[AttributionLink, ...]:
    """Article -> the sources it cites for this claim, one link per article."""
    articles: dict[str, SourceRef] = {}
    cites: dict[str, list[CitedSource]] = {}
    for check in evidence:
        source = check.statement.source
        articles.setdefault(source.id, source)
        cited = cites.setdefault(source.id, [])
        cited += [s for s in check.statement.attributed_to if s not in cited]
    return tuple(AttributionLink(s.id, s.title, s.publisher, tuple(cites[s.id])) for s in articles.values())


def flags(evidence: list[CheckedStatement], origins: list[str]) -> AuditFlags:
    """Warnings for an analyst: one origin only; credited to no named source at all."""
    cited = [s for check in evidence for s in check.statement.attributed_to]
    return AuditFlags(
        single_origin=len(origins) <= 1,
        unnamed_sources_only=bool(cited) and not any(s.named for s in cited),
        unverified_quotes=sum(not c.quote_verified or not c.text_verified for c in evidence),
    )


def verify(statement: Statement, text: str | None, sha256: str | None) -> CheckedStatement:
    """Re-read a quote from the stored text at its offsets, and the text against its hash."""
    text = text or ""
    quote_ok = text[statement.start : statement.end] == statement.quote
    text_ok = text_sha256(text) == sha256
    problems = []
    if not text_ok:
        problems.append("the stored text no longer matches its sha256: it was changed after ingest")
    if not quote_ok:
        problems.append("the quote is not the text at its offsets")
    return CheckedStatement(statement, quote_ok, text_ok, tuple(problems), text)


def contradictions(tx: Tx, row: Row, claim: StoredClaim, evidence: list[CheckedStatement]) -> list[Contradiction]:
    """Denials of the claim by its actors, statements that deny it, and figures of the same flow that
    do not agree with its own (`row`: the claim's row of cypher.CLAIM, with its days and figure)."""
    found = [
        Contradiction("denied_statement", "a statement of this claim denies it", evidence_id=check.statement.id)
        for check in evidence
        if check.statement.modality == "denied"
    ]
    suppliers, recipients = claim.roles.get("supplier", []), claim.roles.get("recipient", [])
    if claim.kind != "transfer" or not suppliers or not recipients:
        return found
    supplier, recipient = suppliers[-1].id, recipients[-1].id
    # The supplier's and the recipient's denials made while the transfer ran or in the year after (a
    # denial's date is when it was made, not the period it denies) and their undated ones, the newest
    # few of each: a state that denies everything would otherwise bury the audit under thousands.
    start, end = _interval(row)
    since = {"from_day": start, "to_day": reply_deadline(end), "limit": DENIALS_PER_ACTOR}
    denials = [
        {**d, "actor": actor}
        for actor in sorted({supplier, recipient})
        for d in tx.run(cypher.DENIALS_BY, {"actor": actor, **since})
    ]
    found += [
        Contradiction("denial", f"{d['actor']} denies {d['denies'] or 'it'}", claim_id=d["id"])
        for d in sorted(denials, key=lambda d: (d["id"], d["actor"]))
    ]
    if row["qty_min"] is None and row["qty_max"] is None:
        return found  # no figure to disagree with
    same_flow = {
        "id": row["id"],
        "flow": flow_id(supplier, recipient),
        "item": row["item"],
        "unit": row["qty_unit"] or "",
        "per": row["qty_per"] or "",
        "from_day": start,
        "to_day": end,
        "low": row["qty_min"] or 0.0,
        "high": row["qty_max"] if row["qty_max"] is not None else sys.float_info.max,
    }
    for other in sorted(tx.run(cypher.CONFLICTING_FIGURES, same_flow), key=lambda other: other["id"]):
        if overlaps(row, other) and figures_disagree(row, other):
            reason = f"the same flow with {_figure(other)} instead of {_figure(row)}"
            found.append(Contradiction("conflicting_figure", reason, claim_id=other["id"]))
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
