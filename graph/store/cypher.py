"""Every Cypher statement osintkg runs, named and kept together.

The same text runs on the embedded store and on Neo4j: writes are `UNWIND $rows` batches of
MERGE on ids, so that writing the same article twice, or from two processes at once, creates
nothing twice. Numbers that may be null go through toFloat()/toInteger(), which the embedded
store defines as macros (see `ladybug.py`), so both stores type them alike.
"""

from __future__ import annotations

from collections.abc import Iterable

from graph.ids import LINK
from graph.qualifiers import claim_columns, projection

# --- writes -------------------------------------------------------------------------------------

SOURCE_FINGERPRINT = "MATCH (s:Source {id: $id}) RETURN s.sha256 AS sha256"
# Taking the articles' ids first: the node of an id not yet stored is made bare (no sha256), and a concurrent
# writer of the same id waits on it (Neo4j's uniqueness constraint) until this transaction ends.
CLAIM_SOURCES = "UNWIND $ids AS id MERGE (s:Source {id: id})"

SOURCE_FINGERPRINTS = "UNWIND $ids AS id MATCH (s:Source {id: id}) RETURN s.id AS id, s.sha256 AS sha256"

UPSERT_SOURCES = """
UNWIND $rows AS r
MERGE (s:Source {id: r.id})
SET s.url = r.url, s.title = r.title, s.publisher = r.publisher, s.author = r.author,
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


def _set_claim_columns() -> str:
    """ "c.kind = r.kind, c.item = r.item, c.qty_min = toFloat(r.qty_min), ...": every qualifier column."""
    columns = {"kind": "STRING", **claim_columns()}
    return ", ".join(f"c.{c} = toFloat(r.{c})" if t == "DOUBLE" else f"c.{c} = r.{c}" for c, t in columns.items())


UPSERT_CLAIMS = f"""
UNWIND $rows AS r
MERGE (c:Claim {{id: r.id}})
ON CREATE SET {_set_claim_columns()}
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

# Each side of a flow links to it (the flows around an entity, without reading every flow).
LINK_FLOW_SIDES = """
UNWIND $rows AS r
MATCH (e:Entity {id: r.entity_id}), (f:Flow {id: r.flow_id})
MERGE (e)-[:HAS_FLOW]->(f)
"""
HAS_FLOW_SIDES = "MATCH ()-[s:HAS_FLOW]->() RETURN count(s) > 0 AS has"
ALL_FLOW_SIDES = "MATCH (f:Flow) RETURN f.id AS flow_id, f.supplier AS supplier, f.recipient AS recipient"

# A transfer claim joins the flow of each of its supplier-recipient pairs (graph/store/flows.py); `day`
# sorts it (newest first, undated last: '' sorts before every day).
FLOW_ID_SEPARATOR = LINK  # graph.ids.flow_id
LINK_DAY = "coalesce(c.start_day, c.end_day, '')"  # flows.link_day

UPSERT_FLOWS = """
UNWIND $rows AS r
MATCH (c:Claim {id: r.claim_id})
MERGE (f:Flow {id: r.flow_id})
ON CREATE SET f.supplier = r.supplier, f.recipient = r.recipient
MERGE (c)-[i:IN_FLOW]->(f)
ON CREATE SET i.day = r.day, i.start_day = r.start_day, i.end_day = r.end_day, i.item = r.item, i.counted = false
"""

NEW_LINKS = """
UNWIND $ids AS claim_id
MATCH (c:Claim {id: claim_id})-[i:IN_FLOW]->(f:Flow)
WHERE i.counted = false
"""
# A flow's transfer claims, counted with its links (one link per claim and flow), once each: by the batch
# that created the link (`counted` false until then; a concurrent writer of the same link waits on its
# MERGE and finds it counted), or, in a store whose flows were never counted, all at once.
ADD_TO_FLOWS = NEW_LINKS + "WITH f, count(DISTINCT c.id) AS n\nSET f.claims = coalesce(f.claims, 0) + n\n"
MARK_COUNTED = NEW_LINKS + "SET i.counted = true\n"
HAS_UNCOUNTED_FLOWS = "MATCH (f:Flow) WHERE f.claims IS NULL RETURN count(f) > 0 AS has"
COUNT_FLOWS = "MATCH (f:Flow)<-[i:IN_FLOW]-(c:Claim)\nWITH f, count(DISTINCT c.id) AS n\nSET f.claims = n\n"


