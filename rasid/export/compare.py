"""Compare rasid's events with an ACLED export for a period and an area.

Owns: ``read_acled_csv`` (an ACLED CSV in any column order, checked against the
codebook's columns), ``check_acled_columns``, ``CompareOptions``, ``compare_events``
(one-to-one matching), ``Comparison`` and ``comparison_rows`` (a flat table of the
result: matched, ACLED only, rasid only).

Two events match when their dates are at most ``max_days`` apart and they are in the
same place: the same district (admin2), the same location name, or points at most
``max_km`` apart. Among candidate pairs the best are taken first (same event type,
then nearer in time, then nearer in space), each event used once. Names are compared
folded (case, spaces, hyphens and apostrophes ignored), so ACLED's "Deir ez Zor" meets
the gazetteer's "Deir-ez-Zor", and known spelling pairs of Syrian governorates ("Idlib"
and "Idleb", "Raqqa" and "Ar-Raqqa") are treated as one.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rasid.errors import InputError
from rasid.export.acled_csv import ACLED_COLUMNS
from rasid.gazetteer.resolve import km_between

__all__ = [
    "REQUIRED_COLUMNS",
    "CompareOptions",
    "Comparison",
    "check_acled_columns",
    "compare_events",
    "comparison_rows",
    "read_acled_csv",
]

#: Columns an ACLED file must have for a comparison.
REQUIRED_COLUMNS: tuple[str, ...] = ("event_date", "event_type", "admin1")
_DATE_FORMATS = ("%Y-%m-%d", "%d %B %Y", "%d-%B-%Y", "%d/%m/%Y", "%m/%d/%Y")


@dataclass(frozen=True)
class CompareOptions:
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    country: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    max_days: int = 1
    max_km: float = 10.0


@dataclass
class Comparison:
    matched: list[tuple[dict[str, Any], dict[str, Any]]] = field(default_factory=list)
    acled_only: list[dict[str, Any]] = field(default_factory=list)
    ours_only: list[dict[str, Any]] = field(default_factory=list)

    def summary(self) -> dict[str, int]:
        return {"matched": len(self.matched), "acled_only": len(self.acled_only), "rasid_only": len(self.ours_only)}


def check_acled_columns(header: Iterable[str]) -> list[str]:
    """Problems of an ACLED header: missing codebook columns, or the codebook order broken."""
    columns = list(header)
    problems = []
    missing = [c for c in ACLED_COLUMNS if c not in columns]
    if missing:
        problems.append(f"missing ACLED columns: {', '.join(missing)}")
    present = [c for c in columns if c in ACLED_COLUMNS]
    if present != [c for c in ACLED_COLUMNS if c in present]:
        problems.append("columns are not in the ACLED codebook order")
    return problems


def _parse_date(value: Any) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    text = str(value or "").strip()
    for fmt in _DATE_FORMATS:
        try:
            return dt.datetime.strptime(text[:10] if fmt == "%Y-%m-%d" else text, fmt).date()
        except ValueError:
            continue
    return None


def read_acled_csv(path: Path) -> tuple[list[dict[str, Any]], list[str]]:
    """The rows of an ACLED CSV (``event_date`` parsed to a date) and the problems found.

    Raises ``InputError`` if the file cannot be read or lacks ``REQUIRED_COLUMNS``; a
    row with an unreadable date is left out and named in the problems.
    """
    try:
        text = Path(path).read_bytes().decode("utf-8-sig")
    except OSError as e:
        raise InputError(f"{path}: cannot read: {e.strerror or e}") from None
    except UnicodeDecodeError as e:
        raise InputError(f"{path}: not UTF-8 text ({e.reason} at byte {e.start})") from None
    reader = csv.DictReader(io.StringIO(text, newline=""))
    header = reader.fieldnames or []
    missing = [c for c in REQUIRED_COLUMNS if c not in header]
    if missing:
        raise InputError(f"{path}: not an ACLED export: no column(s) {', '.join(missing)}")
    problems = check_acled_columns(header)
    rows: list[dict[str, Any]] = []
    try:
        for row in reader:
            date = _parse_date(row.get("event_date"))
            if date is None:
                problems.append(f"line {reader.line_num}: unreadable event_date {row.get('event_date')!r}")
                continue
            rows.append({**row, "event_date": date})
    except csv.Error as e:
        raise InputError(f"{path}: malformed CSV at line {reader.line_num}: {e}") from None
    return rows, problems


def _fold(value: Any) -> str:
    return "".join(ch for ch in str(value or "").casefold() if ch.isalnum())


#: Spellings of Syrian admin names that differ between ACLED and OCHA (the gazetteer), folded.
_ADMIN_ALIASES = {
    "idlib": "idleb", "raqqa": "arraqqa", "alraqqa": "arraqqa", "hasakah": "alhasakeh", "alhasakah": "alhasakeh",
    "daraa": "dara", "assuwayda": "assweida", "suwayda": "assweida", "latakia": "lattakia", "tartus": "tartous",
    "ruraldamascus": "ruraldamascus", "damascuscountryside": "ruraldamascus", "deirezzor": "deirezzor",
}


def _admin(value: Any) -> str:
    folded = _fold(value)
    return _ADMIN_ALIASES.get(folded, folded)


def _float(value: Any) -> float | None:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None


def _km(a: tuple[float | None, float | None], b: tuple[float | None, float | None]) -> float | None:
    if None in a or None in b:
        return None
    return km_between(a[0], a[1], b[0], b[1])  # type: ignore[arg-type]


@dataclass(frozen=True)
class _Event:
    """The fields a comparison looks at, from either side."""

    row: dict[str, Any]
    date: dt.date | None
    event_type: str
    country: str
    admin1: str
    admin2: str
    location: str
    point: tuple[float | None, float | None]


def _acled(row: dict[str, Any]) -> _Event:
    return _Event(row, row["event_date"], row.get("event_type") or "", _fold(row.get("country")),
                  _admin(row.get("admin1")), _admin(row.get("admin2")), _fold(row.get("location")),
                  (_float(row.get("latitude")), _float(row.get("longitude"))))


def _ours(row: Mapping[str, Any]) -> _Event:
    location = row.get("location_en") or row.get("location_text") or row.get("location")
    return _Event(dict(row), _parse_date(row.get("date")), row.get("event_type") or "",
                  _fold(row.get("country") or "Syria"), _admin(row.get("admin1")), _admin(row.get("admin2")),
                  _fold(location), (_float(row.get("latitude")), _float(row.get("longitude"))))


def _in_scope(event: _Event, options: CompareOptions) -> bool:
    if event.date is None:
        return False
    if options.date_from and event.date < options.date_from:
        return False
    if options.date_to and event.date > options.date_to:
        return False
    for wanted, have in ((_fold(options.country), event.country), (_admin(options.admin1), event.admin1),
                         (_admin(options.admin2), event.admin2)):
        if wanted and wanted != have:
            return False
    return True


def _score(a: _Event, b: _Event, options: CompareOptions) -> tuple[int, int, float] | None:
    assert a.date is not None and b.date is not None
    days = abs((a.date - b.date).days)
    if days > options.max_days:
        return None
    km = _km(a.point, b.point)
    same_district = bool(a.admin2) and a.admin2 == b.admin2
    same_location = bool(a.location) and a.location == b.location
    if not (same_district or same_location or (km is not None and km <= options.max_km)):
        return None
    return (int(a.event_type == b.event_type), -days, -(km if km is not None else options.max_km))


def compare_events(acled_rows: Iterable[dict[str, Any]], our_events: Iterable[Mapping[str, Any]],
                   options: CompareOptions = CompareOptions()) -> Comparison:
    """Match ACLED rows and rasid events within the options' period and area, one to one."""
    theirs = [e for e in map(_acled, acled_rows) if _in_scope(e, options)]
    ours = [e for e in map(_ours, our_events) if _in_scope(e, options)]
    pairs = []
    for i, a in enumerate(theirs):
        for j, b in enumerate(ours):
            score = _score(a, b, options)
            if score is not None:
                pairs.append((score, i, j))
    pairs.sort(key=lambda p: (p[0], -p[1], -p[2]), reverse=True)
    used_a: set[int] = set()
    used_b: set[int] = set()
    result = Comparison()
    for _score_value, i, j in pairs:
        if i in used_a or j in used_b:
            continue
        used_a.add(i)
        used_b.add(j)
        result.matched.append((theirs[i].row, ours[j].row))
    result.matched.sort(key=lambda pair: (pair[0]["event_date"], str(pair[0].get("event_id_cnty"))))
    result.acled_only = [e.row for i, e in enumerate(theirs) if i not in used_a]
    result.ours_only = [e.row for j, e in enumerate(ours) if j not in used_b]
    return result


