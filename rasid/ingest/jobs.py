"""Batch jobs: documents in, results out, bad inputs reported and skipped.

Owns ``extract_jsonl`` (a JSON Lines file of documents to a JSON Lines file of results in
the gold format) and ``ingest_paths`` (files and folders into a store, idempotent by
content hash). Both report rejected inputs instead of stopping, and take a progress
callback so the CLI can draw a bar without this module knowing about terminals.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from importlib import resources as importlib_resources
from pathlib import Path

from rasid.errors import RasidError
from rasid.ingest.files import Rejected, read_path
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
            store.add_document(annotated)
            store.save_extraction(annotated, result)
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
