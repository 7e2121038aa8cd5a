"""The resumable batch runner: checkpoints, Ctrl-C, error reports, workers and Dask."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from rasid.ingest.batch import BatchOptions, run_batch
from rasid.ingest.files import Rejected
from rasid.ingest.jobs import ingest, source_items
from rasid.pipeline import Pipeline
from rasid.store import Store

from ingest_helpers import article, write_jsonl


def _snapshot(store: Store) -> dict[str, Any]:
    """What was stored, independent of row ids and timing."""
    docs = sorted(d["doc_id"] for d in store.documents(limit=100_000))
    events = sorted((e["doc_id"], e["sub_event_type"], e["location_en"], e["fatalities"], e["date"])
                    for e in store.events())
    return {"docs": docs, "events": events, "claims": len(store.claims())}


def _bad_lines(path: Path) -> None:
    with open(path, "a", encoding="utf-8") as out:
        out.write("{not json\n")
        out.write(json.dumps({"doc_id": "empty", "text": "   "}) + "\n")
        out.write(json.dumps(["a", "list"]) + "\n")


def test_batch_ingests_and_reports_bad_items_without_stopping(tmp_path: Path, store: Store,
                                                              pipeline: Pipeline) -> None:
    path = write_jsonl(tmp_path / "docs.jsonl", 20)
    _bad_lines(path)
    report = ingest([path], store, pipeline, BatchOptions(commit_every=7, chunk_size=3))
    assert report.added == 20 and report.items == 23
    assert [(e.item, e.reason.split(":")[0]) for e in report.errors] == [
        (20, "line 21"), (21, "line 22"), (22, "line 23")]
    assert "malformed JSON" in report.errors[0].reason
    assert store.batch_errors(report.run_id) == [
        {"item": e.item, "source": e.source, "reason": e.reason} for e in report.errors]
    snap = _snapshot(store)
    assert len(snap["docs"]) == 20 and len(snap["events"]) >= 20
    assert store.batch_run(report.run_id)["status"] == "done"
    assert store.batch_run(report.run_id)["position"] == 23


def test_batch_reingest_adds_nothing(tmp_path: Path, store: Store, pipeline: Pipeline) -> None:
    path = write_jsonl(tmp_path / "docs.jsonl", 12)
    ingest([path], store, pipeline)
    before = (_snapshot(store), store.counts())
    finished = ingest([path], store, pipeline)  # the same run: already done
    assert (finished.added, finished.skipped) == (0, 12)
    again = ingest([path], store, pipeline, BatchOptions(resume=False))  # read everything again
    assert (again.added, again.unchanged, again.sightings) == (0, 12, 0)
    copy = tmp_path / "copy"
    copy.mkdir()
    (copy / "docs.jsonl").write_bytes(path.read_bytes())  # the same texts from another file
    other = ingest([copy], store, pipeline)
    assert (other.added, other.unchanged, other.sightings) == (0, 12, 12)
    assert (_snapshot(store), store.counts()) == before


class _StopAfter:
    """A progress callback that presses Ctrl-C once ``limit`` items are done."""

    def __init__(self, limit: int) -> None:
        self.limit, self.done = limit, 0

    def __call__(self, n: int) -> None:
        self.done += n
        if self.done >= self.limit:
            self.limit = 10**9
            raise KeyboardInterrupt


def test_batch_ctrl_c_stops_cleanly_and_resumes(tmp_path: Path, pipeline: Pipeline) -> None:
    path = write_jsonl(tmp_path / "docs.jsonl", 30)
    _bad_lines(path)
    options = BatchOptions(commit_every=5, chunk_size=4)
    with Store.open(tmp_path / "a.db") as store:
        first = ingest([path], store, pipeline, options, progress=_StopAfter(10))
        assert first.interrupted
        state = store.batch_run(first.run_id)
        assert state["status"] == "interrupted" and 10 <= state["position"] < 33
        second = ingest([path], store, pipeline, options)
        assert not second.interrupted and second.resumed_from == state["position"]
        assert first.added + second.added == 30
        assert len(first.errors) + len(second.errors) == 3
        assert len(store.batch_errors(first.run_id)) == 3
        resumed = _snapshot(store)
    with Store.open(tmp_path / "b.db") as clean:
        ingest([path], clean, pipeline, options)
        assert resumed == _snapshot(clean)


def test_batch_error_in_one_document_does_not_stop_the_run(tmp_path: Path, store: Store,
                                                           pipeline: Pipeline) -> None:
    path = write_jsonl(tmp_path / "docs.jsonl", 3)
    items = list(source_items([path]))
    # the same doc_id with another text cannot be stored (its offsets would not fit)
    clash = items[0].__class__(items[0].doc.__class__(doc_id="doc-0", text=article(99)), items[0].origin)
    report = run_batch([*items, clash, Rejected("x.bin", "binary data")], store, pipeline, inputs=["t"])
    assert report.added == 3
    assert sorted(e.item for e in report.errors) == [3, 4]
    assert "different text" in next(e.reason for e in report.errors if e.item == 3)


def test_batch_process_pool_matches_one_process(tmp_path: Path, pipeline: Pipeline) -> None:
    path = write_jsonl(tmp_path / "docs.jsonl", 40)
    _bad_lines(path)
    with Store.open(tmp_path / "one.db") as one, Store.open(tmp_path / "pool.db") as pool:
        inline = ingest([path], one, pipeline)
        pooled = ingest([path], pool, Pipeline(), BatchOptions(workers=2, chunk_size=4))
        assert (pooled.added, len(pooled.errors)) == (inline.added, len(inline.errors)) == (40, 3)
        assert _snapshot(one) == _snapshot(pool)


def test_batch_on_dask_local_cluster_matches_one_process(tmp_path: Path, pipeline: Pipeline) -> None:
    distributed = pytest.importorskip("distributed")
    path = write_jsonl(tmp_path / "docs.jsonl", 24)
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False,
                                  dashboard_address=None) as cluster, distributed.Client(cluster) as client:
        with Store.open(tmp_path / "dask.db") as on_dask:
            report = ingest([path], on_dask, pipeline, BatchOptions(dask=client, dask_chunk_size=5))
            assert (report.added, report.errors) == (24, [])
            dask_snapshot = _snapshot(on_dask)
    with Store.open(tmp_path / "one.db") as one:
        ingest([path], one, pipeline)
        assert _snapshot(one) == dask_snapshot


def test_batch_checkpoint_is_written_with_the_data(tmp_path: Path, store: Store, pipeline: Pipeline) -> None:
    """Every committed document is covered by the checkpoint written in its transaction."""
    path = write_jsonl(tmp_path / "docs.jsonl", 9)
    seen: list[tuple[int, int]] = []

    def watch(n: int) -> None:
        with store._engine.connect() as conn:  # a second connection sees only what is committed
            docs = conn.execute(sa.text("SELECT count(*) FROM documents")).scalar_one()
            position = conn.execute(sa.text("SELECT position FROM batch_runs")).scalar_one()
        seen.append((docs, position))

    ingest([path], store, pipeline, BatchOptions(commit_every=2, chunk_size=1), progress=watch)
    assert seen and all(docs == position for docs, position in seen)
    assert seen[-1] == (9, 9)
