"""Ingestion provenance, deduplication records, batch checkpoints and event groups.

Owns: ``ProvenanceMixin`` (mixed into ``Store``): one-transaction batches with a
savepoint per item (``batch``, ``savepoint``), where each stored text was seen
(sightings), the ingest writer's group writes (``write_texts``, see ``rasid.store.bulk``), which texts duplicate which (exact and near), MinHash signatures, the
source registry (outlets), batch-run checkpoints and error reports, and the groups that
merge one incident's events from several sources.

Everything here adds rows to its own tables (``rasid.store.provenance_tables``); no
method changes an event, a claim or a review. A merge group only points at machine
events; undoing it closes the group and remembers the pair so it is not merged again.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sqlite3
import threading
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection
from sqlalchemy.exc import SQLAlchemyError

from rasid.errors import StoreError
from rasid.model import Document
from rasid.store import bulk
from rasid.store.extraction import upsert
from rasid.store.provenance_tables import (
    batch_errors,
    batch_runs,
    document_duplicates,
    document_sightings,
    document_signatures,
    event_group_members,
    event_groups,
    outlets,
)
from rasid.store.schema import documents, events

__all__ = ["GROUP_STATUSES", "ProvenanceMixin", "origin_digest"]

#: States of an event group: ``active`` merges, ``undone`` by a person, ``dissolved``
#: because a member was reviewed or replaced by re-extraction.
GROUP_STATUSES: tuple[str, ...] = ("active", "undone", "dissolved")
_CHUNK = 500  # at most this many values in one IN (...) list

_joined = threading.local()


def origin_digest(origin: str) -> str:
    """The key of a sighting: sha256 of its origin string."""
    return hashlib.sha256(origin.encode("utf-8")).hexdigest()


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def _chunks(values: Sequence[Any]) -> Iterator[Sequence[Any]]:
    for start in range(0, len(values), _CHUNK):
        yield values[start:start + _CHUNK]


def _loads(value: str | None, default: Any) -> Any:
    return json.loads(value) if value else default


class ProvenanceMixin:
    """Store methods for ingest provenance, dedup, batch runs and event groups."""

    _write: Any  # provided by Store
    _read: Any

    # --- one transaction for many writes ------------------------------------------------

    def _joined_connection(self) -> Connection | None:
        """The connection of this thread's open ``batch()`` on this store, if any."""
        return getattr(_joined, "conns", {}).get(id(self))

    @contextmanager
    def batch(self, what: str = "writing a batch") -> Iterator[None]:
        """Run every Store call of this thread inside one write transaction.

        Used with ``savepoint`` around each item, so one bad item rolls back alone and
        the rest commit together (with their checkpoint) when the block ends.
        """
        if self._joined_connection() is not None:
            raise StoreError("Store.batch() blocks do not nest")
        with self._write(what) as conn:
            conns = _joined.__dict__.setdefault("conns", {})
            conns[id(self)] = conn
            try:
                yield
            finally:
                del conns[id(self)]

    @contextmanager
    def savepoint(self, what: str) -> Iterator[None]:
        """A nested transaction inside ``batch()``: rolled back alone if the block fails."""
        conn = self._joined_connection()
        if conn is None:
            raise StoreError("Store.savepoint() needs an open Store.batch()")
        try:
            with conn.begin_nested():
                yield
        except (SQLAlchemyError, sqlite3.Error) as e:
            raise StoreError(f"{what} failed: {e}") from e

    # --- documents: what is done, where it was seen ---------------------------------------

    def ingested_hashes(self, hashes: Iterable[str]) -> set[str]:
        """The content hashes among ``hashes`` whose document is extracted or a duplicate."""
        wanted = sorted(set(hashes))
        found: set[str] = set()
        with self._read("looking up ingested documents") as conn:
            for part in _chunks(wanted):
                done = sa.or_(
                    documents.c.extracted_at.is_not(None),
                    documents.c.id.in_(sa.select(document_duplicates.c.document_id)),
                )
                query = sa.select(documents.c.content_hash).where(documents.c.content_hash.in_(part), done)
                found.update(conn.execute(query).scalars())
        return found

    def lock_text(self, content_hash: str) -> None:
        """Make other writers of the same text wait until this transaction ends.

        On PostgreSQL a transaction-level advisory lock keyed on the content hash, so
        two processes ingesting the same text store it once; SQLite needs none (one
        writer at a time). Call it inside ``batch()``, before looking the text up.
        """
        with self._write("locking a text") as conn:
            if conn.dialect.name == "postgresql":
                conn.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": int(content_hash[:15], 16)})

    def lock_texts(self, content_hashes: Iterable[str]) -> None:
        """``lock_text`` for many texts at once (in a fixed order, so writers cannot deadlock)."""
        with self._write("locking texts") as conn:
            bulk.lock_texts(conn, content_hashes)

    def text_states(self, content_hashes: Iterable[str], doc_ids: Iterable[str]) -> bulk.TextStates:
        """Which of these texts are stored, which ingested, which of these doc_ids are taken."""
        with self._read("looking up texts") as conn:
            return bulk.text_states(conn, content_hashes, doc_ids)

    def write_texts(self, items: Sequence[bulk.GroupItem]) -> list[bool]:
        """Store a group of ingested items in one statement per kind of row; for each item,
        whether its sighting was new. See ``rasid.store.bulk`` for what it covers; inside
        ``batch()``, run it in a ``savepoint`` so a failure rolls the group back alone."""
        with self._write(f"storing {len(items)} texts") as conn:
            return bulk.write_texts(conn, items)

    def known_origins(self, origins: Iterable[str]) -> set[str]:
        """The origins (as given to ``record_sighting``) already recorded."""
        by_digest = {origin_digest(o): o for o in origins}
        found: set[str] = set()
        with self._read("looking up sightings") as conn:
            for part in _chunks(sorted(by_digest)):
                query = sa.select(document_sightings.c.origin_hash).where(document_sightings.c.origin_hash.in_(part))
                found.update(by_digest[d] for d in conn.execute(query).scalars())
        return found

    def record_sighting(self, content_hash: str, origin: str, *, kind: str, match: str,
                        outlet: str | None = None, url: str | None = None,
                        data: Mapping[str, Any] | None = None) -> bool:
        """Record that the stored text ``content_hash`` was seen at ``origin``.

        Returns ``False`` (and writes nothing) if that origin is already recorded.
        Raises ``StoreError`` if no document has that content hash.
        """
        digest = origin_digest(origin)
        with self._write(f"recording where {origin!r} was seen") as conn:
            doc_pk = conn.execute(sa.select(documents.c.id).where(documents.c.content_hash == content_hash)).scalar()
            if doc_pk is None:
                if conn.execute(sa.select(document_sightings.c.id)
                                .where(document_sightings.c.origin_hash == digest)).first():
                    return False
                raise StoreError(f"no stored document has content hash {content_hash[:12]}...")
            # One statement instead of a look-up then an insert: a known origin is skipped.
            stmt = upsert(conn, document_sightings).values(
                document_id=doc_pk, origin_hash=digest, origin=origin, kind=kind, match=match,
                outlet=outlet, url=url, data=json.dumps(dict(data or {}), ensure_ascii=False),
                seen_at=_utcnow(),
            ).on_conflict_do_nothing(index_elements=[document_sightings.c.origin_hash])
            # RETURNING, not rowcount: on PostgreSQL rowcount came back 0 for a row inserted.
            return conn.execute(stmt.returning(document_sightings.c.id)).first() is not None

    def sightings(self, doc_id: str) -> list[dict[str, Any]]:
        """Where a document's text was seen (its near-duplicates' sightings included), oldest first."""
        with self._read(f"reading the sightings of {doc_id!r}") as conn:
            pk = conn.execute(sa.select(documents.c.id).where(documents.c.doc_id == doc_id)).scalar()
            if pk is None:
                return []
            ids = [pk, *conn.execute(sa.select(document_duplicates.c.document_id)
                                     .where(document_duplicates.c.canonical_id == pk)).scalars()]
            rows = conn.execute(
                sa.select(document_sightings, documents.c.doc_id)
                .join(documents, documents.c.id == document_sightings.c.document_id)
                .where(document_sightings.c.document_id.in_(ids))
                .order_by(document_sightings.c.id)
            )
            return [_sighting_dict(row) for row in rows]

    def add_duplicate(self, doc: Document, canonical_hash: str, similarity: float, method: str) -> bool:
        """Store ``doc`` as a near-duplicate of the document with ``canonical_hash``.

        The text is kept (full provenance) but not extracted: its events are the
        canonical document's. Returns ``False`` if ``doc`` was already stored.
        """
        with self._write(f"linking {doc.doc_id!r} as a duplicate") as conn:
            canonical = _document_pk(conn, canonical_hash)
            doc_pk, added = self._add_document(conn, doc)  # type: ignore[attr-defined]
            if not added or doc_pk == canonical:
                return False
            conn.execute(sa.insert(document_duplicates).values(
                document_id=doc_pk, canonical_id=canonical, similarity=float(similarity),
                method=method, created_at=_utcnow(),
            ))
        return True

    def duplicates(self, doc_id: str | None = None) -> list[dict[str, Any]]:
        """Near-duplicate links: ``{doc_id, canonical_doc_id, similarity, method}``."""
        dup, canon = documents.alias("dup"), documents.alias("canon")
        query = (
            sa.select(dup.c.doc_id, canon.c.doc_id.label("canonical_doc_id"),
                      document_duplicates.c.similarity, document_duplicates.c.method)
            .join(dup, dup.c.id == document_duplicates.c.document_id)
            .join(canon, canon.c.id == document_duplicates.c.canonical_id)
            .order_by(document_duplicates.c.document_id)
        )
        if doc_id is not None:
            query = query.where(sa.or_(dup.c.doc_id == doc_id, canon.c.doc_id == doc_id))
        with self._read("reading duplicate links") as conn:
            return [dict(row._mapping) for row in conn.execute(query)]

    def save_signature(self, content_hash: str, method: str, signature: bytes) -> None:
        """Keep a document's near-duplicate signature (replacing one of the same document)."""
        with self._write("saving a document signature") as conn:
            pk = _document_pk(conn, content_hash)
            stmt = upsert(conn, document_signatures).values(document_id=pk, method=method, signature=signature)
            conn.execute(stmt.on_conflict_do_update(
                index_elements=[document_signatures.c.document_id],
                set_={"method": stmt.excluded.method, "signature": stmt.excluded.signature},
            ))

    def signatures(self, method: str) -> Iterator[tuple[str, bytes]]:
        """(content hash, signature) of every document signed with ``method``."""
        query = (
            sa.select(documents.c.content_hash, document_signatures.c.signature)
            .join(documents, documents.c.id == document_signatures.c.document_id)
            .where(document_signatures.c.method == method)
            .order_by(documents.c.id)
        )
        with self._read("reading document signatures") as conn:
            rows = [(row.content_hash, bytes(row.signature)) for row in conn.execute(query)]
        yield from rows

    # --- the source registry ----------------------------------------------------------------

    def upsert_outlets(self, items: Iterable[Mapping[str, Any]]) -> int:
        """Insert or update outlets (``name``, ``language``, ``url``, ``domains``, ``feeds``,
        ``telegram``, ``notes``); return how many changed."""
        changed = 0
        with self._write("saving outlets") as conn:
            for item in items:
                values = {
                    "language": item.get("language"), "url": item.get("url"), "notes": item.get("notes"),
                    **{k: json.dumps(list(item.get(k) or []), ensure_ascii=False)
                       for k in ("domains", "feeds", "telegram")},
                }
                row = conn.execute(sa.select(outlets).where(outlets.c.name == item["name"])).first()
                if row is None:
                    conn.execute(sa.insert(outlets).values(name=item["name"], updated_at=_utcnow(), **values))
                elif any(row._mapping[k] != v for k, v in values.items()):
                    conn.execute(sa.update(outlets).where(outlets.c.name == item["name"])
                                 .values(updated_at=_utcnow(), **values))
                else:
                    continue
                changed += 1
        return changed

    def outlets(self) -> list[dict[str, Any]]:
        """The stored source registry, by name."""
        with self._read("reading outlets") as conn:
            rows = conn.execute(sa.select(outlets).order_by(outlets.c.name))
            return [
                {**{k: v for k, v in row._mapping.items() if k != "updated_at"},
                 **{k: _loads(row._mapping[k], []) for k in ("domains", "feeds", "telegram")}}
                for row in rows
            ]

    # --- batch runs: checkpoints and error reports ---------------------------------------

    def open_batch_run(self, run_id: str, inputs: Any, pipeline: str) -> dict[str, Any]:
        """The run's checkpoint, created (``position`` 0) if the run is new."""
        with self._write(f"opening batch run {run_id}") as conn:
            row = conn.execute(sa.select(batch_runs).where(batch_runs.c.run_id == run_id)).first()
            if row is None:
                now = _utcnow()
                conn.execute(sa.insert(batch_runs).values(
                    run_id=run_id, inputs=json.dumps(inputs, ensure_ascii=False), pipeline=pipeline,
                    status="running", position=0, state="{}", started_at=now, updated_at=now,
                ))
                return {"run_id": run_id, "status": "new", "position": 0, "state": {}}
            conn.execute(sa.update(batch_runs).where(batch_runs.c.run_id == run_id)
                         .values(status="running", updated_at=_utcnow()))
            return {"run_id": run_id, "status": row.status, "position": row.position,
                    "state": _loads(row.state, {})}

    def checkpoint_batch_run(self, run_id: str, position: int, state: Mapping[str, Any],
                             status: str = "running") -> None:
        """Record how far a run got (in the caller's batch transaction, if one is open)."""
        with self._write(f"checkpointing batch run {run_id}") as conn:
            conn.execute(sa.update(batch_runs).where(batch_runs.c.run_id == run_id).values(
                position=position, state=json.dumps(state, ensure_ascii=False), status=status,
                updated_at=_utcnow(),
            ))

    def restart_batch_run(self, run_id: str) -> None:
        """Set a run back to its start and drop its error report."""
        with self._write(f"restarting batch run {run_id}") as conn:
            conn.execute(sa.delete(batch_errors).where(batch_errors.c.run_id == run_id))
            conn.execute(sa.update(batch_runs).where(batch_runs.c.run_id == run_id).values(
                position=0, state="{}", status="running", updated_at=_utcnow()))

    def batch_run(self, run_id: str) -> dict[str, Any] | None:
        """A run's checkpoint and status, or ``None``."""
        with self._read(f"reading batch run {run_id}") as conn:
            row = conn.execute(sa.select(batch_runs).where(batch_runs.c.run_id == run_id)).first()
        if row is None:
            return None
        out = dict(row._mapping)
        out["inputs"] = _loads(row.inputs, None)
        out["state"] = _loads(row.state, {})
        return out

    def add_batch_errors(self, run_id: str, errors: Iterable[tuple[int, str, str]]) -> None:
        """Record (item number, source, reason) of failed items; an item recorded before is kept."""
        with self._write(f"recording errors of batch run {run_id}") as conn:
            for item, source, reason in errors:
                exists = conn.execute(sa.select(batch_errors.c.item).where(
                    batch_errors.c.run_id == run_id, batch_errors.c.item == item)).first()
                if exists is None:
                    conn.execute(sa.insert(batch_errors).values(
                        run_id=run_id, item=item, source=source, reason=reason, created_at=_utcnow()))

    def batch_errors(self, run_id: str) -> list[dict[str, Any]]:
        """The error report of a run: ``{item, source, reason}`` in input order."""
        with self._read(f"reading errors of batch run {run_id}") as conn:
            rows = conn.execute(sa.select(batch_errors.c.item, batch_errors.c.source, batch_errors.c.reason)
                                .where(batch_errors.c.run_id == run_id).order_by(batch_errors.c.item))
            return [dict(row._mapping) for row in rows]

    # --- event groups (cross-source merges) ----------------------------------------------

    def merge_candidates(self, date_from: dt.date | None = None,
                         date_to: dt.date | None = None) -> list[dict[str, Any]]:
        """Dated machine events with their document's outlet, for cross-source merging.

        Each: the event columns plus ``id``, ``doc_id``, ``document_id``, ``outlet``
        (document source) and ``published``.
        """
        cols = [events.c[name] for name in (
            "id", "document_id", "event_type", "sub_event_type", "actor1", "actor2", "inter1", "inter2",
            "assoc_actor_1", "assoc_actor_2", "place_id", "location_en", "admin1", "admin2", "admin3",
            "latitude", "longitude", "date", "fatalities", "attribution", "status")]
        query = (
            sa.select(*cols, documents.c.doc_id, documents.c.source.label("outlet"), documents.c.published)
            .join(documents, documents.c.id == events.c.document_id)
            .where(events.c.status == "machine", events.c.date.is_not(None))
            .order_by(events.c.date, events.c.id)
        )
        if date_from is not None:
            query = query.where(events.c.date >= date_from)
        if date_to is not None:
            query = query.where(events.c.date <= date_to)
        with self._read("reading merge candidates") as conn:
            return [dict(row._mapping) for row in conn.execute(query)]

    def create_event_group(self, event_ids: Sequence[int], rule: str) -> int:
        """Group machine events reporting one incident; return the group id.

        Raises ``StoreError`` if fewer than two events are given, one is unknown or not
        machine output (reviewed events are never merged), or one is already in an
        active group.
        """
        ids = sorted(set(event_ids))
        if len(ids) < 2:
            raise StoreError("an event group needs at least two events")
        with self._write("grouping events") as conn:
            rows = conn.execute(
                sa.select(events.c.id, events.c.status, events.c.data, documents.c.doc_id)
                .join(documents, documents.c.id == events.c.document_id).where(events.c.id.in_(ids))
            ).all()
            found = {row.id: row for row in rows}
            missing = [i for i in ids if i not in found]
            if missing:
                raise StoreError(f"no event with id {missing[0]}")
            reviewed = [i for i in ids if found[i].status != "machine"]
            if reviewed:
                raise StoreError(f"event {reviewed[0]} was reviewed ({found[reviewed[0]].status}); "
                                 "reviewed events are never merged")
            busy = conn.execute(
                sa.select(event_group_members.c.event_id)
                .join(event_groups, event_groups.c.id == event_group_members.c.group_id)
                .where(event_groups.c.status == "active", event_group_members.c.event_id.in_(ids))
            ).scalars().first()
            if busy is not None:
                raise StoreError(f"event {busy} is already in an active group")
            group_id = int(conn.execute(sa.insert(event_groups).values(
                status="active", rule=rule, created_at=_utcnow())).inserted_primary_key[0])
            conn.execute(sa.insert(event_group_members), [
                {"group_id": group_id, "event_id": i, "doc_id": found[i].doc_id, "snapshot": found[i].data}
                for i in ids
            ])
        return group_id

    def event_groups(self, status: str | None = "active") -> list[dict[str, Any]]:
        """Event groups with their members (``event_id`` is None once an event was replaced)."""
        if status is not None and status not in GROUP_STATUSES:
            raise StoreError(f"unknown group status {status!r}; expected one of {', '.join(GROUP_STATUSES)}")
        query = sa.select(event_groups).order_by(event_groups.c.id)
        if status is not None:
            query = query.where(event_groups.c.status == status)
        with self._read("reading event groups") as conn:
            groups = {row.id: {**dict(row._mapping), "members": []} for row in conn.execute(query)}
            for part in _chunks(sorted(groups)):
                members = conn.execute(
                    sa.select(event_group_members).where(event_group_members.c.group_id.in_(part))
                    .order_by(event_group_members.c.id))
                for m in members:
                    groups[m.group_id]["members"].append(
                        {"event_id": m.event_id, "doc_id": m.doc_id, "snapshot": json.loads(m.snapshot)})
        return [{**g, "created_at": _iso(g["created_at"]), "closed_at": _iso(g["closed_at"])}
                for g in groups.values()]

    def undo_event_group(self, group_id: int, user: str, reason: str = "undone") -> None:
        """Undo a merge: the group is closed (kept for the record); its events stand alone
        again and ``merge`` will not group the same events together again."""
        if not user:
            raise StoreError("undo_event_group needs the user's name")
        self._close_group(group_id, "undone", user, reason)

    def dissolve_event_group(self, group_id: int, reason: str) -> None:
        """Close a group the machine can no longer stand behind (a member was reviewed or
        replaced). Unlike an undo, the events may be grouped again later."""
        self._close_group(group_id, "dissolved", None, reason)

    def _close_group(self, group_id: int, status: str, user: str | None, reason: str) -> None:
        with self._write(f"closing event group {group_id}") as conn:
            row = conn.execute(sa.select(event_groups.c.status).where(event_groups.c.id == group_id)).first()
            if row is None:
                raise StoreError(f"no event group with id {group_id}")
            if row.status != "active":
                raise StoreError(f"event group {group_id} is already {row.status}")
            conn.execute(sa.update(event_groups).where(event_groups.c.id == group_id).values(
                status=status, closed_at=_utcnow(), closed_by=user, closed_reason=reason))

    def event_outlets(self, event_ids: Iterable[int]) -> dict[int, list[str]]:
        """The outlets that carried each event's document: its own source and the outlets
        of every sighting of it or of its near-duplicates, first seen first."""
        ids = sorted(set(event_ids))
        out: dict[int, list[str]] = {i: [] for i in ids}
        with self._read("reading event outlets") as conn:
            for part in _chunks(ids):
                doc_of = dict(conn.execute(sa.select(events.c.id, events.c.document_id)
                                           .where(events.c.id.in_(part))).all())
                by_doc = _document_outlets(conn, set(doc_of.values()))
                for event_id, doc_pk in doc_of.items():
                    out[event_id] = by_doc.get(doc_pk, [])
        return out


