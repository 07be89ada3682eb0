"""Bulk load and queries at scale: synthetic graphs of 10 000, 100 000 and 1 000 000 claims.

For each size: generate the graph (`benchmarks.synthetic`) and bulk-load it into a new embedded
store, timing the load apart from the generation; then, in a fresh process that only serves
(`python -m benchmarks.scale serve STORE WORKLOAD`), time the API's main questions through the real
app, in-process, and report p50/p95 and that process's peak resident memory; then, for each question,
the first requests to the store just opened again, its files dropped from the page cache first
(`posix_fadvise`), as after a restart on a machine whose memory went to other work (embedded store):

- transfers between two actors: pairs drawn in proportion to their claims (busy pairs come often);
- one actor's transfers: `/transfers?supplier=` and `?recipient=` of the same actors as the entities;
- the newest transfers: `/transfers` without a filter, pages drawn among the first 20;
- the transfers of one filter the web page offers, alone: an item, a modality (pages drawn among the
  first 5), at least 2 or 3 origins, a period (from a day, up to a day, or both); and two of them together
  (an item, a modality, a period, one actor);
- a claim's provenance: `/claims/{id}` of claims drawn at random;
- an entity's timeline: `/entities/{id}` of the busiest actors and of others drawn at random;
- `/ask`: "What did <supplier> send to <recipient>?" and its French form, for drawn state pairs;
- the web pages of the same entities and claims (`/ui/entities/{id}`: its claims, timeline and
  busiest flows drawn; `/ui/claims/{id}`: the audit), and the home page (the newest transfers).

`OSINTKG_BENCH_SCALES=10000,100000` runs fewer sizes. `python -m benchmarks scale --store neo4j` runs
every size on the embedded store and on Neo4j (a throwaway Neo4j 5 per size, `tools/neo4j_test_server.py`,
loaded through its Bolt connection in batches), side by side in the same rows.
"""

from __future__ import annotations

import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from api.settings import Settings
from graph.store import Store
from graph.store.bulk import Bulk

SCALES = (10_000, 100_000, 1_000_000)
REQUESTS = 40  # per question, after a few to warm up
WARM_UP = 5
COLD_REQUESTS = 10  # per question, on a store just opened, its files dropped from the page cache
SEED = 7


class Timed:
    """Wraps the generator's parts and adds up the time spent making them."""

    def __init__(self, parts: Iterator[Bulk]) -> None:
        self.parts, self.seconds = parts, 0.0

    def __iter__(self) -> Iterator[Bulk]:
        while True:
            start = time.perf_counter()
            part = next(self.parts, None)
            self.seconds += time.perf_counter() - start
            if part is None:
                return
            yield part


def open_target(settings: dict[str, str], *, read_only: bool = False) -> Store:
    """The store `settings` name (`Settings` fields: an embedded store's directory, or Neo4j's URI)."""
    return Settings(**settings).open_store(read_only=read_only)  # type: ignore[arg-type]


def build(claims: int, settings: dict[str, str]) -> tuple[float, float]:
    """Generate and bulk-load a graph; (seconds generating, seconds loading)."""
    from benchmarks.synthetic import generate_parts

    parts = Timed(generate_parts(claims, SEED))
    start = time.perf_counter()
    with open_target(settings) as store:
        store.writer().bulk_load(parts)
    return parts.seconds, time.perf_counter() - start - parts.seconds


