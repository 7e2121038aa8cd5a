"""Cross-source event merging: one incident told by several sources becomes one event.

Owns: ``MergeRules``, ``same_incident``, ``merge_events`` (group stored machine events;
reversible) and ``merged_events`` (the store's events with each group shown as one
event listing every source).

Two machine events from different documents are one incident when their dates are at
most ``max_days`` apart, they are at the same place (gazetteer id) or in the same
district (admin2), their types are compatible (the same event type, or a pair ACLED
coders often split: battle and shelling, protest and riot) and their actors do not
contradict (when both name actors, they share one). A group holds events that all
match each other.

Merging never edits an event: a group (``Store.create_event_group``) points at its
members and keeps a snapshot of each. Reviewed events are never merged, and a group
whose member is later reviewed or replaced by re-extraction is dissolved. Undoing a
group (``Store.undo_event_group``) is final for that set: it is not merged again.

The merged event shows every source (ACLED's ``source``, joined by "; ") and the
lowest fatality count any source gives (ACLED's rule when reports differ); the member
ids and documents stay listed with it (``merged_from``, ``doc_ids``).
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from rasid.model import as_date
from rasid.store import EventFilter, Store

__all__ = ["MERGE_RULE", "MergeReport", "MergeRules", "merge_events", "merged_events", "same_incident"]

MERGE_RULE = "rasid.merge.v1"
_COMPATIBLE_TYPES = (
    frozenset({"Battles", "Explosions/Remote violence"}),
    frozenset({"Protests", "Riots"}),
)


@dataclass(frozen=True)
class MergeRules:
    max_days: int = 1
    compatible_types: tuple[frozenset[str], ...] = _COMPATIBLE_TYPES


@dataclass
class MergeReport:
    created: list[int] = field(default_factory=list)
    dissolved: list[int] = field(default_factory=list)
    kept: int = 0


def _fold(value: Any) -> str:
    return "".join(ch for ch in str(value or "").casefold() if ch.isalnum())


def _actors(event: Mapping[str, Any]) -> set[str]:
    return {_fold(event.get(k)) for k in ("actor1", "actor2") if event.get(k)}


def same_incident(a: Mapping[str, Any], b: Mapping[str, Any], rules: MergeRules = MergeRules()) -> bool:
    """Whether two events (store dicts) report one incident by the rules above."""
    if a.get("document_id", a.get("doc_id")) == b.get("document_id", b.get("doc_id")):
        return False
    da, db = as_date(a.get("date")), as_date(b.get("date"))
    if da is None or db is None or abs((da - db).days) > rules.max_days:
        return False
    same_place = bool(a.get("place_id")) and a.get("place_id") == b.get("place_id")
    same_district = bool(a.get("admin2")) and _fold(a.get("admin2")) == _fold(b.get("admin2"))
    if not (same_place or same_district):
        return False
    types = {a.get("event_type"), b.get("event_type")}
    if len(types) > 1 and frozenset(types) not in rules.compatible_types:
        return False
    actors_a, actors_b = _actors(a), _actors(b)
    return not (actors_a and actors_b and not actors_a & actors_b)


def merge_events(store: Store, date_from: dt.date | None = None, date_to: dt.date | None = None,
                 rules: MergeRules = MergeRules()) -> MergeReport:
    """Group the stored machine events that report one incident; safe to run again."""
    report = MergeReport()
    candidates = {row["id"]: row for row in store.merge_candidates(date_from, date_to)}
    groups: list[set[int]] = []
    for group in store.event_groups("active"):
        ids = {m["event_id"] for m in group["members"]}
        if None in ids or not ids <= set(candidates):
            if None in ids or _in_window(group, date_from, date_to):
                store.dissolve_event_group(group["id"], "a member was reviewed or re-extracted")
                report.dissolved.append(group["id"])
            continue
        groups.append(ids)
        report.kept += 1
    undone = {frozenset(m["event_id"] for m in g["members"] if m["event_id"] is not None)
              for g in store.event_groups("undone")}
    grouped = set().union(*groups) if groups else set()
    clusters: list[set[int]] = [set(g) for g in groups]
    for event_id in sorted(candidates, key=lambda i: (as_date(candidates[i]["date"]), i)):
        if event_id in grouped:
            continue
        home = next((c for c in clusters if _fits(event_id, c, candidates, undone, rules)), None)
        if home is None:
            clusters.append({event_id})
        else:
            home.add(event_id)
    existing = {frozenset(g): g for g in groups}
    active = {frozenset(m["event_id"] for m in g["members"]): g["id"] for g in store.event_groups("active")}
    for cluster in clusters:
        key = frozenset(cluster)
        if len(cluster) < 2 or key in existing:
            continue
        for old_ids, old_id in list(active.items()):
            if old_ids < key:  # the group grew: replace it by the larger one
                store.dissolve_event_group(old_id, "extended by a new report")
                report.dissolved.append(old_id)
                report.kept -= 1
                del active[old_ids]
        report.created.append(store.create_event_group(sorted(cluster), MERGE_RULE))
    return report


def _in_window(group: Mapping[str, Any], date_from: dt.date | None, date_to: dt.date | None) -> bool:
    dates = [as_date(m["snapshot"].get("date")) for m in group["members"]]
    return any(d is not None and (date_from is None or d >= date_from) and (date_to is None or d <= date_to)
               for d in dates)


def _fits(event_id: int, cluster: set[int], candidates: Mapping[int, Mapping[str, Any]],
          undone: set[frozenset[int]], rules: MergeRules) -> bool:
    if any(frozenset({event_id, other}) <= u for other in cluster for u in undone):
        return False
    docs = {candidates[i]["document_id"] for i in cluster}
    if candidates[event_id]["document_id"] in docs:
        return False
    return all(same_incident(candidates[event_id], candidates[other], rules) for other in cluster)


def merged_events(store: Store, filter: EventFilter | None = None) -> list[dict[str, Any]]:  # noqa: A002
    """``Store.events`` with each active group shown once (by default without events a
    reviewer rejected or merged by hand).

    Every event gets ``sources`` (its attribution, then the outlets that carried its
    document or a duplicate of it) and ``source`` (those joined by "; "). A group's
    event is its most confident member's, with every member's sources, the lowest
    fatality count reported, ``merged_from`` (member ids) and ``doc_ids``.
    """
    rows = store.events(filter or EventFilter(limit=10_000_000, exclude_statuses=("rejected", "merged")))
    by_id = {row["id"]: row for row in rows}
    group_of: dict[int, list[int]] = {}
    for group in store.event_groups("active"):
        ids = [m["event_id"] for m in group["members"] if m["event_id"] is not None]
        for event_id in ids:
            group_of[event_id] = ids
    missing = {i for ids in group_of.values() for i in ids if i not in by_id and any(j in by_id for j in ids)}
    for event_id in missing:
        extra = store.event(event_id)
        if extra is not None:
            by_id[event_id] = extra
    outlets = store.event_outlets(by_id)
    out: list[dict[str, Any]] = []
    shown: set[int] = set()
    for row in rows:
        if row["id"] in shown:
            continue
        members = [by_id[i] for i in group_of.get(row["id"], [row["id"]]) if i in by_id]
        shown.update(m["id"] for m in members)
        out.append(_merged(members, outlets))
    return out


def _merged(members: list[dict[str, Any]], outlets: Mapping[int, list[str]]) -> dict[str, Any]:
    lead = max(members, key=lambda m: (m.get("confidence") or 0.0, -m["id"]))
    sources = _unique(itertools.chain.from_iterable(
        [m.get("attribution"), *outlets.get(m["id"], [])] for m in sorted(members, key=lambda m: m["id"])))
    counts = [m["fatalities"] for m in members if m.get("fatalities") is not None]
    merged = dict(lead)
    merged["sources"] = sources
    merged["source"] = "; ".join(sources) or None
    merged["fatalities"] = min(counts) if counts else None
    if len(members) > 1:
        merged["merged_from"] = sorted(m["id"] for m in members)
        merged["doc_ids"] = _unique(m["doc_id"] for m in sorted(members, key=lambda m: m["id"]))
    return merged


def _unique(values: Iterable[Any]) -> list[str]:
    seen: list[str] = []
    for value in values:
        if value and value not in seen:
            seen.append(value)
    return seen
