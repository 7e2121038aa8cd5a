"""The batch writer's group path (``Store.write_texts``) leaves the rows the one-item path
leaves, falls back to it when a group cannot be written, and hands the awkward items
(a stored text to extract again, a doc_id taken by another text) to it."""

from __future__ import annotations

import datetime as dt
import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from ingest_helpers import article

from rasid.errors import StoreError
from rasid.ingest.batch import BatchOptions, run_batch
from rasid.ingest.files import Rejected
from rasid.ingest.sources import Origin, SourceItem
from rasid.model import Document
from rasid.pipeline import Pipeline
from rasid.store import EventFilter, Store

BYLINE = "دمشق - مراسل الوكالة: "
TIMES = {"ingested_at", "extracted_at", "seen_at", "created_at"}
# Sighting ids are left out: on SQLite an INSERT .. ON CONFLICT DO NOTHING (the one-item
# path's way of skipping a known origin) uses up an AUTOINCREMENT id, the group path
# does not try such an insert at all; the order of the sightings is compared.
SIGHTING_ID = {"id"}


def _item(doc_id: str, text: str, outlet: str) -> SourceItem:
    doc = Document(doc_id=doc_id, text=text, published=dt.date(2024, 5, 14), source=outlet,
                   url=f"https://{outlet.lower()}.example/{doc_id}")
    return SourceItem(doc, Origin(key=f"test:{outlet}:{doc_id}", kind="url", outlet=outlet, url=doc.url))


def _items() -> list[SourceItem | Rejected]:
    """New texts, an exact repeat, near-duplicates (of an earlier flush and of the same
    flush), a repeated origin, a rejected input and a doc_id reused for another text."""
    items: list[SourceItem | Rejected] = [_item(f"a-{i}", article(i), "A") for i in range(9)]
    items += [
        _item("b-1", article(2), "B"),  # the same text from another outlet
        _item("c-1", BYLINE + article(3), "C"),  # a near-duplicate
        _item("d-1", article(20), "D"),
        _item("d-2", BYLINE + article(20) + " وتابعوا التفاصيل.", "D"),  # near, same flush
        _item("a-1", article(21), "A"),  # a doc_id already stored with another text
        Rejected("input.jsonl: line 99", "empty"),
        _item("b-1", article(2), "B"),  # the same origin again
        *(_item(f"e-{i}", article(i), "E") for i in range(30, 36)),
    ]
    return items


def _rows(store: Store, path: Path) -> dict[str, Any]:
    def clean(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        return [{k: v for k, v in row.items() if k not in TIMES} for row in rows]

    docs = clean(store.documents(limit=1000))
    with closing(sqlite3.connect(path)) as conn:
        search = {table: conn.execute(f"SELECT rowid, body FROM {table} ORDER BY rowid").fetchall()
                  for table in ("document_search", "event_search")}
    return {
        "documents": docs,
        "events": store.events(EventFilter(limit=10_000)),
        "claims": store.claims(),
        "mentions": {d["doc_id"]: store.mentions(d["doc_id"]) for d in docs},
        "sightings": {d["doc_id"]: [{k: v for k, v in s.items() if k not in SIGHTING_ID}
                                    for s in clean(store.sightings(d["doc_id"]))] for d in docs},
        "duplicates": store.duplicates(),
        "signatures": sorted(store.signatures("minhash-affine32-w4-p128-v1")),
        "actors": store.actors(limit=1000),
        "places": store.places(limit=1000),
        "counts": store.counts(),
        "search": search,
    }


def _run(path: Path, pipeline: Pipeline, **options: Any) -> tuple[dict[str, Any], Any]:
    with Store.open(path) as store:
        report = run_batch(_items(), store, pipeline, BatchOptions(commit_every=8, chunk_size=4, **options),
                           inputs=["group write"])
        return _rows(store, path), report


def _summary(report: Any) -> tuple[Any, ...]:
    return (report.counts(), [(e.item, e.reason) for e in report.errors])


def test_group_writes_leave_the_rows_of_one_item_writes(tmp_path: Path, pipeline: Pipeline,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    grouped, grouped_report = _run(tmp_path / "grouped.db", pipeline)

    def refuse(self: Store, items: Any) -> list[bool]:
        raise StoreError("no group writes in this test")

    monkeypatch.setattr(Store, "write_texts", refuse)
    one_by_one, single_report = _run(tmp_path / "single.db", pipeline)
    assert grouped == one_by_one
    assert _summary(grouped_report) == _summary(single_report)
    counts = grouped_report.counts()
    assert (counts["added"], counts["unchanged"], counts["duplicates"]) == (16, 2, 2)
    assert grouped_report.errors[0].reason == "empty"
    assert "different text" in grouped_report.errors[1].reason
    assert grouped["counts"]["mentions"] > 0


def test_a_failed_group_is_written_item_by_item(tmp_path: Path, pipeline: Pipeline,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    expected, expected_report = _run(tmp_path / "expected.db", pipeline)
    real = Store.write_texts
    calls = {"n": 0}

    def fail_second(self: Store, items: Any) -> list[bool]:
        calls["n"] += 1
        out = real(self, items)  # the rows are written, then the group fails: all of it rolls back
        if calls["n"] == 2:
            raise StoreError("the group failed")
        return out

    monkeypatch.setattr(Store, "write_texts", fail_second)
    got, report = _run(tmp_path / "failed.db", pipeline)
    assert calls["n"] > 2
    assert got == expected
    assert _summary(report) == _summary(expected_report)


def test_a_stored_text_without_extraction_is_extracted_by_the_one_item_path(tmp_path: Path,
                                                                           pipeline: Pipeline) -> None:
    with Store.open(tmp_path / "rasid.db") as store:
        waiting = _item("a-4", article(4), "A").doc
        store.add_document(waiting)  # stored, never extracted
        report = run_batch(_items(), store, pipeline, BatchOptions(commit_every=8), inputs=["again"])
        assert report.added == 16
        assert store.events(EventFilter(doc_id="a-4"))
        assert store.mentions("a-4")
