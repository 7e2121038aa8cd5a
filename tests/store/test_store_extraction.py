"""The batched write of an extraction (``rasid.store.extraction``) and the read paths
that lean on it: the actor look-up, the week-based date range of counts and statistics,
and the search condition. Each is checked against a plain reading of the same rows."""

from __future__ import annotations

import datetime as dt
import sqlite3
import sys
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest

from rasid.model import (
    ActorRef,
    Document,
    Event,
    Evidence,
    ExtractionResult,
    Place,
    Span,
)
from rasid.pipeline import Pipeline
from rasid.store import EventFilter, Store

_INGEST_TESTS = Path(__file__).resolve().parents[1] / "ingest"

KAFRANBEL = Place("kafranbel", "Kafr Nabl", "كفرنبل", "town", admin1="Idlib", admin2="Maarrat An-Nu'man",
                  latitude=35.61, longitude=36.56)
TEXT = "Hay'at Tahrir al-Sham and allied fighters attacked an army post near Kafr Nabl on Monday."


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "rasid.db"


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    with Store.open(db_path) as opened:
        yield opened


def allied_doc(doc_id: str = "allied-1", text: str = TEXT) -> Document:
    """An event with associated actors and a place with only some values known."""
    attack = Event(
        "Battles", "Armed clash",
        actor1=ActorRef("Hay'at Tahrir al-Sham", 2, "Hay'at Tahrir al-Sham"),
        actor2=ActorRef("Military Forces of Syria (2024-)", None, "army"),
        assoc_actor_1=("Turkistan Islamic Party", "Ansar al-Tawhid"), place=KAFRANBEL,
        location_text="Kafr Nabl", geo_precision=1, date=dt.date(2024, 5, 13),
        evidence={"event": Evidence(Span(0, len(text)), "trigger:attacked")},
    )
    return Document(doc_id, text, published=dt.date(2024, 5, 14), lang="en", title="Clash", events=(attack,))


@pytest.fixture
def articles(pipeline: Pipeline) -> list[tuple[Document, ExtractionResult]]:
    """Test-written Arabic reports run through the real pipeline, and the hand-made one."""
    sys.path.insert(0, str(_INGEST_TESTS))
    from ingest_helpers import article

    out = []
    for i in range(12):
        doc = pipeline(Document(f"doc-{i}", article(i), published=dt.date(2024, 5, 14), lang="ar"))
        out.append((doc, pipeline.extract_result(doc)))
    doc = allied_doc()
    out.append((doc, ExtractionResult.from_document(doc, "test")))
    return out


def snapshot(store: Store) -> dict[str, Any]:
    """Everything a reader can see, without row ids and timestamps."""
    def without(rows: list[dict[str, Any]], *keys: str) -> list[dict[str, Any]]:
        return [{k: v for k, v in row.items() if k not in keys} for row in rows]

    docs = without(store.documents(limit=1000), "id", "ingested_at", "extracted_at")
    doc_ids = [d["doc_id"] for d in docs]
    searches = {q: sorted((e["doc_id"], e["event_type"], e["date"]) for e in store.events(EventFilter(q=q)))
                for q in ("قصف", "مدنيين", "Tahrir", "Kafr", "army post")}
    return {
        "documents": docs,
        "events": without(store.events(), "id"),
        "claims": without(store.claims(), "id"),
        "mentions": {d: store.mentions(d) for d in doc_ids},
        "actors": store.actors(limit=1000),
        "places": store.places(limit=1000),
        "searches": searches,
        "counts": store.counts(),
    }


def test_extraction_batch_reads_back_like_documents_stored_one_by_one(
        tmp_path: Path, articles: list[tuple[Document, ExtractionResult]]) -> None:
    # New documents take the short path (nothing to look up or replace); documents
    # added first and extracted afterwards take the replacing path. Same rows either way.
    with Store.open(tmp_path / "batch.db") as batch, Store.open(tmp_path / "single.db") as single:
        with batch.batch():
            for doc, result in articles:
                with batch.savepoint(doc.doc_id):
                    batch.save_extraction(doc, result)
        for doc, result in articles:
            single.add_document(doc)
            single.save_extraction(doc, result)
        expected = snapshot(single)
        assert snapshot(batch) == expected
        assert expected["counts"]["events"] >= len(articles)
        assert all(expected["searches"].values())


def test_extraction_reextraction_leaves_the_same_rows_and_index(
        tmp_path: Path, articles: list[tuple[Document, ExtractionResult]]) -> None:
    with Store.open(tmp_path / "again.db") as store:
        for doc, result in articles:
            store.save_extraction(doc, result)
        first = snapshot(store)
        for doc, result in articles:
            store.save_extraction(doc, result)
        assert snapshot(store) == first
        with closing(sqlite3.connect(tmp_path / "again.db")) as conn:
            indexed = conn.execute("SELECT count(*) FROM event_search").fetchone()[0]
        assert indexed == first["counts"]["events"]  # no search rows left behind


