"""Coding one article on request: run the pipeline stage by stage and store the result.

Owns: ``code_document`` (used by the paste / upload routes) and the lock that runs one
extraction at a time, so the pipeline's resources load once and the SQLite writer is
not contended by parallel requests.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass

from rasid.errors import EmptyDocumentError
from rasid.model import Document
from rasid.pipeline import Pipeline
from rasid.store import Store

__all__ = ["StageReport", "code_document", "recode_document"]

_ONE_AT_A_TIME = threading.Lock()


@dataclass(frozen=True)
class StageReport:
    """What a stage left on the document, for the "watch it coded" view."""

    name: str
    milliseconds: float
    sentences: int
    mentions: int
    claims: int
    events: int


def _run_stages(doc: Document, pipeline: Pipeline) -> tuple[Document, list[StageReport]]:
    reports = []
    for stage in pipeline.stages:
        started = time.perf_counter()
        doc = stage.function(doc, pipeline.resources)
        reports.append(StageReport(stage.name, round((time.perf_counter() - started) * 1000, 2),
                                   len(doc.sentences), len(doc.mentions), len(doc.claims), len(doc.events)))
    return doc, reports


def code_document(store: Store, doc: Document, pipeline: Pipeline) -> tuple[str, bool, list[StageReport]]:
    """Store and extract a new article; (doc_id, added?, stage reports).

    A text stored before is not coded again: the stored document's doc_id comes back
    with ``added`` False and no stages.
    """
    if not doc.text.strip():
        raise EmptyDocumentError("the article has no text")
    with _ONE_AT_A_TIME:
        if store.has_document(doc.content_hash):
            pk, _ = store.add_document(doc)  # stores nothing: returns the existing row
            return store.doc_id_of(pk) or doc.doc_id, False, []
        annotated, reports = _run_stages(doc, pipeline)
        store.save_extraction(annotated, pipeline.extract_result(annotated))
        return doc.doc_id, True, reports


def recode_document(store: Store, doc: Document, pipeline: Pipeline) -> list[StageReport]:
    """Extract a stored article again; reviewed events are kept (``Store.save_extraction``)."""
    with _ONE_AT_A_TIME:
        annotated, reports = _run_stages(doc, pipeline)
        store.save_extraction(annotated, pipeline.extract_result(annotated))
        return reports
