"""Golden files: the pipeline's output on short articles written for these tests.

Each case is ``tests/golden/extract/<case>.txt`` (first line a JSON header such as
``{"published": "2024-05-14"}``, then the article) and ``<case>.json``, the expected
output: ``result_to_json`` cut down to its stable fields. The goldens pin current
behaviour, right or wrong; after a deliberate change to extraction, rewrite them with

    python -m pytest tests/extract/test_extract_golden.py --update-goldens

and read the diff before committing it.
"""

from __future__ import annotations

import datetime as dt
import difflib
import json
from pathlib import Path
from typing import Any

import pytest

from rasid.model import Document, result_to_json
from rasid.pipeline import Pipeline
from rasid.text.lang import document_language

GOLDEN_DIR = Path(__file__).resolve().parents[1] / "golden" / "extract"
CASES = sorted(path.stem for path in GOLDEN_DIR.glob("*.txt"))

EVENT_FIELDS = ("event_type", "sub_event_type", "actor1", "actor2", "admin1", "location_en", "date", "fatalities", "notes")
CLAIM_FIELDS = ("metric", "value")


def read_case(case: str) -> Document:
    header, _, text = (GOLDEN_DIR / f"{case}.txt").read_text(encoding="utf-8").partition("\n")
    meta = json.loads(header)
    published = dt.date.fromisoformat(meta["published"]) if meta.get("published") else None
    return Document(doc_id=case, text=text, published=published, title=meta.get("title"), lang=meta.get("lang"))


def stable_output(pipeline: Pipeline, doc: Document) -> dict[str, Any]:
    """The fields of ``result_to_json`` that should change only when extraction does."""
    result = result_to_json(pipeline.extract(doc), doc.text)
    return {
        "lang": result["lang"],
        "events": [{name: event[name] for name in EVENT_FIELDS} for event in result["events"]],
        "claims": [{name: claim[name] for name in CLAIM_FIELDS} for claim in result["claims"]],
    }


def dump(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def test_golden_cases_exist() -> None:
    assert len(CASES) >= 8
    langs = {document_language(read_case(case).text) for case in CASES}
    assert {"ar", "en", "mixed"} <= langs, langs


def test_golden_every_expected_file_has_its_text() -> None:
    orphans = sorted(p.name for p in GOLDEN_DIR.glob("*.json") if p.stem not in CASES)
    assert orphans == []


@pytest.mark.parametrize("case", CASES)
def test_golden_extract(case: str, pipeline: Pipeline, update_goldens: bool) -> None:
    expected_path = GOLDEN_DIR / f"{case}.json"
    actual = dump(stable_output(pipeline, read_case(case)))
    if update_goldens:
        expected_path.write_text(actual, encoding="utf-8")
    if not expected_path.exists():
        pytest.fail(f"{expected_path.name} is missing: run pytest with --update-goldens to create it")
    expected = expected_path.read_text(encoding="utf-8")
    if actual != expected:
        diff = "".join(difflib.unified_diff(
            expected.splitlines(keepends=True), actual.splitlines(keepends=True),
            fromfile=f"{case}.json (expected)", tofile=f"{case} (pipeline now)",
        ))
        pytest.fail(f"output differs from the golden file (rewrite with --update-goldens if intended):\n{diff}")


@pytest.mark.parametrize("case", CASES)
def test_golden_output_is_deterministic(case: str, pipeline: Pipeline) -> None:
    doc = read_case(case)
    assert stable_output(pipeline, doc) == stable_output(Pipeline(), doc)
