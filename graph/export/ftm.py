"""The graph as FollowTheMoney entities (JSON lines), for Aleph and OpenSanctions' tools, built with the
`followthemoney` library; which schema each entity and claim becomes is `ftm.yaml`.

    state       PublicBody with its ISO code as `country`; organizations, persons, vessels as such;
                ports and places as Address; a named agreement as a Contract (its `title`)
    article     Article: title, sourceUrl, publisher, author, publishedAt, language, and its text's sha256 in notes
    transfer    UnknownLink from the supplier (`subject`) to the recipient (`object`): `role` "transfer of
                ITEM", `status`, `startDate`/`endDate`, `summary` (item, figure, period, route), and its
                provenance: `proof` (the articles), `sourceUrl`, `publisher`, and `description`, one line
                per statement: its modality, quote, article, offsets and cited sources
    agreement, port call, denial   Event (`involved`: the parties or the actor; `addressEntity`: the
                port), with the same dates, summary and provenance

Every entity is given once, before the first claim that refers to it; ids are osintkg's, made safe
for FtM ("port:rason" -> "port.rason", "claim:ab12" -> "claim.ab12", an article "article.ID").
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Iterator
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from followthemoney import model
from followthemoney.proxy import EntityProxy

from graph.export.dataset import Article, Chunk, Entity, ExportedClaim
from graph.model import Quantity

MAPPING = Path(__file__).with_name("ftm.yaml")
_SAFE_ID = re.compile(r"^[0-9a-zA-Z]([0-9a-zA-Z.\-]*[0-9a-zA-Z])?$")


@cache
def mapping() -> dict[str, Any]:
    return yaml.safe_load(MAPPING.read_text(encoding="utf-8"))


def ftm_id(osintkg_id: str, prefix: str = "") -> str:
    """An id FtM accepts, from osintkg's: ":" becomes "."; one with other characters goes by its hash."""
    candidate = prefix + osintkg_id.replace(":", ".")
    if _SAFE_ID.match(candidate) and "._" not in candidate:
        return candidate
    return prefix + "h." + hashlib.sha1(osintkg_id.encode("utf-8")).hexdigest()[:24]


def article_id(source_id: str) -> str:
    return ftm_id(source_id, "article.")


def json_lines(chunks: Iterable[Chunk]) -> Iterator[str]:
    for chunk in chunks:
        for proxy in proxies(chunk):
            yield json.dumps(proxy.to_dict(), ensure_ascii=False, sort_keys=True) + "\n"


def proxies(chunk: Chunk) -> Iterator[EntityProxy]:
    """The chunk's new articles and entities, then its claims."""
    articles = {a.id: a for a in chunk.articles}
    yield from (article_proxy(a) for a in chunk.articles)
    yield from (p for p in (entity_proxy(e) for e in chunk.entities) if p is not None)
    for claim in chunk.claims:
        yield claim_proxy(claim, articles)


def article_proxy(article: Article) -> EntityProxy:
    proxy = model.make_entity("Article")
    proxy.id = article_id(article.id)
    values = {
        "title": article.title or article.id,
        "sourceUrl": article.url,
        "publisher": article.publisher,
        "author": article.author,
        "publishedAt": article.published,
        "language": article.language,
        "notes": f"sha256 of the text: {article.sha256}" if article.sha256 else None,  # contentHash is a SHA-1
    }
    _add_all(proxy, values)
    return proxy


def entity_proxy(entity: Entity) -> EntityProxy | None:
    """The entity in its FtM schema, or None for a kind FtM has none for (materiel)."""
    schema = mapping()["entities"].get(entity.kind)
    if schema is None:
        return None
    proxy = model.make_entity(schema)
    proxy.id = ftm_id(entity.id)
    proxy.add("title" if schema == "Contract" else "name", entity.name)
    proxy.add("alias", sorted({name for name, _ in entity.aliases} - {entity.name}))
    if entity.kind == "country":
        proxy.add("country", entity.id)
    if schema == "Address":
        proxy.add("full", entity.name)
    return proxy


def claim_proxy(claim: ExportedClaim, articles: dict[str, Article]) -> EntityProxy:
    spec = mapping()["claims"][claim.kind]
    proxy = model.make_entity(spec["schema"])
    proxy.id = ftm_id(claim.id)
    for prop, role in spec["properties"].items():
        proxy.add(prop, [ftm_id(ref.id) for ref in claim.roles.get(role, ()) if _exported(ref.kind)])
    if proxy.schema.is_a("Thing"):
        proxy.add("name", claim.title())
    if claim.kind == "transfer":
        proxy.add("role", f"transfer of {claim.qualifiers['item']}")
        proxy.add("status", claim.qualifiers.get("status"))
    start, end = claim.days()
    _add_all(proxy, {"startDate": start, "endDate": end, "summary": summary(claim)})
    sources = sorted({s.source.id for s in claim.statements})
    proxy.add("proof", [article_id(s) for s in sources])
    proxy.add("sourceUrl", [articles[s].url for s in sources if s in articles and articles[s].url])
    proxy.add("publisher", sorted({s.source.publisher for s in claim.statements if s.source.publisher}))
    proxy.add("description", "\n".join(_statement_line(s) for s in claim.statements))
    return proxy


def _exported(kind: str | None) -> bool:
    return kind in mapping()["entities"]


def _add_all(proxy: EntityProxy, values: dict[str, Any]) -> None:
    for prop, value in values.items():
        if value:
            proxy.add(prop, value)


def summary(claim: ExportedClaim) -> str:
    """The claim in one line: its figure, period, status, trend, and the entities of its other roles."""
    values = claim.qualifiers
    parts = [claim.title()]
    for name in ("quantity", "count"):
        if isinstance(values.get(name), Quantity):
            parts.append(values[name].phrase())
    start, end = claim.days()
    if start or end:
        parts.append(f"{start or ''}..{end or ''}")
    parts += [f"{name} {values[name]}" for name in ("status", "trend", "denies") if values.get(name)]
    for role in ("via", "vessel", "materiel", "flag", "treaty"):
        if claim.roles.get(role):
            parts.append(f"{role} " + ", ".join(ref.name for ref in claim.roles[role]))
    return "; ".join(parts)


def _statement_line(statement: Any) -> str:
    cited = "; ".join(s.name for s in statement.attributed_to) or "the article itself"
    return (
        f'[{statement.modality}] "{statement.quote}" ({statement.source.id}, characters '
        f"{statement.start}-{statement.end}; on the word of: {cited})"
    )
