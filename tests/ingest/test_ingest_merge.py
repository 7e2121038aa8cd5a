"""Cross-source merging: one incident from several sources is one event, reversibly."""

from __future__ import annotations

import datetime as dt

import pytest

from rasid.errors import StoreError
from rasid.export.acled_csv import to_acled_rows
from rasid.ingest.batch import run_batch
from rasid.ingest.merge import merge_events, merged_events, same_incident
from rasid.ingest.sources import Origin, SourceItem
from rasid.model import Document
from rasid.pipeline import Pipeline
from rasid.store import Store

AR_SARAQIB = ("قصفت قوات النظام مدينة سراقب بالمدفعية الثقيلة أمس، ما أدى إلى مقتل 3 مدنيين. "
              "وتشهد المنطقة توترا متصاعدا منذ أسابيع.")
EN_SARAQIB = ("Government forces shelled the town of Saraqeb in rural Idlib on Monday, killing four civilians, "
              "according to the Syrian Observatory for Human Rights.")
AR_ARIHA = "قصفت قوات النظام مدينة أريحا بالصواريخ أمس، ما أدى إلى مقتل مدنيين اثنين."
PUBLISHED = dt.date(2024, 5, 14)


def _item(doc_id: str, text: str, outlet: str) -> SourceItem:
    doc = Document(doc_id=doc_id, text=text, published=PUBLISHED, source=outlet)
    return SourceItem(doc, Origin(key=f"test:{doc_id}", kind="url", outlet=outlet))


@pytest.fixture
def reported(store: Store, pipeline: Pipeline) -> Store:
    run_batch([_item("ar-1", AR_SARAQIB, "Al Mayadeen"), _item("en-1", EN_SARAQIB, "Syria Direct"),
               _item("ar-2", AR_ARIHA, "Al Mayadeen")], store, pipeline, inputs=["merge"])
    return store


def _by_doc(store: Store) -> dict[str, dict]:
    return {e["doc_id"]: e for e in store.events()}


def test_merge_joins_one_incident_across_sources(reported: Store) -> None:
    before = reported.events()
    report = merge_events(reported)
    assert len(report.created) == 1
    assert reported.events() == before  # merging never edits an event
    rows = merged_events(reported)
    assert len(rows) == len(before) - 1
    (merged,) = [r for r in rows if "merged_from" in r]
    assert merged["doc_ids"] == ["ar-1", "en-1"]
    assert merged["fatalities"] == 3  # ACLED: the lowest count reported
    assert {"Al Mayadeen", "Syria Direct", "SOHR"} <= set(merged["sources"])
    assert merged["source"] == "; ".join(merged["sources"])
    (acled,) = [r for r in to_acled_rows([merged], timestamp=0)]
    assert acled["source"] == merged["source"] and acled["fatalities"] == 3
    (group,) = reported.event_groups()
    assert {m["doc_id"] for m in group["members"]} == {"ar-1", "en-1"}
    assert all(m["snapshot"]["location_en"] == "Saraqeb" for m in group["members"])  # provenance kept


def test_merge_is_idempotent(reported: Store) -> None:
    merge_events(reported)
    again = merge_events(reported)
    assert (again.created, again.dissolved, again.kept) == ([], [], 1)


def test_merge_undo_is_final_for_that_set(reported: Store) -> None:
    merge_events(reported)
    (group,) = reported.event_groups()
    reported.undo_event_group(group["id"], user="analyst", reason="two different shellings")
    assert reported.event_groups() == []
    assert merge_events(reported).created == []
    assert all("merged_from" not in r for r in merged_events(reported))
    (undone,) = reported.event_groups("undone")
    assert (undone["closed_by"], undone["closed_reason"]) == ("analyst", "two different shellings")
    with pytest.raises(StoreError):
        reported.undo_event_group(group["id"], user="analyst")


def test_merge_never_touches_reviewed_events(reported: Store) -> None:
    merge_events(reported)
    event = _by_doc(reported)["en-1"]
    reported.set_status(event["id"], "analyst", "confirmed")
    report = merge_events(reported)
    assert len(report.dissolved) == 1 and report.created == []
    assert reported.event(event["id"])["status"] == "confirmed"
    with pytest.raises(StoreError, match="reviewed"):
        reported.create_event_group([event["id"], _by_doc(reported)["ar-1"]["id"]], "manual")


def test_merge_rules() -> None:
    base = {"doc_id": "a", "date": "2024-05-13", "place_id": "p1", "admin2": "Idleb", "event_type": "Battles",
            "actor1": "HTS", "actor2": "Syrian Army"}
    assert same_incident(base, {**base, "doc_id": "b", "date": "2024-05-14"})
    assert not same_incident(base, {**base, "doc_id": "b", "date": "2024-05-15"})  # two days apart
    assert not same_incident(base, {**base})  # the same document
    assert same_incident(base, {**base, "doc_id": "b", "place_id": "p2"})  # same district
    assert not same_incident(base, {**base, "doc_id": "b", "place_id": "p2", "admin2": "Ariha"})
    assert same_incident(base, {**base, "doc_id": "b", "event_type": "Explosions/Remote violence"})
    assert not same_incident(base, {**base, "doc_id": "b", "event_type": "Protests"})
    assert not same_incident(base, {**base, "doc_id": "b", "actor1": "ISIS", "actor2": "SDF"})
    assert same_incident(base, {**base, "doc_id": "b", "actor1": None, "actor2": None})
