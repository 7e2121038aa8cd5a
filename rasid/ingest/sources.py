"""What every source yields: a Document together with where it came from.

Owns: ``Origin`` (the stable identity of an input: a file record, a URL, a feed entry,
a Telegram message, with its outlet and extra provenance such as links and
forwarded-from) and ``SourceItem`` (a Document plus its Origin). Readers of files,
URLs, feeds and Telegram exports yield ``SourceItem`` or ``Rejected``; the batch runner
stores the Document once per text and records every Origin it was seen at.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from rasid.model import Document

__all__ = ["ORIGIN_KINDS", "Origin", "SourceItem"]

#: The kinds of origin rasid reads.
ORIGIN_KINDS: tuple[str, ...] = ("file", "url", "feed", "telegram")


@dataclass(frozen=True, slots=True)
class Origin:
    """Where an item came from. ``key`` is stable across re-reads of the same input."""

    key: str
    kind: str
    outlet: str | None = None
    url: str | None = None
    data: tuple[tuple[str, Any], ...] = ()

    def __post_init__(self) -> None:
        if self.kind not in ORIGIN_KINDS:
            raise ValueError(f"unknown origin kind {self.kind!r}")

    def as_dict(self) -> dict[str, Any]:
        return dict(self.data)


@dataclass(frozen=True, slots=True)
class SourceItem:
    """A document read from a source, and the origin it was read from."""

    doc: Document
    origin: Origin
