"""The rasid database: documents, machine-extracted events and claims, and human review.

Owns: ``Store`` (open/close, documents, extraction results, queries, review, merges).
``EventFilter`` and the query building live in ``rasid.store.queries``; the statements
that write one extraction in ``rasid.store.extraction``; users, tokens and sessions in
``rasid.store.accounts``; the full-text index in ``rasid.store.search``.

SQLite first: a plain path opens (and creates) an SQLite file in WAL mode with foreign
keys on. ``sqlite:///...`` and ``postgresql://...`` URLs are accepted too; all SQL is
SQLAlchemy Core (no JSON operators). The one dialect-specific construct is the
``INSERT ... ON CONFLICT`` upsert, which SQLite and PostgreSQL spell the same way.

Single-writer discipline: a ``Store`` holds one Engine, and every write runs in one
short transaction (on SQLite ``BEGIN IMMEDIATE``, so a writer takes the write lock up
front instead of failing half-way). SQLite allows one writer at a time; readers are
not blocked (WAL). Concurrent writers must go through one process (e.g. one ingest
worker or the web app's single Store) - several processes writing the same file will
wait on each other up to the busy timeout and then fail with ``StoreError``.

Storage conventions:

* ``events.data`` / ``claims.data`` hold the JSON exactly as the machine emitted it
  (``event_to_json`` / ``claim_to_json`` with quotes and evidence spans). The event
  columns hold the *current* values: review edits change the columns, never ``data``,
  and readers overlay the columns on ``data``.
* ``events.status`` is ``machine`` until a person confirms, edits or rejects the
  event; ``save_extraction`` replaces only ``machine`` rows. Every review change is
  appended to ``review_edits`` (JSON-encoded before/after).
* Timestamps are naive UTC.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import sqlite3
from collections.abc import Iterator, Mapping
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy import event as sa_event
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import ArgumentError, SQLAlchemyError

from rasid.errors import StoreError
from rasid.model import (
    EVENT_TYPES,
    INTER_CODES,
    SUB_EVENT_TYPES,
    Document,
    ExtractionResult,
)
from rasid.store.accounts import AccountsMixin
from rasid.store.extraction import upsert_actors, write_extraction
from rasid.store.migrations import migrate
from rasid.store.prepared import PreparedExtraction, mentions_from_json, prepare_extraction
from rasid.store.provenance import ProvenanceMixin
from rasid.store.queries import (
    EventFilter,
    check_filter,
    event_conditions,
    event_order,
    like_escape,
    weekly_stats_query,
)
from rasid.store.schema import (
    EVENT_FIELDS,
    STATUSES,
    actors,
    claims,
    document_mentions,
    documents,
    events,
    places,
    review_edits,
)
from rasid.store.search import index_events
from rasid.store.weeks import week_of

__all__ = ["EventFilter", "Store"]

_WRITE = "rasid_write"  # execution option: this connection will write (BEGIN IMMEDIATE)
_SQLITE_BUSY_TIMEOUT_S = 30.0
_SQLITE_CACHE_KIB = 64 * 1024
_SQLITE_MMAP_BYTES = 256 * 1024 * 1024
_SUPPORTED_BACKENDS = ("sqlite", "postgresql")

_INT_FIELDS = frozenset({"inter1", "inter2", "geo_precision", "time_precision", "fatalities"})
_FLOAT_FIELDS = frozenset({"latitude", "longitude", "confidence"})
_REQUIRED_FIELDS = frozenset({"event_type", "sub_event_type"})
#: Fields a reviewer may change with ``record_edit``.
EDITABLE_FIELDS: tuple[str, ...] = EVENT_FIELDS


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def _jsonable(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return value


def _dumps(value: Any) -> str:
    return json.dumps(_jsonable(value), ensure_ascii=False)


def _sqlite_url_for(path: Path) -> sa.URL:
    if path.is_dir():
        raise StoreError(f"{path} is a directory, not a database file")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise StoreError(f"cannot create the directory for {path}: {e}") from e
    return sa.URL.create("sqlite", database=str(path))


def _install_sqlite_hooks(engine: Engine) -> None:
    """WAL, foreign keys, and transactions that rasid (not the sqlite3 module) begins.

    The sqlite3 module's own transaction handling does not cover DDL and cannot take
    the write lock up front; the hooks below are SQLAlchemy's documented recipe for
    that, plus ``BEGIN IMMEDIATE`` on connections marked as writers.
    """

    @sa_event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None
        cursor = dbapi_conn.cursor()
        try:
            cursor.execute("PRAGMA foreign_keys = ON")
            cursor.execute(f"PRAGMA busy_timeout = {int(_SQLITE_BUSY_TIMEOUT_S * 1000)}")
            cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA synchronous = NORMAL")
            # Reads of a large events table (the analyst server's filters and weekly
            # statistics) touch many pages: a 64 MB page cache and memory-mapped reads
            # keep them off the read() system call.
            cursor.execute(f"PRAGMA cache_size = -{_SQLITE_CACHE_KIB}")
            cursor.execute(f"PRAGMA mmap_size = {_SQLITE_MMAP_BYTES}")
        finally:
            cursor.close()

    @sa_event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        immediate = conn.get_execution_options().get(_WRITE)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


class Store(AccountsMixin, ProvenanceMixin):
    """A rasid database. Open with ``Store.open(path_or_url)``; use as a context manager.

    One Store, one Engine: see the module docstring for the single-writer discipline.
    Methods raise ``StoreError`` for database problems and for invalid review input.
    """

    def __init__(self, engine: Engine) -> None:
        """Wrap an engine whose database is already migrated; prefer ``Store.open``."""
        self._engine = engine
        self._closed = False

    # --- lifecycle --------------------------------------------------------------------

    @classmethod
    def open(cls, url_or_path: str | Path) -> Store:
        """Open (creating and migrating if needed) the database at a path or URL.

        A plain path means an SQLite file; ``sqlite:///...`` and ``postgresql://...``
        URLs are accepted. Raises ``StoreError`` if the database cannot be opened, is
        not a rasid database, or was written by a newer rasid.
        """
        if isinstance(url_or_path, Path) or "://" not in url_or_path:
            url = _sqlite_url_for(Path(url_or_path).expanduser())
        else:
            try:
                url = sa.make_url(url_or_path)
                if url.drivername == "postgresql":  # psycopg (v3) is the driver rasid installs
                    url = url.set(drivername="postgresql+psycopg")
            except ArgumentError as e:
                raise StoreError(f"not a database URL: {url_or_path!r} ({e})") from e
        if url.get_backend_name() not in _SUPPORTED_BACKENDS:
            raise StoreError(
                f"unsupported database {url.get_backend_name()!r}: "
                f"use an SQLite path or one of {', '.join(_SUPPORTED_BACKENDS)} URLs"
            )
        try:
            if url.get_backend_name() == "sqlite":
                engine = sa.create_engine(url, connect_args={"timeout": _SQLITE_BUSY_TIMEOUT_S})
                _install_sqlite_hooks(engine)
            else:
                engine = sa.create_engine(url, pool_pre_ping=True)
        except (SQLAlchemyError, ImportError) as e:
            shown = url.render_as_string(hide_password=True)
            raise StoreError(f"cannot open database {shown}: {e}") from e
        store = cls(engine)
        try:
            with store._write("migrating the database") as conn:
                migrate(conn)
        except BaseException:
            engine.dispose()
            raise
        return store

    @property
    def url(self) -> str:
        """The database URL, password hidden."""
        return self._engine.url.render_as_string(hide_password=True)

    def close(self) -> None:
        """Release the database connections. The Store cannot be used afterwards."""
        if not self._closed:
            self._closed = True
            self._engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({self.url!r}{', closed' if self._closed else ''})"

    @contextmanager
    def _transaction(self, what: str, *, write: bool) -> Iterator[Connection]:
        if self._closed:
            raise StoreError(f"{what}: the store is closed")
        joined = self._joined_connection()  # inside Store.batch(): join its transaction
        if joined is not None:
            yield joined
            return
        try:
            with self._engine.connect() as conn:
                if write:
                    conn.execution_options(**{_WRITE: True})
                with conn.begin():
                    yield conn
        except (SQLAlchemyError, sqlite3.Error) as e:
            raise StoreError(f"{what} failed: {e}") from e

    def _write(self, what: str) -> AbstractContextManager[Connection]:
        return self._transaction(what, write=True)

    def _read(self, what: str) -> AbstractContextManager[Connection]:
        return self._transaction(what, write=False)

    # --- documents --------------------------------------------------------------------

    def add_document(self, doc: Document) -> tuple[int, bool]:
        """Store a document unless it is already there; return (row id, added?).

        Idempotent by content hash and by doc_id: a document whose text or doc_id is
        already stored returns the existing row's id and ``False`` and changes nothing
        (the first text stored under a doc_id wins).
        """
        with self._write(f"adding document {doc.doc_id!r}") as conn:
            return self._add_document(conn, doc)

    @staticmethod
    def _add_document(conn: Connection, doc: Document) -> tuple[int, bool]:
        digest = doc.content_hash
        row = conn.execute(
            sa.select(documents.c.id).where(documents.c.content_hash == digest)
        ).first()
        if row is None:
            row = conn.execute(
                sa.select(documents.c.id).where(documents.c.doc_id == doc.doc_id)
            ).first()
        if row is not None:
            return int(row.id), False
        result = conn.execute(
            sa.insert(documents).values(
                doc_id=doc.doc_id,
                content_hash=digest,
                title=doc.title,
                url=doc.url,
                source=doc.source,
                lang=doc.lang,
                published=doc.published,
                text=doc.text,
                ingested_at=_utcnow(),
            )
        )
        return int(result.inserted_primary_key[0]), True

    def has_document(self, content_hash: str) -> bool:
        """Whether a document with this content hash (``rasid.model.content_hash``) is stored."""
        with self._read("looking up a document") as conn:
            row = conn.execute(
                sa.select(documents.c.id).where(documents.c.content_hash == content_hash)
            ).first()
        return row is not None

    def documents(self, limit: int = 100, offset: int = 0) -> list[dict[str, Any]]:
        """Stored documents in insertion order, without their text."""
        _check_page(limit, offset)
        cols = [c for c in documents.c if c.name != "text"]
        query = sa.select(*cols).order_by(documents.c.id).limit(limit).offset(offset)
        with self._read("listing documents") as conn:
            return [_row_dict(row) for row in conn.execute(query)]

    def doc_id_of(self, pk: int) -> str | None:
        """The doc_id of the document with row id ``pk`` (as ``add_document`` returns it)."""
        with self._read("looking up a document") as conn:
            return conn.execute(sa.select(documents.c.doc_id).where(documents.c.id == pk)).scalar()

    def document(self, doc_id: str) -> dict[str, Any] | None:
        """One stored document with its text, or ``None``."""
        with self._read(f"reading document {doc_id!r}") as conn:
            row = conn.execute(sa.select(documents).where(documents.c.doc_id == doc_id)).first()
        return _row_dict(row) if row is not None else None

    # --- extraction results -----------------------------------------------------------

    def save_extraction(self, doc: Document, result: ExtractionResult) -> None:
        """Store a document's extraction, replacing its previous machine output.

        In one transaction: stores the document if it is new; deletes its ``machine``
        events and all its claims and mentions; inserts the result's events (except
        those duplicating a reviewed event: same event type, date, admin1 and actor1,
        compared with both the reviewed and the original machine values), its claims
        and ``doc.mentions``; and upserts the actors and places the events reference.
        Events a person confirmed, edited or rejected are never touched.

        Raises ``StoreError`` if ``result`` is for another doc_id, if the doc_id is
        stored with a different text (the evidence offsets would not fit it) or if a
        mention has no label or key.
        """
        prepared = prepare_extraction(doc, result, search=self.full_text_search)
        self.save_prepared(prepared)

    def save_prepared(self, prepared: PreparedExtraction) -> None:
        """``save_extraction`` of an extraction prepared beforehand (``prepare_extraction``,
        which ingest workers run so the writer does not have to)."""
        with self._write(f"saving the extraction of {prepared.doc_id!r}") as conn:
            write_extraction(conn, prepared)

    @property
    def full_text_search(self) -> bool:
        """Whether this database keeps the full-text index (SQLite) that writes must fill."""
        return self._dialect == "sqlite"

    # --- queries ----------------------------------------------------------------------

    def events(self, filter: EventFilter | None = None) -> list[dict[str, Any]]:  # noqa: A002
        """Events matching ``filter``, ordered by ``filter.sort`` (default: date, undated
        last, then id).

        Each is an ``event_to_json`` dict carrying the current (reviewed) values, plus
        ``id``, ``doc_id``, ``status`` and ``merged_into``.
        """
        f = filter or EventFilter()
        check_filter(f)
        query = (
            sa.select(events, documents.c.doc_id)
            .join(documents, events.c.document_id == documents.c.id)
            .where(*event_conditions(f, self._dialect))
            .order_by(*event_order(f, self._dialect))
            .limit(f.limit)
            .offset(f.offset)
        )
        with self._read("querying events") as conn:
            return [_event_dict(row) for row in conn.execute(query)]

    def count_events(self, filter: EventFilter | None = None) -> int:  # noqa: A002
        """How many events match ``filter`` (its limit and offset ignored)."""
        f = filter or EventFilter()
        check_filter(f)
        query = sa.select(sa.func.count()).select_from(events)
        if f.doc_id is not None:
            query = query.join(documents, events.c.document_id == documents.c.id)
        query = query.where(*event_conditions(f, self._dialect, aggregate=True))
        with self._read("counting events") as conn:
            return int(conn.execute(query).scalar_one())

    def weekly_stats(self, filter: EventFilter | None = None) -> list[dict[str, Any]]:  # noqa: A002
        """Events and fatalities per week (its Monday) x event type x admin1, dated events only."""
        f = filter or EventFilter()
        check_filter(f)
        with self._read("computing weekly statistics") as conn:
            return [
                {"week": _jsonable(row.week), "event_type": row.event_type, "admin1": row.admin1,
                 "events": int(row.events), "fatalities": int(row.fatalities)}
                for row in conn.execute(weekly_stats_query(f, self._dialect))
            ]

    @property
    def _dialect(self) -> str:
        return self._engine.dialect.name

    def event(self, event_id: int) -> dict[str, Any] | None:
        """One event as ``events`` returns it, or ``None``."""
        query = sa.select(events, documents.c.doc_id).join(
            documents, events.c.document_id == documents.c.id
        ).where(events.c.id == event_id)
        with self._read(f"reading event {event_id}") as conn:
            row = conn.execute(query).first()
        return _event_dict(row) if row is not None else None

    def claims(self, doc_id: str | None = None) -> list[dict[str, Any]]:
        """Claims (``claim_to_json`` dicts plus ``id`` and ``doc_id``), by document then order."""
        return self.claims_page(doc_id)[0]

    def claims_page(self, doc_id: str | None = None, limit: int | None = None,
                    offset: int = 0) -> tuple[list[dict[str, Any]], int]:
        """One page of ``claims`` and the number of claims in all pages."""
        query = sa.select(claims, documents.c.doc_id).join(
            documents, claims.c.document_id == documents.c.id
        )
        count = sa.select(sa.func.count()).select_from(claims).join(
            documents, claims.c.document_id == documents.c.id)
        if doc_id is not None:
            query = query.where(documents.c.doc_id == doc_id)
            count = count.where(documents.c.doc_id == doc_id)
        query = query.order_by(documents.c.id, claims.c.seq, claims.c.id).offset(offset)
        if limit is not None:
            _check_page(limit, offset)
            query = query.limit(limit)
        out = []
        with self._read("querying claims") as conn:
            for row in conn.execute(query):
                item = json.loads(row.data)
                item["id"] = row.id
                item["doc_id"] = row.doc_id
                out.append(item)
            total = int(conn.execute(count).scalar_one())
        return out, total

    def mentions(self, doc_id: str) -> list[dict[str, Any]]:
        """The stored mentions of a document (label, key, start, end, rule), in text order;
        mentions with the same span in the order the pipeline gave them."""
        query = (
            sa.select(document_mentions.c.data)
            .join(documents, document_mentions.c.document_id == documents.c.id)
            .where(documents.c.doc_id == doc_id)
        )
        with self._read(f"reading the mentions of {doc_id!r}") as conn:
            return mentions_from_json(conn.execute(query).scalar())

    def counts(self) -> dict[str, int]:
        """Row counts per table (``mentions``: stored mentions), plus ``events_<status>``
        per review status."""
        tables = (documents, events, claims, actors, places, review_edits)
        with self._read("counting rows") as conn:
            out = {
                t.name: int(conn.execute(sa.select(sa.func.count()).select_from(t)).scalar_one())
                for t in tables
            }
            out["mentions"] = int(conn.execute(
                sa.select(sa.func.coalesce(sa.func.sum(document_mentions.c.count), 0))).scalar_one())
            by_status = {
                status: n
                for status, n in conn.execute(
                    sa.select(events.c.status, sa.func.count()).group_by(events.c.status)
                )
            }
        for status in STATUSES:
            out[f"events_{status}"] = int(by_status.get(status, 0))
        return out

    # --- review -----------------------------------------------------------------------

    def record_edit(self, event_id: int, user: str, changes: Mapping[str, Any]) -> None:
        """Apply a reviewer's changes to an event, mark it ``edited`` and audit each change.

        ``changes`` maps guideline field names (``schema.EVENT_FIELDS``) to new values;
        values are checked and coerced (dates from ISO strings, inter codes, ranges).
        Changing only ``sub_event_type`` also sets the matching ``event_type``. Fields
        whose value does not change are ignored; if nothing changes, nothing is written.
        Raises ``StoreError`` for an unknown event, field or invalid value.
        """
        if not user:
            raise StoreError("record_edit needs the reviewing user's name")
        new = {field: _coerce(field, value) for field, value in changes.items()}
        with self._write(f"editing event {event_id}") as conn:
            row = _event_row(conn, event_id)
            if "sub_event_type" in new and "event_type" not in new:
                new["event_type"] = _event_type_for(new["sub_event_type"])
            event_type = new.get("event_type", row.event_type)
            sub_event_type = new.get("sub_event_type", row.sub_event_type)
            if _event_type_for(sub_event_type) != event_type:
                raise StoreError(f"{sub_event_type!r} is not a sub-event type of {event_type!r}")
            diffs = {f: (row._mapping[f], v) for f, v in new.items() if row._mapping[f] != v}
            if not diffs:
                return
            now = _utcnow()
            values = {f: after for f, (_, after) in diffs.items()}
            if row.status != "edited":
                diffs["status"] = (row.status, "edited")
            values["status"] = "edited"
            if "date" in values:
                values["week"] = week_of(values["date"])
            conn.execute(sa.update(events).where(events.c.id == event_id).values(**values))
            index_events(conn, [event_id])
            conn.execute(sa.insert(review_edits), [
                {"event_id": event_id, "user": user, "created_at": now, "field": f,
                 "before": _dumps(before), "after": _dumps(after)}
                for f, (before, after) in diffs.items()
            ])
            for n in (1, 2):
                name = values.get(f"actor{n}")
                if name:
                    inter = new.get(f"inter{n}", row._mapping[f"inter{n}"])
                    upsert_actors(conn, {name: inter})

    def set_status(self, event_id: int, user: str, status: str) -> None:
        """Confirm, reject (or set back to machine) an event, auditing the change.

        Setting the status it already has writes nothing. An event set back to
        ``machine`` will be replaced by the next re-extraction.
        """
        if status not in STATUSES:
            raise StoreError(f"unknown status {status!r}; expected one of {', '.join(STATUSES)}")
        if not user:
            raise StoreError("set_status needs the reviewing user's name")
        with self._write(f"setting the status of event {event_id}") as conn:
            row = _event_row(conn, event_id)
            if row.status == status:
                return
            conn.execute(sa.update(events).where(events.c.id == event_id).values(status=status))
            conn.execute(sa.insert(review_edits).values(
                event_id=event_id, user=user, created_at=_utcnow(), field="status",
                before=_dumps(row.status), after=_dumps(status),
            ))

    def merge_events(self, target_id: int, source_ids: list[int], user: str) -> None:
        """Fold duplicate events into ``target_id``, auditing every change.

        Each source gets status ``merged`` and ``merged_into = target_id``; the target
        keeps its values, takes the highest fatality count of the group and, if it was
        machine output, becomes ``confirmed`` (so re-extraction keeps it). Raises
        ``StoreError`` for unknown ids, a source that is the target, or a source that
        is already merged.
        """
        if not user:
            raise StoreError("merge_events needs the reviewing user's name")
        sources = sorted(set(source_ids))
        if not sources:
            raise StoreError("merge needs at least one event to merge into the target")
        if target_id in sources:
            raise StoreError(f"event {target_id} cannot be merged into itself")
        with self._write(f"merging events into {target_id}") as conn:
            target = _event_row(conn, target_id)
            if target.status == "merged":
                raise StoreError(f"event {target_id} is itself merged into {target.merged_into}")
            rows = [_event_row(conn, source_id) for source_id in sources]
            now = _utcnow()
            audit = []
            for row in rows:
                if row.status == "merged":
                    raise StoreError(f"event {row.id} is already merged into {row.merged_into}")
                conn.execute(sa.update(events).where(events.c.id == row.id)
                             .values(status="merged", merged_into=target_id))
                audit += [
                    {"event_id": row.id, "field": "status", "before": row.status, "after": "merged"},
                    {"event_id": row.id, "field": "merged_into", "before": None, "after": target_id},
                ]
            target_changes: dict[str, Any] = {}
            fatalities = [r.fatalities for r in (target, *rows) if r.fatalities is not None]
            if fatalities and max(fatalities) != target.fatalities:
                target_changes["fatalities"] = max(fatalities)
            if target.status == "machine":
                target_changes["status"] = "confirmed"
            if target_changes:
                conn.execute(sa.update(events).where(events.c.id == target_id).values(**target_changes))
            audit.append({"event_id": target_id, "field": "merged_from", "before": None, "after": sources})
            audit += [{"event_id": target_id, "field": f, "before": target._mapping[f], "after": v}
                      for f, v in target_changes.items()]
            conn.execute(sa.insert(review_edits), [
                {"event_id": a["event_id"], "user": user, "created_at": now, "field": a["field"],
                 "before": _dumps(a["before"]), "after": _dumps(a["after"])}
                for a in audit
            ])
            index_events(conn, [target_id])

    def edits(self, event_id: int | None = None, limit: int | None = None, offset: int = 0,
              newest_first: bool = False) -> list[dict[str, Any]]:
        """The review audit trail (before/after decoded from JSON), oldest first by default."""
        order = review_edits.c.id.desc() if newest_first else review_edits.c.id
        query = sa.select(review_edits).order_by(order).offset(offset)
        if limit is not None:
            _check_page(limit, offset)
            query = query.limit(limit)
        if event_id is not None:
            query = query.where(review_edits.c.event_id == event_id)
        with self._read("reading review edits") as conn:
            rows = [_row_dict(row) for row in conn.execute(query)]
        for item in rows:
            for key in ("before", "after"):
                item[key] = json.loads(item[key]) if item[key] is not None else None
        return rows

    def count_edits(self, event_id: int | None = None) -> int:
        """How many audit rows there are (for one event, or in all)."""
        query = sa.select(sa.func.count()).select_from(review_edits)
        if event_id is not None:
            query = query.where(review_edits.c.event_id == event_id)
        with self._read("counting review edits") as conn:
            return int(conn.execute(query).scalar_one())

    # --- reference lists --------------------------------------------------------------

    def count_documents(self) -> int:
        """How many documents are stored."""
        with self._read("counting documents") as conn:
            return int(conn.execute(sa.select(sa.func.count()).select_from(documents)).scalar_one())

    def actors(self, name: str | None = None, limit: int = 100, offset: int = 0) -> tuple[list[dict[str, Any]], int]:
        """Actors (name, inter, country, kind) by name, optionally those whose name
        contains ``name`` (case-insensitive); with the total count."""
        return self._reference_page(actors, actors.c.name, name, limit, offset)

    def places(self, name: str | None = None, limit: int = 100, offset: int = 0) -> tuple[list[dict[str, Any]], int]:
        """Places events referenced, by English name, optionally filtered by part of the
        English or Arabic name; with the total count."""
        return self._reference_page(places, places.c.name_en, name, limit, offset,
                                    extra_column=places.c.name_ar)

    def _reference_page(self, table: sa.Table, column: Any, name: str | None, limit: int, offset: int,
                        extra_column: Any = None) -> tuple[list[dict[str, Any]], int]:
        _check_page(limit, offset)
        conds = []
        if name:
            pattern = f"%{like_escape(name)}%"
            cols = [column] if extra_column is None else [column, extra_column]
            conds.append(sa.or_(*(c.ilike(pattern, escape="\\") for c in cols)))
        query = sa.select(table).where(*conds).order_by(column).limit(limit).offset(offset)
        count = sa.select(sa.func.count()).select_from(table).where(*conds)
        with self._read(f"listing {table.name}") as conn:
            rows = [_row_dict(row) for row in conn.execute(query)]
            total = int(conn.execute(count).scalar_one())
        return rows, total


# --- helpers ---------------------------------------------------------------------------


def _check_page(limit: int, offset: int) -> None:
    if limit < 0 or offset < 0:
        raise StoreError(f"limit and offset must not be negative (got {limit}, {offset})")


def _row_dict(row: Any) -> dict[str, Any]:
    return {k: _jsonable(v) for k, v in row._mapping.items()}


def _event_dict(row: Any) -> dict[str, Any]:
    out: dict[str, Any] = json.loads(row.data)
    for name in EVENT_FIELDS:
        out[name] = _jsonable(row._mapping[name])
    out.setdefault("evidence_spans", {})
    out["id"] = row.id
    out["doc_id"] = row.doc_id
    out["status"] = row.status
    out["merged_into"] = row._mapping.get("merged_into")
    return out


def _event_row(conn: Connection, event_id: int) -> Any:
    row = conn.execute(sa.select(events).where(events.c.id == event_id)).first()
    if row is None:
        raise StoreError(f"no event with id {event_id}")
    return row


def _event_type_for(sub_event_type: str) -> str:
    for event_type, subs in SUB_EVENT_TYPES.items():
        if sub_event_type in subs:
            return event_type
    raise StoreError(f"unknown ACLED sub-event type {sub_event_type!r}")


def _coerce(field: str, value: Any) -> Any:
    """A reviewer's value for ``field``, checked and converted to the column's type."""
    if field not in EDITABLE_FIELDS:
        raise StoreError(f"cannot edit {field!r}; editable fields: {', '.join(EDITABLE_FIELDS)}")
    if isinstance(value, str) and field not in _REQUIRED_FIELDS:
        value = value.strip() or None
    if value is None:
        if field in _REQUIRED_FIELDS:
            raise StoreError(f"{field} cannot be empty")
        return None
    bad = StoreError(f"invalid value for {field}: {value!r}")
    if field == "date":
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        if isinstance(value, str):
            try:
                return dt.date.fromisoformat(value)
            except ValueError:
                raise bad from None
        raise bad
    if field in _INT_FIELDS:
        if isinstance(value, bool):
            raise bad
        if isinstance(value, str):
            try:
                value = int(value)
            except ValueError:
                raise bad from None
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        if not isinstance(value, int):
            raise bad
        if field in ("inter1", "inter2") and value not in INTER_CODES:
            raise bad
        if field in ("geo_precision", "time_precision") and value not in (1, 2, 3):
            raise bad
        if field == "fatalities" and value < 0:
            raise bad
        return value
    if field in _FLOAT_FIELDS:
        if isinstance(value, bool):
            raise bad
        try:
            number = float(value)
        except (TypeError, ValueError):
            raise bad from None
        limits = {"latitude": 90.0, "longitude": 180.0, "confidence": 1.0}[field]
        low = 0.0 if field == "confidence" else -limits
        if not math.isfinite(number) or not low <= number <= limits:
            raise bad
        return number
    if not isinstance(value, str):
        raise bad
    if field == "event_type" and value not in EVENT_TYPES:
        raise StoreError(f"unknown ACLED event type {value!r}")
    if field == "sub_event_type":
        _event_type_for(value)
    return value
