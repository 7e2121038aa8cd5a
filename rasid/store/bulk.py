"""Writing many ingested texts at once: the ingest writer's fast path.

Owns: ``Sighting``, ``NewText``, ``NearText``, ``SeenText`` (what the batch writer knows
about each item once it has classified it), ``write_texts`` (their rows, a statement per
kind of row for the whole group) and ``text_states`` / ``lock_texts`` (what the writer
looks up, and locks, once per flush instead of once per item).

``write_texts`` covers only the plain cases: a new text whose hash and doc_id are not
stored (with its prepared extraction), a near-duplicate of that kind, and a text already
stored (only its sighting is new). The rows it leaves are the ones the one-item methods
(``Store.save_prepared``, ``add_duplicate``, ``save_signature``, ``record_sighting``)
leave when called item after item, ids in the same order. Anything else (a stored text
to re-extract, a doc_id stored with another text) is for those methods, and so is a
group whose write fails: the caller runs it in a savepoint and, if it raises, replays
its items one at a time.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from rasid.errors import StoreError
from rasid.model import Document
from rasid.store.extraction import (
    actor_inters,
    claim_rows,
    document_row,
    event_search_rows,
    insert_events,
    mention_row,
    merge_places,
    upsert_actors,
    upsert_places,
)
from rasid.store.prepared import PreparedEvent, PreparedExtraction
from rasid.store.provenance_tables import (
    document_duplicates,
    document_sightings,
    document_signatures,
)
from rasid.store.schema import claims, document_mentions, documents
from rasid.store.search import add_document_to_index, add_events_to_index

__all__ = ["NearText", "NewText", "SeenText", "Sighting", "TextStates", "lock_texts", "text_states",
           "write_texts"]

_CHUNK = 500  # at most this many values in one IN (...) list


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def _chunks(values: Sequence[Any]) -> Iterator[Sequence[Any]]:
    for start in range(0, len(values), _CHUNK):
        yield values[start:start + _CHUNK]


@dataclass(frozen=True, slots=True)
class Sighting:
    """Where an item was seen (``Store.record_sighting``'s arguments); ``key`` is its origin
    digest (``rasid.store.provenance.origin_digest``)."""

    key: str
    origin: str
    kind: str
    match: str
    outlet: str | None = None
    url: str | None = None
    data: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class NewText:
    """A text stored under neither its hash nor its doc_id, with its prepared extraction."""

    prepared: PreparedExtraction
    signature: bytes | None
    method: str
    sighting: Sighting


@dataclass(frozen=True, slots=True)
class NearText:
    """A new text that nearly repeats the stored ``canonical_hash``: kept, not extracted."""

    doc: Document
    canonical_hash: str
    similarity: float
    method: str
    sighting: Sighting


@dataclass(frozen=True, slots=True)
class SeenText:
    """A stored text seen again: only the sighting may be new."""

    content_hash: str
    sighting: Sighting


GroupItem = NewText | NearText | SeenText


@dataclass
class TextStates:
    """What is stored of some texts: which hashes are ingested (extracted or linked as a
    duplicate), which are stored but not ingested, and which doc_ids are taken."""

    ingested: set[str] = field(default_factory=set)
    stored: set[str] = field(default_factory=set)
    doc_ids: set[str] = field(default_factory=set)


def lock_texts(conn: Connection, hashes: Iterable[str]) -> None:
    """``Store.lock_text`` for many texts, in one statement and in a fixed (sorted) order,
    so two writers locking overlapping sets cannot deadlock. PostgreSQL only."""
    if conn.dialect.name != "postgresql":
        return
    keys = sorted({int(h[:15], 16) for h in hashes})
    if keys:
        conn.execute(sa.text("SELECT pg_advisory_xact_lock(k) FROM unnest(CAST(:keys AS bigint[])) AS k"),
                     {"keys": keys})


def text_states(conn: Connection, hashes: Iterable[str], doc_ids: Iterable[str]) -> TextStates:
    """The ``TextStates`` of the given texts and doc_ids, in a query or two."""
    states = TextStates()
    wanted_hashes, wanted_ids = sorted(set(hashes)), sorted(set(doc_ids))
    duplicate = sa.select(document_duplicates.c.document_id).where(
        document_duplicates.c.document_id == documents.c.id).exists()
    cols = (documents.c.doc_id, documents.c.content_hash, documents.c.extracted_at.is_not(None).label("extracted"),
            duplicate.label("duplicate"))
    for column, values in ((documents.c.content_hash, wanted_hashes), (documents.c.doc_id, wanted_ids)):
        for part in _chunks(values):
            for row in conn.execute(sa.select(*cols).where(column.in_(part))):
                states.doc_ids.add(row.doc_id)
                states.stored.add(row.content_hash)
                if row.extracted or row.duplicate:
                    states.ingested.add(row.content_hash)
    return states


def _near_row(doc: Document, now: dt.datetime) -> dict[str, Any]:
    """The row ``Store.add_document`` gives a near-duplicate: the document as read, not extracted."""
    return {
        "doc_id": doc.doc_id, "content_hash": doc.content_hash, "title": doc.title, "url": doc.url,
        "source": doc.source, "lang": doc.lang, "published": doc.published, "text": doc.text,
        "ingested_at": now, "extracted_at": None, "pipeline": None,
    }


def _stored_ids(conn: Connection, hashes: set[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    for part in _chunks(sorted(hashes)):
        query = sa.select(documents.c.content_hash, documents.c.id).where(documents.c.content_hash.in_(part))
        found.update((digest, int(pk)) for digest, pk in conn.execute(query))
    missing = hashes - found.keys()
    if missing:
        raise StoreError(f"no stored document has content hash {min(missing)[:12]}...")
    return found


def _new_sightings(conn: Connection, items: Sequence[GroupItem], pk_of: Mapping[str, int],
                   now: dt.datetime) -> list[bool]:
    """Insert the sightings whose origin is not recorded yet; which items added one."""
    keys = sorted({item.sighting.key for item in items})
    known: set[str] = set()
    for part in _chunks(keys):
        known.update(conn.execute(sa.select(document_sightings.c.origin_hash)
                                  .where(document_sightings.c.origin_hash.in_(part))).scalars())
    rows: list[dict[str, Any]] = []
    added: list[bool] = []
    for item in items:
        s = item.sighting
        if s.key in known:
            added.append(False)
            continue
        known.add(s.key)
        digest = item.prepared.content_hash if isinstance(item, NewText) else \
            item.doc.content_hash if isinstance(item, NearText) else item.content_hash
        rows.append({"document_id": pk_of[digest], "origin_hash": s.key, "origin": s.origin, "kind": s.kind,
                     "match": s.match, "outlet": s.outlet, "url": s.url,
                     "data": json.dumps(dict(s.data), ensure_ascii=False), "seen_at": now})
        added.append(True)
    if rows:
        conn.execute(sa.insert(document_sightings), rows)
    return added


def write_texts(conn: Connection, items: Sequence[GroupItem]) -> list[bool]:
    """Write a group of classified items (see the module docstring), in ``conn``'s
    transaction; for each item, whether its sighting was new. Raises ``StoreError`` (or
    the database's error) if a row cannot be written; the caller rolls the group back."""
    if not items:
        return []
    now = _utcnow()
    doc_rows = [document_row(i.prepared, now) if isinstance(i, NewText) else _near_row(i.doc, now)
                for i in items if isinstance(i, NewText | NearText)]
    pk_of: dict[str, int] = {}
    if doc_rows:
        returned = conn.execute(sa.insert(documents).returning(documents.c.id, documents.c.content_hash), doc_rows)
        pk_of.update((row.content_hash, int(row.id)) for row in returned)
    elsewhere = {i.content_hash for i in items if isinstance(i, SeenText)} | \
        {i.canonical_hash for i in items if isinstance(i, NearText)}
    pk_of.update(_stored_ids(conn, elsewhere - pk_of.keys()))

    new = [i for i in items if isinstance(i, NewText)]
    event_rows: list[dict[str, Any]] = []
    by_key: dict[tuple[int, int], PreparedEvent] = {}
    names: dict[str, int | None] = {}
    place_rows: dict[str, dict[str, Any]] = {}
    claims_of: list[dict[str, Any]] = []
    mentions_of: list[dict[str, Any]] = []
    for item in new:
        prepared = item.prepared
        pk = pk_of[prepared.content_hash]
        for ev in prepared.events:
            event_rows.append({**ev.row, "document_id": pk})
            by_key[(pk, ev.row["seq"])] = ev
        actor_inters(prepared.events, names)
        merge_places(prepared.events, place_rows)
        claims_of += claim_rows(prepared, pk)
        mention = mention_row(prepared, pk)
        if mention is not None:
            mentions_of.append(mention)
    add_events_to_index(conn, event_search_rows(insert_events(conn, event_rows), by_key))
    add_document_to_index(conn, [(pk_of[i.prepared.content_hash], i.prepared.document_search_body(i.prepared.title))
                                 for i in new], replace=False)
    upsert_actors(conn, names)
    upsert_places(conn, place_rows)
    if claims_of:
        conn.execute(sa.insert(claims), claims_of)
    if mentions_of:
        conn.execute(sa.insert(document_mentions), mentions_of)
    signatures = [{"document_id": pk_of[i.prepared.content_hash], "method": i.method, "signature": i.signature}
                  for i in new if i.signature is not None]
    if signatures:
        conn.execute(sa.insert(document_signatures), signatures)
    links = [{"document_id": pk_of[i.doc.content_hash], "canonical_id": pk_of[i.canonical_hash],
              "similarity": float(i.similarity), "method": i.method, "created_at": now}
             for i in items if isinstance(i, NearText)]
    if links:
        conn.execute(sa.insert(document_duplicates), links)
    return _new_sightings(conn, items, pk_of, now)
