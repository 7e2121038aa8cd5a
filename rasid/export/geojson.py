"""Events as a GeoJSON FeatureCollection of points.

Owns: ``to_geojson``. Input is the event dicts ``Store.events`` returns (or plain
``event_to_json`` dicts). Events without valid coordinates are left out and counted
in the collection's ``skipped`` member (a foreign member, allowed by RFC 7946).
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Mapping
from typing import Any

__all__ = ["to_geojson"]


def _coordinate(value: Any, limit: float) -> float | None:
    if isinstance(value, bool) or value is None:
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) and -limit <= number <= limit else None


def _jsonable(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    return value


def to_geojson(events: Iterable[Mapping[str, Any]]) -> dict[str, Any]:
    """A FeatureCollection with a Point (longitude, latitude) per located event.

    Each feature's ``properties`` are the event's fields (evidence spans included);
    its ``id`` is the event's ``id`` when it has one.
    """
    features: list[dict[str, Any]] = []
    skipped = 0
    for event in events:
        lat = _coordinate(event.get("latitude"), 90.0)
        lon = _coordinate(event.get("longitude"), 180.0)
        if lat is None or lon is None:
            skipped += 1
            continue
        feature: dict[str, Any] = {
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [lon, lat]},
            "properties": _jsonable(dict(event)),
        }
        if event.get("id") is not None:
            feature["id"] = event["id"]
        features.append(feature)
    return {"type": "FeatureCollection", "features": features, "skipped": skipped}
