"""Writing one document's extraction: the statements behind ``Store.save_extraction``.

Owns: ``write_extraction`` (the document row, its machine events, claims and mentions,
the actors and places the events name, and the search rows of events and document),
``upsert_actors`` (also used by review edits) and ``upsert`` (the ``INSERT ... ON
CONFLICT`` statement of either dialect, also used for sightings and signatures).

The ingest writer is a single process, so the time this module takes per document
bounds the speed of a whole run. It therefore sends each kind of row in one statement:

* the document is looked up once (by content hash or doc_id) and, when new, inserted
  with its extraction stamp already set; a new document has no earlier output, so
  nothing is read back or deleted for it;
* events go in with ``INSERT ... RETURNING id, seq``, so their search rows are built
  from the values just written instead of being read back;
* claims, mentions and search rows are one executemany each;
* actors and places are ``INSERT ... ON CONFLICT`` upserts (the same SQL on SQLite and
  PostgreSQL) instead of a SELECT and an INSERT or UPDATE per name.

The rules are the ones ``Store.save_extraction`` documents: only ``machine`` events are
replaced, a new event that repeats a reviewed one is skipped, an actor's missing inter
code and a place's missing values are filled in but never overwritten with nothing.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping
from functools import cache
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection

from rasid.errors import StoreError
from rasid.model import Document, Event, ExtractionResult, claim_to_json, event_to_json
from rasid.store.schema import (
    EVENT_FIELDS,
    actors,
    claims,
    documents,
    events,
    mentions,
    places,
)
from rasid.store.search import (
    add_document_to_index,
    add_events_to_index,
    unindex_events,
)
from rasid.store.weeks import week_of

__all__ = ["review_key", "upsert", "upsert_actors", "write_extraction"]

_PLACE_VALUES = ("name_en", "name_ar", "kind", "country", "admin1", "admin2", "admin3", "pcode",
                 "latitude", "longitude")


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _fold(value: str | None) -> str:
    return (value or "").casefold()


def review_key(event_type: Any, date: Any, admin1: Any, actor1: Any) -> tuple[Any, ...]:
    """What makes a re-extracted event "the same" as a reviewed one."""
    if isinstance(date, str):
        date = dt.date.fromisoformat(date) if date else None
    return (event_type, date, _fold(admin1), _fold(actor1))


def upsert(conn: Connection, table: sa.Table) -> Any:
    """An INSERT that can take ``ON CONFLICT``: SQLite and PostgreSQL build it alike."""
    return (sqlite if conn.dialect.name == "sqlite" else postgresql).insert(table)


# --- the document row ------------------------------------------------------------------------


def _stored_document(conn: Connection, doc: Document, digest: str) -> Any:
    """The stored row with this text, or ``None``; ``StoreError`` if the doc_id has another text."""
    rows = conn.execute(
        sa.select(documents.c.id, documents.c.content_hash, documents.c.lang, documents.c.published,
                  documents.c.title)
        .where(sa.or_(documents.c.content_hash == digest, documents.c.doc_id == doc.doc_id))
    ).all()
    same_text = [row for row in rows if row.content_hash == digest]
    if same_text:
        return same_text[0]
    if rows:
        raise StoreError(
            f"document {doc.doc_id!r} is stored with a different text; its evidence "
            "offsets would not fit the stored text. Store the new text under a new doc_id."
        )
    return None


def _insert_document(conn: Connection, doc: Document, digest: str, result: ExtractionResult) -> int:
    """Insert a new document already stamped as extracted (what an insert then an update did)."""
    now = _utcnow()
    inserted = conn.execute(sa.insert(documents).values(
        doc_id=doc.doc_id, content_hash=digest, title=doc.title, url=doc.url, source=doc.source,
        lang=result.lang or doc.lang,
        published=doc.published if doc.published is not None else result.published,
        text=doc.text, ingested_at=now, extracted_at=now, pipeline=result.pipeline or None,
    ))
    return int(inserted.inserted_primary_key[0])


def _stamp_document(conn: Connection, row: Any, result: ExtractionResult) -> None:
    values: dict[str, Any] = {"extracted_at": _utcnow(), "pipeline": result.pipeline or None}
    if result.lang and row.lang != result.lang:
        values["lang"] = result.lang
    if row.published is None and result.published is not None:
        values["published"] = result.published
    conn.execute(sa.update(documents).where(documents.c.id == row.id).values(**values))


def _clear_machine_output(conn: Connection, doc_pk: int) -> set[tuple[Any, ...]]:
    """Delete a stored document's machine events, claims and mentions; return the review
    keys of the events a person touched (their current and their original values)."""
    rows = conn.execute(
        sa.select(events.c.id, events.c.status, events.c.event_type, events.c.date, events.c.admin1,
                  events.c.actor1, events.c.data)
        .where(events.c.document_id == doc_pk)
    ).all()
    machine = [row.id for row in rows if row.status == "machine"]
    if machine:
        unindex_events(conn, machine)
        conn.execute(sa.delete(events).where(events.c.document_id == doc_pk, events.c.status == "machine"))
    conn.execute(sa.delete(claims).where(claims.c.document_id == doc_pk))
    conn.execute(sa.delete(mentions).where(mentions.c.document_id == doc_pk))
    keys: set[tuple[Any, ...]] = set()
    for row in rows:
        if row.status == "machine":
            continue
        keys.add(review_key(row.event_type, row.date, row.admin1, row.actor1))
        original = json.loads(row.data)
        keys.add(review_key(original.get("event_type"), original.get("date"),
                            original.get("admin1"), original.get("actor1")))
    return keys


# --- events, claims, mentions ----------------------------------------------------------------


def _event_rows(doc: Document, result: ExtractionResult, doc_pk: int,
                reviewed: set[tuple[Any, ...]]) -> tuple[list[dict[str, Any]], list[Event]]:
    """The rows of the result's events that do not repeat a reviewed one, and those events."""
    rows: list[dict[str, Any]] = []
    kept: list[Event] = []
    for seq, ev in enumerate(result.events):
        data = event_to_json(ev, doc.text)
        if review_key(data["event_type"], ev.date, data["admin1"], data["actor1"]) in reviewed:
            continue
        kept.append(ev)
        row = {f: data[f] for f in EVENT_FIELDS}
        row.update(document_id=doc_pk, seq=seq, status="machine", date=ev.date,
                   week=week_of(ev.date), data=_dumps(data))
        rows.append(row)
    return rows, kept


