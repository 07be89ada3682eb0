"""The rows of the graph as the writer stores them: one part's sources, claims and evidence; then the entities."""

from __future__ import annotations

import hashlib
import random

from graph.ids import alias_id, flow_id, normalize_name, slug, text_sha256
from graph.model import first_day
from graph.ontology import ontology
from graph.store.base import Row
from graph.store.bulk import Bulk
from graph.store.flows import link_day

from .articles import Article, article_text
from .claims import Claim, claim_row
from .qualifiers import partial_date
from .world import Entity
from .writing import Statement

EXTRACTOR = "synthetic/1"


class PartBuilder:
    """The rows of one part: its sources, the claims they state, and the statements as evidence."""

    def __init__(self, flows: dict[str, Row], months: dict[str, int]) -> None:
        self.flows = flows  # every supplier-recipient flow so far, shared by the parts
        self.months = months  # transfer claims per month so far, shared by the parts
        self.bulk = Bulk(
            nodes={"Source": [], "Claim": [], "Evidence": []},
            relationships={
                "SUPPORTS": [],
                "IN_SOURCE": [],
                "ATTRIBUTED_TO": [],
                "MENTIONS": [],
                "IN_FLOW": [],
                "IN_MONTH": [],
            },
        )
        rels = self.bulk.relationships
        self.evidence = self.bulk.nodes["Evidence"]
        self.supports, self.in_source = rels["SUPPORTS"], rels["IN_SOURCE"]
        self.attributed_to = rels["ATTRIBUTED_TO"]
        self.role_rows = {
            kind: {role: rels.setdefault(spec.relationship, []) for role, spec in claim_spec.roles.items()}
            for kind, claim_spec in ontology().claims.items()
        }

    def add_claim(self, claim: Claim) -> None:
        row = claim_row(claim)
        self.bulk.nodes["Claim"].append(row)
        role_rows = self.role_rows[claim.kind]
        day = link_day(row["start_day"], row["end_day"])
        for role, entities in claim.roles.items():
            rows = role_rows[role]
            for entity in entities:
                rows.append({"from": claim.id, "to": entity.id, "day": day})
        if claim.kind == "transfer":
            self.add_flows(claim, row, day)

    def add_flows(self, claim: Claim, row: Row, day: str) -> None:
        """The claim in the flow of each supplier-recipient pair, as `writer.flow_rows` links it."""
        for supplier in claim.roles["supplier"]:
            for recipient in claim.roles["recipient"]:
                flow = flow_id(supplier.id, recipient.id)
                self.flows.setdefault(flow, {"id": flow, "supplier": supplier.id, "recipient": recipient.id})
                link = {"from": claim.id, "to": flow, "day": day, "item": row["item"]}
                self.bulk.relationships["IN_FLOW"].append(
                    link | {"start_day": row["start_day"], "end_day": row["end_day"]}
                )
                month = {
                    "from": claim.id,
                    "to": day[:7],
                    "day": day,
                    "supplier": supplier.id,
                    "recipient": recipient.id,
                }
                self.bulk.relationships["IN_MONTH"].append(month)
                self.months[day[:7]] = self.months.get(day[:7], 0) + 1

    def add_article(self, article: Article, rng: random.Random) -> None:
        text, starts = article_text(article, rng)
        for s, start in starts:
            self.add_evidence(article.id, s, start)
        self.bulk.nodes["Source"].append(source_row(article, text))
        self.bulk.relationships["MENTIONS"] += [
            {"from": article.id, "to": entity.id, "names": sorted(names) if len(names) > 1 else list(names)}
            for entity, names in article.writing.mentions.items()
        ]

    def add_evidence(self, source_id: str, s: Statement, start: int) -> None:
        end = start + len(s.quote)
        claim_id = s.claim.id
        ev_id = evidence_id(claim_id, source_id, start, end)
        self.evidence.append(
            {
                "id": ev_id,
                "quote": s.quote,
                "start_offset": start,
                "end_offset": end,
                "modality": s.modality,
                "unnamed_sources": s.unnamed,
                "source_id": source_id,
                "claim_id": claim_id,
            }
        )
        self.supports.append({"from": ev_id, "to": claim_id})
        self.in_source.append({"from": ev_id, "to": source_id})
        for entity, name in s.cited:
            self.attributed_to.append({"from": ev_id, "to": entity.id, "name": name})


def evidence_id(claim_id: str, source_id: str, start: int, end: int) -> str:
    """`graph.model.Evidence.id` (`stable_hash([claim_id, source_id, start, end], "evidence")`), with the JSON
    written out: these ids hold no character JSON escapes, and this runs a few million times."""
    payload = f'["{claim_id}","{source_id}",{start},{end}]'
    return f"evidence:{hashlib.sha1(payload.encode()).hexdigest()[:20]}"


def source_row(article: Article, text: str) -> Row:
    """The Source node as `writer.source_row` makes it, with the counts of what the article states."""
    published = partial_date(article.day, 10)
    outlet = slug(article.publisher.name)
    first_claim = article.statements[0].claim.kind if article.statements else "report"
    return {
        "id": article.id,
        "url": f"https://news.example.org/{outlet}/{article.number}",
        "title": f"{article.publisher.name}: {first_claim.replace('_', ' ')} report {article.number}",
        "publisher": article.publisher.name,
        "author": article.author,
        "published": published,
        "published_day": first_day(published),
        "language": article.lang,
        "text": text,
        "sha256": text_sha256(text),
        "ingested_at": f"{published}T06:00:00+00:00",
        "warnings": [],
        "extractor": EXTRACTOR,
        "claim_count": len({s.claim.id for s in article.statements}),
        "evidence_count": len(article.statements),
    }


def entity_part(entities: list[Entity], flows: dict[str, Row], months: dict[str, int]) -> Bulk:
    """The last part: the entities with their aliases as the writer stores them, every flow with its
    sides' links to it, and every month of transfers."""
    aliases: dict[str, Row] = {}
    known_as = []
    for entity in entities:
        for text, lang in [(entity.name, ""), *entity.aliases]:
            norm = normalize_name(text)
            alias = alias_id(entity.id, lang, norm)
            if alias not in aliases:
                aliases[alias] = {"id": alias, "text": text, "norm": norm, "lang": lang}
                known_as.append({"from": entity.id, "to": alias})
    return Bulk(
        nodes={
            "Entity": [{"id": e.id, "kind": e.kind, "name": e.name, "norm": normalize_name(e.name)} for e in entities],
            "Alias": list(aliases.values()),
            "Flow": [flows[flow_id] for flow_id in sorted(flows)],
            "TransferMonth": [{"id": month, "transfers": months[month]} for month in sorted(months)],
        },
        relationships={
            "KNOWN_AS": known_as,
            "HAS_FLOW": [
                {"from": entity, "to": flow_id}
                for flow_id in sorted(flows)
                for entity in sorted({flows[flow_id]["supplier"], flows[flow_id]["recipient"]})  # once each, as MERGE
            ],
        },
    )
