"""One scenario, run on every store: the embedded one always, Neo4j when OSINTKG_NEO4J_URI is set."""

from __future__ import annotations

import threading

import pytest

from graph import model
from graph.errors import ConflictError, OsintkgError, QueryTimeoutError, StoreUnavailableError, WriteRefusedError
from graph.export.eval import export_article
from graph.model import ArticleRecord
from graph.reads import Transfer
from graph.store import Store
from graph.store.facets import count_facets
from graph.store.flows import backfill as backfill_flows
from graph.store.flows import link_sides
from graph.store.months import count_months as count_transfer_months
from graph.store.pairs import count_pairs
from graph.store.roles import count_roles
from graph.store.writer import write_article
from graph.transfers import TransferFilter, general_page, transfer_page
from tests.conftest import reopened_read_only
from tests.extraction.helpers import record as extracted_record
from tests.factories import (
    DENIAL,
    FIRST_TEXT,
    MONITOR_AND_IMAGERY,
    SHELLS,
    article,
    first_article,
    one_flow_article,
    second_article,
    shared_figure_article,
)


def every_transfer(store: Store, wanted: TransferFilter) -> list[Transfer]:
    """Every transfer wanted, on one page: the API's path."""
    return store.view().transfers_page(wanted, limit=500).items


def write_batch(store: Store, records: list[ArticleRecord]) -> list[bool | OsintkgError]:
    """Articles written as an ingest writes them: queued, then flushed in one transaction."""
    writer = store.writer()
    for record in records:
        writer.add_article(record)
    return writer.flush()


def counts(store: Store) -> dict[str, int]:
    return store.view().stats()["nodes"]


def test_an_article_lands_whole_with_its_provenance(store: Store) -> None:
    assert store.write([first_article()]) == [True]
    assert counts(store) == {
        "Source": 1,
        "Entity": 4,
        "Alias": 8,
        "Claim": 2,
        "Flow": 1,
        "Evidence": 2,
        "RoleMonth": 4,
        "TransferMonth": 1,
        "FacetMonth": 3,  # its item's month, its modality's and its span's
        "Pair": 9,  # its item, sides and modality with the span; its modality with the item; its sides with the
        "PairMonth": 9,  # item and with the modality; and the one month of each of them
    }
    article = store.view().article("test-first")
    quotes = {row["quote"]: row for row in article["evidence"]}
    shells = quotes["North Korea shipped at least 1,000 containers of shells to Russia"]
    assert (shells["start_offset"], shells["end_offset"]) == (0, 65)
    assert FIRST_TEXT[shells["start_offset"] : shells["end_offset"]] == shells["quote"]
    assert shells["modality"] == "reported" and shells["unnamed_sources"] == ["satellite imagery"]
    assert shells["qty_min"] == 1000 and shells["qty_max"] is None and shells["time_start"] == "2023-08"
    roles = {(r["claim_id"], r["relationship"], r["id"]) for r in article["roles"]}
    assert roles == {
        (SHELLS.id, "SUPPLIER", "KP"),
        (SHELLS.id, "RECIPIENT", "RU"),
        (SHELLS.id, "VIA", "port:rason"),
        (DENIAL.id, "ACTOR", "RU"),
    }
    assert {r["name"] for r in article["attributions"]} == {"Harbour Watch"}


def test_writing_the_same_article_again_changes_nothing(store: Store) -> None:
    store.write([first_article()])
    before = counts(store)
    assert store.write([first_article()]) == [False]
    assert counts(store) == before


def test_a_restated_claim_gains_evidence_not_a_twin(store: Store) -> None:
    store.write([first_article(), second_article()])
    assert counts(store)["Claim"] == 2
    assert counts(store)["Evidence"] == 3
    [claim] = every_transfer(store, TransferFilter(recipient="RU"))
    assert claim.id == SHELLS.id
    assert sorted(e.source.id for e in claim.evidence) == ["test-first", "test-second"]
    assert {e.modality for e in claim.evidence} == {"reported", "asserted"}


def test_a_claims_statements_come_oldest_article_first_and_undated_last(store: Store) -> None:
    quote = "North Korea shipped at least 1,000 containers of shells to Russia"
    for source_id, published in [("wire-c", "2024-05-01"), ("wire-undated", None), ("wire-a", "2023-11-30")]:
        store.write([article(source_id, f"{source_id}: {quote}.", [(SHELLS, quote, "reported")], published)])
    store.write([article("wire-b", f"Again, {quote}. Then {quote}.", [(SHELLS, quote, "reported")], "2024-01-15")])
    [claim] = every_transfer(store, TransferFilter(supplier="KP"))
    order = [(e.source.id, e.start) for e in claim.evidence]
    assert order == [("wire-a", 8), ("wire-b", 7), ("wire-c", 8), ("wire-undated", 14)]
    assert [s.name for s in claim.evidence[0].attributed_to] == ["Harbour Watch", "satellite imagery"]


def test_a_source_id_cannot_be_reused_for_another_text(store: Store) -> None:
    store.write([first_article()])
    impostor = second_article(source_id="test-first")
    with pytest.raises(ConflictError, match="test-first"):
        store.write([impostor])
    assert counts(store)["Evidence"] == 2


def test_a_batch_writes_many_articles_as_one_write_would_each(store: Store) -> None:
    one_by_one = store.write([first_article(), second_article()])
    expected = counts(store)
    store.run_in_transaction(lambda tx: tx.run("MATCH (n) DETACH DELETE n"), write=True)
    assert write_batch(store, [first_article(), second_article(), first_article()]) == [*one_by_one, False]
    assert counts(store) == expected
    [claim] = every_transfer(store, TransferFilter(recipient="RU"))
    assert sorted(e.source.id for e in claim.evidence) == ["test-first", "test-second"]


def test_a_refused_article_does_not_keep_the_rest_of_its_batch_out(store: Store) -> None:
    store.write([first_article()])
    outcomes = write_batch(store, [second_article(source_id="test-first"), second_article()])
    assert isinstance(outcomes[0], ConflictError) and "test-first" in str(outcomes[0])
    assert outcomes[1] is True
    assert counts(store)["Source"] == 2 and counts(store)["Evidence"] == 3


def test_a_failed_write_leaves_nothing_behind(store: Store) -> None:
    def write_then_fail(tx: object) -> None:
        write_article(tx, first_article())  # type: ignore[arg-type]
        raise RuntimeError("the process died half-way")

    with pytest.raises(RuntimeError):
        store.run_in_transaction(write_then_fail, write=True)
    assert set(counts(store).values()) == {0}


@pytest.mark.parametrize(
    "query",
    [
        "CREATE (n:Entity {id: 'x'})",
        "MATCH (n) DETACH DELETE n",
        "MATCH (e:Entity) SET e.name = 'changed'",
        "MERGE (e:Entity {id: 'y'})",
        "CALL dbms.killQueries(['1'])",
        "MATCH (n) RETURN n; MATCH (m) DELETE m",
    ],
)
def test_read_only_queries_refuse_writes(store: Store, query: str) -> None:
    store.write([first_article()])
    with pytest.raises(WriteRefusedError):
        store.view().query(query)
    assert counts(store)["Entity"] == 4


@pytest.mark.parametrize("query", ["MATCH (e:Entity) SET e.name = 'changed'", "CREATE (:Entity {id: 'x'})"])
def test_the_analysts_transaction_refuses_writes_past_the_guard(store: Store, query: str) -> None:
    """The second wall: a write that reached the store unchecked is refused by its read-only transaction."""
    store.write([first_article()])
    with pytest.raises(WriteRefusedError):
        store.run_analyst_query(lambda tx: tx.run(query), timeout_ms=5_000)
    assert counts(store)["Entity"] == 4
    assert store.view().query("MATCH (e:Entity {name: 'changed'}) RETURN e.id AS id")["rows"] == []


def test_read_only_query_returns_rows_and_honours_the_row_limit(store: Store) -> None:
    store.write([first_article()])
    result = store.view().query("MATCH (e:Entity) RETURN e.id AS id ORDER BY id", limit=2)
    assert result["columns"] == ["id"]
    assert result["rows"] == [["KP"], ["RU"]]
    assert result["truncated"] is True
    quoted = store.view().query("MATCH (e:Entity) WHERE e.name = 'SET' RETURN e.id AS id")
    assert quoted["rows"] == []


def test_transfers_filter_by_actor_item_and_period(store: Store) -> None:
    store.write([first_article()])

    def found(**wanted: str) -> list[str]:
        return [c.id for c in every_transfer(store, TransferFilter(**wanted))]

    assert found(supplier="KP", recipient="RU") == [SHELLS.id]
    assert found(supplier="RU") == []
    assert found(item="drones") == []
    assert found(since="2024-01-01") == [SHELLS.id]  # started 2023-08, still open
    assert found(until="2023-07-31") == []
    assert found(modality="reported") == [SHELLS.id]
    assert found(modality="speculative") == []


def test_eval_export_follows_the_interchange_format(store: Store) -> None:
    store.write([first_article()])
    document = export_article(store.view(), "test-first")
    transfer = next(c for c in document["claims"] if c["type"] == "transfer")
    assert transfer["supplier"] == {"id": "KP", "name": "North Korea"}
    assert transfer["recipient"] == {"id": "RU", "name": "Russia"}
    assert transfer["item"] == ["artillery_ammunition"]
    assert transfer["quantity"] == {"min": 1000, "max": None, "unit": "container", "per": None}
    assert transfer["time"] == {"start": "2023-08", "end": None}
    assert transfer["via"] == ["Rason"]
    assert transfer["attributed_to"] == [
        {"name": "Harbour Watch", "named": True},
        {"name": "satellite imagery", "named": False},
    ]
    denial = next(c for c in document["claims"] if c["type"] == "denial")
    assert denial["actor"] == {"id": "RU", "name": "Russia"} and denial["denies"] == "receiving shells"
    assert {"type": "country", "id": "KP", "name": "North Korea"} in document["entities"]


def test_a_shared_figure_says_so_in_the_graph_the_transfers_and_the_export(store: Store) -> None:
    store.write([first_article(), shared_figure_article()])
    rows = store.view().read("MATCH (c:Claim {kind: 'transfer'}) RETURN c.item AS item, c.qty_shared AS shared")
    assert sorted((r["item"], r["shared"]) for r in rows) == [
        ("artillery_ammunition", False),  # the first article's 1,000 containers: its own figure
        ("artillery_ammunition", True),
        ("rockets", True),
    ]
    transfers = every_transfer(store, TransferFilter(supplier="KP"))
    found = {(c.qualifiers["item"], c.qualifiers["quantity"].min, c.qualifiers["quantity"].shared) for c in transfers}
    assert found == {
        ("artillery_ammunition", 1000, False),
        ("artillery_ammunition", 2400, True),
        ("rockets", 2400, True),
    }
    shared = export_article(store.view(), "test-shared")["claims"]
    assert [c["quantity"] for c in shared] == [
        {"min": 2400, "max": 2400, "unit": "container", "per": None, "shared": True}
    ] * 2
    own = next(c for c in export_article(store.view(), "test-first")["claims"] if c["type"] == "transfer")
    assert "shared" not in own["quantity"]


def test_concurrent_writers_create_nothing_twice(store: Store) -> None:
    records = [first_article(f"test-{i}") if i % 2 else second_article(f"test-{i}") for i in range(12)]
    errors: list[BaseException] = []

    def write(record: object) -> None:
        try:
            store.write([record])  # type: ignore[list-item]
        except BaseException as error:  # pragma: no cover - reported below
            errors.append(error)

    threads = [threading.Thread(target=write, args=(r,)) for r in records]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert counts(store) == {
        "Source": 12,
        "Entity": 4,
        "Alias": 8,
        "Claim": 2,
        "Flow": 1,
        "Evidence": 18,
        "RoleMonth": 4,
        "TransferMonth": 1,
        "FacetMonth": 4,  # its item's month, its span's, and one for each modality the two articles state it with
        "Pair": 11,  # its item and sides with the span, its sides with the item and with the modality, each
        "PairMonth": 13,  # modality with the item and with the span; their months (a side's with each modality)
    }
    assert timeline(store, "KP") == [("2023-08", 1, 0)]  # the claim written by twelve writers counted once
    assert store.view().transfers_page().total == 1  # and once in its month
    for wanted in (
        TransferFilter(item="artillery_ammunition"),
        *(TransferFilter(modality=m) for m in ("reported", "asserted")),
        *(TransferFilter(item="artillery_ammunition", modality=m) for m in ("reported", "asserted")),
        *(TransferFilter(modality=m, since="2023-01-01") for m in ("reported", "asserted")),
        TransferFilter(supplier="KP", since="2023-01-01"),
        *(TransferFilter(recipient="RU", modality=m) for m in ("reported", "asserted")),
        TransferFilter(supplier="KP", item="artillery_ammunition"),
    ):
        assert store.view().transfers_page(wanted).total == 1  # and once in each of its facets' and pairs' months


