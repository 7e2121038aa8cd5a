"""The seed article (../shared/eval/seed.docs.jsonl): the text the project started from.

It announces reinforcements of two pro-government militias in the Badia and quotes
year-to-date totals; the totals are claims, never events. Skipped where ../shared is absent.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from rasid.ingest import Rejected, read_path
from rasid.model import result_to_json
from rasid.pipeline import Pipeline

pytestmark = pytest.mark.shared


@pytest.fixture(scope="module")
def seed(shared_dir: Path, pipeline: Pipeline) -> dict[str, Any]:
    items = list(read_path(shared_dir / "eval" / "seed.docs.jsonl"))
    assert not [i for i in items if isinstance(i, Rejected)]
    (doc,) = items
    return result_to_json(pipeline.extract(doc), doc.text)


def test_seed_has_two_events(seed: dict[str, Any]) -> None:
    assert len(seed["events"]) == 2


def test_seed_events_are_changes_to_group_activity_in_deir_ez_zor(seed: dict[str, Any]) -> None:
    for event in seed["events"]:
        assert (event["event_type"], event["sub_event_type"]) == ("Strategic developments",
                                                                  "Change to group/activity")
        assert event["admin1"] == "Deir ez-Zor"
        assert event["fatalities"] is None


def test_seed_event_actors(seed: dict[str, Any]) -> None:
    assert sorted(e["actor1"] for e in seed["events"]) == ["LaQ: Liwa al-Quds", "NDF: National Defence Forces"]


def test_seed_totals_are_not_event_fatalities(seed: dict[str, Any]) -> None:
    assert not [e for e in seed["events"] if e["fatalities"] in (127, 64)]


@pytest.mark.parametrize(
    ("metric", "value"),
    [("attacks", 64), ("fatalities", 127), ("fighters", 7000), ("vehicles", 35), ("area_km2", 80000)],
)
def test_seed_claims(seed: dict[str, Any], metric: str, value: int) -> None:
    assert (metric, value) in {(c["metric"], c["value"]) for c in seed["claims"]}


def test_seed_evidence_quotes_come_from_the_text(shared_dir: Path, seed: dict[str, Any]) -> None:
    for event in seed["events"]:
        span = event["evidence_spans"]["event"]
        assert span["text"] and span["start"] < span["end"]
        assert event["evidence"] and event["evidence"].split()[0] in span["text"]
