"""The data model: validation and the JSON round-trip every layer relies on."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rasid.model import (
    SUB_EVENT_TYPES,
    ActorRef,
    Claim,
    Event,
    Evidence,
    ExtractionResult,
    Place,
    Span,
    event_type_of,
    result_from_json,
    result_to_json,
)

TEXT = "اندلعت اشتباكات عنيفة أمس في بلدة ذيبان بريف دير الزور الشرقي، وقتل ثلاثة عناصر."


def _event(**changes: object) -> Event:
    fields: dict[str, object] = dict(
        event_type="Battles",
        sub_event_type="Armed clash",
        actor1=ActorRef("Unidentified Tribal Militia (Syria)", 4, "مسلحون من العشائر"),
        actor2=ActorRef("SDF: Syrian Democratic Forces", 2, "قسد"),
        assoc_actor_1=("Deir ez-Zor Military Council",),
        place=Place("C4321", "Thiban", "ذيبان", "community", "Syria", "Deir ez-Zor", "Al Mayadin", "Thiban",
                    "C4321", 35.01, 40.5),
        location_text="ذيبان",
        geo_precision=1,
        date=dt.date(2024, 5, 13),
        fatalities=3,
        attribution="SOHR",
        evidence={"event": Evidence(Span(0, len(TEXT)), "trigger:اشتباكات"),
                  "location": Evidence(Span(35, 40), "geocode")},
        confidence=0.8,
    )
    fields.update(changes)
    return Event(**fields)  # type: ignore[arg-type]


def test_model_result_round_trips_through_json() -> None:
    result = ExtractionResult(
        "doc-1", dt.date(2024, 5, 14), "ar", (_event(),),
        (Claim("fatalities", 85.0, "منذ مطلع العام", "شرق الفرات", "SOHR", Evidence(Span(0, 10), "claim.fatalities")),),
        "rasid.test.v1",
    )
    data = json.loads(json.dumps(result_to_json(result, TEXT), ensure_ascii=False))
    back = result_from_json(data)
    assert back.doc_id == result.doc_id and back.published == result.published and back.pipeline == "rasid.test.v1"
    assert back.events[0] == result.events[0]
    assert back.events[0].evidence == result.events[0].evidence
    assert back.claims == result.claims


def test_model_json_uses_guideline_field_names() -> None:
    data = result_to_json(ExtractionResult("d", None, "ar", (_event(),), ()), TEXT)
    event = data["events"][0]
    for name in ("event_type", "sub_event_type", "actor1", "actor2", "assoc_actor_1", "location_text",
                 "location_en", "admin1", "admin2", "country", "geo_precision", "date", "time_precision",
                 "fatalities", "attribution", "evidence"):
        assert name in event
    assert event["evidence_spans"]["location"]["text"] == TEXT[35:40]
    assert event["assoc_actor_1"] == "Deir ez-Zor Military Council"


def test_model_rejects_a_sub_type_of_another_type() -> None:
    with pytest.raises(ValueError, match="not a sub-type"):
        _event(event_type="Protests")


def test_model_rejects_an_unknown_claim_metric() -> None:
    with pytest.raises(ValueError):
        Claim("casualties", 3)


@pytest.mark.parametrize("start,end", [(-1, 2), (5, 3)])
def test_model_rejects_bad_spans(start: int, end: int) -> None:
    with pytest.raises(ValueError):
        Span(start, end)


@pytest.mark.parametrize("event_type,subs", list(SUB_EVENT_TYPES.items()))
def test_model_every_sub_type_maps_back_to_its_type(event_type: str, subs: tuple[str, ...]) -> None:
    assert {event_type_of(sub) for sub in subs} == {event_type}


@given(st.integers(0, 200), st.integers(0, 200), st.integers(0, 200), st.integers(0, 200))
def test_model_span_join_covers_both(a: int, b: int, c: int, d: int) -> None:
    first, second = Span(min(a, b), max(a, b)), Span(min(c, d), max(c, d))
    joined = first.join(second)
    assert joined.covers(first) and joined.covers(second)
