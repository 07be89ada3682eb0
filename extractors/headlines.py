"""A headline's vaguer restatement of a transfer (or a denial, an agreement, a port call) the body states
precisely.

Articles often begin with their headline ("Pyongyang sends shells to Moscow") and state the same
transfer precisely further on ("... shipped 9,500 shells to Moscow in March"). The headline's
statement then becomes a further statement (evidence) of the body's claim, with its own quote,
offsets, modality and sources, rather than a vaguer claim standing alone in the graph.

The headline is the first line of the text when it is a line of its own without final punctuation,
or a sentence equal to the document's title. A transfer there without figure or time joins the
body's claim only when exactly one claim of the body, with a figure or a time, has the same
supplier, recipient and item category, or a narrower one (the headline's "weapons" are the body's
shells), and the same status, and the headline's trend if it says one; otherwise it is left as it is.
"""

from __future__ import annotations

import re
from dataclasses import replace

from extractors.documents import Document
from extractors.lexicon import lexicon
from extractors.record import claim_of, role_entity_id
from extractors.tasks.base import Finding

RESTATED_KINDS = {"transfer", "denial", "agreement", "port_call"}
PARTY_ROLES = {"supplier", "recipient", "actor", "parties"}
CALL_ROLES = {"port", "vessel", "flag"}  # what a port call is about, where a transfer has parties
FIRST_LINE = re.compile(r"\s*(?P<line>[^\n]*\S)[ \t]*\n\s*\S")
FINAL_PUNCTUATION = re.compile(r"[.!?…][\"'»”’)\]]*$")


def restate_headlines(document: Document, findings: list[Finding]) -> list[Finding]:
    """The findings, each vague transfer of the headline made a statement of the one precise body
    claim it restates (see the module's docstring); the others as they were."""
    line = headline_line(document.text)
    in_headline = [_in_headline(f, document, line) for f in findings]
    body = [f for f, headline in zip(findings, in_headline, strict=True) if not headline and _precise(f)]
    return [
        _restating(f, body) if headline and f.kind in RESTATED_KINDS and not _precise(f) else f
        for f, headline in zip(findings, in_headline, strict=True)
    ]


def headline_line(text: str) -> tuple[int, int] | None:
    """Where the first line stands, when it is a headline: a line of its own (more text follows it)
    that does not end as a sentence does."""
    match = FIRST_LINE.match(text)
    if match is None or FINAL_PUNCTUATION.search(match.group("line")):
        return None
    return match.start("line"), match.end("line")


def _in_headline(finding: Finding, document: Document, line: tuple[int, int] | None) -> bool:
    if line is not None and line[0] <= finding.quote_start and finding.quote_end <= line[1]:
        return True
    quote = document.text[finding.quote_start : finding.quote_end]
    return bool(document.title) and _words(quote) == _words(document.title or "")


def _words(text: str) -> str:
    return " ".join(text.split())


def _precise(finding: Finding) -> bool:
    """A figure or a time: what a headline's restatement of the transfer leaves out."""
    return finding.quantity is not None or bool(finding.time and (finding.time.start or finding.time.end))


def _restating(headline: Finding, body: list[Finding]) -> Finding:
    """The headline's statement as a statement of the one body claim of the same transfer, if one."""
    same = {claim_of(f).id: f for f in body if same_transfer(headline, f) and f.status == headline.status}
    if len(same) != 1:
        return headline  # none, or several: which one the headline restates is not said
    [precise] = same.values()
    if headline.trend not in (None, precise.trend):
        return headline  # "... will send shells", "... steps up deliveries": more than the body claim says
    return replace(
        precise,
        quote_start=headline.quote_start,
        quote_end=headline.quote_end,
        modality=headline.modality,
        sources=headline.sources,
    )


def same_transfer(a: Finding, b: Finding) -> bool:
    """Same kind, item category (or the body's a narrower one: "ammunition" in the headline, "artillery
    shells" in the body; "weapons" for any materiel) and parties (supplier and recipient, or who denies,
    as the claims' entities: a ministry counts as its state)."""
    compared = CALL_ROLES if a.kind == "port_call" else PARTY_ROLES
    roles = {r for r in (*a.roles, *b.roles) if r in compared}
    return (
        a.kind == b.kind
        and (_restates_item(a.item_category, b.item_category) or _named_more_closely(a, b))
        and all(_actors(a, role) == _actors(b, role) for role in roles)
    )


GENERIC = "military_equipment"  # "arms", "weapons": any materiel, in a headline


def _restates_item(headline: str | None, body: str | None) -> bool:
    narrower: dict[str, list[str]] = lexicon("materiel").get("narrower") or {}
    return headline == body or (body is not None and (headline == GENERIC or body in narrower.get(headline or "", [])))


def _named_more_closely(headline: Finding, body: Finding) -> bool:
    """The body names the headline's materiel with more words before the same noun ("trucks", "military
    trucks"; "drones", "Shahed drones"), whatever category each is of."""
    if headline.item is None or body.item is None:
        return False
    short, long = headline.item.text.lower().split(), body.item.text.lower().split()
    return len(long) > len(short) and long[-len(short) :] == short


def _actors(finding: Finding, role: str) -> set[str]:
    return {role_entity_id(role, m) for m in finding.roles.get(role, [])}