# Each transfer claim in the month of its day ('' undated), the link carrying the day and the sides to sort
# and show by; the month counts its claims, each once: by the batch that linked it (as the role months
# count theirs), or, in a store whose months were never counted, all at once (graph/store/months.py).
# A month `m` counts the links `i` to it that this statement created (`counted` false until then).
_COUNT_NEW_LINKS = """WITH m, i WHERE i.counted = false
SET i.counted = true
WITH m, count(*) AS n
SET m.transfers = m.transfers + n
"""
UPSERT_TRANSFER_MONTHS = (
    """
UNWIND $rows AS r
MATCH (c:Claim {id: r.claim_id})
MERGE (m:TransferMonth {id: r.month})
ON CREATE SET m.transfers = 0
MERGE (c)-[i:IN_MONTH]->(m)
ON CREATE SET i.day = r.day, i.supplier = r.supplier, i.recipient = r.recipient, i.counted = false
"""
    + _COUNT_NEW_LINKS
)
HAS_TRANSFER_MONTHS = "MATCH (m:TransferMonth) RETURN count(m) > 0 AS has"
HAS_CLAIMS = "MATCH (c:Claim) RETURN count(c) > 0 AS has"
HAS_TRANSFERS = "MATCH (c:Claim {kind: 'transfer'}) RETURN count(c) > 0 AS has"
BACKFILL_TRANSFER_MONTHS = f"""
MATCH (c:Claim {{kind: 'transfer'}})-[:SUPPLIER]->(s:Entity), (c)-[:RECIPIENT]->(r:Entity)
WITH c, s, r, {LINK_DAY} AS day
MERGE (m:TransferMonth {{id: left(day, 7)}})
MERGE (c)-[i:IN_MONTH]->(m)
ON CREATE SET i.day = day, i.supplier = s.id, i.recipient = r.id, i.counted = true
"""
HAS_UNCOUNTED_TRANSFER_MONTHS = "MATCH (m:TransferMonth) WHERE m.transfers IS NULL RETURN count(m) > 0 AS has"
COUNT_TRANSFER_MONTHS = "MATCH (m:TransferMonth)<-[:IN_MONTH]-(c:Claim)\nWITH m, count(c) AS n\nSET m.transfers = n\n"

# An origin of a claim (`_ORIGINS` below): a source a statement cites by name, or, for a statement citing no
# one by name, the outlet that published it.
ORIGIN = "coalesce(o.id, 'outlet:' + coalesce(src.publisher, src.id))"
_ORIGINS_OF_CLAIMS = """
MATCH (ev:Evidence)-[:SUPPORTS]->(c), (ev)-[:IN_SOURCE]->(src:Source)
OPTIONAL MATCH (ev)-[:ATTRIBUTED_TO]->(o:Entity)
"""
CLAIM_ORIGINS = (
    "UNWIND $ids AS id\nMATCH (c:Claim {id: id})"
    + _ORIGINS_OF_CLAIMS
    + f"RETURN DISTINCT c.id AS id, ev.modality AS modality, {ORIGIN} AS origin, src.id IN $sources AS new\n"
)  # each origin of each claim $ids, with the modality of each statement citing it, and whether that
# statement is one of the articles $sources being written

# Each transfer claim in the month of each filter value it has ("item:drones|2024-03"), as in its month of
# all transfers above, counted the same way (graph/store/facets.py).
UPSERT_FACET_MONTHS = """
UNWIND $rows AS r
MATCH (c:Claim {id: r.claim_id})
MERGE (m:FacetMonth {id: r.facet_month})
ON CREATE SET m.facet = r.facet, m.value = r.value, m.month = r.month, m.transfers = 0
MERGE (c)-[i:IN_FACET_MONTH]->(m)
ON CREATE SET i.day = r.day, i.supplier = r.supplier, i.recipient = r.recipient, i.start_day = r.start_day,
    i.end_day = r.end_day, i.item = r.item, i.counted = false
WITH m, i, r WHERE i.counted = false
SET i.counted = true
WITH m, collect(r.pairs) AS pairs, count(*) AS n
SET m.transfers = m.transfers + n
RETURN pairs
"""  # `pairs`: the pair months of the new links (graph/store/pairs.py)
HAS_FACET_MONTHS = "MATCH (m:FacetMonth) WHERE m.facet = $facet RETURN count(m) > 0 AS has"
HAS_UNCOUNTED_FACET_MONTHS = "MATCH (m:FacetMonth) WHERE m.transfers IS NULL RETURN count(m) > 0 AS has"
COUNT_FACET_MONTHS = "MATCH (m:FacetMonth)<-[:IN_FACET_MONTH]-(c:Claim)\nWITH m, count(c) AS n\nSET m.transfers = n\n"
# A store whose transfers have months but no facet months (an older osintkg's, or a bulk load without them):
# each facet's values per month first, then the links (a computed id is looked up faster once DISTINCT).
_FACET_VALUES = {
    "item": "MATCH (c:Claim)-[i:IN_MONTH]->(t:TransferMonth)\nWITH DISTINCT c, i, t, c.item AS value\n",
    "modality": (
        "MATCH (ev:Evidence)-[:SUPPORTS]->(c:Claim)-[i:IN_MONTH]->(t:TransferMonth)\n"
        "WITH DISTINCT c, i, t, ev.modality AS value\n"
    ),
    "span": (  # as facets.span_of
        "MATCH (c:Claim)-[i:IN_MONTH]->(t:TransferMonth)\n"
        "WHERE c.start_day IS NOT NULL OR c.end_day IS NOT NULL\n"
        "WITH DISTINCT c, i, t, CASE WHEN c.start_day IS NULL THEN 'end only' WHEN c.end_day IS NULL THEN 'open' "
        "ELSE left(c.end_day, 7) END AS value\n"
    ),
    "min_origins": (  # a claim with n origins is in the months of 2, 3, ... n
        "MATCH (c:Claim)-[i:IN_MONTH]->(t:TransferMonth)\n"
        + _ORIGINS_OF_CLAIMS
        + f"WITH c, i, t, count(DISTINCT {ORIGIN}) AS origins\n"
        "UNWIND range(2, origins) AS k\nWITH DISTINCT c, i, t, toString(k) AS value\n"
    ),
    "modality_origins": (  # a claim with n origins among its statements of one modality: "reported:2" ... n;
        # only a claim of 2 origins or more can have 2 of one modality (the min_origins facet, linked before)
        "MATCH (:FacetMonth {facet: 'min_origins', value: '2'})<-[:IN_FACET_MONTH]-(c:Claim)\n"
        "MATCH (c)-[i:IN_MONTH]->(t:TransferMonth)\n"
        + _ORIGINS_OF_CLAIMS
        + f"WITH c, i, t, ev.modality AS modality, count(DISTINCT {ORIGIN}) AS origins\n"
        "UNWIND range(2, origins) AS k\nWITH DISTINCT c, i, t, modality + ':' + toString(k) AS value\n"
    ),
}


