"""The ingest, watch, compare and events --format commands, run as the installed console script."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import Answer, Server
from ingest_helpers import article, write_jsonl

RASID = str(Path(sys.executable).parent / "rasid") if (Path(sys.executable).parent / "rasid").exists() \
    else shutil.which("rasid")
pytestmark = pytest.mark.skipif(RASID is None, reason="the rasid console script is not installed")


def rasid(*args: str) -> subprocess.CompletedProcess[str]:
    done = subprocess.run([RASID, *args], capture_output=True, text=True, timeout=300)  # type: ignore[list-item]
    done.stderr = " ".join(done.stderr.split())  # however the terminal width wrapped it
    return done


def test_cli_ingest_reports_errors_resumes_and_exports(tmp_path: Path) -> None:
    news = tmp_path / "news"
    news.mkdir()
    write_jsonl(news / "a.jsonl", 6)
    (news / "broken.json").write_text("{oops", encoding="utf-8")
    db, errors = str(tmp_path / "r.db"), tmp_path / "errors.jsonl"
    first = rasid("ingest", str(news), "--db", db, "--errors", str(errors))
    assert first.returncode == 0, first.stderr
    assert "6 added" in first.stderr and "1 errors" in first.stderr
    (error,) = [json.loads(line) for line in errors.read_text(encoding="utf-8").splitlines()]
    assert error["source"].endswith("broken.json") and "malformed JSON" in error["reason"]
    again = rasid("ingest", str(news), "--db", db, "--restart")
    assert again.returncode == 0 and "0 added, 6 unchanged (6 already stored" in again.stderr
    lines = rasid("events", "--db", db, "--format", "jsonl", "--merged").stdout.splitlines()
    assert len(lines) >= 6 and all("sources" in json.loads(line) for line in lines)
    geo = json.loads(rasid("events", "--db", db, "--format", "geojson").stdout)
    assert geo["type"] == "FeatureCollection" and geo["features"]
    acled = tmp_path / "acled.csv"
    acled.write_text("event_id_cnty,event_date,event_type,admin1,admin2,location\n"
                     "SYR9,2024-05-13,Battles,Aleppo,Jebel Saman,Aleppo\n", encoding="utf-8")
    compared = rasid("compare", str(acled), "--db", db, "--format", "json")
    assert compared.returncode == 0, compared.stderr
    summary = json.loads(compared.stdout)["summary"]
    assert summary["acled_only"] == 1 and summary["matched"] == 0 and summary["rasid_only"] >= 6


def test_cli_watch_one_round(tmp_path: Path, http_server: Server) -> None:
    link = http_server.url("/a/1")
    http_server.routes["/rss"] = Answer(200, (
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><item><title>x</title><link>{link}'
        f"</link><description>{article(30)}</description></item></channel></rss>").encode("utf-8"),
        {"Content-Type": "application/rss+xml"})
    feeds = tmp_path / "feeds.txt"
    feeds.write_text(http_server.url("/rss") + "\n", encoding="utf-8")
    done = rasid("watch", str(feeds), "--db", str(tmp_path / "w.db"), "--rounds", "1", "--interval", "0")
    assert done.returncode == 0, done.stderr
    assert "round 1: 1 added" in done.stderr
