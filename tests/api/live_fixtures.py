"""A real rasid database for the server tests: fixture articles coded by the real
pipeline, three users (viewer, reviewer, admin) and an API token each.

Shared by ``tests/api`` and ``tests/web`` (imported as ``api.live_fixtures``).
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
from dataclasses import dataclass
from pathlib import Path

import httpx

from rasid.api.users import add_user, new_api_token
from rasid.ingest.jobs import ingest_documents
from rasid.model import Document
from rasid.pipeline import Pipeline
from rasid.store import Store

#: Short Arabic and English conflict-news articles written for these tests.
ARTICLES = Path(__file__).resolve().parent / "articles.jsonl"
ROLES = ("viewer", "reviewer", "admin")
PASSWORD = "correct horse battery"


@dataclass(frozen=True)
class Seeded:
    """A seeded database file and each role's API token."""

    path: Path
    tokens: dict[str, str]


@dataclass
class Live:
    """A running server over a private copy of the seeded database."""

    url: str
    seeded: Seeded
    store: Store

    def client(self, role: str | None = "viewer") -> httpx.Client:
        return client_for(self.url, self.seeded.tokens[role] if role else None)


def fixture_documents() -> list[Document]:
    docs = []
    for line in ARTICLES.read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        docs.append(Document(doc_id=item["doc_id"], text=item["text"], title=item["title"], lang=item["lang"],
                             published=dt.date.fromisoformat(item["published"]), source="rasid tests"))
    return docs


def seed_database(path: Path, pipeline: Pipeline) -> Seeded:
    """Ingest the fixture articles and create one user per role (named after the role)."""
    with Store.open(path) as store:
        report = ingest_documents(fixture_documents(), store, pipeline)
        assert not report.rejected, report.rejected
        tokens = {}
        for role in ROLES:
            add_user(store, role, PASSWORD, role)
            tokens[role] = new_api_token(store, role, "tests")
    return Seeded(path, tokens)


def copy_database(seeded: Seeded, folder: Path) -> Seeded:
    """A private copy of a seeded database (tokens are stored in it, so they still work)."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / seeded.path.name
    shutil.copyfile(seeded.path, target)
    return Seeded(target, seeded.tokens)


def client_for(base_url: str, token: str | None = None) -> httpx.Client:
    """An HTTP client of the live server, authenticated with a token when given one."""
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    return httpx.Client(base_url=base_url, headers=headers, timeout=30)
