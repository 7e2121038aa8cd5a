"""Events as a CSV in ACLED's public export layout.

Owns: ``ACLED_COLUMNS`` (ACLED's column order), ``to_acled_csv`` / ``to_acled_rows`` and
the derivations of ACLED's computed columns (disorder type, interaction, civilian
targeting, ISO code, region, event id).

Input is the event dicts ``Store.events`` returns (``rasid.model.event_to_json`` plus
``id`` and ``doc_id``); plain ``event_to_json`` dicts work too. Conventions where
rasid and ACLED differ:

* ``event_date`` is ISO (YYYY-MM-DD), as in ACLED's current exports.
* ``fatalities`` unknown (``None``) is written as 0, ACLED's "no report" convention.
* ``source`` is the event's ``source`` when it has one (``rasid.ingest.merge`` joins
  every source of a merged event with "; "), else its attribution; ``notes`` is the event's notes, or failing
  that its evidence quote; ``source_scale`` and ``tags`` are left empty.
* ``interaction`` is the two-digit numeric code (lower inter code first; X0 when
  there is one actor), as in ACLED exports before 2024.
* An event without a country takes ``default_country`` (rasid's gazetteer is Syria).
"""

from __future__ import annotations

import csv
import io
import time
from collections.abc import Iterable, Mapping
from typing import Any

from rasid.model import INTER_CODES, as_date

__all__ = [
    "ACLED_COLUMNS",
    "COUNTRY_CODES",
    "civilian_targeting",
    "disorder_type",
    "interaction",
    "to_acled_csv",
    "to_acled_rows",
]

ACLED_COLUMNS: tuple[str, ...] = (
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
)

#: country -> (ISO 3166 numeric, ISO alpha-3, ACLED region)
COUNTRY_CODES: dict[str, tuple[int, str, str]] = {
    "Syria": (760, "SYR", "Middle East"),
    "Iraq": (368, "IRQ", "Middle East"),
    "Lebanon": (422, "LBN", "Middle East"),
    "Jordan": (400, "JOR", "Middle East"),
    "Turkey": (792, "TUR", "Middle East"),
    "Israel": (376, "ISR", "Middle East"),
}
_COUNTRY_ALIASES = {"Türkiye": "Turkey", "Turkiye": "Turkey", "Syrian Arab Republic": "Syria"}

_POLITICAL_VIOLENCE_TYPES = frozenset(
    {"Battles", "Explosions/Remote violence", "Violence against civilians"}
)
# Sub-event types whose disorder type differs from their event type's.
_DISORDER_BY_SUB_EVENT = {
    "Excessive force against protesters": "Political violence; Demonstrations",
    "Mob violence": "Political violence",
}
_CIVILIAN_TARGETING_TYPES = frozenset({"Violence against civilians", "Explosions/Remote violence"})
_CIVILIANS = 7


def disorder_type(event_type: str | None, sub_event_type: str | None) -> str:
    """ACLED's disorder type of an event type / sub-event type ("" if unknown)."""
    if sub_event_type in _DISORDER_BY_SUB_EVENT:
        return _DISORDER_BY_SUB_EVENT[sub_event_type]
    if event_type in _POLITICAL_VIOLENCE_TYPES:
        return "Political violence"
    if event_type in ("Protests", "Riots"):
        return "Demonstrations"
    if event_type == "Strategic developments":
        return "Strategic developments"
    return ""


def _inter(value: Any) -> int | None:
    if isinstance(value, bool) or value in (None, ""):
        return None
    try:
        code = int(value)
    except (TypeError, ValueError):
        return None
    return code if code in INTER_CODES else None


def interaction(inter1: Any, inter2: Any) -> int | None:
    """ACLED's numeric interaction: both inter codes, lower first (17), or X0 for one actor."""
    codes = sorted(c for c in (_inter(inter1), _inter(inter2)) if c is not None)
    if not codes:
        return None
    if len(codes) == 1:
        return codes[0] * 10
    return codes[0] * 10 + codes[1]


def civilian_targeting(event_type: str | None, inter2: Any) -> str:
    """"Civilian targeting" when civilians (inter 7) are the target of a violent event."""
    if event_type in _CIVILIAN_TARGETING_TYPES and _inter(inter2) == _CIVILIANS:
        return "Civilian targeting"
    return ""


def _acled_row(
    event: Mapping[str, Any], n: int, default_country: str | None, timestamp: int
) -> dict[str, Any]:
    country = event.get("country") or default_country
    country = _COUNTRY_ALIASES.get(country, country) if country else None
    iso, alpha3, region = COUNTRY_CODES.get(country or "", (None, "XXX", ""))
    date = as_date(event.get("date"))
    event_id = event.get("id")
    if event_id is None:
        event_id = f"{event['doc_id']}-{n}" if event.get("doc_id") else str(n)
    fatalities = event.get("fatalities")
    event_type = event.get("event_type")
    return {
        "event_id_cnty": f"{alpha3}{event_id}",
        "event_date": date.isoformat() if date else None,
        "year": date.year if date else None,
        "time_precision": event.get("time_precision"),
        "disorder_type": disorder_type(event_type, event.get("sub_event_type")) or None,
        "event_type": event_type,
        "sub_event_type": event.get("sub_event_type"),
        "actor1": event.get("actor1"),
        "assoc_actor_1": event.get("assoc_actor_1"),
        "inter1": _inter(event.get("inter1")),
        "actor2": event.get("actor2"),
        "assoc_actor_2": event.get("assoc_actor_2"),
        "inter2": _inter(event.get("inter2")),
        "interaction": interaction(event.get("inter1"), event.get("inter2")),
        "civilian_targeting": civilian_targeting(event_type, event.get("inter2")) or None,
        "iso": iso,
        "region": region or None,
        "country": country,
        "admin1": event.get("admin1"),
        "admin2": event.get("admin2"),
        "admin3": event.get("admin3"),
        "location": (
            event.get("location_en") or event.get("location_text") or event.get("location_ar")
        ),
        "latitude": event.get("latitude"),
        "longitude": event.get("longitude"),
        "geo_precision": event.get("geo_precision"),
        "source": event.get("source") or event.get("attribution"),
        "source_scale": None,
        "notes": event.get("notes") or event.get("evidence"),
        "fatalities": int(fatalities) if fatalities is not None else 0,
        "tags": None,
        "timestamp": timestamp,
    }


def to_acled_rows(
    events: Iterable[Mapping[str, Any]],
    *,
    default_country: str | None = "Syria",
    timestamp: int | None = None,
) -> list[dict[str, Any]]:
    """The ACLED rows for some events: dicts keyed by ``ACLED_COLUMNS``, numbers as
    ``int``/``float`` and missing values as ``None`` (empty cells in the CSV)."""
    stamp = int(time.time()) if timestamp is None else int(timestamp)
    return [_acled_row(ev, n, default_country, stamp) for n, ev in enumerate(events, 1)]


def to_acled_csv(
    events: Iterable[Mapping[str, Any]],
    *,
    default_country: str | None = "Syria",
    timestamp: int | None = None,
) -> str:
    """A CSV (header ``ACLED_COLUMNS``, RFC 4180 quoting and CRLF line ends) of the events.

    ``timestamp`` (Unix seconds, ACLED's last-modified column) defaults to now; pass a
    fixed value for reproducible output.
    """
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=ACLED_COLUMNS, extrasaction="raise")
    writer.writeheader()
    writer.writerows(to_acled_rows(events, default_country=default_country, timestamp=timestamp))
    return out.getvalue()