def _iso(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.datetime | dt.date) else value


def _document_pk(conn: Connection, content_hash: str) -> int:
    pk = conn.execute(sa.select(documents.c.id).where(documents.c.content_hash == content_hash)).scalar()
    if pk is None:
        raise StoreError(f"no stored document has content hash {content_hash[:12]}...")
    return int(pk)


def _sighting_dict(row: Any) -> dict[str, Any]:
    out = {k: _iso(v) for k, v in row._mapping.items() if k not in ("origin_hash", "document_id")}
    out["data"] = _loads(row.data, {})
    return out


def _document_outlets(conn: Connection, doc_pks: set[int]) -> dict[int, list[str]]:
    """Outlet names per document: the document's own source, then its sightings' and its
    near-duplicates' outlets, without repeats."""
    out: dict[int, list[str]] = {pk: [] for pk in doc_pks}

    def add(pk: int, name: str | None) -> None:
        if name and name not in out[pk]:
            out[pk].append(name)

    if not doc_pks:
        return out
    pks = sorted(doc_pks)
    for pk, source in conn.execute(sa.select(documents.c.id, documents.c.source).where(documents.c.id.in_(pks))):
        add(pk, source)
    dup_of = dict(conn.execute(sa.select(document_duplicates.c.document_id, document_duplicates.c.canonical_id)
                               .where(document_duplicates.c.canonical_id.in_(pks))).all())
    everyone = pks + sorted(dup_of)
    rows = conn.execute(sa.select(document_sightings.c.document_id, document_sightings.c.outlet)
                        .where(document_sightings.c.document_id.in_(everyone))
                        .order_by(document_sightings.c.id))
    for doc_pk, outlet in rows:  # in the order they were seen
        add(dup_of.get(doc_pk, doc_pk), outlet)
    for dup_pk, source in conn.execute(sa.select(documents.c.id, documents.c.source)
                                       .where(documents.c.id.in_(sorted(dup_of) or [-1]))):
        add(dup_of[dup_pk], source)
    return out
