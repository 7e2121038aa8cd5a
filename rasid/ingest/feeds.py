"""RSS and Atom feeds: poll politely, fetch new entries' articles, ingest them.

Owns: ``FeedEntry``, ``FeedState``, ``parse_feed`` (feedparser), ``poll_feed``
(conditional GET with ETag and Last-Modified), ``backoff_delay``, ``feed_items`` and
``watch`` (the loop behind ``rasid watch FEEDS.txt --interval N``), ``read_feed_list``.

Each round polls the feeds that are due. A feed that answers 304 costs nothing; a new
entry whose URL was seen before (by a feed or by ``rasid ingest URL``) is not fetched
again; the others are fetched as articles (``rasid.ingest.web``) and, if the article
cannot be had, the entry's own text is used. A feed that fails (network, HTTP error,
not a feed) waits ``interval * 2**failures`` (at most ``MAX_BACKOFF``) before its next
try; the other feeds go on. ETags live for the life of the watch process.
"""

from __future__ import annotations

import datetime as dt
import io
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rasid.errors import InputError
from rasid.ingest.batch import BatchOptions, RunReport, run_batch
from rasid.ingest.fetch import FetchError, Fetcher
from rasid.ingest.files import Rejected, decode_bytes
from rasid.ingest.registry import SourceRegistry
from rasid.ingest.sources import Origin, SourceItem
from rasid.ingest.web import is_url, read_url, web_doc_id
from rasid.model import Document
from rasid.pipeline import Pipeline
from rasid.store import Store

__all__ = [
    "MAX_BACKOFF",
    "FeedEntry",
    "FeedError",
    "FeedState",
    "WatchRound",
    "backoff_delay",
    "feed_items",
    "parse_feed",
    "poll_feed",
    "read_feed_list",
    "watch",
]

#: The longest a failing feed waits before its next try, in seconds.
MAX_BACKOFF = 6 * 3600.0
#: An entry's own text is used (when its article cannot be fetched) from this many characters.
MIN_ENTRY_TEXT = 40


class FeedError(InputError):
    """A feed that cannot be read; the message says which and why."""


@dataclass(frozen=True, slots=True)
class FeedEntry:
    link: str
    entry_id: str
    title: str | None = None
    published: dt.date | None = None
    text: str = ""


@dataclass
class FeedState:
    """What the watch loop remembers of one feed between polls."""

    url: str
    etag: str | None = None
    last_modified: str | None = None
    failures: int = 0
    next_due: float = 0.0
    last_error: str | None = None
    polls: int = 0
    not_modified: int = 0


def backoff_delay(interval: float, failures: int) -> float:
    """How long a feed waits after ``failures`` failures in a row."""
    if failures <= 0:
        return interval
    return min(max(interval, 1.0) * 2 ** min(failures, 30), MAX_BACKOFF)


def _plain(html: str) -> str:
    """The text of an HTML fragment (a feed summary), paragraphs kept apart."""
    if "<" not in html:
        return html.strip()
    import lxml.html  # trafilatura's dependency

    try:
        root = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):  # type: ignore[attr-defined]
        return ""
    for br in root.iter("br", "p", "div", "li"):
        br.tail = "\n" + (br.tail or "")
    return root.text_content().strip()


def _entry_date(entry: Any) -> dt.date | None:
    for key in ("published_parsed", "updated_parsed"):
        value = entry.get(key)
        if value:
            try:
                return dt.date(value.tm_year, value.tm_mon, value.tm_mday)
            except (AttributeError, ValueError):
                continue
    return None


def parse_feed(data: bytes, url: str) -> list[FeedEntry]:
    """The entries of an RSS or Atom document that have an http(s) link.

    Raises ``FeedError`` if the bytes are not a feed (feedparser finds no feed and no
    entries). A feed with small errors but readable entries is accepted.
    """
    import feedparser

    try:
        # a stream, never a string: feedparser would fetch a string that looks like a URL
        parsed = feedparser.parse(io.BytesIO(data), sanitize_html=True, resolve_relative_uris=True, response_headers={
            "content-location": url})
    except Exception as e:  # noqa: BLE001 - the parser on untrusted bytes
        raise FeedError(f"{url}: not a feed: {type(e).__name__}: {e}") from None
    if not parsed.get("version") and not parsed.entries:
        reason = parsed.get("bozo_exception") or "no RSS or Atom content"
        raise FeedError(f"{url}: not a feed ({reason})")
    entries = []
    for entry in parsed.entries:
        link = entry.get("link") or ""
        if not is_url(link):
            continue
        content = entry.get("content") or []
        body = content[0].get("value", "") if content and isinstance(content[0], dict) else ""
        text = _plain(body or entry.get("summary", "") or "")
        entries.append(FeedEntry(link=link, entry_id=str(entry.get("id") or link),
                                 title=entry.get("title") or None, published=_entry_date(entry), text=text))
    return entries


