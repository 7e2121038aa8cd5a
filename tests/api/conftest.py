"""Fixtures of the API tests: a real uvicorn server over a real SQLite file per module."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from api.live_fixtures import Live, Seeded, copy_database, seed_database

from rasid.api.background import BackgroundServer
from rasid.pipeline import Pipeline
from rasid.store import Store


@pytest.fixture(scope="session")
def seeded_db(tmp_path_factory: pytest.TempPathFactory, pipeline: Pipeline) -> Seeded:
    """The fixture articles coded once per test session, with users and tokens."""
    return seed_database(tmp_path_factory.mktemp("seeded") / "rasid.db", pipeline)


@pytest.fixture(scope="module")
def live(seeded_db: Seeded, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Live]:
    """One server per test module, so a module's edits do not leak into another's."""
    copy = copy_database(seeded_db, tmp_path_factory.mktemp("live"))
    with Store.open(copy.path) as store, BackgroundServer(store) as server:
        yield Live(server.url, copy, store)


@pytest.fixture
def viewer(live: Live) -> Iterator[httpx.Client]:
    with live.client("viewer") as client:
        yield client


@pytest.fixture
def reviewer(live: Live) -> Iterator[httpx.Client]:
    with live.client("reviewer") as client:
        yield client


@pytest.fixture
def anonymous(live: Live) -> Iterator[httpx.Client]:
    with live.client(None) as client:
        yield client
