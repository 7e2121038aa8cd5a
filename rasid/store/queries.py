"""The SELECT statements behind ``Store``'s event listing, counting and statistics.

Owns: ``EventFilter``, the translation of a filter into WHERE conditions
(``event_conditions``), the sortable columns, and the weekly statistics query. Every
value reaches the database as a bound parameter; column names for sorting come from a
fixed whitelist, never from the caller's string.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from rasid.errors import StoreError
from rasid.store.schema import STATUSES, actors, documents, events
from rasid.store.search import search_condition
from rasid.store.weeks import week_of

__all__ = ["SORTABLE_COLUMNS", "EventFilter", "event_conditions", "event_order", "like_escape", "weekly_stats_query"]

#: Columns ``EventFilter.sort`` may name.
SORTABLE_COLUMNS: tuple[str, ...] = (
    "date", "id", "event_type", "sub_event_type", "actor1", "actor2", "location_en", "admin1",
    "admin2", "fatalities", "status", "confidence",
)


@dataclass
class EventFilter:
    """Which events ``Store.events`` returns. ``None`` means "any".

    ``date_from``/``date_to`` are inclusive (events without a date are left out when
    either is set); ``admin1``-``admin3`` match case-insensitively; ``actor`` is a
    case-insensitive substring of actor1, actor2 or an associated actor; ``status``
    is one of ``schema.STATUSES`` (``None`` returns every status, rejected included,
    unless ``exclude_statuses`` names some); ``bbox`` is (west, south, east, north) in
    degrees; ``q`` is a full-text query (``rasid.store.search``); ``sort`` is one of
    ``SORTABLE_COLUMNS`` (default: date, undated last, then id).
    """

    date_from: dt.date | None = None
    date_to: dt.date | None = None
    admin1: str | None = None
    event_type: str | None = None
    sub_event_type: str | None = None
    actor: str | None = None
    doc_id: str | None = None
    status: str | None = None
    limit: int = 1000
    offset: int = 0
    admin2: str | None = None
    admin3: str | None = None
    bbox: tuple[float, float, float, float] | None = None
    q: str | None = None
    exclude_statuses: tuple[str, ...] = ()
    sort: str = "date"
    descending: bool = False


def like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _same_name(column: Any, value: str) -> Any:
    return sa.func.lower(column) == sa.func.lower(sa.literal(value))


def check_filter(f: EventFilter) -> None:
    """Raise ``StoreError`` for a filter that cannot be run."""
    if f.limit < 0 or f.offset < 0:
        raise StoreError(f"limit and offset must not be negative (got {f.limit}, {f.offset})")
    for status in (f.status, *f.exclude_statuses):
        if status is not None and status not in STATUSES:
            raise StoreError(f"unknown status {status!r}; expected one of {', '.join(STATUSES)}")
    if f.sort not in SORTABLE_COLUMNS:
        raise StoreError(f"cannot sort by {f.sort!r}; sortable: {', '.join(SORTABLE_COLUMNS)}")
    if f.bbox is not None:
        west, south, east, north = f.bbox
        if not (-180 <= west <= east <= 180 and -90 <= south <= north <= 90):
            raise StoreError(f"bbox must be west,south,east,north in degrees, got {f.bbox}")


def event_conditions(f: EventFilter, dialect: str, *, aggregate: bool = False) -> list[Any]:
    """The WHERE conditions of a filter (the query must join ``documents`` for doc_id).

    ``aggregate`` (counts, statistics): the date range is put mostly on ``events.week``,
    so the covering week index answers without reading rows. A listing keeps the plain
    date range, which walks the date index in the order the page is sorted by.
    """
    conds: list[Any] = []
    if aggregate:
        if f.date_from is not None:
            conds.extend(_weeks_from(f.date_from))
        if f.date_to is not None:
            conds.extend(_weeks_to(f.date_to))
    else:
        if f.date_from is not None:
            conds.append(events.c.date >= f.date_from)
            conds.append(events.c.week >= week_of(f.date_from))  # same rows; lets the week index help
        if f.date_to is not None:
            conds.append(events.c.date <= f.date_to)
            conds.append(events.c.week <= f.date_to)
    for name in ("admin1", "admin2", "admin3"):
        value = getattr(f, name)
        if value is not None:
            conds.append(_same_name(events.c[name], value))
    if f.event_type is not None:
        conds.append(events.c.event_type == f.event_type)
    if f.sub_event_type is not None:
        conds.append(events.c.sub_event_type == f.sub_event_type)
    if f.actor:
        conds.append(_actor_condition(f.actor))
    if f.doc_id is not None:
        conds.append(documents.c.doc_id == f.doc_id)
    if f.status is not None:
        conds.append(events.c.status == f.status)
    elif f.exclude_statuses:
        conds.append(events.c.status.in_([s for s in STATUSES if s not in f.exclude_statuses]))
    if f.bbox is not None:
        west, south, east, north = f.bbox
        conds.append(events.c.longitude.between(west, east))
        conds.append(events.c.latitude.between(south, north))
    if f.q and f.q.strip():
        conds.append(search_condition(f.q, dialect))
    return conds


# ``events.week`` is always the Monday of ``events.date`` (every writer sets both), so a
# row whose week lies strictly inside the range needs no look at its date: the week
# index answers for it, and only rows of the first or last week are read from the table.


def _weeks_from(first: dt.date) -> list[Any]:
    monday = week_of(first)
    return [events.c.week >= monday, sa.or_(events.c.week > monday, events.c.date >= first)]


def _weeks_to(last: dt.date) -> list[Any]:
    monday = week_of(last)
    return [events.c.week <= monday, sa.or_(events.c.week < monday, events.c.date <= last)]


def _actor_condition(actor: str) -> Any:
    """Events naming an actor that contains ``actor`` (any case) on either side or among
    the associated actors.

    A substring match over the event table cannot use an index, so the substring is
    matched against the actor names (``actors`` holds every actor1/actor2 an event names)
    and the events are found by equality on the indexed actor columns; associated actors,
    stored as a joined list, are matched in their own small partial indexes.
    """
    pattern = f"%{like_escape(actor)}%"
    names = sa.select(actors.c.name).where(actors.c.name.ilike(pattern, escape="\\"))
    inner = events.alias("by_actor")  # not correlated with the outer events table
    branches = [sa.select(inner.c.id).where(inner.c[side].in_(names)) for side in ("actor1", "actor2")]
    branches += [sa.select(inner.c.id).where(inner.c[assoc].is_not(None), inner.c[assoc].ilike(pattern, escape="\\"))
                 for assoc in ("assoc_actor_1", "assoc_actor_2")]
    return events.c.id.in_(sa.union_all(*branches))


def event_order(f: EventFilter, dialect: str = "sqlite") -> list[Any]:
    """ORDER BY terms: the chosen column (nulls last either way), then id as a tie-break.

    SQLite sorts NULL lowest, so a descending order already puts them last and can walk
    the column's index (the newest-first default on a large table depends on that).
    """
    column = events.c[f.sort]
    tie = events.c.id.desc() if f.descending else events.c.id.asc()
    if f.sort == "id":
        return [tie]
    if f.descending:
        key = column.desc() if dialect == "sqlite" else column.desc().nulls_last()
        return [key, tie]
    return [column.is_(None), column.asc(), tie]


def weekly_stats_query(f: EventFilter, dialect: str) -> Any:
    """Events and fatalities per week x event type x admin1 for the filtered events.

    Groups by the stored ``events.week`` in the order of its covering index, so no
    per-row date arithmetic and no sort of the whole table.
    """
    query = (
        sa.select(
            events.c.week,
            events.c.event_type,
            events.c.admin1,
            sa.func.count().label("events"),
            sa.func.coalesce(sa.func.sum(events.c.fatalities), 0).label("fatalities"),
        )
        .where(events.c.week.is_not(None), *event_conditions(f, dialect, aggregate=True))
        .group_by(events.c.week, events.c.event_type, events.c.admin1)
        .order_by(events.c.week, events.c.event_type, events.c.admin1)
    )
    if f.doc_id is not None:
        query = query.join_from(events, documents, events.c.document_id == documents.c.id)
    return query
