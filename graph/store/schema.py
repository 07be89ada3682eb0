"""The graph's shape: node labels with their typed properties, and relationship types.

Both stores read this: the embedded store turns it into node and relationship tables, Neo4j into
uniqueness constraints and indexes. Role relationships (SUPPLIER, RECIPIENT, ...) come from the
ontology, so a role added there appears here.
"""

from __future__ import annotations

from graph.ontology import ontology
from graph.qualifiers import claim_columns

NODE_PROPERTIES: dict[str, dict[str, str]] = {
    "Source": {
        "id": "STRING",
        "url": "STRING",
        "title": "STRING",
        "publisher": "STRING",
        "author": "STRING",
        "published": "STRING",
        "published_day": "STRING",
        "language": "STRING",
        "text": "STRING",
        "sha256": "STRING",
        "ingested_at": "STRING",
        "warnings": "STRING[]",
        "extractor": "STRING",
        "claim_count": "INT64",
        "evidence_count": "INT64",
    },
    "Entity": {"id": "STRING", "kind": "STRING", "name": "STRING", "norm": "STRING"},
    "Alias": {"id": "STRING", "text": "STRING", "norm": "STRING", "lang": "STRING"},
    "Claim": {"id": "STRING", "kind": "STRING", **claim_columns()},  # graph/ontology/qualifiers.yaml
    # A supplier-to-recipient flow ("KP>RU"): transfer claims link to it, so that the transfers between
    # two actors are one hop from one node, each link carrying the claim's days to sort and filter on;
    # `claims` counts them (graph/store/flows.py).
    "Flow": {"id": "STRING", "supplier": "STRING", "recipient": "STRING", "claims": "INT64"},
    # An entity's claims in one role in one month ("KP|SUPPLIER|2024-03", month '' for the undated), counted
    # as they are written, so that its newest claims and its timeline are a few rows to find however many
    # claims it has (graph/store/roles.py).
    "RoleMonth": {"id": "STRING", "entity": "STRING", "relationship": "STRING", "month": "STRING", "claims": "INT64"},
    # The transfer claims of one month ("2024-03", '' for the undated), counted as they are written: the
    # newest transfers of all are read from the newest months only (graph/store/months.py).
    "TransferMonth": {"id": "STRING", "transfers": "INT64"},
    # The transfer claims of one month with one value of a filter the transfers page offers ("item:drones|2024-03",
    # "modality:denied|2024-03"), counted as they are written: such a page is read from the newest months of its
    # value only (graph/store/facets.py).
    "FacetMonth": {"id": "STRING", "facet": "STRING", "value": "STRING", "month": "STRING", "transfers": "INT64"},
    # A value of one filter paired with another ("item:drones&span"), and its transfer claims of one month with
    # each value of the other ("item:drones&span:2024-05|2024-03": an item, a modality or a side with a span, or a
    # modality with an item), counted as they are written, without links: such a page's count is a sum over a
    # few hundred of them (graph/store/pairs.py).
    "Pair": {"id": "STRING"},
    "PairMonth": {"id": "STRING", "pair": "STRING", "other": "STRING", "month": "STRING", "transfers": "INT64"},
    "Evidence": {
        "id": "STRING",
        "quote": "STRING",
        "start_offset": "INT64",
        "end_offset": "INT64",
        "modality": "STRING",
        "unnamed_sources": "STRING[]",
        "source_id": "STRING",
        "claim_id": "STRING",
    },
}

# (relationship type, from label, to label, typed properties)
FIXED_RELATIONSHIPS: list[tuple[str, str, str, dict[str, str]]] = [
    ("SUPPORTS", "Evidence", "Claim", {}),
    ("IN_SOURCE", "Evidence", "Source", {}),
    ("ATTRIBUTED_TO", "Evidence", "Entity", {"name": "STRING"}),
    ("MENTIONS", "Source", "Entity", {"names": "STRING[]"}),
    ("KNOWN_AS", "Entity", "Alias", {}),
    (
        "IN_FLOW",
        "Claim",
        "Flow",
        {"day": "STRING", "start_day": "STRING", "end_day": "STRING", "item": "STRING", "counted": "BOOL"},
    ),
    ("HAS_ROLE_MONTH", "Entity", "RoleMonth", {}),
    ("HAS_PAIR_MONTH", "Pair", "PairMonth", {}),
    # Each side of a flow to it: the flows around an entity, one hop away.
    ("HAS_FLOW", "Entity", "Flow", {}),
    # Each transfer claim to its month, with the day and the sides it sorts and shows by.
    (
        "IN_MONTH",
        "Claim",
        "TransferMonth",
        {"day": "STRING", "supplier": "STRING", "recipient": "STRING", "counted": "BOOL"},
    ),
    # Each transfer claim to its month of each filter value it has (graph/store/facets.py), the link carrying
    # what the other filters read, as IN_FLOW does.
    (
        "IN_FACET_MONTH",
        "Claim",
        "FacetMonth",
        {
            "day": "STRING",
            "supplier": "STRING",
            "recipient": "STRING",
            "start_day": "STRING",
            "end_day": "STRING",
            "item": "STRING",
            "counted": "BOOL",
        },
    ),
]

# Properties that queries filter on, beyond each label's id.
INDEXED_PROPERTIES: list[tuple[str, str]] = [
    ("Source", "sha256"),
    ("Entity", "kind"),
    ("Entity", "norm"),
    ("Alias", "norm"),
    ("Claim", "kind"),
    ("Claim", "item"),
    ("Evidence", "source_id"),
]


def role_relationships() -> list[str]:
    return sorted(ontology().relationships())


# A role link carries its claim's day, as IN_FLOW does, and whether it is counted in its RoleMonth.
ROLE_PROPERTIES = {"day": "STRING", "counted": "BOOL"}


def relationships() -> list[tuple[str, str, str, dict[str, str]]]:
    roles = [(rel, "Claim", "Entity", dict(ROLE_PROPERTIES)) for rel in role_relationships()]
    return FIXED_RELATIONSHIPS + roles
