"""Writing one document's extraction: the statements behind ``Store.save_extraction``.

Owns: ``write_extraction`` (the document row, its machine events, claims and mentions,
the actors and places the events name, and the search rows of events and document),
``upsert_actors`` (also used by review edits), ``actor_inters`` and ``merge_places`` (what
a set of events upserts) and ``upsert`` (the ``INSERT ... ON CONFLICT`` statement of
either dialect, also used for sightings and signatures).

It writes a ``PreparedExtraction`` (``rasid.store.prepared``): the row values are
computed before the write, by ingest workers where there are any. The ingest writer is
a single process, so the time this module takes per document bounds the speed of a
whole run. It therefore sends each kind of row in one statement:

* the document is looked up once (by content hash or doc_id) and, when new, inserted
  with its extraction stamp already set; a new document has no earlier output, so
  nothing is read back or deleted for it;
* events go in with ``INSERT ... RETURNING id, seq``, so their search rows are built
  from the values just written instead of being read back;
* claims and search rows are one executemany each, the mentions one JSON row;
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
from rasid.store.prepared import PreparedEvent, PreparedExtraction, review_key
from rasid.store.schema import (
    actors,
    claims,
    document_mentions,
    documents,
    events,
    places,
)
from rasid.store.search import (
    add_document_to_index,
    add_events_to_index,
    unindex_events,
)

__all__ = ["actor_inters", "merge_places", "review_key", "upsert", "upsert_actors", "write_extraction"]

_PLACE_VALUES = ("name_en", "name_ar", "kind", "country", "admin1", "admin2", "admin3", "pcode",
                 "latitude", "longitude")


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def upsert(conn: Connection, table: sa.Table) -> Any:
    """An INSERT that can take ``ON CONFLICT``: SQLite and PostgreSQL build it alike."""
    return (sqlite if conn.dialect.name == "sqlite" else postgresql).insert(table)


# --- the document row ------------------------------------------------------------------------


def _stored_document(conn: Connection, prepared: PreparedExtraction) -> Any:
    """The stored row with this text, or ``None``; ``StoreError`` if the doc_id has another text."""
    digest = prepared.content_hash
    rows = conn.execute(
        sa.select(documents.c.id, documents.c.content_hash, documents.c.lang, documents.c.published,
                  documents.c.title)
        .where(sa.or_(documents.c.content_hash == digest, documents.c.doc_id == prepared.doc_id))
    ).all()
    same_text = [row for row in rows if row.content_hash == digest]
    if same_text:
        return same_text[0]
    if rows:
        raise StoreError(
            f"document {prepared.doc_id!r} is stored with a different text; its evidence "
            "offsets would not fit the stored text. Store the new text under a new doc_id."
        )
    return None


def document_row(prepared: PreparedExtraction, now: dt.datetime) -> dict[str, Any]:
    """The row of a new document already stamped as extracted (what an insert then an update did)."""
    return {
        "doc_id": prepared.doc_id, "content_hash": prepared.content_hash, "title": prepared.title,
        "url": prepared.url, "source": prepared.source, "lang": prepared.stored_lang,
        "published": prepared.stored_published, "text": prepared.text, "ingested_at": now,
        "extracted_at": now, "pipeline": prepared.pipeline,
    }


def _insert_document(conn: Connection, prepared: PreparedExtraction) -> int:
    inserted = conn.execute(sa.insert(documents).values(**document_row(prepared, _utcnow())))
    return int(inserted.inserted_primary_key[0])


def _stamp_document(conn: Connection, row: Any, prepared: PreparedExtraction) -> None:
    values: dict[str, Any] = {"extracted_at": _utcnow(), "pipeline": prepared.pipeline}
    if prepared.result_lang and row.lang != prepared.result_lang:
        values["lang"] = prepared.result_lang
    if row.published is None and prepared.result_published is not None:
        values["published"] = prepared.result_published
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
    conn.execute(sa.delete(document_mentions).where(document_mentions.c.document_id == doc_pk))
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


def insert_events(conn: Connection, rows: list[dict[str, Any]]) -> list[tuple[int, dict[str, Any]]]:
    """Insert event rows in one statement; (id, row) pairs. (``document_id``, ``seq``) is
    unique, so it matches each returned id to its row whatever order the database
    returns them in."""
    if not rows:
        return []
    by_key = {(row["document_id"], row["seq"]): row for row in rows}
    returned = conn.execute(
        sa.insert(events).returning(events.c.id, events.c.document_id, events.c.seq), rows).all()
    return [(int(r.id), by_key[(r.document_id, r.seq)]) for r in returned]


def event_search_rows(pairs: list[tuple[int, dict[str, Any]]],
                      prepared: dict[tuple[int, int], PreparedEvent]) -> list[tuple[int, Any]]:
    """(id, search body or column values) of inserted events, for ``add_events_to_index``."""
    out: list[tuple[int, Any]] = []
    for event_id, row in pairs:
        body = prepared[(row["document_id"], row["seq"])].search_body
        out.append((event_id, body if body is not None else row))
    return out


def claim_rows(prepared: PreparedExtraction, doc_pk: int) -> list[dict[str, Any]]:
    return [{**claim, "document_id": doc_pk} for claim in prepared.claims]


def mention_row(prepared: PreparedExtraction, doc_pk: int) -> dict[str, Any] | None:
    if not prepared.mention_count:
        return None
    return {"document_id": doc_pk, "count": prepared.mention_count, "data": prepared.mentions}


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


def actor_inters(evs: Iterable[PreparedEvent], into: dict[str, int | None] | None = None) -> dict[str, int | None]:
    """Every actor the events name, with the first inter code given for it.

    Upserting this once for several documents' events (``into`` carries it from one
    to the next, in order) leaves the same rows as upserting each document's in turn.
    """
    inter_by_name: dict[str, int | None] = {} if into is None else into
    for ev in evs:
        for name, inter in ev.actors:
            if inter_by_name.get(name) is None:
                inter_by_name[name] = inter
        for name in ev.assoc:
            inter_by_name.setdefault(name, None)
    return inter_by_name


def merge_places(evs: Iterable[PreparedEvent], into: dict[str, dict[str, Any]] | None = None) -> dict[str, dict[str, Any]]:
    """The places one document's events name, merged into ``into`` (those of the
    documents before it, in order), as ``_place_upsert`` rows.

    Within a document the last event's values of a place stand (one upsert row per
    place); across documents a later value overwrites an earlier one unless it is None,
    which is what upserting the documents one by one leaves in the table.
    """
    seen: dict[str, dict[str, Any]] = {}
    for ev in evs:
        if ev.place is not None:
            seen[ev.place["place_id"]] = ev.place
    merged: dict[str, dict[str, Any]] = {} if into is None else into
    for place_id, row in seen.items():
        earlier = merged.get(place_id)
        if earlier is None:
            merged[place_id] = dict(row)
        else:
            earlier.update({k: v for k, v in row.items() if v is not None})
    return merged


def upsert_places(conn: Connection, rows: Mapping[str, dict[str, Any]]) -> None:
    """Insert unknown places; on a known one, overwrite only the values given (not None)."""
    if rows:
        conn.execute(_place_upsert(conn.dialect.name), list(rows.values()))


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


def write_extraction(conn: Connection, prepared: PreparedExtraction) -> None:
    """Store the document (if new) and replace its machine output with the prepared
    extraction, in ``conn``'s transaction. See ``Store.save_extraction`` for the rules."""
    stored = _stored_document(conn, prepared)
    if stored is None:
        doc_pk = _insert_document(conn, prepared)
        reviewed: set[tuple[Any, ...]] = set()
    else:
        doc_pk = int(stored.id)
        _stamp_document(conn, stored, prepared)
        reviewed = _clear_machine_output(conn, doc_pk)
    kept = [ev for ev in prepared.events if ev.review_key not in reviewed]
    rows = [{**ev.row, "document_id": doc_pk} for ev in kept]
    by_key = {(doc_pk, ev.row["seq"]): ev for ev in kept}
    add_events_to_index(conn, event_search_rows(insert_events(conn, rows), by_key))
    # The stored title wins over this Document's: the index describes the stored row.
    title = prepared.title if stored is None else stored.title
    add_document_to_index(conn, [(doc_pk, prepared.document_search_body(title))], replace=stored is not None)
    upsert_actors(conn, actor_inters(kept))
    upsert_places(conn, merge_places(kept))
    claims_of = claim_rows(prepared, doc_pk)
    if claims_of:
        conn.execute(sa.insert(claims), claims_of)
    mentions_of = mention_row(prepared, doc_pk)
    if mentions_of is not None:
        conn.execute(sa.insert(document_mentions), [mentions_of])