_NEW_FACET_LINK = (
    "CREATE (c)-[:IN_FACET_MONTH {day: i.day, supplier: i.supplier, recipient: i.recipient, "
    "start_day: c.start_day, end_day: c.end_day, item: c.item, counted: true}]->(m)"
)
# Facets whose values are read once, each month merged on the way: reading a claim's origins costs more
# than looking up a computed id (at a million claims, 12.5 s against 18.4 in two statements).
_MERGED_ON_THE_WAY = {"min_origins", "modality_origins"}


def backfill_facet_months(facet: str) -> list[str]:
    """The statements that link every transfer claim to its months of one facet, counted (facets.FACETS)."""
    found = _FACET_VALUES[facet]
    merge = f"MERGE (m:FacetMonth {{id: '{facet}:' + value + '|' + month}})\n"
    merge += f"ON CREATE SET m.facet = '{facet}', m.value = value, m.month = month\n"
    if facet in _MERGED_ON_THE_WAY:
        return [found + "WITH c, i, value, t.id AS month\n" + merge + _NEW_FACET_LINK]
    return [
        found + "WITH DISTINCT value, t.id AS month\n" + merge,
        found + f"MATCH (m:FacetMonth {{id: '{facet}:' + value + '|' + t.id}})\n" + _NEW_FACET_LINK,
    ]


# --- pair months: the claims of one month with two filter values, counted (graph/store/pairs.py) --------

UPSERT_PAIR_MONTHS = """
UNWIND $rows AS r
MERGE (p:PairMonth {id: r.id})
ON CREATE SET p.pair = r.pair, p.other = r.other, p.month = r.month, p.transfers = 0
SET p.transfers = p.transfers + r.n
MERGE (v:Pair {id: r.pair})
MERGE (v)-[:HAS_PAIR_MONTH]->(p)
"""
HAS_PAIR_MONTHS = "MATCH (p:PairMonth) RETURN count(p) > 0 AS has"
PAIR_MONTHS = (
    "MATCH (:Pair {id: $key})-[:HAS_PAIR_MONTH]->(p:PairMonth) RETURN p.month AS month, p.other AS other, "
    "p.transfers AS n"
)
PAIR_MONTHS_OF = (
    "MATCH (:Pair {id: $key})-[:HAS_PAIR_MONTH]->(p:PairMonth)\nWITH p WHERE p.other = $other\n"
    "RETURN p.month AS month, p.other AS other, p.transfers AS n"
)
_SPAN = (  # as facets.span_of, from a facet link's days
    "CASE WHEN i.start_day IS NULL THEN 'end only' WHEN i.end_day IS NULL THEN 'open' ELSE left(i.end_day, 7) END"
)
# A store whose facet months have no pair months (an older osintkg's, or a bulk load): counted from the links
# of the span's months (which carry the claim's item and sides) and of the modalities' (which carry its days);
# then each pair made and linked to its months. (key, other value, condition) each.
_PAIRED_LINKS = {
    "item": [
        (f"'{side}:' + i.{side} + '&item'", "m.value", f"i.{side} IS NOT NULL") for side in ("supplier", "recipient")
    ],
    "span": [
        (f"'{side}:' + i.{side} + '&span'", "m.value", f"i.{side} IS NOT NULL")
        for side in ("item", "supplier", "recipient")
    ],
    "modality": [
        ("'modality:' + m.value + '&item'", "i.item", "i.item IS NOT NULL"),
        ("'modality:' + m.value + '&span'", _SPAN, "(i.start_day IS NOT NULL OR i.end_day IS NOT NULL)"),
        *(
            (f"'{side}:' + i.{side} + '&modality'", "m.value", f"i.{side} IS NOT NULL")
            for side in ("supplier", "recipient")
        ),
    ],
}
BACKFILL_PAIR_MONTHS = [
    *(
        f"MATCH (m:FacetMonth)<-[i:IN_FACET_MONTH]-(:Claim) WHERE m.facet = '{facet}' AND {condition}\n"
        f"WITH {key} AS pair, {other} AS other, m.month AS month, count(*) AS n\n"
        "CREATE (:PairMonth {id: pair + ':' + other + '|' + month, pair: pair, other: other, month: month, "
        "transfers: n})"
        for facet, pairs in _PAIRED_LINKS.items()
        for key, other, condition in pairs
    ),
    "MATCH (p:PairMonth)\nWITH DISTINCT p.pair AS pair\nMERGE (:Pair {id: pair})",
    "MATCH (p:PairMonth)\nWITH p, p.pair AS pair\nMATCH (v:Pair {id: pair})\nCREATE (v)-[:HAS_PAIR_MONTH]->(p)",
]

