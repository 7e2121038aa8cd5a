"""Fixtures of the browser tests: a real server over a seeded SQLite file, and Debian's
Chromium driven by Playwright (no browser download). Skips cleanly without Chromium."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from api.live_fixtures import Seeded, copy_database, seed_database

from rasid.api.background import BackgroundServer
from rasid.pipeline import Pipeline
from rasid.store import Store

CHROMIUM = Path(os.environ.get("RASID_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
#: Screenshots of every run (git-ignored); the README's copies live in docs/screenshots/.
ARTIFACTS = Path(__file__).resolve().parent / "test-artifacts"


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is missing (apt-get install chromium; .ci/run installs it)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install -e '.[test]')")
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def server_url(tmp_path_factory: pytest.TempPathFactory, pipeline: Pipeline) -> Iterator[str]:
    seeded: Seeded = seed_database(tmp_path_factory.mktemp("web-seed") / "rasid.db", pipeline)
    copy = copy_database(seeded, tmp_path_factory.mktemp("web-live"))
    with Store.open(copy.path) as store, BackgroundServer(store) as server:
        yield server.url


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS
