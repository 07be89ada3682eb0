"""The `osintkg` command line, run as users run it: a real process, real files, a real store."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import EXAMPLES, fresh_store

OSINTKG = str(Path(sys.executable).with_name("osintkg"))


def run(*args: str, store: Path, timeout: int = 180) -> subprocess.CompletedProcess[str]:
    return subprocess.run([OSINTKG, *args, "--store", str(store)], capture_output=True, text=True, timeout=timeout)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The shipped examples plus one broken file."""
    folder = tmp_path_factory.mktemp("corpus")
    for path in EXAMPLES.glob("*.article.json"):
        shutil.copy(path, folder)
    (folder / "broken.article.json").write_text('{"id": "broken", "text": ', encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def ingested(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, subprocess.CompletedProcess[str]]:
    store = fresh_store(tmp_path_factory.mktemp("store"))  # (on a Neo4j run, its tests come first in the module)
    return store, run("ingest", str(corpus), "--no-progress", store=store)


def stats(store: Path) -> dict:
    result = run("stats", "--json", store=store)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_ingest_lands_the_good_files_and_names_the_bad_one(ingested: tuple, corpus: Path) -> None:
    store, result = ingested
    assert result.returncode == 2
    assert f"refused {corpus / 'broken.article.json'}: invalid JSON" in result.stderr
    assert "Traceback" not in result.stderr
    examples = len(list(EXAMPLES.glob("*.article.json")))
    assert f"{examples} added, 0 unchanged, 1 refused" in result.stdout
    assert stats(store)["nodes"]["Source"] == examples


def test_ingesting_again_leaves_the_same_counts(ingested: tuple) -> None:
    store, _ = ingested
    before = stats(store)
    again = run("ingest", str(EXAMPLES), "--no-progress", store=store)
    assert again.returncode == 0, again.stderr
    assert "0 added" in again.stdout
    assert stats(store) == before


def test_transfers_answer_who_supplied_what_to_russia(ingested: tuple) -> None:
    store, _ = ingested
    result = run("transfers", "--recipient", "la Russie", "--json", store=store)
    assert result.returncode == 0, result.stderr
    page = json.loads(result.stdout)
    claims = page["items"]
    suppliers = {c["supplier"]["id"] for c in claims}
    assert "KP" in suppliers and "IR" in suppliers
    assert all(c["recipient"]["id"] == "RU" for c in claims)
    assert all(c["evidence"] for c in claims)
    assert page["total"] == len(claims) and page["next_offset"] is None


def test_transfers_take_the_api_filters_and_pages(ingested: tuple) -> None:
    store, _ = ingested
    every = json.loads(run("transfers", "--json", store=store).stdout)
    first = json.loads(run("transfers", "--json", "--limit", "2", store=store).stdout)
    second = json.loads(run("transfers", "--json", "--limit", "2", "--offset", "2", store=store).stdout)
    assert first["total"] == every["total"] > 3 and first["next_offset"] == 2
    assert [c["id"] for c in first["items"] + second["items"]] == [c["id"] for c in every["items"][:4]]
    reported = json.loads(run("transfers", "--json", "--modality", "reported", store=store).stdout)
    assert 0 < reported["total"] < every["total"]
    assert all(any(e["modality"] == "reported" for e in c["evidence"]) for c in reported["items"])
    since = json.loads(run("transfers", "--json", "--since", "2025", store=store).stdout)
    assert all((c["time"] or {}).get("end") is None or c["time"]["end"] >= "2025" for c in since["items"])
    assert since["total"] < every["total"]


@pytest.mark.parametrize(
    ("option", "value", "named"),
    [("--item", "cheese", "item"), ("--since", "2023-13", "since"), ("--modality", "sure", "modality")],
)
def test_a_bad_transfers_filter_is_one_line_and_exit_2(ingested: tuple, option: str, value: str, named: str) -> None:
    store, _ = ingested
    result = run("transfers", option, value, store=store)
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0 and named in result.stderr


def test_cypher_reads_and_refuses_writes_in_one_line(ingested: tuple) -> None:
    store, _ = ingested
    read = run("cypher", "MATCH (s:Source) RETURN count(s) AS n", "--json", store=store)
    assert read.returncode == 0, read.stderr
    assert json.loads(read.stdout)[0]["n"] >= 6
    write = run("cypher", "MATCH (n) DETACH DELETE n", store=store)
    assert write.returncode == 2
    assert write.stderr.strip().startswith("osintkg: error: read-only: DETACH is not allowed here")
    bad = run("cypher", "MATCH (n RETURN n", store=store)
    assert bad.returncode == 2 and bad.stderr.startswith("osintkg: error:") and "Traceback" not in bad.stderr


def test_export_writes_one_claims_file_per_article(ingested: tuple, tmp_path: Path) -> None:
    store, _ = ingested
    result = run("export", "claims", "--format", "eval", "--out", str(tmp_path), store=store)
    assert result.returncode == 0, result.stderr
    files = sorted(tmp_path.glob("*.claims.json"))
    assert len(files) == len(list(EXAMPLES.glob("*.article.json")))
    document = json.loads(files[0].read_text(encoding="utf-8"))
    assert set(document) == {"document", "entities", "claims"}
    unknown = run("export", "claims", "--format", "rdf", "--out", str(tmp_path), store=store)
    assert unknown.returncode == 2 and "unknown export format 'rdf'" in unknown.stderr


def test_export_rdf_and_gexf_write_files_a_peer_reads(ingested: tuple, tmp_path: Path) -> None:
    from rdflib import Graph

    store, _ = ingested
    claims = stats(store)["claims_by_kind"]
    result = run("export", "rdf", "--out", str(tmp_path / "all.ttl"), store=store)
    assert result.returncode == 0, result.stderr
    assert f"{sum(claims.values())} claims exported to" in result.stdout
    assert len(Graph().parse(tmp_path / "all.ttl", format="turtle")) > 500
    json_ld = run(
        "export", "rdf", "--format", "jsonld", "--supplier", "IR", "--out", str(tmp_path / "ir.jsonld"), store=store
    )
    assert json_ld.returncode == 0, json_ld.stderr
    assert len(Graph().parse(tmp_path / "ir.jsonld", format="json-ld")) > 10
    network = run("export", "gexf", "--since", "2023", "--out", str(tmp_path / "net.gexf"), store=store)
    assert network.returncode == 0 and (tmp_path / "net.gexf").read_text(encoding="utf-8").startswith("<gexf")
    ftm = run("export", "ftm", "--out", str(tmp_path / "all.ftm.json"), store=store)
    assert ftm.returncode == 0, ftm.stderr
    lines = (tmp_path / "all.ftm.json").read_text(encoding="utf-8").splitlines()
    assert sum(json.loads(line)["id"].startswith("claim.") for line in lines) == sum(claims.values())
    bundle = run("export", "stix", "--out", str(tmp_path / "all.stix.json"), store=store)
    assert bundle.returncode == 0 and json.loads((tmp_path / "all.stix.json").read_text(encoding="utf-8"))["objects"]
    names = ["all.ftm.json", "all.stix.json", "all.ttl", "ir.jsonld", "net.gexf"]
    assert sorted(p.name for p in tmp_path.iterdir()) == names  # no .partial left


@pytest.mark.parametrize(
    ("args", "code", "named"),
    [
        (("rdf", "--format", "xml"), 2, "rdf is not written as 'xml'"),
        (("gexf", "--supplier", "Atlantis"), 4, "supplier: no entity named 'Atlantis'"),  # not found, as `transfers`
        (("rdf", "--since", "2025-13"), 2, "since: '2025-13' is not an ISO date"),
        (("rdf", "--item", "tanks"), 2, "item: 'tanks' is not an item category"),
    ],
)
def test_a_bad_export_is_one_line_and_a_clear_exit_code_and_leaves_the_file(
    ingested: tuple, tmp_path: Path, args: tuple[str, ...], code: int, named: str
) -> None:
    store, _ = ingested
    (tmp_path / "out").write_text("kept", encoding="utf-8")
    result = run("export", *args, "--out", str(tmp_path / "out"), store=store)
    assert result.returncode == code and named in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert (tmp_path / "out").read_text(encoding="utf-8") == "kept"
    folder = run("export", "rdf", "--out", str(tmp_path), store=store)
    assert folder.returncode == 2 and "is a folder" in folder.stderr


def test_network_prints_hubs_brokers_and_a_route(ingested: tuple) -> None:
    store, _ = ingested
    result = run("network", "--from", "Pyongyang", "--to", "Russia", store=store)
    assert result.returncode == 0, result.stderr
    assert "top suppliers" in result.stdout and "route: North Korea ->" in result.stdout
    as_json = run("network", "--json", "--top", "2", store=store)
    assert len(json.loads(as_json.stdout)["recipients"]) == 2
    half = run("network", "--from", "KP", store=store)
    assert half.returncode == 2 and "give both ends of the route" in half.stderr


def bare(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([OSINTKG, *args], capture_output=True, text=True, timeout=120)


def test_the_version_names_the_package_and_the_extraction_data() -> None:
    from importlib.metadata import version

    from extractors.version import data_version

    result = bare("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"osintkg {version('osintkg')} (extraction data {data_version()})"


@pytest.mark.parametrize(
    ("args", "named"),
    [
        (("ingest",), "osintkg ingest: error: Missing argument 'paths'."),
        (("transfers", "--bogus"), "osintkg transfers: error: No such option: --bogus"),
        (("transfers", "--limit", "0"), "osintkg transfers: error: Invalid value for '--limit'"),
        (("frobnicate",), "osintkg: error: No such command 'frobnicate'."),
    ],
)
def test_a_usage_error_is_one_line_and_exit_2(args: tuple[str, ...], named: str) -> None:
    result = bare(*args)
    assert result.returncode == 2
    assert result.stderr.startswith(named) and len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert "unexpected error" not in result.stderr


def test_a_command_given_nothing_shows_its_help_and_exits_2() -> None:
    for args in ((), ("export",)):
        result = bare(*args)
        assert result.returncode == 2 and "Usage: osintkg" in result.stdout
        assert "unexpected error" not in result.stderr


def test_ingest_takes_a_text_files_date_url_and_title(tmp_path: Path) -> None:
    note = tmp_path / "note.txt"
    note.write_text("North Korea shipped 300 shells to Russia last month, officials said.", encoding="utf-8")
    store = fresh_store(tmp_path / "store")
    given = ("--published", "2025-06-02", "--url", "https://example.org/n", "--title", "A note")
    result = run("ingest", str(note), *given, store=store)
    assert result.returncode == 0, result.stderr
    [transfer] = json.loads(run("transfers", "--json", store=store).stdout)["items"]
    source = transfer["evidence"][0]["source"]
    assert (source["published"], source["url"], source["title"]) == ("2025-06-02", "https://example.org/n", "A note")
    assert transfer["time"] == {"start": "2025-05", "end": "2025-05"}  # "last month", against the date given


def test_bad_ingest_metadata_is_one_line_and_exit_2(tmp_path: Path) -> None:
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text("Iran sent drones to Russia.", encoding="utf-8")
    store = tmp_path / "store"
    wrong_date = run("ingest", str(tmp_path / "a.txt"), "--published", "2025-13", store=store)
    assert wrong_date.returncode == 2 and wrong_date.stderr.startswith("osintkg: error: --published '2025-13'")
    two = run("ingest", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--title", "T", store=store)
    assert two.returncode == 2 and "name one article, not 2" in two.stderr
    assert not store.exists()  # refused before anything was opened


def test_ingest_says_it_loads_the_models_before_its_progress(tmp_path: Path) -> None:
    result = run("ingest", str(EXAMPLES), store=fresh_store(tmp_path / "store"))
    assert result.returncode == 0, result.stderr
    assert result.stderr.startswith("loading the language models, then ingesting")


def test_transfers_csv_is_the_apis_items_a_row_per_statement(ingested: tuple) -> None:
    import csv
    import io

    store, _ = ingested
    answer = json.loads(run("transfers", "--json", "--limit", "20", store=store).stdout)
    table = run("transfers", "--csv", "--limit", "20", store=store)
    assert table.returncode == 0, table.stderr
    rows = list(csv.DictReader(io.StringIO(table.stdout)))
    assert len(rows) == sum(len(item["evidence"]) for item in answer["items"])
    first, statement = answer["items"][0], answer["items"][0]["evidence"][0]
    assert (rows[0]["id"], rows[0]["supplier.name"], rows[0]["item"]) == (
        first["id"],
        first["supplier"]["name"],
        first["item"],
    )
    assert rows[0]["evidence.quote"] == statement["quote"] and rows[0]["evidence.start"] == str(statement["start"])
    assert {"quantity.min", "time.start", "evidence.source.url", "evidence.attributed_to"} <= set(rows[0])
    both = run("transfers", "--csv", "--json", store=store)
    assert both.returncode == 2 and "choose one" in both.stderr


def test_a_store_held_by_another_process_gets_a_clear_message(tmp_path: Path, embedded_only: None) -> None:
    store = tmp_path / "held"
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            (
                "import sys, time; from graph.store import open_store; s = open_store(sys.argv[1]); "
                "print('open', flush=True); time.sleep(60)"
            ),
            str(store),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        result = run("ingest", str(EXAMPLES), store=store)
        assert result.returncode == 3
        assert "is open for writing in another process" in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
    finally:
        holder.kill()
        holder.wait()
    time.sleep(0.2)


def test_missing_store_and_paths_are_reported(tmp_path: Path, embedded_only: None) -> None:
    missing = run("stats", store=tmp_path / "nothing-here")
    assert missing.returncode == 3 and "no osintkg store" in missing.stderr
    empty = run("ingest", str(tmp_path), store=tmp_path / "s")
    assert empty.returncode == 2 and "no article files" in empty.stderr


def test_the_language_given_is_that_of_the_articles_that_declare_none(tmp_path: Path) -> None:
    folder = tmp_path / "short"
    folder.mkdir()
    (folder / "strikes.txt").write_text("Des drones Shahed frappent Odessa.", encoding="utf-8")  # alone: English
    article = {"id": "summit", "language": "en", "text": "Kim, Putin meet in Vladivostok."}
    (folder / "summit.article.json").write_text(json.dumps(article), encoding="utf-8")
    store = fresh_store(tmp_path / "store")
    result = run("ingest", str(folder), "--language", "fr", "--no-progress", store=store)
    assert result.returncode == 0, result.stderr
    languages = run("cypher", "MATCH (s:Source) RETURN s.id AS id, s.language AS language", "--json", store=store)
    assert {row["id"]: row["language"] for row in json.loads(languages.stdout)} == {"strikes": "fr", "summit": "en"}
    wrong = run("ingest", str(folder), "--language", "french", store=store)
    assert wrong.returncode == 2 and "--language 'french'" in wrong.stderr
    no_language = run("ingest", str(folder), "--language", "zz", store=store)
    assert no_language.returncode == 2 and "--language 'zz'" in no_language.stderr
