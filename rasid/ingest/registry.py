"""The source registry: which outlet a URL, feed or Telegram channel belongs to.

Owns: ``Outlet`` and ``SourceRegistry`` (``load`` from a TOML file, lookups by URL and
by channel). An outlet has a name, a language, a home page,
the web domains, feed URLs and Telegram channels that are its own, and notes (editorial
line, reliability). Ingest uses it to name ``Document.source`` consistently across
sources; ``Store.upsert_outlets`` keeps a copy in the database.

    [[outlet]]
    name = "Al Mayadeen"
    language = "ar"
    url = "https://www.almayadeen.net"
    domains = ["almayadeen.net"]
    feeds = ["https://www.almayadeen.net/rss"]
    telegram = ["almayadeennews"]
    notes = "Beirut-based satellite channel"

A malformed file raises ``InputError`` naming the file, the entry and the key.
"""

from __future__ import annotations

import tomllib
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from rasid.errors import InputError

__all__ = ["Outlet", "SourceRegistry", "host_of"]

_LIST_KEYS = ("domains", "feeds", "telegram")
_TEXT_KEYS = ("name", "language", "url", "notes")


@dataclass(frozen=True, slots=True)
class Outlet:
    name: str
    language: str | None = None
    url: str | None = None
    domains: tuple[str, ...] = ()
    feeds: tuple[str, ...] = ()
    telegram: tuple[str, ...] = ()
    notes: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def host_of(url: str) -> str:
    """The lower-case host of a URL without a leading ``www.`` ("" if it has none)."""
    host = (urlsplit(url).hostname or "").lower()
    return host[4:] if host.startswith("www.") else host


class SourceRegistry:
    """Outlets, looked up by name, URL (domain or feed) or Telegram channel."""

    def __init__(self, outlets: list[Outlet] | tuple[Outlet, ...] = ()) -> None:
        self.outlets = tuple(outlets)
        names = [o.name.casefold() for o in self.outlets]
        if len(set(names)) != len(names):
            raise InputError("the source registry names an outlet twice")

    @classmethod
    def load(cls, path: Path) -> SourceRegistry:
        """Read a registry TOML file (a list of ``[[outlet]]`` tables)."""
        try:
            data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
        except OSError as e:
            raise InputError(f"{path}: cannot read the source registry: {e.strerror or e}") from None
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as e:
            raise InputError(f"{path}: not a valid TOML source registry: {e}") from None
        entries = data.get("outlet", [])
        if not isinstance(entries, list):
            raise InputError(f"{path}: 'outlet' must be a list of tables ([[outlet]])")
        return cls([_outlet(entry, f"{path}: outlet {n}") for n, entry in enumerate(entries, 1)])

    def named(self, name: str | None) -> Outlet | None:
        if not name:
            return None
        folded = name.casefold()
        return next((o for o in self.outlets if o.name.casefold() == folded), None)

    def for_url(self, url: str | None) -> Outlet | None:
        """The outlet whose feed this URL is, or whose domain (or a parent domain) hosts it."""
        if not url or not self.outlets:  # no outlets: spare the ingest of every text a URL parse
            return None
        for outlet in self.outlets:
            if url in outlet.feeds:
                return outlet
        host = host_of(url)
        best: tuple[int, Outlet] | None = None
        for outlet in self.outlets:
            for domain in outlet.domains:
                if host == domain or host.endswith("." + domain):
                    if best is None or len(domain) > best[0]:
                        best = (len(domain), outlet)
        return best[1] if best else None

    def for_channel(self, *names: str | int | None) -> Outlet | None:
        """The outlet owning a Telegram channel, by username, title or numeric id."""
        wanted = {str(n).lstrip("@").casefold() for n in names if n not in (None, "")}
        for outlet in self.outlets:
            if wanted & {c.lstrip("@").casefold() for c in outlet.telegram}:
                return outlet
        return None

    def channel_username(self, outlet: Outlet | None) -> str | None:
        """The first Telegram username of an outlet (for t.me links), if it has one."""
        if outlet is None:
            return None
        return next((c.lstrip("@") for c in outlet.telegram if not c.lstrip("-").isdigit() and " " not in c), None)


def _outlet(entry: Any, where: str) -> Outlet:
    if not isinstance(entry, dict):
        raise InputError(f"{where}: not a table")
    unknown = sorted(set(entry) - set(_TEXT_KEYS) - set(_LIST_KEYS))
    if unknown:
        raise InputError(f"{where}: unknown key(s) {', '.join(unknown)}; "
                         f"expected {', '.join(_TEXT_KEYS + _LIST_KEYS)}")
    for key in _TEXT_KEYS:
        if key in entry and not isinstance(entry[key], str):
            raise InputError(f"{where}: {key} must be a string")
    name = (entry.get("name") or "").strip()
    if not name:
        raise InputError(f"{where}: an outlet needs a name")
    lists: dict[str, tuple[str, ...]] = {}
    for key in _LIST_KEYS:
        value = entry.get(key, [])
        if isinstance(value, str | int):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str | int) for v in value):
            raise InputError(f"{where} ({name}): {key} must be a list of strings")
        lists[key] = tuple(str(v).strip() for v in value if str(v).strip())
    domains = tuple(host_of(d) if "://" in d else d.lower().removeprefix("www.") for d in lists["domains"])
    return Outlet(name=name, language=entry.get("language"), url=entry.get("url"), domains=domains,
                  feeds=lists["feeds"], telegram=lists["telegram"], notes=entry.get("notes"))