def test_extraction_fills_missing_actor_and_place_values_without_erasing_any(store: Store) -> None:
    store.save_extraction(allied_doc(), ExtractionResult.from_document(allied_doc()))
    known = ActorRef("Military Forces of Syria (2024-)", 1, "army")
    bare = Place("kafranbel", "", "", "", admin1="Idlib", pcode="C4076")
    text = "The army shelled Kafr Nabl."
    later = Document("later-1", text, lang="en", events=(Event(
        "Explosions/Remote violence", "Shelling/artillery/missile attack", actor1=known, place=bare,
        date=dt.date(2024, 5, 20), evidence={"event": Evidence(Span(0, len(text)), "trigger:shelled")}),))
    store.save_extraction(later, ExtractionResult.from_document(later))
    actors = {a["name"]: a["inter"] for a in store.actors()[0]}
    assert actors["Military Forces of Syria (2024-)"] == 1  # was unknown, now filled in
    assert actors["Hay'at Tahrir al-Sham"] == 2
    assert {"Turkistan Islamic Party", "Ansar al-Tawhid"} <= set(actors)
    [place] = store.places()[0]
    assert (place["name_en"], place["name_ar"], place["pcode"]) == ("Kafr Nabl", "كفرنبل", "C4076")
    assert place["latitude"] == pytest.approx(35.61)


@pytest.mark.parametrize("part", ["Tahrir", "tahrir al", "HAY'AT", "Islamic Party", "tawhid", "(2024-)"])
def test_filter_actor_still_matches_part_of_a_name_on_any_side(store: Store, part: str) -> None:
    store.save_extraction(allied_doc(), ExtractionResult.from_document(allied_doc()))
    flt = EventFilter(actor=part)
    assert [e["doc_id"] for e in store.events(flt)] == ["allied-1"]
    assert store.count_events(flt) == 1
    assert sum(row["events"] for row in store.weekly_stats(flt)) == 1


def test_filter_actor_finds_a_name_a_reviewer_typed(store: Store) -> None:
    store.save_extraction(allied_doc(), ExtractionResult.from_document(allied_doc()))
    [event] = store.events()
    store.record_edit(event["id"], "amal", {"actor2": "Civilians (Syria)", "assoc_actor_2": "Local Militia"})
    assert store.count_events(EventFilter(actor="civilians")) == 1
    assert store.count_events(EventFilter(actor="local mil")) == 1
    assert store.count_events(EventFilter(actor="%")) == 0  # LIKE wildcards are plain text
    assert store.count_events(EventFilter(actor="nobody")) == 0


def test_migration_0004_adds_actors_an_older_database_lacks(db_path: Path) -> None:
    with Store.open(db_path) as store:
        store.save_extraction(allied_doc(), ExtractionResult.from_document(allied_doc()))
    with closing(sqlite3.connect(db_path)) as conn, conn:
        conn.execute("DELETE FROM actors")
        conn.execute("DELETE FROM rasid_migrations WHERE name = '0004_actor_lookup'")
    with Store.open(db_path) as store:
        names = {a["name"]: a["inter"] for a in store.actors()[0]}
        assert names == {"Hay'at Tahrir al-Sham": 2, "Military Forces of Syria (2024-)": None}
        assert store.count_events(EventFilter(actor="sham")) == 1


def _dated_doc(i: int, date: dt.date) -> Document:
    text = f"Report {i}: clashes near Kafr Nabl."
    ev = Event("Battles", "Armed clash", actor1=ActorRef("Hay'at Tahrir al-Sham", 2, "HTS"), place=KAFRANBEL,
               date=date, evidence={"event": Evidence(Span(0, len(text)), "trigger:clashes")})
    return Document(f"dated-{i}", text, lang="en", events=(ev,))


@pytest.mark.parametrize(("first", "last"), [
    (None, None), ("2024-05-01", None), (None, "2024-05-15"), ("2024-05-08", "2024-05-08"),
    ("2024-05-07", "2024-05-19"), ("2024-05-13", "2024-05-26"), ("2024-06-01", "2024-05-01"),
])
def test_counts_and_statistics_agree_with_the_listing_at_week_edges(store: Store, first: str | None,
                                                                   last: str | None) -> None:
    start = dt.date(2024, 4, 29)  # a Monday; one event a day for five weeks
    for i in range(35):
        doc = _dated_doc(i, start + dt.timedelta(days=i))
        store.save_extraction(doc, ExtractionResult.from_document(doc))
    flt = EventFilter(date_from=dt.date.fromisoformat(first) if first else None,
                      date_to=dt.date.fromisoformat(last) if last else None)
    listed = store.events(flt)
    assert store.count_events(flt) == len(listed)
    assert sum(row["events"] for row in store.weekly_stats(flt)) == len(listed)


def test_search_count_covers_matching_events_and_events_of_matching_documents(store: Store) -> None:
    store.save_extraction(allied_doc(), ExtractionResult.from_document(allied_doc()))
    for i in range(3):
        doc = _dated_doc(i, dt.date(2024, 5, 1 + i))
        store.save_extraction(doc, ExtractionResult.from_document(doc))
    for q, expected in (("allied", 1), ("Report", 3), ("clash", 4), ("Report 1", 1), ("nothing", 0)):
        flt = EventFilter(q=q)
        assert len(store.events(flt)) == store.count_events(flt) == expected, q
