"""What an export reads: the claims chosen (all of them, or the transfers a filter keeps), a chunk at a
time, each chunk with the articles and entities it is the first to need.

    for chunk in chunks(store, TransferFilter(supplier="KP")):
        chunk.articles, chunk.entities, chunk.claims

Every format (`graph.export.formats`) writes from these chunks, so that an export of a million claims
holds one chunk in memory, not the graph. The ids are chosen in one read; each chunk is read in its own
transaction (an article ingested meanwhile adds claims the export does not list, and changes none of
those it lists: claims are never rewritten).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, fields
from functools import cache
from typing import Any

from graph.ontology import ontology
from graph.qualifiers import read
from graph.reads import EntityRef, Statement, origins_of
from graph.store import cypher
from graph.store.base import Row, Store, Tx
from graph.transfers import TransferFilter, statements_by_claim

CHUNK = 10_000  # claims read together: a few lookups of this many ids each (the embedded store pays a scan per lookup)


@dataclass(frozen=True, slots=True)
class Article:
    """An article as the exports describe it (its text stays in the store)."""

    id: str
    url: str | None
    title: str | None
    publisher: str | None
    author: str | None
    published: str | None
    language: str | None
    sha256: str | None
    ingested_at: str | None
    extractor: str | None

    @classmethod
    def from_row(cls, row: Row) -> Article:
        """A row of cypher.EXPORT_SOURCES."""
        return cls(**{f.name: row[f.name] for f in fields(cls)})


@dataclass(frozen=True, slots=True)
class Entity:
    id: str
    kind: str
    name: str
    aliases: tuple[tuple[str, str | None], ...] = ()  # (name, language)


@dataclass(frozen=True, slots=True)
class ExportedClaim:
    """A claim with its qualifiers (the model's values), its entities by role name, and its statements."""

    id: str
    kind: str
    qualifiers: dict[str, Any]
    roles: dict[str, tuple[EntityRef, ...]]
    statements: tuple[Statement, ...]

    def one(self, role: str) -> EntityRef | None:
        found = self.roles.get(role, ())
        return found[0] if found else None

    def origins(self) -> list[str]:
        return origins_of(list(self.statements))

    def title(self) -> str:
        """The claim in a few words, for a peer's name or label: "North Korea to Russia: drones",
        "Port call at Rason", "Denial by Russia"."""
        names = {role: ", ".join(ref.name for ref in refs) for role, refs in self.roles.items() if refs}
        if self.kind == "agreement":
            return str(self.qualifiers.get("name") or f"Agreement between {names.get('parties', 'unnamed parties')}")
        if self.kind == "port_call":
            return f"Port call at {names.get('port', 'an unnamed port')}"
        if self.kind == "denial":
            return f"Denial by {names.get('actor', 'an unnamed actor')}"
        return f"{names.get('supplier', '?')} to {names.get('recipient', '?')}: {self.qualifiers.get('item')}"

    def days(self) -> tuple[str | None, str | None]:
        """The first and last partial dates of its time, if any."""
        time = self.qualifiers.get("time")
        return (time.start, time.end) if time is not None else (None, None)


@dataclass
class Chunk:
    claims: list[ExportedClaim]
    articles: list[Article] = field(default_factory=list)  # first needed by this chunk's statements
    entities: list[Entity] = field(default_factory=list)  # first needed by its roles or citations


def chosen_ids(store: Store, wanted: TransferFilter | None) -> list[str]:
    """Every claim's id, or with a filter the transfers it keeps; sorted."""
    if wanted is None or wanted == TransferFilter():
        rows = store.run_in_transaction(lambda tx: tx.run(cypher.EXPORT_CLAIM_IDS))
    else:
        rows = store.run_in_transaction(lambda tx: tx.run(cypher.EXPORT_TRANSFER_IDS, wanted.params()))
    return [row["id"] for row in rows]


def chunks(store: Store, wanted: TransferFilter | None = None, *, size: int = CHUNK) -> Iterator[Chunk]:
    """The chosen claims, `size` at a time, each article and entity given with the first chunk needing it."""
    return chunks_of(store, chosen_ids(store, wanted), size=size)


def chunks_of(store: Store, ids: list[str], *, size: int = CHUNK) -> Iterator[Chunk]:
    """The claims of `ids` (as `chosen_ids` gives them), `size` at a time."""
    seen_articles: set[str] = set()
    seen_entities: set[str] = set()
    for start in range(0, len(ids), size):
        yield store.run_in_transaction(_reading(ids[start : start + size], seen_articles, seen_entities))


def _reading(ids: list[str], seen_articles: set[str], seen_entities: set[str]) -> Callable[[Tx], Chunk]:
    return lambda tx: _chunk(tx, ids, seen_articles, seen_entities)


def _chunk(tx: Tx, ids: list[str], seen_articles: set[str], seen_entities: set[str]) -> Chunk:
    rows = tx.run(cypher.EXPORT_CLAIMS, {"ids": ids})
    roles = _roles(tx.run(_roles_statement(), {"ids": ids}))
    statements = statements_by_claim(
        tx.run(cypher.CLAIMS_STATEMENTS, {"ids": ids}), tx.run(cypher.CLAIMS_CITATIONS, {"ids": ids})
    )
    claims = [_claim(row, roles.get(row["id"], {}), statements.get(row["id"], [])) for row in rows]
    claims.sort(key=lambda claim: claim.id)
    chunk = Chunk(claims)
    article_ids = sorted({s.source.id for c in claims for s in c.statements} - seen_articles)
    chunk.articles = [Article.from_row(row) for row in tx.run(cypher.EXPORT_SOURCES, {"ids": article_ids})]
    chunk.articles.sort(key=lambda article: article.id)
    seen_articles.update(article_ids)
    chunk.entities = _new_entities(tx, claims, seen_entities)
    return chunk


@cache
def _roles_statement() -> str:
    return cypher.export_roles(sorted(ontology().relationships()))


def _roles(rows: list[Row]) -> dict[str, dict[str, list[EntityRef]]]:
    """Each claim's entities by relationship type, in id order."""
    found: dict[str, dict[str, list[EntityRef]]] = {}
    for row in sorted(rows, key=lambda row: (row["claim_id"], row["relationship"], row["id"])):
        found.setdefault(row["claim_id"], {}).setdefault(row["relationship"], []).append(EntityRef.from_row(row))
    return found


def _claim(row: Row, by_relationship: dict[str, list[EntityRef]], statements: list[Statement]) -> ExportedClaim:
    roles = {
        name: tuple(by_relationship.get(spec.relationship, ()))
        for name, spec in ontology().claims[row["kind"]].roles.items()
    }
    return ExportedClaim(row["id"], row["kind"], read(row, row["kind"]), roles, tuple(statements))


def _new_entities(tx: Tx, claims: list[ExportedClaim], seen: set[str]) -> list[Entity]:
    """The entities the claims' roles and citations name that no earlier chunk gave, with their aliases."""
    refs = {ref.id: ref for c in claims for refs in c.roles.values() for ref in refs}
    for claim in claims:
        for statement in claim.statements:
            for cited in statement.attributed_to:
                if cited.entity_id and cited.entity_id not in refs:
                    refs[cited.entity_id] = EntityRef(cited.entity_id, cited.entity_name or cited.name, cited.kind)
    new = sorted(set(refs) - seen)
    seen.update(new)
    aliases: dict[str, list[tuple[str, str | None]]] = {}
    for row in sorted(tx.run(cypher.EXPORT_ALIASES, {"ids": new}), key=lambda r: (r["id"], r["text"], r["lang"] or "")):
        aliases.setdefault(row["id"], []).append((row["text"], row["lang"]))
    return [Entity(i, refs[i].kind or "", refs[i].name, tuple(aliases.get(i, ()))) for i in new]
