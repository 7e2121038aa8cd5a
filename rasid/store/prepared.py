"""An extraction turned into the values its rows will hold, before any database is involved.

Owns: ``PreparedEvent``, ``PreparedExtraction``, ``prepare_extraction`` and the JSON form
of a document's mentions (``mentions_json``, ``mentions_from_json``).

The ingest writer is one process, and every CPU second it spends per document caps the
whole run. Everything about a document's rows that does not depend on what the
database already holds (the event JSON and columns, the review keys, the claim rows,
the mentions as one JSON value, the folded text of the search index, the actors and
places to upsert) is therefore computed here, by ``prepare_extraction``, which ingest
workers run next to the pipeline. A ``PreparedExtraction`` holds only plain values, so
it is cheap to send from a worker process to the writer.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from operator import itemgetter
from typing import Any

from rasid.errors import StoreError
from rasid.model import (
    Document,
    ExtractionResult,
    Mention,
    claim_to_json,
    event_to_json,
)
from rasid.store.schema import EVENT_FIELDS
from rasid.store.search import event_body, searchable
from rasid.store.weeks import week_of

__all__ = [
    "PreparedEvent",
    "PreparedExtraction",
    "mentions_from_json",
    "mentions_json",
    "prepare_extraction",
    "review_key",
]


def _fold(value: str | None) -> str:
    return (value or "").casefold()


def review_key(event_type: Any, date: Any, admin1: Any, actor1: Any) -> tuple[Any, ...]:
    """What makes a re-extracted event "the same" as a reviewed one."""
    if isinstance(date, str):
        date = dt.date.fromisoformat(date) if date else None
    return (event_type, date, _fold(admin1), _fold(actor1))


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


@dataclass(frozen=True, slots=True)
class PreparedEvent:
    """One event's row (without ``document_id``) and what its write needs besides."""

    row: dict[str, Any]
    review_key: tuple[Any, ...]
    #: The event's search index body, or ``None`` if it was not computed.
    search_body: str | None
    #: (name, inter) of actor1 and actor2 where named, then the associated actors.
    actors: tuple[tuple[str, int | None], ...]
    assoc: tuple[str, ...]
    #: The ``places`` row of the event's place, or ``None``.
    place: dict[str, Any] | None


@dataclass(frozen=True, slots=True)
class PreparedExtraction:
    """A document and its extraction as the values of their rows."""

    doc_id: str
    content_hash: str
    title: str | None
    url: str | None
    source: str | None
    lang: str | None
    published: dt.date | None
    text: str
    pipeline: str | None
    #: ``result.lang`` and ``result.published``: they fill the document row's gaps.
    result_lang: str | None
    result_published: dt.date | None
    events: tuple[PreparedEvent, ...]
    claims: tuple[dict[str, Any], ...]
    mentions: str
    mention_count: int
    #: The document's search index body (with this title), or ``None`` if not computed.
    search_body: str | None

    @property
    def stored_lang(self) -> str | None:
        """The language a new document row gets."""
        return self.result_lang or self.lang

    @property
    def stored_published(self) -> dt.date | None:
        """The publication date a new document row gets."""
        return self.published if self.published is not None else self.result_published

    def document_search_body(self, title: str | None) -> str:
        """The search body of this text under ``title`` (the stored title wins on re-extraction)."""
        if self.search_body is not None and title == self.title:
            return self.search_body
        return searchable(title, self.text)


_TEXT_ORDER = itemgetter(2, 3)


def mentions_json(mentions: tuple[Mention, ...]) -> str:
    """A document's mentions as one JSON list of [label, key, start, end, rule], in text
    order (start, end, then the pipeline's order), the order ``Store.mentions`` returns."""
    rows = [[m.label, m.key, m.span.start, m.span.end, m.rule] for m in mentions]
    for label, key, start, end, _ in rows:
        if label is None or key is None:
            # The columns these values used to live in were NOT NULL: keep refusing them.
            raise StoreError(f"a mention at {start}-{end} has no label or key")
    rows.sort(key=_TEXT_ORDER)  # stable: ties keep the pipeline's order (already sorted: cheap)
    return json.dumps(rows, ensure_ascii=False, separators=(",", ":"))


def mentions_from_json(data: str | None) -> list[dict[str, Any]]:
    """The stored mentions of one document as ``Store.mentions`` returns them."""
    if not data:
        return []
    return [{"label": label, "key": key, "start": start, "end": end, "rule": rule}
            for label, key, start, end, rule in json.loads(data)]


def _prepare_event(seq: int, ev: Any, text: str, search: bool) -> PreparedEvent:
    data = event_to_json(ev, text)
    row = {f: data[f] for f in EVENT_FIELDS}
    row.update(seq=seq, status="machine", date=ev.date, week=week_of(ev.date), data=_dumps(data))
    refs = tuple((ref.name, ref.inter) for ref in (ev.actor1, ev.actor2) if ref is not None and ref.name)
    place = ev.place
    place_row = None
    if place is not None and place.place_id:
        place_row = {
            "place_id": place.place_id, "name_en": place.name_en or None, "name_ar": place.name_ar or None,
            "kind": place.kind or None, "country": place.country, "admin1": place.admin1,
            "admin2": place.admin2, "admin3": place.admin3, "pcode": place.pcode,
            "latitude": place.latitude, "longitude": place.longitude,
        }
    return PreparedEvent(
        row=row,
        review_key=review_key(data["event_type"], ev.date, data["admin1"], data["actor1"]),
        search_body=event_body(row) if search else None,
        actors=refs,
        assoc=(*ev.assoc_actor_1, *ev.assoc_actor_2),
        place=place_row,
    )


def prepare_extraction(doc: Document, result: ExtractionResult, *, search: bool = True) -> PreparedExtraction:
    """The row values of ``doc`` and its extraction ``result``.

    ``search`` also computes the full-text index bodies (only SQLite stores keep that
    index; the writer computes them itself when they are missing). Raises
    ``StoreError`` if ``result`` is for another document or a mention lacks a label or key.
    """
    if result.doc_id != doc.doc_id:
        raise StoreError(f"extraction result is for {result.doc_id!r} but the document is {doc.doc_id!r}")
    text = doc.text
    claims = []
    for seq, claim in enumerate(result.claims):
        data = claim_to_json(claim, text)
        claims.append({
            "seq": seq, "metric": claim.metric, "value": float(claim.value), "period": claim.period,
            "area": claim.area, "attribution": claim.attribution, "evidence": data["evidence"],
            "data": _dumps(data),
        })
    return PreparedExtraction(
        doc_id=doc.doc_id, content_hash=doc.content_hash, title=doc.title, url=doc.url, source=doc.source,
        lang=doc.lang, published=doc.published, text=text, pipeline=result.pipeline or None,
        result_lang=result.lang, result_published=result.published,
        events=tuple(_prepare_event(seq, ev, text, search) for seq, ev in enumerate(result.events)),
        claims=tuple(claims),
        mentions=mentions_json(doc.mentions),
        mention_count=len(doc.mentions),
        search_body=searchable(doc.title, text) if search else None,
    )
