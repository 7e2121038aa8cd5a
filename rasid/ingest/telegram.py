"""Telegram Desktop JSON exports ("Export chat history", JSON format) as documents.

Owns: ``is_telegram_export`` and ``read_export``. One export holds one chat
(``{name, type, id, messages: [...]}``) or, for a full-account export, several
(``{chats: {list: [...]}}``). Each text message becomes a Document dated by its
``date``; its links (plain URLs and ``text_link`` targets), the channel it was
forwarded from, and its id are kept in the item's Origin. Service messages and
messages without text (a photo without caption, a sticker) are skipped; a malformed
message becomes a ``Rejected`` and the rest of the export is read.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import Any

from rasid.ingest.registry import SourceRegistry
from rasid.ingest.sources import Origin, SourceItem
from rasid.model import Document

__all__ = ["is_telegram_export", "message_text", "read_export"]

_NEWLINES = re.compile(r"\r\n?")
_LINK_TYPES = ("link", "text_link")


class _BadMessage(ValueError):
    pass


def is_telegram_export(value: Any) -> bool:
    """Whether a parsed JSON value looks like a Telegram Desktop export."""
    if not isinstance(value, dict):
        return False
    if isinstance(value.get("messages"), list):
        return True
    chats = value.get("chats")
    return isinstance(chats, dict) and isinstance(chats.get("list"), list)


def message_text(text: Any) -> tuple[str, tuple[str, ...]]:
    """A message's plain text and the URLs it links to.

    ``text`` is a string or a list of strings and entity objects
    (``{"type": "link", "text": url}``, ``{"type": "text_link", "text": ..., "href": url}``).
    Raises ``ValueError`` for any other shape.
    """
    if isinstance(text, str):
        return text, ()
    if not isinstance(text, list):
        raise _BadMessage(f"text is a {type(text).__name__}, not a string or a list")
    parts: list[str] = []
    links: list[str] = []
    for part in text:
        if isinstance(part, str):
            parts.append(part)
            continue
        if not isinstance(part, dict) or not isinstance(part.get("text", ""), str):
            raise _BadMessage("a text entity is not an object with a string 'text'")
        parts.append(part.get("text", ""))
        kind = part.get("type")
        target = part.get("href") if kind == "text_link" else part.get("text")
        if kind in _LINK_TYPES and isinstance(target, str) and target and target not in links:
            links.append(target)
    return "".join(parts), tuple(links)


def _message_date(message: dict[str, Any]) -> dt.datetime | None:
    raw = message.get("date")
    if isinstance(raw, str):
        try:
            return dt.datetime.fromisoformat(raw)
        except ValueError:
            pass
    stamp = message.get("date_unixtime")
    try:
        return dt.datetime.fromtimestamp(int(stamp), dt.UTC).replace(tzinfo=None) if stamp is not None else None
    except (TypeError, ValueError, OverflowError, OSError):
        return None


def _chats(value: dict[str, Any]) -> list[Any]:
    if isinstance(value.get("messages"), list):
        return [value]
    return list(value["chats"]["list"])


def read_export(value: dict[str, Any], source: str, published: dt.date | None = None,
                registry: SourceRegistry | None = None) -> Iterator[SourceItem | tuple[str, str]]:
    """The text messages of an export as ``SourceItem``; a ``(source, reason)`` pair for each
    malformed chat or message (the caller turns it into ``Rejected``).

    ``published`` overrides the messages' own dates. ``registry`` names the outlet
    (by channel title or id) and gives the channel username for t.me links.
    """
    for n, chat in enumerate(_chats(value), 1):
        where = f"{source}: chat {n}"
        if not isinstance(chat, dict) or not isinstance(chat.get("messages"), list):
            yield (where, "not a chat object with a 'messages' list")
            continue
        yield from _read_chat(chat, source, published, registry or SourceRegistry())


def _read_chat(chat: dict[str, Any], source: str, published: dt.date | None,
               registry: SourceRegistry) -> Iterator[SourceItem | tuple[str, str]]:
    name = chat.get("name") if isinstance(chat.get("name"), str) else None
    chat_id = chat.get("id") if isinstance(chat.get("id"), int | str) else None
    outlet = registry.for_channel(name, chat_id)
    username = registry.channel_username(outlet)
    channel = str(chat_id if chat_id is not None else (name or "chat"))
    for n, message in enumerate(chat["messages"], 1):
        where = f"{source}: message {n}"
        if not isinstance(message, dict):
            yield (where, "not a JSON object")
            continue
        if message.get("type", "message") != "message":
            continue  # service messages: channel created, pinned, ...
        try:
            item = _message_item(message, channel, name, outlet.name if outlet else name, username, published)
        except _BadMessage as e:
            yield (where, str(e))
            continue
        if item is not None:
            yield item


def _message_item(message: dict[str, Any], channel: str, chat_name: str | None, outlet: str | None,
                  username: str | None, published: dt.date | None) -> SourceItem | None:
    msg_id = message.get("id")
    if isinstance(msg_id, bool) or not isinstance(msg_id, int | str) or str(msg_id) == "":
        raise _BadMessage("message has no id")
    text, links = message_text(message.get("text", ""))
    text = _NEWLINES.sub("\n", text)
    if not any(ch.isalnum() for ch in text):
        return None  # a photo without caption, a sticker, a poll: nothing to read
    when = _message_date(message)
    forwarded = message.get("forwarded_from")
    url = f"https://t.me/{username}/{msg_id}" if username else None
    data: dict[str, Any] = {"channel": chat_name, "message_id": msg_id, "links": list(links)}
    if isinstance(forwarded, str) and forwarded:
        data["forwarded_from"] = forwarded
    if when is not None:
        data["date"] = when.isoformat()
    doc = Document(
        doc_id=f"telegram-{channel}-{msg_id}",
        text=text,
        published=published or (when.date() if when else None),
        url=url,
        source=outlet,
    )
    origin = Origin(key=f"telegram:{channel}:{msg_id}", kind="telegram", outlet=outlet, url=url,
                    data=tuple(sorted(data.items())))
    return SourceItem(doc, origin)