def workload(settings: dict[str, str]) -> dict[str, list[str]]:
    """The requests to time, drawn once from the loaded graph."""
    rng = random.Random(SEED)
    with open_target(settings, read_only=True) as store:
        read = store.view().read
        flows = read("MATCH (f:Flow)<-[i:IN_FLOW]-() RETURN f.supplier AS s, f.recipient AS r, count(*) AS n")
        claims = [row["id"] for row in read("MATCH (c:Claim) RETURN c.id AS id")]
        items = sorted(
            row["item"] for row in read("MATCH (f:FacetMonth {facet: 'item'}) RETURN DISTINCT f.value AS item")
        )
    flows.sort(key=lambda f: (-f["n"], f["s"], f["r"]))
    pairs = rng.choices([(f["s"], f["r"]) for f in flows], weights=[f["n"] for f in flows], k=REQUESTS)
    actors = [f["s"] for f in flows[:5]] + rng.sample(sorted({f["r"] for f in flows}), 5)
    state_pairs = rng.choices(*known_state_flows(flows), k=REQUESTS)
    return {
        "transfers between two actors": [f"/transfers?supplier={s}&recipient={r}" for s, r in pairs],
        "a claim's provenance": [f"/claims/{c}" for c in rng.sample(claims, REQUESTS)],
        "an entity's timeline": [f"/entities/{a}" for a in actors] * (REQUESTS // len(actors)),
        "one actor's transfers": [f"/transfers?{side}={a}" for a in actors for side in ("supplier", "recipient")]
        * (REQUESTS // (2 * len(actors))),
        "the newest transfers": [f"/transfers?offset={50 * rng.randrange(20)}" for _ in range(REQUESTS)],
        "one item's transfers": [f"/transfers?item={rng.choice(items)}&{page(rng)}" for _ in range(REQUESTS)],
        "one modality's transfers": [
            f"/transfers?modality={rng.choice(MODALITIES)}&{page(rng)}" for _ in range(REQUESTS)
        ],
        "transfers of at least n origins": [f"/transfers?min_origins={rng.choice((2, 3))}" for _ in range(REQUESTS)],
        "transfers in a period": [f"/transfers?{period(rng)}&{page(rng)}" for _ in range(REQUESTS)],
        "transfers of two filters": [two_filters(rng, items, actors) for _ in range(REQUESTS)],
        "/ask": [question(s, r, n) for n, (s, r) in enumerate(state_pairs)],
        "an entity's page": [f"/ui/entities/{a}" for a in actors] * (REQUESTS // len(actors)),
        "a claim's page": [f"/ui/claims/{c}" for c in rng.sample(claims, REQUESTS)],
        "the home page": ["/ui/"] * REQUESTS,
    }


MODALITIES = ("asserted", "reported", "speculative", "denied")


def page(rng: random.Random) -> str:
    return f"offset={50 * rng.randrange(5)}"


def period(rng: random.Random) -> str:
    """A period of the synthetic graph's years: from a day, up to a day, or both."""
    since, until = f"{rng.randrange(2015, 2026)}-{rng.randrange(1, 13):02d}-15", f"{rng.randrange(2015, 2026)}-06-30"
    return [f"since={since}", f"until={until}", f"since={min(since, until)}&until={max(since, until)}"][
        rng.randrange(3)
    ]


def two_filters(rng: random.Random, items: list[str], actors: list[str]) -> str:
    """Two of the web page's filters together: an item, a modality, a period, an actor."""
    item, modality, actor = f"item={rng.choice(items)}", f"modality={rng.choice(MODALITIES)}", rng.choice(actors)
    pairs = [(item, period(rng)), (modality, period(rng)), (item, modality), (f"supplier={actor}", item)]
    pairs += [(f"recipient={actor}", modality), (f"supplier={actor}", period(rng))]
    return "/transfers?" + "&".join(pairs[rng.randrange(len(pairs))])


def known_state_flows(flows: list[dict[str, Any]]) -> tuple[list[tuple[str, str]], list[int]]:
    """Flows between states the extractors' gazetteer names (a question names states in words), with
    their claim counts as weights."""
    from extractors.gazetteer import gazetteer

    known = {entry.id: entry.name for entry in gazetteer().entries.values() if entry.kind == "country"}
    chosen = [f for f in flows if f["s"] in known and f["r"] in known]
    return [(known[f["s"]], known[f["r"]]) for f in chosen], [f["n"] for f in chosen]


def question(supplier: str, recipient: str, n: int) -> str:
    from urllib.parse import quote

    text = f"What did {supplier} send to {recipient}?" if n % 2 else f"Qu'a livré {supplier} à {recipient} ?"
    return "/ask?q=" + quote(text)


def serve(settings_file: str, workload_file: str) -> None:
    """In a fresh process: time every request of the workload through the app; print JSON."""
    from fastapi.testclient import TestClient

    from api.app import create_app

    requests = json.loads(Path(workload_file).read_text())
    settings = Settings(**json.loads(Path(settings_file).read_text()))
    results: dict[str, Any] = {}
    with TestClient(create_app(settings)) as client:
        for name, urls in requests.items():
            for url in urls[:WARM_UP]:
                client.get(url)
            results[name] = percentiles([timed(client, url) for url in urls])
        results["peak MiB"] = peak_resident_mib()
    if settings.store and not settings.neo4j_uri:
        for name, urls in requests.items():
            results[f"{name}, cold"] = cold(settings, urls[:COLD_REQUESTS])
    print(json.dumps(results))


def cold(settings: Settings, urls: list[str]) -> list[float]:
    """p50/p95 of the first requests to a store just opened, its files dropped from the page cache."""
    from fastapi.testclient import TestClient

    from api.app import create_app

    drop_from_page_cache(Path(str(settings.store)))
    with TestClient(create_app(settings)) as client:
        times = [timed(client, url) for url in urls]
    return percentiles(times)


def timed(client: Any, url: str) -> float:
    start = time.perf_counter()
    response = client.get(url)
    seconds = time.perf_counter() - start
    if response.status_code != 200:
        raise SystemExit(f"{url}: HTTP {response.status_code} {response.text[:200]}")
    return seconds


def percentiles(times: list[float]) -> list[float]:
    times = sorted(times)
    return [statistics.median(times), times[max(0, int(len(times) * 0.95) - 1)]]


def drop_from_page_cache(store: Path) -> None:
    """Ask the kernel to forget the store's files' cached pages (`posix_fadvise` DONTNEED: clean pages go,
    no privilege needed), so that the next reads come from the disk."""
    for path in [store, *store.rglob("*")] if store.is_dir() else [store, *store.parent.glob(store.name + "*")]:
        if path.is_file():
            descriptor = os.open(path, os.O_RDONLY)
            try:
                os.posix_fadvise(descriptor, 0, 0, os.POSIX_FADV_DONTNEED)
            finally:
                os.close(descriptor)


def peak_resident_mib() -> float:
    """This process's peak resident memory since it started (VmHWM: unlike `ru_maxrss`, it does not
    count the memory of the parent it was forked from)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


@contextmanager
def target_store(kind: str, folder: Path) -> Iterator[dict[str, str]]:
    """The settings of a new, empty store of `kind`: an embedded one in `folder`, or a throwaway Neo4j."""
    if kind == "embedded":
        yield {"store": str(folder)}
        return
    from tools.neo4j_test_server import running

    with running() as server:
        yield {"neo4j_uri": server.uri, "neo4j_user": server.user, "neo4j_password": server.password}


def measure_on(claims: int, kind: str) -> dict[str, Any]:
    """Load time and the served questions' p50/p95 (seconds), on one kind of store."""
    with tempfile.TemporaryDirectory(prefix="osintkg-scale-") as folder:
        tmp = Path(folder)
        with target_store(kind, tmp / "store") as settings:
            return _measure_in(claims, kind, tmp, settings)


def _measure_in(claims: int, kind: str, tmp: Path, settings: dict[str, str]) -> dict[str, Any]:
    generating, loading = build(claims, settings)
    requests, settings_file = tmp / "workload.json", tmp / "settings.json"
    requests.write_text(json.dumps(workload(settings)))
    settings_file.write_text(json.dumps(settings))
    command = [sys.executable, "-m", "benchmarks.scale", "serve", str(settings_file), str(requests)]
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode:
        raise RuntimeError(f"serving {claims} claims on {kind} failed: {done.stderr[-1000:]}")
    return {"load": loading, "generating": generating, **json.loads(done.stdout)}


def measure(claims: int) -> list[tuple[str, str, str]]:
    """One size's rows; with several stores, each row gives every store's figure side by side."""
    found = {kind: measure_on(claims, kind) for kind in stores()}

    def each(figure: Callable[[dict[str, Any]], str]) -> str:
        return " | ".join(f"{kind}: {figure(m)}" if len(found) > 1 else figure(m) for kind, m in found.items())

    rows = [(f"{claims:,} claims: bulk load", each(lambda m: f"{m['load']:.1f} s"), LOAD_TARGET.get(claims, ""))]
    for name in QUESTIONS:
        timing = each(lambda m, name=name: f"{m[name][0] * 1000:.1f} / {m[name][1] * 1000:.1f} ms")
        rows.append((f"  {name} (p50 / p95)", timing, target(name, claims)))
    for name in QUESTIONS:
        timing = each(lambda m, name=f"{name}, cold": milliseconds(m.get(name)))
        rows.append((f"  {name}, first {COLD_REQUESTS} requests cold (p50 / p95)", timing, cold_target(claims)))
    rows.append(("  peak memory serving (Python)", each(lambda m: f"{m['peak MiB']:.0f} MiB"), ""))
    generating = next(iter(found.values()))["generating"]
    rows.append(("  (generating the graph)", f"{generating:.1f} s, not counted in the load", ""))
    return rows


QUESTIONS = (
    "transfers between two actors",
    "a claim's provenance",
    "an entity's timeline",
    "one actor's transfers",
    "the newest transfers",
    "one item's transfers",
    "one modality's transfers",
    "transfers of at least n origins",
    "transfers in a period",
    "transfers of two filters",
    "/ask",
    "an entity's page",
    "a claim's page",
    "the home page",
)


LOAD_TARGET = {1_000_000: "target < 300 s"}


def milliseconds(p50_p95: list[float] | None) -> str:
    return f"{p50_p95[0] * 1000:.1f} / {p50_p95[1] * 1000:.1f} ms" if p50_p95 else "not measured (Neo4j)"


def cold_target(claims: int) -> str:
    return "target p95 < 200 ms" if claims == 1_000_000 else ""


def target(name: str, claims: int) -> str:
    if claims == 1_000_000:
        return "target p95 < 50 ms"
    if claims == 100_000 and name in ("transfers between two actors", "a claim's provenance", "/ask"):
        return "target p95 < 100 ms"
    return ""


def stores() -> list[str]:
    """The stores to measure: the embedded one, and Neo4j beside it with `--store neo4j`
    (`OSINTKG_BENCH_STORES=embedded,neo4j`)."""
    return os.environ.get("OSINTKG_BENCH_STORES", "embedded").split(",")


def scales() -> list[int]:
    chosen = os.environ.get("OSINTKG_BENCH_SCALES")
    return [int(n) for n in chosen.split(",")] if chosen else list(SCALES)


def run() -> list[tuple[str, str, str]]:
    return [row for claims in scales() for row in measure(claims)]


if __name__ == "__main__":
    if sys.argv[1:2] == ["serve"]:
        serve(sys.argv[2], sys.argv[3])