def _insert_events(conn: Connection, rows: list[dict[str, Any]]) -> list[tuple[int, dict[str, Any]]]:
    """Insert event rows in one statement; (id, row) pairs. ``seq`` is unique per document,
    so it matches each returned id to its row whatever order the database returns them in."""
    if not rows:
        return []
    by_seq = {row["seq"]: row for row in rows}
    returned = conn.execute(sa.insert(events).returning(events.c.id, events.c.seq), rows).all()
    return [(int(r.id), by_seq[r.seq]) for r in returned]


def _claim_rows(doc: Document, result: ExtractionResult, doc_pk: int) -> list[dict[str, Any]]:
    rows = []
    for seq, claim in enumerate(result.claims):
        data = claim_to_json(claim, doc.text)
        rows.append({
            "document_id": doc_pk, "seq": seq, "metric": claim.metric, "value": float(claim.value),
            "period": claim.period, "area": claim.area, "attribution": claim.attribution,
            "evidence": data["evidence"], "data": _dumps(data),
        })
    return rows


def _mention_rows(doc: Document, doc_pk: int) -> list[dict[str, Any]]:
    return [{"document_id": doc_pk, "label": m.label, "key": m.key, "start": m.span.start,
             "end": m.span.end, "rule": m.rule} for m in doc.mentions]


# --- actors and places -----------------------------------------------------------------------


