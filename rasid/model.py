"""The domain types every layer of rasid shares, and their JSON form.

Owns: Document, Span, Mention, Place, ActorRef, Evidence, Event, Claim,
ExtractionResult and the ACLED vocabularies (event types, sub-types, inter codes).
Imports nothing from rasid. All types are frozen, slotted dataclasses; spans are
character offsets into ``Document.text`` (the original text, never a normalized copy).

The JSON field names of Event and Claim are those of the evaluation guidelines
(event_type, sub_event_type, actor1, ... evidence); extra fields (spans, P-codes,
coordinates, confidence, rules) are added alongside.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import hashlib
from dataclasses import dataclass, field
from typing import Any, Literal

SCHEMA_VERSION = 1

EVENT_TYPES: tuple[str, ...] = (
    # ACLED precedence order: when one incident fits two types, the earlier one wins.
    "Battles",
    "Protests",
    "Riots",
    "Explosions/Remote violence",
    "Violence against civilians",
    "Strategic developments",
)

SUB_EVENT_TYPES: dict[str, tuple[str, ...]] = {
    "Battles": ("Government regains territory", "Non-state actor overtakes territory", "Armed clash"),
    "Protests": ("Excessive force against protesters", "Protest with intervention", "Peaceful protest"),
    "Riots": ("Violent demonstration", "Mob violence"),
    "Explosions/Remote violence": (
        "Chemical weapon",
        "Air/drone strike",
        "Suicide bomb",
        "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED",
        "Grenade",
    ),
    "Violence against civilians": ("Sexual violence", "Attack", "Abduction/forced disappearance"),
    "Strategic developments": (
        "Agreement",
        "Arrests",
        "Change to group/activity",
        "Disrupted weapons use",
        "Headquarters or base established",
        "Looting/property destruction",
        "Non-violent transfer of territory",
        "Other",
    ),
}

INTER_CODES: dict[int, str] = {
    1: "State forces",
    2: "Rebel groups",
    3: "Political militias",
    4: "Identity militias",
    5: "Rioters",
    6: "Protesters",
    7: "Civilians",
    8: "External/Other forces",
}

CLAIM_METRICS: tuple[str, ...] = (
    "attacks", "fatalities", "fighters", "vehicles", "area_km2", "injured", "arrests", "other",
)

GeoPrecision = Literal[1, 2, 3]
TimePrecision = Literal[1, 2, 3]
MentionLabel = Literal["PLACE", "ACTOR", "DATE", "NUMBER", "TRIGGER", "SOURCE", "CUE"]


def event_type_of(sub_event_type: str) -> str:
    """The ACLED event type a sub-event type belongs to."""
    for event_type, subs in SUB_EVENT_TYPES.items():
        if sub_event_type in subs:
            return event_type
    raise ValueError(f"unknown ACLED sub-event type: {sub_event_type!r}")


@dataclass(frozen=True, slots=True, order=True)
class Span:
    """A half-open character range [start, end) of ``Document.text``."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad span [{self.start}, {self.end})")

    def text_of(self, text: str) -> str:
        return text[self.start:self.end]

    def covers(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def join(self, other: Span) -> Span:
        return Span(min(self.start, other.start), max(self.end, other.end))


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where in the text a field's value comes from, and which rule put it there."""

    span: Span
    rule: str


@dataclass(frozen=True, slots=True)
class Mention:
    """A typed stretch of text: a place, actor, date, number, event trigger or source.

    ``key`` identifies what it refers to: a place id, a canonical actor name, an ISO
    date, a number, a sub-event type or a source name.
    """

    span: Span
    label: MentionLabel
    key: str
    rule: str
    sentence: int = -1
    data: tuple[tuple[str, Any], ...] = ()

    def get(self, name: str, default: Any = None) -> Any:
        # What dict(self.data).get(name, default) gives (the last pair for a name wins),
        # without building a dict on each of the many calls extraction makes.
        for key, value in reversed(self.data):
            if key == name:
                return value
        return default


@dataclass(frozen=True, slots=True)
class Place:
    """A gazetteer entry: a settlement, admin unit, region or site."""

    place_id: str
    name_en: str
    name_ar: str
    kind: str
    country: str = "Syria"
    admin1: str | None = None
    admin2: str | None = None
    admin3: str | None = None
    pcode: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    population: int = 0


@dataclass(frozen=True, slots=True)
class ActorRef:
    """An actor as coded on an event: canonical name, ACLED inter code, surface form."""

    name: str
    inter: int | None = None
    text: str | None = None


@dataclass(frozen=True, slots=True)
class Document:
    """An article and, once the pipeline has run, its annotations.

    Pipeline stages return ``dataclasses.replace(doc, ...)`` with more annotations.
    """

    doc_id: str
    text: str
    published: dt.date | None = None
    title: str | None = None
    lang: str | None = None
    url: str | None = None
    source: str | None = None
    sentences: tuple[Span, ...] = ()
    mentions: tuple[Mention, ...] = ()
    events: tuple[Event, ...] = ()
    claims: tuple[Claim, ...] = ()

    @property
    def content_hash(self) -> str:
        return content_hash(self.text)

    def quote(self, span: Span) -> str:
        return span.text_of(self.text)

    def mentions_of(self, label: str) -> tuple[Mention, ...]:
        return tuple(m for m in self.mentions if m.label == label)


# Remembered for the last texts: ingest asks for a document's identity several times
# (to look it up, to lock it, to store it), and hashing a text costs more than finding it.
@functools.lru_cache(maxsize=256)
def content_hash(text: str) -> str:
    """The identity of a text for idempotent ingest: sha256 of its UTF-8 bytes."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class Event:
    """One concrete incident coded in ACLED's scheme (see GUIDELINES field names)."""

    event_type: str
    sub_event_type: str
    actor1: ActorRef | None = None
    actor2: ActorRef | None = None
    assoc_actor_1: tuple[str, ...] = ()
    assoc_actor_2: tuple[str, ...] = ()
    place: Place | None = None
    location_text: str | None = None
    geo_precision: int | None = None
    date: dt.date | None = None
    time_precision: int = 1
    fatalities: int | None = None
    attribution: str | None = None
    evidence: dict[str, Evidence] = field(default_factory=dict, compare=False, hash=False)
    confidence: float = 0.5
    notes: str | None = None

    def __post_init__(self) -> None:
        if self.event_type != event_type_of(self.sub_event_type):
            raise ValueError(f"{self.sub_event_type!r} is not a sub-type of {self.event_type!r}")

    @property
    def span(self) -> Span | None:
        """The span of the main evidence (the trigger's sentence)."""
        ev = self.evidence.get("event")
        return ev.span if ev else None


@dataclass(frozen=True, slots=True)
class Claim:
    """An aggregate or statistical statement: never an incident, never counted as an event."""

    metric: str
    value: float
    period: str | None = None
    area: str | None = None
    attribution: str | None = None
    evidence: Evidence | None = None

    def __post_init__(self) -> None:
        if self.metric not in CLAIM_METRICS:
            raise ValueError(f"unknown claim metric {self.metric!r}")


@dataclass(frozen=True, slots=True)
class ExtractionResult:
    """The output record for one document: what the gold files and the store hold."""

    doc_id: str
    published: dt.date | None
    lang: str | None
    events: tuple[Event, ...]
    claims: tuple[Claim, ...]
    pipeline: str = ""

    @classmethod
    def from_document(cls, doc: Document, pipeline: str = "") -> ExtractionResult:
        return cls(doc.doc_id, doc.published, doc.lang, doc.events, doc.claims, pipeline)


# --- JSON form ----------------------------------------------------------------------


def _span_json(span: Span, text: str | None) -> dict[str, Any]:
    out: dict[str, Any] = {"start": span.start, "end": span.end}
    if text is not None:
        out["text"] = span.text_of(text)
    return out


def _evidence_json(ev: Evidence, text: str | None) -> dict[str, Any]:
    return {"rule": ev.rule, **_span_json(ev.span, text)}


def _evidence_from(data: dict[str, Any]) -> Evidence:
    return Evidence(Span(int(data["start"]), int(data["end"])), str(data.get("rule", "")))


def _date(value: Any) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def as_date(value: Any) -> dt.date | None:
    """A date from a stored or exported value: a date, a datetime, an ISO string (its first ten
    characters), or None for anything else."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and value:
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def _quote(ev: Evidence | None, text: str | None, limit: int = 40) -> str | None:
    """A short quote for the guideline ``evidence`` field: the span, cut to ~20 words."""
    if ev is None or text is None:
        return None
    words = ev.span.text_of(text).split()
    return " ".join(words[:limit]) if words else None


def event_to_json(event: Event, text: str | None = None) -> dict[str, Any]:
    """The guideline record of an event, plus spans, P-codes, coordinates and rules."""
    place = event.place
    a1, a2 = event.actor1, event.actor2
    return {
        "event_type": event.event_type,
        "sub_event_type": event.sub_event_type,
        "actor1": a1.name if a1 else None,
        "actor1_text": a1.text if a1 else None,
        "inter1": a1.inter if a1 else None,
        "assoc_actor_1": "; ".join(event.assoc_actor_1) or None,
        "actor2": a2.name if a2 else None,
        "actor2_text": a2.text if a2 else None,
        "inter2": a2.inter if a2 else None,
        "assoc_actor_2": "; ".join(event.assoc_actor_2) or None,
        "location_text": event.location_text,
        "location_en": place.name_en if place else None,
        "location_ar": place.name_ar if place else None,
        "place_id": place.place_id if place else None,
        "place_kind": place.kind if place else None,
        "admin1": place.admin1 if place else None,
        "admin2": place.admin2 if place else None,
        "admin3": place.admin3 if place else None,
        "pcode": place.pcode if place else None,
        "country": place.country if place else None,
        "latitude": place.latitude if place else None,
        "longitude": place.longitude if place else None,
        "geo_precision": event.geo_precision,
        "date": event.date.isoformat() if event.date else None,
        "time_precision": event.time_precision,
        "fatalities": event.fatalities,
        "attribution": event.attribution,
        "evidence": _quote(event.evidence.get("event"), text),
        "confidence": round(event.confidence, 3),
        "notes": event.notes,
        "evidence_spans": {name: _evidence_json(ev, text) for name, ev in event.evidence.items()},
    }


def event_from_json(data: dict[str, Any]) -> Event:
    place = None
    if data.get("location_en") or data.get("admin1") or data.get("place_id"):
        place = Place(
            place_id=data.get("place_id") or "",
            name_en=data.get("location_en") or "",
            name_ar=data.get("location_ar") or "",
            kind=data.get("place_kind") or "",
            country=data.get("country") or "Syria",
            admin1=data.get("admin1"),
            admin2=data.get("admin2"),
            admin3=data.get("admin3"),
            pcode=data.get("pcode"),
            latitude=data.get("latitude"),
            longitude=data.get("longitude"),
        )

    def actor(n: int) -> ActorRef | None:
        name = data.get(f"actor{n}")
        return ActorRef(name, data.get(f"inter{n}"), data.get(f"actor{n}_text")) if name else None

    def assoc(n: int) -> tuple[str, ...]:
        raw = data.get(f"assoc_actor_{n}") or ""
        return tuple(a.strip() for a in raw.split(";") if a.strip())

    return Event(
        event_type=data["event_type"],
        sub_event_type=data["sub_event_type"],
        actor1=actor(1),
        actor2=actor(2),
        assoc_actor_1=assoc(1),
        assoc_actor_2=assoc(2),
        place=place,
        location_text=data.get("location_text"),
        geo_precision=data.get("geo_precision"),
        date=_date(data.get("date")),
        time_precision=data.get("time_precision") or 1,
        fatalities=data.get("fatalities"),
        attribution=data.get("attribution"),
        evidence={k: _evidence_from(v) for k, v in (data.get("evidence_spans") or {}).items()},
        confidence=float(data.get("confidence", 0.5)),
        notes=data.get("notes"),
    )


def claim_to_json(claim: Claim, text: str | None = None) -> dict[str, Any]:
    value: float | int = int(claim.value) if float(claim.value).is_integer() else claim.value
    return {
        "metric": claim.metric,
        "value": value,
        "period": claim.period,
        "area": claim.area,
        "attribution": claim.attribution,
        "evidence": _quote(claim.evidence, text),
        "evidence_span": _evidence_json(claim.evidence, text) if claim.evidence else None,
    }


def claim_from_json(data: dict[str, Any]) -> Claim:
    span = data.get("evidence_span")
    return Claim(
        metric=data["metric"],
        value=float(data["value"]),
        period=data.get("period"),
        area=data.get("area"),
        attribution=data.get("attribution"),
        evidence=_evidence_from(span) if span else None,
    )


def result_to_json(result: ExtractionResult, text: str | None = None) -> dict[str, Any]:
    """One line of the gold format: {doc_id, published, lang, events, claims}."""
    return {
        "doc_id": result.doc_id,
        "published": result.published.isoformat() if result.published else None,
        "lang": result.lang,
        "pipeline": result.pipeline,
        "events": [event_to_json(e, text) for e in result.events],
        "claims": [claim_to_json(c, text) for c in result.claims],
    }


def result_from_json(data: dict[str, Any]) -> ExtractionResult:
    return ExtractionResult(
        doc_id=data["doc_id"],
        published=_date(data.get("published")),
        lang=data.get("lang"),
        events=tuple(event_from_json(e) for e in data.get("events", [])),
        claims=tuple(claim_from_json(c) for c in data.get("claims", [])),
        pipeline=data.get("pipeline", ""),
    )


def replace(obj: Any, **changes: Any) -> Any:
    """``dataclasses.replace``, re-exported so stages need not import dataclasses.

    The pipeline calls it about a hundred times per document (once per mention, to
    set its sentence), so the field list ``dataclasses.replace`` works out on every
    call is worked out once per class here. Classes with fields it treats specially
    (no ``__init__`` argument, init-only variables) go to ``dataclasses.replace``.
    """
    names = _INIT_FIELDS.get(type(obj))
    if names is None:
        names = _INIT_FIELDS[type(obj)] = _plain_fields(obj)
    if not names:
        return dataclasses.replace(obj, **changes)
    for name in names:
        if name not in changes:
            changes[name] = getattr(obj, name)
    return type(obj)(**changes)


_INIT_FIELDS: dict[type, tuple[str, ...]] = {}


def _plain_fields(obj: Any) -> tuple[str, ...]:
    """The fields of a dataclass instance if every one is a plain ``__init__`` argument, else ()."""
    if not dataclasses.is_dataclass(obj) or isinstance(obj, type):
        return ()  # dataclasses.replace raises the usual TypeError
    plain = dataclasses.fields(obj)  # without class and init-only variables
    if len(plain) != len(type(obj).__dataclass_fields__) or not all(f.init for f in plain):
        return ()
    return tuple(f.name for f in plain)
