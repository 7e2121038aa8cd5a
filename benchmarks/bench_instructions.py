"""Instructions executed per article by extraction, counted by valgrind's callgrind.

    python benchmarks/bench_instructions.py [--data ../shared/data/news/almayadeen/almayadeen_incident_keyword_subset.jsonl]
                                            [--articles 200]

Wall-clock rates on a shared machine drift by 20% within an hour; the number of instructions
a run executes does not. The script runs the same job twice under ``valgrind --tool=callgrind``:
loading the pipeline alone, then loading it and extracting the first N non-empty articles;
the difference divided by N is the cost of one article. Needs valgrind (Debian's
``valgrind`` package). Prints one line ``BENCH {...}``.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

DEFAULT_DATA = (Path(__file__).resolve().parents[1].parent
                / "shared/data/news/almayadeen/almayadeen_incident_keyword_subset.jsonl")


def job(data: Path, articles: int) -> None:
    """Load and warm the pipeline, then extract ``articles`` articles (the measured run)."""
    import datetime as dt

    from rasid.model import Document
    from rasid.pipeline import Pipeline

    pipeline = Pipeline()
    pipeline.resources.warm()
    done = 0
    with open(data, encoding="utf-8") as handle:
        for n, line in enumerate(handle):
            if done >= articles:
                break
            record = json.loads(line)
            text = record.get("full_text") or ""
            if not text.strip():
                continue
            published = (record.get("published_time") or "")[:10]
            pipeline(Document(doc_id=str(n), text=text,
                              published=dt.date.fromisoformat(published) if published else None))
            done += 1


def _instructions(data: Path, articles: int, folder: Path) -> int:
    out = folder / f"callgrind.{articles}.out"
    subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", sys.executable, __file__,
                    "--job", "--data", str(data), "--articles", str(articles)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    totals = re.search(r"^(?:summary|totals):\s+(\d+)", out.read_text(errors="replace"), re.MULTILINE)
    if totals is None:
        raise SystemExit(f"no instruction total in {out}")
    return int(totals.group(1))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--job", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.job:
        job(args.data, args.articles)
        return
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed (apt-get install valgrind)")
    with tempfile.TemporaryDirectory() as folder:
        loading = _instructions(args.data, 0, Path(folder))
        total = _instructions(args.data, args.articles, Path(folder))
    per_article = (total - loading) / args.articles
    print(f"loading {loading / 1e6:.1f} M instructions; extraction {per_article / 1e6:.2f} M per article "
          f"over {args.articles} articles")
    print("BENCH " + json.dumps({"articles": args.articles, "loading_instructions": loading,
                                 "instructions_per_article": round(per_article)}))


if __name__ == "__main__":
    main()
