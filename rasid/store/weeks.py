"""The week an event belongs to: the Monday of its ISO week.

Owns ``week_of``, used wherever ``events.date`` is written so ``events.week`` stays in
step with it (weekly statistics group by that column).
"""

from __future__ import annotations

import datetime as dt

__all__ = ["week_of"]


def week_of(date: dt.date | None) -> dt.date | None:
    """The Monday on or before ``date`` (``None`` for an undated event)."""
    if date is None:
        return None
    return date - dt.timedelta(days=date.weekday())
