"""Exports of the filtered events: ACLED-column CSV, GeoJSON and JSON Lines.

Owns the ``/api/exports/*`` routes; the formats themselves are ``rasid.export``'s.
"""

from __future__ import annotations

import json
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response

from rasid.api.auth import Caller, store_of, viewer
from rasid.api.errors import ERROR_RESPONSES
from rasid.api.filters import event_filter
from rasid.export import to_acled_csv, to_geojson
from rasid.store import EventFilter

router = APIRouter(prefix="/api/exports", tags=["exports"], responses=ERROR_RESPONSES)

MAX_EXPORT = 100_000
ExportLimit = Annotated[int, Query(ge=1, le=MAX_EXPORT, description="At most this many events.")]


def _attachment(body: str | bytes, media_type: str, filename: str) -> Response:
    return Response(body, media_type=media_type,
                    headers={"Content-Disposition": f'attachment; filename="{filename}"'})


def _events(request: Request, flt: EventFilter, limit: int) -> list[dict]:  # type: ignore[type-arg]
    flt.limit, flt.offset = limit, 0
    return store_of(request).events(flt)


@router.get("/events.csv", responses={200: {"content": {"text/csv": {}}}})
def export_csv(request: Request, flt: Annotated[EventFilter, Depends(event_filter)],
               _caller: Annotated[Caller, Depends(viewer)], limit: ExportLimit = 10_000) -> Response:
    """The events in ACLED's public column layout."""
    return _attachment(to_acled_csv(_events(request, flt, limit)), "text/csv; charset=utf-8", "rasid-events.csv")


@router.get("/events.geojson", responses={200: {"content": {"application/geo+json": {}}}})
def export_geojson(request: Request, flt: Annotated[EventFilter, Depends(event_filter)],
                   _caller: Annotated[Caller, Depends(viewer)], limit: ExportLimit = 10_000) -> Response:
    """The located events as a GeoJSON FeatureCollection of points."""
    body = json.dumps(to_geojson(_events(request, flt, limit)), ensure_ascii=False)
    return _attachment(body, "application/geo+json", "rasid-events.geojson")


@router.get("/events.jsonl", responses={200: {"content": {"application/x-ndjson": {}}}})
def export_jsonl(request: Request, flt: Annotated[EventFilter, Depends(event_filter)],
                 _caller: Annotated[Caller, Depends(viewer)], limit: ExportLimit = 10_000) -> Response:
    """One JSON event per line, as ``/api/events`` returns them."""
    body = "".join(json.dumps(e, ensure_ascii=False) + "\n" for e in _events(request, flt, limit))
    return _attachment(body, "application/x-ndjson", "rasid-events.jsonl")
