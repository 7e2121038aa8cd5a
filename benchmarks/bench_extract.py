"""Extraction speed and peak memory, next to spaCy's blank Arabic tokenizer on the same texts.

    python benchmarks/bench_extract.py [--data ../shared/data/news/almayadeen/almayadeen_incident_keyword_subset.jsonl]
                                       [--limit N]

Each measurement runs in its own subprocess so peak RSS belongs to that job alone.
Loading (gazetteer, actor catalogue, matchers) is timed apart from extraction.
Prints one table and a line ``BENCH {...}`` with every figure as JSON.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

DEFAULT_DATA = Path(__file__).resolve().parents[1].parent / "shared/data/news/almayadeen/almayadeen_incident_keyword_subset.jsonl"


def load_texts(path: Path, limit: int | None) -> list[dict]:
    records = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                records.append(json.loads(line))
            if limit and len(records) >= limit:
                break
    return records


def job_rasid(records: list[dict]) -> dict:
    import datetime as dt

    from rasid.model import Document
    from rasid.pipeline import Pipeline

    start = time.perf_counter()
    pipeline = Pipeline()
    pipeline.resources.warm()
    load_s = time.perf_counter() - start
    start = time.perf_counter()
    events = 0
    for i, rec in enumerate(records):
        published = (rec.get("published_time") or "")[:10]
        doc = Document(doc_id=str(i), text=rec.get("full_text") or "",
                       published=dt.date.fromisoformat(published) if published else None)
        if doc.text.strip():
            events += len(pipeline(doc).events)
    seconds = time.perf_counter() - start
    return {"load_s": load_s, "seconds": seconds, "events": events,
            "lookup_seconds": _lookup_seconds(pipeline, records)}


def _lookup_seconds(pipeline, records: list[dict]) -> float:
    """Time of the place and actor lookups alone (gazetteer and catalogue matching) on the same texts."""
    from rasid.text.normalize import normalize

    gazetteer, actors = pipeline.resources.gazetteer, pipeline.resources.actors
    total = 0.0
    for rec in records:
        norm = normalize(rec.get("full_text") or "")
        start = time.perf_counter()
        gazetteer.find(norm)
        actors.find(norm)
        total += time.perf_counter() - start
    return total


def job_spacy(records: list[dict]) -> dict:
    import spacy

    start = time.perf_counter()
    nlp = spacy.blank("ar")
    load_s = time.perf_counter() - start
    start = time.perf_counter()
    tokens = 0
    for rec in records:
        tokens += len(nlp.make_doc(rec.get("full_text") or ""))
    return {"load_s": load_s, "seconds": time.perf_counter() - start, "tokens": tokens}


def run_child(job: str, data: Path, limit: int | None) -> dict:
    records = load_texts(data, limit)
    result = {"rasid": job_rasid, "spacy": job_spacy}[job](records)
    result["docs"] = len(records)
    result["chars"] = sum(len(r.get("full_text") or "") for r in records)
    result["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--child", choices=["rasid", "spacy"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(run_child(args.child, args.data, args.limit)))
        return 0
    if not args.data.exists():
        print(f"data not found: {args.data}", file=sys.stderr)
        return 2
    results = {}
    for job in ("rasid", "spacy"):
        cmd = [sys.executable, __file__, "--child", job, "--data", str(args.data)]
        if args.limit:
            cmd += ["--limit", str(args.limit)]
        out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
        results[job] = json.loads(out.strip().splitlines()[-1])
    r, s = results["rasid"], results["spacy"]
    figures = {
        "docs": r["docs"],
        "rasid_docs_per_s": round(r["docs"] / r["seconds"], 1),
        "rasid_load_s": round(r["load_s"], 2),
        "rasid_peak_rss_mb": round(r["peak_rss_mb"], 1),
        "rasid_events": r["events"],
        "place_actor_lookup_share": round(r["lookup_seconds"] / r["seconds"], 3),
        "spacy_blank_ar_docs_per_s": round(s["docs"] / s["seconds"], 1),
        "spacy_peak_rss_mb": round(s["peak_rss_mb"], 1),
        "slowdown_vs_spacy_tokenizer": round(s["docs"] / s["seconds"] / (r["docs"] / r["seconds"]), 2),
    }
    for name, value in figures.items():
        print(f"{name:<30} {value}")
    print("BENCH " + json.dumps(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