# Stores written before flows existed: link their transfer claims once, when the schema gains flows.
HAS_FLOWS = "MATCH (f:Flow) RETURN count(f) > 0 AS has"
BACKFILL_FLOWS = f"""
MATCH (s:Entity)<-[:SUPPLIER]-(c:Claim {{kind: 'transfer'}})-[:RECIPIENT]->(r:Entity)
MERGE (f:Flow {{id: s.id + '{FLOW_ID_SEPARATOR}' + r.id}})
ON CREATE SET f.supplier = s.id, f.recipient = r.id
MERGE (c)-[i:IN_FLOW]->(f)
ON CREATE SET i.day = {LINK_DAY}, i.start_day = c.start_day, i.end_day = c.end_day, i.item = c.item
"""

# When the links gain a property: copy it again from the claims.
REFRESH_FLOW_LINKS = f"""
MATCH (c:Claim)-[i:IN_FLOW]->(:Flow)
SET i.day = {LINK_DAY}, i.start_day = c.start_day, i.end_day = c.end_day, i.item = c.item
"""


def _check_relationship(relationship: str) -> None:
    if not relationship.isidentifier() or not relationship.isupper():
        raise ValueError(f"not a relationship type: {relationship!r}")


def upsert_role(relationship: str) -> str:
    """The statement linking claims to the entities filling one role (a relationship type per role),
    each link carrying its claim's day (graph/store/roles.py); it returns the links it created, by
    entity and month ('' undated), to be counted in the entity's RoleMonths (`counted` false only
    between the MERGE that creates a link and this statement's end)."""
    _check_relationship(relationship)
    return f"""
UNWIND $rows AS r
MATCH (c:Claim {{id: r.claim_id}}), (e:Entity {{id: r.entity_id}})
MERGE (c)-[l:{relationship}]->(e)
ON CREATE SET l.day = r.day, l.counted = false
WITH e, l WHERE l.counted = false
SET l.counted = true
RETURN e.id AS entity, left(l.day, 7) AS month, count(*) AS n
"""


# An entity's claims in one role and one month ("KP|SUPPLIER|2024-03"; month '' for the undated),
# counted as the role's links are created, so that its newest claims in a role are read from the
# newest months that hold enough of them, and its timeline is a few rows (graph/store/roles.py).
MONTH_SEPARATOR = "|"  # roles.month_id
ADD_TO_ROLE_MONTHS = """
UNWIND $rows AS r
MATCH (e:Entity {id: r.entity})
MERGE (m:RoleMonth {id: r.id})
ON CREATE SET m.entity = r.entity, m.relationship = r.relationship, m.month = r.month, m.claims = r.n
ON MATCH SET m.claims = m.claims + r.n
MERGE (e)-[:HAS_ROLE_MONTH]->(m)
"""
ROLE_MONTHS = """
MATCH (:Entity {id: $id})-[:HAS_ROLE_MONTH]->(m:RoleMonth)
RETURN m.relationship AS relationship, m.month AS month, m.claims AS claims
ORDER BY relationship, month
"""
HAS_ROLE_MONTHS = "MATCH (m:RoleMonth) RETURN count(m) > 0 AS has"
CREATE_ROLE_MONTHS = """
UNWIND $rows AS r
CREATE (m:RoleMonth {id: r.id, entity: r.entity, relationship: r.relationship, month: r.month, claims: r.n})
"""
LINK_ROLE_MONTHS = """
UNWIND $rows AS r
MATCH (e:Entity {id: r.entity})
MATCH (m:RoleMonth {id: r.id})
CREATE (e)-[:HAS_ROLE_MONTH]->(m)
"""


def role_months_of_all(relationship: str) -> str:
    """Every entity's links of one role type, by month (to count a bulk-loaded or older store's)."""
    _check_relationship(relationship)
    return f"""
MATCH (e:Entity)<-[l:{relationship}]-(:Claim)
RETURN e.id AS entity, left(l.day, 7) AS month, count(*) AS n
"""


def date_role_links(relationship: str) -> str:
    """Role links written without a day (by an older osintkg) get their claim's (and are counted then)."""
    _check_relationship(relationship)
    return f"""
MATCH (c:Claim)-[l:{relationship}]->(:Entity)
WHERE l.day IS NULL
SET l.day = {LINK_DAY}, l.counted = true
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

SOURCE_EVIDENCE = f"""
MATCH (ev:Evidence)-[:IN_SOURCE]->(s:Source {{id: $id}})
MATCH (ev)-[:SUPPORTS]->(c:Claim)
RETURN ev.id AS evidence_id, ev.quote AS quote, ev.start_offset AS start_offset,
       ev.end_offset AS end_offset, ev.modality AS modality, ev.unnamed_sources AS unnamed_sources,
       c.id AS claim_id, c.kind AS kind, {projection("c")}
ORDER BY ev.start_offset, c.id
"""


def roles_of_claim(relationships: Iterable[str]) -> str:
    """One claim's roles: the relationship types named (the embedded store reads an untyped `-[r]->`
    from every relationship table, many times slower)."""
    for relationship in relationships:
        _check_relationship(relationship)
    return f"""
MATCH (c:Claim {{id: $id}})-[r:{"|".join(relationships)}]->(e:Entity)
RETURN type(r) AS relationship, e.id AS id, e.kind AS kind, e.name AS name
ORDER BY relationship, id
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
# interval overlaps it (claims without a time are left out of a period query). A modality filter keeps
# claims with at least one statement of that modality.
# A claim overlaps the period from $since to $until ('' for no bound): it ends on or after $since, or has
# only a start (still going on); it starts on or before $until, or has only an end.
_IN_PERIOD = """($since = '' OR (c.end_day IS NOT NULL AND c.end_day >= $since)
       OR (c.end_day IS NULL AND c.start_day IS NOT NULL))
  AND ($until = '' OR (c.start_day IS NOT NULL AND c.start_day <= $until)
       OR (c.start_day IS NULL AND c.end_day IS NOT NULL))"""
