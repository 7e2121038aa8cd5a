"""Latency of the analyst API over a large database: /api/events (filtered, paginated)
and /api/stats.

    python benchmarks/bench_api.py [--events 100000] [--requests 300] [--db PATH]

Fills an SQLite file with synthetic events (bulk inserts through the store's own
tables, actors and search index included; texts drawn from a 5,000-word vocabulary
with Zipf frequencies, see ``vocabulary``), starts the real server (uvicorn on a
loopback port) and times requests with one keep-alive HTTP client, the way the web UI
calls them.
Prints p50/p95 per endpoint and a line ``BENCH {...}`` with every figure as JSON.
Nothing here is asserted; the target is p95 < 200 ms on a 2-core machine.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx
import sqlalchemy as sa

from rasid.api.background import BackgroundServer
from rasid.api.users import add_user, new_api_token
from rasid.model import EVENT_TYPES, SUB_EVENT_TYPES
from rasid.store import Store
from rasid.store.schema import actors, documents, events
from rasid.store.search import index_documents, index_events
from rasid.store.weeks import week_of

# Governorates with a rough centre, so synthetic events land in Syria.
GOVERNORATES = {
    "Aleppo": (36.2, 37.2), "Idlib": (35.8, 36.6), "Deir ez-Zor": (35.3, 40.1), "Raqqa": (35.9, 39.0),
    "Hama": (35.1, 36.8), "Homs": (34.7, 37.5), "Daraa": (32.7, 36.1), "Al-Hasakeh": (36.5, 40.7),
    "Damascus": (33.5, 36.3), "Rural Damascus": (33.6, 36.6), "Lattakia": (35.6, 35.9), "Quneitra": (33.1, 35.8),
    "As-Sweida": (32.7, 36.6), "Tartous": (34.9, 35.9),
}
ACTORS = ["Military Forces of Syria (2024-)", "SDF: Syrian Democratic Forces", "Hay'at Tahrir al-Sham",
          "Military Forces of Turkey", "Military Forces of Russia", "Unidentified Armed Group (Syria)",
          "Civilians (Syria)", "Protesters (Syria)", "Islamic State (Syria)"]
# Conflict-news words, Arabic and English; the searches below ask for some of them.
DOMAIN_WORDS = ["قصف", "اشتباكات", "مدينة", "ريف", "قوات", "shelling", "clashes", "village", "drone", "strike",
                "civilians", "fighters", "checkpoint", "market", "المرصد", "مقتل", "غارة", "طائرة", "مسيرة", "الجيش",
                "الفصائل", "حاجز", "انفجار", "عبوة", "ناسفة", "مدنيين", "جرحى", "artillery", "airstrike", "killed",
                "wounded", "explosion", "militants", "army", "police", "protest", "border", "raid", "ambush", "mortar"]
VOCABULARY_SIZE = 5000
ZIPF_EXPONENT = 1.0
START = dt.date(2023, 1, 1)
DAYS = 730
EVENTS_PER_DOCUMENT = 10
BATCH = 5000


def vocabulary(rng: random.Random) -> tuple[list[str], list[float]]:
    """Words and their Zipf weights, like the word frequencies of real text.

    A few thousand made-up words fill the vocabulary; the conflict words sit at ranks
    30 to 1,500, so one of them is in roughly 1-20% of the texts, as a search term is in
    a real news archive (with a handful of words, every search matched nearly every row).
    """
    syllables = [c + v for c in "bdfghklmnrstz" for v in "aeiou"]
    filler = sorted({"".join(rng.choices(syllables, k=3)) for _ in range(VOCABULARY_SIZE * 2)})
    rng.shuffle(filler)
    words = filler[:VOCABULARY_SIZE - len(DOMAIN_WORDS)]
    ranks = sorted(rng.sample(range(30, 1500), len(DOMAIN_WORDS)))
    for rank, word in zip(ranks, rng.sample(DOMAIN_WORDS, len(DOMAIN_WORDS)), strict=True):
        words.insert(rank, word)
    weights = [1 / (rank + 1) ** ZIPF_EXPONENT for rank in range(len(words))]
    return words, weights


def _synthetic_event(rng: random.Random, document_id: int, seq: int,
                     words: tuple[list[str], list[float]]) -> dict[str, Any]:
    sub_event_type = rng.choice([s for subs in SUB_EVENT_TYPES.values() for s in subs])
    event_type = next(t for t, subs in SUB_EVENT_TYPES.items() if sub_event_type in subs)
    admin1 = rng.choice(list(GOVERNORATES))
    lat, lon = GOVERNORATES[admin1]
    return {
        "document_id": document_id, "seq": seq, "status": rng.choice(["machine"] * 8 + ["confirmed", "edited"]),
        "event_type": event_type, "sub_event_type": sub_event_type, "actor1": rng.choice(ACTORS),
        "actor2": rng.choice(ACTORS + [None]), "admin1": admin1, "admin2": f"{admin1} district {rng.randint(1, 6)}",
        "location_en": f"Place {rng.randint(1, 3000)}", "latitude": lat + rng.uniform(-0.4, 0.4),
        "longitude": lon + rng.uniform(-0.4, 0.4), "geo_precision": rng.randint(1, 3),
        "date": (date := START + dt.timedelta(days=rng.randrange(DAYS))), "week": week_of(date), "time_precision": 1,
        "fatalities": rng.choice([None, 0, 0, 1, 2, 3, 5, 12]), "country": "Syria", "confidence": 0.7,
        "evidence": " ".join(rng.choices(words[0], weights=words[1], k=8)), "data": json.dumps({"evidence_spans": {}}),
    }


def fill(path: Path, n_events: int, seed: int = 7) -> float:
    """Create the database and insert ``n_events`` synthetic events; return seconds taken."""
    started = time.perf_counter()
    Store.open(path).close()  # schema and migrations
    rng = random.Random(seed)
    engine = sa.create_engine(sa.URL.create("sqlite", database=str(path)))
    n_documents = max(1, n_events // EVENTS_PER_DOCUMENT)
    now = dt.datetime(2025, 1, 1)
    words = vocabulary(rng)
    with engine.begin() as conn:
        conn.exec_driver_sql("PRAGMA synchronous = OFF")
        doc_rows = [{"doc_id": f"synthetic-{i}", "content_hash": f"{i:064x}", "title": f"Report {i}",
                     "lang": rng.choice(["ar", "en"]), "published": START + dt.timedelta(days=rng.randrange(DAYS)),
                     "text": " ".join(rng.choices(words[0], weights=words[1], k=60)), "ingested_at": now}
                    for i in range(n_documents)]
        conn.execute(sa.insert(documents), doc_rows)
        # Store.save_extraction records every actor an event names; so does this fill.
        conn.execute(sa.insert(actors), [{"name": name} for name in ACTORS])
        first_doc = conn.execute(sa.select(sa.func.min(documents.c.id))).scalar_one()
        for start in range(0, n_events, BATCH):
            rows = [_synthetic_event(rng, first_doc + i // EVENTS_PER_DOCUMENT, i % EVENTS_PER_DOCUMENT, words)
                    for i in range(start, min(n_events, start + BATCH))]
            conn.execute(sa.insert(events), rows)
        index_events(conn, [r.id for r in conn.execute(sa.select(events.c.id))])
        index_documents(conn, [r.id for r in conn.execute(sa.select(documents.c.id))])
        conn.exec_driver_sql("ANALYZE")
    engine.dispose()
    return time.perf_counter() - started


def _events_params(rng: random.Random) -> dict[str, Any]:
    """A filter the UI would send: a type, a governorate, a date range, a box or a search, paged."""
    first = START + dt.timedelta(days=rng.randrange(DAYS - 90))
    choices = [
        {"event_type": rng.choice(EVENT_TYPES)},
        {"admin1": rng.choice(list(GOVERNORATES))},
        {"date_from": first.isoformat(), "date_to": (first + dt.timedelta(days=60)).isoformat()},
        {"event_type": rng.choice(EVENT_TYPES), "date_from": first.isoformat()},
        {"bbox": "36.0,35.5,37.5,36.9"},
        {"q": rng.choice(["قصف", "shelling", "drone strike", "المرصد"])},
        {"actor": rng.choice(["SDF", "Turkey", "Tahrir"])},
        {},
    ]
    params = dict(rng.choice(choices))
    params.update(limit=50, offset=rng.choice([0, 0, 50, 500]), sort=rng.choice(["date", "date", "fatalities"]))
    return params


def _stats_params(rng: random.Random) -> dict[str, Any]:
    first = START + dt.timedelta(days=rng.randrange(DAYS - 180))
    return rng.choice([{}, {"event_type": rng.choice(EVENT_TYPES)}, {"admin1": rng.choice(list(GOVERNORATES))},
                       {"date_from": first.isoformat(), "date_to": (first + dt.timedelta(days=180)).isoformat()}])


def _percentiles(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    cut = statistics.quantiles(ordered, n=100)
    return {"p50_ms": round(cut[49] * 1000, 1), "p95_ms": round(cut[94] * 1000, 1),
            "max_ms": round(ordered[-1] * 1000, 1), "n": len(ordered)}


def time_requests(url: str, token: str, n_requests: int, seed: int = 11) -> dict[str, dict[str, float]]:
    rng = random.Random(seed)
    results: dict[str, list[float]] = {"/api/events": [], "/api/stats": []}
    with httpx.Client(base_url=url, headers={"Authorization": f"Bearer {token}"}, timeout=60) as client:
        for path, make in (("/api/events", _events_params), ("/api/stats", _stats_params)):
            for _ in range(5):  # warm the connection and SQLite's page cache
                client.get(path, params=make(rng)).raise_for_status()
            for _ in range(n_requests):
                params = make(rng)
                started = time.perf_counter()
                client.get(path, params=params).raise_for_status()
                results[path].append(time.perf_counter() - started)
    return {path: _percentiles(samples) for path, samples in results.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=300, help="timed requests per endpoint")
    parser.add_argument("--db", type=Path, help="where to build the database (default: a temporary folder)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = args.db or Path(folder) / "bench.db"
        if path.exists():
            raise SystemExit(f"{path} exists; give a new path")
        fill_seconds = fill(path, args.events)
        with Store.open(path) as store:
            add_user(store, "bench", "benchmark password", "viewer")
            token = new_api_token(store, "bench", "benchmark")
            with BackgroundServer(store) as server:
                figures = time_requests(server.url, token, args.requests)
    print(f"filled {args.events} events in {fill_seconds:.1f} s")
    print(f"{'endpoint':<14}{'p50 ms':>9}{'p95 ms':>9}{'max ms':>9}{'n':>6}")
    for endpoint, row in figures.items():
        print(f"{endpoint:<14}{row['p50_ms']:>9}{row['p95_ms']:>9}{row['max_ms']:>9}{row['n']:>6}")
    print("BENCH " + json.dumps({"events": args.events, "fill_seconds": round(fill_seconds, 1), **figures}))


if __name__ == "__main__":
    main()
