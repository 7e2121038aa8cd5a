#!/usr/bin/env python3
"""Do the English notes say what the events say? Read every note back as English text.

    python scripts/eval_notes.py PRED.jsonl

PRED.jsonl is ``rasid extract --jsonl`` output. Each event's note is extracted again as an
English document (published on the same day); the script prints how often the first event
read from the note agrees with the original on sub-type, governorate and actor1, and lists
the notes that disagree. A disagreement points at wording the English side does not read,
or at a note that says something the fields do not.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

from rasid.model import Document
from rasid.pipeline import default_pipeline


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pred", type=Path)
    args = parser.parse_args(argv)
    pipeline = default_pipeline()
    total = found = same_type = same_admin1 = same_actor1 = 0
    misses: list[str] = []
    for line in args.pred.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        published = dt.date.fromisoformat(record["published"]) if record.get("published") else None
        for event in record["events"]:
            total += 1
            again = pipeline.extract(Document("note", event["notes"], published, lang="en")).events
            if not again:
                misses.append(f"none: {event['notes']}")
                continue
            found += 1
            first = again[0]
            same_type += first.sub_event_type == event["sub_event_type"]
            same_admin1 += bool(first.place and first.place.admin1 == event["admin1"])
            same_actor1 += bool(first.actor1 and first.actor1.name == event["actor1"])
            if first.sub_event_type != event["sub_event_type"]:
                misses.append(f"{first.sub_event_type}: {event['notes']}")
    if not total:
        print("no events")
        return 1
    print(f"events {total}; read back {found / total:.1%}; sub-type {same_type / total:.1%}; "
          f"governorate {same_admin1 / total:.1%}; actor1 {same_actor1 / total:.1%}")
    for miss in misses:
        print("  " + miss)
    return 0


if __name__ == "__main__":
    sys.exit(main())