_TRANSFER_MATCH = f"""
MATCH (c:Claim {{kind: 'transfer'}})-[:SUPPLIER]->(s:Entity), (c)-[:RECIPIENT]->(r:Entity)
WHERE ($supplier = '' OR s.id = $supplier) AND ($recipient = '' OR r.id = $recipient)
  AND ($item = '' OR c.item = $item)
  AND {_IN_PERIOD}
  AND ($modality = '' OR EXISTS {{ MATCH (:Evidence {{modality: $modality}})-[:SUPPORTS]->(c) }})
"""

_TRANSFER_COLUMNS = f"""
c.id AS id, s.id AS supplier_id, s.name AS supplier, s.kind AS supplier_kind,
r.id AS recipient_id, r.name AS recipient, r.kind AS recipient_kind, {projection("c", "transfer")},
coalesce(c.start_day, c.end_day, '') AS sort_day
"""

TRANSFER_PAGE = (
    _TRANSFER_MATCH
    + "RETURN "
    + _TRANSFER_COLUMNS
    + "ORDER BY sort_day DESC, id, supplier_id, recipient_id SKIP $offset LIMIT $limit\n"
)

TRANSFER_COUNT = _TRANSFER_MATCH + "RETURN count(c) AS n\n"

# The same, keeping claims backed by at least $min_origins independent origins: an origin is a source
# the evidence cites by name, or, for evidence citing no one by name, the outlet that published it.
_ORIGINS = f"""
MATCH (ev:Evidence)-[:SUPPORTS]->(c), (ev)-[:IN_SOURCE]->(src:Source)
WHERE $modality = '' OR ev.modality = $modality
OPTIONAL MATCH (ev)-[:ATTRIBUTED_TO]->(o:Entity)
WITH c, s, r, collect(DISTINCT {ORIGIN}) AS origins
WHERE size(origins) >= $min_origins
"""

TRANSFER_PAGE_BY_ORIGINS = (
    _TRANSFER_MATCH
    + _ORIGINS
    + "RETURN "
    + _TRANSFER_COLUMNS
    + "ORDER BY sort_day DESC, id, supplier_id, recipient_id SKIP $offset LIMIT $limit\n"
)

TRANSFER_COUNT_BY_ORIGINS = _TRANSFER_MATCH + _ORIGINS + "RETURN count(c) AS n\n"

# --- transfers between two actors, or of one actor, through their flows -------------------------------

# Each filter's condition, written in only when the filter is set: a condition that is always true
# still costs the embedded store a read of every claim in the flow. The links carry the days and the
# item; the modality is a join on the claim's statements after a WITH (`with_modality`).
FLOW_CONDITIONS = {
    "item": "i.item = $item",
    "since": "(i.end_day >= $since OR (i.end_day IS NULL AND i.start_day IS NOT NULL))",
    "until": "(i.start_day <= $until OR (i.start_day IS NULL AND i.end_day IS NOT NULL))",
}
FLOW_FILTERS = (*FLOW_CONDITIONS, "modality")


def with_modality(carried: str) -> str:
    """Keep the rows whose claim `c` has a statement of modality `$modality`, carrying `carried` on. As a
    condition in a MATCH's WHERE (`EXISTS`), the embedded store reads every statement of the store first."""
    return f"""MATCH (ev:Evidence)-[:SUPPORTS]->(c)
WITH {carried}, ev WHERE ev.modality = $modality
WITH DISTINCT {carried}
"""


FLOW_CLAIMS = "MATCH (f:Flow {id: $id}) RETURN f.claims AS claims"

# Which flows: one pair's (by id), or every flow from a supplier or to a recipient.
FLOW_SELECTIONS = {
    "pair": "MATCH (f:Flow {id: $flow})\n",
    "supplier": "MATCH (:Entity {id: $supplier})-[:HAS_FLOW]->(f:Flow) WHERE f.supplier = $supplier\n",
    "recipient": "MATCH (:Entity {id: $recipient})-[:HAS_FLOW]->(f:Flow) WHERE f.recipient = $recipient\n",
}


def _flow_match(selection: str, filters: Iterable[str], *conditions: str) -> str:
    """The flows' links that meet the conditions. With a modality, the join on the statements comes first and
    the link's conditions after it: LadybugDB 0.22 returns wrong rows for a pattern that goes on from a
    relationship filtered on its property, and reads every statement when the filter comes before a WITH."""
    where = " AND ".join([*conditions, *(FLOW_CONDITIONS[name] for name in sorted(filters) if name != "modality")])
    text = FLOW_SELECTIONS[selection] + "MATCH (f)<-[i:IN_FLOW]-(c:Claim)\n"
    if "modality" not in filters:
        return text + (f"WHERE {where}\n" if where else "")
    return text + with_modality("f, i, c") + (f"WITH f, i, c WHERE {where}\n" if where else "")


def flow_years(selection: str, filters: Iterable[str]) -> str:
    """How many transfers of the flows (with the filters set) fall in each year, '' for undated."""
    return _flow_match(selection, filters) + "RETURN left(i.day, 4) AS year, count(c) AS n\n"


