"""End-to-end ingest speed: read -> extract -> deduplicate -> store, by backend and worker count.

    python benchmarks/bench_ingest.py [--data ../shared/data/news/almayadeen/almayadeen_incident_keyword_subset.jsonl]
                                      [--limit N] [--pg postgresql://user:pw@127.0.0.1/postgres]
                                      [--only sqlite-1,sqlite-2,dask-2,pg-1,pg-2,extract]

Each configuration runs in its own subprocess on a fresh database (an SQLite file in a
temporary folder; a new PostgreSQL database, dropped afterwards), so its timing and its
peak memory belong to it alone. Peak memory is the largest sum of RSS over the job's
process and its children (workers), sampled every 50 ms with psutil.

Figures: articles/s (input records / wall time of ``run_batch``, worker start-up
included), scaling efficiency (rate with 2 workers / (2 x rate with 1)), the store's
write rate (documents stored / seconds spent in write transactions), the CPU time of
the job's own process per article (with workers, that is the reading, the one writer
and the hand-over; it is what caps a run on a machine with as many cores as workers,
and unlike wall time it hardly depends on what else the machine runs), the 1-minute
load average at the end of the run, and extraction alone in one process for reference. ``--pg`` defaults to ``RASID_TEST_PG_URL``.
Prints one table and a line ``BENCH {...}`` with every figure as JSON.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

DEFAULT_DATA = (Path(__file__).resolve().parents[1].parent
                / "shared/data/news/almayadeen/almayadeen_incident_keyword_subset.jsonl")
CONFIGS = ("extract", "sqlite-1", "sqlite-2", "dask-2", "pg-1", "pg-2")


def _limited(data: Path, limit: int | None, folder: Path) -> Path:
    if not limit:
        return data
    out = folder / "input.jsonl"
    with open(data, encoding="utf-8") as src, open(out, "w", encoding="utf-8") as dst:
        for n, line in enumerate(src):
            if n >= limit:
                break
            dst.write(line)
    return out


# --- jobs (run in a subprocess) ---------------------------------------------------------


def job_extract(data: Path) -> dict[str, Any]:
    from rasid.ingest.files import read_path
    from rasid.pipeline import Pipeline

    pipeline = Pipeline()
    pipeline.resources.warm()
    items = list(read_path(data))
    start, cpu = time.perf_counter(), time.process_time()
    for item in items:
        if hasattr(item, "text"):
            pipeline(item)
    seconds = time.perf_counter() - start
    return {"items": len(items), "seconds": seconds, "main_cpu_seconds": time.process_time() - cpu,
            "load": os.getloadavg()[0]}


def job_ingest(data: Path, db: str, workers: int, dask: bool) -> dict[str, Any]:
    from rasid.ingest.batch import BatchOptions
    from rasid.ingest.jobs import ingest
    from rasid.pipeline import Pipeline
    from rasid.store import Store

    cluster = client = None
    options = BatchOptions(workers=workers)
    if dask:
        import distributed

        cluster = distributed.LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                           dashboard_address=None)
        client = distributed.Client(cluster)
        options = BatchOptions(dask=client)
    try:
        with Store.open(db) as store:
            cpu = time.process_time()
            report = ingest([data], store, Pipeline(), options)
            cpu = time.process_time() - cpu
            again = ingest([data], store, Pipeline(), BatchOptions(workers=workers, resume=False)
                           if not dask else BatchOptions(dask=client, resume=False))
            counts = store.counts()
    finally:
        if client is not None:
            client.close()
        if cluster is not None:
            cluster.close()
    return {"items": report.items, "seconds": report.seconds, "write_seconds": report.write_seconds,
            "main_cpu_seconds": cpu, "load": os.getloadavg()[0],
            "added": report.added, "duplicates": report.duplicates, "unchanged": report.unchanged,
            "errors": len(report.errors), "events": report.events,
            "reingest_added": again.added, "reingest_unchanged": again.unchanged,
            "documents": counts["documents"], "stored_events": counts["events"]}


# --- the parent: run each job, watch its memory -------------------------------------------


def _run(args: list[str]) -> dict[str, Any]:
    import psutil

    process = subprocess.Popen([sys.executable, __file__, *args], stdout=subprocess.PIPE, text=True)
    watched = psutil.Process(process.pid)
    peak = 0
    while process.poll() is None:
        try:
            tree = [watched, *watched.children(recursive=True)]
            peak = max(peak, sum(p.memory_info().rss for p in tree if p.is_running()))
        except psutil.Error:
            pass
        time.sleep(0.05)
    out, _ = process.communicate()
    if process.returncode != 0:
        raise SystemExit(f"job {args} failed with exit code {process.returncode}")
    result = json.loads(out.strip().splitlines()[-1])
    result["peak_rss_mb"] = round(peak / 2**20)
    return result


def _pg_database(admin_url: str) -> tuple[str, Any]:
    import sqlalchemy as sa

    name = f"rasid_bench_{uuid.uuid4().hex[:8]}"
    url = sa.make_url(admin_url).set(drivername="postgresql+psycopg")
    engine = sa.create_engine(url, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')

    def drop() -> None:
        # (an autovacuum worker of the server's own role may be in the new database; FORCE cannot
        # end it without superuser rights, and it leaves within seconds)
        for attempt in range(10):
            try:
                with engine.connect() as conn:
                    conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
                break
            except sa.exc.DBAPIError:
                if attempt == 9:
                    raise
                time.sleep(1)
        engine.dispose()

    return url.set(database=name).render_as_string(hide_password=False), drop


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--pg", default=os.environ.get("RASID_TEST_PG_URL"))
    parser.add_argument("--only", default=",".join(CONFIGS))
    parser.add_argument("--job", help=argparse.SUPPRESS)
    parser.add_argument("--db", help=argparse.SUPPRESS)
    parser.add_argument("--workers", type=int, default=1, help=argparse.SUPPRESS)
    parser.add_argument("--dask", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.job == "extract":
        print(json.dumps(job_extract(args.data)))
        return
    if args.job == "ingest":
        print(json.dumps(job_ingest(args.data, args.db, args.workers, args.dask)))
        return

    wanted = [c for c in args.only.split(",") if c]
    results: dict[str, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        data = _limited(args.data, args.limit, Path(tmp))
        for config in wanted:
            if config == "extract":
                results[config] = _run(["--job", "extract", "--data", str(data)])
            elif config.startswith(("sqlite", "dask")):
                workers = int(config.split("-")[1])
                db = str(Path(tmp) / f"{config}.db")
                results[config] = _run(["--job", "ingest", "--data", str(data), "--db", db,
                                        "--workers", str(workers), *(["--dask"] if config.startswith("dask") else [])])
            elif config.startswith("pg"):
                if not args.pg:
                    print(f"skipping {config}: no --pg URL and RASID_TEST_PG_URL is unset", file=sys.stderr)
                    continue
                url, drop = _pg_database(args.pg)
                try:
                    results[config] = _run(["--job", "ingest", "--data", str(data), "--db", url,
                                            "--workers", config.split("-")[1]])
                finally:
                    drop()
            print(f"{config}: {results.get(config)}", file=sys.stderr)
    _print(results)


def _print(results: dict[str, dict[str, Any]]) -> None:
    for result in results.values():
        result["rate"] = round(result["items"] / result["seconds"], 1)
        if "write_seconds" in result and result["write_seconds"]:
            stored = result["added"] + result["duplicates"]
            result["write_rate"] = round(stored / result["write_seconds"], 1)
    for base, pair in (("sqlite-1", "sqlite-2"), ("sqlite-1", "dask-2"), ("pg-1", "pg-2")):
        if base in results and pair in results:
            results[pair]["speedup"] = round(results[pair]["rate"] / results[base]["rate"], 2)
            results[pair]["efficiency"] = round(results[pair]["speedup"] / 2, 2)
    print("| config | articles | s | articles/s | per worker | x vs 1 | efficiency | write docs/s "
          "| main CPU ms/article | load | peak RSS MB |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for name, r in results.items():
        workers = int(name.split("-")[1]) if "-" in name else 1
        main_cpu = 1000 * r["main_cpu_seconds"] / r["items"]
        print(f"| {name} | {r['items']} | {r['seconds']:.1f} | {r['rate']:.0f} | {r['rate'] / workers:.0f} | "
              f"{r.get('speedup', '')} | {r.get('efficiency', '')} | {r.get('write_rate', '')} | {main_cpu:.1f} | "
              f"{r['load']:.1f} | {r['peak_rss_mb']} |")
    print("BENCH " + json.dumps(results))


if __name__ == "__main__":
    main()
