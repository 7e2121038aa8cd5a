"""Articles from the web: a URL in, a Document (main text, title, date) out.

Owns: ``read_url`` and ``is_url``. The page is fetched through ``rasid.ingest.fetch``
(polite: user agent, timeouts, retries, robots.txt) and its main text, title and date
are taken with trafilatura (``rasid.ingest.files.html_document``); a plain-text answer
is taken as it is. Every failure (unreachable, forbidden by robots.txt, HTTP error,
not an article, no main text) is a ``Rejected`` saying why.

A web document's ``doc_id`` is its host, a digest of its URL and a digest of its text,
so a page that changes later is stored as a new document (and, being nearly the same
text, linked to the first as a near-duplicate rather than coded twice).
"""

from __future__ import annotations

import datetime as dt
import hashlib

from rasid.errors import InputError
from rasid.ingest.fetch import FetchError, Fetcher
from rasid.ingest.files import Rejected, decode_bytes, html_document
from rasid.ingest.registry import SourceRegistry, host_of
from rasid.ingest.sources import Origin, SourceItem
from rasid.model import Document, replace

__all__ = ["is_url", "read_url", "web_doc_id"]

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def is_url(value: object) -> bool:
    return isinstance(value, str) and value.lower().startswith(("http://", "https://"))


def web_doc_id(url: str, text: str) -> str:
    url_digest = hashlib.sha256(url.encode("utf-8")).hexdigest()[:10]
    text_digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:8]
    return f"{host_of(url) or 'web'}-{url_digest}-{text_digest}"


def read_url(url: str, fetcher: Fetcher, registry: SourceRegistry | None = None,
             published: dt.date | None = None, kind: str = "url",
             extra: dict[str, object] | None = None) -> SourceItem | Rejected:
    """Fetch one article page. Its Origin key is ``url:`` + the URL, whichever way it was
    found; ``kind`` ("url" or "feed") and ``extra`` (feed, entry id) go into the Origin."""
    try:
        answer = fetcher.get(url)
    except FetchError as e:
        return Rejected(url, str(e).removeprefix(f"{url}: "))
    if answer.status >= 400:
        return Rejected(url, f"HTTP {answer.status}")
    media_type = answer.content_type.split(";")[0].strip().lower()
    if media_type in _HTML_TYPES or (not media_type and answer.content.lstrip()[:1] == b"<"):
        doc = html_document(answer.content, url, "web", published, url=answer.url)
    elif media_type == "text/plain":
        try:
            text = decode_bytes(answer.content, url)
        except InputError as e:
            return Rejected(url, str(e).removeprefix(f"{url}: "))
        doc = Document(doc_id="web", text=text, published=published, url=answer.url) if text.strip() \
            else Rejected(url, "empty")
    else:
        return Rejected(url, f"not an article: content type {media_type or 'unknown'!r}")
    if isinstance(doc, Rejected):
        return doc
    outlet = (registry or SourceRegistry()).for_url(url)
    source = outlet.name if outlet else (doc.source or host_of(url) or None)
    doc = replace(doc, doc_id=web_doc_id(url, doc.text), url=doc.url or url, source=source)
    origin = Origin(key=f"url:{url}", kind=kind, outlet=source, url=url,
                    data=tuple(sorted((extra or {}).items())))
    return SourceItem(doc, origin)
