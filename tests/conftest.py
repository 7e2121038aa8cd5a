"""Shared fixtures: a warmed pipeline, quick Documents, ../shared, ``--update-goldens`` and
``--update-screenshots``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from rasid.model import Document, Event
from rasid.pipeline import Pipeline

#: The publication date the hand-written test sentences are set against (a Tuesday).
PUBLISHED = dt.date(2024, 5, 14)
#: ``../shared`` beside the repository: evaluation sets, scorer and data (may be absent).
SHARED_DIR = Path(__file__).resolve().parents[1].parent / "shared"

MakeDoc = Callable[..., Document]


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-goldens",
        action="store_true",
        default=False,
        help="rewrite the expected .json files under tests/golden/ from the current output",
    )
    parser.addoption(
        "--update-screenshots",
        action="store_true",
        default=False,
        help="copy the browser tests' screenshots into docs/screenshots/ (the README's images)",
    )


@pytest.fixture(scope="session")
def update_screenshots(request: pytest.FixtureRequest) -> bool:
    """True when the run was started with ``--update-screenshots``."""
    return bool(request.config.getoption("--update-screenshots"))


@pytest.fixture(scope="session")
def update_goldens(request: pytest.FixtureRequest) -> bool:
    """True when the run was started with ``--update-goldens``."""
    return bool(request.config.getoption("--update-goldens"))


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    """The default pipeline with its gazetteer, actor catalogue and matchers loaded once."""
    built = Pipeline()
    built.resources.warm()
    return built


def make_document(text: str, published: dt.date | str | None = PUBLISHED, doc_id: str = "test-doc",
                  **fields: object) -> Document:
    """A Document from a text; ``published`` may be an ISO string, defaults to ``PUBLISHED``."""
    if isinstance(published, str):
        published = dt.date.fromisoformat(published)
    return Document(doc_id=doc_id, text=text, published=published, **fields)  # type: ignore[arg-type]


@pytest.fixture(scope="session")
def events_of(pipeline: Pipeline) -> Callable[..., tuple[Event, ...]]:
    """``events_of(text, published=..., **fields)``: the events the default pipeline codes in a text."""
    def extract(text: str, **fields: object) -> tuple[Event, ...]:
        return pipeline.extract(make_document(text, **fields)).events  # type: ignore[arg-type]
    return extract


@pytest.fixture(scope="session")
def make_doc() -> MakeDoc:
    """``make_doc(text, published=..., doc_id=..., **fields)``: a Document in one call."""
    return make_document


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """``../shared``, or skip the test where it is not present (e.g. a fresh clone)."""
    if not SHARED_DIR.is_dir():
        pytest.skip("../shared not present")
    return SHARED_DIR
