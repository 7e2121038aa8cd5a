"""A batch killed with SIGKILL midway resumes with nothing lost and nothing stored twice."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from rasid.ingest.batch import BatchOptions
from rasid.ingest.jobs import ingest
from rasid.pipeline import Pipeline
from rasid.store import EventFilter, Store

from ingest_helpers import write_jsonl

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")

_RUN = """
import sys
from rasid.ingest.batch import BatchOptions
from rasid.ingest.jobs import ingest
from rasid.pipeline import Pipeline
from rasid.store import EventFilter, Store
with Store.open(sys.argv[2]) as store:
    ingest([sys.argv[1]], store, Pipeline(), BatchOptions(commit_every=8, chunk_size=4, workers=int(sys.argv[3])))
"""


def _position(db: Path) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as conn:
            row = conn.execute("SELECT position FROM batch_runs").fetchone()
    except sqlite3.Error:
        return 0
    return row[0] if row else 0


def _kill_midway(docs: Path, db: Path, workers: int, total: int) -> int:
    log = db.with_suffix(".log")
    with open(log, "wb") as stderr:
        process = subprocess.Popen([sys.executable, "-c", _RUN, str(docs), str(db), str(workers)],
                                   stdout=subprocess.DEVNULL, stderr=stderr)
    deadline = time.monotonic() + 120
    position = 0
    while time.monotonic() < deadline and process.poll() is None:
        position = _position(db)
        if position >= 16:
            break
        time.sleep(0.02)
    assert process.poll() is None, f"the run ended before it could be killed: {log.read_text()!r}"
    os.kill(process.pid, signal.SIGKILL)
    process.wait(30)
    assert process.returncode == -signal.SIGKILL
    stopped_at = _position(db)
    assert 0 < stopped_at < total
    return stopped_at


@pytest.mark.parametrize("workers", [1, 2])
def test_batch_killed_midway_resumes_without_loss_or_doubles(tmp_path: Path, pipeline: Pipeline,
                                                             workers: int) -> None:
    total = 400  # enough that the run is still going some while after the 16th document is committed
    docs = write_jsonl(tmp_path / "docs.jsonl", total)
    killed_db = tmp_path / "killed.db"
    stopped_at = _kill_midway(docs, killed_db, workers, total)
    with Store.open(killed_db) as store:
        report = ingest([docs], store, pipeline, BatchOptions(commit_every=8, chunk_size=4))
        assert report.resumed_from == stopped_at and not report.errors
        state = store.batch_run(report.run_id)
        assert (state["status"], state["position"]) == ("done", total)
        assert state["state"]["counts"]["added"] == total  # counted once over both invocations
        counts = store.counts()
        events = sorted((e["doc_id"], e["sub_event_type"], e["location_en"], e["fatalities"])
                        for e in store.events(EventFilter(limit=100_000)))
        sightings = [s for i in range(total) for s in store.sightings(f"doc-{i}")]
    with Store.open(tmp_path / "clean.db") as clean:
        ingest([docs], clean, pipeline)
        clean_events = sorted((e["doc_id"], e["sub_event_type"], e["location_en"], e["fatalities"])
                              for e in clean.events(EventFilter(limit=100_000)))
        assert counts == clean.counts()
    assert counts["documents"] == total
    assert events == clean_events
    assert len(sightings) == total and len({s["origin"] for s in sightings}) == total

