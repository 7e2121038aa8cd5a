"""Compare the actor catalogue with ACLED's Syria actor list (a developer's report).

Usage: python scripts/check_actors.py [--acled CSV] [--catalog TSV] [--top N] [--strict]

The ACLED list (columns acled_actor_name, total_mentions, ..., inter_codes) lives in the
shared data folder next to the repository (../shared/data/actors/acled_syria_actor_list.csv
by default). The report lists

1. catalogue names absent from the ACLED list, with the ACLED spelling if one of the
   entry's English aliases is an ACLED name;
2. entries whose inter code differs from every inter code ACLED gives that actor;
3. the most frequent ACLED actors that no catalogue name or alias covers.

Nothing is written. ``--strict`` exits with status 1 when section 2 is not empty.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from rasid.actors.catalog import ActorCatalog  # noqa: E402
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
    return 1 if args.strict and mismatched else 0


if __name__ == "__main__":
    raise SystemExit(main())
