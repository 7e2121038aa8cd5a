"""The quality gate: scores on the evaluation sets stay above recorded floors.

Runs what ``rasid extract --jsonl DOCS --output PRED`` runs (``extract_jsonl`` with the
default pipeline), scores it with ../shared/eval/score.py (imported from there, never
copied) and compares with ``tests/eval_baseline.json``. The sets are the shared ones
(seed, dev) and rasid's own (eval/dev2 ... eval/dev34: codings in the repository, article texts
joined from ../shared by scripts/make_eval_docs.py). Raise the floors when extraction
improves. Skipped where ../shared is absent.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from rasid.ingest.jobs import extract_jsonl
from rasid.pipeline import Pipeline

pytestmark = pytest.mark.shared

ROOT = Path(__file__).resolve().parents[1]
BASELINE = json.loads((ROOT / "tests" / "eval_baseline.json").read_text(encoding="utf-8"))
OWN_SETS = ROOT / "eval"


def _make_eval_docs() -> ModuleType:
    spec = importlib.util.spec_from_file_location("rasid_make_eval_docs", ROOT / "scripts" / "make_eval_docs.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def scorer(shared_dir: Path) -> ModuleType:
    path = shared_dir / "eval" / "score.py"
    if not path.exists():
        pytest.skip("../shared/eval/score.py not present")
    spec = importlib.util.spec_from_file_location("rasid_shared_score", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def scores(shared_dir: Path, scorer: ModuleType, pipeline: Pipeline,
           tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    folder = tmp_path_factory.mktemp("eval")
    for name in BASELINE:
        gold = shared_dir / "eval" / f"{name}.gold.jsonl"
        docs = shared_dir / "eval" / f"{name}.docs.jsonl"
        if (OWN_SETS / f"{name}.gold.jsonl").exists():
            gold = OWN_SETS / f"{name}.gold.jsonl"
            docs = _make_eval_docs().write_docs(gold, folder / f"{name}.docs.jsonl", shared_dir)
        pred = folder / f"{name}.pred.jsonl"
        report = extract_jsonl(docs, pred, pipeline)
        assert report.rejected == [], report.rejected
        out[name] = scorer.score(scorer.load(gold), scorer.load(pred))
    return out


def test_eval_baseline_file_is_well_formed() -> None:
    assert set(BASELINE) == {"seed", "dev", *(f"dev{n}" for n in range(2, 35))}
    for floors in BASELINE.values():
        assert set(floors) >= {"event_f1", "claim_f1"}
        assert all(0.0 <= value <= 1.0 for value in floors.values())


@pytest.mark.parametrize("name", sorted(BASELINE))
def test_eval_every_document_has_a_prediction(scores: dict[str, dict[str, Any]], name: str) -> None:
    assert scores[name]["docs"] > 0
    assert scores[name]["docs_without_prediction"] == 0


@pytest.mark.parametrize(("name", "metric"), [(n, m) for n, floors in sorted(BASELINE.items()) for m in sorted(floors)])
def test_eval_score_above_floor(scores: dict[str, dict[str, Any]], name: str, metric: str) -> None:
    floor = BASELINE[name][metric]
    value = scores[name][metric]
    assert value is not None and value >= floor, f"{name} {metric} = {value}, floor {floor}; all: {scores[name]}"
