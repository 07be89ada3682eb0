"""The FollowTheMoney export: every entity valid for the `followthemoney` library, every reference to an
entity of the export, each claim in its schema with its provenance."""

from __future__ import annotations

import json

from followthemoney import model
from followthemoney.proxy import EntityProxy

from graph.export import ftm
from graph.export.dataset import chunks
from graph.store import Store
from tests.factories import FIRST_TEXT, first_article


def exported(store: Store) -> list[dict]:
    return [json.loads(line) for line in ftm.json_lines(chunks(store, size=7))]


def valid(data: dict) -> EntityProxy:
    """The entity as the library reads it (values cleaned); it must come back unchanged and validate."""
    proxy = model.get_proxy(data, cleaned=False)
    assert proxy.to_dict() == data, data["id"]
    proxy.schema.validate(data)  # raises InvalidData
    return proxy


def references(proxy: EntityProxy) -> set[str]:
    return {
        value for prop in proxy.schema.properties.values() if prop.type.name == "entity" for value in proxy.get(prop)
    }


def test_a_transfer_is_a_directed_link_with_its_provenance(store: Store) -> None:
    store.write([first_article()])
    by_id = {d["id"]: d for d in exported(store)}
    [link] = [d for d in by_id.values() if d["schema"] == "UnknownLink"]
    properties = link["properties"]
    assert (properties["subject"], properties["object"]) == (["KP"], ["RU"])
    assert properties["role"] == ["transfer of artillery_ammunition"]
    assert properties["startDate"] == ["2023-08"]
    assert properties["proof"] == ["article.test-first"]
    quote = "North Korea shipped at least 1,000 containers of shells to Russia"
    start = FIRST_TEXT.index(quote)
    assert properties["description"] == [
        f'[reported] "{quote}" (test-first, characters {start}-{start + len(quote)}; '
        "on the word of: Harbour Watch; satellite imagery)"
    ]
    assert "at least 1,000 container" in properties["summary"][0] and "via Rason" in properties["summary"][0]
    assert by_id["KP"]["schema"] == "PublicBody" and by_id["KP"]["properties"]["country"] == ["kp"]
    assert by_id["port.rason"]["schema"] == "Address"
    [denial] = [d for d in by_id.values() if d["schema"] == "Event"]
    assert denial["properties"]["involved"] == ["RU"] and denial["properties"]["name"] == ["Denial by Russia"]


def test_the_dev_set_is_valid_ftm_and_counts_what_the_store_holds(dev_store: Store) -> None:
    entities = [valid(data) for data in exported(dev_store)]
    ids = [proxy.id for proxy in entities]
    assert len(ids) == len(set(ids))
    known = set(ids)
    for proxy in entities:
        assert references(proxy) <= known, proxy.id
    counts = dev_store.view().stats()["nodes"]
    claims = [p for p in entities if p.id and p.id.startswith("claim.")]
    assert len(claims) == counts["Claim"]
    assert len([p for p in entities if p.schema.name == "Article"]) == len(dev_store.view().evidence_counts())
    assert all(p.get("proof") and p.get("description") for p in claims)
