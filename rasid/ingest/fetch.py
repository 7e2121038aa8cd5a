"""The one HTTP seam of rasid: polite GETs with retries, robots.txt and conditional requests.

Owns: ``FetchPolicy`` (user agent, timeout, retries and backoff, robots.txt, size limit,
delay between requests to one host), ``Fetcher`` (``get`` over an ``httpx.Client``
that can be passed in), ``Fetched`` and ``FetchError``.

Politeness: every request names rasid in its User-Agent; robots.txt is read once per
host and obeyed (a missing robots.txt, or a 4xx, allows everything; a 5xx or an
unreachable one forbids the host for this run, as RFC 9309 asks); its Crawl-delay is
honoured up to ``max_delay``; timeouts, connection errors, 429 and 5xx answers are
retried with exponential backoff (a Retry-After header is respected up to
``max_backoff``). Conditional GET: pass the ETag and Last-Modified of the last answer
and a 304 comes back as ``Fetched.not_modified``.
"""

from __future__ import annotations

import time
import urllib.robotparser
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import httpx

from rasid.errors import InputError
from rasid.ingest.files import MAX_FILE_BYTES

__all__ = ["DEFAULT_USER_AGENT", "FetchError", "FetchPolicy", "Fetched", "Fetcher"]

DEFAULT_USER_AGENT = "rasid/0.1 (conflict-event research; respects robots.txt)"
_RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})


class FetchError(InputError):
    """A URL that could not be fetched; the message says which and why."""


@dataclass(frozen=True)
class FetchPolicy:
    user_agent: str = DEFAULT_USER_AGENT
    timeout: float = 20.0
    retries: int = 2
    backoff: float = 1.0
    max_backoff: float = 30.0
    respect_robots: bool = True
    max_bytes: int = MAX_FILE_BYTES
    delay: float = 0.0
    max_delay: float = 10.0


@dataclass(frozen=True)
class Fetched:
    """An HTTP answer: final URL, status, body and the headers rasid uses."""

    url: str
    status: int
    content: bytes
    content_type: str = ""
    etag: str | None = None
    last_modified: str | None = None
    headers: dict[str, str] = field(default_factory=dict)

    @property
    def not_modified(self) -> bool:
        return self.status == 304


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


class Fetcher:
    """GETs URLs politely. Use as a context manager, or call ``close``."""

    def __init__(self, policy: FetchPolicy | None = None, client: httpx.Client | None = None,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.policy = policy or FetchPolicy()
        self._own_client = client is None
        self.client = client or httpx.Client(follow_redirects=True, timeout=self.policy.timeout)
        self._sleep = sleep
        self._robots: dict[str, urllib.robotparser.RobotFileParser | bool] = {}
        self._robots_error: dict[str, str] = {}
        self._last_request: dict[str, float] = {}
        self._host_delay: dict[str, float] = {}

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self._own_client:
            self.client.close()

    # --- robots.txt ---------------------------------------------------------------------

    def allowed(self, url: str) -> bool:
        """Whether robots.txt lets rasid fetch ``url`` (always, if the policy ignores robots)."""
        if not self.policy.respect_robots:
            return True
        site = _origin(url)
        rules = self._robots.get(site)
        if rules is None:
            rules = self._robots[site] = self._read_robots(site)
        if isinstance(rules, bool):
            return rules
        return rules.can_fetch(self.policy.user_agent, url)

    def _read_robots(self, site: str) -> urllib.robotparser.RobotFileParser | bool:
        try:
            answer = self._request(f"{site}/robots.txt", {})
        except FetchError as e:  # unreachable: assume the site wants no crawling for now
            self._robots_error[site] = str(e).split(": ", 1)[-1]
            return False
        if answer.status >= 500:
            self._robots_error[site] = f"HTTP {answer.status}"
            return False
        if answer.status >= 400:
            return True  # no robots.txt: everything is allowed
        parser = urllib.robotparser.RobotFileParser()
        parser.parse(answer.content.decode("utf-8", errors="replace").splitlines())
        delay = parser.crawl_delay(self.policy.user_agent)
        if delay:
            self._host_delay[site] = min(float(delay), self.policy.max_delay)
        return parser

    # --- GET ------------------------------------------------------------------------------

    def get(self, url: str, etag: str | None = None, last_modified: str | None = None) -> Fetched:
        """GET ``url`` (conditionally, given ``etag`` / ``last_modified``).

        Returns the final answer (2xx, 304, or a 4xx that retrying would not fix) and
        raises ``FetchError`` if robots.txt forbids the URL, the URL is not http(s), the
        body is too large, or the retries run out.
        """
        if urlsplit(url).scheme not in ("http", "https"):
            raise FetchError(f"{url}: not an http(s) URL")
        if not self.allowed(url):
            why = self._robots_error.get(_origin(url))
            if why:
                raise FetchError(f"{url}: robots.txt could not be read ({why}), so the site is not fetched")
            raise FetchError(f"{url}: robots.txt does not allow rasid to fetch it")
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        return self._request(url, headers)

    def _request(self, url: str, headers: dict[str, str]) -> Fetched:
        wait = self.policy.backoff
        reason = ""
        for attempt in range(self.policy.retries + 1):
            if attempt:
                self._sleep(min(wait, self.policy.max_backoff))
                wait *= 2
            self._pace(url)
            try:
                answer = self._once(url, headers)
            except httpx.TransportError as e:
                reason = f"{type(e).__name__}: {e}"
                continue
            if answer.status not in _RETRY_STATUSES:
                return answer
            reason = f"HTTP {answer.status}"
            retry_after = answer.headers.get("retry-after", "")
            if retry_after.isdigit():
                wait = max(wait, float(retry_after))
        raise FetchError(f"{url}: {reason} (after {self.policy.retries + 1} attempts)")

    def _pace(self, url: str) -> None:
        site = _origin(url)
        delay = max(self.policy.delay, self._host_delay.get(site, 0.0))
        last = self._last_request.get(site)
        if delay and last is not None:
            remaining = last + delay - time.monotonic()
            if remaining > 0:
                self._sleep(remaining)
        self._last_request[site] = time.monotonic()

    def _once(self, url: str, headers: dict[str, str]) -> Fetched:
        request_headers = {"User-Agent": self.policy.user_agent, **headers}
        with self.client.stream("GET", url, headers=request_headers, timeout=self.policy.timeout) as response:
            declared = response.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > self.policy.max_bytes:
                raise FetchError(f"{url}: too large: {declared} bytes (limit {self.policy.max_bytes})")
            chunks, size = [], 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > self.policy.max_bytes:
                    raise FetchError(f"{url}: too large: over {self.policy.max_bytes} bytes")
                chunks.append(chunk)
            return Fetched(
                url=str(response.url),
                status=response.status_code,
                content=b"".join(chunks),
                content_type=response.headers.get("content-type", ""),
                etag=response.headers.get("etag"),
                last_modified=response.headers.get("last-modified"),
                headers={k.lower(): v for k, v in response.headers.items()},
            )