@cache
def _actor_upsert(dialect_name: str) -> Any:
    stmt = (sqlite if dialect_name == "sqlite" else postgresql).insert(actors)
    return stmt.on_conflict_do_update(
        index_elements=[actors.c.name],
        set_={"inter": stmt.excluded.inter},
        where=sa.and_(actors.c.inter.is_(None), stmt.excluded.inter.is_not(None)),
    )


def upsert_actors(conn: Connection, inter_by_name: Mapping[str, int | None]) -> None:
    """Insert unknown actors; give a known actor an inter code only if it has none."""
    if inter_by_name:
        conn.execute(_actor_upsert(conn.dialect.name),
                     [{"name": name, "inter": inter} for name, inter in inter_by_name.items()])


def _actor_inters(evs: Iterable[Event]) -> dict[str, int | None]:
    """Every actor the events name, with the first inter code given for it."""
    inter_by_name: dict[str, int | None] = {}
    for ev in evs:
        for ref in (ev.actor1, ev.actor2):
            if ref is not None and ref.name and inter_by_name.get(ref.name) is None:
                inter_by_name[ref.name] = ref.inter
        for name in (*ev.assoc_actor_1, *ev.assoc_actor_2):
            inter_by_name.setdefault(name, None)
    return inter_by_name


def _upsert_places(conn: Connection, evs: Iterable[Event]) -> None:
    """Insert unknown places; on a known one, overwrite only the values given (not None)."""
    seen: dict[str, dict[str, Any]] = {}
    for ev in evs:
        place = ev.place
        if place is None or not place.place_id:
            continue
        seen[place.place_id] = {
            "place_id": place.place_id, "name_en": place.name_en or None, "name_ar": place.name_ar or None,
            "kind": place.kind or None, "country": place.country, "admin1": place.admin1,
            "admin2": place.admin2, "admin3": place.admin3, "pcode": place.pcode,
            "latitude": place.latitude, "longitude": place.longitude,
        }
    if seen:
        conn.execute(_place_upsert(conn.dialect.name), list(seen.values()))


@cache
def _place_upsert(dialect_name: str) -> Any:
    """Insert a place, or overwrite the values given (not None) of a known one."""
    stmt = (sqlite if dialect_name == "sqlite" else postgresql).insert(places)
    new = stmt.excluded
    return stmt.on_conflict_do_update(
        index_elements=[places.c.place_id],
        set_={name: sa.func.coalesce(new[name], places.c[name]) for name in _PLACE_VALUES},
        # Only rows that really change are rewritten (PostgreSQL would otherwise write
        # a new row version for every known place of every document).
        where=sa.or_(*(sa.and_(new[name].is_not(None), new[name].is_distinct_from(places.c[name]))
                       for name in _PLACE_VALUES)),
    )


# --- the whole write -------------------------------------------------------------------------


def write_extraction(conn: Connection, doc: Document, result: ExtractionResult) -> None:
    """Store ``doc`` (if new) and replace its machine output with ``result``, in ``conn``'s
    transaction. See ``Store.save_extraction`` for the rules."""
    digest = doc.content_hash
    stored = _stored_document(conn, doc, digest)
    if stored is None:
        doc_pk = _insert_document(conn, doc, digest, result)
        reviewed: set[tuple[Any, ...]] = set()
    else:
        doc_pk = int(stored.id)
        _stamp_document(conn, stored, result)
        reviewed = _clear_machine_output(conn, doc_pk)
    rows, kept = _event_rows(doc, result, doc_pk, reviewed)
    add_events_to_index(conn, _insert_events(conn, rows))
    # The stored title wins over this Document's: the index describes the stored row.
    title = doc.title if stored is None else stored.title
    add_document_to_index(conn, doc_pk, title, doc.text, replace=stored is not None)
    upsert_actors(conn, _actor_inters(kept))
    _upsert_places(conn, kept)
    claim_rows = _claim_rows(doc, result, doc_pk)
    if claim_rows:
        conn.execute(sa.insert(claims), claim_rows)
    mention_rows = _mention_rows(doc, doc_pk)
    if mention_rows:
        conn.execute(sa.insert(mentions), mention_rows)
