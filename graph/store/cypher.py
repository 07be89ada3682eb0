"""Every Cypher statement osintkg runs, named and kept together.

The same text runs on the embedded store and on Neo4j: writes are `UNWIND $rows` batches of
MERGE on ids, so that writing the same article twice, or from two processes at once, creates
nothing twice. Numbers that may be null go through toFloat()/toInteger(), which the embedded
store defines as macros (see `ladybug.py`), so both stores type them alike.
"""

from __future__ import annotations

# --- writes -------------------------------------------------------------------------------------

SOURCE_FINGERPRINT = "MATCH (s:Source {id: $id}) RETURN s.sha256 AS sha256"

UPSERT_SOURCES = """
UNWIND $rows AS r
MERGE (s:Source {id: r.id})
ON CREATE SET s.url = r.url, s.title = r.title, s.publisher = r.publisher, s.author = r.author,
              s.published = r.published, s.published_day = r.published_day, s.language = r.language,
              s.text = r.text, s.sha256 = r.sha256, s.ingested_at = r.ingested_at, s.warnings = r.warnings,
              s.extractor = r.extractor,
              s.claim_count = toInteger(r.claim_count), s.evidence_count = toInteger(r.evidence_count)
"""

UPSERT_ENTITIES = """
UNWIND $rows AS r
MERGE (e:Entity {id: r.id})
ON CREATE SET e.kind = r.kind, e.name = r.name, e.norm = r.norm
"""

UPSERT_ALIASES = """
UNWIND $rows AS r
MATCH (e:Entity {id: r.entity_id})
MERGE (a:Alias {id: r.id})
ON CREATE SET a.text = r.text, a.norm = r.norm, a.lang = r.lang
MERGE (e)-[:KNOWN_AS]->(a)
"""

UPSERT_MENTIONS = """
UNWIND $rows AS r
MATCH (s:Source {id: r.source_id}), (e:Entity {id: r.entity_id})
MERGE (s)-[m:MENTIONS]->(e)
ON CREATE SET m.names = r.names
"""

UPSERT_CLAIMS = """
UNWIND $rows AS r
MERGE (c:Claim {id: r.id})
ON CREATE SET c.kind = r.kind, c.item = r.item,
              c.qty_min = toFloat(r.qty_min), c.qty_max = toFloat(r.qty_max),
              c.qty_unit = r.qty_unit, c.qty_per = r.qty_per,
              c.time_start = r.time_start, c.time_end = r.time_end,
              c.start_day = r.start_day, c.end_day = r.end_day,
              c.trend = r.trend, c.status = r.status, c.name = r.name, c.provisions = r.provisions,
              c.denies = r.denies, c.count_min = toFloat(r.count_min), c.count_max = toFloat(r.count_max),
              c.count_per = r.count_per
"""

UPSERT_EVIDENCE = """
UNWIND $rows AS r
MATCH (c:Claim {id: r.claim_id}), (s:Source {id: r.source_id})
MERGE (ev:Evidence {id: r.id})
ON CREATE SET ev.quote = r.quote, ev.start_offset = toInteger(r.start_offset),
              ev.end_offset = toInteger(r.end_offset), ev.modality = r.modality,
              ev.unnamed_sources = r.unnamed_sources, ev.source_id = r.source_id, ev.claim_id = r.claim_id
MERGE (ev)-[:SUPPORTS]->(c)
MERGE (ev)-[:IN_SOURCE]->(s)
"""

UPSERT_ATTRIBUTIONS = """
UNWIND $rows AS r
MATCH (ev:Evidence {id: r.evidence_id}), (e:Entity {id: r.entity_id})
MERGE (ev)-[a:ATTRIBUTED_TO]->(e)
ON CREATE SET a.name = r.name
"""


def upsert_role(relationship: str) -> str:
    """The statement linking claims to the entities filling one role (a relationship type per role)."""
    if not relationship.isidentifier() or not relationship.isupper():
        raise ValueError(f"not a relationship type: {relationship!r}")
    return f"""
UNWIND $rows AS r
MATCH (c:Claim {{id: r.claim_id}}), (e:Entity {{id: r.entity_id}})
MERGE (c)-[:{relationship}]->(e)
"""


# --- reads --------------------------------------------------------------------------------------

COUNT_LABEL = "MATCH (n:{label}) RETURN count(n) AS n"

SOURCES = """
MATCH (s:Source)
RETURN s.id AS id, s.title AS title, s.language AS language, s.published AS published,
       s.sha256 AS sha256, s.claim_count AS claim_count, s.evidence_count AS evidence_count
ORDER BY s.id
"""

