"""Claims, actors, places, weekly statistics, the review audit log, boundaries and the
UI's configuration.

Owns the read-only ``/api/claims``, ``/api/actors``, ``/api/places``, ``/api/stats``,
``/api/audit``, ``/api/boundaries/{level}`` and ``/api/config`` routes.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response
from pydantic import BaseModel

from rasid.api.auth import Caller, reviewer, store_of, viewer
from rasid.api.errors import ERROR_RESPONSES
from rasid.api.filters import Paging, event_filter, page_params
from rasid.api.schemas import ActorOut, AuditEntry, ClaimOut, Page, PlaceOut, StatsOut
from rasid.model import EVENT_TYPES, SUB_EVENT_TYPES
from rasid.store import ROLES, SORTABLE_COLUMNS, STATUSES, EventFilter

router = APIRouter(prefix="/api", tags=["reference"], responses=ERROR_RESPONSES)

Name = Annotated[str | None, Query(max_length=200, description="Part of the name.")]


@router.get("/claims", response_model=Page[ClaimOut])
def list_claims(request: Request, paging: Annotated[Paging, Depends(page_params)],
                _caller: Annotated[Caller, Depends(viewer)],
                doc_id: Annotated[str | None, Query(max_length=500)] = None) -> dict[str, Any]:
    """Statistical claims (totals, force sizes...), never counted as events."""
    items, total = store_of(request).claims_page(doc_id, paging.limit, paging.offset)
    return {"items": items, "total": total, "limit": paging.limit, "offset": paging.offset}


@router.get("/actors", response_model=Page[ActorOut])
def list_actors(request: Request, paging: Annotated[Paging, Depends(page_params)],
                _caller: Annotated[Caller, Depends(viewer)], name: Name = None) -> dict[str, Any]:
    """Actors that stored events name, with their ACLED inter codes."""
    items, total = store_of(request).actors(name, paging.limit, paging.offset)
    return {"items": items, "total": total, "limit": paging.limit, "offset": paging.offset}


@router.get("/places", response_model=Page[PlaceOut])
def list_places(request: Request, paging: Annotated[Paging, Depends(page_params)],
                _caller: Annotated[Caller, Depends(viewer)], name: Name = None) -> dict[str, Any]:
    """Places that stored events are located at (English or Arabic name filter)."""
    items, total = store_of(request).places(name, paging.limit, paging.offset)
    return {"items": items, "total": total, "limit": paging.limit, "offset": paging.offset}


@router.get("/stats", response_model=StatsOut)
def weekly_stats(request: Request, flt: Annotated[EventFilter, Depends(event_filter)],
                 _caller: Annotated[Caller, Depends(viewer)]) -> dict[str, Any]:
    """Events and fatalities per ISO week x event type x admin1, for the same filters
    as ``/api/events`` (dated events only)."""
    items = store_of(request).weekly_stats(flt)
    return {"items": items, "total_events": sum(r["events"] for r in items),
            "total_fatalities": sum(r["fatalities"] for r in items)}


@router.get("/audit", response_model=Page[AuditEntry])
def audit_log(request: Request, paging: Annotated[Paging, Depends(page_params)],
              _caller: Annotated[Caller, Depends(reviewer)]) -> dict[str, Any]:
    """Every review change (who, when, field, before, after), newest first."""
    store = store_of(request)
    return {"items": store.edits(limit=paging.limit, offset=paging.offset, newest_first=True),
            "total": store.count_edits(), "limit": paging.limit, "offset": paging.offset}


@cache
def _boundaries(level: str) -> bytes:
    raw = (resources.files("rasid.gazetteer") / "data" / f"{level}.geojson").read_bytes()
    json.loads(raw)  # fail here, not in the browser, if the bundled file is broken
    return raw


@router.get("/boundaries/{level}", responses={200: {"content": {"application/geo+json": {}}}})
def boundaries(level: Literal["admin1", "admin2"], _caller: Annotated[Caller, Depends(viewer)]) -> Response:
    """The bundled OCHA governorate (admin1) or district (admin2) polygons, for the basemap."""
    return Response(_boundaries(level), media_type="application/geo+json",
                    headers={"Cache-Control": "private, max-age=86400"})


class ConfigOut(BaseModel):
    tiles_url: str | None
    tiles_attribution: str | None
    event_types: list[str]
    sub_event_types: dict[str, list[str]]
    statuses: list[str]
    roles: list[str]
    sortable: list[str]


@router.get("/config", response_model=ConfigOut)
def config(request: Request, _caller: Annotated[Caller, Depends(viewer)]) -> dict[str, Any]:
    """What the web UI needs to know: vocabularies and the optional tile server."""
    settings = request.app.state.settings
    return {"tiles_url": settings.tiles_url, "tiles_attribution": settings.tiles_attribution,
            "event_types": list(EVENT_TYPES), "sub_event_types": {k: list(v) for k, v in SUB_EVENT_TYPES.items()},
            "statuses": list(STATUSES), "roles": list(ROLES), "sortable": list(SORTABLE_COLUMNS)}