def test_an_article_whose_claims_have_no_figure_lands(store: Store) -> None:
    text = "Russia denied receiving shells."
    record = article("test-no-figure", text, [(DENIAL, text, "asserted")])
    assert store.write([record]) == [True]
    rows = store.view().read("MATCH (c:Claim) RETURN c.kind AS kind, c.qty_shared AS shared")
    assert [(r["kind"], r["shared"]) for r in rows] == [("denial", False)]


def test_writers_of_the_same_articles_at_once_make_one_node_per_id(store: Store) -> None:
    """8 threads write the same 4 articles, each in its own order: each article is new to one of them,
    and every node exists once (Neo4j's uniqueness constraints, the embedded store's single writer)."""
    records = [first_article(f"test-{i}") if i % 2 else second_article(f"test-{i}") for i in range(4)]
    outcomes: list[tuple[str, bool]] = []
    errors: list[BaseException] = []

    def write(shift: int) -> None:
        for record in records[shift % 4 :] + records[: shift % 4]:
            try:
                outcomes.append((record.source.id, store.write([record])[0]))
            except BaseException as error:  # pragma: no cover - reported below
                errors.append(error)

    threads = [threading.Thread(target=write, args=(shift,)) for shift in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert sorted(source for source, new in outcomes if new) == [f"test-{i}" for i in range(4)]
    assert counts(store) == {
        "Source": 4,
        "Entity": 4,
        "Alias": 8,
        "Claim": 2,
        "Flow": 1,
        "Evidence": 6,
        "RoleMonth": 4,
        "TransferMonth": 1,
        "FacetMonth": 4,
        "Pair": 11,
        "PairMonth": 13,
    }
    assert timeline(store, "RU") == [("2023-08", 0, 1)]
    duplicated = "MATCH (n) WITH labels(n)[0] AS label, n.id AS id, count(*) AS n WHERE n > 1 RETURN label, id"
    assert store.view().read(duplicated) == []


def test_a_store_written_without_flows_gets_them_back(store: Store) -> None:
    store.write([first_article(), second_article()])
    links = "MATCH (c:Claim)-[i:IN_FLOW]->(f:Flow) RETURN c.id AS claim, f.id AS flow, i.item AS item ORDER BY claim"
    before = store.view().read(links)
    store.run_in_transaction(lambda tx: tx.run("MATCH (f:Flow) DETACH DELETE f"), write=True)
    assert store.view().read(links) == []
    store.run_in_transaction(backfill_flows, write=True)  # what opening such a store does
    assert store.view().read(links) == before and len(before) == 1
    assert before[0]["flow"] == "KP>RU"
    store.run_in_transaction(backfill_flows, write=True)  # once only: a store with flows is left alone
    assert store.view().read(links) == before


def test_the_flows_around_an_entity_are_one_hop_from_it_and_linked_again_in_an_older_store(store: Store) -> None:
    drones = model.Claim(kind="transfer", roles={"supplier": ("IR",), "recipient": ("RU",)}, item="drones")
    text = "Iran sent drones to Russia."
    iran = model.Entity(id="IR", kind="country", name="Iran")
    from_iran = article("test-drones", text, [(drones, text[:-1], "asserted")], entities=(iran,))
    write_batch(store, [first_article(), second_article(), from_iran])

    def around(entity: str, busiest: int | None = None) -> tuple[list[tuple[str, str, int]], int]:
        flows, total = store.view().flows_around(entity, busiest=busiest)
        return [(f["supplier"], f["recipient"], f["claims"]) for f in flows], total

    before = around("RU")
    assert before == ([("IR", "RU", 1), ("KP", "RU", 1)], 2)
    assert around("RU", busiest=1) == ([("IR", "RU", 1)], 2) and around("KP") == ([("KP", "RU", 1)], 1)
    store.run_in_transaction(lambda tx: tx.run("MATCH ()-[s:HAS_FLOW]->() DELETE s"), write=True)
    assert around("RU") == ([], 0)  # as an older osintkg left it
    store.run_in_transaction(link_sides, write=True)  # what opening such a store does
    assert around("RU") == before


def timeline(store: Store, entity: str) -> list[tuple[str, int, int]]:
    return [(m.month, m.supplied, m.received) for m in store.view().entity(entity, claim_limit=5).timeline]


def test_an_actors_months_count_each_dated_transfer_once(store: Store) -> None:
    rockets = model.Claim(
        kind="transfer",
        roles={"supplier": ("KP",), "recipient": ("RU",)},
        item="rockets",
        time=model.TimeSpan(start="2023-08-14", end="2023-08-14"),
    )
    text = "North Korea sent rockets to Russia on 14 August 2023."
    third = article("test-third", text, [(rockets, text.rstrip("."), "asserted")])
    write_batch(store, [first_article(), second_article()])  # the same claim twice, in one batch
    store.write([second_article("test-again"), third])  # and again, later
    assert timeline(store, "KP") == [("2023-08", 2, 0)]  # shells and rockets, each once
    assert timeline(store, "RU") == [("2023-08", 0, 2)]
    assert timeline(store, "port:rason") == []


def test_a_store_without_months_counts_them_from_its_role_links_once(store: Store) -> None:
    write_batch(store, [first_article(), shared_figure_article()])
    before = timeline(store, "KP"), store.view().entity("RU", claim_limit=5).claims
    assert before[0] == [("2023-08", 1, 0), ("2024-05", 2, 0)]
    assert {role: len(claims) for role, claims in before[1].items()} == {"denial.actor": 1, "transfer.recipient": 3}
    older = "MATCH (m:RoleMonth) DETACH DELETE m WITH count(*) AS n MATCH ()-[l:SUPPLIER]->() SET l.day = NULL"
    store.run_in_transaction(lambda tx: tx.run(older), write=True)  # as an older osintkg left it
    assert timeline(store, "KP") == [] and store.view().entity("RU", claim_limit=5).claims == {}
    store.run_in_transaction(count_roles, write=True)  # what opening such a store does
    assert (timeline(store, "KP"), store.view().entity("RU", claim_limit=5).claims) == before
    store.run_in_transaction(count_roles, write=True)  # once only: counted months are left alone
    assert (timeline(store, "KP"), store.view().entity("RU", claim_limit=5).claims) == before


def test_a_store_without_transfer_months_links_its_transfers_to_them_once(store: Store) -> None:
    write_batch(store, [first_article(), shared_figure_article()])
    before = store.view().transfers_page(limit=2, offset=1)
    assert before.total == 3 and [t.qualifiers["item"] for t in before.items] == ["rockets", "artillery_ammunition"]
    store.run_in_transaction(lambda tx: tx.run("MATCH (m:TransferMonth) DETACH DELETE m"), write=True)
    assert store.view().transfers_page().total == 0  # as an older osintkg left it
    store.run_in_transaction(count_transfer_months, write=True)  # what opening such a store does
    assert store.view().transfers_page(limit=2, offset=1) == before
    store.run_in_transaction(count_transfer_months, write=True)  # once only
    assert store.view().transfers_page(limit=2, offset=1) == before


def test_a_store_without_facet_months_links_its_transfers_to_them_once(store: Store) -> None:
    write_batch(store, [first_article(), shared_figure_article()])
    text = "Wire: North Korea shipped at least 1,000 containers of shells to Russia."
    quote = "North Korea shipped at least 1,000 containers of shells to Russia"
    store.write([article("test-wire", text, [(SHELLS, quote, "asserted")], cited=[()])])  # a second modality,
    # and, citing no one, a second origin: the outlet beside Harbour Watch

    def pages() -> list[tuple[int, list[str]]]:
        wanted = [TransferFilter(item="rockets"), TransferFilter(modality="asserted")]
        wanted += [TransferFilter(modality="reported"), TransferFilter(item="drones")]
        wanted += [TransferFilter(min_origins=2), TransferFilter(min_origins=3)]
        wanted += [TransferFilter(since="2024-05-31"), TransferFilter(until="2023-08-01")]
        return [(p.total, [t.id for t in p.items]) for p in (store.view().transfers_page(w, limit=2) for w in wanted)]

    before = pages()
    assert [total for total, _ in before] == [1, 3, 1, 0, 1, 0, 3, 1]
    assert before[2][1] == [SHELLS.id]  # reported in the first article only
    assert before[4][1] == [SHELLS.id]
    store.run_in_transaction(lambda tx: tx.run("MATCH (m:FacetMonth) DETACH DELETE m"), write=True)
    assert [total for total, _ in pages()] == [0] * 8  # as an older osintkg left it
    store.run_in_transaction(count_facets, write=True)  # what opening such a store does
    assert pages() == before
    store.run_in_transaction(count_facets, write=True)  # once only
    assert pages() == before


def test_pair_months_count_what_the_general_query_finds_and_are_counted_once_in_an_older_store(store: Store) -> None:
    """A filter beside a period, and a modality beside an item, counted from pair months: as written (a later
    article adding a modality), and as counted again from the facet links of a store without them."""
    write_batch(store, [first_article(), shared_figure_article()])
    text = "Wire: North Korea shipped at least 1,000 containers of shells to Russia."
    quote = "North Korea shipped at least 1,000 containers of shells to Russia"
    store.write([article("test-wire", text, [(SHELLS, quote, "asserted")], cited=[()])])  # a second modality
    wanted = [TransferFilter(item="artillery_ammunition", modality=m) for m in ("asserted", "reported", "denied")]
    wanted += [TransferFilter(modality=m, since="2023-01-01") for m in ("asserted", "reported")]
    wanted += [TransferFilter(supplier="KP", since="2023-08-15"), TransferFilter(recipient="RU", until="2024-12-31")]
    wanted += [TransferFilter(item="rockets", since="2020-01-01", until="2030-12-31")]
    wanted += [TransferFilter(supplier="KP", modality="asserted"), TransferFilter(recipient="RU", item="rockets")]

    def pages(way: object = transfer_page) -> list[tuple[int, list[str]]]:
        found = [store.run_in_transaction(lambda tx, w=w: way(tx, w, 2, 0)) for w in wanted]  # type: ignore[operator]
        return [(page.total, [t.id for t in page.items]) for page in found]

    before = pages()
    assert before == pages(general_page)
    assert [total for total, _ in before] == [2, 1, 0, 3, 1, 3, 3, 1, 3, 1]
    for label in ("PairMonth", "Pair"):
        store.run_in_transaction(lambda tx, label=label: tx.run(f"MATCH (p:{label}) DETACH DELETE p"), write=True)
    assert pages() != before  # as an older osintkg left it
    store.run_in_transaction(count_pairs, write=True)  # what opening such a store does
    assert pages() == before
    store.run_in_transaction(count_pairs, write=True)  # once only
    assert pages() == before


def test_origins_of_one_modality_are_counted_as_written_and_once_in_an_older_store(store: Store) -> None:
    """At least n origins among the statements of one modality, read from that modality's months of n origins:
    as written (two later wires, each a further origin of the asserted statements), as the general query counts
    them, from every claim in a store without those months, and once counted again from the statements."""
    write_batch(store, [first_article(), shared_figure_article()])
    text = "Wire: North Korea shipped at least 1,000 containers of shells to Russia."
    quote = "North Korea shipped at least 1,000 containers of shells to Russia"
    for n, cited in ((1, ()), (2, MONITOR_AND_IMAGERY)):  # the outlet (citing no one), then Harbour Watch
        store.write([article(f"test-wire-{n}", text, [(SHELLS, quote, "asserted")], cited=[cited])])
    wanted = [TransferFilter(min_origins=2, modality=m) for m in ("asserted", "reported", "denied")]
    wanted += [TransferFilter(min_origins=3, modality="asserted")]
    wanted += [TransferFilter(min_origins=2, modality="asserted", item=i) for i in ("artillery_ammunition", "rockets")]
    wanted += [TransferFilter(min_origins=2, modality="asserted", since="2023-01-01", supplier="KP")]

    def pages(way: object = transfer_page) -> list[tuple[int, list[str]]]:
        found = [store.run_in_transaction(lambda tx, w=w: way(tx, w, 2, 0)) for w in wanted]  # type: ignore[operator]
        return [(page.total, [t.id for t in page.items]) for page in found]

    before = pages()
    assert before == pages(general_page)
    assert before[0] == (1, [SHELLS.id])
    assert [total for total, _ in before] == [1, 0, 0, 0, 1, 0, 1]
    delete = "MATCH (m:FacetMonth) WHERE m.facet = 'modality_origins' DETACH DELETE m"
    store.run_in_transaction(lambda tx: tx.run(delete), write=True)
    assert pages() == before  # as an older osintkg left it: counted from every claim
    store.run_in_transaction(count_facets, write=True)  # what opening such a store does
    assert pages() == before
    store.run_in_transaction(count_facets, write=True)  # once only
    assert pages() == before
    months = "MATCH (m:FacetMonth) WHERE m.facet = 'modality_origins' RETURN m.value AS value, m.transfers AS n"
    assert sorted((r["value"], r["n"]) for r in store.view().read(months)) == [("asserted:2", 1)]


def test_a_store_an_older_osintkg_wrote_is_refused_read_only_until_opened_for_writing(store: Store) -> None:
    store.write([first_article()])
    store.run_in_transaction(lambda tx: tx.run("MATCH (m:RoleMonth) DETACH DELETE m"), write=True)
    with pytest.raises(StoreUnavailableError, match="older osintkg: open it once for writing"):
        reopened_read_only(store)


def test_an_entitys_newest_claims_in_a_role_come_from_its_newest_months(store: Store) -> None:
    months = ["2023-08", "2024-01", "2024-01", "2024-03", None]
    records = []
    for n, month in enumerate(months):
        claim = model.Claim(
            kind="transfer",
            roles={"supplier": ("KP",), "recipient": ("RU",)},
            item=("rockets", "drones", "artillery_ammunition", "aircraft", "missiles")[n],
            time=model.TimeSpan(start=month, end=month) if month else None,
        )
        text = f"North Korea sent weapons to Russia, report {n} says."
        records.append(article(f"test-month-{n}", text, [(claim, text.rstrip("."), "asserted")]))
    write_batch(store, records[:2])
    store.write(records[2:])

    def newest(limit: int) -> list[str | None]:
        claims = store.view().entity("KP", claim_limit=limit).claims["transfer.supplier"]
        return [c.time_start for c in claims]

    assert newest(1) == ["2024-03"]
    assert newest(2) == ["2024-03", "2024-01"]
    assert newest(4) == ["2024-03", "2024-01", "2024-01", "2023-08"]
    assert newest(9) == ["2024-03", "2024-01", "2024-01", "2023-08", None]  # the undated last


def test_an_analyst_query_past_its_time_limit_is_stopped(store: Store) -> None:
    store.write([first_article(), second_article()])
    slow = "UNWIND range(1, 20000) AS a UNWIND range(1, 20000) AS b WITH a, b WHERE (a * b) % 7919 = 1 RETURN count(*)"
    with pytest.raises(QueryTimeoutError):
        store.run_analyst_query(lambda tx: tx.run(slow), timeout_ms=300)
    assert store.view().query("MATCH (s:Source) RETURN count(s) AS n")["rows"] == [[2]]  # the store still answers


def test_a_store_opened_read_only_reads_and_refuses_writes(store: Store) -> None:
    store.write([first_article()])
    before = counts(store)
    with reopened_read_only(store) as reader:
        assert counts(reader) == before
        with pytest.raises(StoreUnavailableError, match="open read-only"):
            reader.write([second_article()])
        assert counts(reader) == before


def test_the_eval_export_credits_a_reported_claim_with_the_sources_of_its_flow(store: Store) -> None:
    store.write([one_flow_article()])
    claims = export_article(store.view(), "test-flow")["claims"]
    sources = {c["item"][0]: [(s["name"], s["named"]) for s in c["attributed_to"]] for c in claims}
    assert sources == {
        "artillery_ammunition": [("Harbour Watch", True), ("a diplomat", False)],
        "rockets": [("a diplomat", False), ("Harbour Watch", True)],
        "small_arms": [],  # asserted by the article itself: no one's word to add
        "missiles": [("a monitor", False)],  # promised, not shipped: another flow
    }
    statements = store.view().article("test-flow")
    assert [r["name"] for r in statements["attributions"]] == ["Harbour Watch"]  # each statement keeps its own
    assert sorted(s for r in statements["evidence"] for s in r["unnamed_sources"] or []) == ["a diplomat", "a monitor"]


def test_the_eval_export_takes_a_claims_modality_and_sources_from_the_body_not_the_headline(store: Store) -> None:
    text = (
        "Norway sends air defence systems to Ukraine\n"
        "Norway has sent two NASAMS air defence systems to Ukraine, Reuters reported on Tuesday."
    )
    store.write([extracted_record(text, "en", doc_id="test-headline")])
    claims = export_article(store.view(), "test-headline")["claims"]
    assert [(c["modality"], c["attributed_to"], len(c["quotes"])) for c in claims] == [
        ("reported", [{"name": "Reuters", "named": True}], 2)
    ]
