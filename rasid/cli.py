"""The ``rasid`` command line: a thin layer over the library.

Owns argument parsing and output formatting only; every command calls one library
function (pipeline, ingest jobs, store queries, exports) and prints what it returns.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from rasid.errors import InputError, RasidError
from rasid.export.acled_csv import to_acled_csv
from rasid.ingest.files import Rejected, read_path
from rasid.ingest.jobs import BatchReport, count_lines, extract_jsonl, ingest_documents, ingest_paths, sample_documents
from rasid.model import result_to_json
from rasid.pipeline import default_pipeline
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
) -> None:
    """Extract events and claims and print them as JSON.

    Example: rasid extract article.txt --published 2024-03-04
    """
    pipeline = default_pipeline()
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
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders: txt, html, json, jsonl.")],
    db: DbOption = DEFAULT_DB,
    published: Annotated[Optional[str], typer.Option(help="Publication date for files without one.")] = None,
) -> None:
    """Store and extract articles; re-ingesting the same text adds nothing.

    Example: rasid ingest news/ --db rasid.db
    """
    with Store.open(db) as store, _progress() as bar:
        task = bar.add_task("ingesting", total=None)
        report = ingest_paths(paths, store, default_pipeline(), _date(published, "--published"),
                              progress=lambda n: bar.advance(task, n))
    _report(report)


@app.command()
def events(
    db: DbOption = DEFAULT_DB,
    format: Annotated[str, typer.Option("--format", help="json, csv (ACLED columns) or table.")] = "json",
    date_from: Annotated[Optional[str], typer.Option("--from", help="First date YYYY-MM-DD.")] = None,
    date_to: Annotated[Optional[str], typer.Option("--to", help="Last date YYYY-MM-DD.")] = None,
    admin1: Annotated[Optional[str], typer.Option(help="Governorate, e.g. 'Deir ez-Zor'.")] = None,
    event_type: Annotated[Optional[str], typer.Option("--type", help="ACLED event type.")] = None,
    actor: Annotated[Optional[str], typer.Option(help="Actor name (part of actor1, actor2 or associates).")] = None,
    limit: Annotated[int, typer.Option(help="At most this many events.")] = 1000,
) -> None:
    """List stored events with filters.

    Example: rasid events --db rasid.db --admin1 Aleppo --from 2024-01-01 --format csv
    """
    flt = EventFilter(date_from=_date(date_from, "--from"), date_to=_date(date_to, "--to"), admin1=admin1,
                      event_type=event_type, actor=actor, limit=limit)
    with Store.open(db) as store:
        rows = store.events(flt)
    if format == "csv":
        sys.stdout.write(to_acled_csv(rows))
    elif format == "table":
        _print_table(rows)
    elif format == "json":
        print(json.dumps(rows, ensure_ascii=False, indent=2, default=str))
    else:
        raise typer.BadParameter("--format is json, csv or table")


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
def demo(db: DbOption = DEFAULT_DB) -> None:
    """Ingest the bundled sample articles into a database and show their events.

    Example: rasid demo --db rasid.db
    """
    with Store.open(db) as store:
        report = ingest_documents(sample_documents(), store, default_pipeline())
        rows = store.events(EventFilter())
    _report(report)
    _print_table(rows)


def main() -> None:
    try:
        app()
    except (RasidError, InputError) as error:
        err.print(f"[red]error:[/red] {error}")
        sys.exit(2)


if __name__ == "__main__":
    main()
