"""The tables of ingestion provenance, deduplication, batch runs and cross-source merges.

Owns: ``outlets`` (the source registry), ``document_sightings`` (every place a stored
text was seen: file, URL, feed entry, Telegram message), ``document_duplicates``
(near-duplicate texts linked to the document that was coded), ``document_signatures``
(MinHash signatures for near-duplicate search), ``batch_runs`` and ``batch_errors``
(checkpoints and per-item error reports of resumable ingest runs), ``event_groups`` and
``event_group_members`` (machine merges of the same incident reported by several
sources) and ``INGEST_TABLES``, the tuple migration ``0003_ingest_provenance`` creates.

They share ``rasid.store.schema.metadata`` and follow its conventions: dialect-neutral
types, JSON payloads as ``Text``, naive UTC timestamps, ids never reused. None of them
changes a row of the core tables: a merge is a group that points at events, and undoing
it closes the group; the events themselves are never edited.
"""

from __future__ import annotations

from sqlalchemy import (
    Column,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Table,
    Text,
)

from rasid.store.schema import metadata

__all__ = [
    "INGEST_TABLES",
    "batch_errors",
    "batch_runs",
    "document_duplicates",
    "document_signatures",
    "document_sightings",
    "event_group_members",
    "event_groups",
    "outlets",
]

outlets = Table(
    "outlets",
    metadata,
    Column("name", String(200), primary_key=True),
    Column("language", String(16)),
    Column("url", Text),
    # JSON lists: web domains, feed URLs and Telegram channels that belong to the outlet.
    Column("domains", Text),
    Column("feeds", Text),
    Column("telegram", Text),
    Column("notes", Text),
    Column("updated_at", DateTime, nullable=False),
)

document_sightings = Table(
    "document_sightings",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    # sha256 of ``origin``: one row per place an item came from, however often it is re-read.
    Column("origin_hash", String(64), nullable=False, unique=True),
    Column("origin", Text, nullable=False),
    Column("kind", String(20), nullable=False),  # file, url, feed, telegram
    Column("match", String(20), nullable=False),  # new, exact (same text), near (duplicate)
    Column("outlet", Text),
    Column("url", Text),
    Column("data", Text),  # JSON: links, forwarded_from, feed, title ...
    Column("seen_at", DateTime, nullable=False),
    Index("ix_document_sightings_document_id", "document_id"),
    sqlite_autoincrement=True,
)

document_duplicates = Table(
    "document_duplicates",
    metadata,
    Column("document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    Column("canonical_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("similarity", Float, nullable=False),
    Column("method", String(50), nullable=False),
    Column("created_at", DateTime, nullable=False),
    Index("ix_document_duplicates_canonical_id", "canonical_id"),
)

document_signatures = Table(
    "document_signatures",
    metadata,
    Column("document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    Column("method", String(50), nullable=False),
    Column("signature", LargeBinary, nullable=False),
)

batch_runs = Table(
    "batch_runs",
    metadata,
    Column("run_id", String(64), primary_key=True),
    Column("inputs", Text, nullable=False),  # JSON: what the run reads
    Column("pipeline", String(200)),
    Column("status", String(20), nullable=False),  # running, interrupted, done
    # Every item before ``position`` is done; ``state`` (JSON) lists the ones done after it.
    Column("position", Integer, nullable=False),
    Column("state", Text, nullable=False),
    Column("started_at", DateTime, nullable=False),
    Column("updated_at", DateTime, nullable=False),
)

batch_errors = Table(
    "batch_errors",
    metadata,
    Column("run_id", String(64), ForeignKey("batch_runs.run_id", ondelete="CASCADE"), primary_key=True),
    Column("item", Integer, primary_key=True),
    Column("source", Text, nullable=False),
    Column("reason", Text, nullable=False),
    Column("created_at", DateTime, nullable=False),
)

event_groups = Table(
    "event_groups",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("status", String(16), nullable=False),  # active, undone, dissolved
    Column("rule", String(100), nullable=False),
    Column("created_at", DateTime, nullable=False),
    Column("closed_at", DateTime),
    Column("closed_by", String(200)),
    Column("closed_reason", Text),
    Index("ix_event_groups_status", "status"),
    sqlite_autoincrement=True,
)

event_group_members = Table(
    "event_group_members",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("group_id", Integer, ForeignKey("event_groups.id", ondelete="CASCADE"), nullable=False),
    # NULL once re-extraction replaced the event; ``snapshot`` keeps what it was.
    Column("event_id", Integer, ForeignKey("events.id", ondelete="SET NULL")),
    Column("doc_id", String(500), nullable=False),
    Column("snapshot", Text, nullable=False),
    Index("ix_event_group_members_group_id", "group_id"),
    Index("ix_event_group_members_event_id", "event_id"),
    sqlite_autoincrement=True,
)

#: Created by migration ``0003_ingest_provenance``, parents before children.
INGEST_TABLES: tuple[Table, ...] = (
    outlets,
    document_sightings,
    document_duplicates,
    document_signatures,
    batch_runs,
    batch_errors,
    event_groups,
    event_group_members,
)
