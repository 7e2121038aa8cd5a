"""Query-string parameters shared by the event listing, statistics and export routes.

Owns: ``event_filter`` (a FastAPI dependency turning the documented query parameters
into a ``rasid.store.EventFilter``) and ``page_params``. Everything the schema allows is
accepted: a bbox beyond the world is clipped to it, and its corners may come in any
order, so a valid-looking request never fails on a rule the schema cannot state.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Literal

from fastapi import Query

from rasid.api.schemas import EventType, IsoDate, StatusName, SubEventType
from rasid.store import SORTABLE_COLUMNS, EventFilter

__all__ = ["HIDDEN_BY_DEFAULT", "Paging", "event_filter", "page_params"]

#: Statuses left out unless asked for: rejected events and duplicates folded into others.
HIDDEN_BY_DEFAULT: tuple[str, ...] = ("rejected", "merged")
MAX_PAGE = 1000
_NUMBER = r"-?\d{1,3}(\.\d{1,12})?"
BBOX_PATTERN = rf"^{_NUMBER},{_NUMBER},{_NUMBER},{_NUMBER}$"

SortColumn = Literal[SORTABLE_COLUMNS]  # type: ignore[valid-type]
Name = Annotated[str | None, Query(max_length=200)]


@dataclass(frozen=True)
class Paging:
    limit: int
    offset: int


def page_params(
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE, description="Items per page.")] = 100,
    offset: Annotated[int, Query(ge=0, le=1_000_000_000, description="Items to skip.")] = 0,
) -> Paging:
    return Paging(limit, offset)


def parse_bbox(text: str) -> tuple[float, float, float, float]:
    """(west, south, east, north) from "lon,lat,lon,lat" (two corners), clipped to the world."""
    lon1, lat1, lon2, lat2 = (float(part) for part in text.split(","))

    def clip(value: float, limit: float) -> float:
        return max(-limit, min(limit, value))

    return (clip(min(lon1, lon2), 180), clip(min(lat1, lat2), 90),
            clip(max(lon1, lon2), 180), clip(max(lat1, lat2), 90))


def event_filter(
    date_from: Annotated[IsoDate | None, Query(description="First date (inclusive).")] = None,
    date_to: Annotated[IsoDate | None, Query(description="Last date (inclusive).")] = None,
    admin1: Name = None,
    admin2: Name = None,
    admin3: Name = None,
    event_type: Annotated[EventType | None, Query()] = None,
    sub_event_type: Annotated[SubEventType | None, Query()] = None,
    actor: Annotated[str | None, Query(max_length=200, description="Part of actor1, actor2 or an associate.")] = None,
    status: Annotated[StatusName | Literal["any"] | None, Query(
        description="Review status; by default rejected and merged events are left out; 'any' keeps all.")] = None,
    q: Annotated[str | None, Query(max_length=500, description="Full-text search, Arabic or English.")] = None,
    bbox: Annotated[str | None, Query(pattern=BBOX_PATTERN, description="lon,lat,lon,lat of two corners.")] = None,
    doc_id: Annotated[str | None, Query(max_length=500)] = None,
    sort: Annotated[SortColumn, Query()] = "date",
    order: Annotated[Literal["asc", "desc"], Query()] = "desc",
) -> EventFilter:
    return EventFilter(
        date_from=date_from, date_to=date_to, admin1=admin1, admin2=admin2, admin3=admin3,
        event_type=event_type, sub_event_type=sub_event_type, actor=actor,
        status=None if status in (None, "any") else status,
        exclude_statuses=HIDDEN_BY_DEFAULT if status is None else (),
        q=q, bbox=parse_bbox(bbox) if bbox else None, doc_id=doc_id, sort=sort,
        descending=order == "desc",
    )
