"""The tables of a rasid database, as SQLAlchemy Core definitions.

Owns: ``metadata`` and the Table objects (documents, events, claims, document_mentions, actors,
places, review_edits, rasid_migrations; users, api_tokens, web_sessions for the analyst
server), the event column list, the review statuses and the user roles.

The definitions are dialect-neutral (no SQLite- or PostgreSQL-only types): dates are
``Date``, timestamps are naive UTC ``DateTime``, JSON payloads are ``Text`` holding
``json.dumps`` output, so the same schema runs on SQLite now and PostgreSQL later.

Row ids are never reused (``AUTOINCREMENT`` on SQLite), so an event id that was
shown to a reviewer or exported cannot later name a different event.

Machine output (events, claims, document_mentions) and human review (``events.status`` and the
append-only ``review_edits`` audit trail) are kept apart: re-extraction only ever
replaces rows whose status is ``machine``.

This module describes the *current* schema. Changing it means adding a migration in
``rasid.store.migrations`` (see the rules there), never editing a released one.
"""

from __future__ import annotations

from sqlalchemy import (
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    func,
)

metadata = MetaData()


#: Review states of an event. Only ``machine`` rows are replaced by re-extraction.
#: ``merged`` events were folded into another event (``events.merged_into``).
STATUSES: tuple[str, ...] = ("machine", "confirmed", "edited", "rejected", "merged")

#: User roles of the analyst server, weakest first: each role may do what those before it may.
ROLES: tuple[str, ...] = ("viewer", "reviewer", "admin")

#: The guideline fields of an event, each stored as its own column, in the order of
#: ``rasid.model.event_to_json`` (without ``evidence_spans``, which lives in ``data``).
EVENT_FIELDS: tuple[str, ...] = (
    "event_type",
    "sub_event_type",
    "actor1",
    "actor1_text",
    "inter1",
    "assoc_actor_1",
    "actor2",
    "actor2_text",
    "inter2",
    "assoc_actor_2",
    "location_text",
    "location_en",
    "location_ar",
    "place_id",
    "admin1",
    "admin2",
    "admin3",
    "pcode",
    "country",
    "latitude",
    "longitude",
    "geo_precision",
    "date",
    "time_precision",
    "fatalities",
    "attribution",
    "evidence",
    "confidence",
    "notes",
)

migrations_table = Table(
    "rasid_migrations",
    metadata,
    Column("name", String(200), primary_key=True),
    Column("applied_at", DateTime, nullable=False),
)

documents = Table(
    "documents",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("doc_id", String(500), nullable=False, unique=True),
    Column("content_hash", String(64), nullable=False, unique=True),
    Column("title", Text),
    Column("url", Text),
    Column("source", Text),
    Column("lang", String(16)),
    Column("published", Date),
    Column("text", Text, nullable=False),
    Column("ingested_at", DateTime, nullable=False),
    Column("extracted_at", DateTime),
    Column("pipeline", String(200)),
    sqlite_autoincrement=True,  # never reuse ids of deleted rows
)

events = Table(
    "events",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column(
        "document_id",
        Integer,
        ForeignKey("documents.id", ondelete="CASCADE"),
        nullable=False,
    ),
    Column("seq", Integer, nullable=False),
    Column("status", String(16), nullable=False, default="machine"),
    Column("event_type", String(100), nullable=False),
    Column("sub_event_type", String(100), nullable=False),
    Column("actor1", Text),
    Column("actor1_text", Text),
    Column("inter1", Integer),
    Column("assoc_actor_1", Text),
    Column("actor2", Text),
    Column("actor2_text", Text),
    Column("inter2", Integer),
    Column("assoc_actor_2", Text),
    Column("location_text", Text),
    Column("location_en", Text),
    Column("location_ar", Text),
    Column("place_id", String(200)),
    Column("admin1", Text),
    Column("admin2", Text),
    Column("admin3", Text),
    Column("pcode", String(50)),
    Column("country", String(100)),
    Column("latitude", Float),
    Column("longitude", Float),
    Column("geo_precision", Integer),
    Column("date", Date),
    Column("time_precision", Integer),
    Column("fatalities", Integer),
    Column("attribution", Text),
    Column("evidence", Text),
    Column("confidence", Float),
    Column("notes", Text),
    Column("data", Text, nullable=False),
    # Set when a reviewer merged this event into another one (status "merged").
    Column("merged_into", Integer),
    # The Monday of the event's ISO week, kept with ``date`` so weekly statistics read
    # one index instead of computing and sorting a week for every row.
    Column("week", Date),
    Index("ix_events_document_id", "document_id", "seq"),
    Index("ix_events_date", "date"),
    Index("ix_events_admin1", "admin1"),
    Index("ix_events_event_type", "event_type"),
    Index("ix_events_actor1", "actor1"),
    Index("ix_events_actor2", "actor2"),
    Index("ix_events_week_stats", "week", "event_type", "admin1", "status", "fatalities"),
    Index("ix_events_fatalities", "fatalities"),  # the event table sorted by fatalities
    sqlite_autoincrement=True,  # never reuse ids of deleted rows
)

