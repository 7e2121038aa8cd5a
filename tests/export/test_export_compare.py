"""ACLED column order, JSON Lines, and the comparison with an ACLED export."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

import pytest

from rasid.errors import InputError
from rasid.export import ACLED_COLUMNS, to_acled_csv, to_jsonl
from rasid.export.compare import CompareOptions, check_acled_columns, compare_events, comparison_rows, read_acled_csv

#: The column order of ACLED's data export as its codebook lists it (2023 onward).
CODEBOOK = ("event_id_cnty event_date year time_precision disorder_type event_type sub_event_type actor1 "
            "assoc_actor_1 inter1 actor2 assoc_actor_2 inter2 interaction civilian_targeting iso region country "
            "admin1 admin2 admin3 location latitude longitude geo_precision source source_scale notes "
            "fatalities tags timestamp").split()


def acled_row(event_id: str, date: str, event_type: str, location: str, admin2: str, lat: float, lon: float,
              admin1: str = "Idlib") -> dict[str, object]:
    row = dict.fromkeys(CODEBOOK, "")
    row.update(event_id_cnty=event_id, event_date=date, event_type=event_type, location=location, admin1=admin1,
               admin2=admin2, latitude=lat, longitude=lon, country="Syria", fatalities=1, source="SOHR")
    return row


def write_acled(path: Path, rows: list[dict[str, object]], columns: list[str] = CODEBOOK) -> Path:
    with open(path, "w", encoding="utf-8", newline="") as out:
        writer = csv.DictWriter(out, fieldnames=columns, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
    return path


OURS = [
    {"id": 1, "date": "2024-05-13", "event_type": "Explosions/Remote violence", "location_en": "Saraqab",
     "admin1": "Idleb", "admin2": "Idleb", "latitude": 35.86, "longitude": 36.80, "source": "SOHR; Al Mayadeen"},
    {"id": 2, "date": "2024-05-14", "event_type": "Battles", "location_en": "Ariha", "admin1": "Idleb",
     "admin2": "Ariha", "latitude": 35.81, "longitude": 36.61},
    {"id": 3, "date": "2024-06-20", "event_type": "Battles", "location_en": "Ariha", "admin1": "Idleb",
     "admin2": "Ariha", "latitude": 35.81, "longitude": 36.61},
]


def test_export_acled_columns_follow_the_codebook() -> None:
    assert list(ACLED_COLUMNS) == CODEBOOK
    header = next(csv.reader(io.StringIO(to_acled_csv([OURS[0]], timestamp=0))))
    assert header == CODEBOOK and check_acled_columns(header) == []
    assert check_acled_columns(list(reversed(CODEBOOK))) == ["columns are not in the ACLED codebook order"]
    assert "missing ACLED columns: tags, timestamp" in check_acled_columns(CODEBOOK[:-2])


def test_export_acled_source_is_every_source_of_a_merged_event() -> None:
    row = next(csv.DictReader(io.StringIO(to_acled_csv([OURS[0]], timestamp=0))))
    assert row["source"] == "SOHR; Al Mayadeen"


def test_export_jsonl_one_object_per_line() -> None:
    text = to_jsonl([{**OURS[0], "day": dt.date(2024, 5, 13), "tags": ("a", "b")}, OURS[1]])
    lines = text.splitlines()
    assert len(lines) == 2 and text.endswith("\n")
    first = json.loads(lines[0])
    assert first["day"] == "2024-05-13" and first["tags"] == ["a", "b"] and "Saraqab" in lines[0]


def test_compare_matches_lists_each_side_and_scopes(tmp_path: Path) -> None:
    path = write_acled(tmp_path / "acled.csv", [
        acled_row("SYR1", "2024-05-14", "Explosions/Remote violence", "Saraqib", "Idleb", 35.864, 36.806),
        acled_row("SYR2", "2024-05-10", "Battles", "Kafr Nobol", "Al Ma'ra", 35.61, 36.56),
        acled_row("SYR3", "2024-05-14", "Battles", "Ariha", "Ariha", 35.81, 36.61, admin1="Idleb"),
        acled_row("SYR4", "2024-05-14", "Battles", "Aleppo", "Jebel Saman", 36.2, 37.15, admin1="Aleppo"),
    ], columns=list(reversed(CODEBOOK)))
    rows, problems = read_acled_csv(path)
    assert problems == ["columns are not in the ACLED codebook order"] and len(rows) == 4
    options = CompareOptions(dt.date(2024, 5, 1), dt.date(2024, 5, 31), admin1="Idleb")
    result = compare_events(rows, OURS, options)
    assert [(a["event_id_cnty"], b["id"]) for a, b in result.matched] == [("SYR1", 1), ("SYR3", 2)]
    assert [a["event_id_cnty"] for a in result.acled_only] == ["SYR2"]  # Aleppo is out of the area
    assert result.ours_only == []  # event 3 is out of the period
    table = comparison_rows(result)
    assert [r["status"] for r in table] == ["matched", "matched", "acled_only"]
    wider = compare_events(rows, OURS, CompareOptions())
    assert wider.summary() == {"matched": 2, "acled_only": 2, "rasid_only": 1}


def test_compare_one_to_one_and_date_window() -> None:
    acled = [{"event_id_cnty": f"S{i}", "event_date": dt.date(2024, 5, 14), "event_type": "Battles",
              "admin1": "Idleb", "admin2": "Ariha", "location": "Ariha"} for i in range(2)]
    ours = [{**OURS[1], "id": 7}, {**OURS[1], "id": 8, "date": "2024-05-16"}]
    result = compare_events(acled, ours, CompareOptions(max_days=1))
    assert len(result.matched) == 1 and len(result.acled_only) == 1 and [e["id"] for e in result.ours_only] == [8]


def test_compare_rejects_what_is_not_an_acled_file(tmp_path: Path) -> None:
    (tmp_path / "x.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(InputError, match="not an ACLED export"):
        read_acled_csv(tmp_path / "x.csv")
    path = write_acled(tmp_path / "dates.csv", [acled_row("S", "someday", "Battles", "Ariha", "Ariha", 1, 1)])
    rows, problems = read_acled_csv(path)
    assert rows == [] and "unreadable event_date" in problems[0]
