"""ACLED-layout CSV and GeoJSON from stored events."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

import pytest

from rasid.export import ACLED_COLUMNS, to_acled_csv, to_acled_rows, to_geojson
from rasid.export.acled_csv import civilian_targeting, disorder_type, interaction
from rasid.model import (
    ActorRef,
    Document,
    Event,
    Evidence,
    ExtractionResult,
    Place,
    Span,
    event_to_json,
)
from rasid.store import EventFilter, Store

TEXT = (
    "Government forces shelled Ariha on Sunday, killing two civilians, the monitor said.\n"
    "Residents of Sweida protested peacefully in the central square.\n"
    "Police fired live rounds at protesters in Daraa, wounding several."
)
ARIHA = Place("ariha", "Ariha", "أريحا", "town", admin1="Idlib", admin2="Ariha",
              pcode="C4217", latitude=35.81, longitude=36.61)
SWEIDA = Place("sweida", "As-Sweida", "السويداء", "city", admin1="As-Sweida",
               admin2="As-Sweida", pcode="C5700", latitude=32.71, longitude=36.57)


def _line_span(n: int) -> Span:
    lines = TEXT.split("\n")
    start = sum(len(line) + 1 for line in lines[:n])
    return Span(start, start + len(lines[n]))


def build_events() -> tuple[Event, ...]:
    shelling = Event(
        "Explosions/Remote violence", "Shelling/artillery/missile attack",
        actor1=ActorRef("Military Forces of Syria (2024-)", 1, "Government forces"),
        actor2=ActorRef("Civilians (Syria)", 7, "two civilians"),
        place=ARIHA, location_text="Ariha", geo_precision=1, date=dt.date(2024, 3, 3),
        fatalities=2, attribution="Syrian monitoring group",
        evidence={"event": Evidence(_line_span(0), "trigger:shelled")},
    )
    protest = Event(
        "Protests", "Peaceful protest", actor1=ActorRef("Protesters (Syria)", 6, "Residents"),
        place=SWEIDA, location_text="Sweida", geo_precision=1, date=dt.date(2024, 3, 4),
        evidence={"event": Evidence(_line_span(1), "trigger:protested")},
    )
    force = Event(
        "Protests", "Excessive force against protesters",
        actor1=ActorRef("Protesters (Syria)", 6, "protesters"),
        actor2=ActorRef("Police Forces of Syria (2024-)", 1, "Police"),
        location_text="Daraa", date=dt.date(2024, 3, 5), notes="Live fire on a protest.",
        evidence={"event": Evidence(_line_span(2), "trigger:fired")},
    )
    return shelling, protest, force


@pytest.fixture
def stored_events(tmp_path: Path) -> list[dict]:
    doc = Document("report-1", TEXT, published=dt.date(2024, 3, 6), lang="en",
                   events=build_events())
    with Store.open(tmp_path / "rasid.db") as store:
        store.add_document(doc)
        store.save_extraction(doc, ExtractionResult.from_document(doc, "test"))
        return store.events(EventFilter())


def parse(csv_text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(csv_text)))


def test_acled_columns_are_in_acleds_export_order() -> None:
    assert ACLED_COLUMNS == (
        "event_id_cnty", "event_date", "year", "time_precision", "disorder_type",
        "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2",
        "assoc_actor_2", "inter2", "interaction", "civilian_targeting", "iso", "region",
        "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude",
        "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
    )


def test_csv_header_and_derived_columns(stored_events: list[dict]) -> None:
    text = to_acled_csv(stored_events, timestamp=1_709_700_000)
    assert text.splitlines()[0] == ",".join(ACLED_COLUMNS)
    rows = parse(text)
    assert [list(r) for r in rows] == [list(ACLED_COLUMNS)] * 3
    shelling, protest, force = rows

    assert shelling["event_id_cnty"] == f"SYR{stored_events[0]['id']}"
    assert shelling["event_date"] == "2024-03-03"
    assert shelling["year"] == "2024"
    assert shelling["disorder_type"] == "Political violence"
    assert shelling["inter1"] == "1"
    assert shelling["inter2"] == "7"
    assert shelling["interaction"] == "17"
    assert shelling["civilian_targeting"] == "Civilian targeting"
    assert shelling["iso"] == "760"
    assert shelling["region"] == "Middle East"
    assert shelling["country"] == "Syria"
    assert shelling["admin1"] == "Idlib"
    assert shelling["location"] == "Ariha"
    assert float(shelling["latitude"]) == pytest.approx(35.81)
    assert shelling["source"] == "Syrian monitoring group"
    assert shelling["fatalities"] == "2"
    assert shelling["notes"].startswith("Government forces shelled Ariha")
    assert shelling["timestamp"] == "1709700000"

    assert protest["disorder_type"] == "Demonstrations"
    assert protest["interaction"] == "60"  # a single actor: protesters alone
    assert protest["civilian_targeting"] == ""
    assert protest["fatalities"] == "0"  # unknown is written as ACLED's 0

    assert force["disorder_type"] == "Political violence; Demonstrations"
    assert force["interaction"] == "16"  # lower inter code first
    assert force["notes"] == "Live fire on a protest."
    assert force["country"] == "Syria"  # no place: the default country
    assert force["latitude"] == ""


def test_csv_keeps_arabic_and_quotes_commas() -> None:
    event = event_to_json(Event(
        "Battles", "Armed clash", actor1=ActorRef("Syrian Democratic Forces", 2),
        actor2=ActorRef("Turkish-backed factions, Syrian National Army", 2),
        location_text="منبج", date=dt.date(2024, 1, 2),
    ))
    (row,) = parse(to_acled_csv([{**event, "id": 5}], timestamp=0))
    assert row["location"] == "منبج"
    assert row["actor2"] == "Turkish-backed factions, Syrian National Army"
    assert row["interaction"] == "22"


def test_country_codes_and_ids() -> None:
    iraq = {"event_type": "Battles", "sub_event_type": "Armed clash", "country": "Iraq",
            "id": 9, "date": "2024-02-01"}
    unknown = {"event_type": "Battles", "sub_event_type": "Armed clash", "doc_id": "d"}
    rows = to_acled_rows([iraq, unknown], default_country=None, timestamp=0)
    assert (rows[0]["event_id_cnty"], rows[0]["iso"], rows[0]["region"]) == ("IRQ9", 368, "Middle East")
    assert rows[1]["event_id_cnty"] == "XXXd-2"
    assert (rows[1]["iso"], rows[1]["year"], rows[1]["country"]) == (None, None, None)
    assert rows[1]["fatalities"] == 0
    for country, iso in [("Lebanon", 422), ("Jordan", 400), ("Turkey", 792), ("Israel", 376)]:
        (row,) = to_acled_rows([{**iraq, "country": country}], timestamp=0)
        assert row["iso"] == iso


def test_derivation_helpers() -> None:
    assert disorder_type("Strategic developments", "Arrests") == "Strategic developments"
    assert disorder_type("Riots", "Violent demonstration") == "Demonstrations"
    assert disorder_type("Violence against civilians", "Attack") == "Political violence"
    assert interaction(2, 1) == 12
    assert interaction(None, 3) == 30
    assert interaction(None, None) is None
    assert civilian_targeting("Violence against civilians", 7) == "Civilian targeting"
    assert civilian_targeting("Battles", 7) == ""
    assert civilian_targeting("Explosions/Remote violence", 1) == ""


def test_geojson_points_and_skipped(stored_events: list[dict]) -> None:
    collection = to_geojson(stored_events)
    assert collection["type"] == "FeatureCollection"
    assert collection["skipped"] == 1  # the Daraa event has no coordinates
    first = collection["features"][0]
    assert first["geometry"] == {"type": "Point", "coordinates": [36.61, 35.81]}
    assert first["id"] == stored_events[0]["id"]
    assert first["properties"]["admin1"] == "Idlib"
    assert first["properties"]["evidence_spans"]["event"]["rule"] == "trigger:shelled"
    json.dumps(collection)  # serializable as is


def test_geojson_rejects_bad_coordinates() -> None:
    events = [{"latitude": 95.0, "longitude": 36.0}, {"latitude": "x", "longitude": 1},
              {"latitude": True, "longitude": 1}, {"latitude": 0, "longitude": 0}]
    collection = to_geojson(events)
    assert collection["skipped"] == 3
    assert collection["features"][0]["geometry"]["coordinates"] == [0.0, 0.0]
