"""The installed ``rasid`` console script, run as a real subprocess."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from rasid.cli import app
from rasid.export.acled_csv import ACLED_COLUMNS

ARABIC_CLASH = ("اندلعت أمس اشتباكات عنيفة بين قوات سوريا الديمقراطية ومسلحين من العشائر في قرية ذيبان "
                "بريف دير الزور الشرقي، ما أسفر عن مقتل 5 مقاتلين.")
ENGLISH_SHELLING = "Government forces shelled the village of Kansafra in southern Idlib on Monday."
ENGLISH_AIR = ("Russian warplanes bombed the town of Sarmin in Idlib province on Sunday, killing six civilians, "
               "according to the Syrian Observatory for Human Rights.")
ARABIC_REINFORCEMENTS = "استقدمت قوات النظام تعزيزات عسكرية إلى بلدة سراقب في ريف إدلب الشرقي، أمس."

COMMANDS = sorted(command.name or command.callback.__name__ for command in app.registered_commands)


def _rasid_executable() -> str | None:
    beside = Path(sys.executable).parent / "rasid"
    if beside.exists():
        return str(beside)
    return shutil.which("rasid")


RASID = _rasid_executable()
pytestmark = pytest.mark.skipif(RASID is None, reason="the rasid console script is not installed")


def rasid(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "COLUMNS": "250", "TERMINAL_WIDTH": "250", "NO_COLOR": "1", "PYTHONIOENCODING": "utf-8"}
    return subprocess.run([RASID, *map(str, args)], capture_output=True, text=True, encoding="utf-8",
                          env=env, cwd=cwd, timeout=120)


def stored_events(db: Path, *args: str) -> list[dict[str, Any]]:
    done = rasid("events", "--db", db, "--format", "json", *args)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def one_line(text: str) -> str:
    """Help and messages with Rich's boxes and wrapping taken out."""
    return " ".join(text.replace("│", " ").replace("╭", " ").replace("╰", " ").split())


