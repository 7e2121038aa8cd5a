"""The store on a real PostgreSQL server: same schema and migrations as SQLite, safe concurrent writers.

Needs ``RASID_TEST_PG_URL`` (e.g. ``postgresql://rasid:rasid@127.0.0.1:5432/rasid_test``,
a role that may create databases); ``.ci/run`` starts a server and sets it. Each test
gets a database of its own, dropped afterwards. Skipped where the variable is unset or
the server cannot be reached.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from rasid.ingest.batch import BatchOptions, run_batch
from rasid.ingest.jobs import ingest, source_items
from rasid.errors import StoreError
from rasid.model import Document, ExtractionResult
from rasid.pipeline import Pipeline
from rasid.store import MIGRATIONS, EventFilter, Store, applied_migrations

pytestmark = pytest.mark.postgres

_ARTICLES = Path(__file__).resolve().parents[1] / "ingest"


def _admin_engine() -> sa.Engine:
    url = os.environ.get("RASID_TEST_PG_URL")
    if not url:
        pytest.skip("RASID_TEST_PG_URL is not set (no PostgreSQL server to test against)")
    engine = sa.create_engine(sa.make_url(url).set(drivername="postgresql+psycopg"), isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT 1")
    except sa.exc.OperationalError as e:
        engine.dispose()
        pytest.skip(f"PostgreSQL at RASID_TEST_PG_URL is not reachable: {e.orig}")
    return engine


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A fresh, empty database on the test server; its URL (``postgresql://``, as users write it)."""
    admin = _admin_engine()
    name = f"rasid_t_{uuid.uuid4().hex[:10]}"
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    try:
        yield admin.url.set(drivername="postgresql", database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()


def _schema(store: Store) -> dict[str, set[str]]:
    inspector = sa.inspect(store._engine)
    return {t: {c["name"] for c in inspector.get_columns(t)} for t in inspector.get_table_names()
            if not t.startswith(("event_search", "document_search"))}  # SQLite's FTS5 tables


def test_postgres_has_the_sqlite_schema_and_migrations(pg_url: str, tmp_path: Path) -> None:
    with Store.open(pg_url) as pg, Store.open(tmp_path / "same.db") as lite:
        assert pg.url.startswith("postgresql+psycopg://")
        assert _schema(pg) == _schema(lite)
        with pg._engine.connect() as conn:
            assert list(applied_migrations(conn)) == [m.name for m in MIGRATIONS]
    with Store.open(pg_url) as again, again._engine.connect() as conn:  # migrating twice changes nothing
        assert len(applied_migrations(conn)) == len(MIGRATIONS)


def test_postgres_ingest_is_idempotent_and_queryable(pg_url: str, tmp_path: Path, pipeline: Pipeline) -> None:
    sys.path.insert(0, str(_ARTICLES))
    from ingest_helpers import write_jsonl

    docs = write_jsonl(tmp_path / "docs.jsonl", 15)
    with Store.open(pg_url) as store:
        first = ingest([docs], store, pipeline, BatchOptions(commit_every=4))
        assert (first.added, first.errors) == (15, [])
        again = ingest([docs], store, pipeline, BatchOptions(resume=False))
        assert (again.added, again.unchanged) == (0, 15)
        events = store.events(EventFilter(admin2="Ariha"))
        assert events and all(e["admin2"] == "Ariha" for e in events)
        assert store.counts()["documents"] == 15
        doc = Document(doc_id="doc-0", text="changed")
        with pytest.raises(StoreError, match="different text"):
            store.save_extraction(doc, ExtractionResult("doc-0", None, None, (), ()))


_WRITER = """
import sys
from rasid.ingest.batch import BatchOptions
from rasid.ingest.jobs import ingest
from rasid.pipeline import Pipeline
from rasid.store import Store
with Store.open(sys.argv[1]) as store:
    report = ingest([sys.argv[2]], store, Pipeline(), BatchOptions(commit_every=3, chunk_size=2))
print(len(report.errors), report.added, report.unchanged)
"""


def test_postgres_concurrent_writers_store_each_text_once(pg_url: str, tmp_path: Path,
                                                         pipeline: Pipeline) -> None:
    sys.path.insert(0, str(_ARTICLES))
    from ingest_helpers import write_jsonl

    # two overlapping inputs written at the same time by two processes
    a = write_jsonl(tmp_path / "a.jsonl", 30, start=0)
    b = write_jsonl(tmp_path / "b.jsonl", 30, start=15)
    writers = [subprocess.Popen([sys.executable, "-c", _WRITER, pg_url, str(path)], stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True) for path in (a, b)]
    outputs = [w.communicate(timeout=300) for w in writers]
    assert all(w.returncode == 0 for w in writers), [o[1][-2000:] for o in outputs]
    results = [tuple(map(int, out.split())) for out, _ in outputs]
    assert all(errors == 0 for errors, _, _ in results)
    assert sum(added for _, added, _ in results) == 45  # each shared text stored by one writer only
    with Store.open(pg_url) as store:
        assert store.counts()["documents"] == 45
        stored = sorted(d["doc_id"] for d in store.documents(limit=1000))
        assert stored == sorted(f"doc-{i}" for i in range(45))
        pg_events = sorted((e["doc_id"], e["sub_event_type"], e["fatalities"]) for e in store.events())
        sightings = sum(len(store.sightings(f"doc-{i}")) for i in range(45))
    assert sightings == 60  # the 15 shared texts were seen in both files
    with Store.open(tmp_path / "seq.db") as seq:
        ingest([a, b], seq, pipeline)
        assert pg_events == sorted((e["doc_id"], e["sub_event_type"], e["fatalities"]) for e in seq.events())



def test_postgres_stores_and_replaces_extractions_like_sqlite(pg_url: str, tmp_path: Path,
                                                             pipeline: Pipeline) -> None:
    sys.path.insert(0, str(_ARTICLES))
    from ingest_helpers import article

    docs = [pipeline(Document(f"doc-{i}", article(i), lang="ar")) for i in range(6)]

    def stored(store: Store) -> dict[str, object]:
        for _ in range(2):  # the second round replaces the first (the upserts meet known rows)
            for doc in docs:
                store.save_extraction(doc, pipeline.extract_result(doc))
        return {
            "events": sorted((e["doc_id"], e["sub_event_type"], e["actor1"],
                              e["fatalities"], e["date"]) for e in store.events()),
            "actors": store.actors(limit=1000),
            "places": store.places(limit=1000),
            "claims": [{k: v for k, v in c.items() if k != "id"} for c in store.claims()],
            "actor filter": [store.count_events(EventFilter(actor=part)) for part in ("syria", "SYR", "nobody")],
            "mentions": {doc.doc_id: store.mentions(doc.doc_id) for doc in docs},
            "counts": store.counts(),
        }

    with Store.open(pg_url) as pg, Store.open(tmp_path / "same.db") as lite:
        on_pg, on_sqlite = stored(pg), stored(lite)
    assert on_pg == on_sqlite
    assert on_pg["actor filter"][0] > 0
    assert all(on_pg["mentions"].values())


def test_postgres_migration_0005_moves_mention_rows(pg_url: str, tmp_path: Path, pipeline: Pipeline) -> None:
    sys.path.insert(0, str(_ARTICLES))
    from ingest_helpers import write_jsonl

    docs = write_jsonl(tmp_path / "docs.jsonl", 4)
    with Store.open(pg_url) as store:
        ingest([docs], store, pipeline, BatchOptions(commit_every=2))
        expected = {f"doc-{i}": store.mentions(f"doc-{i}") for i in range(4)}
        count = store.counts()["mentions"]
        with store._engine.begin() as conn:  # back to a database written before 0005
            conn.exec_driver_sql(
                'CREATE TABLE mentions (id SERIAL PRIMARY KEY, document_id INTEGER NOT NULL '
                'REFERENCES documents (id) ON DELETE CASCADE, label VARCHAR(20) NOT NULL, "key" TEXT NOT NULL, '
                'start INTEGER NOT NULL, "end" INTEGER NOT NULL, rule TEXT)')
            pks = dict(conn.exec_driver_sql("SELECT doc_id, id FROM documents").all())
            rows = [{"d": pks[doc_id], "l": m["label"], "k": m["key"], "s": m["start"], "e": m["end"],
                     "r": m["rule"]} for doc_id, found in expected.items() for m in reversed(found)]
            conn.execute(sa.text('INSERT INTO mentions (document_id, label, "key", start, "end", rule) '
                                 "VALUES (:d, :l, :k, :s, :e, :r)"), rows)
            conn.exec_driver_sql("DELETE FROM document_mentions")
            conn.exec_driver_sql("DELETE FROM rasid_migrations WHERE name = '0005_mentions_as_json'")
    with Store.open(pg_url) as store:
        assert not sa.inspect(store._engine).has_table("mentions")
        assert store.counts()["mentions"] == count > 0
        got = {doc_id: store.mentions(doc_id) for doc_id in expected}
    # Rows inserted in reverse come back in text order; only ties on (start, end) keep
    # the order of the old table's ids, which the reversal turned around.
    key = lambda m: (m["start"], m["end"], m["label"], m["key"])
    assert {d: sorted(ms, key=key) for d, ms in got.items()} == {d: sorted(ms, key=key) for d, ms in expected.items()}
    assert all([(m["start"], m["end"]) for m in ms] == sorted((m["start"], m["end"]) for m in ms)
               for ms in got.values())


def test_postgres_group_writes_leave_the_rows_of_one_item_writes(pg_url: str, tmp_path: Path, pipeline: Pipeline,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    sys.path.insert(0, str(_ARTICLES))
    from ingest_helpers import write_jsonl

    near = {"doc_id": "near-3", "text": "دمشق - مراسل الوكالة: "}
    docs = write_jsonl(tmp_path / "docs.jsonl", 12)
    with open(docs, "a", encoding="utf-8") as out:  # a repeat, a near-duplicate, an empty record
        lines = docs.read_text(encoding="utf-8").splitlines()
        out.write(lines[2].replace('"doc-2"', '"again-2"') + "\n")
        record = json.loads(lines[3])
        out.write(json.dumps({**record, **near, "text": near["text"] + record["text"]}, ensure_ascii=False) + "\n")
        out.write(json.dumps({"doc_id": "empty", "text": " "}) + "\n")

    def rows(store: Store) -> dict[str, object]:
        names = [d["doc_id"] for d in store.documents(limit=1000)]
        return {
            "documents": [{k: v for k, v in d.items() if k not in ("ingested_at", "extracted_at")}
                          for d in store.documents(limit=1000)],
            "events": store.events(),
            "claims": store.claims(),
            "mentions": {n: store.mentions(n) for n in names},
            "sightings": {n: [(s["origin"], s["match"]) for s in store.sightings(n)] for n in names},
            "duplicates": store.duplicates(),
            "counts": store.counts(),
        }

    with Store.open(pg_url) as store:
        report = run_batch(source_items([docs]), store, pipeline, BatchOptions(commit_every=5), inputs=["pg"])
        grouped = rows(store)
        with store._engine.begin() as conn:  # empty the database for the one-item run
            conn.exec_driver_sql("TRUNCATE documents, batch_runs, actors, places RESTART IDENTITY CASCADE")

        def refuse(self: Store, items: object) -> list[bool]:
            raise StoreError("no group writes in this test")

        monkeypatch.setattr(Store, "write_texts", refuse)
        again = run_batch(source_items([docs]), store, pipeline, BatchOptions(commit_every=5), inputs=["pg"])
        assert rows(store) == grouped
    assert report.counts() == again.counts()
    assert (report.added, report.unchanged, report.duplicates, len(report.errors)) == (12, 1, 1, 1)
