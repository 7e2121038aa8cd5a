"""Weekly statistics and the three exports agree with the event list they summarise."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

import httpx

from rasid.export import ACLED_COLUMNS


def _events(client: httpx.Client, **params: object) -> list[dict]:
    return client.get("/api/events", params={"limit": 1000, **params}).json()["items"]


def test_stats_per_week_type_and_admin1_add_up(viewer: httpx.Client) -> None:
    stats = viewer.get("/api/stats").json()
    dated = [e for e in _events(viewer) if e["date"]]
    assert stats["total_events"] == sum(r["events"] for r in stats["items"]) == len(dated)
    assert stats["total_fatalities"] == sum(e["fatalities"] or 0 for e in dated)
    for row in stats["items"]:
        monday = dt.date.fromisoformat(row["week"])
        assert monday.weekday() == 0
        matching = [e for e in dated if e["event_type"] == row["event_type"] and e["admin1"] == row["admin1"]
                    and monday <= dt.date.fromisoformat(e["date"]) < monday + dt.timedelta(days=7)]
        assert row["events"] == len(matching)


def test_stats_take_the_event_filters(viewer: httpx.Client) -> None:
    stats = viewer.get("/api/stats", params={"admin1": "Idlib"}).json()
    assert stats["items"] and {r["admin1"] for r in stats["items"]} == {"Idlib"}
    assert stats["total_events"] == len([e for e in _events(viewer, admin1="Idlib") if e["date"]])


def test_export_csv_has_acled_columns(viewer: httpx.Client) -> None:
    response = viewer.get("/api/exports/events.csv", params={"admin1": "Aleppo"})
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert tuple(rows[0].keys()) == ACLED_COLUMNS
    assert len(rows) == len(_events(viewer, admin1="Aleppo")) and {r["admin1"] for r in rows} == {"Aleppo"}


def test_export_geojson_and_jsonl(viewer: httpx.Client) -> None:
    events = _events(viewer)
    geo = viewer.get("/api/exports/events.geojson").json()
    located = [e for e in events if e["latitude"] is not None]
    assert geo["type"] == "FeatureCollection" and len(geo["features"]) == len(located)
    lon, lat = geo["features"][0]["geometry"]["coordinates"]
    assert 35 < lon < 43 and 32 < lat < 38  # Syria
    lines = viewer.get("/api/exports/events.jsonl").text.splitlines()
    assert [json.loads(line)["id"] for line in lines] == [e["id"] for e in events]