def comparison_rows(comparison: Comparison) -> list[dict[str, Any]]:
    """One flat row per matched pair or unmatched event, for CSV, JSON or a table."""
    def acled(row: Mapping[str, Any] | None) -> dict[str, Any]:
        row = row or {}
        date = row.get("event_date")
        return {"acled_id": row.get("event_id_cnty"), "acled_date": date.isoformat() if date else None,
                "acled_type": row.get("event_type"), "acled_location": row.get("location"),
                "acled_admin2": row.get("admin2"), "acled_fatalities": row.get("fatalities"),
                "acled_source": row.get("source")}

    def ours(row: Mapping[str, Any] | None) -> dict[str, Any]:
        row = row or {}
        return {"rasid_id": row.get("id"), "rasid_date": row.get("date"), "rasid_type": row.get("event_type"),
                "rasid_location": row.get("location_en") or row.get("location_text"),
                "rasid_admin2": row.get("admin2"), "rasid_fatalities": row.get("fatalities"),
                "rasid_source": row.get("source") or row.get("attribution")}

    out = [{"status": "matched", **acled(a), **ours(b)} for a, b in comparison.matched]
    out += [{"status": "acled_only", **acled(a), **ours(None)} for a in comparison.acled_only]
    out += [{"status": "rasid_only", **acled(None), **ours(b)} for b in comparison.ours_only]
    return out