# Governorate filters compare case-insensitively (lower(admin1) = lower(?)); this index
# lets them do so without reading every row.
Index("ix_events_admin1_folded", func.lower(events.c.admin1))

# The actor filter matches associated actors (a "; "-joined list, so no equality
# look-up) by reading these small indexes of the events that have any, not the table.
for _column in (events.c.assoc_actor_1, events.c.assoc_actor_2):
    Index(f"ix_events_{_column.name}", _column,
          sqlite_where=_column.is_not(None), postgresql_where=_column.is_not(None))

claims = Table(
    "claims",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column(
        "document_id",
        Integer,
        ForeignKey("documents.id", ondelete="CASCADE"),
        nullable=False,
    ),
    Column("seq", Integer, nullable=False),
    Column("metric", String(50), nullable=False),
    Column("value", Float, nullable=False),
    Column("period", Text),
    Column("area", Text),
    Column("attribution", Text),
    Column("evidence", Text),
    Column("data", Text, nullable=False),
    Index("ix_claims_document_id", "document_id", "seq"),
    sqlite_autoincrement=True,  # never reuse ids of deleted rows
)

# A document's mentions, all in one row: a JSON list of [label, key, start, end, rule] in
# text order (``rasid.store.prepared.mentions_json``). Only ``Store.mentions`` reads them,
# one document at a time, and a row per mention (about 90 per news article) made them
# the largest part of writing a document. ``count`` keeps ``Store.counts`` cheap.
document_mentions = Table(
    "document_mentions",
    metadata,
    Column(
        "document_id",
        Integer,
        ForeignKey("documents.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("count", Integer, nullable=False),
    Column("data", Text, nullable=False),
)

actors = Table(
    "actors",
    metadata,
    Column("name", String(500), primary_key=True),
    Column("inter", Integer),
    Column("country", String(100)),
    Column("kind", String(100)),
)

places = Table(
    "places",
    metadata,
    Column("place_id", String(200), primary_key=True),
    Column("name_en", Text),
    Column("name_ar", Text),
    Column("kind", String(100)),
    Column("country", String(100)),
    Column("admin1", Text),
    Column("admin2", Text),
    Column("admin3", Text),
    Column("pcode", String(50)),
    Column("latitude", Float),
    Column("longitude", Float),
)

review_edits = Table(
    "review_edits",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    # The audit trail outlives the rows it describes: if an event that was set back to
    # "machine" is later replaced by re-extraction, its edits stay with event_id NULL.
    Column("event_id", Integer, ForeignKey("events.id", ondelete="SET NULL")),
    Column("user", String(200), nullable=False),
    Column("created_at", DateTime, nullable=False),
    Column("field", String(100), nullable=False),
    # JSON-encoded values, so None, numbers and strings stay distinguishable.
    Column("before", Text),
    Column("after", Text),
    Index("ix_review_edits_event_id", "event_id"),
    sqlite_autoincrement=True,  # never reuse ids of deleted rows
)

users = Table(
    "users",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("username", String(200), nullable=False, unique=True),
    # An argon2 hash (rasid.api.users); the store never sees a password.
    Column("password_hash", Text, nullable=False),
    Column("role", String(20), nullable=False),
    Column("created_at", DateTime, nullable=False),
    sqlite_autoincrement=True,
)

api_tokens = Table(
    "api_tokens",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("user_id", Integer, ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
    # sha256 of the token: a leaked database does not leak usable tokens.
    Column("token_hash", String(64), nullable=False, unique=True),
    Column("label", Text),
    Column("created_at", DateTime, nullable=False),
    sqlite_autoincrement=True,
)

web_sessions = Table(
    "web_sessions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("user_id", Integer, ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
    Column("token_hash", String(64), nullable=False, unique=True),
    Column("csrf_token", String(100), nullable=False),
    Column("created_at", DateTime, nullable=False),
    Column("expires_at", DateTime, nullable=False),
    sqlite_autoincrement=True,
)

#: The tables migration 0001 creates, parents before children.
DATA_TABLES: tuple[Table, ...] = (documents, events, claims, document_mentions, actors, places, review_edits)

#: The tables of the analyst server's users, created by migration 0002.
ACCOUNT_TABLES: tuple[Table, ...] = (users, api_tokens, web_sessions)
