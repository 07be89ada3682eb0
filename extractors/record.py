"""From findings to graph objects: entities with the names the article used, claims, evidence."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from extractors.analysis import Analysis
from extractors.entities import IMPLIED_FORMS, Mention
from extractors.gazetteer import gazetteer
from extractors.tasks.base import Finding
from graph import model
from graph.ids import text_sha256
from graph.ontology import ontology

STATE_ROLES = {"supplier", "recipient", "parties", "actor", "flag"}
FLOW_ROLES = {"supplier", "recipient", "parties"}  # a company's sales, and its deals, are its country's
SUPPLYING_CATEGORIES = {"company"}


def role_entity_id(role: str, mention: Mention) -> str:
    """The entity filling a role: a body or official acting for a state stands for the state; a company
    supplying or receiving stands for its home state (SCHEMA.md: its sales are its country's supply), while
    it denies for itself."""
    if role in STATE_ROLES and mention.state:
        return mention.state
    if role in FLOW_ROLES and mention.category in SUPPLYING_CATEGORIES:
        return home_state(mention) or mention.entity_id
    return mention.entity_id


def home_state(mention: Mention) -> str | None:
    """The state a company named in the gazetteer is of."""
    entry = gazetteer().get(mention.entity_id)
    return entry.country if entry is not None and entry.country else None


def _entity(entity_id: str, mention: Mention | None) -> model.Entity:
    entry = gazetteer().get(entity_id)
    if entry is not None:
        return model.Entity(id=entry.id, kind=model.EntityKind(entry.kind), name=entry.name)
    assert mention is not None, f"no gazetteer entry for {entity_id}"
    return model.Entity(id=entity_id, kind=model.EntityKind(mention.kind), name=mention.name)


def build_record(
    analysis: Analysis, stated: list[Stated], extractor: str | None = None, ingested_at: datetime | None = None
) -> model.ArticleRecord:
    """The article, its entities and mentions, and the claims and evidence of its findings (each checked
    and made once, by `state`)."""
    findings = [finding for finding, _, _ in stated]
    document = analysis.document
    source = model.Source(
        id=document.id,
        url=document.url,
        title=document.title,
        publisher=document.publisher,
        author=document.author,
        published=document.published,
        language=analysis.language or document.language,
        text=document.text,
        sha256=text_sha256(document.text),
        warnings=tuple(analysis.warnings),
        extractor=extractor,
        **({"ingested_at": ingested_at} if ingested_at else {}),
    )
    mentions = [m for s in analysis.sentences for m in s.mentions] + analysis.extra_mentions
    mentions += [m for f in findings for ms in f.roles.values() for m in ms if m.form not in IMPLIED_FORMS]
    mentions += [s.mention for f in findings for s in f.sources if s.mention]
    names: dict[str, set[str]] = {}
    for mention in mentions:
        names.setdefault(mention.entity_id, set()).add(mention.text)
    by_id = {m.entity_id: m for m in mentions}
    entities = {eid: _entity(eid, m) for eid, m in by_id.items()}
    for _, claim, _ in stated:
        for ids in claim.roles.values():
            for eid in ids:
                if eid not in entities:
                    entities[eid] = _entity(eid, None)
    claims = [claim for _, claim, _ in stated]
    evidence = [ev for _, _, ev in stated]
    aliases = {
        eid: tuple(model.Alias(text=n, lang=source.language) for n in sorted(names.get(eid, ()))) for eid in entities
    }
    return model.ArticleRecord(
        source=source,
        entities=[e.model_copy(update={"aliases": aliases[e.id]}) for e in entities.values()],
        mentions=[model.SourceMention(entity_id=eid, names=tuple(sorted(n))) for eid, n in sorted(names.items())],
        claims=_one_per_id(claims),
        evidence=list({e.id: e for e in evidence}.values()),
    )


def _one_per_id(claims: list[model.Claim]) -> list[model.Claim]:
    """Each claim once, in the order first stated, with what every statement of it gave beyond what
    identifies it: the provisions of a deal stated again ("Selon ce contrat, ..."), the routes and vessels
    of a flow."""
    kept: dict[str, model.Claim] = {}
    for claim in claims:
        first = kept.setdefault(claim.id, claim)
        if first is not claim:
            kept[claim.id] = _joined(first, claim)
    return list(kept.values())


def _joined(first: model.Claim, again: model.Claim) -> model.Claim:
    identity = set(ontology().claims[first.kind].identity)
    roles = dict(first.roles)
    for role, ids in again.roles.items():
        if role not in identity:
            roles[role] = tuple(dict.fromkeys((*roles.get(role, ()), *ids)))
    provisions = tuple(dict.fromkeys((*(first.provisions or ()), *(again.provisions or ()))))
    return first.model_copy(update={"roles": roles, "provisions": provisions or first.provisions})


def claim_of(finding: Finding) -> model.Claim:
    """The claim a finding states: its roles filled by entity ids, the qualifiers of its kind checked."""
    roles = {
        role: tuple(dict.fromkeys(role_entity_id(role, m) for m in ms)) for role, ms in finding.roles.items() if ms
    }
    return model.Claim(kind=model.ClaimKind(finding.kind), roles=roles, **_qualifiers(finding))


FINDING_FIELDS = {"item": "item_category"}  # a finding's `item` is the words that named the materiel


def _qualifiers(finding: Finding) -> dict[str, Any]:
    """The finding's values of its kind's qualifiers (graph/ontology/qualifiers.yaml); a period with
    neither end is none."""
    values = {}
    for name in ontology().claims[finding.kind].qualifiers:
        value = getattr(finding, FINDING_FIELDS.get(name, name))
        values[name] = None if isinstance(value, model.TimeSpan) and not (value.start or value.end) else value
    return values


Stated = tuple[Finding, model.Claim, model.Evidence]


def state(finding: Finding, source_id: str, text: str) -> Stated:
    """The claim a finding states and its evidence. Raises ValueError (pydantic's ValidationError is
    one) when the finding cannot make them: a task's bug, or a sentence it misread."""
    claim = claim_of(finding)
    return finding, claim, _evidence(finding, claim, source_id, text)


def _evidence(finding: Finding, claim: model.Claim, source_id: str, text: str) -> model.Evidence:
    attributions = tuple(
        model.Attribution(name=s.name, named=s.named, entity_id=(s.mention.entity_id if s.mention else None))
        for s in finding.sources
    )
    return model.Evidence(
        claim_id=claim.id,
        source_id=source_id,
        quote=text[finding.quote_start : finding.quote_end],
        start=finding.quote_start,
        end=finding.quote_end,
        modality=model.Modality(finding.modality),
        attributed_to=attributions,
    )
