"""A document's mentions in one JSON row (``document_mentions``): what ``Store.mentions``
returns, and migration 0005 moving the rows of the older row-per-mention table."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
import sqlalchemy as sa

from rasid.errors import StoreError
from rasid.model import Claim, Document, Evidence, ExtractionResult, Mention, Span
from rasid.store import Store

TEXT = "Shelling hit Ariha and Saraqib; two civilians were killed in Ariha."
MENTIONS = (
    # out of text order, with a tie on (start, end): the pipeline's order breaks it
    Mention(Span(23, 30), "PLACE", "saraqib", "gazetteer"),
    Mention(Span(13, 18), "PLACE", "ariha", "gazetteer"),
    Mention(Span(13, 18), "ACTOR", "Ariha locals", "actor:lexicon"),
    Mention(Span(32, 35), "NUMBER", "2", "number:word"),
    Mention(Span(0, 8), "TRIGGER", "Shelling/artillery/missile attack", None),  # type: ignore[arg-type]
)
EXPECTED = [
    {"label": "TRIGGER", "key": "Shelling/artillery/missile attack", "start": 0, "end": 8, "rule": None},
    {"label": "PLACE", "key": "ariha", "start": 13, "end": 18, "rule": "gazetteer"},
    {"label": "ACTOR", "key": "Ariha locals", "start": 13, "end": 18, "rule": "actor:lexicon"},
    {"label": "PLACE", "key": "saraqib", "start": 23, "end": 30, "rule": "gazetteer"},
    {"label": "NUMBER", "key": "2", "start": 32, "end": 35, "rule": "number:word"},
]


def _doc(doc_id: str = "ariha-1", mentions: tuple[Mention, ...] = MENTIONS) -> Document:
    return Document(doc_id, TEXT if doc_id == "ariha-1" else f"{TEXT} ({doc_id})", lang="en", mentions=mentions)


def test_mentions_come_back_in_text_order_with_ties_in_pipeline_order(tmp_path: Path) -> None:
    with Store.open(tmp_path / "rasid.db") as store:
        store.save_extraction(_doc(), ExtractionResult.from_document(_doc()))
        store.save_extraction(_doc("quiet-1", ()), ExtractionResult.from_document(_doc("quiet-1", ())))
        assert store.mentions("ariha-1") == EXPECTED
        assert store.mentions("quiet-1") == []
        assert store.mentions("unknown") == []
        assert store.counts()["mentions"] == len(MENTIONS)
        # re-extraction replaces the row
        fewer = _doc(mentions=MENTIONS[:2])
        store.save_extraction(fewer, ExtractionResult.from_document(fewer))
        assert [m["key"] for m in store.mentions("ariha-1")] == ["ariha", "saraqib"]
        assert store.counts()["mentions"] == 2


def test_a_mention_without_a_key_is_refused_and_nothing_is_written(tmp_path: Path) -> None:
    with Store.open(tmp_path / "rasid.db") as store:
        store.save_extraction(_doc(), ExtractionResult.from_document(_doc()))
        broken = _doc(mentions=(Mention(Span(0, 3), "PLACE", None, "gazetteer"),))  # type: ignore[arg-type]
        with pytest.raises(StoreError):
            store.save_extraction(broken, ExtractionResult.from_document(broken))
        assert store.mentions("ariha-1") == EXPECTED


def test_a_write_failing_half_way_leaves_the_mentions_as_they_were(tmp_path: Path) -> None:
    with Store.open(tmp_path / "rasid.db") as store:
        store.save_extraction(_doc(), ExtractionResult.from_document(_doc()))
        # A claim without a metric violates NOT NULL after the old output was deleted.
        claim = Claim("fatalities", 2, evidence=Evidence(Span(32, 35), "claim:killed"))
        object.__setattr__(claim, "metric", None)
        changed = Document("ariha-1", TEXT, lang="en", mentions=MENTIONS[:1], claims=(claim,))
        with pytest.raises(StoreError):
            store.save_extraction(changed, ExtractionResult.from_document(changed))
        assert store.mentions("ariha-1") == EXPECTED


LEGACY = """
CREATE TABLE mentions (
    id INTEGER PRIMARY KEY AUTOINCREMENT, document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    label VARCHAR(20) NOT NULL, "key" TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, rule TEXT
)"""


def legacy_database(store: Store, conn: sa.Connection, create: str = LEGACY) -> None:
    """Turn a database back into one written before migration 0005: mention rows, no JSON rows."""
    conn.exec_driver_sql(create)
    conn.exec_driver_sql('CREATE INDEX ix_mentions_label_key ON mentions (label, "key")')
    pks = dict(conn.exec_driver_sql("SELECT doc_id, id FROM documents").all())
    rows = [(pks["ariha-1"], m.label, m.key, m.span.start, m.span.end, m.rule) for m in MENTIONS]
    rows.append((pks["other-1"], "PLACE", "idlib", 5, 10, "gazetteer"))
    for row in rows:
        conn.execute(sa.text('INSERT INTO mentions (document_id, label, "key", start, "end", rule) '
                             "VALUES (:d, :l, :k, :s, :e, :r)"),
                     dict(zip("dlkser", row, strict=True)))
    conn.exec_driver_sql("DELETE FROM document_mentions")
    conn.exec_driver_sql("DELETE FROM rasid_migrations WHERE name = '0005_mentions_as_json'")


def test_migration_0005_moves_mention_rows_into_one_row_per_document(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    with Store.open(path) as store:
        for doc_id in ("ariha-1", "other-1", "empty-1"):
            doc = Document(doc_id, TEXT + doc_id)
            store.save_extraction(doc, ExtractionResult.from_document(doc))
        with store._engine.begin() as conn:
            legacy_database(store, conn)
    with Store.open(path) as store:
        assert store.mentions("ariha-1") == EXPECTED
        assert store.mentions("other-1") == [
            {"label": "PLACE", "key": "idlib", "start": 5, "end": 10, "rule": "gazetteer"}]
        assert store.mentions("empty-1") == []
        assert store.counts()["mentions"] == len(MENTIONS) + 1
    with closing(sqlite3.connect(path)) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'index')")}
    assert "mentions" not in tables and "ix_mentions_label_key" not in tables
    Store.open(path).close()  # migrating again changes nothing