EVIDENCE_PER_SOURCE = """
MATCH (ev:Evidence)-[:IN_SOURCE]->(s:Source)
RETURN s.id AS id, count(ev) AS n
"""

SOURCE_MENTIONS = """
MATCH (s:Source {id: $id})-[m:MENTIONS]->(e:Entity)
RETURN e.id AS id, e.kind AS kind, e.name AS name, m.names AS names
ORDER BY e.id
"""

SOURCE_EVIDENCE = """
MATCH (ev:Evidence)-[:IN_SOURCE]->(s:Source {id: $id})
MATCH (ev)-[:SUPPORTS]->(c:Claim)
RETURN ev.id AS evidence_id, ev.quote AS quote, ev.start_offset AS start_offset,
       ev.end_offset AS end_offset, ev.modality AS modality, ev.unnamed_sources AS unnamed_sources,
       c.id AS claim_id, c.kind AS kind, c.item AS item, c.qty_min AS qty_min, c.qty_max AS qty_max,
       c.qty_unit AS qty_unit, c.qty_per AS qty_per, c.time_start AS time_start, c.time_end AS time_end,
       c.trend AS trend, c.status AS status, c.name AS name, c.provisions AS provisions,
       c.denies AS denies, c.count_min AS count_min, c.count_max AS count_max, c.count_per AS count_per
ORDER BY ev.start_offset, c.id
"""

CLAIM_ROLES = """
MATCH (c:Claim)-[r]->(e:Entity)
WHERE c.id IN $ids
RETURN c.id AS claim_id, type(r) AS relationship, e.id AS id, e.kind AS kind, e.name AS name
ORDER BY c.id, e.id
"""

EVIDENCE_ATTRIBUTIONS = """
MATCH (ev:Evidence)-[a:ATTRIBUTED_TO]->(e:Entity)
WHERE ev.id IN $ids
RETURN ev.id AS evidence_id, a.name AS name, e.id AS entity_id, e.name AS entity_name
ORDER BY ev.id, a.name
"""

ENTITY_ALIASES = """
MATCH (e:Entity)-[:KNOWN_AS]->(a:Alias)
WHERE e.id IN $ids
RETURN e.id AS id, a.text AS text, a.lang AS lang
ORDER BY e.id, a.text
"""

# Transfers between actors, filtered; an empty string means "any". A period filter keeps claims whose
# interval overlaps it (claims without a time are left out of a period query).
TRANSFERS = """
MATCH (c:Claim {kind: 'transfer'})-[:SUPPLIER]->(s:Entity), (c)-[:RECIPIENT]->(r:Entity)
WHERE ($supplier = '' OR s.id = $supplier) AND ($recipient = '' OR r.id = $recipient)
  AND ($item = '' OR c.item = $item)
  AND ($since = '' OR (c.end_day IS NOT NULL AND c.end_day >= $since)
       OR (c.end_day IS NULL AND c.start_day IS NOT NULL))
  AND ($until = '' OR (c.start_day IS NOT NULL AND c.start_day <= $until)
       OR (c.start_day IS NULL AND c.end_day IS NOT NULL))
RETURN c.id AS id, s.id AS supplier_id, s.name AS supplier, r.id AS recipient_id, r.name AS recipient,
       c.item AS item, c.qty_min AS qty_min, c.qty_max AS qty_max, c.qty_unit AS qty_unit, c.qty_per AS qty_per,
       c.time_start AS time_start, c.time_end AS time_end, c.trend AS trend, c.status AS status
ORDER BY supplier, recipient, item, id
"""

CLAIM_EVIDENCE = """
MATCH (ev:Evidence)-[:SUPPORTS]->(c:Claim)
WHERE c.id IN $ids
MATCH (ev)-[:IN_SOURCE]->(src:Source)
RETURN c.id AS claim_id, ev.id AS evidence_id, ev.quote AS quote, ev.start_offset AS start_offset,
       ev.end_offset AS end_offset, ev.modality AS modality, ev.unnamed_sources AS unnamed_sources,
       src.id AS source_id, src.title AS title, src.publisher AS publisher, src.url AS url,
       src.published AS published
ORDER BY claim_id, published, source_id, start_offset
"""

ENTITY_BY_NAME = """
MATCH (e:Entity)-[:KNOWN_AS]->(a:Alias)
WHERE a.norm = $norm OR e.norm = $norm OR e.id = $id
RETURN DISTINCT e.id AS id, e.kind AS kind, e.name AS name
ORDER BY id
"""
