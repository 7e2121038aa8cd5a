"""Error analysis against a gold file, on records written for these tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from rasid.cli import app
from rasid.errors import InputError
from rasid.evaluate import compare, format_report, read_records

_CLASH = {"event_type": "Battles", "sub_event_type": "Armed clash", "admin1": "Idlib",
          "actor1": "HTS: Hayat Tahrir al-Sham", "actor2": "Military Forces of Syria (2000-2024)",
          "location_text": "كفرنبل", "location_en": "Kafr Nabl", "date": "2024-03-02", "fatalities": 3}
_STRIKE = {"event_type": "Explosions/Remote violence", "sub_event_type": "Air/drone strike", "admin1": "Idlib",
           "actor1": "Military Forces of Russia", "location_text": "سرمين", "location_en": "Sarmin",
           "date": "2024-03-02", "fatalities": 0}


def _write(path: Path, records: list[dict]) -> Path:  # type: ignore[type-arg]
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def test_found_missed_spurious_and_differing_fields() -> None:
    gold = {"d1": {"doc_id": "d1", "events": [_CLASH, _STRIKE], "claims": [{"metric": "killed", "value": 12}]}}
    wrong_actor = {**_CLASH, "actor1": "Opposition Rebels (Syria)"}
    protest = {"event_type": "Protests", "sub_event_type": "Peaceful protest", "admin1": "Idlib"}
    pred = {"d1": {"doc_id": "d1", "events": [wrong_actor, protest], "claims": [{"metric": "killed", "value": "12"}]}}
    report = compare(gold, pred)
    assert (report.found, report.missed, report.spurious) == (1, 1, 1)
    assert (report.claims_found, report.claims_missed, report.claims_spurious) == (1, 0, 0)
    assert report.summary()["fields"]["actor1"] == 0.0
    assert report.summary()["fields"]["location"] == 1.0
    [doc] = report.documents
    assert doc.missed == [_STRIKE] and doc.spurious == [protest]
    assert doc.disagreements[0][2] == ["actor1"]
    text = format_report(report)
    assert "missed    Air/drone strike / Idlib" in text and "differs   actor1" in text


def test_an_event_in_another_governorate_is_not_the_same_incident() -> None:
    gold = {"d1": {"doc_id": "d1", "events": [_CLASH]}}
    pred = {"d1": {"doc_id": "d1", "events": [{**_CLASH, "admin1": "Aleppo"}]}}
    report = compare(gold, pred)
    assert (report.found, report.missed, report.spurious) == (0, 1, 1)


def test_an_optional_gold_event_counts_neither_way() -> None:
    gold = {"d1": {"doc_id": "d1", "events": [{**_STRIKE, "optional": True}]}}
    assert compare(gold, {"d1": {"doc_id": "d1", "events": [_STRIKE]}}).spurious == 0
    assert compare(gold, {"d1": {"doc_id": "d1", "events": []}}).missed == 0


def test_a_malformed_line_is_named(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"doc_id": "a", "events": []}\n{"doc_id": \n', encoding="utf-8")
    with pytest.raises(InputError, match="bad.jsonl:2"):
        read_records(path)


def test_the_errors_command_reports_and_summarises(tmp_path: Path) -> None:
    gold = _write(tmp_path / "gold.jsonl", [{"doc_id": "d1", "events": [_CLASH, _STRIKE], "claims": []}])
    pred = _write(tmp_path / "pred.jsonl", [{"doc_id": "d1", "events": [_CLASH], "claims": []}])
    runner = CliRunner()
    result = runner.invoke(app, ["errors", "--gold", str(gold), "--pred", str(pred)])
    assert result.exit_code == 0, result.output
    assert "1 found, 1 missed, 0 spurious" in result.output
    result = runner.invoke(app, ["errors", "--gold", str(gold), "--pred", str(pred), "--json"])
    assert json.loads(result.output)["events"]["recall"] == 0.5
    broken = tmp_path / "broken.jsonl"
    broken.write_text("not json\n", encoding="utf-8")
    result = runner.invoke(app, ["errors", "--gold", str(gold), "--pred", str(broken)])
    assert result.exit_code == 2


def test_min_confidence_leaves_out_less_certain_events(make_doc) -> None:  # type: ignore[no-untyped-def]
    from rasid.pipeline import Pipeline

    text = "قتل 3 عناصر من قوات النظام باشتباكات مع تنظيم داعش في بادية السخنة اليوم، بحسب المرصد السوري."
    events = Pipeline().extract(make_doc(text)).events
    assert events
    lowest = min(e.confidence for e in events)
    assert Pipeline(min_confidence=lowest).extract(make_doc(text)).events == events
    above = [e for e in events if e.confidence > lowest]
    assert list(Pipeline(min_confidence=min(lowest + 0.01, 1.0)).extract(make_doc(text)).events) == above


def test_extract_min_confidence_option(tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_text("قتل 3 عناصر من قوات النظام باشتباكات مع تنظيم داعش في بادية السخنة اليوم، بحسب المرصد السوري.",
                       encoding="utf-8")
    runner = CliRunner()
    every = runner.invoke(app, ["extract", str(article), "--published", "2024-05-01"])
    assert every.exit_code == 0, every.output
    assert json.loads(every.stdout)["events"]
    strict = runner.invoke(app, ["extract", str(article), "--published", "2024-05-01", "--min-confidence", "0.999"])
    assert strict.exit_code == 0, strict.output
    assert json.loads(strict.stdout)["events"] == []
    assert runner.invoke(app, ["extract", str(article), "--min-confidence", "2"]).exit_code != 0
