"""The ``rasid`` command line: a thin layer over the library.

Owns argument parsing and output formatting only; every command calls one library
function (pipeline, ingest jobs, store queries, exports) and prints what it returns.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TextColumn,
    TimeRemainingColumn,
)
from rich.table import Table
from rich.text import Text

from rasid.errors import InputError, RasidError
from rasid.evaluate import compare, format_report, read_records
from rasid.export.acled_csv import to_acled_csv
from rasid.export.compare import CompareOptions, compare_events, comparison_rows, read_acled_csv
from rasid.export.geojson import to_geojson
from rasid.export.jsonl import to_jsonl
from rasid.ingest.files import Rejected, read_path
from rasid.ingest.batch import BatchOptions, RunReport
from rasid.ingest.jobs import BatchReport, count_lines, estimate_total, extract_jsonl, ingest_documents, sample_documents
from rasid.ingest.jobs import ingest as run_ingest
from rasid.ingest.feeds import FeedState, WatchRound, read_feed_list
from rasid.ingest.feeds import watch as watch_feeds
from rasid.ingest.merge import merged_events
from rasid.ingest.registry import SourceRegistry
from rasid.model import result_to_json
from rasid.pipeline import Pipeline, default_pipeline
from rasid.store import EventFilter, Store

app = typer.Typer(help="rasid: Arabic and English conflict news to ACLED-style events and claims.",
                  no_args_is_help=True, add_completion=False)
err = Console(stderr=True)

DEFAULT_DB = "rasid.db"
DbOption = Annotated[str, typer.Option("--db", help="SQLite file or database URL.")]


def _date(value: Optional[str], name: str) -> Optional[dt.date]:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{name} must be YYYY-MM-DD, not {value!r}") from None


def _progress() -> Progress:
    return Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                    console=err, transient=True)


def _report(report: BatchReport) -> None:
    for rejected in report.rejected:
        err.print(f"[yellow]rejected[/yellow] {rejected.source}: {rejected.reason}")
    err.print(f"{report.processed} processed, {report.added} added, {report.unchanged} unchanged, "
              f"{report.events} events, {report.claims} claims, {len(report.rejected)} rejected")


@app.command()
def extract(
    file: Annotated[Optional[Path], typer.Argument(help="A text, HTML or JSON article.")] = None,
    published: Annotated[Optional[str], typer.Option(help="Publication date YYYY-MM-DD.")] = None,
    jsonl: Annotated[Optional[Path], typer.Option(help="JSON Lines of {doc_id, text, published?, title?, lang?}.")] = None,
    output: Annotated[Optional[Path], typer.Option(help="Where --jsonl results go (one line per document).")] = None,
    min_confidence: Annotated[float, typer.Option(
        "--min-confidence", min=0.0, max=1.0, help="Leave out events the extractor is less sure of (0-1).")] = 0.0,
) -> None:
    """Extract events and claims and print them as JSON.

    Example: rasid extract article.txt --published 2024-03-04
    """
    pipeline = Pipeline(min_confidence=min_confidence) if min_confidence else default_pipeline()
    if jsonl is not None:
        if output is None:
            raise typer.BadParameter("--jsonl needs --output")
        with _progress() as bar:
            task = bar.add_task("extracting", total=count_lines(jsonl))
            report = extract_jsonl(jsonl, output, pipeline, progress=lambda n: bar.advance(task, n))
        _report(report)
        return
    if file is None:
        raise typer.BadParameter("give a FILE or --jsonl")
    items = list(read_path(file, _date(published, "--published")))
    rejected = [i for i in items if isinstance(i, Rejected)]
    for item in rejected:
        err.print(f"[red]error[/red] {item.source}: {item.reason}")
    out = []
    for doc in (i for i in items if not isinstance(i, Rejected)):
        result = pipeline.extract(doc)
        out.append(result_to_json(result, doc.text))
    if rejected and not out:
        raise typer.Exit(1)
    print(json.dumps(out[0] if len(out) == 1 else out, ensure_ascii=False, indent=2))


@app.command()
def entities(
    file: Annotated[Path, typer.Argument(help="A text, HTML or JSON article.")],
) -> None:
    """Persons, places and organisations named in an article, lists or no lists (NER), as JSON.

    Example: rasid entities article.txt
    """
    from rasid.ner import default_recognizer  # the network loads only for this command

    items = list(read_path(file))
    for item in items:
        if isinstance(item, Rejected):
            err.print(f"[red]error[/red] {item.source}: {item.reason}")
    docs = [i for i in items if not isinstance(i, Rejected)]
    if not docs:
        raise typer.Exit(1)
    recognizer = default_recognizer()
    out = [{"doc_id": doc.doc_id, "entities": [e.to_json(doc.text) for e in recognizer.entities(doc.text)]}
           for doc in docs]
    print(json.dumps(out[0] if len(out) == 1 else out, ensure_ascii=False, indent=2))


class _RateColumn(ProgressColumn):
    """Items per second, for the ingest bar."""

    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        return Text(f"{speed:,.0f}/s" if speed else "-/s")


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files, folders (txt, html, json, jsonl, csv, Telegram "
                                                    "JSON exports) or http(s) URLs.")],
    db: DbOption = DEFAULT_DB,
    published: Annotated[Optional[str], typer.Option(help="Publication date for files without one.")] = None,
    workers: Annotated[int, typer.Option(help="Extract in this many local processes.")] = 1,
    dask: Annotated[Optional[str], typer.Option("--dask", help="Extract on a Dask cluster: scheduler ADDRESS.")] = None,
    registry: Annotated[Optional[Path], typer.Option(help="Source registry TOML (outlets, languages, notes).")] = None,
    restart: Annotated[bool, typer.Option("--restart", help="Start over instead of resuming from the checkpoint.")] = False,
    errors_to: Annotated[Optional[Path], typer.Option("--errors", help="Write the error report here (JSON Lines).")] = None,
) -> None:
    """Store and extract articles in a resumable batch; re-ingesting the same text adds nothing.

    Exact and near-duplicate texts are linked, not coded again. Ctrl-C stops cleanly;
    the same command resumes.

    Example: rasid ingest news/ --db rasid.db --workers 2
    """
    sources = SourceRegistry.load(registry) if registry else None
    options = BatchOptions(workers=workers, dask=dask, resume=not restart)
    with Store.open(db) as store, _ingest_progress() as bar:
        task = bar.add_task("ingesting", total=estimate_total(paths))
        report = run_ingest(paths, store, default_pipeline(), options, _date(published, "--published"),
                            registry=sources, progress=lambda n: bar.advance(task, n))
    _run_report(report, errors_to)
    if report.interrupted:
        raise typer.Exit(130)


def _ingest_progress() -> Progress:
    return Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), _RateColumn(),
                    TimeRemainingColumn(), console=err, transient=True)


def _run_report(report: RunReport, errors_to: Optional[Path]) -> None:
    for error in report.errors[:20]:
        err.print(f"[yellow]error[/yellow] item {error.item} {error.source}: {error.reason}", soft_wrap=True)
    if len(report.errors) > 20:
        more = "" if errors_to else " (see --errors FILE)"
        err.print(f"... and {len(report.errors) - 20} more errors{more}", soft_wrap=True)
    if errors_to is not None:
        errors_to.write_text("".join(json.dumps({"item": e.item, "source": e.source, "reason": e.reason},
                                                ensure_ascii=False) + "\n" for e in report.errors), encoding="utf-8")
    if report.resumed_from:
        earlier = report.before
        err.print(f"resumed run {report.run_id} at item {report.resumed_from}; before: {earlier.get('added', 0)} "
                  f"added, {earlier.get('errors', 0)} errors (store.batch_errors has them)", soft_wrap=True)
    err.print(f"{report.added} added, {report.unchanged + report.skipped} unchanged ({report.unchanged} already "
              f"stored, {report.skipped} done by an earlier run), {report.duplicates} near-duplicates linked, "
              f"{report.events} events, {report.claims} claims, {len(report.errors)} errors, "
              f"{report.seconds:.1f} s", soft_wrap=True)
    if report.interrupted:
        err.print("[yellow]interrupted[/yellow]: run the same command again to resume")


@app.command()
def watch(
    feeds: Annotated[Path, typer.Argument(help="A text file of RSS/Atom feed URLs, one per line.")],
    db: DbOption = DEFAULT_DB,
    interval: Annotated[float, typer.Option(help="Seconds between polls of each feed.")] = 300.0,
    workers: Annotated[int, typer.Option(help="Extract in this many local processes.")] = 1,
    registry: Annotated[Optional[Path], typer.Option(help="Source registry TOML (outlets, languages, notes).")] = None,
    rounds: Annotated[Optional[int], typer.Option(help="Stop after this many rounds (default: run until Ctrl-C).")] = None,
) -> None:
    """Poll feeds and ingest new articles (conditional GET; failing feeds back off).

    Example: rasid watch feeds.txt --interval 600 --db rasid.db
    """
    urls = read_feed_list(feeds)
    sources = SourceRegistry.load(registry) if registry else None

    def show(done: WatchRound, states: dict[str, FeedState]) -> None:
        for url, why in done.failed.items():
            err.print(f"[yellow]feed failed[/yellow] {url}: {why} (failures in a row: {states[url].failures})", soft_wrap=True)
        if done.report is not None:
            r = done.report
            err.print(f"round {done.number}: {r.added} added, {r.unchanged} already stored, "
                      f"{r.duplicates} near-duplicates, {r.events} events, {len(r.errors)} errors", soft_wrap=True)
            for error in r.errors[:10]:
                err.print(f"  [yellow]error[/yellow] {error.source}: {error.reason}", soft_wrap=True)
        else:
            err.print(f"round {done.number}: {len(done.polled)} feeds polled, nothing new", soft_wrap=True)

    with Store.open(db) as store:
        if sources is not None:
            store.upsert_outlets(o.as_dict() for o in sources.outlets)
        watch_feeds(urls, store, default_pipeline(), interval, options=BatchOptions(workers=workers),
                    registry=sources, rounds=rounds, on_round=show)


@app.command("compare")
def compare_acled(
    acled: Annotated[Path, typer.Argument(help="An ACLED export (CSV).")],
    db: DbOption = DEFAULT_DB,
    date_from: Annotated[Optional[str], typer.Option("--from", help="First date YYYY-MM-DD.")] = None,
    date_to: Annotated[Optional[str], typer.Option("--to", help="Last date YYYY-MM-DD.")] = None,
    country: Annotated[Optional[str], typer.Option(help="Only this country.")] = None,
    admin1: Annotated[Optional[str], typer.Option(help="Only this governorate.")] = None,
    admin2: Annotated[Optional[str], typer.Option(help="Only this district.")] = None,
    days: Annotated[int, typer.Option(help="Dates at most this many days apart match.")] = 1,
    km: Annotated[float, typer.Option(help="Points at most this far apart (km) match.")] = 10.0,
    format: Annotated[str, typer.Option("--format", help="table, csv or json.")] = "table",
) -> None:
    """Events that match ACLED's, that ACLED has and rasid lacks, and the reverse.

    rasid's side is the merged view (one event per incident).

    Example: rasid compare acled.csv --db rasid.db --from 2024-05-01 --to 2024-05-31 --admin1 Idlib
    """
    rows, problems = read_acled_csv(acled)
    for problem in problems[:10]:
        err.print(f"[yellow]note[/yellow] {acled}: {problem}")
    options = CompareOptions(_date(date_from, "--from"), _date(date_to, "--to"), country, admin1, admin2, days, km)
    flt = EventFilter(date_from=options.date_from, date_to=options.date_to, limit=10_000_000,
                      exclude_statuses=("rejected", "merged"))
    with Store.open(db) as store:
        ours = merged_events(store, flt)
    result = compare_events(rows, ours, options)
    table = comparison_rows(result)
    if format == "json":
        print(json.dumps({"summary": result.summary(), "rows": table}, ensure_ascii=False, indent=2, default=str))
    elif format == "csv":
        out = csv.DictWriter(sys.stdout, fieldnames=list(table[0]) if table else ["status"])
        out.writeheader()
        out.writerows(table)
    elif format == "table":
        grid = Table("status", "ACLED date", "ACLED type", "ACLED place", "rasid date", "rasid type", "rasid place")
        for row in table:
            grid.add_row(*(str(row.get(k) or "") for k in ("status", "acled_date", "acled_type", "acled_location",
                                                            "rasid_date", "rasid_type", "rasid_location")))
        Console(width=None if Console().is_terminal else 200).print(grid)
        summary = result.summary()
        err.print(f"{summary['matched']} matched, {summary['acled_only']} only in ACLED, "
                  f"{summary['rasid_only']} only in rasid")
    else:
        raise typer.BadParameter("--format is table, csv or json")


@app.command()
def events(
    db: DbOption = DEFAULT_DB,
    format: Annotated[str, typer.Option("--format", help="json, jsonl, geojson, csv (ACLED columns) or table.")] = "json",
    date_from: Annotated[Optional[str], typer.Option("--from", help="First date YYYY-MM-DD.")] = None,
    date_to: Annotated[Optional[str], typer.Option("--to", help="Last date YYYY-MM-DD.")] = None,
    admin1: Annotated[Optional[str], typer.Option(help="Governorate, e.g. 'Deir ez-Zor'.")] = None,
    event_type: Annotated[Optional[str], typer.Option("--type", help="ACLED event type.")] = None,
    actor: Annotated[Optional[str], typer.Option(help="Actor name (part of actor1, actor2 or associates).")] = None,
    limit: Annotated[int, typer.Option(help="At most this many events.")] = 1000,
    merged: Annotated[bool, typer.Option("--merged", help="One event per incident, every source listed.")] = False,
) -> None:
    """List stored events with filters.

    Example: rasid events --db rasid.db --admin1 Aleppo --from 2024-01-01 --format csv
    """
    flt = EventFilter(date_from=_date(date_from, "--from"), date_to=_date(date_to, "--to"), admin1=admin1,
                      event_type=event_type, actor=actor, limit=limit)
    with Store.open(db) as store:
        rows = merged_events(store, flt) if merged else store.events(flt)
    if format == "csv":
        sys.stdout.write(to_acled_csv(rows))
    elif format == "jsonl":
        sys.stdout.write(to_jsonl(rows))
    elif format == "geojson":
        print(json.dumps(to_geojson(rows), ensure_ascii=False))
    elif format == "table":
        _print_table(rows)
    elif format == "json":
        print(json.dumps(rows, ensure_ascii=False, indent=2, default=str))
    else:
        raise typer.BadParameter("--format is json, jsonl, geojson, csv or table")


def _print_table(rows: list[dict]) -> None:  # type: ignore[type-arg]
    table = Table("date", "type", "sub-type", "actor1", "actor2", "place", "admin1", "fatalities", "source")
    for row in rows:
        table.add_row(*(str(row.get(k) or "") for k in (
            "date", "event_type", "sub_event_type", "actor1", "actor2", "location_en", "admin1", "fatalities",
            "attribution")))
    console = Console()
    if not console.is_terminal:
        console = Console(width=200)  # piped output: do not squeeze the table into 80 columns
    console.print(table)


@app.command()
def errors(
    gold: Annotated[Path, typer.Option(help="Hand-coded JSON Lines (doc_id, events, claims).")],
    pred: Annotated[Path, typer.Option(help="rasid extract --jsonl output for the same documents.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the summary as JSON instead of the report.")] = False,
    fields: Annotated[bool, typer.Option(help="Also list matched events whose fields differ.")] = True,
) -> None:
    """Error analysis: missed and spurious events, and fields that differ, against a gold file.

    Example: rasid errors --gold dev.gold.jsonl --pred dev.pred.jsonl
    """
    try:
        report = compare(read_records(gold), read_records(pred))
    except InputError as error:
        err.print(f"[red]error[/red] {error}")
        raise typer.Exit(2) from None
    if as_json:
        print(json.dumps(report.summary(), indent=2))
    else:
        sys.stdout.write(format_report(report, fields=fields))


@app.command()
def demo(db: DbOption = DEFAULT_DB) -> None:
    """Ingest the bundled sample articles into a database and show their events.

    Example: rasid demo --db rasid.db
    """
    with Store.open(db) as store:
        report = ingest_documents(sample_documents(), store, default_pipeline())
        rows = store.events(EventFilter())
    _report(report)
    _print_table(rows)


@app.command()
def serve(
    db: DbOption = DEFAULT_DB,
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    tiles: Annotated[Optional[str], typer.Option(
        help="Optional tile server template, e.g. https://tile.example.org/{z}/{x}/{y}.png.")] = None,
    tiles_attribution: Annotated[Optional[str], typer.Option(help="Attribution shown with --tiles.")] = None,
    secure_cookies: Annotated[bool, typer.Option(help="Send the session cookie over HTTPS only.")] = False,
) -> None:
    """Run the analyst server: JSON API (docs at /api/docs) and the web UI at /.

    Example: rasid serve --db rasid.db --port 8000
    """
    from rasid.api import ServerSettings
    from rasid.api import serve as run_server

    run_server(db, host, port, ServerSettings(tiles, tiles_attribution, secure_cookies))


users_app = typer.Typer(help="Users of the analyst server (viewer, reviewer, admin).", no_args_is_help=True)
app.add_typer(users_app, name="users")


@users_app.command("add")
def users_add(
    username: Annotated[str, typer.Argument(help="Login name.")],
    role: Annotated[str, typer.Option(help="viewer, reviewer or admin.")] = "viewer",
    password: Annotated[Optional[str], typer.Option(
        help="Password (asked for when left out; reading it from the command line leaves it in shell history).")] = None,
    db: DbOption = DEFAULT_DB,
) -> None:
    """Create a user, or reset an existing user's password and role.

    Example: rasid users add amal --role reviewer --db rasid.db
    """
    from rasid.api.users import add_user

    if password is None:
        password = typer.prompt("Password", hide_input=True, confirmation_prompt=True)
    with Store.open(db) as store:
        user = add_user(store, username, password, role)
    err.print(f"user {user['username']} ({user['role']}) saved")


@users_app.command("list")
def users_list(db: DbOption = DEFAULT_DB) -> None:
    """List users and their roles.

    Example: rasid users list --db rasid.db
    """
    with Store.open(db) as store:
        for user in store.users():
            print(f"{user['username']}\t{user['role']}\t{user['created_at']}")


@users_app.command("token")
def users_token(
    username: Annotated[str, typer.Argument(help="The user the token acts as.")],
    label: Annotated[Optional[str], typer.Option(help="What the token is for.")] = None,
    db: DbOption = DEFAULT_DB,
) -> None:
    """Create an API token for scripts (printed once; send it as 'Authorization: Bearer TOKEN').

    Example: rasid users token amal --label nightly-export --db rasid.db
    """
    from rasid.api.users import new_api_token

    with Store.open(db) as store:
        print(new_api_token(store, username, label))


def main() -> None:
    try:
        app()
    except (RasidError, InputError) as error:
        err.print(f"[red]error:[/red] {error}")
        sys.exit(2)


if __name__ == "__main__":
    main()
