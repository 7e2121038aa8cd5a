"""Ordered schema migrations, recorded in the ``rasid_migrations`` table.

Owns: ``Migration``, the ``MIGRATIONS`` sequence, ``migrate`` and ``applied_migrations``.

The approach is the one sqlite-utils / sqlite-migrate use: every migration has a
unique name, runs at most once, and is recorded with the time it ran; migrating an
up-to-date database is a no-op. ``migrate`` runs inside the caller's transaction, so on
SQLite and PostgreSQL (both have transactional DDL) a failed migration leaves nothing
behind.

A database that records a migration this code does not know was written by a newer
rasid; ``migrate`` refuses it with ``StoreError`` rather than guess.

Rules for adding a migration:

* Append it to ``MIGRATIONS``; never rename, reorder or edit a released one.
* ``0001_initial`` creates the tables as ``rasid.store.schema`` defines them *now*, so a
  fresh database already has every later change. A later migration must therefore be
  idempotent against a fresh database, e.g. add a column only if ``sa.inspect(conn)``
  shows it is missing.
* Use Core constructs (``Table.create``, ``Index.create``) or dialect-neutral DDL so the
  migration also runs on PostgreSQL.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.engine import Connection
from sqlalchemy.schema import CreateIndex

from rasid.errors import StoreError
from rasid.store.provenance_tables import INGEST_TABLES
from rasid.store.schema import (
    ACCOUNT_TABLES,
    DATA_TABLES,
    actors,
    document_mentions,
    events,
    migrations_table,
)
from rasid.store.search import create_search_tables
from rasid.store.weeks import week_of


@dataclass(frozen=True, slots=True)
class Migration:
    """One named, run-once schema change."""

    name: str
    apply: Callable[[Connection], None]
    description: str = ""


def _m0001_initial(conn: Connection) -> None:
    for table in DATA_TABLES:
        table.create(conn, checkfirst=True)  # also creates the table's indexes


def _m0002_analyst_server(conn: Connection) -> None:
    inspector = sa.inspect(conn)
    columns = {c["name"] for c in inspector.get_columns("events")}
    if "merged_into" not in columns:
        conn.execute(sa.text("ALTER TABLE events ADD COLUMN merged_into INTEGER"))
    if "week" not in columns:
        conn.execute(sa.text("ALTER TABLE events ADD COLUMN week DATE"))
        rows = conn.execute(sa.select(events.c.id, events.c.date).where(events.c.date.is_not(None))).all()
        if rows:
            conn.execute(sa.update(events).where(events.c.id == sa.bindparam("event_id"))
                         .values(week=sa.bindparam("monday")),
                         [{"event_id": r.id, "monday": week_of(r.date)} for r in rows])
    for index in events.indexes:  # IF NOT EXISTS: reflection cannot see expression indexes
        conn.execute(CreateIndex(index, if_not_exists=True))
    for table in ACCOUNT_TABLES:
        table.create(conn, checkfirst=True)
    create_search_tables(conn)


def _m0003_ingest_provenance(conn: Connection) -> None:
    for table in INGEST_TABLES:
        table.create(conn, checkfirst=True)


def _m0004_actor_lookup(conn: Connection) -> None:
    """The actor filter finds names in ``actors`` first, so every actor1/actor2 an event
    names must be there: add the ones a database written by an older rasid lacks."""
    for index in events.indexes:  # the associated-actor indexes (IF NOT EXISTS for the rest)
        conn.execute(CreateIndex(index, if_not_exists=True))
    known = set(conn.execute(sa.select(actors.c.name)).scalars())
    missing: dict[str, int | None] = {}
    for name_col, inter_col in ((events.c.actor1, events.c.inter1), (events.c.actor2, events.c.inter2)):
        rows = conn.execute(sa.select(name_col, sa.func.max(inter_col))
                            .where(name_col.is_not(None), name_col != "").group_by(name_col))
        for name, inter in rows:
            if name not in known and missing.get(name) is None:
                missing[name] = inter
    if missing:
        conn.execute(sa.insert(actors), [{"name": n, "inter": i} for n, i in missing.items()])


def _legacy_mentions_table() -> sa.Table:
    """The row-per-mention table migration 0005 replaces, as 0001 created it."""
    return sa.Table(
        "mentions", sa.MetaData(),
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("document_id", sa.Integer, nullable=False),
        sa.Column("label", sa.String(20), nullable=False),
        sa.Column("key", sa.Text, nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("rule", sa.Text),
    )


_MENTION_DOCUMENTS_PER_INSERT = 500


def _m0005_mentions_as_json(conn: Connection) -> None:
    """One JSON row of mentions per document instead of one row per mention: move the
    rows of an older database over (in the order ``Store.mentions`` returned them) and
    drop the old table."""
    document_mentions.create(conn, checkfirst=True)
    if not sa.inspect(conn).has_table("mentions"):
        return  # a database created with this version never had it
    old = _legacy_mentions_table()
    done = set(conn.execute(sa.select(document_mentions.c.document_id)).scalars())
    rows = conn.execute(
        sa.select(old.c.document_id, old.c.label, old.c.key, old.c.start, old.c.end, old.c.rule)
        .order_by(old.c.document_id, old.c.start, old.c.end, old.c.id)
    )
    pending: list[dict[str, object]] = []
    current: int | None = None
    items: list[list[object]] = []

    def close() -> None:
        if current is not None and current not in done:
            pending.append({"document_id": current, "count": len(items),
                            "data": json.dumps(items, ensure_ascii=False)})

    for document_id, label, key, start, end, rule in rows:
        if document_id != current:
            close()
            current, items = document_id, []
            if len(pending) >= _MENTION_DOCUMENTS_PER_INSERT:
                conn.execute(sa.insert(document_mentions), pending)
                pending = []
        items.append([label, key, start, end, rule])
    close()
    if pending:
        conn.execute(sa.insert(document_mentions), pending)
    old.drop(conn)


MIGRATIONS: tuple[Migration, ...] = (
    Migration("0001_initial", _m0001_initial, "documents, events, claims, mentions, actors, "
              "places, review_edits and their indexes"),
    Migration("0002_analyst_server", _m0002_analyst_server, "events.merged_into, events.week "
              "and a weekly statistics index, a case-folded admin1 index; users, api_tokens, web_sessions; FTS5 search tables (SQLite)"),
    Migration("0003_ingest_provenance", _m0003_ingest_provenance, "outlets, document sightings, "
              "duplicates and signatures, batch runs and errors, event groups"),
    Migration("0004_actor_lookup", _m0004_actor_lookup, "indexes of associated actors; every actor "
              "an event names is in the actors table (the actor filter looks names up there)"),
    Migration("0005_mentions_as_json", _m0005_mentions_as_json, "a document's mentions in one JSON row "
              "of document_mentions instead of a row each in mentions (moved over, then mentions dropped)"),
)


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def applied_migrations(conn: Connection) -> dict[str, dt.datetime]:
    """The migrations recorded in the database, name -> applied_at (naive UTC)."""
    if not sa.inspect(conn).has_table(migrations_table.name):
        return {}
    rows = conn.execute(
        sa.select(migrations_table.c.name, migrations_table.c.applied_at)
        .order_by(migrations_table.c.applied_at, migrations_table.c.name)
    )
    return {name: applied_at for name, applied_at in rows}


def check_version(applied: dict[str, dt.datetime] | set[str] | list[str]) -> None:
    """Raise ``StoreError`` if the database records migrations this code does not know."""
    known = {m.name for m in MIGRATIONS}
    unknown = sorted(name for name in applied if name not in known)
    if unknown:
        raise StoreError(
            "the database schema is newer than this version of rasid: it records "
            f"migration(s) {', '.join(unknown)}, but this rasid only knows up to "
            f"{MIGRATIONS[-1].name}. Upgrade rasid to use this database."
        )


_PG_MIGRATION_LOCK = 0x72617369  # "rasi": the advisory lock key rasid migrations take


def migrate(conn: Connection) -> list[str]:
    """Apply the migrations the database lacks, in order; return the names applied.

    Runs in the caller's transaction. Applying to an up-to-date database returns ``[]``
    and changes nothing. On PostgreSQL an advisory lock (held to the end of the
    transaction) makes processes that open a new database at once migrate one by one.
    """
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_PG_MIGRATION_LOCK})")
    inspector = sa.inspect(conn)
    if not inspector.has_table(migrations_table.name):
        ours = {t.name for t in DATA_TABLES}
        clashing = sorted(ours & set(inspector.get_table_names()))
        if clashing:
            raise StoreError(
                f"the database has table(s) {', '.join(clashing)} but no "
                f"{migrations_table.name} table: it is not a rasid database"
            )
        migrations_table.create(conn)
    applied = applied_migrations(conn)
    check_version(applied)
    done: list[str] = []
    for migration in MIGRATIONS:
        if migration.name in applied:
            continue
        migration.apply(conn)
        conn.execute(sa.insert(migrations_table).values(name=migration.name, applied_at=_utcnow()))
        done.append(migration.name)
    return done