def flow_page(selection: str, filters: Iterable[str]) -> str:
    """One page of the flows' transfers, read only within the days that hold it, newest first."""
    return (
        _flow_match(selection, filters, "i.day >= $from_day", "i.day <= $to_day")
        + f"""RETURN c.id AS id, f.supplier AS supplier_id, f.recipient AS recipient_id,
       {projection("c", "transfer")}, i.day AS sort_day
ORDER BY sort_day DESC, id, supplier_id, recipient_id SKIP $skip LIMIT $limit
"""
    )


# --- the newest transfers of all, or of one supplier or recipient: a month at a time -------------------

# A page of the claims `c` of month links `i` (which carry the day and the sides), newest first.
_MONTH_LINKS_PAGE = f"""RETURN c.id AS id, i.supplier AS supplier_id, i.recipient AS recipient_id,
       {projection("c", "transfer")}, i.day AS sort_day
ORDER BY sort_day DESC, id, supplier_id, recipient_id SKIP $skip LIMIT $limit
"""

TRANSFER_MONTHS = "MATCH (m:TransferMonth) RETURN m.id AS period, m.transfers AS n"
NEWEST_TRANSFERS = (
    """
MATCH (m:TransferMonth) WHERE m.id >= $from_month AND m.id <= $to_month
MATCH (m)<-[i:IN_MONTH]-(c:Claim)
"""
    + _MONTH_LINKS_PAGE
)

# --- the newest transfers of one item, modality or number of origins: a month of that value at a time --

FACET_MONTHS = (
    "MATCH (m:FacetMonth) WHERE m.facet = $facet AND m.value = $value RETURN m.month AS period, m.transfers AS n"
)
FACET_TRANSFERS = (
    """
MATCH (m:FacetMonth) WHERE m.facet = $facet AND m.value = $value AND m.month >= $from_month AND m.month <= $to_month
MATCH (m)<-[i:IN_FACET_MONTH]-(c:Claim)
"""
    + _MONTH_LINKS_PAGE
)

# --- the newest transfers overlapping a period: the span months that hold the page ---------------------
# (graph/store/facets.py): those whose claims all overlap it count whole; those of which some do are read.

FACET_MONTHS_BY_ID = "MATCH (m:FacetMonth) WHERE m.id IN $ids RETURN m.id AS id, m.transfers AS n"
SPAN_MONTHS = (
    "MATCH (m:FacetMonth) WHERE m.facet = 'span' RETURN m.id AS id, m.month AS month, m.value AS span, m.transfers AS n"
)


# --- the newest transfers of several filters, or of a period: the links of one facet's months, read with --
# the filters (graph/transfers/)

# A filter as a condition on a facet link `i` (which carries the claim's sides, days and item, as a flow's link
# does); the modality is a join on the claim's statements (`_facet_links`).
LINK_CONDITIONS = {
    "supplier": "i.supplier = $supplier",
    "recipient": "i.recipient = $recipient",
    **{name: FLOW_CONDITIONS[name] for name in ("item", "since", "until")},
}


def _facet_links(conditions: Iterable[str]) -> str:
    """The links of the facet months `$ids` that meet the conditions. The conditions come after a WITH: in
    the MATCH's WHERE, the embedded store scans every claim (and, for a list of ids, every link) first. With
    a modality, its join on the statements comes before them, as in `_flow_match`: after a WITH that filters,
    the embedded store reads every statement of the store (at a million claims, 700 ms against 7)."""
    names = set(conditions)
    where = sorted({LINK_CONDITIONS[name] for name in names - {"modality"}})
    text = "MATCH (m:FacetMonth) WHERE m.id IN $ids\nMATCH (m)<-[i:IN_FACET_MONTH]-(c:Claim)\n"
    if "modality" in names:
        text += with_modality("m, i, c")
    if where:
        text += f"WITH m, i, c WHERE {' AND '.join(where)}\n"
    return text


def facet_link_counts(conditions: Iterable[str]) -> str:
    """How many of the facet months' claims (`$ids`) meet the conditions, per month."""
    return _facet_links(conditions) + "RETURN m.month AS month, count(c) AS n\n"


def facet_link_page(conditions: Iterable[str]) -> str:
    """One page of the facet months' claims that meet the conditions, newest first."""
    return _facet_links(conditions) + _MONTH_LINKS_PAGE


# A period and an item as conditions on a claim's own properties (as FLOW_CONDITIONS on a link's).
CLAIM_CONDITIONS = {name: condition.replace("i.", "c.") for name, condition in FLOW_CONDITIONS.items()}


def actor_transfers(relationship: str, conditions: Iterable[str] = ()) -> str:
    """One page of an actor's transfers in one role (SUPPLIER, RECIPIENT), read within the days that hold it;
    those of an item or overlapping a period with `conditions` (of CLAIM_CONDITIONS)."""
    _check_relationship(relationship)
    where = " AND ".join(CLAIM_CONDITIONS[name] for name in sorted(conditions))
    return f"""
MATCH (e:Entity {{id: $id}})<-[l:{relationship}]-(c:Claim)
WHERE l.day >= $from_day AND l.day <= $to_day
{f"WITH c, l WHERE {where}" if where else ""}
RETURN c.id AS id, {projection("c", "transfer")}, l.day AS sort_day
ORDER BY sort_day DESC, id SKIP $skip LIMIT $limit
"""


