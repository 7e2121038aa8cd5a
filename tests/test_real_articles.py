"""The pipeline over real articles: it never crashes and every span it reports is valid.

Reads a slice of the AlMayadeen incident-keyword articles in ../shared (skipped where absent).
"""

from __future__ import annotations

import datetime as dt
import json
from itertools import islice
from pathlib import Path

import pytest

from rasid.model import EVENT_TYPES, Document, event_type_of
from rasid.pipeline import Pipeline

pytestmark = pytest.mark.shared
SLICE = 300


@pytest.fixture(scope="module")
def articles(shared_dir: Path) -> list[Document]:
    path = shared_dir / "data" / "news" / "almayadeen" / "almayadeen_incident_keyword_subset.jsonl"
    if not path.exists():
        pytest.skip("AlMayadeen articles not present")
    docs = []
    with open(path, encoding="utf-8") as handle:
        for record in map(json.loads, islice(handle, SLICE)):
            published = (record.get("published_time") or "")[:10]
            if (record.get("full_text") or "").strip():
                docs.append(Document(record["postId"], record["full_text"],
                                     dt.date.fromisoformat(published) if published else None))
    return docs


def test_real_articles_extract_without_errors_and_with_valid_spans(pipeline: Pipeline, articles: list[Document]) -> None:
    events = 0
    for doc in articles:
        out = pipeline(doc)
        for event in out.events:
            events += 1
            assert event.event_type in EVENT_TYPES
            assert event_type_of(event.sub_event_type) == event.event_type
            for evidence in event.evidence.values():
                assert 0 <= evidence.span.start <= evidence.span.end <= len(doc.text)
            assert event.date is None or event.date <= (doc.published or event.date)
        for mention in out.mentions:
            assert doc.text[mention.span.start:mention.span.end].strip(), mention
    assert events > len(articles) // 4  # incident articles yield events
