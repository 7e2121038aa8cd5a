"""Migration 0002 (the analyst server's tables, week column, search index) upgrades a
database that was filled before it: weeks are back-filled and search finds old rows."""

from __future__ import annotations

import datetime as dt
import sqlite3
from contextlib import closing
from pathlib import Path

from api.live_fixtures import Seeded

from rasid.store import EventFilter, Store


def _downgrade_to_0001(path: Path) -> None:
    """Remove what 0002 adds, as a database written before it would lack it."""
    with closing(sqlite3.connect(path)) as db:
        for index in ("ix_events_week_stats", "ix_events_fatalities", "ix_events_admin1_folded"):
            db.execute(f"DROP INDEX IF EXISTS {index}")
        for table in ("event_search", "document_search", "web_sessions", "api_tokens", "users"):
            db.execute(f"DROP TABLE IF EXISTS {table}")
        db.execute("ALTER TABLE events DROP COLUMN week")
        db.execute("ALTER TABLE events DROP COLUMN merged_into")
        db.execute("DELETE FROM rasid_migrations WHERE name = '0002_analyst_server'")
        db.commit()


def test_migration_0002_backfills_weeks_and_the_search_index(seeded_db: Seeded, tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    path.write_bytes(seeded_db.path.read_bytes())
    _downgrade_to_0001(path)
    with Store.open(path) as store:
        rows = store.events(EventFilter())
        assert rows and store.count_events(EventFilter(q="ذيبان")) >= 1
        stats = store.weekly_stats()
        assert sum(r["events"] for r in stats) == sum(1 for r in rows if r["date"])
        for row in stats:
            assert dt.date.fromisoformat(row["week"]).weekday() == 0
        assert store.users() == []  # the users table exists again, empty
    with Store.open(path) as again:  # applying migrations twice changes nothing
        assert again.count_events() == len(rows)
