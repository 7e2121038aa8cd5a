"""Events as JSON Lines: one event object per line.

Owns: ``to_jsonl``. Input is the event dicts ``Store.events`` (or
``rasid.ingest.merge.merged_events``) returns; dates become ISO strings, Arabic is
written as it is (not escaped), and every line is a complete JSON object, so the file
can be streamed, split or appended to.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping
from typing import Any

__all__ = ["to_jsonl"]


def _default(value: Any) -> Any:
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, set | frozenset | tuple):
        return sorted(value) if isinstance(value, set | frozenset) else list(value)
    raise TypeError(f"cannot write a {type(value).__name__} as JSON")


def to_jsonl(events: Iterable[Mapping[str, Any]]) -> str:
    """The events, one JSON object per line (each line ends with ``\\n``)."""
    return "".join(json.dumps(dict(e), ensure_ascii=False, default=_default, sort_keys=False) + "\n"
                   for e in events)