def other_side(relationship: str) -> str:
    """The entity in the role `relationship` of the claim $id, or of each claim $ids where the store batches
    lookups (`Tx.batches_lookups`: the embedded store scans every link for `UNWIND`, and a pattern that
    goes on from the actor's filtered links to the other side loses rows in LadybugDB 0.x)."""
    _check_relationship(relationship)
    return f"""
MATCH (c:Claim {{id: $id}})-[:{relationship}]->(e:Entity)
RETURN c.id AS id, e.id AS entity
"""


def other_sides(relationship: str) -> str:
    return "UNWIND $ids AS claim_id\n" + other_side(relationship).replace("{id: $id}", "{id: claim_id}", 1)


# One claim's statements and the sources they cite, looked up by the claim's id (an index lookup on
# both stores, where `IN $ids` makes the embedded store scan every claim). Unordered: the few rows
# are sorted in Python (`graph.transfers.rows.statements_by_claim`): an ORDER BY here was most of a page's time
# on the embedded store at a million claims (benchmarks/README.md, "Measurements behind the design").
CLAIM_STATEMENTS = """
MATCH (c:Claim {id: $id})<-[:SUPPORTS]-(ev:Evidence)-[:IN_SOURCE]->(src:Source)
RETURN c.id AS claim_id, ev.id AS evidence_id, ev.quote AS quote, ev.start_offset AS start_offset,
       ev.end_offset AS end_offset, ev.modality AS modality, ev.unnamed_sources AS unnamed_sources,
       src.id AS source_id, src.title AS title, src.publisher AS publisher, src.url AS url,
       src.published AS published
"""

CLAIM_CITATIONS = """
MATCH (c:Claim {id: $id})<-[:SUPPORTS]-(ev:Evidence)-[a:ATTRIBUTED_TO]->(e:Entity)
RETURN ev.id AS evidence_id, a.name AS name, e.id AS entity_id, e.name AS entity_name, e.kind AS entity_kind
"""

# The same for many claims in one statement, where a round trip costs more than a lookup (Neo4j).
CLAIMS_STATEMENTS = "UNWIND $ids AS claim_id\n" + CLAIM_STATEMENTS.replace("{id: $id}", "{id: claim_id}", 1)
CLAIMS_CITATIONS = "UNWIND $ids AS claim_id\n" + CLAIM_CITATIONS.replace("{id: $id}", "{id: claim_id}", 1)

# --- one claim, for audits ---------------------------------------------------------------------

CLAIM = f"""
MATCH (c:Claim {{id: $id}})
RETURN c.id AS id, c.kind AS kind, {projection("c", days=True)}
"""

CLAIM_EVIDENCE_WITH_TEXT = """
MATCH (c:Claim {id: $id})<-[:SUPPORTS]-(ev:Evidence)-[:IN_SOURCE]->(src:Source)
RETURN ev.id AS evidence_id, ev.quote AS quote, ev.start_offset AS start_offset, ev.end_offset AS end_offset,
       ev.modality AS modality, ev.unnamed_sources AS unnamed_sources, src.id AS source_id,
       src.title AS title, src.publisher AS publisher, src.url AS url, src.published AS published,
       src.text AS text, src.sha256 AS sha256
"""

# Claims that may contradict a claim: denials by its actors, and statements of the same flow.
# An actor's newest denials made from $from_day to $to_day, and its undated ones. ACTOR is the
# denials' role only, so the claims' kind need not be read; and only what an audit shows is
# returned: every column is carried through the sort, which the embedded store pays for on a busy
# actor's thousands of denials (benchmarks/README.md, "Measurements behind the design").
DENIALS_BY = """
MATCH (:Entity {id: $actor})<-[:ACTOR]-(d:Claim)
WHERE (d.start_day IS NULL AND d.end_day IS NULL)
   OR (coalesce(d.start_day, d.end_day) >= $from_day AND coalesce(d.start_day, d.end_day) <= $to_day)
RETURN d.id AS id, d.denies AS denies, coalesce(d.start_day, d.end_day, '') AS day
ORDER BY day DESC, id
LIMIT $limit
"""

# Other figures of the same flow, item, unit and rate, whose periods meet the claim's
# ($from_day..$to_day) and whose ranges lie wholly above or below its own ($low..$high). The exact
# test, with its leeway, is `audit.figures_disagree`: this one only keeps the store from returning
# the thousand figures of a busy flow that agree. The figures are compared after a WITH: in the
# MATCH's WHERE, the embedded store plans them as a scan of every claim (benchmarks/README.md,
# "Measurements behind the design"). Sorted by the caller.
CONFLICTING_FIGURES = """
MATCH (:Flow {id: $flow})<-[i:IN_FLOW]-(c:Claim)
WHERE i.item = $item AND c.id <> $id AND coalesce(c.qty_unit, '') = $unit
  AND (i.start_day IS NULL OR i.start_day <= $to_day) AND (i.end_day IS NULL OR i.end_day >= $from_day)
WITH c
WHERE coalesce(c.qty_per, '') = $per AND (c.qty_min > $high OR c.qty_max < $low)
RETURN c.id AS id, c.kind AS kind, c.qty_min AS qty_min, c.qty_max AS qty_max, c.qty_unit AS qty_unit,
       c.qty_per AS qty_per, c.start_day AS start_day, c.end_day AS end_day, c.time_start AS time_start,
       c.time_end AS time_end
"""

# --- entities ------------------------------------------------------------------------------------

ENTITY_SEARCH = """
MATCH (e:Entity)-[:KNOWN_AS]->(a:Alias)
WHERE (a.norm CONTAINS $q OR e.norm CONTAINS $q OR e.id = $id) AND ($kind = '' OR e.kind = $kind)
RETURN e.id AS id, e.kind AS kind, e.name AS name, collect(DISTINCT a.text) AS aliases
ORDER BY id
LIMIT $limit
"""

