"""The STIX 2.1 export: a bundle stix2-validator finds no error in, whose reports, relationships and notes
say what the store holds, with each claim's modality and quotes in the osintkg extension."""

from __future__ import annotations

import json
from typing import Any

from stix2validator import ValidationOptions, validate_string

from graph.export import stix
from graph.export.dataset import chunks
from graph.store import Store
from tests.factories import FIRST_TEXT, first_article


def bundle(store: Store) -> dict[str, Any]:
    return json.loads("".join(stix.bundle(chunks(store, size=7))))


def extension(obj: dict[str, Any]) -> dict[str, Any]:
    return obj["extensions"][stix.EXTENSION]


def test_a_transfer_is_a_relationship_with_its_statements(store: Store) -> None:
    store.write([first_article()])
    objects = {o["id"]: o for o in bundle(store)["objects"]}
    [relationship] = [o for o in objects.values() if o["type"] == "relationship"]
    assert relationship["relationship_type"] == "transfers-to"
    assert objects[relationship["source_ref"]]["country"] == "KP"
    assert objects[relationship["target_ref"]]["country"] == "RU"
    assert relationship["start_time"] == "2023-08-01T00:00:00Z"
    claim = extension(relationship)
    assert claim["item"] == "artillery_ammunition" and claim["quantity"] == {"min": 1000.0, "unit": "container"}
    assert claim["roles"] == {"via": ["Rason"]}
    quote = "North Korea shipped at least 1,000 containers of shells to Russia"
    assert claim["statements"] == [
        {
            "quote": quote,
            "article": "test-first",
            "start": FIRST_TEXT.index(quote),
            "end": FIRST_TEXT.index(quote) + len(quote),
            "modality": "reported",
            "cited": ["Harbour Watch", "satellite imagery"],
        }
    ]
    [note] = [o for o in objects.values() if o["type"] == "note" and o["object_refs"] == [relationship["id"]]]
    assert note["content"] == quote and note["abstract"].startswith("reported")
    [report] = [o for o in objects.values() if o["type"] == "report"]
    assert {relationship["id"], note["id"], relationship["source_ref"]} <= set(report["object_refs"])
    assert report["published"] == "2024-02-10T00:00:00Z"
    [denial] = [o for o in objects.values() if o["type"] == "note" and stix.EXTENSION in o.get("extensions", {})]
    assert denial["abstract"] == "Denial by Russia: receiving shells"


def test_the_same_claim_has_the_same_ids(store: Store) -> None:
    store.write([first_article()])
    assert "".join(stix.bundle(chunks(store))) == "".join(stix.bundle(chunks(store)))


def test_the_dev_set_bundle_is_valid_and_counts_what_the_store_holds(dev_store: Store) -> None:
    text = "".join(stix.bundle(chunks(dev_store, size=50)))
    result = validate_string(text, ValidationOptions(strict=False))
    assert result.is_valid, [str(e) for e in result.errors][:5]
    objects = json.loads(text)["objects"]
    ids = {o["id"] for o in objects}
    assert len(ids) == len(objects)
    for obj in objects:
        refs = [*obj.get("object_refs", []), *(obj[k] for k in ("source_ref", "target_ref") if k in obj)]
        assert set(refs) <= ids, obj["id"]
    counts = dev_store.view().stats()["nodes"]
    claims = {extension(o)["claim_id"] for o in objects if stix.EXTENSION in o.get("extensions", {})}
    assert len(claims) == counts["Claim"]
    statements = [o for o in objects if o["type"] == "note" and stix.EXTENSION not in o.get("extensions", {})]
    assert len(statements) == counts["Evidence"]
    assert len([o for o in objects if o["type"] == "report"]) == len(dev_store.view().evidence_counts())
