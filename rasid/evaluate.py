"""Error analysis: predicted events and claims set against a hand-coded gold file.

Owns ``compare`` (pair each document's predicted events with its gold events and count
what was found, missed and spurious, and which fields agree), ``read_records`` and
``format_report``. Both files are JSON Lines in the output format of ``rasid extract``
(one record per document: ``doc_id``, ``events``, ``claims``).

The pairing follows the usual event-coding practice: two events can be the same
incident only if their event type agrees and, where the gold names a governorate, they
are in the same one; among such pairs the one agreeing on the most fields is taken first.
Gold events marked ``optional`` are neither missed when absent nor spurious when found.
This module is for looking at errors; the published scores come from the evaluation
set's own scorer.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rasid.errors import InputError

Record = dict[str, Any]
EventJson = dict[str, Any]


def _key(text: Any) -> str:
    """Letters and digits only, lower case, accents dropped: "Deir ez-Zor" ~ "Deir-ez-Zor"."""
    folded = unicodedata.normalize("NFKD", str(text or ""))
    return re.sub(r"[^0-9a-z\u0621-\u064a]", "", folded.lower())


def _same(a: Any, b: Any) -> bool:
    return _key(a) == _key(b)


def _place_words(event: EventJson) -> set[str]:
    return {w for w in re.split(r"\W+", str(event.get("location_text") or "")) if len(w) > 2}


def _same_place(pred: EventJson, gold: EventJson) -> bool:
    if _same(pred.get("location_en"), gold.get("location_en")) and gold.get("location_en"):
        return True
    return bool(_place_words(pred) & _place_words(gold)) or (
        bool(gold.get("admin2")) and _same(pred.get("admin2"), gold.get("admin2")))


FIELDS: dict[str, Callable[[EventJson, EventJson], bool]] = {
    "sub_event_type": lambda p, g: p.get("sub_event_type") == g.get("sub_event_type"),
    "actor1": lambda p, g: _same(p.get("actor1"), g.get("actor1")),
    "actor2": lambda p, g: _same(p.get("actor2"), g.get("actor2")),
    "location": _same_place,
    "geo_precision": lambda p, g: p.get("geo_precision") == g.get("geo_precision"),
    "date": lambda p, g: p.get("date") == g.get("date"),
    "fatalities": lambda p, g: (p.get("fatalities") or 0) == (g.get("fatalities") or 0),
}
_ONLY_WHERE_GOLD_SAYS = frozenset({"date", "fatalities"})


@dataclass
class DocumentErrors:
    doc_id: str
    missed: list[EventJson] = field(default_factory=list)
    spurious: list[EventJson] = field(default_factory=list)
    disagreements: list[tuple[EventJson, EventJson, list[str]]] = field(default_factory=list)


@dataclass
class Report:
    found: int = 0
    missed: int = 0
    spurious: int = 0
    claims_found: int = 0
    claims_missed: int = 0
    claims_spurious: int = 0
    field_agreement: dict[str, list[int]] = field(default_factory=lambda: {name: [0, 0] for name in FIELDS})
    documents: list[DocumentErrors] = field(default_factory=list)

    @staticmethod
    def _f1(found: int, missed: int, spurious: int) -> dict[str, float]:
        precision = found / (found + spurious) if found + spurious else 0.0
        recall = found / (found + missed) if found + missed else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}

    def summary(self) -> dict[str, Any]:
        return {
            "events": {**self._f1(self.found, self.missed, self.spurious),
                       "found": self.found, "missed": self.missed, "spurious": self.spurious},
            "claims": {**self._f1(self.claims_found, self.claims_missed, self.claims_spurious),
                       "found": self.claims_found, "missed": self.claims_missed, "spurious": self.claims_spurious},
            "fields": {name: round(hit / total, 4) if total else None
                       for name, (hit, total) in self.field_agreement.items()},
        }


def read_records(path: Path) -> dict[str, Record]:
    """Records by doc_id from a JSON Lines file; a malformed line is an ``InputError`` naming it."""
    records: dict[str, Record] = {}
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(f"{path}: cannot read ({error})") from error
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            raise InputError(f"{path}:{number}: not JSON ({error.msg})") from error
        if not isinstance(record, dict) or "doc_id" not in record:
            raise InputError(f"{path}:{number}: a record needs a doc_id")
        records[str(record["doc_id"])] = record
    return records


def _could_be_same(pred: EventJson, gold: EventJson) -> bool:
    if pred.get("event_type") != gold.get("event_type"):
        return False
    return not gold.get("admin1") or _same(pred.get("admin1"), gold.get("admin1"))


def _agreement(pred: EventJson, gold: EventJson) -> int:
    return sum(same(pred, gold) for same in FIELDS.values())


def pair_events(preds: list[EventJson], golds: list[EventJson]) -> tuple[
        list[tuple[EventJson, EventJson]], list[EventJson], list[EventJson]]:
    """Greedy one-to-one pairs, most agreeing first; returns (pairs, unpaired preds, unpaired golds)."""
    options = sorted(((_agreement(p, g), i, j) for i, p in enumerate(preds) for j, g in enumerate(golds)
                      if _could_be_same(p, g)), key=lambda t: (-t[0], t[1], t[2]))
    used_p: set[int] = set()
    used_g: set[int] = set()
    pairs = []
    for _, i, j in options:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            pairs.append((preds[i], golds[j]))
    return (pairs, [p for i, p in enumerate(preds) if i not in used_p],
            [g for j, g in enumerate(golds) if j not in used_g])


def _claim_keys(claims: Iterable[dict[str, Any]]) -> list[tuple[Any, float | None]]:
    keys = []
    for claim in claims:
        try:
            value = float(claim.get("value"))
        except (TypeError, ValueError):
            value = None
        keys.append((claim.get("metric"), value))
    return keys


def compare(gold: dict[str, Record], pred: dict[str, Record]) -> Report:
    """Count found, missed and spurious events and claims per document, and field agreement."""
    report = Report()
    for doc_id, gold_record in gold.items():
        pred_record = pred.get(doc_id, {})
        golds = [e for e in gold_record.get("events", []) if not e.get("optional")]
        optional = [e for e in gold_record.get("events", []) if e.get("optional")]
        pairs, spurious, missed = pair_events(list(pred_record.get("events", [])), golds)
        _, spurious, _ = pair_events(spurious, optional)
        errors = DocumentErrors(doc_id, missed=missed, spurious=spurious)
        for p, g in pairs:
            wrong = []
            for name, same in FIELDS.items():
                if name in _ONLY_WHERE_GOLD_SAYS and g.get(name) is None:
                    continue
                agreement = report.field_agreement[name]
                agreement[1] += 1
                if same(p, g):
                    agreement[0] += 1
                else:
                    wrong.append(name)
            if wrong:
                errors.disagreements.append((p, g, wrong))
        report.found += len(pairs)
        report.missed += len(missed)
        report.spurious += len(spurious)
        gold_claims = _claim_keys(gold_record.get("claims", []))
        pred_claims = _claim_keys(pred_record.get("claims", []))
        hits = sum(min(gold_claims.count(k), pred_claims.count(k)) for k in set(gold_claims))
        report.claims_found += hits
        report.claims_missed += len(gold_claims) - hits
        report.claims_spurious += len(pred_claims) - hits
        if errors.missed or errors.spurious or errors.disagreements:
            report.documents.append(errors)
    return report


def _line(event: EventJson) -> str:
    return " / ".join(str(event.get(k) or "-") for k in ("sub_event_type", "admin1", "location_text", "actor1",
                                                         "actor2", "date", "fatalities"))


def format_report(report: Report, fields: bool = True) -> str:
    """The report as text: a summary, then per document the missed, spurious and disagreeing events."""
    summary = report.summary()
    ev, cl = summary["events"], summary["claims"]
    out = [(f"events: P {ev['precision']:.3f}  R {ev['recall']:.3f}  F1 {ev['f1']:.3f}  "
            f"({ev['found']} found, {ev['missed']} missed, {ev['spurious']} spurious)"),
           f"claims: P {cl['precision']:.3f}  R {cl['recall']:.3f}  F1 {cl['f1']:.3f}",
           "fields: " + "  ".join(f"{k} {v:.3f}" for k, v in summary["fields"].items() if v is not None)]
    for doc in report.documents:
        out.append(f"--- {doc.doc_id}")
        out += [f"  missed    {_line(e)}" for e in doc.missed]
        out += [f"  spurious  {_line(e)}" for e in doc.spurious]
        if fields:
            for p, g, wrong in doc.disagreements:
                out.append(f"  differs   {', '.join(wrong)}")
                out.append(f"     gold   {_line(g)}")
                out.append(f"     ours   {_line(p)}")
    return "\n".join(out) + "\n"