ENTITY = "MATCH (e:Entity {id: $id}) RETURN e.id AS id, e.kind AS kind, e.name AS name"

ENTITY_ALIAS_LIST = """
MATCH (e:Entity {id: $id})-[:KNOWN_AS]->(a:Alias)
RETURN a.text AS text, a.lang AS lang
ORDER BY text, lang
"""


def entity_claims(relationship: str) -> str:
    """The claims in which an entity fills the roles of one relationship type, newest first, from
    $from_day on ('' for all, undated last): started from the entity, one relationship type at a
    time, the store reads only the links of the newest months."""
    _check_relationship(relationship)
    return f"""
MATCH (e:Entity {{id: $id}})<-[l:{relationship}]-(c:Claim)
WHERE l.day >= $from_day
RETURN '{relationship}' AS relationship, c.id AS claim_id, c.kind AS kind, c.item AS item,
       c.time_start AS time_start, c.time_end AS time_end, l.day AS day
ORDER BY day DESC, claim_id
LIMIT $limit
"""


ENTITY_BY_NAME = """
MATCH (e:Entity)-[:KNOWN_AS]->(a:Alias)
WHERE a.norm = $norm OR e.norm = $norm OR e.id = $id
RETURN DISTINCT e.id AS id, e.kind AS kind, e.name AS name
ORDER BY id
"""


# --- the pages: the flows around an entity -----------------------------------------------------------

FLOWS_AROUND = """
MATCH (:Entity {id: $id})-[:HAS_FLOW]->(f:Flow)
RETURN f.supplier AS supplier, f.recipient AS recipient, coalesce(f.claims, 0) AS claims
ORDER BY claims DESC, supplier, recipient
"""
BUSIEST_FLOWS_AROUND = FLOWS_AROUND + "LIMIT $limit\n"
COUNT_FLOWS_AROUND = "MATCH (:Entity {id: $id})-[:HAS_FLOW]->(f:Flow) RETURN count(f) AS n"

ENTITIES_BY_ID = "UNWIND $ids AS entity_id MATCH (e:Entity {id: entity_id}) RETURN e.id AS id, e.name AS name"


# --- exports: the claims chosen, then read a chunk of ids at a time (an index lookup per id on both stores) ---

EXPORT_CLAIM_IDS = "MATCH (c:Claim) RETURN c.id AS id ORDER BY id"
EXPORT_TRANSFER_IDS = _TRANSFER_MATCH + "RETURN DISTINCT c.id AS id ORDER BY id\n"

EXPORT_CLAIMS = f"""
UNWIND $ids AS claim_id
MATCH (c:Claim {{id: claim_id}})
RETURN c.id AS id, c.kind AS kind, {projection("c")}
"""


def export_roles(relationships: Iterable[str]) -> str:
    """The roles of the claims of $ids, by the relationship types named (see `roles_of_claim`)."""
    for relationship in relationships:
        _check_relationship(relationship)
    return f"""
UNWIND $ids AS claim_id
MATCH (c:Claim {{id: claim_id}})-[r:{"|".join(relationships)}]->(e:Entity)
RETURN c.id AS claim_id, type(r) AS relationship, e.id AS id, e.kind AS kind, e.name AS name
"""


EXPORT_SOURCES = """
UNWIND $ids AS source_id
MATCH (s:Source {id: source_id})
RETURN s.id AS id, s.url AS url, s.title AS title, s.publisher AS publisher, s.author AS author,
       s.published AS published, s.language AS language, s.sha256 AS sha256,
       s.ingested_at AS ingested_at, s.extractor AS extractor
"""

EXPORT_ALIASES = """
UNWIND $ids AS entity_id
MATCH (e:Entity {id: entity_id})-[:KNOWN_AS]->(a:Alias)
RETURN e.id AS id, a.text AS text, a.lang AS lang
"""


# --- counts and bulk loads -----------------------------------------------------------------------

CLAIMS_BY_KIND = "MATCH (c:Claim) RETURN c.kind AS kind, count(c) AS n ORDER BY kind"


def copy_table(table: str, path: str) -> str:
    """The embedded store's bulk load of one table from a Parquet file (a path holding no quote)."""
    _check_label(table)
    if "'" in path:
        raise ValueError(f"cannot COPY from a path holding a quote: {path}")
    return f"COPY {table} FROM '{path}'"


def create_nodes(label: str) -> str:
    """Neo4j's bulk load of one batch of a label's nodes."""
    _check_label(label)
    return f"UNWIND $rows AS r CREATE (n:{label}) SET n = r RETURN count(*) AS n"


def create_relationships(rel: str, source: str, target: str, properties: list[str]) -> str:
    """Neo4j's bulk load of one batch of relationships; `n` counts those whose two ends were found."""
    for name in (rel, source, target):
        _check_label(name)
    assignments = "".join(f" SET x.{name} = r.{name}" for name in properties if name.isidentifier())
    return (
        f"UNWIND $rows AS r MATCH (a:{source} {{id: r.`from`}}), (b:{target} {{id: r.`to`}}) "
        f"CREATE (a)-[x:{rel}]->(b){assignments} RETURN count(*) AS n"
    )


def _check_label(name: str) -> None:
    if not name.isidentifier():
        raise ValueError(f"not a label or relationship type: {name!r}")