def write_jsonl(path: Path, records: list[dict[str, Any] | str]) -> Path:
    lines = [r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in records]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def news_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder of articles in Idlib and Deir ez-Zor: two text files and a JSON Lines file."""
    folder = tmp_path_factory.mktemp("news")
    (folder / "kansafra.txt").write_text(ENGLISH_SHELLING + "\n", encoding="utf-8")
    (folder / "thiban.txt").write_text(ARABIC_CLASH + "\n", encoding="utf-8")
    write_jsonl(folder / "more.jsonl", [
        {"doc_id": "sarmin-air", "text": ENGLISH_AIR, "published": "2024-05-14"},
        {"doc_id": "saraqib-reinforcements", "text": ARABIC_REINFORCEMENTS, "published": "2024-05-14"},
    ])
    return folder


@pytest.fixture(scope="module")
def ingested(news_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("db") / "rasid.db"
    done = rasid("ingest", news_dir, "--db", db, "--published", "2024-05-14")
    assert done.returncode == 0, done.stderr
    return db


# --- extract ----------------------------------------------------------------------------


def test_cli_extract_file_prints_json_with_events(tmp_path: Path) -> None:
    article = tmp_path / "thiban.txt"
    article.write_text(ARABIC_CLASH, encoding="utf-8")
    done = rasid("extract", article, "--published", "2024-05-14")
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["doc_id"] == "thiban"
    assert result["published"] == "2024-05-14"
    assert result["lang"] == "ar"
    (event,) = result["events"]
    assert event["event_type"] == "Battles"
    assert event["admin1"] == "Deir ez-Zor"
    assert event["date"] == "2024-05-13"
    assert event["fatalities"] == 5
    span = event["evidence_spans"]["event"]
    assert ARABIC_CLASH[span["start"]:span["end"]] == span["text"]


def test_cli_entities_prints_the_names_in_an_article(tmp_path: Path) -> None:
    text = "قال وزير الخارجية فيصل المقداد إن وفداً من منظمة الهلال الأحمر زار ريف دير الزور."
    article = tmp_path / "names.txt"
    article.write_text(text, encoding="utf-8")
    done = rasid("entities", article)
    assert done.returncode == 0, done.stderr
    found = {(e["text"], e["label"]) for e in json.loads(done.stdout)["entities"]}
    assert ("فيصل المقداد", "PER") in found
    for entity in json.loads(done.stdout)["entities"]:
        assert text[entity["start"]:entity["end"]] == entity["text"]


def test_cli_entities_of_a_binary_file_is_a_clear_error(tmp_path: Path) -> None:
    blob = tmp_path / "blob.txt"
    blob.write_bytes(bytes(range(256)) * 4)
    done = rasid("entities", blob)
    assert done.returncode == 1 and "error" in done.stderr


def test_cli_extract_jsonl_skips_bad_lines(tmp_path: Path) -> None:
    docs = write_jsonl(tmp_path / "docs.jsonl", [
        {"doc_id": "good-1", "text": ENGLISH_SHELLING, "published": "2024-05-14"},
        '{"doc_id": "broken", "text": "unterminated',
        {"doc_id": "blank", "text": "   "},
        {"doc_id": "good-2", "text": ARABIC_CLASH, "published": "2024-05-14"},
    ])
    out = tmp_path / "results.jsonl"
    done = rasid("extract", "--jsonl", docs, "--output", out)
    assert done.returncode == 0, done.stderr
    results = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["doc_id"] for r in results] == ["good-1", "good-2"]
    assert all(r["events"] for r in results)
    message = one_line(done.stderr)
    assert "line 2" in message and "malformed JSON" in message
    assert "line 3" in message and "empty" in message
    assert "2 rejected" in message
    assert "Traceback" not in done.stderr


def test_cli_extract_binary_file_is_a_clear_error(tmp_path: Path) -> None:
    binary = tmp_path / "scan.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    done = rasid("extract", binary, "--published", "2024-05-14")
    assert done.returncode != 0
    message = one_line(done.stderr)
    assert "scan.txt" in message and "binary" in message
    assert "Traceback" not in done.stderr


def test_cli_extract_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    done = rasid("extract", tmp_path / "nowhere.txt")
    assert done.returncode != 0
    assert "no such file" in one_line(done.stderr)
    assert "Traceback" not in done.stderr


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        pytest.param(("extract",), "give a FILE or --jsonl", id="no-input"),
        pytest.param(("extract", "--jsonl", "docs.jsonl"), "--jsonl needs --output", id="jsonl-without-output"),
        pytest.param(("extract", "a.txt", "--published", "14/05/2024"), "YYYY-MM-DD", id="bad-date"),
    ],
)
def test_cli_extract_usage_errors(tmp_path: Path, args: tuple[str, ...], needle: str) -> None:
    (tmp_path / "a.txt").write_text(ENGLISH_SHELLING, encoding="utf-8")
    (tmp_path / "docs.jsonl").write_text(json.dumps({"text": ENGLISH_SHELLING}) + "\n", encoding="utf-8")
    done = rasid(*args, cwd=tmp_path)
    assert done.returncode == 2
    assert needle in one_line(done.stderr)
    assert "Traceback" not in done.stderr


# --- ingest and events ------------------------------------------------------------------


def test_cli_ingest_stores_every_document(ingested: Path) -> None:
    events = stored_events(ingested)
    assert {e["doc_id"] for e in events} == {"kansafra", "thiban", "sarmin-air", "saraqib-reinforcements"}


def test_cli_ingest_twice_adds_nothing(news_dir: Path, tmp_path: Path) -> None:
    db = tmp_path / "twice.db"
    first = rasid("ingest", news_dir, "--db", db, "--published", "2024-05-14")
    assert first.returncode == 0, first.stderr
    assert "4 added" in one_line(first.stderr)
    before = stored_events(db)
    assert before
    second = rasid("ingest", news_dir, "--db", db, "--published", "2024-05-14")
    assert second.returncode == 0, second.stderr
    assert "0 added" in one_line(second.stderr) and "4 unchanged" in one_line(second.stderr)
    after = stored_events(db)
    assert len(after) == len(before)
    assert sorted(e["id"] for e in after) == sorted(e["id"] for e in before)


def test_cli_events_csv_has_acled_columns(ingested: Path) -> None:
    done = rasid("events", "--db", ingested, "--format", "csv")
    assert done.returncode == 0, done.stderr
    rows = list(csv.reader(io.StringIO(done.stdout)))
    assert tuple(rows[0]) == ACLED_COLUMNS
    assert len(rows) - 1 == len(stored_events(ingested))
    assert all(len(row) == len(ACLED_COLUMNS) for row in rows[1:])


@pytest.mark.parametrize("admin1", ["Idlib", "idlib", "Deir ez-Zor"])
def test_cli_events_admin1_filters(ingested: Path, admin1: str) -> None:
    everything = stored_events(ingested)
    chosen = stored_events(ingested, "--admin1", admin1)
    assert chosen
    assert len(chosen) < len(everything)
    assert {e["admin1"].casefold() for e in chosen} == {admin1.casefold()}
    assert len(chosen) == sum(1 for e in everything if (e["admin1"] or "").casefold() == admin1.casefold())


def test_cli_events_admin1_with_no_match_is_empty(ingested: Path) -> None:
    assert stored_events(ingested, "--admin1", "Quneitra") == []


def test_cli_events_type_filter(ingested: Path) -> None:
    battles = stored_events(ingested, "--type", "Battles")
    assert battles and {e["event_type"] for e in battles} == {"Battles"}


def test_cli_events_table_format(ingested: Path) -> None:
    done = rasid("events", "--db", ingested, "--format", "table")
    assert done.returncode == 0, done.stderr
    assert "Kansafra" in done.stdout and "Idlib" in done.stdout


def test_cli_events_unknown_format_is_rejected(ingested: Path) -> None:
    done = rasid("events", "--db", ingested, "--format", "xml")
    assert done.returncode != 0
    assert "json, csv or table" in one_line(done.stderr)


def test_cli_demo(tmp_path: Path) -> None:
    db = tmp_path / "demo.db"
    done = rasid("demo", "--db", db)
    assert done.returncode == 0, done.stderr
    events = stored_events(db)
    assert events
    assert {e["doc_id"] for e in events} <= {"sample-sample_ar", "sample-sample_en"}
    assert "added" in one_line(done.stderr)


# --- help and documentation -------------------------------------------------------------


def test_cli_top_level_help_lists_every_command() -> None:
    done = rasid("--help")
    assert done.returncode == 0, done.stderr
    text = one_line(done.stdout)
    assert {"extract", "ingest", "events", "demo", "watch", "compare", "errors", "serve"} <= set(COMMANDS)
    for name in COMMANDS:
        assert f" {name} " in f" {text} ", name


@pytest.mark.parametrize("name", COMMANDS)
def test_cli_command_docstring_has_an_example(name: str) -> None:
    (command,) = [c for c in app.registered_commands if (c.name or c.callback.__name__) == name]
    doc = command.callback.__doc__ or ""
    assert doc.strip(), f"{name} has no docstring"
    assert f"Example: rasid {name}" in doc


@pytest.mark.parametrize("name", COMMANDS)
def test_cli_command_help_shows_the_example(name: str) -> None:
    done = rasid(name, "--help")
    assert done.returncode == 0, done.stderr
    command = next(c for c in app.registered_commands if (c.name or c.callback.__name__) == name)
    example = next(line.strip() for line in (command.callback.__doc__ or "").splitlines()
                   if line.strip().startswith("Example:"))
    assert one_line(example) in one_line(done.stdout)
