"""schemathesis against the OpenAPI document of a live server: every operation, its
default checks (server errors, status codes, content types, response schemas, accepting
valid and refusing invalid input, Allow headers, authentication), no failures."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from api.live_fixtures import Live

SCHEMATHESIS = Path(sys.executable).parent / "schemathesis"
# Uploads are files: the schema cannot say "text in a known encoding", so a valid-looking
# binary or empty file is refused (400) by design; every other check still runs on it.
CONFIG = """
[[operations]]
include-path = "/api/uploads"
checks.positive_data_acceptance.enabled = false
"""


@pytest.mark.skipif(not SCHEMATHESIS.exists(), reason="schemathesis is not installed (pip install -e '.[test]')")
def test_schemathesis_finds_no_failures(live: Live, tmp_path: Path) -> None:
    config = tmp_path / "schemathesis.toml"
    config.write_text(CONFIG, encoding="utf-8")
    done = subprocess.run(
        [str(SCHEMATHESIS), "--config-file", str(config), "--no-color", "run", f"{live.url}/api/openapi.json",
         "--header", f"Authorization: Bearer {live.seeded.tokens['admin']}",
         "--max-examples", "15", "--seed", "20241", "--workers", "1",
         "--phases", "examples,coverage,fuzzing"],
        capture_output=True, text=True, timeout=900, check=False, cwd=tmp_path,  # its example database goes there
    )
    tail = done.stdout[-6000:] + done.stderr[-2000:]
    assert done.returncode == 0, tail
    assert "passed" in done.stdout, tail
    assert "failures" not in done.stdout.split("SUMMARY")[-1].lower(), tail
