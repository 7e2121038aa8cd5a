"""/api/events over a real server and SQLite file: pagination, every filter, sorting,
full-text search in Arabic and English, and one event."""

from __future__ import annotations

import datetime as dt

import httpx
import pytest


def _all(client: httpx.Client, **params: object) -> list[dict]:
    response = client.get("/api/events", params={"limit": 1000, **params})
    assert response.status_code == 200, response.text
    return response.json()["items"]


def test_events_list_is_paginated_with_total_limit_offset(viewer: httpx.Client) -> None:
    everything = _all(viewer)
    assert len(everything) >= 6
    first = viewer.get("/api/events", params={"limit": 2, "offset": 0}).json()
    second = viewer.get("/api/events", params={"limit": 2, "offset": 2}).json()
    assert first["total"] == second["total"] == len(everything)
    assert (first["limit"], first["offset"], second["offset"]) == (2, 0, 2)
    assert len(first["items"]) == len(second["items"]) == 2
    ids = [e["id"] for e in first["items"] + second["items"]]
    assert len(set(ids)) == 4
    assert ids == [e["id"] for e in everything[:4]]


def test_events_filter_by_type_and_date_range(viewer: httpx.Client) -> None:
    everything = _all(viewer)
    explosions = _all(viewer, event_type="Explosions/Remote violence")
    assert explosions and len(explosions) < len(everything)
    assert {e["event_type"] for e in explosions} == {"Explosions/Remote violence"}
    in_may = _all(viewer, date_from="2024-05-01", date_to="2024-05-31")
    assert in_may and all("2024-05-01" <= e["date"] <= "2024-05-31" for e in in_may)
    expected = [e["id"] for e in everything if e["date"] and "2024-05-01" <= e["date"] <= "2024-05-31"]
    assert sorted(e["id"] for e in in_may) == sorted(expected)


@pytest.mark.parametrize("admin1", ["Idlib", "idlib", "Deir ez-Zor", "Aleppo"])
def test_events_filter_by_admin1_ignores_case(viewer: httpx.Client, admin1: str) -> None:
    found = _all(viewer, admin1=admin1)
    assert found and {e["admin1"].lower() for e in found} == {admin1.lower()}


def test_events_filter_by_admin2_and_actor(viewer: httpx.Client) -> None:
    everything = _all(viewer)
    some = next(e for e in everything if e["admin2"])
    by_admin2 = _all(viewer, admin2=some["admin2"])
    assert some["id"] in {e["id"] for e in by_admin2}
    assert all(e["admin2"] == some["admin2"] for e in by_admin2)
    russia = _all(viewer, actor="russia")
    assert russia and all("russia" in ((e["actor1"] or "") + (e["actor2"] or "")).lower() for e in russia)


def test_events_filter_by_bounding_box(viewer: httpx.Client) -> None:
    everything = [e for e in _all(viewer) if e["latitude"] is not None]
    # north-west Syria (Idlib and Aleppo), corners given in either order
    inside = _all(viewer, bbox="37.5,36.9,36.0,35.5")
    expected = {e["id"] for e in everything if 36.0 <= e["longitude"] <= 37.5 and 35.5 <= e["latitude"] <= 36.9}
    assert expected and {e["id"] for e in inside} == expected
    assert len(inside) < len(everything)


@pytest.mark.parametrize(("query", "doc_id"), [
    ("ذيبان", "fx-ar-deir"),          # a place in the Arabic text
    ("الاشتباكات", "fx-ar-deir"),      # the query's article dropped: matches "اشتباكات"
    ("لحقوق الانسان", "fx-ar-deir"),   # hamza folded: matches "الإنسان"
    ("والمرصد", "fx-ar-daraa"),        # proclitic dropped: matches "المرصد"
    ("طفس", "fx-ar-daraa"),
    ("Saraqib", "fx-en-idlib"),
    ("fuel prices", "fx-en-raqqa"),   # only in the document text: matched through the document index
    ("HAY'AT", "fx-en-idlib"),
])
def test_events_full_text_search_arabic_and_english(viewer: httpx.Client, query: str, doc_id: str) -> None:
    found = _all(viewer, q=query)
    assert found, query
    assert doc_id in {e["doc_id"] for e in found}


def test_events_search_syntax_is_never_an_error(viewer: httpx.Client) -> None:
    for query in ['"', "AND OR NOT", "x* NEAR(", "'; DROP TABLE events; --", "()"]:
        response = viewer.get("/api/events", params={"q": query})
        assert response.status_code == 200, (query, response.text)
    assert viewer.get("/api/events").json()["total"] > 0  # the table is still there


def test_events_sort_by_fatalities_descending(viewer: httpx.Client) -> None:
    rows = _all(viewer, sort="fatalities", order="desc")
    numbers = [e["fatalities"] for e in rows if e["fatalities"] is not None]
    assert numbers == sorted(numbers, reverse=True) and len(set(numbers)) > 1
    assert all(e["fatalities"] is None for e in rows[len(numbers):])  # unknown counts last


def test_events_default_order_is_newest_first(viewer: httpx.Client) -> None:
    dates = [dt.date.fromisoformat(e["date"]) for e in _all(viewer) if e["date"]]
    assert dates == sorted(dates, reverse=True)


def test_event_detail_has_evidence_spans_and_notes_field(viewer: httpx.Client) -> None:
    event = _all(viewer, limit=1)[0]
    detail = viewer.get(f"/api/events/{event['id']}").json()
    assert detail["id"] == event["id"]
    assert "notes" in detail
    document = viewer.get(f"/api/documents/{detail['doc_id']}").json()
    for name, span in detail["evidence_spans"].items():
        assert document["text"][span["start"]:span["end"]] == span["text"], name


def test_event_unknown_id_is_404_in_the_envelope(viewer: httpx.Client) -> None:
    response = viewer.get("/api/events/999999")
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not_found"


def test_events_need_authentication(anonymous: httpx.Client) -> None:
    response = anonymous.get("/api/events")
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "unauthorized"
    bad = anonymous.get("/api/events", headers={"Authorization": "Bearer not-a-token"})
    assert bad.status_code == 401
