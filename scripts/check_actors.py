"""Compare the actor catalogue with ACLED's Syria actor list (a developer's report).

Usage: python scripts/check_actors.py [--acled CSV] [--catalog TSV] [--top N] [--strict]

The ACLED list (columns acled_actor_name, total_mentions, ..., inter_codes) lives in the
shared data folder next to the repository (../shared/data/actors/acled_syria_actor_list.csv
by default). The report lists

1. catalogue names absent from the ACLED list, with the ACLED spelling if one of the
   entry's English aliases is an ACLED name;
2. entries whose inter code differs from every inter code ACLED gives that actor;
3. the most frequent ACLED actors that no catalogue name or alias covers;
4. ordinary (not weak) aliases that two entries valid on the same day share, which only
   the matcher's tie-breaks (named over generic, catalogue order) resolve.

Nothing is written. ``--strict`` exits with status 1 when section 2 is not empty.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import itertools
import re
import sys
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from rasid.actors.catalog import ActorCatalog, ActorEntry  # noqa: E402
from rasid.text.normalize import fold  # noqa: E402

DEFAULT_ACLED = REPO.parent / "shared" / "data" / "actors" / "acled_syria_actor_list.csv"


def key(name: str) -> str:
    return " ".join(re.findall(r"\w+", fold(name)))


def read_acled(path: Path) -> dict[str, tuple[str, int, set[int]]]:
    """ACLED actors by folded key: (name as ACLED writes it, mentions, inter codes)."""
    out: dict[str, tuple[str, int, set[int]]] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            codes = {int(c.split(":")[0]) for c in (row.get("inter_codes") or "").split(";") if c.strip()}
            out[key(row["acled_actor_name"])] = (row["acled_actor_name"], int(row["total_mentions"] or 0), codes)
    return out


def overlap(a: ActorEntry, b: ActorEntry) -> bool:
    """Whether two entries' half-open validity ranges share a day."""
    start = max(a.valid_from or dt.date.min, b.valid_from or dt.date.min)
    end = min(a.valid_to or dt.date.max, b.valid_to or dt.date.max)
    return start < end


def shared_aliases(catalog: ActorCatalog) -> list[str]:
    """Ordinary aliases that two entries valid on the same day both carry."""
    owners: dict[str, dict[str, ActorEntry]] = defaultdict(dict)
    for entry in catalog.entries:
        for alias in entry.aliases:
            if alias not in entry.weak_aliases:
                owners[key(alias)][entry.name] = entry
    out: list[str] = []
    for alias, entries in sorted(owners.items()):
        for a, b in itertools.combinations(entries.values(), 2):
            if overlap(a, b):
                out.append(f"  {alias!r}: {a.name} / {b.name}")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--acled", type=Path, default=DEFAULT_ACLED)
    parser.add_argument("--catalog", type=Path, default=None, help="actors.tsv (default: the packaged one)")
    parser.add_argument("--top", type=int, default=40, help="how many uncovered ACLED actors to list")
    parser.add_argument("--strict", action="store_true")
    args = parser.parse_args(argv)
    if not args.acled.is_file():
        print(f"ACLED actor list not found: {args.acled}", file=sys.stderr)
        return 2
    acled = read_acled(args.acled)
    catalog = ActorCatalog.load(args.catalog)

    absent: list[str] = []
    mismatched: list[str] = []
    covered: set[str] = set()
    for entry in catalog.entries:
        names = [entry.name, *entry.aliases_en]
        hits = [acled[key(n)] for n in names if key(n) in acled]
        covered.update(key(h[0]) for h in hits)
        if key(entry.name) not in acled:
            spelled = "; ".join(sorted({h[0] for h in hits}))
            absent.append(f"  {entry.name}" + (f"   (ACLED: {spelled})" if spelled else ""))
        codes = set().union(*(h[2] for h in hits)) if hits else set()
        if codes and entry.inter not in codes:
            mismatched.append(f"  {entry.name}: inter {entry.inter}, ACLED {sorted(codes)}")

    print(f"{len(catalog)} catalogue entries, {len(acled)} ACLED actors\n")
    print(f"1. catalogue names not in the ACLED list ({len(absent)}):")
    print("\n".join(absent) or "  none")
    print(f"\n2. inter codes that differ from ACLED ({len(mismatched)}):")
    print("\n".join(mismatched) or "  none")
    uncovered = sorted(
        (v for k, v in acled.items() if k not in covered), key=lambda v: -v[1],
    )[: args.top]
    print(f"\n3. most frequent ACLED actors no entry covers (top {args.top}):")
    print("\n".join(f"  {mentions:6d}  {name}" for name, mentions, _ in uncovered) or "  none")
    shared = shared_aliases(catalog)
    print(f"\n4. aliases two entries valid on the same day share ({len(shared)}):")
    print("\n".join(shared) or "  none")
    return 1 if args.strict and mismatched else 0


if __name__ == "__main__":
    raise SystemExit(main())
