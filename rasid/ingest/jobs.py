"""Batch jobs: documents in, results out, bad inputs reported and skipped.

Owns ``extract_jsonl`` (a JSON Lines file of documents to a JSON Lines file of results in
the gold format), ``ingest`` (files, folders and URLs into a store through the resumable
batch runner of ``rasid.ingest.batch``), ``source_items``, ``input_fingerprint``,
``estimate_total`` and the older one-process ``ingest_paths`` / ``ingest_documents``.
All report rejected inputs instead of stopping, and take a progress callback so the CLI
can draw a bar without this module knowing about terminals.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from importlib import resources as importlib_resources
from pathlib import Path
from typing import Any

from rasid.errors import RasidError
from rasid.ingest.batch import BatchOptions, RunReport, run_batch
from rasid.ingest.fetch import Fetcher
from rasid.ingest.files import EXTENSIONS, Rejected, read_items, read_path
from rasid.ingest.registry import SourceRegistry
from rasid.ingest.sources import SourceItem
from rasid.ingest.web import is_url, read_url
from rasid.model import Document, replace, result_to_json
from rasid.pipeline import Pipeline
from rasid.store import Store

Progress = Callable[[int], None]


@dataclass
class BatchReport:
    processed: int = 0
    added: int = 0
    unchanged: int = 0
    events: int = 0
    claims: int = 0
    rejected: list[Rejected] = field(default_factory=list)


def count_lines(path: Path) -> int:
    with open(path, "rb") as handle:
        return sum(1 for line in handle if line.strip())


def extract_jsonl(docs_path: Path, out_path: Path, pipeline: Pipeline,
                  progress: Progress | None = None) -> BatchReport:
    """Run the pipeline over every document of ``docs_path``; one result line per document."""
    report = BatchReport()
    with open(out_path, "w", encoding="utf-8") as out:
        for item in read_path(docs_path):
            if isinstance(item, Rejected):
                report.rejected.append(item)
            else:
                _extract_one(item, pipeline, out, report)
            if progress:
                progress(1)
    return report


def _extract_one(doc: Document, pipeline: Pipeline, out, report: BatchReport) -> None:  # type: ignore[no-untyped-def]
    try:
        result = pipeline.extract(doc)
    except RasidError as error:
        report.rejected.append(Rejected(doc.doc_id, str(error)))
        return
    out.write(json.dumps(result_to_json(result, doc.text), ensure_ascii=False) + "\n")
    report.processed += 1
    report.events += len(result.events)
    report.claims += len(result.claims)


def ingest_documents(items: Iterable[Document | Rejected], store: Store, pipeline: Pipeline,
                     progress: Progress | None = None) -> BatchReport:
    """Store and extract each new document; a document seen before is left as it is."""
    report = BatchReport()
    for item in items:
        if progress:
            progress(1)
        if isinstance(item, Rejected):
            report.rejected.append(item)
            continue
        if store.has_document(item.content_hash):
            report.unchanged += 1
            continue
        try:
            annotated = pipeline(item)
            result = pipeline.extract_result(annotated)
            store.save_extraction(annotated, result)  # stores the document too, in one transaction
        except RasidError as error:
            report.rejected.append(Rejected(item.doc_id, str(error)))
            continue
        report.added += 1
        report.processed += 1
        report.events += len(result.events)
        report.claims += len(result.claims)
    return report


def ingest_paths(paths: Iterable[Path], store: Store, pipeline: Pipeline, published: dt.date | None = None,
                 progress: Progress | None = None) -> BatchReport:
    """Ingest files and folders (txt, html, json, jsonl) into ``store``."""
    items = (item for path in paths for item in read_path(path, published))
    return ingest_documents(items, store, pipeline, progress)


def sample_documents() -> list[Document]:
    """The sample articles bundled with rasid (written for it), with their dates."""
    folder = importlib_resources.files("rasid") / "samples"
    meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
    docs = []
    for name, info in sorted(meta.items()):
        text = (folder / name).read_text(encoding="utf-8")
        title, _, body = text.partition("\n")
        docs.append(replace(
            Document(doc_id=f"sample-{Path(name).stem}", text=body.strip() + "\n"),
            title=title.strip(), published=dt.date.fromisoformat(info["published"]), source="rasid sample",
        ))
    return docs


# --- resumable ingest of files, folders and URLs --------------------------------------


def source_items(inputs: Iterable[str | Path], published: dt.date | None = None,
                 registry: SourceRegistry | None = None,
                 fetcher: Fetcher | None = None) -> Iterator[SourceItem | Rejected]:
    """The items of files, folders (txt, html, json, jsonl, csv, Telegram exports) and URLs."""
    registry = registry or SourceRegistry()
    own = fetcher is None and any(is_url(str(i)) for i in inputs)
    fetcher = Fetcher() if own else fetcher
    try:
        for spec in inputs:
            if is_url(str(spec)):
                assert fetcher is not None
                yield read_url(str(spec), fetcher, registry, published)
            else:
                yield from read_items(Path(spec), published, registry)
    finally:
        if own and fetcher is not None:
            fetcher.close()


def input_fingerprint(inputs: Iterable[str | Path], published: dt.date | None = None) -> list[Any]:
    """What identifies a run's inputs: each URL, and each file with its size and mtime.

    A folder that gains, loses or changes a file gets a new fingerprint, so a checkpoint
    (which skips items by number) is only reused for exactly the inputs it was made for.
    """
    out: list[Any] = [{"published": published.isoformat() if published else None}]
    for spec in inputs:
        if is_url(str(spec)):
            out.append(str(spec))
            continue
        path = Path(spec).resolve()
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for file in files:
            try:
                stat = file.stat()
                out.append([str(file), stat.st_size, stat.st_mtime_ns])
            except OSError:
                out.append([str(file), None, None])
    return out


def estimate_total(inputs: Iterable[str | Path]) -> int | None:
    """About how many items the inputs hold (JSON Lines and CSV lines, one per other file)."""
    total = 0
    for spec in inputs:
        if is_url(str(spec)):
            total += 1
            continue
        path = Path(spec)
        files = [p for p in path.rglob("*") if p.is_file()] if path.is_dir() else [path]
        for file in files:
            if file.suffix.lower() in (".jsonl", ".csv") and file.is_file():
                total += count_lines(file)
            elif file.suffix.lower() in EXTENSIONS:
                total += 1
    return total or None


def ingest(inputs: list[str | Path], store: Store, pipeline: Pipeline, options: BatchOptions | None = None,
           published: dt.date | None = None, registry: SourceRegistry | None = None,
           progress: Progress | None = None, fetcher: Fetcher | None = None) -> RunReport:
    """Ingest files, folders and URLs through the resumable batch runner.

    Re-running over the same inputs resumes an unfinished run and adds nothing for a
    finished one; the same texts from other inputs add only where they were seen.
    """
    if registry is not None and registry.outlets:
        store.upsert_outlets(o.as_dict() for o in registry.outlets)
    items = source_items(inputs, published, registry, fetcher)
    return run_batch(items, store, pipeline, options, inputs=input_fingerprint(inputs, published),
                     progress=progress)

