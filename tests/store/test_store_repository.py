"""The Store against a real SQLite file: migrations, idempotent ingest, re-extraction
that respects human review, filters and the review audit trail."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from rasid.errors import StoreError
from rasid.model import (
    ActorRef,
    Claim,
    Document,
    Event,
    Evidence,
    ExtractionResult,
    Mention,
    Place,
    Span,
    content_hash,
)
from rasid.store import MIGRATIONS, EventFilter, Store

ARMY = ActorRef("Military Forces of Syria (2024-)", 1, "government forces")
HTS = ActorRef("Hay'at Tahrir al-Sham", 2, "HTS fighters")
CIVILIANS = ActorRef("Civilians (Syria)", 7, "two civilians")
GUNMEN = ActorRef("Unidentified Armed Group (Syria)", 3, "unknown gunmen")

ARIHA = Place("ariha", "Ariha", "أريحا", "town", admin1="Idlib", admin2="Ariha",
              pcode="C4217", latitude=35.81, longitude=36.61)
SARAQIB = Place("saraqib", "Saraqib", "سراقب", "town", admin1="Idlib", admin2="Idlib",
                pcode="C4189", latitude=35.86, longitude=36.80)
AZAZ = Place("azaz", "Azaz", "اعزاز", "town", admin1="Aleppo", admin2="A'zaz",
             pcode="C1564", latitude=36.59, longitude=37.05)

IDLIB_TEXT = (
    "Government forces shelled the town of Ariha in Idlib on Sunday, killing two "
    "civilians, a monitoring group said.\n"
    "Later, HTS fighters clashed with the army near Saraqib."
)
ALEPPO_TEXT = "Unknown gunmen shot dead a teacher in Azaz on Friday, local sources reported."


def _span(text: str, phrase: str) -> Span:
    start = text.index(phrase)
    return Span(start, start + len(phrase))


def idlib_doc() -> Document:
    text = IDLIB_TEXT
    shelling = Event(
        "Explosions/Remote violence", "Shelling/artillery/missile attack",
        actor1=ARMY, actor2=CIVILIANS, place=ARIHA, location_text="Ariha",
        geo_precision=1, date=dt.date(2024, 3, 3), fatalities=2,
        attribution="monitoring group",
        evidence={"event": Evidence(_span(text, text.split("\n")[0]), "trigger:shelled"),
                  "actor1": Evidence(_span(text, "Government forces"), "actor:lexicon")},
        confidence=0.8,
    )
    clash = Event(
        "Battles", "Armed clash", actor1=HTS, actor2=ARMY, place=SARAQIB,
        location_text="Saraqib", geo_precision=2, date=dt.date(2024, 3, 3),
        assoc_actor_1=("Turkistan Islamic Party",),
        evidence={"event": Evidence(_span(text, text.split("\n")[1]), "trigger:clashed")},
    )
    mentions = (
        Mention(_span(text, "Ariha"), "PLACE", "ariha", "gazetteer"),
        Mention(_span(text, "Government forces"), "ACTOR", ARMY.name, "actor:lexicon"),
        Mention(_span(text, "two"), "NUMBER", "2", "number:word"),
    )
    claim = Claim("fatalities", 2, period="Sunday", area="Idlib", attribution="monitoring group",
                  evidence=Evidence(_span(text, "killing two civilians"), "claim:killed"))
    return Document("idlib-1", text, published=dt.date(2024, 3, 4), title="Idlib shelling",
                    lang="en", mentions=mentions, events=(shelling, clash), claims=(claim,))


def aleppo_doc() -> Document:
    text = ALEPPO_TEXT
    attack = Event(
        "Violence against civilians", "Attack", actor1=GUNMEN,
        actor2=ActorRef("Civilians (Syria)", 7, "a teacher"), place=AZAZ,
        location_text="Azaz", geo_precision=1, date=dt.date(2024, 3, 8), fatalities=1,
        attribution="local sources",
        evidence={"event": Evidence(Span(0, len(text)), "trigger:shot dead")},
    )
    return Document("aleppo-1", text, published=dt.date(2024, 3, 9), lang="en", events=(attack,))


def save(store: Store, doc: Document, pipeline: str = "test") -> None:
    store.add_document(doc)
    store.save_extraction(doc, ExtractionResult.from_document(doc, pipeline))


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "rasid.db"


@pytest.fixture
def store(db_path: Path):
    with Store.open(db_path) as s:
        yield s


# --- opening and migrations ----------------------------------------------------------------


def test_open_creates_a_wal_database_and_records_each_migration_once(db_path: Path) -> None:
    Store.open(db_path).close()
    with closing(sqlite3.connect(db_path)) as conn, conn:
        first = conn.execute("SELECT name, applied_at FROM rasid_migrations").fetchall()
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        indexes = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='index'")}
    assert [name for name, _ in first] == [m.name for m in MIGRATIONS]
    assert all(applied_at for _, applied_at in first)
    assert {"documents", "events", "claims", "document_mentions", "actors", "places",
            "review_edits", "rasid_migrations"} <= tables
    assert {"ix_events_date", "ix_events_admin1", "ix_events_event_type",
            "ix_events_actor1", "ix_events_actor2"} <= indexes

    # Re-applying is a no-op: same rows, same timestamps, data untouched.
    with Store.open(db_path) as store:
        save(store, aleppo_doc())
    Store.open(str(db_path)).close()
    with Store.open(f"sqlite:///{db_path}") as store:
        assert store.counts()["events"] == 1
    with closing(sqlite3.connect(db_path)) as conn, conn:
        assert conn.execute("SELECT name, applied_at FROM rasid_migrations").fetchall() == first


def test_a_database_from_a_newer_rasid_is_refused(db_path: Path) -> None:
    Store.open(db_path).close()
    with closing(sqlite3.connect(db_path)) as conn, conn:
        conn.execute("INSERT INTO rasid_migrations (name, applied_at) "
                     "VALUES ('9999_from_the_future', '2030-01-01 00:00:00')")
    with pytest.raises(StoreError, match="newer than this version of rasid.*9999_from_the_future"):
        Store.open(db_path)


def test_a_foreign_database_is_refused(db_path: Path) -> None:
    with closing(sqlite3.connect(db_path)) as conn, conn:
        conn.execute("CREATE TABLE documents (x TEXT)")
    with pytest.raises(StoreError, match="not a rasid database"):
        Store.open(db_path)


def test_unopenable_targets_raise_store_error(tmp_path: Path) -> None:
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is a text file, not an SQLite database\n" * 50)
    with pytest.raises(StoreError):
        Store.open(junk)
    with pytest.raises(StoreError, match="directory"):
        Store.open(tmp_path)
    with pytest.raises(StoreError, match="unsupported database"):
        Store.open("mysql://localhost/rasid")


def test_a_closed_store_cannot_be_used(db_path: Path) -> None:
    with Store.open(db_path) as store:
        pass
    with pytest.raises(StoreError, match="closed"):
        store.counts()


# --- documents ----------------------------------------------------------------------------


def test_add_document_is_idempotent_by_content_hash_and_doc_id(store: Store) -> None:
    doc = idlib_doc()
    pk, added = store.add_document(doc)
    assert added
    assert store.add_document(doc) == (pk, False)
    # Same text under another doc_id: the same document.
    assert store.add_document(Document("copy-of-idlib", doc.text)) == (pk, False)
    # Same doc_id with another text: the first stored text wins.
    assert store.add_document(Document("idlib-1", "A different text.")) == (pk, False)
    assert store.counts()["documents"] == 1
    assert store.has_document(content_hash(doc.text))
    assert not store.has_document(content_hash("A different text."))

    stored = store.document("idlib-1")
    assert stored is not None
    assert stored["text"] == doc.text
    assert stored["title"] == "Idlib shelling"
    assert stored["published"] == "2024-03-04"
    assert stored["content_hash"] == doc.content_hash
    assert store.document("missing") is None
    listed = store.documents()
    assert [d["doc_id"] for d in listed] == ["idlib-1"]
    assert "text" not in listed[0]


def test_text_is_stored_exactly(store: Store) -> None:
    text = "\u202bقصف\u202c الجيش\u200f مدينة أريحا\nثم اشتباك"
    store.add_document(Document("rtl", text))
    assert store.document("rtl")["text"] == text


# --- extraction results -------------------------------------------------------------------


def test_save_extraction_stores_events_claims_mentions_actors_and_places(store: Store) -> None:
    doc = idlib_doc()
    save(store, doc, pipeline="rules-v1")
    counts = store.counts()
    assert counts["events"] == 2
    assert counts["events_machine"] == 2
    assert counts["claims"] == 1
    assert counts["mentions"] == 3
    assert counts["places"] == 2
    # actor1/actor2 of both events plus the associated actor
    assert counts["actors"] == 4

    rows = store.events()
    shelling = next(r for r in rows if r["event_type"] == "Explosions/Remote violence")
    assert shelling["doc_id"] == "idlib-1"
    assert shelling["status"] == "machine"
    assert isinstance(shelling["id"], int)
    assert shelling["actor1"] == ARMY.name
    assert shelling["inter2"] == 7
    assert shelling["admin1"] == "Idlib"
    assert shelling["date"] == "2024-03-03"
    assert shelling["latitude"] == pytest.approx(35.81)
    assert shelling["evidence"].startswith("Government forces shelled")
    span = shelling["evidence_spans"]["actor1"]
    assert doc.text[span["start"]:span["end"]] == span["text"] == "Government forces"

    (claim,) = store.claims("idlib-1")
    assert claim["metric"] == "fatalities"
    assert claim["value"] == 2
    assert claim["evidence"] == "killing two civilians"
    assert store.claims("aleppo-1") == []

    assert [m["key"] for m in store.mentions("idlib-1")] == [ARMY.name, "ariha", "2"]
    stored = store.document("idlib-1")
    assert stored["pipeline"] == "rules-v1"
    assert stored["extracted_at"] is not None


def test_save_extraction_adds_an_unseen_document(store: Store) -> None:
    doc = aleppo_doc()
    store.save_extraction(doc, ExtractionResult.from_document(doc))
    assert store.document("aleppo-1") is not None
    assert len(store.events()) == 1


def test_reextraction_replaces_machine_events(store: Store) -> None:
    doc = idlib_doc()
    save(store, doc)
    before = {r["id"] for r in store.events()}
    save(store, doc)
    after = store.events()
    assert len(after) == 2
    assert before.isdisjoint(r["id"] for r in after)  # replaced, ids not reused
    # A result with fewer events removes the ones it no longer has.
    smaller = ExtractionResult("idlib-1", doc.published, "en", doc.events[:1], ())
    store.save_extraction(doc, smaller)
    assert [r["sub_event_type"] for r in store.events()] == ["Shelling/artillery/missile attack"]
    assert store.claims() == []


def test_reextraction_keeps_reviewed_events_and_does_not_duplicate_them(store: Store) -> None:
    doc = idlib_doc()
    save(store, doc)
    rows = {r["event_type"]: r for r in store.events()}
    shelling_id = rows["Explosions/Remote violence"]["id"]
    clash_id = rows["Battles"]["id"]
    store.record_edit(shelling_id, "reviewer", {"fatalities": 3, "notes": "hospital figure"})
    store.set_status(clash_id, "reviewer", "rejected")

    save(store, doc)
    rows = store.events()
    assert len(rows) == 2
    by_id = {r["id"]: r for r in rows}
    assert by_id[shelling_id]["status"] == "edited"
    assert by_id[shelling_id]["fatalities"] == 3
    assert by_id[shelling_id]["notes"] == "hospital figure"
    assert by_id[clash_id]["status"] == "rejected"
    assert store.counts()["events_machine"] == 0

    # Editing a key field (actor1) must not let the machine's version come back either.
    store.record_edit(shelling_id, "reviewer", {"actor1": "Russian Air Force", "inter1": 8})
    save(store, doc)
    assert len(store.events()) == 2
    assert store.event(shelling_id)["actor1"] == "Russian Air Force"


def test_reextraction_of_changed_text_under_the_same_doc_id_is_refused(store: Store) -> None:
    save(store, idlib_doc())
    changed = Document("idlib-1", IDLIB_TEXT + " An update followed.")
    with pytest.raises(StoreError, match="different text"):
        store.save_extraction(changed, ExtractionResult.from_document(changed))
    with pytest.raises(StoreError, match="is for"):
        store.save_extraction(idlib_doc(), ExtractionResult("other", None, None, (), ()))


def test_a_failed_save_changes_nothing(store: Store) -> None:
    doc = idlib_doc()
    save(store, doc)
    ids = [r["id"] for r in store.events()]
    # A mention without a key violates NOT NULL half-way through the transaction.
    broken = Document(doc.doc_id, doc.text, mentions=(
        Mention(Span(0, 3), "PLACE", None, "gazetteer"),  # type: ignore[arg-type]
    ))
    with pytest.raises(StoreError):
        store.save_extraction(broken, ExtractionResult.from_document(doc))
    assert [r["id"] for r in store.events()] == ids
    assert store.counts()["mentions"] == 3


# --- queries ------------------------------------------------------------------------------


@pytest.fixture
def filled(store: Store) -> Store:
    save(store, idlib_doc())
    save(store, aleppo_doc())
    return store


def test_events_are_ordered_by_date_then_id(filled: Store) -> None:
    rows = filled.events()
    assert [r["date"] for r in rows] == ["2024-03-03", "2024-03-03", "2024-03-08"]
    assert rows[0]["id"] < rows[1]["id"]


def test_filter_by_date_range(filled: Store) -> None:
    def dates(**kw: object) -> list[str]:
        return [r["date"] for r in filled.events(EventFilter(**kw))]

    assert dates(date_from=dt.date(2024, 3, 4)) == ["2024-03-08"]
    assert dates(date_to=dt.date(2024, 3, 3)) == ["2024-03-03", "2024-03-03"]
    assert dates(date_from=dt.date(2024, 3, 3), date_to=dt.date(2024, 3, 8)) == [
        "2024-03-03", "2024-03-03", "2024-03-08"]
    assert dates(date_from=dt.date(2024, 4, 1)) == []


def test_filter_by_admin1_case_insensitively(filled: Store) -> None:
    assert len(filled.events(EventFilter(admin1="idlib"))) == 2
    assert len(filled.events(EventFilter(admin1="ALEPPO"))) == 1
    assert filled.events(EventFilter(admin1="Idl")) == []


def test_filter_by_type_and_sub_type(filled: Store) -> None:
    (row,) = filled.events(EventFilter(event_type="Battles"))
    assert row["sub_event_type"] == "Armed clash"
    (row,) = filled.events(EventFilter(sub_event_type="Attack"))
    assert row["doc_id"] == "aleppo-1"


def test_filter_by_actor_matches_either_side_and_associates(filled: Store) -> None:
    def types(actor: str) -> list[str]:
        return sorted(r["event_type"] for r in filled.events(EventFilter(actor=actor)))

    # actor1 of the shelling, actor2 of the clash
    assert types("military forces of syria") == ["Battles", "Explosions/Remote violence"]
    assert types("CIVILIANS") == ["Explosions/Remote violence", "Violence against civilians"]
    assert types("turkistan") == ["Battles"]  # associated actor
    assert types("tahrir") == ["Battles"]
    assert types("%") == []  # LIKE wildcards are matched literally
    assert types("_") == []


def test_filter_by_doc_status_and_paging(filled: Store) -> None:
    assert {r["doc_id"] for r in filled.events(EventFilter(doc_id="aleppo-1"))} == {"aleppo-1"}
    first = filled.events()[0]
    filled.set_status(first["id"], "reviewer", "confirmed")
    assert [r["id"] for r in filled.events(EventFilter(status="confirmed"))] == [first["id"]]
    assert len(filled.events(EventFilter(status="machine"))) == 2
    page = filled.events(EventFilter(limit=1, offset=1))
    assert [r["id"] for r in page] == [filled.events()[1]["id"]]
    with pytest.raises(StoreError, match="unknown status"):
        filled.events(EventFilter(status="approved"))


def test_combined_filters(filled: Store) -> None:
    rows = filled.events(EventFilter(admin1="Idlib", actor="hay'at", date_from=dt.date(2024, 3, 1)))
    assert [r["sub_event_type"] for r in rows] == ["Armed clash"]


# --- review -------------------------------------------------------------------------------


def test_record_edit_updates_the_event_and_writes_the_audit_trail(
    filled: Store, db_path: Path
) -> None:
    event = filled.events(EventFilter(doc_id="aleppo-1"))[0]
    filled.record_edit(event["id"], "amal", {"fatalities": 2, "date": "2024-03-07",
                                              "admin2": "A'zaz"})  # admin2 unchanged
    edited = filled.event(event["id"])
    assert edited["status"] == "edited"
    assert edited["fatalities"] == 2
    assert edited["date"] == "2024-03-07"
    # The machine's original output is kept alongside, in the data column.
    with closing(sqlite3.connect(db_path)) as conn, conn:
        (data,) = conn.execute("SELECT data FROM events WHERE id = ?", (event["id"],)).fetchone()
    assert json.loads(data)["fatalities"] == 1

    edits = filled.edits(event["id"])
    assert [(e["field"], e["before"], e["after"], e["user"]) for e in edits] == [
        ("fatalities", 1, 2, "amal"),
        ("date", "2024-03-08", "2024-03-07", "amal"),
        ("status", "machine", "edited", "amal"),
    ]
    assert all(e["created_at"] for e in edits)

    # Changing the sub-event type brings the matching event type along.
    filled.record_edit(event["id"], "amal", {"sub_event_type": "Abduction/forced disappearance"})
    assert filled.event(event["id"])["event_type"] == "Violence against civilians"
    filled.record_edit(event["id"], "amal", {"sub_event_type": "Air/drone strike"})
    assert filled.event(event["id"])["event_type"] == "Explosions/Remote violence"
    assert filled.edits(event["id"])[-1]["field"] == "event_type"

    # A no-op edit writes nothing.
    n = filled.counts()["review_edits"]
    filled.record_edit(event["id"], "amal", {"fatalities": 2})
    assert filled.counts()["review_edits"] == n


def test_record_edit_rejects_bad_input(filled: Store) -> None:
    event_id = filled.events()[0]["id"]
    with pytest.raises(StoreError, match="no event"):
        filled.record_edit(10_000, "amal", {"fatalities": 1})
    with pytest.raises(StoreError, match="cannot edit"):
        filled.record_edit(event_id, "amal", {"status": "confirmed"})
    with pytest.raises(StoreError, match="invalid value for inter1"):
        filled.record_edit(event_id, "amal", {"inter1": 9})
    with pytest.raises(StoreError, match="invalid value for date"):
        filled.record_edit(event_id, "amal", {"date": "last week"})
    with pytest.raises(StoreError, match="not a sub-event type"):
        filled.record_edit(event_id, "amal", {"event_type": "Protests"})
    with pytest.raises(StoreError, match="user"):
        filled.record_edit(event_id, "", {"fatalities": 1})
    assert filled.counts()["review_edits"] == 0


def test_set_status_is_audited(filled: Store) -> None:
    event_id = filled.events()[0]["id"]
    filled.set_status(event_id, "amal", "confirmed")
    filled.set_status(event_id, "amal", "confirmed")  # unchanged: not recorded twice
    filled.set_status(event_id, "omar", "rejected")
    assert [(e["user"], e["before"], e["after"]) for e in filled.edits(event_id)] == [
        ("amal", "machine", "confirmed"), ("omar", "confirmed", "rejected")]
    with pytest.raises(StoreError, match="unknown status"):
        filled.set_status(event_id, "amal", "approved")


def test_audit_rows_outlive_a_replaced_event(filled: Store) -> None:
    # Also shows foreign keys are on: ON DELETE SET NULL only runs when they are.
    event_id = filled.events(EventFilter(doc_id="aleppo-1"))[0]["id"]
    filled.set_status(event_id, "amal", "confirmed")
    filled.set_status(event_id, "amal", "machine")  # handed back to the machine
    save(filled, aleppo_doc())
    assert filled.event(event_id) is None
    assert [e["event_id"] for e in filled.edits()] == [None, None]


def test_data_survives_reopening(db_path: Path) -> None:
    with Store.open(db_path) as store:
        save(store, idlib_doc())
        event_id = store.events()[0]["id"]
        store.record_edit(event_id, "amal", {"fatalities": 4})
    with Store.open(db_path) as store:
        assert store.event(event_id)["fatalities"] == 4
        assert store.counts()["review_edits"] == 2
