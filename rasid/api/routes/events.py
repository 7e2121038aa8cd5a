"""Events: the filtered, paginated list, one event, and its review (confirm, reject,
edit, merge) with the audit trail.

Owns the ``/api/events`` routes. Reading needs the viewer role, changing the reviewer
role; each change is written with the caller's name to the audit log by the store.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Request

from rasid.api.auth import Caller, reviewer, store_of, viewer
from rasid.api.errors import ERROR_RESPONSES, ApiError
from rasid.api.filters import Paging, event_filter, page_params
from rasid.api.schemas import (
    MAX_ID,
    AuditEntry,
    EventEdit,
    EventOut,
    MergeRequest,
    Page,
)
from rasid.store import EventFilter, Store

router = APIRouter(prefix="/api/events", tags=["events"], responses=ERROR_RESPONSES)

EventId = Annotated[int, Path(ge=1, le=MAX_ID, description="The event's id.")]


def _event_or_404(store: Store, event_id: int) -> dict[str, Any]:
    event = store.event(event_id)
    if event is None:
        raise ApiError(404, f"no event with id {event_id}")
    return event


@router.get("", response_model=Page[EventOut])
def list_events(
    request: Request,
    flt: Annotated[EventFilter, Depends(event_filter)],
    paging: Annotated[Paging, Depends(page_params)],
    _caller: Annotated[Caller, Depends(viewer)],
) -> dict[str, Any]:
    """Events matching the filters, one page at a time."""
    store = store_of(request)
    flt.limit, flt.offset = paging.limit, paging.offset
    return {"items": store.events(flt), "total": store.count_events(flt),
            "limit": paging.limit, "offset": paging.offset}


@router.get("/{event_id}", response_model=EventOut)
def get_event(request: Request, event_id: EventId, _caller: Annotated[Caller, Depends(viewer)]) -> dict[str, Any]:
    """One event with its evidence spans (offsets into its document's text)."""
    return _event_or_404(store_of(request), event_id)


@router.get("/{event_id}/audit", response_model=Page[AuditEntry])
def event_audit(request: Request, event_id: EventId, paging: Annotated[Paging, Depends(page_params)],
                _caller: Annotated[Caller, Depends(viewer)]) -> dict[str, Any]:
    """The review history of one event, oldest first."""
    store = store_of(request)
    _event_or_404(store, event_id)
    return {"items": store.edits(event_id, limit=paging.limit, offset=paging.offset),
            "total": store.count_edits(event_id), "limit": paging.limit, "offset": paging.offset}


@router.patch("/{event_id}", response_model=EventOut)
def edit_event(request: Request, event_id: EventId, body: EventEdit,
               caller: Annotated[Caller, Depends(reviewer)]) -> dict[str, Any]:
    """Change fields of an event; it becomes ``edited`` and survives re-extraction."""
    store = store_of(request)
    _event_or_404(store, event_id)
    store.record_edit(event_id, caller.name, body.model_dump(exclude_unset=True))
    return _event_or_404(store, event_id)


@router.post("/{event_id}/confirm", response_model=EventOut)
def confirm_event(request: Request, event_id: EventId, caller: Annotated[Caller, Depends(reviewer)]) -> dict[str, Any]:
    """Mark the event as checked by a person."""
    return _set_status(store_of(request), event_id, caller, "confirmed")


@router.post("/{event_id}/reject", response_model=EventOut)
def reject_event(request: Request, event_id: EventId, caller: Annotated[Caller, Depends(reviewer)]) -> dict[str, Any]:
    """Mark the event as wrong; it is hidden from lists and statistics by default."""
    return _set_status(store_of(request), event_id, caller, "rejected")


def _set_status(store: Store, event_id: int, caller: Caller, status: str) -> dict[str, Any]:
    event = _event_or_404(store, event_id)
    if event["status"] == "merged":
        raise ApiError(409, f"event {event_id} is merged into {event['merged_into']}")
    store.set_status(event_id, caller.name, status)
    return _event_or_404(store, event_id)


@router.post("/{event_id}/merge", response_model=EventOut)
def merge_events(request: Request, event_id: EventId, body: MergeRequest,
                 caller: Annotated[Caller, Depends(reviewer)]) -> dict[str, Any]:
    """Fold duplicate events into this one; they become ``merged`` and point here."""
    store = store_of(request)
    target = _event_or_404(store, event_id)
    if target["status"] == "merged":
        raise ApiError(409, f"event {event_id} is itself merged into {target['merged_into']}")
    for other in body.event_ids:
        if other == event_id:
            raise ApiError(409, f"event {event_id} cannot be merged into itself")
        source = _event_or_404(store, other)
        if source["status"] == "merged":
            raise ApiError(409, f"event {other} is already merged into {source['merged_into']}")
    store.merge_events(event_id, body.event_ids, caller.name)
    return _event_or_404(store, event_id)
