"""The `osintkg` command line: ingest articles, query and export the graph.

Errors end with a one-line message on stderr and a non-zero exit code, never a traceback.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, cast

import click
import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from api.errors import answer
from api.ingest import IngestReport, ingest_paths
from api.settings import Settings, load_settings
from extractors.documents import find_articles
from graph.errors import BadInputError, OsintkgError
from graph.model import check_language
from graph.store import Store

if TYPE_CHECKING:
    from graph.reads import Transfer

app = typer.Typer(
    help="osintkg: a provenance knowledge graph of who supplied what to whom.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
export_app = typer.Typer(help="Export the graph.", no_args_is_help=True)


def _print_version(wanted: bool) -> None:
    if wanted:
        from importlib.metadata import version

        from extractors.version import data_version

        out.print(f"osintkg {version('osintkg')} (extraction data {data_version()})", highlight=False)
        raise typer.Exit()


@app.callback()
def _options(
    show_version: Annotated[
        bool,
        typer.Option("--version", callback=_print_version, is_eager=True, help="print the version and exit"),
    ] = False,
) -> None:
    """osintkg: a provenance knowledge graph of who supplied what to whom."""


app.add_typer(export_app, name="export")
out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)

StoreOption = Annotated[
    Path | None,
    typer.Option("--store", help="data directory of the embedded store [env: OSINTKG_STORE]", show_default=False),
]
# The filters of GET /transfers, which `transfers`, `network` and the exports share.
SupplierOption = Annotated[str | None, typer.Option(help="supplier: id, name or alias (KP, Pyongyang)")]
RecipientOption = Annotated[str | None, typer.Option(help="recipient: id, name or alias (RU, la Russie)")]
ItemOption = Annotated[str | None, typer.Option(help="item category (artillery_ammunition, drones, ...)")]
SinceOption = Annotated[str | None, typer.Option(help="from this date: 2023, 2023-08 or 2023-08-26")]
UntilOption = Annotated[str | None, typer.Option(help="up to this date, the same way")]


@app.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="article files (.article.json, .txt, .html) or folders")],
    store: StoreOption = None,
    progress: Annotated[bool, typer.Option(help="show a progress bar")] = True,
    workers: Annotated[
        int | None,
        typer.Option(min=1, max=64, help="extraction processes [env: OSINTKG_INGEST_WORKERS; default: one per core]"),
    ] = None,
    language: Annotated[
        str | None,
        typer.Option(help="language (en, fr) of the articles that do not declare one [default: detected]"),
    ] = None,
    published: Annotated[
        str | None, typer.Option(help="publication date (2025-06-02, 2025-06) of the articles that declare none")
    ] = None,
    url: Annotated[str | None, typer.Option(help="the article's web address (one article only)")] = None,
    title: Annotated[str | None, typer.Option(help="the article's title (one article only)")] = None,
) -> None:
    """Ingest articles: each one is written whole or not at all; the same text twice changes nothing. A
    .txt or .html file may have its metadata beside it in NAME.meta.json (see the README)."""
    try:
        check_language(language)
    except ValueError:
        raise BadInputError(f"--language {language!r}: expected an ISO 639-1 code such as en or fr") from None
    settings = load_settings(store=store, ingest_workers=workers)
    files = list(find_articles(paths))
    if not files:
        raise BadInputError(f"no article files in {', '.join(map(str, paths))}")
    given = _given(files, language=language, published=published, url=url, title=title)
    with settings.open_store() as graph:
        report = _run_ingest(graph, files, settings, progress and len(files) > 1, given)
    _print_report(report)
    if report.refused:
        raise typer.Exit(answer(BadInputError).exit_code)


ONE_ARTICLE = ("url", "title")  # metadata that names one article, not a folder's


def _given(files: list[Path], **given: str | None) -> dict[str, str]:
    """The metadata given on the command line, checked before anything is read."""
    from pydantic import ValidationError

    from extractors.documents import Document

    if (given["url"] or given["title"]) and len(files) > 1:
        raise BadInputError(
            f"--url and --title name one article, not {len(files)}: give each file its NAME.meta.json instead"
        )
    values = {name: value for name, value in given.items() if value is not None}
    try:
        Document.model_validate({"id": "given", "text": "given", **values})
    except ValidationError as error:
        problem = error.errors()[0]
        name = str(problem["loc"][0])
        raise BadInputError(f"--{name} {values[name]!r}: {problem['msg']}") from None
    return values


def _run_ingest(graph: Store, files: list[Path], settings: Settings, show: bool, given: dict[str, str]) -> IngestReport:
    """The ingest, with a progress bar when `show`. Of the metadata `given`, the language and the date are
    for the articles that declare none; a url and a title, given for one article, are its own."""
    imposed: dict[str, str] = {name: given[name] for name in ONE_ARTICLE if name in given}
    declared = {name: given.get(name) for name in ("language", "published")}
    max_bytes, workers = settings.max_article_bytes, settings.workers_for(len(files))
    if not show:
        return ingest_paths(graph, files, max_bytes=max_bytes, workers=workers, declared=declared, imposed=imposed)
    err.print(f"loading the language models, then ingesting {len(files)} files", highlight=False)
    columns = (TextColumn("ingesting"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(*columns, console=err, transient=True) as bar:
        task = bar.add_task("ingest", total=len(files))
        advance = lambda _: bar.advance(task)  # noqa: E731
        return ingest_paths(
            graph, files, max_bytes=max_bytes, workers=workers, on_file=advance, declared=declared, imposed=imposed
        )


def _print_report(report: IngestReport) -> None:
    for path, message in report.refused:
        err.print(f"refused {path}: {message}", markup=False, highlight=False)
    for source_id, warning in report.warnings:
        err.print(f"warning {source_id}: {warning}", markup=False, highlight=False)
    out.print(
        f"{len(report.added)} added, {len(report.unchanged)} unchanged, {len(report.refused)} refused; "
        f"{report.claims} claims, {report.evidence} pieces of evidence",
        highlight=False,
    )


@export_app.command("claims")
def export_claims(
    out_dir: Annotated[Path, typer.Option("--out", help="folder to write NAME.claims.json files into")],
    format: Annotated[str, typer.Option("--format", help="export format: eval")] = "eval",
    store: StoreOption = None,
) -> None:
    """Export claims, one NAME.claims.json per article, in the format of the evaluation scorer."""
    from graph.export.eval import export_article, file_name

    if format != "eval":
        raise BadInputError(f"unknown export format {format!r} (known: eval)")
    settings = load_settings(store=store)
    out_dir.mkdir(parents=True, exist_ok=True)
    with settings.open_store(read_only=True) as graph:
        view = graph.view()
        sources = view.sources()
        for row in sources:
            document = export_article(view, row["id"])
            path = out_dir / file_name(row["id"])
            path.write_text(json.dumps(document, ensure_ascii=False, indent=1), encoding="utf-8")
    out.print(f"{len(sources)} articles exported to {out_dir}", highlight=False)


def _export_command(name: str) -> None:
    """`osintkg export NAME`: the claims (or the transfers the filters keep) in one format, to a file."""
    from graph.export.formats import FORMATS

    fmt = FORMATS[name]
    syntaxes = ", ".join(s.name for s in fmt.syntaxes)

    # --format's help names this format's syntaxes: an option built here, as a default, since annotations
    # are read later, where this function's names are out of reach; the other options are the module's.
    def export(
        out_file: Annotated[Path, typer.Option("--out", help="file to write (whole, or not at all)")],
        syntax: str | None = typer.Option(None, "--format", help=f"{syntaxes} [default: {fmt.syntaxes[0].name}]"),
        supplier: SupplierOption = None,
        recipient: RecipientOption = None,
        item: ItemOption = None,
        since: SinceOption = None,
        until: UntilOption = None,
        store: StoreOption = None,
    ) -> None:
        from api.exports import write_file
        from api.filters import transfer_filter

        chosen = fmt.syntax(syntax)
        if out_file.is_dir():
            raise BadInputError(f"--out {out_file}: is a folder; give a file name such as osintkg{chosen.suffix}")
        settings = load_settings(store=store)
        with settings.open_store(read_only=True) as graph:
            view = graph.view()
            wanted = transfer_filter(view, supplier=supplier, recipient=recipient, item=item, since=since, until=until)
            claims = write_file(graph, chosen, wanted, out_file)
        out.print(f"{claims} claims exported to {out_file} ({fmt.name}, {chosen.name})", highlight=False)

    export.__doc__ = f"Export {fmt.description}. Without filters every claim; with one, the transfers it keeps."
    export_app.command(name)(export)


for _name in ("rdf", "ftm", "stix", "gexf", "graphml"):
    _export_command(_name)


@app.command()
def cypher(
    query: Annotated[str, typer.Argument(help="a read-only Cypher query")],
    param: Annotated[list[str] | None, typer.Option("--param", "-p", help="NAME=VALUE (JSON or text)")] = None,
    limit: Annotated[int | None, typer.Option(help="most rows to return")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="print JSON rows")] = False,
    store: StoreOption = None,
) -> None:
    """Run a read-only Cypher query (a query that would write is refused)."""
    settings = load_settings(store=store)
    with settings.open_store(read_only=True) as graph:
        result = graph.view().query(
            query, _params(param or []), limit=limit or settings.query_row_limit, timeout_ms=settings.query_timeout_ms
        )
    if as_json:
        out.print_json(data=[dict(zip(result["columns"], row, strict=True)) for row in result["rows"]])
        return
    table = Table(*result["columns"]) if result["columns"] else Table("(no rows)")
    for row in result["rows"]:
        table.add_row(*[_cell(v) for v in row])
    out.print(table)
    if result["truncated"]:
        err.print(f"(cut at {limit or settings.query_row_limit} rows)")


def _params(pairs: list[str]) -> dict[str, Any]:
    params: dict[str, Any] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.isidentifier():
            raise BadInputError(f"--param {pair!r}: expected NAME=VALUE")
        try:
            params[name] = json.loads(value)
        except json.JSONDecodeError:
            params[name] = value
    return params


def _cell(value: Any) -> str:
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, default=str)


@app.command()
def transfers(
    supplier: SupplierOption = None,
    recipient: RecipientOption = None,
    item: ItemOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    modality: Annotated[str | None, typer.Option(help="asserted, reported, speculative or denied")] = None,
    min_origins: Annotated[int, typer.Option(help="least independent origins (cited sources, or outlets)")] = 0,
    limit: Annotated[int, typer.Option(min=1, max=500, help="transfers on this page")] = 50,
    offset: Annotated[int, typer.Option(min=0, help="transfers skipped before it")] = 0,
    as_json: Annotated[bool, typer.Option("--json", help="print the API's JSON (GET /transfers)")] = False,
    as_csv: Annotated[bool, typer.Option("--csv", help="print the API's items as CSV, a row per statement")] = False,
    store: StoreOption = None,
) -> None:
    """Who supplied what to whom, when, and on whose evidence: newest first, a page at a time, with the
    filters of GET /transfers."""
    from api.filters import transfer_filter
    from api.schemas import page_out
    from api.tables import as_csv as csv_text
    from api.tables import transfer_rows

    if as_json and as_csv:
        raise BadInputError("--json and --csv: choose one")
    settings = load_settings(store=store)
    with settings.open_store(read_only=True) as graph:
        filters = {"supplier": supplier, "recipient": recipient, "item": item, "since": since, "until": until}
        wanted = transfer_filter(graph.view(), **filters, modality=modality, min_origins=min_origins)
        page = graph.view().transfers_page(wanted, limit=limit, offset=offset)
    if as_json or as_csv:
        answer = page_out(page).model_dump(mode="json")
        if as_json:
            out.print_json(data=answer)
        else:
            sys.stdout.write(csv_text(list(transfer_rows(answer["items"]))))
        return
    for transfer in page.items:
        out.print(describe_transfer(transfer), highlight=False)
        for ev in transfer.evidence:
            cited = ", ".join(s.name for s in ev.attributed_to) or "the article itself"
            out.print(f'    [{ev.modality}] "{ev.quote.strip()}"', markup=False, highlight=False)
            source = ev.source
            out.print(
                f"        {source.title or source.id} ({source.publisher or 'unknown publisher'}, "
                f"{source.published or 'undated'}); on the word of: {cited}",
                markup=False,
                highlight=False,
            )
    _print_page_footer(page.total, len(page.items), offset)


def _print_page_footer(total: int, shown: int, offset: int) -> None:
    if not total:
        out.print("no transfer found")
    elif offset + shown < total:
        out.print(f"{offset + 1}-{offset + shown} of {total}; the next page: --offset {offset + shown}")


def describe_transfer(transfer: Transfer) -> str:
    """One line: "North Korea -> Russia: artillery_ammunition, 4,000,000 to 5,000,000 shell, 2023-08..", for
    people."""
    values = transfer.qualifiers
    parts = [values["item"]]
    quantity, time = values["quantity"], values["time"]
    if quantity is not None:
        parts.append(quantity.phrase())
    if time is not None:
        parts.append(f"{time.start or ''}..{time.end or ''}")
    status = values["status"] if values["status"] == "pledged" else None
    parts += [w for w in (values["trend"], status) if w]
    return f"{transfer.supplier.name} -> {transfer.recipient.name}: " + ", ".join(parts)


@app.command()
def network(
    supplier: SupplierOption = None,
    recipient: RecipientOption = None,
    item: ItemOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    path_from: Annotated[str | None, typer.Option("--from", help="the route of supply from this actor ...")] = None,
    path_to: Annotated[str | None, typer.Option("--to", help="... to this one")] = None,
    top: Annotated[int, typer.Option(min=1, max=100, help="entries of each ranking")] = 10,
    rank: Annotated[str, typer.Option(help="rank suppliers and recipients by claims or by origins")] = "claims",
    as_json: Annotated[bool, typer.Option("--json", help="print the API's JSON (GET /network)")] = False,
    store: StoreOption = None,
) -> None:
    """The supply network: suppliers and recipients ranked, brokers, a route, and the change year by year,
    each figure with the claims behind it (GET /network)."""
    from api.exports import route_ends
    from api.filters import transfer_filter
    from api.schemas import NetworkOut
    from graph.analytics import RANKINGS, Rank, analyse
    from graph.export.dataset import chunks

    if rank not in RANKINGS:
        raise BadInputError(f"--rank {rank!r}: rank by {' or '.join(RANKINGS)}")
    settings = load_settings(store=store)
    with settings.open_store(read_only=True) as graph:
        view = graph.view()
        wanted = transfer_filter(view, supplier=supplier, recipient=recipient, item=item, since=since, until=until)
        route = route_ends(view, {"--from": path_from, "--to": path_to})
        ranked = cast("Rank", rank)  # one of RANKINGS
        report = NetworkOut.model_validate(analyse(chunks(graph, wanted), path=route, top=top, rank=ranked))
    if as_json:
        out.print_json(data=report.model_dump(mode="json"))
        return
    _print_network(report)


def _print_network(report: Any) -> None:
    out.print(f"{report.claims} transfer claims (those wholly denied left out)", highlight=False)
    for title, ranked in (("suppliers", report.suppliers), ("recipients", report.recipients)):
        table = Table(title, "claims", "independent origins", title=f"top {title}")
        for row in ranked:
            table.add_row(f"{row.entity.name} ({row.entity.id})", str(row.claims), str(row.origins))
        out.print(table)
    brokers = Table("broker", "kind", "betweenness", "claims through it", title="brokers")
    for row in report.brokers:
        brokers.add_row(row.entity.name, row.entity.kind, f"{row.betweenness:.3f}", str(len(row.claim_ids)))
    out.print(brokers)
    if report.path is not None:
        hops = [f"{hop.source.name} -> {hop.target.name} ({len(hop.claim_ids)} claims)" for hop in report.path]
        out.print("route: " + ("; ".join(hops) if hops else "none in these claims"), highlight=False)
    for year in report.years:
        began = ", ".join(f"{f.supplier.id}>{f.recipient.id}" for f in year.began) or "none"
        stopped = ", ".join(f"{f.supplier.id}>{f.recipient.id}" for f in year.stopped) or "none"
        trends = ", ".join(f"{t.supplier.id}>{t.recipient.id} {t.trend}" for t in year.trends)
        line = f"{year.year}: {year.flows} flows; began {began}; stopped {stopped}"
        out.print(line + (f"; trends {trends}" if trends else ""), highlight=False)


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="interface to listen on")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="port to listen on")] = 8000,
    store: StoreOption = None,
) -> None:
    """Serve the HTTP API (OpenAPI at /docs) on the configured store."""
    import uvicorn

    from api.app import create_app

    settings = load_settings(store=store)
    uvicorn.run(create_app(settings), host=host, port=port, log_level="info")


@app.command()
def stats(
    as_json: Annotated[bool, typer.Option("--json", help="print JSON")] = False,
    store: StoreOption = None,
) -> None:
    """Counts of sources, entities, claims and evidence in the store."""
    settings = load_settings(store=store)
    with settings.open_store(read_only=True) as graph:
        counts = graph.view().stats()
    if as_json:
        out.print_json(data=counts)
        return
    table = Table("what", "count", title=f"{counts['store']} store at {counts['location']}")
    for label, n in counts["nodes"].items():
        table.add_row(label, str(n))
    for kind, n in counts["claims_by_kind"].items():
        table.add_row(f"  {kind} claims", str(n))
    out.print(table)


INTERRUPTED = 130


def _usage_error(error: Exception) -> int:
    """A usage error in one line naming the command, and its exit code (2). A command given nothing has
    shown its help already, and ends with the same code."""
    message = str(getattr(error, "format_message", lambda: str(error))()).strip()
    context = getattr(error, "ctx", None)
    command = getattr(context, "command_path", None) or "osintkg"
    if message and "\n" not in message:
        err.print(f"{command}: error: {message} (see {command} --help)", markup=False, highlight=False)
    return int(getattr(error, "exit_code", 2))


def main() -> None:
    """Entry point: run the command, turning every error into one line and an exit code."""
    try:
        code = app(standalone_mode=False)
    except OsintkgError as error:
        err.print(f"osintkg: error: {error}", markup=False, highlight=False)
        sys.exit(answer(error).exit_code)
    except (click.ClickException, typer.TyperException) as error:  # typer's own copy of click, or click
        sys.exit(_usage_error(error))
    except (click.exceptions.Abort, typer.Abort):
        code = INTERRUPTED
    except Exception as error:  # a bug: still one line, with what it was
        err.print(f"osintkg: unexpected error: {type(error).__name__}: {error}", markup=False, highlight=False)
        sys.exit(1)
    if code == INTERRUPTED:  # Ctrl-C (typer turns it into this exit code)
        err.print(
            "osintkg: interrupted; every article already written is whole, the others were not written "
            "(ingesting the same files again skips what landed)"
        )
    sys.exit(code if isinstance(code, int) else 0)


if __name__ == "__main__":
    main()
