"""Telegram Desktop exports, CSV files and the source registry."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from rasid.errors import InputError
from rasid.ingest.files import Rejected, read_items, read_path
from rasid.ingest.registry import SourceRegistry
from rasid.ingest.sources import SourceItem
from rasid.ingest.telegram import is_telegram_export, message_text

from ingest_helpers import article

REGISTRY = """
[[outlet]]
name = "Idlib Now"
language = "ar"
url = "https://idlibnow.example"
domains = ["idlibnow.example"]
telegram = ["idlibnow", "إدلب الآن"]
notes = "local news channel (written for the tests)"

[[outlet]]
name = "Syria Wire"
language = "en"
domains = ["https://www.syriawire.example"]
"""


def export(messages: list[object], name: str = "إدلب الآن") -> dict[str, object]:
    return {"name": name, "type": "public_channel", "id": 1234567890, "messages": messages}


def message(msg_id: int, text: object, **extra: object) -> dict[str, object]:
    return {"id": msg_id, "type": "message", "date": "2024-05-14T08:30:00", "date_unixtime": "1715675400",
            "from": "إدلب الآن", "from_id": "channel1234567890", "text": text, **extra}


@pytest.fixture
def registry(tmp_path: Path) -> SourceRegistry:
    path = tmp_path / "sources.toml"
    path.write_text(REGISTRY, encoding="utf-8")
    return SourceRegistry.load(path)


def test_telegram_messages_with_links_dates_and_forwards(tmp_path: Path, registry: SourceRegistry) -> None:
    rich = [article(1), {"type": "link", "text": "https://idlibnow.example/1"}, " ",
            {"type": "text_link", "text": "المصدر", "href": "https://syriawire.example/x"}, {"type": "bold", "text": "!"}]
    data = export([
        {"id": 1, "type": "service", "date": "2024-05-14T08:00:00", "action": "create_channel", "text": ""},
        message(2, rich),
        message(3, article(2), forwarded_from="Syria Wire"),
        message(4, "", photo="photos/p.jpg"),  # a photo without caption: nothing to read
        message(5, 42),  # malformed
        "not a message",
    ])
    path = tmp_path / "result.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    items = list(read_items(path, registry=registry))
    docs = [i for i in items if isinstance(i, SourceItem)]
    rejected = [i for i in items if isinstance(i, Rejected)]
    assert [d.doc.doc_id for d in docs] == ["telegram-1234567890-2", "telegram-1234567890-3"]
    first, forwarded = docs
    assert first.doc.text.startswith(article(1)) and first.doc.text.endswith("المصدر!")
    assert first.doc.published == dt.date(2024, 5, 14)
    assert first.doc.url == "https://t.me/idlibnow/2" and first.doc.source == "Idlib Now"
    assert first.origin.as_dict()["links"] == ["https://idlibnow.example/1", "https://syriawire.example/x"]
    assert forwarded.origin.as_dict()["forwarded_from"] == "Syria Wire"
    assert forwarded.origin.key == "telegram:1234567890:3" and forwarded.origin.kind == "telegram"
    assert [r.source.rsplit(": ", 1)[1] for r in rejected] == ["message 5", "message 6"]
    assert [d.doc_id for d in read_path(path) if not isinstance(d, Rejected)] == [d.doc.doc_id for d in docs]


def test_telegram_full_account_export_and_shape_checks() -> None:
    full = {"about": "...", "chats": {"about": "...", "list": [export([message(1, "نص")])]}}
    assert is_telegram_export(full) and is_telegram_export(export([]))
    assert not is_telegram_export({"text": "x"}) and not is_telegram_export([1])
    assert message_text(["a", {"type": "link", "text": "http://x"}]) == ("ahttp://x", ("http://x",))
    with pytest.raises(ValueError):
        message_text({"text": "x"})


def test_csv_rows_become_documents(tmp_path: Path) -> None:
    path = tmp_path / "news.csv"
    path.write_text('title,published,text\nأول,2024-05-13,"' + article(1) + '"\n'
                    'ثان,2024-05-14,"' + article(2).replace('"', "") + '"\n,,\nبلا نص,2024-05-14,\n'
                    'x,2024-05-14,a,extra\n', encoding="utf-8")
    items = list(read_path(path))
    docs = [i for i in items if not isinstance(i, Rejected)]
    assert [(d.doc_id, d.title, d.published) for d in docs] == [
        ("news-2", "أول", dt.date(2024, 5, 13)), ("news-3", "ثان", dt.date(2024, 5, 14))]
    reasons = [i.reason for i in items if isinstance(i, Rejected)]
    assert len(reasons) == 2 and "no text" in reasons[0] and "more cells" in reasons[1]
    (tmp_path / "bad.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    (only,) = read_path(tmp_path / "bad.csv")
    assert isinstance(only, Rejected) and "no text column" in only.reason


def test_registry_lookups(registry: SourceRegistry) -> None:
    assert registry.for_url("https://news.idlibnow.example/a?b=1").name == "Idlib Now"
    assert registry.for_url("http://syriawire.example/x").name == "Syria Wire"
    assert registry.for_url("https://other.example/") is None
    assert registry.for_channel("@IdlibNow").name == "Idlib Now"
    assert registry.named("syria wire").language == "en"
    assert registry.channel_username(registry.named("Idlib Now")) == "idlibnow"


@pytest.mark.parametrize(("text", "message"), [
    ("[[outlet]]\nlanguage = 'ar'\n", "needs a name"),
    ("[[outlet]]\nname = 'x'\ncolour = 'red'\n", "unknown key"),
    ("[[outlet]]\nname = 'x'\ndomains = [1.5]\n", "list of strings"),
    ("[[outlet]]\nname = 'x'\n[[outlet]]\nname = 'X'\n", "twice"),
    ("outlet = 'x'\n", "list of tables"),
    ("[[outlet]\n", "not a valid TOML"),
])
def test_registry_errors_say_what_is_wrong(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "sources.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError, match=message):
        SourceRegistry.load(path)
