"""Documents: list, read one (text, events, claims), and code new articles.

Owns the ``/api/documents``, ``/api/uploads`` and ``/api/extractions`` routes. Pasting (JSON) or uploading (a txt, html, json or
jsonl file, read by ``rasid.ingest.files``) stores the article and runs the pipeline
stage by stage, reporting what each stage found; re-coding a stored article keeps the
events reviewers confirmed, edited, rejected or merged.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path as FilePath
from typing import Annotated, Any

from fastapi import APIRouter, Depends, File, Path, Request, UploadFile
from pydantic import BaseModel, ConfigDict, Field

from rasid.api.auth import Caller, reviewer, store_of, viewer
from rasid.api.coding import code_document, recode_document
from rasid.api.errors import ERROR_RESPONSES, ApiError
from rasid.api.filters import Paging, page_params
from rasid.api.schemas import (
    CodeRequest,
    CodeResult,
    DocumentDetail,
    DocumentSummary,
    Page,
)
from rasid.ingest.files import Rejected, read_path
from rasid.model import Document, content_hash
from rasid.pipeline import default_pipeline
from rasid.store import EventFilter, Store

router = APIRouter(prefix="/api/documents", tags=["documents"], responses=ERROR_RESPONSES)
uploads = APIRouter(prefix="/api/uploads", tags=["documents"], responses=ERROR_RESPONSES)
extractions = APIRouter(prefix="/api/extractions", tags=["documents"], responses=ERROR_RESPONSES)

DocId = Annotated[str, Path(min_length=1, max_length=500, description="The document's doc_id.")]
MAX_UPLOAD_BYTES = 2_000_000
_UPLOAD_SUFFIXES = (".txt", ".html", ".htm", ".json", ".jsonl")


def document_detail(store: Store, doc_id: str) -> dict[str, Any]:
    """A stored document with its text, all its events (every status) and its claims."""
    document = store.document(doc_id)
    if document is None:
        raise ApiError(404, f"no document {doc_id!r}")
    document["events"] = store.events(EventFilter(doc_id=doc_id, limit=10_000, sort="id"))
    document["claims"] = store.claims(doc_id)
    document.pop("content_hash", None)
    return document


@router.get("", response_model=Page[DocumentSummary])
def list_documents(request: Request, paging: Annotated[Paging, Depends(page_params)],
                   _caller: Annotated[Caller, Depends(viewer)]) -> dict[str, Any]:
    """Stored documents (without their text), oldest first."""
    store = store_of(request)
    return {"items": store.documents(paging.limit, paging.offset), "total": store.count_documents(),
            "limit": paging.limit, "offset": paging.offset}


@router.get("/{doc_id:path}", response_model=DocumentDetail)
def get_document(request: Request, doc_id: DocId, _caller: Annotated[Caller, Depends(viewer)]) -> dict[str, Any]:
    """One document: its text, its events with evidence spans, its claims."""
    return document_detail(store_of(request), doc_id)


def _coded(store: Store, doc: Document) -> dict[str, Any]:
    doc_id, added, stages = code_document(store, doc, default_pipeline())
    return {"doc_id": doc_id, "added": added, "stages": stages, "document": document_detail(store, doc_id)}


@router.post("", response_model=CodeResult, status_code=201)
def code_article(request: Request, body: CodeRequest, caller: Annotated[Caller, Depends(reviewer)]) -> dict[str, Any]:
    """Store a pasted article and code it; the result shows what each stage found.

    The same text pasted again is not coded twice (``added`` is false). A ``doc_id``
    already naming another text is a conflict (409).
    """
    store = store_of(request)
    if body.doc_id is not None:
        stored = store.document(body.doc_id)
        if stored is not None and stored["content_hash"] != content_hash(body.text):
            raise ApiError(409, f"doc_id {body.doc_id!r} already names another text")
    doc = Document(doc_id=body.doc_id or f"paste-{content_hash(body.text)[:16]}", text=body.text,
                   published=body.published, title=body.title, url=body.url, source=f"pasted by {caller.name}")
    return _coded(store, doc)


@uploads.post("", response_model=CodeResult, status_code=201)
def upload_article(request: Request, file: Annotated[UploadFile, File(description="txt, html, json or jsonl")],
                   _caller: Annotated[Caller, Depends(reviewer)]) -> dict[str, Any]:
    """Store an uploaded article file and code it (the first document of a JSON Lines
    file). The file's suffix picks the reader; any other file is read as plain text."""
    name = FilePath(file.filename or "upload.txt").name
    suffix = FilePath(name).suffix.lower()
    if suffix not in _UPLOAD_SUFFIXES:
        suffix = ".txt"
    data = file.file.read(MAX_UPLOAD_BYTES + 1)
    if len(data) > MAX_UPLOAD_BYTES:
        raise ApiError(413, f"the file is larger than {MAX_UPLOAD_BYTES} bytes")
    with tempfile.TemporaryDirectory() as folder:
        path = FilePath(folder) / f"upload{suffix}"
        path.write_bytes(data)
        first = next(iter(read_path(path)), None)
    if first is None or isinstance(first, Rejected):
        raise ApiError(400, f"cannot read {name}: {first.reason if first else 'no document in it'}", code="bad_input")
    doc = Document(doc_id=f"upload-{first.content_hash[:16]}", text=first.text, published=first.published,
                   title=first.title or name, url=first.url, source=f"uploaded {name}")
    return _coded(store_of(request), doc)


class ExtractionRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    doc_id: str = Field(min_length=1, max_length=500, description="The stored document to code again.")


@extractions.post("", response_model=CodeResult)
def recode_article(request: Request, body: ExtractionRequest,
                   _caller: Annotated[Caller, Depends(reviewer)]) -> dict[str, Any]:
    """Run the pipeline again over a stored article (e.g. after a rasid upgrade); events
    reviewers confirmed, edited, rejected or merged are kept as they are."""
    doc_id = body.doc_id
    store = store_of(request)
    stored = store.document(doc_id)
    if stored is None:
        raise ApiError(404, f"no document {doc_id!r}")
    doc = Document(doc_id=doc_id, text=stored["text"], title=stored["title"], url=stored["url"],
                   source=stored["source"], lang=stored["lang"],
                   published=_date(stored["published"]))
    stages = recode_document(store, doc, default_pipeline())
    return {"doc_id": doc_id, "added": False, "stages": stages, "document": document_detail(store, doc_id)}


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None
