"""The request and response bodies of the JSON API, as pydantic models.

Owns: the models that make the OpenAPI document precise (schemathesis checks every
response against them) and ``Page``, the shape of every list: ``{items, total, limit,
offset}``. Field names are those of ``rasid.model.event_to_json`` and the store.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Any, Generic, Literal, TypeVar

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field

from rasid.model import CLAIM_METRICS, EVENT_TYPES, SUB_EVENT_TYPES

__all__ = [
    "AuditEntry", "ClaimOut", "CodeRequest", "CodeResult", "DocumentDetail", "DocumentSummary",
    "EventEdit", "EventOut", "EventType", "IsoDate", "MergeRequest", "Page", "StatsOut", "StatusName",
    "SubEventType", "UserCreate",
]

T = TypeVar("T")
#: The largest row id the API accepts (well inside SQLite's and JSON's exact integers).
MAX_ID = 2**31 - 1


def _iso_date_only(value: Any) -> Any:
    # pydantic's lax mode reads 0 or "0" as a Unix time (1970-01-01); the schema says
    # "format: date", so anything but YYYY-MM-DD is refused.
    if isinstance(value, str) and not _ISO_DATE.fullmatch(value):
        raise ValueError("expected a date as YYYY-MM-DD")
    if not isinstance(value, str | dt.date):
        raise ValueError("expected a date as YYYY-MM-DD")  # noqa: TRY004 - pydantic reports ValueError as a 422
    return value


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _not_a_boolean(value: Any) -> Any:
    # JSON true/false are not numbers, though Python's bool is an int
    if isinstance(value, bool):
        raise ValueError("expected a number, not true/false")  # noqa: TRY004 - pydantic reports ValueError as a 422
    return value


def whole_number(low: int, high: int) -> Any:
    """An integer in [low, high] (1.0 counts, as in JSON Schema), never a boolean."""
    return Annotated[int, Field(ge=low, le=high), BeforeValidator(_not_a_boolean)]


def number(low: float, high: float) -> Any:
    """A number in [low, high], never a boolean."""
    return Annotated[float, Field(ge=low, le=high), BeforeValidator(_not_a_boolean)]
IsoDate = Annotated[dt.date, BeforeValidator(_iso_date_only)]

EventType = Literal[EVENT_TYPES]  # type: ignore[valid-type]
SubEventType = Literal[tuple(s for subs in SUB_EVENT_TYPES.values() for s in subs)]  # type: ignore[valid-type]
StatusName = Literal["machine", "confirmed", "edited", "rejected", "merged"]
Metric = Literal[CLAIM_METRICS]  # type: ignore[valid-type]


class Page(BaseModel, Generic[T]):
    """One page of a list."""

    items: list[T]
    total: int = Field(description="How many items match, over all pages.")
    limit: int
    offset: int


class SpanOut(BaseModel):
    rule: str
    start: int
    end: int
    text: str | None = None


class EventOut(BaseModel):
    """An event with its current (reviewed) values."""

    id: int
    doc_id: str
    status: StatusName
    merged_into: int | None = None
    event_type: str
    sub_event_type: str
    actor1: str | None = None
    actor1_text: str | None = None
    inter1: int | None = None
    assoc_actor_1: str | None = None
    actor2: str | None = None
    actor2_text: str | None = None
    inter2: int | None = None
    assoc_actor_2: str | None = None
    location_text: str | None = None
    location_en: str | None = None
    location_ar: str | None = None
    place_id: str | None = None
    place_kind: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    admin3: str | None = None
    pcode: str | None = None
    country: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = None
    date: IsoDate | None = None
    time_precision: int | None = None
    fatalities: int | None = None
    attribution: str | None = None
    evidence: str | None = None
    confidence: float | None = None
    notes: str | None = Field(None, description="ACLED-style English notes, when the extractor or a reviewer wrote them.")
    evidence_spans: dict[str, SpanOut] = Field(default_factory=dict)


class ClaimOut(BaseModel):
    id: int
    doc_id: str
    metric: str
    value: float
    period: str | None = None
    area: str | None = None
    attribution: str | None = None
    evidence: str | None = None
    evidence_span: SpanOut | None = None


class DocumentSummary(BaseModel):
    id: int
    doc_id: str
    title: str | None = None
    url: str | None = None
    source: str | None = None
    lang: str | None = None
    published: dt.date | None = None
    ingested_at: str
    extracted_at: str | None = None
    pipeline: str | None = None


class DocumentDetail(DocumentSummary):
    text: str
    events: list[EventOut]
    claims: list[ClaimOut]


class ActorOut(BaseModel):
    name: str
    inter: int | None = None
    country: str | None = None
    kind: str | None = None


class PlaceOut(BaseModel):
    place_id: str
    name_en: str | None = None
    name_ar: str | None = None
    kind: str | None = None
    country: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    admin3: str | None = None
    pcode: str | None = None
    latitude: float | None = None
    longitude: float | None = None


class StatsRow(BaseModel):
    week: dt.date = Field(description="The Monday of the ISO week.")
    event_type: str
    admin1: str | None = None
    events: int
    fatalities: int


class StatsOut(BaseModel):
    items: list[StatsRow]
    total_events: int
    total_fatalities: int


class AuditEntry(BaseModel):
    id: int
    event_id: int | None = None
    user: str
    created_at: str
    field: str
    before: Any = None
    after: Any = None


class EventEdit(BaseModel):
    """The fields a reviewer changes; only those present are applied."""

    model_config = ConfigDict(extra="forbid")

    # The event type follows from the sub-event type, so it is not sent; neither may be
    # emptied (no null), since every event has one.
    sub_event_type: SubEventType = None  # type: ignore[assignment]
    actor1: str | None = Field(None, max_length=500)
    actor2: str | None = Field(None, max_length=500)
    inter1: whole_number(1, 8) | None = None
    inter2: whole_number(1, 8) | None = None
    assoc_actor_1: str | None = Field(None, max_length=2000)
    assoc_actor_2: str | None = Field(None, max_length=2000)
    location_en: str | None = Field(None, max_length=500)
    location_ar: str | None = Field(None, max_length=500)
    admin1: str | None = Field(None, max_length=200)
    admin2: str | None = Field(None, max_length=200)
    admin3: str | None = Field(None, max_length=200)
    latitude: number(-90, 90) | None = None
    longitude: number(-180, 180) | None = None
    geo_precision: whole_number(1, 3) | None = None
    date: IsoDate | None = None
    time_precision: whole_number(1, 3) | None = None
    fatalities: whole_number(0, 1_000_000) | None = None
    attribution: str | None = Field(None, max_length=500)
    notes: str | None = Field(None, max_length=10_000)


class MergeRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    event_ids: list[whole_number(1, MAX_ID)] = Field(min_length=1, max_length=100,
                                 description="Events to fold into this one (they become 'merged').")


class CodeRequest(BaseModel):
    """An article to store and code."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1, max_length=200_000, pattern=r"[^\W_]",
                      description="The article; it must contain a letter or digit.")
    title: str | None = Field(None, max_length=1000)
    published: IsoDate | None = None
    doc_id: str | None = Field(None, min_length=1, max_length=200, pattern=r"^[\w.:-]+$")
    url: str | None = Field(None, max_length=2000)


class StageOut(BaseModel):
    name: str
    milliseconds: float
    sentences: int
    mentions: int
    claims: int
    events: int


class CodeResult(BaseModel):
    doc_id: str
    added: bool = Field(description="False when the same text was stored before (nothing re-coded).")
    stages: list[StageOut]
    document: DocumentDetail


class UserCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    username: str = Field(min_length=1, max_length=200, pattern=r"^[\w.@-]+$")
    password: str = Field(min_length=8, max_length=1000)
    role: Literal["viewer", "reviewer", "admin"]


class TokenOut(BaseModel):
    token: str = Field(description="Shown once; send as 'Authorization: Bearer <token>'.")