def poll_feed(state: FeedState, fetcher: Fetcher) -> list[FeedEntry]:
    """Fetch a feed conditionally; ``[]`` when it has not changed since the last poll.

    Updates the state's ETag / Last-Modified; raises ``FeedError`` or ``FetchError``.
    """
    answer = fetcher.get(state.url, etag=state.etag, last_modified=state.last_modified)
    state.polls += 1
    if answer.not_modified:
        state.not_modified += 1
        return []
    if answer.status >= 400:
        raise FeedError(f"{state.url}: HTTP {answer.status}")
    entries = parse_feed(answer.content, state.url)
    state.etag = answer.etag or state.etag
    state.last_modified = answer.last_modified or state.last_modified
    return entries


def feed_items(feed_url: str, entries: Iterable[FeedEntry], fetcher: Fetcher, store: Store,
               registry: SourceRegistry | None = None) -> Iterator[SourceItem | Rejected]:
    """Items for the entries not seen before: the article, or failing that the entry's text."""
    entries = list(entries)
    seen = store.known_origins(f"url:{e.link}" for e in entries)
    for entry in entries:
        if f"url:{entry.link}" in seen:
            continue
        extra = {"feed": feed_url, "entry_id": entry.entry_id}
        item = read_url(entry.link, fetcher, registry, entry.published, kind="feed", extra=extra)
        if isinstance(item, Rejected) and len(entry.text) >= MIN_ENTRY_TEXT:
            item = _entry_item(feed_url, entry, registry, extra, item.reason)
        yield item


def _entry_item(feed_url: str, entry: FeedEntry, registry: SourceRegistry | None, extra: dict[str, Any],
                why: str) -> SourceItem:
    outlet = (registry or SourceRegistry()).for_url(entry.link) or (registry or SourceRegistry()).for_url(feed_url)
    source = outlet.name if outlet else None
    doc = Document(doc_id=web_doc_id(entry.link, entry.text), text=entry.text, published=entry.published,
                   title=entry.title, url=entry.link, source=source)
    data = {**extra, "text_from": "feed entry", "article_error": why}
    return SourceItem(doc, Origin(key=f"url:{entry.link}", kind="feed", outlet=source, url=entry.link,
                                  data=tuple(sorted(data.items()))))


def read_feed_list(path: Path) -> list[str]:
    """Feed URLs from a text file: one per line, ``#`` comments and blank lines ignored."""
    try:
        text = decode_bytes(Path(path).read_bytes(), str(path))
    except OSError as e:
        raise InputError(f"{path}: cannot read the feed list: {e.strerror or e}") from None
    urls = [line.split("#", 1)[0].strip() for line in text.splitlines()]
    urls = [u for u in urls if u]
    bad = [u for u in urls if not is_url(u)]
    if bad:
        raise InputError(f"{path}: not an http(s) URL: {bad[0]!r}")
    if not urls:
        raise InputError(f"{path}: no feed URLs")
    return list(dict.fromkeys(urls))


@dataclass
class WatchRound:
    """What one round of ``watch`` did."""

    number: int
    polled: list[str] = field(default_factory=list)
    failed: dict[str, str] = field(default_factory=dict)
    report: RunReport | None = None


def watch(feeds: list[str], store: Store, pipeline: Pipeline, interval: float, *,
          options: BatchOptions | None = None, registry: SourceRegistry | None = None,
          fetcher: Fetcher | None = None, rounds: int | None = None, stop: threading.Event | None = None,
          on_round: Callable[[WatchRound, dict[str, FeedState]], None] | None = None) -> dict[str, FeedState]:
    """Poll ``feeds`` every ``interval`` seconds and ingest what is new, until ``stop`` is
    set, ``rounds`` rounds have run, or Ctrl-C. Returns the feeds' states."""
    stop = stop or threading.Event()
    states = {url: FeedState(url) for url in feeds}
    own = fetcher is None
    fetcher = fetcher or Fetcher()
    batch = options or BatchOptions()
    batch.checkpoint = False  # a watch round is not resumable: the sightings make it idempotent
    number = 0
    try:
        while not stop.is_set() and (rounds is None or number < rounds):
            number += 1
            done = _watch_round(number, states, store, pipeline, fetcher, registry, batch, interval)
            if on_round:
                on_round(done, states)
            if rounds is not None and number >= rounds:
                break
            wake = min(s.next_due for s in states.values())
            stop.wait(max(0.0, wake - time.monotonic()))
    except KeyboardInterrupt:
        pass
    finally:
        if own:
            fetcher.close()
    return states


def _watch_round(number: int, states: dict[str, FeedState], store: Store, pipeline: Pipeline,
                 fetcher: Fetcher, registry: SourceRegistry | None, options: BatchOptions,
                 interval: float) -> WatchRound:
    done = WatchRound(number)
    items: list[SourceItem | Rejected] = []
    now = time.monotonic()
    for state in states.values():
        if state.next_due > now:
            continue
        done.polled.append(state.url)
        try:
            entries = poll_feed(state, fetcher)
        except (FeedError, FetchError) as e:
            state.failures += 1
            state.last_error = str(e)
            state.next_due = now + backoff_delay(interval, state.failures)
            done.failed[state.url] = str(e)
            continue
        state.failures, state.last_error = 0, None
        state.next_due = now + interval
        items.extend(feed_items(state.url, entries, fetcher, store, registry))
    if items:
        done.report = run_batch(items, store, pipeline, options)
    return done
